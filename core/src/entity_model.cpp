#include "entity_model.h"

#include <algorithm>
#include <cstring>

namespace ledeline::entity_model {
namespace {

uint32_t fmix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

uint32_t fnv(std::string_view s, uint32_t h = 2166136261u) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A feature: its template number and up to two values.
uint32_t feature(uint32_t templ, uint32_t a, uint32_t b = 0) {
  return fmix(fmix(templ * 0x9E3779B1u + a) ^ (b * 0x7F4A7C15u + 0x165667B1u));
}

// "Babis" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d", "McDonald" -> "XxXx": runs collapsed.
uint32_t shape_of(std::string_view w, uint8_t& cls) {
  char shape[16];
  size_t n = 0;
  bool upper = false, lower = false, digit = false;
  char last = 0;
  for (size_t i = 0; i < w.size() && n < sizeof shape; ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X', upper = true;
    else if (c >= 'a' && c <= 'z') k = 'x', lower = true;
    else if (c >= '0' && c <= '9') k = 'd', digit = true;
    else if (c >= 0xC0) k = 'u', lower = true;  // a letter beyond ASCII (case not told here)
    else if (c >= 0x80) continue;               // continuation byte
    else k = static_cast<char>(c);
    if (k != last) shape[n++] = k;
    last = k;
  }
  unsigned char first = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  if (first >= 'A' && first <= 'Z') cls = upper && !lower ? (w.size() > 1 ? 2 : 1) : 1;
  else if (first >= '0' && first <= '9') cls = 3;
  else if (!upper && !lower && !digit) cls = 4;
  else cls = 0;
  return fnv(std::string_view(shape, n));
}

WordForms describe(std::string_view w) {
  WordForms d;
  char lower[64];
  size_t n = std::min(w.size(), sizeof lower);
  for (size_t i = 0; i < n; ++i) lower[i] = ascii_lower(w[i]);
  std::string_view l(lower, n);
  d.lower = fnv(l);
  d.shape = shape_of(w, d.cls);
  for (size_t k = 0; k < 3; ++k) d.prefix[k] = fnv(l.substr(0, std::min(k + 1, n)));
  for (size_t k = 0; k < 4; ++k) d.suffix[k] = fnv(l.substr(n - std::min(k + 1, n)));
  return d;
}

// How a word is written elsewhere in the document.
enum : uint8_t { kSeenLower = 1, kSeenCapitalInside = 2 };

}  // namespace

DocumentFeatures::DocumentFeatures(const TaggerInput& input) : input_(input) {
  const size_t n = input.words.size();
  words_.resize(n);
  initial_.assign(n, 0);
  headline_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) words_[i] = describe(input.words[i]);
  // Sentence starts (and the word after an opening quote there), and sentences in capitals (headlines).
  for (size_t s = 0; s < input.sentence_starts.size(); ++s) {
    size_t b = input.sentence_starts[s];
    size_t e = s + 1 < input.sentence_starts.size() ? input.sentence_starts[s + 1] : n;
    if (b >= e) continue;
    initial_[b] = 1;
    if (b + 1 < e && words_[b].cls == 4) initial_[b + 1] = 1;
    size_t caps = 0, letters = 0;
    for (size_t i = b; i < e; ++i) {
      caps += words_[i].cls == 2;
      letters += words_[i].cls <= 2;
    }
    if (letters > 1 && caps * 2 > letters)
      for (size_t i = b; i < e; ++i) headline_[i] = 1;
  }
  // Runs of capitalised words: where a word stands in its run.
  run_place_.assign(n, 0);
  for (size_t i = 0; i < n;) {
    if (words_[i].cls != 1 && words_[i].cls != 2) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < n && (words_[e].cls == 1 || words_[e].cls == 2)) ++e;
    for (size_t k = i; k < e; ++k) run_place_[k] = static_cast<uint8_t>(1 + std::min<size_t>(e - i, 4) * 4 + (k == i) + 2 * (k + 1 == e));
    i = e;
  }
  // What the document says of each word, in one pass: how it is written (lower case, capitalised inside
  // a sentence), where it is first capitalised (context aggregation: the words around that occurrence
  // are features of all of them), and the runs of capitals it stands in.
  for (size_t i = 0; i < n; ++i) {
    const WordForms& w = words_[i];
    const bool inside = !initial_[i] && !headline_[i];
    const uint8_t seen = w.cls == 0 && !headline_[i] ? kSeenLower : w.cls == 1 && inside ? kSeenCapitalInside : 0;
    const bool capitalised = (w.cls == 1 || w.cls == 2) && !initial_[i];
    const bool in_run = run_place_[i] && inside;
    if (!seen && !capitalised && !in_run) continue;
    Spelling& sp = spelling(w.lower);
    sp.seen |= seen;
    if (capitalised && sp.first == Spelling::kNowhere) sp.first = static_cast<uint32_t>(i);
    if (in_run) {
      sp.runs = static_cast<uint8_t>(std::min(sp.runs + 1, 2));
      sp.longest = std::max(sp.longest, run_place_[i]);
    }
  }
}

