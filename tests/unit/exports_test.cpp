// The project's JSON read back (json_document.h) and the export formats of a corrected document:
// CoNLL, W3C Web Annotation, the entity CSV, and the origin=person marks in brat and TimeML.
#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ledeline/brat.h"
#include "ledeline/conll.h"
#include "ledeline/entity_csv.h"
#include "ledeline/json_document.h"
#include "ledeline/pipeline.h"
#include "ledeline/timeml.h"
#include "ledeline/web_annotation.h"
#include "ledeline/writers.h"

namespace ledeline {
namespace {

std::string json_of(const std::string& text) {
  const Pipeline pipeline;
  Result r = pipeline.run(text, "story.txt");
  EXPECT_TRUE(r.ok()) << r.error;
  return write_json(r.document);
}

const char kStory[] =
    " date 2031-03-14 Harbour Wire\nFerry Service Resumes After Storm\n\nFri 14th March 2031 | 07:10 AM\n\n"
    "OSLO (Harbour Wire) The ferry sailed again on Friday, the operator said.\n\n"
    "\"We are back,\" said Ingrid Dahl, a spokeswoman for Color Line.\n";

TEST(JsonDocument, ReadsWhatTheWriterWrote) {
  const std::string json = json_of(kStory);
  JsonDocumentResult read = document_from_json(json);
  ASSERT_TRUE(read.ok()) << read.error;
  const Document& doc = read.document;
  const Pipeline pipeline;
  const Document original = pipeline.run(kStory, "story.txt").document;
  EXPECT_EQ(doc.name, "story.txt");
  EXPECT_EQ(doc.text, original.text);
  EXPECT_EQ(doc.form, original.form);
  ASSERT_EQ(doc.annotations.size(), original.annotations.size());
  for (size_t i = 0; i < doc.annotations.size(); ++i) {
    EXPECT_EQ(doc.annotations[i].span, original.annotations[i].span);
    EXPECT_EQ(doc.annotations[i].kind, original.annotations[i].kind);
    EXPECT_EQ(doc.annotations[i].attrs, original.annotations[i].attrs);  // in their written order
    EXPECT_EQ(doc.annotations[i].rule, original.annotations[i].rule);
  }
  EXPECT_EQ(doc.metadata.title.value, original.metadata.title.value);
  EXPECT_EQ(doc.metadata.title.span, original.metadata.title.span);
  EXPECT_EQ(doc.metadata.published.value, original.metadata.published.value);
  EXPECT_EQ(doc.metadata.published.rule, original.metadata.published.rule);
  EXPECT_EQ(doc.metadata.site.span, original.metadata.site.span);
  ASSERT_EQ(doc.entities.size(), original.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    EXPECT_EQ(doc.entities[i].kind, original.entities[i].kind);
    EXPECT_EQ(doc.entities[i].name, original.entities[i].name);
    EXPECT_EQ(doc.entities[i].mentions, original.entities[i].mentions);
    EXPECT_EQ(doc.entities[i].roles, original.entities[i].roles);
  }
  EXPECT_EQ(doc.structure.paragraphs, original.structure.paragraphs);
  EXPECT_EQ(doc.structure.sentences, original.structure.sentences);
  // The annotations written again are the same JSON.
  EXPECT_EQ(nlohmann::ordered_json(doc.annotations).dump(), nlohmann::ordered_json(original.annotations).dump());
}

TEST(JsonDocument, RefusesWhatItCannotShow) {
  const std::string good = json_of(kStory);
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  struct Case {
    std::string json;
    std::string error;
  };
  const Case cases[] = {
      {"", "not JSON"},
      {"{\"schema\": ", "not JSON"},
      {"[1, 2]", "not a ledeline/1 document"},
      {"{\"error\": \"empty input\"}", "empty input"},
      {replaced("\"ledeline/1\"", "\"ledeline/0\""), "not a ledeline/1 document"},
      {replaced("\"annotations\":[{\"start\":", "\"annotations\":[{\"start\":99999,\"x\":"), "a span outside the text"},
      {replaced("\"annotations\":[{\"start\":", "\"annotations\":[{\"start\":-1,\"x\":"), "a span outside the text"},
      {replaced("\"kind\":", "\"kind\":7,\"was\":"), "an annotation without kind or rule"},
      {replaced("\"title\":\"", "\"title\":3,\"x\":\""), "a metadata value is not a string"},
      {replaced("\"text\":", "\"text\":null,\"x\":"), "no name or text"},
      {replaced("\"dct\":null", "\"dct\":\"Friday\""), "dct is not a date YYYY-MM-DD"},
      {replaced("\"text\":\"", "\"text\":\"\xC3\xA9"), "a span that splits a character"},
      {replaced("\"dct\":null", "\"dct\":\"2031-02-30\""), "dct is not a date YYYY-MM-DD"},
  };
  for (const Case& c : cases) EXPECT_EQ(document_from_json(c.json).error, c.error) << c.json.substr(0, 80);
  EXPECT_TRUE(document_from_json("[1, 2]").foreign);
  EXPECT_TRUE(document_from_json("{\"text\": \"an article\"}").foreign);
  EXPECT_FALSE(document_from_json(replaced("\"text\":", "\"text\":null,\"x\":")).foreign);
}

// A story that states no date, as the page keeps it: its JSON, read back.
const char kUndated[] =
    "The ferry sailed again on Friday after the storm of March 3, the operator said. "
    "It runs twice daily until next week, said Ingrid Dahl of Color Line.\n";

Document undated_story() {
  JsonDocumentResult read = document_from_json(json_of(kUndated));
  EXPECT_TRUE(read.ok()) << read.error;
  return std::move(read.document);
}

// "text|value" of each time annotation, in order.
std::string time_values(const Document& doc) {
  std::string out;
  for (const Annotation& a : doc.annotations) {
    if (a.kind != "time") continue;
    out += std::string(doc.slice(a.span)) + "|" + *a.attrs.find("value") + (a.origin == Origin::kPerson ? "|person" : "") + ";";
  }
  return out;
}

TEST(JsonDocument, KeepsTheReferenceDate) {
  const Pipeline pipeline;
  RunOptions run;
  run.dct = CivilDate{2031, 3, 14};
  const std::string json = write_json(pipeline.run(kUndated, "story.txt", run).document);
  EXPECT_NE(json.find("\"dct\":\"2031-03-14\""), std::string::npos);
  JsonDocumentResult read = document_from_json(json);
  ASSERT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.document.dct, run.dct);
  EXPECT_EQ(undated_story().dct, std::nullopt);
}

// A reference date set on a kept document resolves its times as a run with that --dct does; the other
// annotations stay as they were.
TEST(Retime, ResolvesAgainstTheDateGiven) {
  const Pipeline pipeline;
  Document doc = undated_story();
  EXPECT_EQ(time_values(doc), "Friday|XXXX-WXX-5;March 3|XXXX-03-03;twice daily|P1D;next week|FUTURE_REF;");
  const std::vector<Annotation> before = doc.annotations;
  ASSERT_TRUE(pipeline.retime(doc, CivilDate{2031, 3, 14}));
  RunOptions run;
  run.dct = CivilDate{2031, 3, 14};
  const Document direct = pipeline.run(kUndated, "story.txt", run).document;
  EXPECT_EQ(time_values(doc), time_values(direct));
  EXPECT_EQ(time_values(doc), "Friday|2031-03-14;March 3|2031-03-03;twice daily|P1D;next week|2031-W12;");
  EXPECT_EQ(nlohmann::ordered_json(doc.annotations).dump(), nlohmann::ordered_json(direct.annotations).dump());
  EXPECT_EQ(doc.dct, run.dct);
  // Back to no reference date: the open values again.
  ASSERT_TRUE(pipeline.retime(doc, std::nullopt));
  EXPECT_EQ(nlohmann::ordered_json(doc.annotations).dump(), nlohmann::ordered_json(before).dump());
}

TEST(Retime, KeepsAPersonsTimes) {
  const Pipeline pipeline;
  Document doc = undated_story();
  for (Annotation& a : doc.annotations) {
    if (a.kind == "time" && doc.slice(a.span) == "Friday") {
      a.attrs.set("value", "2031-03-07");
      a.origin = Origin::kPerson;
    }
  }
  ASSERT_TRUE(pipeline.retime(doc, CivilDate{2031, 3, 14}));
  EXPECT_EQ(time_values(doc), "Friday|2031-03-07|person;March 3|2031-03-03;twice daily|P1D;next week|2031-W12;");
}

// A rule's time a person deleted stays deleted when the times are resolved again; the others come back
// resolved, and a time the person did not touch is not taken for deleted.
TEST(Retime, KeepsARuleTimeAPersonDeleted) {
  const Pipeline pipeline;
  const Document annotated = undated_story();
  Document corrected = annotated;
  corrected.annotations.erase(std::remove_if(corrected.annotations.begin(), corrected.annotations.end(),
                                             [&](const Annotation& a) {
                                               return a.kind == "time" && corrected.slice(a.span) == "March 3";
                                             }),
                              corrected.annotations.end());
  const std::vector<Span> deleted = deleted_times(annotated, corrected);
  ASSERT_EQ(deleted.size(), 1u);
  EXPECT_EQ(annotated.slice(deleted[0]), "March 3");
  EXPECT_TRUE(deleted_times(annotated, annotated).empty());
  ASSERT_TRUE(pipeline.retime(corrected, CivilDate{2031, 3, 14}, deleted));
  EXPECT_EQ(time_values(corrected), "Friday|2031-03-14;twice daily|P1D;next week|2031-W12;");
}

// What a person marks as a time gets the rules' type and value, resolved against the reference date.
TEST(SuggestTime, ResolvesWhatAPersonMarked) {
  const Pipeline pipeline;
  struct Row {
    std::string_view text;
    std::optional<CivilDate> dct;
    std::string_view expected;  // "span|type|value", "" for none
  };
  const Row rows[] = {
      {"the day before yesterday", CivilDate{2026, 11, 25}, "the day before yesterday|DATE|2026-11-23"},
      {"Friday", std::nullopt, "Friday|DATE|XXXX-WXX-5"},
      {"on Friday", CivilDate{2026, 11, 25}, "Friday|DATE|2026-11-20"},
      {"for three weeks", CivilDate{2026, 11, 25}, "three weeks|DURATION|P3W"},
      {"the harbour", CivilDate{2026, 11, 25}, ""},
  };
  for (const Row& row : rows) {
    const std::optional<Annotation> time = pipeline.suggest_time(row.text, row.dct);
    std::string got;
    if (time) {
      const std::string* type = time->attrs.find("type");
      const std::string* value = time->attrs.find("value");
      got = std::string(row.text.substr(time->span.start, time->span.size())) + "|" + (type ? *type : "") + "|" +
            (value ? *value : "");
    }
    EXPECT_EQ(got, row.expected) << row.text;
  }
}

// The story as the page has it after two corrections: Ingrid Dahl relabelled as org, and a time value
// edited, both by a person; read back from its JSON as the page's worker does.
Document corrected_story() {
  JsonDocumentResult read = document_from_json(json_of(kStory));
  EXPECT_TRUE(read.ok()) << read.error;
  Document doc = std::move(read.document);
  for (Annotation& a : doc.annotations) {
    if (a.kind == "person" && doc.slice(a.span) == "Ingrid Dahl") {
      a.kind = "org";
      a.origin = Origin::kPerson;
    }
    if (a.kind == "time" && doc.slice(a.span) == "Friday") {
      a.attrs.set("value", "2031-03-21");
      a.origin = Origin::kPerson;
    }
  }
  return doc;
}

std::vector<std::vector<std::string>> rows(const std::string& text, char separator) {
  std::vector<std::vector<std::string>> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> row;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, separator);) row.push_back(cell);
    out.push_back(row);
  }
  return out;
}

