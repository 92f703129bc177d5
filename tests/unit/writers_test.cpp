#include "ledeline/writers.h"

#include <gtest/gtest.h>

#include "ledeline/pipeline.h"

namespace ledeline {
namespace {

TEST(Writers, JsonSchemaAndMetadata) {
  Pipeline p;
  Result r = p.run("date 2031-03-14 Harbour Wire\nFerry Resumes\n\nIt sailed.\n", "ferry.txt");
  ASSERT_TRUE(r.ok());
  auto j = nlohmann::json::parse(write_json(r.document));
  EXPECT_EQ(j["schema"], kSchemaVersion);
  EXPECT_EQ(j["name"], "ferry.txt");
  EXPECT_EQ(j["metadata"]["title"], "Ferry Resumes");
  EXPECT_EQ(j["metadata"]["published"], "2031-03-14");
  EXPECT_TRUE(j["metadata"]["authors"].is_array());
  EXPECT_TRUE(j["metadata"]["dateline"].is_null());
  EXPECT_EQ(j["text"], r.document.text);
  EXPECT_EQ(j["structure"]["paragraphs"].size(), r.document.structure.paragraphs.size());
}

// A document that uses every part of the schema and every escape of a JSON string.
Document everything() {
  Document d;
  d.name = "a \"b\" \\ c\td\x01\x1f\x7f";
  d.text = "Praha, caf\xc3\xa9 \xf0\x9f\x98\x80\r\n\b\f \"quoted\"";
  d.form = InputForm::kHtml;
  d.metadata.title = {"Praha", Span{0, 5}, "html.title"};
  d.metadata.site = {"Example", std::nullopt, "html.meta.og:site_name"};
  d.metadata.authors = {{"Ana Ruiz", std::nullopt, "html.rel_author"}, {"B", Span{7, 8}, "reading.byline"}};
  d.metadata.dateline = Dateline{{"Prague", Span{0, 5}, "dateline.city"}, {}, {}};
  d.structure.paragraphs = {{0, 20}, {21, 31}};
  d.structure.sentences = {{0, 20}};
  d.structure.tokens = {{0, 5}, {5, 6}};
  Annotation& place = d.add({0, 5}, "place", "entities.tagger");
  place.attrs.set("note", "\xe2\x80\x9cx\xe2\x80\x9d\n");
  d.add({7, 12}, "misc", "person.selection").origin = Origin::kPerson;
  d.entities.push_back({"place", "Praha", {{0, 5}}, {}});
  d.entities.push_back({"person", "B", {{7, 8}, {9, 10}}, {"Prime Minister"}});
  d.warnings = {"1 invalid byte replaced"};
  d.source_map = SourceMap::identity(static_cast<uint32_t>(d.text.size()));
  return d;
}

// The writer writes JSON directly; nlohmann reads it and writes the same bytes back, compact and
// indented (keys in order, numbers and escapes as nlohmann writes them).
TEST(Writers, JsonIsWhatNlohmannWrites) {
  const Document d = everything();
  const std::string compact = write_json(d), pretty = write_json(d, true);
  EXPECT_EQ(nlohmann::ordered_json::parse(compact).dump(), compact);
  EXPECT_EQ(nlohmann::ordered_json::parse(pretty).dump(2), pretty);
  EXPECT_EQ(nlohmann::ordered_json::parse(compact)["annotations"].dump(), nlohmann::ordered_json(d.annotations).dump());
  EXPECT_NE(compact.find(R"("name":"a \"b\" \\ c\td\u0001\u001f)" "\x7f" R"(")"), std::string::npos);
  EXPECT_NE(compact.find(R"("metadata":{"title":"Praha","published":null,"site":"Example","authors":["Ana Ruiz","B"],)"
                         R"("language":null,"dateline":{"city":"Prague","agencies":[],"date":null}})"),
            std::string::npos);
  EXPECT_NE(pretty.find("\n  \"evidence\": [\n    {\n      \"field\": \"title\",\n"), std::string::npos);
  EXPECT_NE(pretty.find("\"roles\": []\n"), std::string::npos);
}

// A name from the caller may not be UTF-8: each invalid byte becomes U+FFFD, as nlohmann's replace does.
TEST(Writers, InvalidUtf8IsReplaced) {
  Document d;
  d.name = "a\xff\xc3\"\xed\xa0\x80z";
  EXPECT_NE(write_json(d).find("\"name\":\"a\xef\xbf\xbd\xef\xbf\xbd\\\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz\","),
            std::string::npos);
}

TEST(Writers, TsvFoldsWhiteSpaceAndEscapesSemicolons) {
  Document d;
  d.text = "A  b\nc";
  d.metadata.title = {"A b c", Span{0, 6}, "test.rule"};
  Annotation& a = d.add({0, 4}, "org", "test.org");
  a.attrs.set("note", "x;y");
  EXPECT_EQ(write_tsv(d),
            "meta.title\tA b c\tvalue=A b c; rule=test.rule\n"
            "org\tA b\tnote=x\\;y; rule=test.org\n");
}

TEST(Writers, PersonOriginIsMarked) {
  Document d;
  d.text = "Praha";
  d.add({0, 5}, "place", "person").origin = Origin::kPerson;
  EXPECT_EQ(write_tsv(d), "place\tPraha\trule=person; origin=person\n");
  auto j = nlohmann::json::parse(write_json(d));
  EXPECT_EQ(j["annotations"][0]["origin"], "person");
}

}  // namespace
}  // namespace ledeline