DocumentFeatures::Spelling& DocumentFeatures::spelling(uint32_t lower) {
  if (2 * (spelling_count_ + 1) > spellings_.size()) {  // at most half full
    std::vector<Spelling> old(std::max<size_t>(1024, 2 * spellings_.size()));
    old.swap(spellings_);
    for (const Spelling& sp : old)
      if (sp.used) spellings_[slot(sp.lower)] = sp;
  }
  Spelling& sp = spellings_[slot(lower)];
  if (!sp.used) {
    sp.used = true;
    sp.lower = lower;
    ++spelling_count_;
  }
  return sp;
}

// The index of `lower`'s entry, or of the free slot where it would go.
size_t DocumentFeatures::slot(uint32_t lower) const {
  const size_t mask = spellings_.size() - 1;
  size_t i = (lower * 0x9E3779B1u) & mask;
  while (spellings_[i].used && spellings_[i].lower != lower) i = (i + 1) & mask;
  return i;
}

const DocumentFeatures::Spelling* DocumentFeatures::find(uint32_t lower) const {
  if (spellings_.empty()) return nullptr;
  const Spelling& sp = spellings_[slot(lower)];
  return sp.used ? &sp : nullptr;
}

uint8_t DocumentFeatures::seen_as(uint32_t lower) const {
  const Spelling* sp = find(lower);
  return sp ? sp->seen : 0;
}

ptrdiff_t DocumentFeatures::first_at(uint32_t lower) const {
  const Spelling* sp = find(lower);
  return sp && sp->first != Spelling::kNowhere ? static_cast<ptrdiff_t>(sp->first) : -1;
}

// 0 unless the word is in a run of capitals twice or more.
uint8_t DocumentFeatures::longest_at(uint32_t lower) const {
  const Spelling* sp = find(lower);
  return sp && sp->runs >= 2 ? sp->longest : 0;
}