TEST(Conll, BioTagsWithOffsetsAndOrigin) {
  const Document doc = corrected_story();
  ASSERT_TRUE(doc.structure.tokens.empty());  // not in the JSON: the writer tokenises
  const std::string conll = write_conll(doc);
  int begins = 0, blank = 0;
  bool dahl = false, ingrid_first = false;
  std::string previous = "O";
  for (const auto& row : rows(conll, '\t')) {
    if (row.empty()) {
      ++blank;
      continue;
    }
    ASSERT_EQ(row.size(), 5u) << conll;
    const uint32_t start = std::stoul(row[1]), end = std::stoul(row[2]);
    EXPECT_EQ(doc.text.substr(start, end - start), row[0]);  // the offsets slice the text to the token
    const std::string& tag = row[3];
    if (tag == "O") {
      EXPECT_EQ(row[4], "-");
    } else {
      EXPECT_TRUE(tag.rfind("B-", 0) == 0 || (tag.rfind("I-", 0) == 0 && previous.substr(2) == tag.substr(2)))
          << tag << " after " << previous;
      begins += tag[0] == 'B';
    }
    if (row[0] == "Ingrid") ingrid_first = tag == "B-org" && row[4] == "person";
    if (row[0] == "Dahl") dahl = tag == "I-org" && row[4] == "person";
    previous = tag;
  }
  EXPECT_TRUE(ingrid_first && dahl) << conll;
  EXPECT_GE(begins, 3);  // Oslo, Harbour Wire, Color Line, ...
  EXPECT_GE(blank, 3);   // sentences apart
}

