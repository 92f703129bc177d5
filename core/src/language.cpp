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
  LanguageAnnotator() {
    for (const StopWords& l : kLanguages) stop_words_.emplace_back(l.words);
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
      for (size_t l = 0; l < kLanguages.size(); ++l) hits[l] += stop_words_[l].contains(word);
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
  std::vector<WordSet> stop_words_;  // per language of kLanguages
};

}  // namespace

std::unique_ptr<Annotator> make_language_annotator() { return std::make_unique<LanguageAnnotator>(); }

}  // namespace ledeline
