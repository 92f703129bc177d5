// Small string helpers shared by the word-list scanners (ASCII case folding, affixes).
#pragma once

#include <string>
#include <string_view>

#include "utf8.h"

namespace ledeline {

// Lower-cases ASCII letters only: locale-free, so both builds agree.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Adverbs by their usual endings ("recently", "predominantly", "seriously"); "family" is not one.
inline bool looks_like_adverb(std::string_view lower) {
  for (std::string_view e : {"ally", "ently", "antly", "ously", "ately", "ively", "edly", "ingly", "arly"})
    if (lower.size() > e.size() + 1 && ends_with(lower, e)) return true;
  return false;
}

}  // namespace ledeline
