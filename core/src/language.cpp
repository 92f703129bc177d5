// [SECTION] Language: the most frequent language of the commonest function words, when the input
// does not state it. Enough to tell the languages of the news we read apart; not a general detector.
#include <algorithm>
#include <array>

#include "annotators.h"
#include "text_util.h"

namespace ledeline {
namespace {

constexpr size_t kTokensLooked = 3000;
constexpr int kMinHits = 3;

struct StopWords {
  std::string_view code;
  std::array<std::string_view, 16> words;
};

// Words frequent in one language and rare in the others of the table.
constexpr std::array kLanguages = {
    StopWords{"en", {"the", "and", "of", "to", "is", "that", "with", "was", "for", "this", "are", "have", "from", "which", "were", "would"}},
    StopWords{"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "dem", "den", "eine", "auch", "wird", "ich", "zu"}},
    StopWords{"fr", {"le", "les", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur", "au", "avec", "sont", "du", "ce"}},
    StopWords{"es", {"el", "los", "las", "del", "una", "por", "con", "para", "que", "es", "su", "se", "como", "pero", "fue", "al"}},
    StopWords{"it", {"il", "della", "che", "di", "non", "per", "sono", "una", "gli", "nel", "alla", "anche", "delle", "questo", "ha", "lo"}},
    StopWords{"nl", {"het", "een", "van", "niet", "zijn", "dat", "voor", "ook", "met", "maar", "werd", "wordt", "bij", "naar", "heeft", "dit"}},
    StopWords{"pt", {"os", "uma", "não", "com", "para", "que", "mais", "pelo", "pela", "foi", "seu", "sua", "das", "dos", "como", "ao"}},
};

class LanguageAnnotator : public Annotator {
 public:
  LanguageAnnotator() : stop_words_(all_stop_words()) {
    // Which languages each of the words is a stop word of (a few are several's: "que").
    for (size_t l = 0; l < kLanguages.size(); ++l)
      for (std::string_view w : kLanguages[l].words) languages_[stop_words_.position(w)] |= uint8_t{1} << l;
  }
  std::string_view name() const override { return "language"; }

  void annotate(Document& doc) const override {
    if (doc.metadata.language.present()) return;
    std::array<int, kLanguages.size()> hits{};
    std::string word;
    size_t looked = std::min(doc.structure.tokens.size(), kTokensLooked);
    for (size_t t = 0; t < looked; ++t) {
      std::string_view tok = doc.slice(doc.structure.tokens[t]);
      if (tok.size() > 8) continue;
      word.assign(tok);
      for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      const size_t w = stop_words_.position(word);
      if (w == WordSet::kNotFound) continue;
      for (size_t l = 0; l < kLanguages.size(); ++l) hits[l] += (languages_[w] >> l) & 1;
    }
    size_t best = 0, second = 1;
    for (size_t l = 1; l < hits.size(); ++l) {
      if (hits[l] > hits[best]) {
        second = best;
        best = l;
      } else if (l != best && hits[l] > hits[second]) {
        second = l;
      }
    }
    // Clearly ahead of the runner-up, on enough evidence.
    if (hits[best] >= kMinHits && hits[best] * 2 > hits[second] * 3)
      doc.metadata.language = {std::string(kLanguages[best].code), std::nullopt, "language.stop_words"};
  }

 private:
  static std::vector<std::string_view> all_stop_words() {
    std::vector<std::string_view> words;
    for (const StopWords& l : kLanguages) words.insert(words.end(), l.words.begin(), l.words.end());
    return words;
  }

  static_assert(kLanguages.size() <= 8, "a language is a bit of a byte");
  WordSet stop_words_;  // the words of every language, looked up once per token
  std::array<uint8_t, kLanguages.size() * kLanguages[0].words.size()> languages_{};  // by position in stop_words_: a bit per language
};

}  // namespace

std::unique_ptr<Annotator> make_language_annotator() { return std::make_unique<LanguageAnnotator>(); }

}  // namespace ledeline
