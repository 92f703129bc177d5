// train_entities: trains the entity tagger's model (an averaged structured perceptron with Viterbi
// decoding) on CoNLL-2003 and writes it as core/data/entities.model. Deterministic: the sentences are
// visited in an order drawn from a fixed seed, so the same data gives the same file.
//
//   train_entities [--epochs N] [--hash-bits B] TRAIN.conll OUT.model
//
// TRAIN is CoNLL-2003 (`word POS chunk NER` with IOB1 or IOB2 tags, -DOCSTART- lines between documents).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "entity_model.h"

namespace {

using ledeline::kEntityTags;
namespace em = ledeline::entity_model;

struct Sentence {
  size_t first;  // index of its first token in the corpus
  size_t size;
};

struct Corpus {
  std::vector<uint32_t> buckets;  // kFeaturesPerToken per token
  std::vector<uint8_t> gold;
  std::vector<Sentence> sentences;
};

int type_index(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"PER", "LOC", "ORG", "MISC"};
  for (int t = 0; t < 4; ++t)
    if (kTypes[t] == type) return t;
  return -1;
}

// IOB1 or IOB2 tags of one sentence to our IOB2 tag numbers.
bool to_iob2(const std::vector<std::string>& tags, std::vector<uint8_t>& out) {
  int prev_type = -1;
  for (const std::string& tag : tags) {
    if (tag == "O") {
      out.push_back(0);
      prev_type = -1;
      continue;
    }
    if (tag.size() < 3 || tag[1] != '-') return false;
    int type = type_index(std::string_view(tag).substr(2));
    if (type < 0) return false;
    bool begins = tag[0] == 'B' || type != prev_type;
    out.push_back(static_cast<uint8_t>(1 + 2 * type + (begins ? 0 : 1)));
    prev_type = type;
  }
  return true;
}

bool read_corpus(const std::string& path, uint32_t hash_bits, Corpus& corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  em::ModelData shape;
  shape.hash_bits = hash_bits;
  std::vector<std::string> words, tags;
  ledeline::TaggerInput doc;
  std::vector<std::string> sentence_tags;
  auto flush_doc = [&] {
    doc.words.assign(words.begin(), words.end());
    std::vector<uint32_t> features;
    em::extract_features(doc, features);
    size_t base = corpus.gold.size();
    for (uint32_t f : features) corpus.buckets.push_back(shape.bucket(f));
    for (size_t s = 0; s < doc.sentence_starts.size(); ++s) {
      size_t b = doc.sentence_starts[s];
      size_t e = s + 1 < doc.sentence_starts.size() ? doc.sentence_starts[s + 1] : words.size();
      corpus.sentences.push_back({base + b, e - b});
      std::vector<std::string> st(tags.begin() + b, tags.begin() + e);
      if (!to_iob2(st, corpus.gold)) std::fprintf(stderr, "%s: a sentence with an unknown tag\n", path.c_str());
    }
    words.clear();
    tags.clear();
    doc = {};
  };
  bool in_sentence = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.rfind("-DOCSTART-", 0) == 0) {
      if (!words.empty()) flush_doc();
      in_sentence = false;
      continue;
    }
    std::vector<std::string> cols;
    for (size_t b = line.find_first_not_of(" \t\r"); b != std::string::npos; b = line.find_first_not_of(" \t\r", b)) {
      size_t e = line.find_first_of(" \t\r", b);
      cols.push_back(line.substr(b, e - b));
      b = e;
    }
    if (cols.empty()) {
      in_sentence = false;
      continue;
    }
    if (!in_sentence) doc.sentence_starts.push_back(static_cast<uint32_t>(words.size()));
    in_sentence = true;
    words.push_back(cols.front());
    tags.push_back(cols.back());
  }
  if (!words.empty()) flush_doc();
  return true;
}

// The averaged perceptron: w, and the sum of (instance number x update) for the average w - u / c.
struct Perceptron {
  std::vector<double> w, u;
  double c = 1;
  void update(size_t i, double d) {
    w[i] += d;
    u[i] += c * d;
  }
  double average(size_t i) const { return w[i] - u[i] / c; }
};

