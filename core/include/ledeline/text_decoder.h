// Turns the bytes a user gave into valid UTF-8 text, or says plainly why it cannot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ledeline/source_map.h"

namespace ledeline {

inline constexpr size_t kDefaultMaxInputBytes = size_t{64} << 20;  // 64 MiB

struct DecodedText {
  std::string error;                  // empty when ok
  std::string text;                   // valid UTF-8, line ends normalised to '\n'
  std::vector<std::string> warnings;  // e.g. invalid bytes replaced
  SourceMap map;                      // text offsets -> input byte offsets
  bool ok() const { return error.empty(); }
};

// Refuses empty, binary and oversized input; strips a UTF-8 BOM; decodes UTF-16 LE/BE with a BOM;
// turns CRLF and CR into LF. Bytes that are not UTF-8 are read as Windows-1252 when the input says
// so (<meta charset>, an XML declaration) or holds no valid multi-byte UTF-8 sequence at all (a
// Latin-1 or Windows-1252 file); otherwise (damaged UTF-8) they are replaced by U+FFFD. Both warn.
DecodedText decode_text(std::string_view bytes, size_t max_input_bytes = kDefaultMaxInputBytes);

// The name of a known binary format whose magic number starts `bytes`, or "" if none.
std::string_view binary_format(std::string_view bytes);

// Appends `cp` as UTF-8.
void append_utf8(std::string& out, uint32_t cp);

// Replaces every maximal invalid UTF-8 subsequence by U+FFFD; returns how many were replaced. `map`,
// when given, receives where each piece of `out` came from (offsets in `in` plus `base`).
size_t make_valid_utf8(std::string_view in, std::string& out, SourceMap* map = nullptr, uint32_t base = 0);

}  // namespace ledeline
