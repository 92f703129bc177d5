#include "ledeline/text_decoder.h"

#include <array>
#include <cctype>
#include <cstring>

#include "text_util.h"

namespace ledeline {
namespace {

constexpr size_t kSniffBytes = 64 * 1024;

struct Magic {
  std::string_view prefix;
  std::string_view format;
};
constexpr std::array kMagics = {
    Magic{std::string_view("\x89PNG\r\n\x1a\n", 8), "PNG image"},
    Magic{"%PDF-", "PDF document"},
    Magic{std::string_view("PK\x03\x04", 4), "ZIP archive"},
    Magic{std::string_view("\x1f\x8b", 2), "gzip archive"},
    Magic{std::string_view("\xff\xd8\xff", 3), "JPEG image"},
    Magic{"GIF87a", "GIF image"},
    Magic{"GIF89a", "GIF image"},
    Magic{std::string_view("\x7f" "ELF", 4), "ELF executable"},
    Magic{std::string_view("\0asm", 4), "WebAssembly module"},
    Magic{std::string_view("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8), "OLE document (old Word/Excel)"},
    Magic{std::string_view("7z\xbc\xaf\x27\x1c", 6), "7-Zip archive"},
    Magic{"BZh", "bzip2 archive"},
    Magic{std::string_view("\xfd" "7zXZ\0", 6), "xz archive"},
    Magic{std::string_view("\x28\xb5\x2f\xfd", 4), "zstd archive"},
    Magic{"OggS", "Ogg media"},
    Magic{"ID3", "MP3 audio"},
    Magic{"RIFF", "RIFF media"},
    Magic{std::string_view("\x1a\x45\xdf\xa3", 4), "Matroska/WebM media"},
    Magic{"SQLite format 3", "SQLite database"},
};

// Text has few control bytes; binary data has many, and NUL bytes above all.
bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kSniffBytes);
  size_t nul = 0, control = 0;
  for (unsigned char c : head) {
    if (c == 0) ++nul;
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ++control;
  }
  return nul * 100 > head.size() || (nul + control) * 10 > head.size();
}

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not valid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
size_t valid_sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) -> unsigned { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0x100; };
  unsigned b0 = byte(0);
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { unsigned b = byte(k); return b >= lo && b <= hi; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Bytes of the maximal invalid subpart at s[i] (Unicode's "substitution of maximal subparts"): the
// longest prefix of a well-formed sequence, or the one bad byte.
size_t invalid_subpart(std::string_view s, size_t i) {
  unsigned b0 = static_cast<unsigned char>(s[i]);
  size_t need = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 1;
  size_t n = 1;
  for (; n < need && i + n < s.size(); ++n) {
    unsigned b = static_cast<unsigned char>(s[i + n]);
    unsigned lo = 0x80, hi = 0xBF;
    if (n == 1) {
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) break;
  }
  return n;
}

// The end of the run of ASCII bytes starting at s[i], eight bytes at a time: most of any article.
size_t ascii_run_end(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

std::string decode_utf16(std::string_view bytes, uint32_t base, bool little_endian, size_t& replaced, SourceMap& map) {
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  auto unit = [&](size_t i) -> uint32_t {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return (hi << 8) | lo;
  };
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    size_t before = out.size();
    uint32_t u = unit(i);
    uint32_t units = 1;
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      units = 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      ++replaced;
      u = 0xFFFD;
    }
    append_utf8(out, u);
    map.append(static_cast<uint32_t>(out.size() - before), base + static_cast<uint32_t>(i), 2 * units);
    i += 2 * (units - 1);
  }
  if (i < bytes.size()) {  // an odd trailing byte
    ++replaced;
    append_utf8(out, 0xFFFD);
    map.append(3, base + static_cast<uint32_t>(i), 1);
  }
  return out;
}

// Windows-1252 for 0x80-0x9F (0 where the code page leaves a byte undefined: read as Latin-1 C1).
constexpr std::array<uint16_t, 32> kWindows1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

std::string decode_windows_1252(std::string_view bytes, uint32_t base, SourceMap& map) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  size_t i = 0;
  while (i < bytes.size()) {
    size_t run = ascii_run_end(bytes, i);
    out.append(bytes.data() + i, run - i);
    map.append_copy(base + static_cast<uint32_t>(i), static_cast<uint32_t>(run - i));
    if (run >= bytes.size()) break;
    auto b = static_cast<unsigned char>(bytes[run]);
    uint32_t cp = b < 0xA0 && kWindows1252High[b - 0x80] ? kWindows1252High[b - 0x80] : b;
    size_t before = out.size();
    append_utf8(out, cp);
    map.append(static_cast<uint32_t>(out.size() - before), base + static_cast<uint32_t>(run), 1);
    i = run + 1;
  }
  return out;
}

// Counts valid multi-byte UTF-8 sequences and invalid bytes, to tell damaged UTF-8 from a single-byte
// code page.
struct Utf8Census {
  size_t multibyte = 0;
  size_t invalid = 0;
};

Utf8Census utf8_census(std::string_view s) {
  Utf8Census c;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      i = ascii_run_end(s, i);
    } else if (size_t n = valid_sequence(s, i)) {
      ++c.multibyte;
      i += n;
    } else {
      ++c.invalid;
      i += invalid_subpart(s, i);
    }
  }
  return c;
}

