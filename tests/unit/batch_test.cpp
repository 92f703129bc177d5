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
      {R"(not json)", "not valid JSON"},
      {R"({"text": "cut off)", "not valid JSON"},
      {"{\"text\": \"caf\xe9\"}", "not valid JSON"},
      {R"([{"text": "in an array"}])", "not a JSON object"},
      {R"("just a string")", "not a JSON object"},
      {R"({"body": "no text key"})", "no \"text\" string in the object"},
      {R"({"text": 42})", "no \"text\" string in the object"},
      {R"({"text": ""})", "empty input"},
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

TEST(AnnotateJsonLine, SameDocumentAsTheTextAlone) {
  Pipeline pipeline;
  const std::string text = "Storm Closes Port\nMarch 14, 2031\n\nThe port closed. Ships waited 3.5 hours.\n";
  nlohmann::json line = {{"text", text}};
  Result direct = pipeline.run(text, "s:1");
  ASSERT_TRUE(direct.ok());
  EXPECT_EQ(annotate_json_line(pipeline, line.dump(), "s", 1), write_json(direct.document));
}

TEST(JsonLineError, EscapesTheMessage) {
  EXPECT_EQ(json_line_error("bad \"quote\"\n", 12), R"({"error":"bad \"quote\"\n","line":12})");
}

}  // namespace
}  // namespace ledeline
