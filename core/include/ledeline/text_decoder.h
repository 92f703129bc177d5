// Turns the bytes a user gave into valid UTF-8 text, or says plainly why it cannot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ledeline {

inline constexpr size_t kDefaultMaxInputBytes = size_t{64} << 20;  // 64 MiB

struct DecodedText {
  std::string error;                  // empty when ok
  std::string text;                   // valid UTF-8, line ends normalised to '\n'
  std::vector<std::string> warnings;  // e.g. invalid bytes replaced
  bool ok() const { return error.empty(); }
};

// Refuses empty, binary and oversized input; strips a UTF-8 BOM; decodes UTF-16 LE/BE with a BOM;
// replaces bytes that are not UTF-8 by U+FFFD with a warning; turns CRLF and CR into LF.
DecodedText decode_text(std::string_view bytes, size_t max_input_bytes = kDefaultMaxInputBytes);

// The name of a known binary format whose magic number starts `bytes`, or "" if none.
std::string_view binary_format(std::string_view bytes);

// Appends `cp` as UTF-8.
void append_utf8(std::string& out, uint32_t cp);

// Replaces every maximal invalid UTF-8 subsequence by U+FFFD; returns how many were replaced.
size_t make_valid_utf8(std::string_view in, std::string& out);

}  // namespace ledeline
