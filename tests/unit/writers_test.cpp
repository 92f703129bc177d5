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
