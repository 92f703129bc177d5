// The entity tagger's model: hashed word features, the tag set, the model file format and Viterbi
// decoding. Shared by the tagger in the pipeline and by the training tool (core/tools), so both see
// exactly the same features.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ledeline/entity_tagger.h"

namespace ledeline::entity_model {

// Features a token has, always this many (absent context is a feature of its own: "<s>").
inline constexpr int kFeaturesPerToken = 29;

// What the features know of a word on its own: hashes of its lower-case form, shape and affixes.
struct WordForms {
  uint32_t lower = 0, shape = 0, prefix[3] = {}, suffix[4] = {};
  uint8_t cls = 0;  // 0 lower or other, 1 capitalised, 2 all capitals, 3 digit first, 4 punctuation
};

// A document's features. Besides the word and its neighbours, a word's features say how the same word
// is written elsewhere in the document (lower case, or capitalised inside a sentence), which tells
// "Then" at a sentence start from "Clinton". What they need of the whole document is gathered once;
// the features are then made a sentence at a time, so that the tagger never holds a long document's
// features all at once.
class DocumentFeatures {
 public:
  explicit DocumentFeatures(const TaggerInput& input);
  // Appends kFeaturesPerToken 32-bit feature hashes per word of sentence `s` to `out`.
  void sentence(size_t s, std::vector<uint32_t>& out) const;

 private:
  // What the document says of one lower-case word (by its hash).
  struct Spelling {
    static constexpr uint32_t kNowhere = UINT32_MAX;
    uint32_t lower = 0;
    uint32_t first = kNowhere;  // the first position where it is capitalised, not starting a sentence
    bool used = false;          // the slot holds a word
    uint8_t seen = 0;           // how it is written inside sentences outside headlines: kSeen* bits
    uint8_t runs = 0;           // times it stands in a run of capitals there, counted up to 2
    uint8_t longest = 0;        // the largest run place of those
  };
  Spelling& spelling(uint32_t lower);
  size_t slot(uint32_t lower) const;
  const Spelling* find(uint32_t lower) const;
  uint8_t seen_as(uint32_t lower) const;
  ptrdiff_t first_at(uint32_t lower) const;
  uint8_t longest_at(uint32_t lower) const;

  const TaggerInput& input_;
  std::vector<WordForms> words_;
  std::vector<uint8_t> initial_, headline_;  // per word: starts a sentence; in a sentence in capitals
  std::vector<uint8_t> run_place_;           // per word: where it stands in its run of capitals
  std::vector<Spelling> spellings_;          // open addressing by the lower-case hash, at most half full
  size_t spelling_count_ = 0;
};

// Every sentence's features in order: kFeaturesPerToken per word of `input`, appended to `out`.
void extract_features(const TaggerInput& input, std::vector<uint32_t>& out);

// A trained model: per hashed feature bucket one quantised weight per tag, and tag transition weights.
struct ModelData {
  uint32_t hash_bits = 0;
  std::vector<int32_t> transitions;  // [(kEntityTags + 1) * kEntityTags]: row 0 from the sentence start
  std::vector<int16_t> weights;      // [(1 << hash_bits) * kEntityTags]
  uint32_t bucket(uint32_t feature) const { return feature >> (32 - hash_bits); }
};

// The file format: "LDLNER02", then little-endian uint32 hash_bits, int32 transitions, int16 weights.
std::string encode(const ModelData& model);
// Empty when `bytes` is a well-formed model; otherwise what is wrong with it.
std::string decode(std::string_view bytes, ModelData& model);

// The best tag sequence for scores[n * kEntityTags] (emissions) and the transitions above; tags that
// would continue an entity which was not begun (O then I-PER) are never chosen.
// IOB2: I-X only after B-X or I-X. `from` is -1 at the sentence start.
inline bool allowed_transition(int from, int to) {
  if (to == 0 || to % 2 == 1) return true;
  return from == to || from == to - 1;
}

// `best` and `back` are scratch space, kept by the caller across sentences.
template <typename Score>
void viterbi(const Score* emissions, const Score* transitions, size_t n, uint8_t* tags, std::vector<Score>& best,
             std::vector<uint8_t>& back) {
  if (n == 0) return;
  constexpr int T = kEntityTags;
  if (best.size() < n * T) best.resize(n * T), back.resize(n * T);
  for (int t = 0; t < T; ++t) best[t] = allowed_transition(-1, t) ? emissions[t] + transitions[t] : Score(-1e9);
  for (size_t i = 1; i < n; ++i) {
    const Score* prev = &best[(i - 1) * T];
    for (int t = 0; t < T; ++t) {
      int arg = 0;
      Score top = Score(-2e9);
      for (int f = 0; f < T; ++f) {
        if (!allowed_transition(f, t)) continue;
        Score s = prev[f] + transitions[(f + 1) * T + t];
        if (s > top) top = s, arg = f;
      }
      best[i * T + t] = top + emissions[i * T + t];
      back[i * T + t] = static_cast<uint8_t>(arg);
    }
    if constexpr (std::is_integral_v<Score>) {
      // Integer sums would overflow over a very long sentence: shift the row so its best is 0 (the
      // argmax is unchanged) and keep impossible states at the floor.
      Score* row = &best[i * T];
      Score top = *std::max_element(row, row + T);
      for (int t = 0; t < T; ++t) row[t] = std::max<Score>(row[t] - top, Score(-1e9));
    }
  }
  int last = 0;
  for (int t = 1; t < T; ++t)
    if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<uint8_t>(last);
    last = back[i * T + last];
  }
}

}  // namespace ledeline::entity_model
