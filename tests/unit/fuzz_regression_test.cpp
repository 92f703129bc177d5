// Inputs the fuzz targets of tests/fuzz found breaking an invariant, each checked by the same oracle
// (tests/fuzz/document_checks.cpp) so that the bug stays fixed. The oracle aborts on a broken
// invariant: a death test per input.
#include <gtest/gtest.h>

#include "../fuzz/document_checks.h"

namespace ledeline {
namespace {

struct FoundInput {
  const char* what;
  std::string bytes;
};

TEST(FuzzRegression, InvariantsHold) {
  const FoundInput inputs[] = {
      // fuzz.json: an object without text kept an empty source map, read as "the text is the input",
      // so the map claimed 37 bytes of text in an empty text.
      {"JSON object without text", R"({"a": {"b": {"c": 1}}, "title": "x"})"},
      {"JSON array of objects without text", R"([{"title": "x"}, {"url": "https://a.example/"}])"},
      // fuzz.header-text: a clock time ending its sentence made the time step probe the word after it,
      // read a stale word of an earlier, longer sentence (an ISO date) and end the time before it began.
      {"clock time at the end of a sentence", "One two three four five 2020-01-25 was the day.\n\nAt 8:45 PM\n"},
      // An offset beyond what four figures name gave a negative year ("-47974"), no TimeML value.
      {"offset beyond four-figure years", "2026-11-25\n\nThe comet passed 50,000 years ago; it returns 20,000 years from now.\n"},
  };
  Pipeline pipeline;
  ASSERT_TRUE(pipeline.ok()) << pipeline.error();
  for (const FoundInput& input : inputs) {
    SCOPED_TRACE(input.what);
    EXPECT_EXIT({ run_and_check(pipeline, input.bytes); std::exit(0); }, testing::ExitedWithCode(0), "");
  }
}

}  // namespace
}  // namespace ledeline
