#include "ledeline/entity_tagger.h"

#include <algorithm>

#include "entity_model.h"

// The model file, compiled in by core/CMakeLists.txt (core/tools/embed_file.cmake).
extern const unsigned char kEntityModelBytes[];
extern const size_t kEntityModelSize;

namespace ledeline {

std::string_view conll_type_name(ConllType type) {
  static constexpr std::string_view kNames[kConllTypes] = {"PER", "LOC", "ORG", "MISC"};
  return kNames[static_cast<int>(type)];
}

std::string conll_tag_name(uint8_t tag) {
  if (tag == 0) return "O";
  return std::string(tag_begins(tag) ? "B-" : "I-") + std::string(conll_type_name(tag_type(tag)));
}

EntityTagger::EntityTagger()
    : EntityTagger(std::string_view(reinterpret_cast<const char*>(kEntityModelBytes), kEntityModelSize)) {}

EntityTagger::EntityTagger(std::string_view model_bytes) : model_(std::make_unique<entity_model::ModelData>()) {
  model_bytes_ = model_bytes.size();
  error_ = entity_model::decode(model_bytes, *model_);
  // Rows of kRowWidth weights, 32 bytes: one cache line half each, so that a row never straddles two
  // lines. Only the kEntityTags weights are summed (WebAssembly has no vectors to spend the padding on).
  const size_t buckets = model_->weights.size() / kEntityTags;
  rows_.assign(buckets * kRowWidth, 0);
  for (size_t b = 0; b < buckets; ++b)
    std::copy_n(&model_->weights[b * kEntityTags], kEntityTags, &rows_[b * kRowWidth]);
  model_->weights.clear();
  model_->weights.shrink_to_fit();
}

EntityTagger::~EntityTagger() = default;

std::vector<uint8_t> EntityTagger::tag(const TaggerInput& input) const {
  constexpr int kFeatures = entity_model::kFeaturesPerToken;
  const size_t n = input.words.size();
  std::vector<uint8_t> tags(n, 0);
  if (!ok() || n == 0) return tags;
  const entity_model::DocumentFeatures document(input);
  // A sentence at a time: its features and scores stay in the cache, and a long document never holds
  // them all.
  std::vector<uint32_t> features;
  std::vector<int32_t> scores;
  std::vector<int32_t> best;
  std::vector<uint8_t> back;
  const int16_t* rows = rows_.data();
  for (size_t s = 0; s < input.sentence_starts.size(); ++s) {
    const size_t b = input.sentence_starts[s];
    const size_t e = s + 1 < input.sentence_starts.size() ? input.sentence_starts[s + 1] : n;
    if (b >= e) continue;
    features.clear();
    document.sentence(s, features);
    scores.resize((e - b) * kEntityTags);
    for (size_t i = 0; i < e - b; ++i) {
      const uint32_t* f = &features[i * kFeatures];
      // The weight rows are scattered over the model: those of the word two ahead are asked for while
      // this one is summed (measured better than one or four ahead).
      if (i + 2 < e - b)
        for (int k = 0; k < kFeatures; ++k) __builtin_prefetch(rows + size_t{model_->bucket(f[2 * kFeatures + k])} * kRowWidth);
      int32_t sum[kEntityTags] = {};
      for (int k = 0; k < kFeatures; ++k) {
        const int16_t* w = rows + size_t{model_->bucket(f[k])} * kRowWidth;
        for (int t = 0; t < kEntityTags; ++t) sum[t] += w[t];
      }
      std::copy_n(sum, kEntityTags, &scores[i * kEntityTags]);
    }
    entity_model::viterbi(scores.data(), model_->transitions.data(), e - b, &tags[b], best, back);
  }
  return tags;
}

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::string EntityTagger::tag_conll(std::string_view conll) const {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < conll.size();) {
    size_t end = conll.find('\n', pos);
    if (end == std::string_view::npos) end = conll.size();
    std::string_view line = conll.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = end + 1;
  }
  std::string out;
  out.reserve(conll.size() + conll.size() / 2);
  // One document at a time, so that the document-level features see the whole document.
  size_t first = 0;
  while (first < lines.size()) {
    size_t last = first;
    TaggerInput doc;
    std::vector<size_t> line_of_word;
    bool in_sentence = false;
    for (; last < lines.size(); ++last) {
      std::string_view line = lines[last];
      bool docstart = line.substr(0, 10) == "-DOCSTART-";
      if (docstart && last > first) break;
      if (docstart || is_blank(line)) {
        in_sentence = false;
        continue;
      }
      size_t b = line.find_first_not_of(" \t");
      size_t e = line.find_first_of(" \t", b);
      if (!in_sentence) doc.sentence_starts.push_back(static_cast<uint32_t>(doc.words.size()));
      in_sentence = true;
      doc.words.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
      line_of_word.push_back(last);
    }
    std::vector<uint8_t> tags = tag(doc);
    size_t word = 0;
    for (size_t l = first; l < last; ++l) {
      out.append(lines[l]);
      if (word < line_of_word.size() && line_of_word[word] == l) {
        out += ' ';
        out += conll_tag_name(tags[word++]);
      } else if (!is_blank(lines[l])) {
        out += " O";  // the -DOCSTART- line keeps as many columns as the others
      }
      out += '\n';
    }
    first = last;
  }
  return out;
}

}  // namespace ledeline