TEST(Conll, OverlappingNamesTagTheFirst) {
  Document doc;
  doc.text = "New York City Hall";
  doc.structure.tokens = {{0, 3}, {4, 8}, {9, 13}, {14, 18}};
  doc.structure.sentences = {{0, 18}};
  doc.add({0, 13}, "place", "test.city");
  doc.add({9, 18}, "facility", "test.hall");  // crosses the city's end
  EXPECT_EQ(write_conll(doc),
            "New\t0\t3\tB-place\trule\nYork\t4\t8\tI-place\trule\nCity\t9\t13\tI-place\trule\n"
            "Hall\t14\t18\tB-facility\trule\n");
}

TEST(WebAnnotation, CollectionOfClassifyingAnnotations) {
  const Document doc = corrected_story();
  const nlohmann::json j = nlohmann::json::parse(write_web_annotation(doc));
  EXPECT_EQ(j["@context"], "http://www.w3.org/ns/anno.jsonld");
  EXPECT_EQ(j["type"], "AnnotationCollection");
  const nlohmann::json& items = j["first"]["items"];
  ASSERT_EQ(items.size(), doc.annotations.size());
  EXPECT_EQ(j["total"], doc.annotations.size());
  int people = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const nlohmann::json& item = items[i];
    const Annotation& a = doc.annotations[i];
    EXPECT_EQ(item["type"], "Annotation");
    EXPECT_EQ(item["body"][0]["purpose"], "classifying");
    EXPECT_EQ(item["body"][0]["value"], a.kind);
    EXPECT_EQ(item["target"]["selector"][1]["exact"], std::string(doc.slice(a.span)));
    EXPECT_EQ(item["creator"]["type"], a.origin == Origin::kPerson ? "Person" : "Software");
    people += a.origin == Origin::kPerson;
  }
  EXPECT_EQ(people, 2);
  // Positions count code points (Αθήνα is 5 of them in 10 bytes); the source's name is percent-encoded.
  Document greek;
  greek.text = "Αθήνα and Oslo";
  greek.name = "a b.txt";
  greek.add({15, 19}, "place", "test.place");
  const nlohmann::json g = nlohmann::json::parse(write_web_annotation(greek));
  EXPECT_EQ(g["first"]["items"][0]["target"]["selector"][0]["start"], 10);
  EXPECT_EQ(g["first"]["items"][0]["target"]["source"], "urn:ledeline:a%20b.txt");
}