// The charset a document declares near its start (<meta charset>, http-equiv, <?xml encoding>), lower
// case, or "".
std::string declared_charset(std::string_view bytes) {
  std::string head = ascii_lower(bytes.substr(0, 4096));
  for (std::string_view key : {"charset=", "encoding="}) {
    size_t at = head.find(key);
    if (at == std::string::npos) continue;
    size_t i = at + key.size();
    while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
    size_t e = i;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
    if (e > i) return head.substr(i, e - i);
  }
  return {};
}

bool is_single_byte_latin(std::string_view charset) {
  return charset == "windows-1252" || charset == "cp1252" || charset == "iso-8859-1" || charset == "latin1" ||
         charset == "iso-8859-15" || charset == "latin-1" || charset == "us-ascii" || charset == "ascii";
}

// CRLF and CR become LF; `map` receives where each piece came from.
void normalise_line_ends(std::string& text, SourceMap& map) {
  const size_t n = text.size();
  size_t w = 0, r = 0;
  while (r < n) {
    const void* cr = std::memchr(text.data() + r, '\r', n - r);
    size_t at = cr ? static_cast<size_t>(static_cast<const char*>(cr) - text.data()) : n;
    if (w != r) std::memmove(&text[w], text.data() + r, at - r);
    map.append_copy(static_cast<uint32_t>(r), static_cast<uint32_t>(at - r));
    w += at - r;
    if (at >= n) break;
    bool crlf = at + 1 < n && text[at + 1] == '\n';
    map.append(1, static_cast<uint32_t>(at), crlf ? 2 : 1);
    text[w++] = '\n';
    r = at + (crlf ? 2 : 1);
  }
  map.finish(static_cast<uint32_t>(w), static_cast<uint32_t>(n));
  text.resize(w);
}

}  // namespace

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t make_valid_utf8(std::string_view in, std::string& out, SourceMap* map, uint32_t base) {
  out.clear();
  out.reserve(in.size());
  size_t replaced = 0;
  size_t i = 0, copied_from = 0;
  while (i < in.size()) {
    i = ascii_run_end(in, i);
    if (i >= in.size()) break;
    if (size_t n = valid_sequence(in, i)) {
      i += n;
    } else {
      out.append(in.data() + copied_from, i - copied_from);
      if (map) map->append_copy(base + static_cast<uint32_t>(copied_from), static_cast<uint32_t>(i - copied_from));
      size_t bad = invalid_subpart(in, i);
      out += "\xEF\xBF\xBD";
      if (map) map->append(3, base + static_cast<uint32_t>(i), static_cast<uint32_t>(bad));
      ++replaced;
      i += bad;
      copied_from = i;
    }
  }
  out.append(in.data() + copied_from, in.size() - copied_from);
  if (map) map->append_copy(base + static_cast<uint32_t>(copied_from), static_cast<uint32_t>(in.size() - copied_from));
  return replaced;
}

std::string_view binary_format(std::string_view bytes) {
  for (const Magic& m : kMagics)
    if (bytes.substr(0, m.prefix.size()) == m.prefix) return m.format;
  return {};
}

DecodedText decode_text(std::string_view bytes, size_t max_input_bytes) {
  DecodedText result;
  if (bytes.size() > max_input_bytes) {
    result.error = "input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                   std::to_string(max_input_bytes) + " bytes (raise it with --max-input-bytes)";
    return result;
  }
  const uint32_t input_size = static_cast<uint32_t>(bytes.size());
  size_t replaced = 0;
  SourceMap decoded_map;  // decoded text -> input bytes, before line ends are normalised
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    result.text = decode_utf16(bytes.substr(2), 2, bytes[0] == '\xFF', replaced, decoded_map);
  } else {
    uint32_t base = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      bytes.remove_prefix(3);
      base = 3;
    }
    if (std::string_view format = binary_format(bytes); !format.empty()) {
      result.error = "binary input (" + std::string(format) + "), not an article";
      return result;
    }
    if (looks_binary(bytes)) {
      result.error = "binary input (many NUL or control bytes), not an article";
      return result;
    }
    Utf8Census census = utf8_census(bytes);
    std::string charset = census.invalid ? declared_charset(bytes) : std::string();
    if (census.invalid && (is_single_byte_latin(charset) || census.multibyte == 0)) {
      result.text = decode_windows_1252(bytes, base, decoded_map);
      result.warnings.push_back("read as Windows-1252: " + std::to_string(census.invalid) +
                                " byte(s) were not UTF-8" +
                                (charset.empty() ? std::string() : " (the input declares " + charset + ")"));
    } else {
      replaced = make_valid_utf8(bytes, result.text, &decoded_map, base);
      if (!charset.empty() && charset != "utf-8" && charset != "utf8")
        result.warnings.push_back("charset " + charset + " is not supported; read as UTF-8");
    }
  }
  decoded_map.finish(static_cast<uint32_t>(result.text.size()), input_size);
  SourceMap line_map;
  normalise_line_ends(result.text, line_map);
  result.map = line_map.then(decoded_map);
  if (result.text.find_first_not_of(" \t\n\f\v") == std::string::npos) {
    result.error = bytes.empty() ? "empty input" : "input holds only white space";
    return result;
  }
  if (replaced)
    result.warnings.push_back(std::to_string(replaced) +
                              " byte sequence(s) that are not valid UTF-8 were replaced by U+FFFD");
  return result;
}

}  // namespace ledeline
