#include "ledeline/text_decoder.h"

#include <array>

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

std::string decode_utf16(std::string_view bytes, bool little_endian, size_t& replaced) {
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  auto unit = [&](size_t i) -> uint32_t {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return (hi << 8) | lo;
  };
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      ++replaced;
      u = 0xFFFD;
    }
    append_utf8(out, u);
  }
  if (i < bytes.size()) {  // an odd trailing byte
    ++replaced;
    append_utf8(out, 0xFFFD);
  }
  return out;
}

void normalise_line_ends(std::string& text) {
  size_t w = 0;
  for (size_t r = 0; r < text.size(); ++r) {
    char c = text[r];
    if (c == '\r') {
      text[w++] = '\n';
      if (r + 1 < text.size() && text[r + 1] == '\n') ++r;
    } else {
      text[w++] = c;
    }
  }
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

size_t make_valid_utf8(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  size_t replaced = 0;
  size_t i = 0;
  while (i < in.size()) {
    // Copy runs of ASCII quickly; they are most of any article.
    size_t run = i;
    while (run < in.size() && static_cast<unsigned char>(in[run]) < 0x80) ++run;
    out.append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    if (size_t n = valid_sequence(in, i)) {
      out.append(in.data() + i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++replaced;
      i += invalid_subpart(in, i);
    }
  }
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
  size_t replaced = 0;
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    result.text = decode_utf16(bytes.substr(2), bytes[0] == '\xFF', replaced);
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (std::string_view format = binary_format(bytes); !format.empty()) {
      result.error = "binary input (" + std::string(format) + "), not an article";
      return result;
    }
    if (looks_binary(bytes)) {
      result.error = "binary input (many NUL or control bytes), not an article";
      return result;
    }
    replaced = make_valid_utf8(bytes, result.text);
  }
  normalise_line_ends(result.text);
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
