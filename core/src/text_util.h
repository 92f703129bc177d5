// Small string helpers shared by the word-list scanners (ASCII case folding, affixes).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Whether `word` is one of `words` (the short word lists of the rules, searched in order).
template <size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Adverbs by their usual endings ("recently", "predominantly", "seriously"); "family" is not one.
inline bool looks_like_adverb(std::string_view lower) {
  for (std::string_view e : {"ally", "ently", "antly", "ously", "ately", "ively", "edly", "ingly", "arly"})
    if (lower.size() > e.size() + 1 && ends_with(lower, e)) return true;
  return false;
}

// Units of measure (lower case) that make a rate of "per second", "a day": "32 metres per second", "500
// barrels a day" is a speed or a flow, which the quantities step reads whole and the time step leaves alone.
inline bool measure_unit(std::string_view lower) {
  static constexpr std::array<std::string_view, 24> kMeasures = {
      "barrels", "cm", "feet", "ft", "gallons", "gigabits", "inches", "kilometers", "kilometres", "km",
      "kph", "litres", "liters", "megabits", "meters", "metres", "miles", "millimeters", "millimetres",
      "mm", "mph", "tonnes", "tons", "yards"};
  return one_of(lower, kMeasures);
}

// A fixed set of words, for lookups per token: open addressing over an FNV-1a hash, so that a lookup is
// one hash of the word and usually one probe (a sorted list costs a string comparison per step).
// The words are viewed, not copied: they must outlive the set (string literals do).
class WordSet {
 public:
  static constexpr size_t kNotFound = static_cast<size_t>(-1);

  template <typename Words>
  explicit WordSet(const Words& words) {
    size_t n = 0;
    for (std::string_view w : words) n += !w.empty();
    size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;  // at most half full: misses end at an empty slot soon
    slots_.resize(capacity);
    mask_ = capacity - 1;
    size_t position = 0;
    for (std::string_view w : words) {
      size_t i = hash(w) & mask_;
      while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask_;
      if (slots_[i].word.empty()) slots_[i] = {w, position};
      ++position;
    }
  }

  bool contains(std::string_view w) const { return position(w) != kNotFound; }

  // Where `w` first stands in the words the set was made from, or kNotFound.
  size_t position(std::string_view w) const {
    if (w.empty()) return kNotFound;
    for (size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].word.empty()) return kNotFound;
      if (slots_[i].word == w) return slots_[i].position;
    }
  }

 private:
  static uint32_t hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 15);
  }

  struct Slot {
    std::string_view word;  // empty: a free slot (no set holds the empty word)
    size_t position = 0;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace ledeline
