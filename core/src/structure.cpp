// [SECTION] Structure: paragraphs, sentences and tokens as byte spans.
//
// Paragraphs are separated by blank lines; a text without any blank line has one paragraph a line.
// Tokens are words (with inner apostrophes, hyphens, and the dots of "U.S." or "3.5") and single
// punctuation marks. A sentence ends at . ! ? (and closing quotes or brackets after them) before a
// token that can start a sentence, unless the dot belongs to an abbreviation or an initial.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "annotators.h"
#include "text_util.h"
#include "utf8.h"

namespace ledeline {
namespace {

// Words whose trailing dot is part of the word and does not end a sentence ("Lt.", "No.").
constexpr std::array<std::string_view, 46> kAbbreviations = {
    "Adm", "Ave", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr", "Gen", "Gov", "Hon",
    "Insp", "Jr", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Sr", "St", "Supt", "No", "Nos", "vs", "approx", "Inc", "Corp", "Ltd", "Co", "Bros", "Ft",
    "Gov't", "Dept"};

// Months and weekdays written short ("Jan.", "Tues."): their dot is theirs too, but a sentence may end on
// them ("closed on 4 Nov. The next day"), unless a day or a date follows ("Nov. 3", "Tues. Nov. 3").
constexpr std::array<std::string_view, 23> kDateAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 19> kDateNames = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool is_abbreviation(std::string_view word) { return one_of(word, kAbbreviations) || one_of(word, kDateAbbreviations); }

// A month or weekday written short, with its dot: "Nov.", "Tues.".
bool is_dotted_date_abbreviation(std::string_view token) {
  return token.size() > 1 && token.back() == '.' && one_of(token.substr(0, token.size() - 1), kDateAbbreviations);
}

// Whether a token names a day or date: digits, a month or weekday ("Nov.", "November", "Sunday").
bool is_date_word(std::string_view token) {
  return std::isdigit(static_cast<unsigned char>(token[0])) || is_dotted_date_abbreviation(token) ||
         one_of(token, kDateAbbreviations) || one_of(token, kDateNames);
}


class StructureAnnotator : public Annotator {
 public:
  std::string_view name() const override { return "structure"; }

  void annotate(Document& doc) const override {
    Structure& st = doc.structure;
    find_paragraphs(doc.text, st.paragraphs);
    st.tokens.reserve(doc.text.size() / 5);
    for (Span p : st.paragraphs) {
      size_t first_token = st.tokens.size();
      tokenize(doc.text, p, st.tokens);
      split_sentences(doc.text, st.tokens, first_token, st.sentences);
    }
  }

 private:
  static void find_paragraphs(const std::string& text, std::vector<Span>& out) {
    // Blank lines separate paragraphs when the text has any between two lines of text.
    bool blank_lines = false, seen_text = false, pending_blank = false;
    for (size_t pos = 0; pos < text.size() && !blank_lines;) {
      size_t end = std::min(text.find('\n', pos), text.size());
      bool blank = is_blank(std::string_view(text).substr(pos, end - pos));
      blank_lines = !blank && seen_text && pending_blank;
      seen_text |= !blank;
      pending_blank = blank && seen_text;
      pos = end + 1;
    }
    size_t start = std::string::npos, last_end = 0;
    auto close = [&] {
      if (start != std::string::npos) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(last_end)});
      start = std::string::npos;
    };
    for (size_t pos = 0; pos < text.size();) {
      size_t end = std::min(text.find('\n', pos), text.size());
      std::string_view line = std::string_view(text).substr(pos, end - pos);
      if (is_blank(line)) {
        close();
      } else {
        if (!blank_lines) close();
        size_t s = pos + line.find_first_not_of(" \t\f\v");
        size_t e = pos + line.find_last_not_of(" \t\f\v") + 1;
        if (start == std::string::npos) start = s;
        last_end = e;
      }
      pos = end + 1;
    }
    close();
  }

  static bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\f\v") == std::string_view::npos; }

  static void tokenize(const std::string& text, Span para, std::vector<Span>& out) {
    size_t i = para.start;
    const size_t end = para.end;
    while (i < end) {
      Utf8Char c = decode_at(text, i);
      if (is_space(c.cp)) {
        i += c.size;
        continue;
      }
      size_t start = i;
      if (!is_word_char(c.cp)) {
        i += c.size;
        out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
        continue;
      }
      i += c.size;
      while (i < end) {
        Utf8Char d = decode_at(text, i);
        if (is_word_char(d.cp)) {
          i += d.size;
          continue;
        }
        // Inner joiners stay in the word when a word character follows: don't, US-led, U.S, 3.5, 1,000.
        bool joiner = d.cp == '\'' || d.cp == 0x2019 || d.cp == '-' || d.cp == '.' || d.cp == '&' ||
                      (d.cp == ',' && i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])));
        if (!joiner || i + d.size >= end) break;
        Utf8Char after = decode_at(text, i + d.size);
        if (!is_word_char(after.cp)) break;
        if (d.cp == ',' && !std::isdigit(static_cast<unsigned char>(text[i + 1]))) break;
        i += d.size + after.size;
      }
      // A dot after an abbreviation, an initial or a dotted acronym belongs to the word.
      if (i < end && text[i] == '.') {
        std::string_view word = std::string_view(text).substr(start, i - start);
        bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
        bool dotted = word.find('.') != std::string_view::npos &&
                      std::all_of(word.begin(), word.end(), [](char ch) { return ch == '.' || std::isalpha(static_cast<unsigned char>(ch)); });
        if (initial || dotted || is_abbreviation(word)) ++i;
      }
      out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
    }
  }

  static bool is_closing(std::string_view tok) {
    return tok == "\"" || tok == "'" || tok == ")" || tok == "]" || tok == "\xE2\x80\x9D" /* ” */ ||
           tok == "\xE2\x80\x99" /* ’ */ || tok == "\xC2\xBB" /* » */;
  }

  // Whether the token can open a sentence: a capital, a digit, an opening quote or bracket.
  static bool can_start_sentence(std::string_view tok) {
    unsigned char c = static_cast<unsigned char>(tok[0]);
    if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
    if (c < 0x80) return false;
    Utf8Char u = decode_at(tok, 0);
    return u.cp == 0x201C || u.cp == 0x2018 || u.cp == 0xAB || is_upper(u.cp);
  }

  static void split_sentences(const std::string& text, const std::vector<Span>& tokens, size_t first,
                              std::vector<Span>& out) {
    auto tok = [&](size_t k) { return std::string_view(text).substr(tokens[k].start, tokens[k].size()); };
    size_t start = first;
    for (size_t k = first; k < tokens.size(); ++k) {
      std::string_view t = tok(k);
      bool terminal = t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */;
      const bool date_abbreviation = !terminal && is_dotted_date_abbreviation(t);
      if (!terminal && !date_abbreviation) continue;
      size_t last = k;
      while (last + 1 < tokens.size() && is_closing(tok(last + 1))) ++last;
      if (last + 1 < tokens.size() && !can_start_sentence(tok(last + 1))) continue;
      if (date_abbreviation && (last + 1 == tokens.size() || is_date_word(tok(last + 1)))) continue;
      out.push_back({tokens[start].start, tokens[last].end});
      start = last + 1;
      k = last;
    }
    if (start < tokens.size()) out.push_back({tokens[start].start, tokens.back().end});
  }
};

}  // namespace

std::unique_ptr<Annotator> make_structure_annotator() { return std::make_unique<StructureAnnotator>(); }

}  // namespace ledeline
