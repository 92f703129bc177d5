// The statistical entity tagger: an averaged structured perceptron over hashed word features with
// Viterbi decoding, trained by core/tools/train_entities on CoNLL-2003 (see README.md). Its model is
// compiled into the library, so the native and the WebAssembly builds tag identically.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ledeline {

// The CoNLL-2003 types the model knows. The entity annotator refines them (place, facility, group).
enum class ConllType : uint8_t { kPer, kLoc, kOrg, kMisc };
inline constexpr int kConllTypes = 4;
// Tags: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type (IOB2).
inline constexpr int kEntityTags = 1 + 2 * kConllTypes;
std::string_view conll_type_name(ConllType type);  // PER, LOC, ORG, MISC
std::string conll_tag_name(uint8_t tag);            // O, B-PER, I-PER, ...
inline bool tag_begins(uint8_t tag) { return tag % 2 == 1; }
inline ConllType tag_type(uint8_t tag) { return static_cast<ConllType>((tag - 1) / 2); }

// One document's words in order, and the index of the first word of each sentence (ascending, first 0).
struct TaggerInput {
  std::vector<std::string_view> words;
  std::vector<uint32_t> sentence_starts;
};

namespace entity_model {
struct ModelData;
}

class EntityTagger {
 public:
  EntityTagger();  // the model compiled into the library
  explicit EntityTagger(std::string_view model_bytes);
  ~EntityTagger();
  EntityTagger(const EntityTagger&) = delete;
  EntityTagger& operator=(const EntityTagger&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  size_t model_bytes() const { return model_bytes_; }

  // One tag per word.
  std::vector<uint8_t> tag(const TaggerInput& input) const;

  // Pre-tokenised CoNLL in (`word ...` columns, -DOCSTART- lines, blank lines between sentences), the same
  // lines out with one more column: the predicted IOB2 tag.
  std::string tag_conll(std::string_view conll) const;

 private:
  std::string error_;
  size_t model_bytes_ = 0;
  std::unique_ptr<entity_model::ModelData> model_;  // its weights moved into rows_
  static constexpr int kRowWidth = 16;
  std::vector<int16_t> rows_;                       // per feature bucket, kEntityTags weights padded to kRowWidth
};

}  // namespace ledeline
