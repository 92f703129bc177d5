#include "ledeline/batch.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ledeline/writers.h"

namespace ledeline {
namespace {

struct JsonLineCase {
  const char* line;
  const char* error;  // nullptr: a document
};

TEST(AnnotateJsonLine, DocumentsAndErrorRecords) {
  const JsonLineCase cases[] = {
      {R"({"text": "The port closed on Friday. Ships waited."})", nullptr},
      {R"({"id": 7, "title": "Port", "text": "Caf\u00e9 closed.\nIt rained."})", nullptr},
      {R"({"body": "The article in body."})", nullptr},
      {R"(  {"text": "Blanks around the object."}  )", nullptr},
      {R"(not json)", "not a JSON object"},
      {R"({"text": "cut off)", "not a JSON object"},
      {"{\"text\": \"caf\xe9\"}", "not a JSON object"},
      {R"([{"text": "in an array"}])", "not a JSON object"},
      {R"("just a string")", "not a JSON object"},
      {R"({"title": "no article"})", "no article text (text, body or content)"},
      {R"({"text": 42})", "no article text (text, body or content)"},
      {R"({"text": ""})", "no article text (text, body or content)"},
  };
  Pipeline pipeline;
  ASSERT_TRUE(pipeline.ok()) << pipeline.error();
  uint64_t number = 0;
  for (const JsonLineCase& c : cases) {
    ++number;
    SCOPED_TRACE(c.line);
    std::string out = annotate_json_line(pipeline, c.line, "in.jsonl", number);
    EXPECT_EQ(out.find('\n'), std::string::npos);
    nlohmann::json record = nlohmann::json::parse(out, nullptr, false);
    ASSERT_TRUE(record.is_object()) << out;
    if (c.error) {
      EXPECT_EQ(record.value("error", ""), c.error);
      EXPECT_EQ(record.value("line", uint64_t{0}), number);
    } else {
      EXPECT_FALSE(record.contains("error")) << out;
      EXPECT_EQ(record.value("name", ""), "in.jsonl:" + std::to_string(number));
    }
  }
}

TEST(AnnotateJsonLine, SameDocumentAsTheJsonReader) {
  Pipeline pipeline;
  const std::string line = R"({"title": "Storm Closes Port", "date": "2031-03-14", "text": "The port closed. Ships waited 3.5 hours."})";
  Result direct = pipeline.run(line, "s:1");
  ASSERT_TRUE(direct.ok());
  EXPECT_EQ(direct.document.metadata.title.value, "Storm Closes Port");
  EXPECT_EQ(annotate_json_line(pipeline, line, "s", 1), write_json(direct.document));
}

TEST(JsonLineError, EscapesTheMessage) {
  EXPECT_EQ(json_line_error("bad \"quote\"\n", 12), R"({"error":"bad \"quote\"\n","line":12})");
}

}  // namespace
}  // namespace ledeline