TEST(EntityCsv, OneRowPerNameWithItsEntity) {
  Document doc;
  doc.text = "Andrej Babis met \"Babis, Jr\" and the Czech police.";
  doc.add({0, 12}, "person", "entities.tagger");
  Annotation& alias = doc.add({17, 28}, "person", "grouping.alias");
  alias.origin = Origin::kPerson;
  doc.add({37, 49}, "org", "entities.institution");
  doc.entities.push_back({"person", "Andrej Babis", {{0, 12}, {17, 28}}, {}});
  EXPECT_EQ(write_entity_csv(doc),
            "entity,kind,text,start,end,rule,origin\n"
            "Andrej Babis,person,Andrej Babis,0,12,entities.tagger,rule\n"
            "Andrej Babis,person,\"\"\"Babis, Jr\"\"\",17,28,grouping.alias,person\n"
            "Czech police,org,Czech police,37,49,entities.institution,rule\n");
}

TEST(BratAndTimeml, CorrectionsSayOriginPerson) {
  const Document doc = corrected_story();
  const std::string ann = write_brat(doc);
  EXPECT_NE(ann.find("Organization"), std::string::npos) << ann;
  EXPECT_NE(ann.find("origin=person"), std::string::npos) << ann;
  const std::string timeml = write_timeml(doc, nullptr);
  EXPECT_NE(timeml.find("value=\"2031-03-21\" comment=\"origin=person\">Friday</TIMEX3>"), std::string::npos) << timeml;
  EXPECT_NE(timeml.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2031-03-14\""), std::string::npos) << timeml;
}

// A time a person marked has the TIMEX3 type they chose, else the one its value implies (TimeML requires one).
TEST(BratAndTimeml, PersonsTimesHaveAType) {
  Document doc;
  doc.text = "It rained for two days until 10 p.m. and stops now, or on Friday, said no one.";
  struct Marked {
    const char* words;
    const char* value;
    const char* type;  // chosen by the person; nullptr: none
    const char* written;
  };
  const Marked marked[] = {
      {"two days", "P2D", nullptr, "type=\"DURATION\" value=\"P2D\""},
      {"10 p.m.", "XXXX-XX-XXT22:00", nullptr, "type=\"TIME\" value=\"XXXX-XX-XXT22:00\""},
      {"now", "PRESENT_REF", nullptr, "type=\"DATE\" value=\"PRESENT_REF\""},
      {"Friday", "XXXX-WXX-5", "SET", "type=\"SET\" value=\"XXXX-WXX-5\""},
  };
  for (const Marked& m : marked) {
    const uint32_t start = static_cast<uint32_t>(doc.text.find(m.words));
    Annotation& a = doc.add({start, start + static_cast<uint32_t>(std::strlen(m.words))}, "time", "person.selection");
    a.origin = Origin::kPerson;
    a.attrs.set("value", m.value);
    if (m.type) a.attrs.set("type", m.type);
  }
  const std::string timeml = write_timeml(doc, nullptr);
  for (const Marked& m : marked)
    EXPECT_NE(timeml.find(std::string(m.written) + " comment=\"origin=person\">" + m.words + "</TIMEX3>"), std::string::npos)
        << m.words << "\n" << timeml;
}

}  // namespace
}  // namespace ledeline