uint64_t next_random(uint64_t& state) {  // splitmix64: the same sequence on every machine
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

int main(int argc, char** argv) {
  int epochs = 16;
  uint32_t hash_bits = 16;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--epochs") == 0 && i + 1 < argc) epochs = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--hash-bits") == 0 && i + 1 < argc) hash_bits = static_cast<uint32_t>(std::atoi(argv[++i]));
    else files.push_back(argv[i]);
  }
  if (files.size() != 2 || epochs < 1 || hash_bits < 8 || hash_bits > 24) {
    std::fputs("usage: train_entities [--epochs N] [--hash-bits B] TRAIN.conll OUT.model\n", stderr);
    return 2;
  }
  Corpus corpus;
  if (!read_corpus(files[0], hash_bits, corpus)) {
    std::fprintf(stderr, "train_entities: cannot read %s\n", files[0].c_str());
    return 1;
  }
  const size_t buckets = size_t{1} << hash_bits;
  const size_t kTrans = (kEntityTags + 1) * kEntityTags;
  Perceptron p;
  p.w.assign(buckets * kEntityTags + kTrans, 0);  // feature weights, then transitions
  p.u = p.w;
  const size_t trans0 = buckets * kEntityTags;
  std::vector<size_t> order(corpus.sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t seed = 20260125;
  std::vector<double> scores;
  std::vector<uint8_t> predicted, back;
  std::vector<double> best;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next_random(seed) % i]);
    size_t errors = 0;
    for (size_t si : order) {
      const Sentence& s = corpus.sentences[si];
      scores.assign(s.size * kEntityTags, 0);
      for (size_t t = 0; t < s.size; ++t) {
        const uint32_t* f = &corpus.buckets[(s.first + t) * em::kFeaturesPerToken];
        for (int k = 0; k < em::kFeaturesPerToken; ++k)
          for (int g = 0; g < kEntityTags; ++g) scores[t * kEntityTags + g] += p.w[f[k] * kEntityTags + g];
      }
      predicted.assign(s.size, 0);
      em::viterbi(scores.data(), &p.w[trans0], s.size, predicted.data(), best, back);
      const uint8_t* gold = &corpus.gold[s.first];
      for (size_t t = 0; t < s.size; ++t) {
        int prev_gold = t == 0 ? -1 : gold[t - 1], prev_pred = t == 0 ? -1 : predicted[t - 1];
        if (gold[t] != predicted[t]) {
          ++errors;
          const uint32_t* f = &corpus.buckets[(s.first + t) * em::kFeaturesPerToken];
          for (int k = 0; k < em::kFeaturesPerToken; ++k) {
            p.update(f[k] * kEntityTags + gold[t], 1);
            p.update(f[k] * kEntityTags + predicted[t], -1);
          }
        }
        if (gold[t] != predicted[t] || prev_gold != prev_pred) {
          p.update(trans0 + (prev_gold + 1) * kEntityTags + gold[t], 1);
          p.update(trans0 + (prev_pred + 1) * kEntityTags + predicted[t], -1);
        }
      }
      p.c += 1;
    }
    std::fprintf(stderr, "epoch %d: %zu token errors of %zu\n", epoch + 1, errors, corpus.gold.size());
  }
  // Quantise: the largest averaged weight becomes 32767; sums stay far inside int32.
  double largest = 0;
  for (size_t i = 0; i < p.w.size(); ++i) largest = std::max(largest, std::fabs(p.average(i)));
  double scale = largest > 0 ? 32767.0 / largest : 1;
  em::ModelData model;
  model.hash_bits = hash_bits;
  model.weights.resize(trans0);
  for (size_t i = 0; i < trans0; ++i) model.weights[i] = static_cast<int16_t>(std::lround(p.average(i) * scale));
  model.transitions.resize(kTrans);
  for (size_t i = 0; i < kTrans; ++i) model.transitions[i] = static_cast<int32_t>(std::lround(p.average(trans0 + i) * scale));
  std::string bytes = em::encode(model);
  std::ofstream out(files[1], std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "train_entities: cannot write %s\n", files[1].c_str());
    return 1;
  }
  std::fprintf(stderr, "train_entities: %zu sentences, %zu tokens, model %zu bytes -> %s\n", corpus.sentences.size(),
               corpus.gold.size(), bytes.size(), files[1].c_str());
  return 0;
}
