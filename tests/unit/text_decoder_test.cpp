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
        // Damaged UTF-8 (the input also holds valid multi-byte sequences): U+FFFD.
        DecodeCase{"stray latin-1 byte in utf-8 replaced", "Babi\xC5\xA1 caf\xE9!", "Babi\xC5\xA1 caf\xEF\xBF\xBD!", "", 1},
        DecodeCase{"truncated sequence is one replacement", "\xC3\xA9" "a\xE2\x80", "\xC3\xA9" "a\xEF\xBF\xBD", "", 1},
        DecodeCase{"overlong replaced per byte", "\xC3\xA9\xC0\xAF", "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD", "", 1},
        DecodeCase{"surrogate encoded in utf-8 replaced", "\xC3\xA9x\xED\xA0\x80y", "\xC3\xA9x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy", "", 1},
        // No valid multi-byte sequence at all: a Windows-1252 (or Latin-1) file.
        DecodeCase{"latin-1 text read as windows-1252", "Caf\xE9 na\xEFve", "Caf\xC3\xA9 na\xC3\xAFve", "", 1},
        DecodeCase{"windows-1252 quotes and dashes", "\x93Yes\x94 \x96 Dvo\x9A\xE1k\x85", "\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x93 Dvo\xC5\xA1\xC3\xA1k\xE2\x80\xA6", "", 1},
        DecodeCase{"declared charset wins over a valid sequence",
                   "<meta charset=\"windows-1252\"><p>M\xFCnchen \xC3\xA9</p>", "<meta charset=\"windows-1252\"><p>M\xC3\xBCnchen \xC3\x83\xC2\xA9</p>", "", 1},
        DecodeCase{"valid utf-8 ignores a wrong declaration", "<meta charset=iso-8859-1><p>M\xC3\xBCnchen</p>", "<meta charset=iso-8859-1><p>M\xC3\xBCnchen</p>", "", 0},
        DecodeCase{"unsupported charset warns", "<meta charset=koi8-r>\xC3\xA9\xF0\xE9", "<meta charset=koi8-r>\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD", "", 2},
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

// Source offsets of text spans after decoding: every decoded form maps back to the input bytes.
struct MapCase {
  const char* what;
  std::string in;
  std::string needle;    // found in the decoded text
  uint32_t source_start, source_end;
};

void PrintTo(const MapCase& c, std::ostream* os) { *os << c.what; }

class DecodeMapTest : public testing::TestWithParam<MapCase> {};

TEST_P(DecodeMapTest, MapsBackToInputBytes) {
  const MapCase& c = GetParam();
  DecodedText d = decode_text(c.in);
  ASSERT_TRUE(d.ok()) << d.error;
  size_t at = d.text.find(c.needle);
  ASSERT_NE(at, std::string::npos) << c.what;
  Span s = d.map.to_source({static_cast<uint32_t>(at), static_cast<uint32_t>(at + c.needle.size())});
  EXPECT_EQ(s.start, c.source_start) << c.what;
  EXPECT_EQ(s.end, c.source_end) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DecodeMapTest,
    testing::Values(
        MapCase{"plain", "Prague police", "police", 7, 13},
        MapCase{"after a bom", "\xEF\xBB\xBFPrague police", "police", 10, 16},
        MapCase{"after crlf lines", "One\r\nTwo\r\nPrague", "Prague", 10, 16},
        MapCase{"crlf inside the span", "One\r\nTwo", "One\nTwo", 0, 8},
        MapCase{"after windows-1252 bytes", "Caf\xE9 \x93Prague\x94", "Prague", 6, 12},
        MapCase{"a windows-1252 byte", "Caf\xE9 au lait", "\xC3\xA9", 3, 4},
        MapCase{"after a replacement", "\xC3\xA9 \xFF Prague", "Prague", 5, 11},
        MapCase{"utf-16le", std::string("\xFF\xFEH\0i\0 \0P\0r\0a\0g\0u\0e\0", 20), "Prague", 8, 20}));

TEST(SourceMap, ComposesSkippedAndInsertedPieces) {
  // Text "ab\n\ncd" read from "<p>ab</p><p>cd</p>": a, b copied, a break inserted, c, d copied.
  SourceMap m;
  m.append_copy(3, 2);
  m.append(2, 5, 0);
  m.append_copy(12, 2);
  m.finish(6, 18);
  EXPECT_EQ(m.to_source({0, 2}), (Span{3, 5}));
  EXPECT_EQ(m.to_source({4, 6}), (Span{12, 14}));
  EXPECT_EQ(m.to_source({0, 6}), (Span{3, 14}));
  // The same source behind a BOM: offsets move by three.
  SourceMap bom;
  bom.append_copy(3, 18);
  bom.finish(18, 21);
  EXPECT_EQ(m.then(bom).to_source({4, 6}), (Span{15, 17}));
}

TEST(MakeValidUtf8, CountsMaximalSubparts) {
  std::string out;
  // F0 9F 98 is a truncated 4-byte sequence: one replacement, then 'a'.
  EXPECT_EQ(make_valid_utf8("\xF0\x9F\x98" "a\xFF", out), 2u);
  EXPECT_EQ(out, "\xEF\xBF\xBD" "a\xEF\xBF\xBD");
}

}  // namespace
}  // namespace ledeline
