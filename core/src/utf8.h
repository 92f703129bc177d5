// Small UTF-8 helpers for the scanners of the core. Text is already valid UTF-8 (see text_decoder).
#pragma once

#include <cstdint>
#include <string_view>

namespace ledeline {

struct Utf8Char {
  uint32_t cp;
  uint32_t size;
};

inline Utf8Char decode_at(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k])); };
  uint32_t c = b(0);
  if (c < 0x80) return {c, 1};
  if (c < 0xE0 && i + 1 < s.size()) return {((c & 0x1F) << 6) | (b(1) & 0x3F), 2};
  if (c < 0xF0 && i + 2 < s.size()) return {((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
  if (i + 3 < s.size()) return {((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
  return {0xFFFD, 1};
}

inline bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Punctuation and symbols of the ranges news text uses; everything else above ASCII counts as a letter.
inline bool is_punct(uint32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) && cp > ' ';
  return (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB2 && cp != 0xB3 && cp != 0xB5 && cp != 0xB9 &&
          cp != 0xBA) ||
         cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
         (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
         cp == 0xFFFD;
}

inline bool is_word_char(uint32_t cp) { return !is_space(cp) && !is_punct(cp); }

// Upper-case letters of Latin-1, Latin Extended-A (even code points), Greek and Cyrillic.
inline bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

}  // namespace ledeline