void DocumentFeatures::sentence(size_t s, std::vector<uint32_t>& out) const {
  static const WordForms kBoundary = describe("<s>");
  const size_t n = words_.size();
  const size_t b = input_.sentence_starts[s];
  const size_t e = s + 1 < input_.sentence_starts.size() ? input_.sentence_starts[s + 1] : n;
  auto at = [&](ptrdiff_t i) -> const WordForms& {
    return i < static_cast<ptrdiff_t>(b) || i >= static_cast<ptrdiff_t>(e) ? kBoundary : words_[i];
  };
  for (size_t i = b; i < e; ++i) {
    ptrdiff_t k = static_cast<ptrdiff_t>(i);
    const WordForms& w = words_[i];
    const WordForms& p1 = at(k - 1);
    const WordForms& p2 = at(k - 2);
    const WordForms& n1 = at(k + 1);
    const WordForms& n2 = at(k + 2);
    uint8_t how = w.cls == 1 || w.cls == 2 ? seen_as(w.lower) : 0;
    ptrdiff_t f0 = w.cls == 1 || w.cls == 2 ? first_at(w.lower) : -1;
    uint32_t first_prev = f0 > 0 ? words_[f0 - 1].lower : 0, first_next = f0 >= 0 && f0 + 1 < static_cast<ptrdiff_t>(n) ? words_[f0 + 1].lower : 0;
    uint32_t f[kFeaturesPerToken] = {
        feature(0, 0),
        feature(1, w.lower),
        feature(2, w.shape),
        feature(3, w.prefix[0]),
        feature(4, w.prefix[1]),
        feature(5, w.prefix[2]),
        feature(6, w.suffix[0]),
        feature(7, w.suffix[1]),
        feature(8, w.suffix[2]),
        feature(9, w.suffix[3]),
        feature(10, p1.lower),
        feature(11, n1.lower),
        feature(12, p2.lower),
        feature(13, n2.lower),
        feature(14, p1.shape, w.shape),
        feature(15, w.shape, n1.shape),
        feature(16, p1.lower, w.lower),
        feature(17, w.lower, n1.lower),
        feature(18, initial_[i], w.shape),
        feature(19, how, w.cls + 8u * initial_[i]),
        feature(20, headline_[i], w.lower),
        feature(21, fmix(p1.shape) ^ w.shape, n1.shape),
        feature(22, p1.suffix[2], w.cls),
        feature(23, n1.prefix[2], w.cls),
        feature(24, first_prev),
        feature(25, first_next),
        feature(26, run_place_[i], w.shape),
        feature(27, run_place_[i], w.lower),
        feature(28, run_place_[i] ? longest_at(w.lower) : 0, run_place_[i]),
    };
    out.insert(out.end(), f, f + kFeaturesPerToken);
  }
}

void extract_features(const TaggerInput& input, std::vector<uint32_t>& out) {
  const DocumentFeatures features(input);
  out.reserve(out.size() + input.words.size() * kFeaturesPerToken);
  for (size_t s = 0; s < input.sentence_starts.size(); ++s) features.sentence(s, out);
}

namespace {

constexpr char kMagic[8] = {'L', 'D', 'L', 'N', 'E', 'R', '0', '2'};

void put32(std::string& out, uint32_t v) {
  for (int k = 0; k < 4; ++k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
}
uint32_t get32(const unsigned char* p) { return p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[3]) << 24; }

}  // namespace

std::string encode(const ModelData& model) {
  std::string out(kMagic, sizeof kMagic);
  put32(out, model.hash_bits);
  for (int32_t t : model.transitions) put32(out, static_cast<uint32_t>(t));
  out.reserve(out.size() + model.weights.size() * 2);
  for (int16_t w : model.weights) {
    out += static_cast<char>(static_cast<uint16_t>(w) & 0xFF);
    out += static_cast<char>(static_cast<uint16_t>(w) >> 8);
  }
  return out;
}

std::string decode(std::string_view bytes, ModelData& model) {
  constexpr size_t kTransitions = (kEntityTags + 1) * kEntityTags;
  if (bytes.size() < sizeof kMagic + 4 + 4 * kTransitions || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return "entity model: not a LDLNER02 model";
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + sizeof kMagic;
  model.hash_bits = get32(p);
  p += 4;
  if (model.hash_bits < 8 || model.hash_bits > 24) return "entity model: bad hash size";
  size_t buckets = size_t{1} << model.hash_bits;
  if (bytes.size() != sizeof kMagic + 4 + 4 * kTransitions + 2 * buckets * kEntityTags)
    return "entity model: truncated or oversized";
  model.transitions.resize(kTransitions);
  for (size_t i = 0; i < kTransitions; ++i, p += 4) model.transitions[i] = static_cast<int32_t>(get32(p));
  model.weights.resize(buckets * kEntityTags);
  for (size_t i = 0; i < model.weights.size(); ++i, p += 2)
    model.weights[i] = static_cast<int16_t>(static_cast<uint16_t>(p[0] | p[1] << 8));
  return "";
}

}  // namespace ledeline::entity_model
