#include "ledeline/text_decoder.h"

#include <gtest/gtest.h>

namespace ledeline {
namespace {

struct DecodeCase {
  const char* what;
  std::string in;
  std::string text;   // expected text when ok
  std::string error;  // expected start of the error, or "" for ok
  size_t warnings;
};

void PrintTo(const DecodeCase& c, std::ostream* os) { *os << c.what; }

class DecodeTest : public testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeTest, Decodes) {
  const DecodeCase& c = GetParam();
  DecodedText d = decode_text(c.in);
  if (c.error.empty()) {
    ASSERT_TRUE(d.ok()) << c.what << ": " << d.error;
    EXPECT_EQ(d.text, c.text) << c.what;
    EXPECT_EQ(d.warnings.size(), c.warnings) << c.what;
  } else {
    EXPECT_FALSE(d.ok()) << c.what;
    EXPECT_EQ(d.error.substr(0, c.error.size()), c.error) << c.what << ": " << d.error;
  }
}

using namespace std::string_literals;
INSTANTIATE_TEST_SUITE_P(
    Table, DecodeTest,
    testing::Values(
        DecodeCase{"ascii", "Hello.", "Hello.", "", 0},
        DecodeCase{"utf-8 bom stripped", "\xEF\xBB\xBFPraha", "Praha", "", 0},
        DecodeCase{"valid multibyte kept", "Babi\xC5\xA1 \xE2\x80\x9Cyes\xE2\x80\x9D \xF0\x9F\x98\x80", "Babi\xC5\xA1 \xE2\x80\x9Cyes\xE2\x80\x9D \xF0\x9F\x98\x80", "", 0},
        DecodeCase{"latin-1 byte replaced", "Caf\xE9!", "Caf\xEF\xBF\xBD!", "", 1},
        DecodeCase{"truncated sequence is one replacement", "a\xE2\x80", "a\xEF\xBF\xBD", "", 1},
        DecodeCase{"overlong replaced per byte", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", "", 1},
        DecodeCase{"surrogate encoded in utf-8 replaced", "x\xED\xA0\x80y", "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy", "", 1},
        DecodeCase{"crlf and cr become lf", "a\r\nb\rc\n", "a\nb\nc\n", "", 0},
        DecodeCase{"utf-16le with bom", "\xFF\xFEH\0i\0\x3D\xD8\x00\xDE"s, "Hi\xF0\x9F\x98\x80", "", 0},
        DecodeCase{"utf-16be with bom", "\xFE\xFF\0H\0i"s, "Hi", "", 0},
        DecodeCase{"utf-16 lone surrogate", "\xFF\xFE\x00\xD8x\0"s, "\xEF\xBF\xBDx", "", 1},
        DecodeCase{"empty", "", "", "empty input", 0},
        DecodeCase{"white space only", " \n\t\n", "", "input holds only white space", 0},
        DecodeCase{"png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s, "", "binary input (PNG image)", 0},
        DecodeCase{"pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3", "", "binary input (PDF document)", 0},
        DecodeCase{"zip", "PK\x03\x04\x14\0\0\0"s, "", "binary input (ZIP archive)", 0},
        DecodeCase{"nul-heavy data", std::string(100, '\0') + "abc", "", "binary input (many NUL", 0}));

TEST(DecodeLimit, RefusesOverLimit) {
  DecodedText d = decode_text("0123456789A", 10);
  EXPECT_EQ(d.error, "input is 11 bytes, over the limit of 10 bytes (raise it with --max-input-bytes)");
  EXPECT_TRUE(decode_text("0123456789", 10).ok());
}

TEST(MakeValidUtf8, CountsMaximalSubparts) {
  std::string out;
  // F0 9F 98 is a truncated 4-byte sequence: one replacement, then 'a'.
  EXPECT_EQ(make_valid_utf8("\xF0\x9F\x98" "a\xFF", out), 2u);
  EXPECT_EQ(out, "\xEF\xBF\xBD" "a\xEF\xBF\xBD");
}

}  // namespace
}  // namespace ledeline
