// [SECTION] Time: time expressions (TIMEX3) with their type and TimeML value, resolved against the
// document creation time (DCT: Document::dct, given per run, else the publication date the reading step
// found).
//
// A linear scan over the words of each sentence. Every word is looked up once in a lexicon (months,
// weekdays, number words, units...); at each word the rules below look a bounded number of words
// ahead, the longest match wins and the scan goes on after it. No rule runs a regex per word.
// Extents follow TimeML: signals ("since", "on", "in") stay outside, modifiers ("early", "the past",
// "about") inside. Dates without a year, weekdays and months are resolved by the tense around them:
// news mostly looks back, and a weekday that is the DCT's own weekday is the DCT itself.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "annotators.h"
#include "ledeline/calendar.h"
#include "ledeline/timeml.h"
#include "text_util.h"
#include "time_lexicon.h"

namespace ledeline {
namespace {

// --- TimeML values -----------------------------------------------------------------------------

std::string format(const char* pattern, int a, int b = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, pattern, a, b);
  return buf;
}
std::string year_value(int y) { return format("%04d", y); }
std::string month_value(int y, int m) { return format("%04d-%02d", y, m); }
std::string week_value(IsoWeek w) { return format("%04d-W%02d", w.year, w.week); }
std::string quarter_value(int y, int q) { return format("%04d-Q%d", y, q); }

const char* unit_letter(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond: case TimeUnit::kMinute: case TimeUnit::kHour: return u == TimeUnit::kHour ? "H" : u == TimeUnit::kMinute ? "M" : "S";
    case TimeUnit::kDay: return "D";
    case TimeUnit::kWeek: return "W";
    case TimeUnit::kMonth: return "M";
    case TimeUnit::kQuarter: return "Q";
    default: return "Y";
  }
}

// P16D, PT5H, P2Q, P2Y; n < 0 is an unknown number (PXY). Decades and centuries in years.
std::string duration_value(int n, TimeUnit u) {
  if (u == TimeUnit::kWeekend) return n < 0 ? "PXD" : "P" + std::to_string(2 * n) + "D";
  int scale = u == TimeUnit::kDecade ? 10 : u == TimeUnit::kCentury ? 100 : 1;
  std::string out = u <= TimeUnit::kHour ? "PT" : "P";
  out += n < 0 ? "X" : std::to_string(n * scale);
  return out + unit_letter(u);
}

int quarter_of(int month) { return (month - 1) / 3 + 1; }

// n units and a half as a duration value: P2Y6M, PT5H30M, P15Y (a decade and a half), PT30M (n = 0: half an
// hour); "" for a unit without a half.
std::string half_duration_value(int n, TimeUnit u) {
  switch (u) {
    case TimeUnit::kMinute: return "PT" + std::string(n ? std::to_string(n) + "M" : "") + "30S";
    case TimeUnit::kHour: return "PT" + std::string(n ? std::to_string(n) + "H" : "") + "30M";
    case TimeUnit::kDay: return "P" + std::string(n ? std::to_string(n) + "D" : "") + "T12H";
    case TimeUnit::kWeek: return "P" + std::to_string(7 * n + 3) + "DT12H";
    case TimeUnit::kMonth: return "P" + std::string(n ? std::to_string(n) + "M" : "") + "15D";
    case TimeUnit::kYear: return "P" + std::string(n ? std::to_string(n) + "Y" : "") + "6M";
    case TimeUnit::kDecade: return "P" + std::to_string(10 * n + 5) + "Y";
    case TimeUnit::kCentury: return "P" + std::to_string(100 * n + 50) + "Y";
    default: return "";
  }
}

// --- Words -------------------------------------------------------------------------------------

struct Word {
  Span span;
  std::string_view key;            // lower case, without a trailing '.' or "'s" (a view into the lower-case text)
  const TimeWord* lex = nullptr;   // its lexicon entry
  int number = -1;                 // value of the leading digits, when the word starts with one
  int digits = 0;                  // how many leading digits
  std::string_view suffix;         // what follows the digits: "th", "s", "'s"...
  bool capital = false;            // written with a capital initial
  bool dotted = false;             // written with a trailing '.'
  uint8_t possessive = 0;          // written with "'s": the bytes of "'s" (2, or 4 with a typographic ')
  bool token_start = true, token_end = true;  // false inside a hyphenated token ("third-quarter")

  bool is(uint32_t c) const { return lex && (lex->classes & c); }
  bool all_digits() const { return digits > 0 && suffix.empty(); }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Figures and the marks around them: "1230", "8", ":", "(", ")", "$".
bool is_figure(std::string_view s) { return s.find_first_not_of("0123456789:()$%.") == std::string_view::npos; }

// The meridiem written onto a clock token ("10am", "10.30pm", "30PM", "9a.m."): 0 or 12; -1 for anything else.
int meridiem_suffix(std::string_view s) {
  std::string lower = ascii_lower(s);
  if (lower == "am" || lower == "a.m." || lower == "a.m") return 0;
  if (lower == "pm" || lower == "p.m." || lower == "p.m") return 12;
  return -1;
}

// A fiscal year as a code, "fy2024" or "fy24" (lower case): its two or four digits' value, else 0.
int fiscal_year_code(std::string_view key) {
  if ((key.size() != 4 && key.size() != 6) || key.substr(0, 2) != "fy") return 0;
  int n = 0;
  for (char c : key.substr(2)) {
    if (!is_digit(c)) return 0;
    n = n * 10 + (c - '0');
  }
  return key.size() == 6 ? n : n + 2000;  // "FY24" is of this century: the code came with spreadsheets
}

// The typographic apostrophe, read as a straight one in the words' keys: "we’ll" is "we'll".
constexpr std::string_view kTypographicApostrophe = "\xE2\x80\x99";

// `lower` is the text in ASCII lower case, byte for byte: the words' keys are views into it, or into
// `respelled` for a key written with a typographic apostrophe ("o’clock", "won’t"), kept there with a
// straight one.
Word make_word(const TimeLexicon& lexicon, std::string_view text, std::string_view lower, uint32_t start, uint32_t end,
               std::deque<std::string>& respelled) {
  Word w;
  w.span = {start, end};
  std::string_view s = text.substr(start, end - start);
  w.capital = !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
  size_t d = 0;
  while (d < s.size() && is_digit(s[d])) ++d;
  if (d > 0 && d <= 6) {
    w.digits = static_cast<int>(d);
    w.number = 0;
    for (size_t i = 0; i < d; ++i) w.number = w.number * 10 + (s[i] - '0');
    w.suffix = s.substr(d);
  }
  std::string_view k = s;
  if (k.size() > 1 && k.back() == '.') {
    w.dotted = true;
    k.remove_suffix(1);
  }
  if (k.size() > 2 && k.substr(k.size() - 2) == "'s") w.possessive = 2;
  else if (k.size() > 4 && k.substr(k.size() - 4) == "\xE2\x80\x99s") w.possessive = 4;
  if (w.possessive && w.suffix.size() == w.possessive && w.number % 10 == 0) w.possessive = 0;  // a decade: "1980's"
  k.remove_suffix(w.possessive);
  w.key = lower.substr(start, k.size());
  if (w.key.find(kTypographicApostrophe) != std::string_view::npos) {
    std::string& key = respelled.emplace_back(w.key);
    for (size_t p; (p = key.find(kTypographicApostrophe)) != std::string::npos;) key.replace(p, kTypographicApostrophe.size(), "'");
    w.key = key;
  }
  if (w.key.size() <= TimeLexicon::kLongestWord) w.lex = lexicon.find(w.key);
  if (!w.lex && fiscal_year_code(w.key)) w.lex = lexicon.find("fy");
  return w;
}

// A range of days or years written as one token: "3-5", "2015-2018", a season "2021-22", "2008-9". Returns the
// hyphen's offset in it, or 0.
size_t range_hyphen(std::string_view s) {
  size_t hyphen = s.find('-');
  if (hyphen == std::string_view::npos || s.find_first_not_of("0123456789", hyphen + 1) != std::string_view::npos ||
      s.find_first_not_of("0123456789") != hyphen)
    return 0;
  size_t after = s.size() - hyphen - 1;
  bool days = hyphen <= 2 && after >= 1 && after <= 2, years = hyphen == 4 && (after == 4 || after <= 2);
  return days || years ? hyphen : 0;
}

// Splits a token at its hyphens ("third-quarter", "mid-1990s", "two-year"); numeric tokens such as
// "1998-01-08" stay whole, and a range ("3-5", "2015-2018") is its two ends and the hyphen, three words
// that each end an expression.
void add_token_words(const TimeLexicon& lexicon, std::string_view text, std::string_view lower, Span token,
                     std::vector<Word>& out, std::deque<std::string>& respelled) {
  std::string_view s = text.substr(token.start, token.size());
  if (size_t hyphen = range_hyphen(s)) {
    const uint32_t at = token.start + static_cast<uint32_t>(hyphen);
    out.push_back(make_word(lexicon, text, lower, token.start, at, respelled));
    out.push_back(make_word(lexicon, text, lower, at, at + 1, respelled));
    out.push_back(make_word(lexicon, text, lower, at + 1, token.end, respelled));
    return;
  }
  bool numeric = s.find_first_not_of("0123456789-/") == std::string_view::npos;
  size_t first = out.size();
  uint32_t start = token.start;
  std::vector<size_t> breaks;  // the words that start an expression of their own inside the token
  if (!numeric) {
    for (uint32_t i = token.start; i < token.end; ++i) {
      if (text[i] == '-' && i > start) {
        const bool from_number = is_digit(text[start]);
        out.push_back(make_word(lexicon, text, lower, start, i, respelled));
        start = i + 1;
        const char next = i + 1 < token.end ? text[i + 1] : ' ';
        // A range of hours or days keeps its hyphen as a word, as "3-5" does: "9am-5pm", "10am-noon", "noon-2pm",
        // "31 March-2 April", and so does a decade before a noun, "1990s-era". "Nov. 30-Dec. 1" and "25-Second"
        // break without one.
        const Word& part = out.back();
        auto noon_or_midnight = [](std::string_view k) { return k.substr(0, 4) == "noon" || k.substr(0, 8) == "midnight"; };
        const bool range = (from_number || part.is(kMonthName) || noon_or_midnight(part.key)) &&
                           (is_digit(next) || noon_or_midnight(lower.substr(i + 1, token.end - i - 1)));
        const bool decade = part.digits == 4 && part.suffix == "s";  // "1990s-era", an adjective
        if (range || decade) {
          breaks.push_back(out.size());
          out.push_back(make_word(lexicon, text, lower, i, i + 1, respelled));
        }
        if (range || decade || (is_digit(text[i - 1]) && next >= 'A' && next <= 'Z')) breaks.push_back(out.size());
      }
    }
  }
  if (start < token.end) out.push_back(make_word(lexicon, text, lower, start, token.end, respelled));
  for (size_t k = first; k < out.size(); ++k) {
    bool after_break = std::find(breaks.begin(), breaks.end(), k) != breaks.end();
    bool before_break = std::find(breaks.begin(), breaks.end(), k + 1) != breaks.end();
    out[k].token_start = k == first || after_break;
    out[k].token_end = k + 1 == out.size() || before_break;
  }
}

// --- Holidays ----------------------------------------------------------------------------------

// A holiday's name, word by word as the words' keys are (lower case, no "'s", no trailing dot), and its
// day: a fixed one (nth 0: month and day), the nth weekday `day` of the month (nth -1: the last), or a
// day counted from Easter Sunday (nth kEaster: day is the offset); `shift` days after that.
struct Holiday {
  std::array<std::string_view, 5> words;
  int month, day, nth, shift;
  int since = 0;  // the first year the rule holds; an older rule of the same name follows it in the table
};
constexpr int kEaster = 9;
constexpr int kMonday = 0, kTuesday = 1, kThursday = 3, kSunday = 6;

// The holidays news names without a date: Christian feasts by the Western calendar, and the US federal
// holidays whose names are not shared with other countries' days ("Independence Day" and "Labour Day"
// fall on different days in different countries, so they are left out).
constexpr Holiday kHolidays[] = {
    {{"christmas"}, 12, 25, 0, 0},
    {{"christmas", "day"}, 12, 25, 0, 0},
    {{"christmas", "eve"}, 12, 24, 0, 0},
    {{"boxing", "day"}, 12, 26, 0, 0},
    {{"new", "year", "day"}, 1, 1, 0, 0},
    {{"new", "year", "eve"}, 12, 31, 0, 0},
    {{"valentine", "day"}, 2, 14, 0, 0},
    {{"st", "patrick", "day"}, 3, 17, 0, 0},
    {{"saint", "patrick", "day"}, 3, 17, 0, 0},
    {{"may", "day"}, 5, 1, 0, 0},
    {{"juneteenth"}, 6, 19, 0, 0},
    {{"fourth", "of", "july"}, 7, 4, 0, 0},
    {{"july", "fourth"}, 7, 4, 0, 0},
    {{"bastille", "day"}, 7, 14, 0, 0},
    {{"halloween"}, 10, 31, 0, 0},
    {{"veterans", "day"}, 11, 11, 0, 0},
    {{"veterans'", "day"}, 11, 11, 0, 0},
    {{"armistice", "day"}, 11, 11, 0, 0},
    {{"remembrance", "day"}, 11, 11, 0, 0},
    {{"martin", "luther", "king", "day"}, 1, kMonday, 3, 0},
    {{"martin", "luther", "king", "jr", "day"}, 1, kMonday, 3, 0},
    {{"mlk", "day"}, 1, kMonday, 3, 0},
    {{"presidents", "day"}, 2, kMonday, 3, 0},
    {{"presidents'", "day"}, 2, kMonday, 3, 0},
    {{"president", "day"}, 2, kMonday, 3, 0},
    {{"memorial", "day"}, 5, kMonday, -1, 0},
    {{"labor", "day"}, 9, kMonday, 1, 0},
    {{"columbus", "day"}, 10, kMonday, 2, 0},
    {{"election", "day"}, 11, kMonday, 1, 1},  // the Tuesday after the first Monday of November
    {{"thanksgiving"}, 11, kThursday, 4, 0},
    {{"thanksgiving", "day"}, 11, kThursday, 4, 0},
    {{"black", "friday"}, 11, kThursday, 4, 1},
    {{"cyber", "monday"}, 11, kThursday, 4, 4},
    {{"super", "bowl", "sunday"}, 2, kSunday, 2, 0, 2022},  // since the 17-game season
    {{"super", "bowl", "sunday"}, 2, kSunday, 1, 0},
    {{"super", "tuesday"}, 3, kTuesday, 1, 0},  // the primaries of most states (2008's was in February)
    {{"easter"}, 0, 0, kEaster, 0},
    {{"easter", "day"}, 0, 0, kEaster, 0},
    {{"easter", "sunday"}, 0, 0, kEaster, 0},
    {{"easter", "monday"}, 0, 1, kEaster, 0},
    {{"good", "friday"}, 0, -2, kEaster, 0},
    {{"palm", "sunday"}, 0, -7, kEaster, 0},
    {{"ash", "wednesday"}, 0, -46, kEaster, 0},
    {{"pentecost"}, 0, 49, kEaster, 0},
};

// Easter Sunday of the Western churches (the anonymous Gregorian algorithm).
CivilDate easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  return CivilDate{y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
}

// The day of a holiday that moves (nth != 0) in year y.
CivilDate holiday_date(const Holiday& h, int y) {
  if (h.nth == kEaster) return add_days(easter_sunday(y), h.day);
  CivilDate d{y, h.month, 1};
  if (h.nth > 0) {
    d.day = 1 + (h.day - weekday(d) + 7) % 7 + 7 * (h.nth - 1);
  } else {
    d.day = days_in_month(y, h.month);
    d.day -= (weekday(d) - h.day + 7) % 7;
  }
  return add_days(d, h.shift);
}

// --- Matches -----------------------------------------------------------------------------------

enum class Tense : int8_t { kNone, kPast, kFuture };

struct Match {
  size_t begin = 0, end = 0;  // words [begin, end)
  const char* type = "DATE";
  std::string value;
  std::string rule;
  std::string mod;            // TimeML mod: START, END, MID, APPROX...
  std::string freq;           // TimeML freq of a set: "2X" for "twice a week"
  bool anchored = false;      // the value was computed from the DCT
  std::string anchor;         // ... or from this date the story stated ("2019-03-03", "2019-03", "2019")
  bool takes_the = false;     // a "the" before it belongs to it ("the year 2000")
  bool adjective = false;     // it modifies the noun after it ("90-day"), which a "the" before it belongs to
  bool not_time = false;      // words a rule takes that name no time ("the Good Friday Agreement")
  std::optional<CivilDate> date;  // the day it names, so a time that follows can use it
};

class TimeAnnotator : public Annotator {
 public:
  TimeAnnotator() {
    for (const Holiday& h : kHolidays) lexicon_.add_starter(h.words[0]);
  }
  std::string_view name() const override { return "time"; }
  void annotate(Document& doc) const override;

 private:
  TimeLexicon lexicon_;
};

// The last date, month and year a story stated, for "the following year", "that day", "later that
// month": the story's own timeline, which TimeML anchors such expressions on, rather than the DCT.
struct Narrative {
  std::optional<CivilDate> date;
  int year = 0, month = 0;  // month 0: none stated since the year
  int date_age = 0;         // sentences since the one that stated `date` (0: this one)
  int month_age = 0;        // sentences since the one that stated `month` as a month ("in October")
  bool month_stated = false;  // the last date stated was a month, not a day

  // Takes what a DATE value names: a day, a month ("1998-06"), a year ("1998", "1998-Q3").
  void follow(const Match& m) {
    if (m.date) {
      date = m.date;
      date_age = 0;
      month_stated = false;
      year = m.date->year;
      month = m.date->month;
      return;
    }
    const std::string& v = m.value;
    if (std::string_view(m.type) != "DATE" || v.size() < 4 || v.find_first_not_of("0123456789") < 4) return;
    if (v.size() > 4 && v[4] != '-') return;  // "199" is a decade, "19" a century
    year = std::stoi(v.substr(0, 4));
    month = v.size() == 7 && is_digit(v[5]) && is_digit(v[6]) ? std::stoi(v.substr(5, 2)) : 0;
    month_stated = month != 0;
    month_age = 0;
  }

  void next_sentence() {
    ++date_age;
    ++month_age;
  }
};

// Scans the words of one sentence.
class SentenceScanner {
 public:
  // `quarter_context`: the document reports on a quarter, so "a year ago" is that quarter a year before.
  // `narrative`: the last date and year the story stated, which "the following year" counts from.
  // `headline`: the sentence is the story's title, whose present tells what happened ("Apple unveils iPhone").
  SentenceScanner(const std::vector<Word>& w, size_t begin, size_t end, std::optional<CivilDate> dct,
                  bool quarter_context, const Narrative& narrative, bool headline)
      : w_(w), begin_(begin), end_(end), dct_(dct), quarter_context_(quarter_context), headline_(headline),
        narrative_(narrative) {}

  const Narrative& narrative() const { return narrative_; }

  // All matches of the sentence, left to right, not overlapping.
  void scan(std::vector<Match>& out) {
    for (size_t i = begin_; i < end_;) {
      const Word& w = w_[i];
      std::optional<Match> m = w.token_start && can_start(w) ? longest_at(i) : std::nullopt;
      if (!m) {
        ++i;
        continue;
      }
      if (m->not_time || quoted_title(*m)) {
        i = m->end;
        continue;
      }
      last_date_end_ = m->date ? m->end : 0;
      last_date_ = m->date;
      narrative_.follow(*m);
      i = m->end;
      out.push_back(std::move(*m));
    }
  }

 private:
  const std::vector<Word>& w_;
  size_t begin_, end_;
  std::optional<CivilDate> dct_;
  bool quarter_context_;
  bool headline_;
  Narrative narrative_;
  size_t last_date_end_ = 0;
  std::optional<CivilDate> last_date_;

  // A programme's name in quotes, every word after the first capitalised: ABC's "This Week", "60 Minutes".
  bool quoted_title(const Match& m) const {
    if (m.end - m.begin < 2 || m.begin == begin_) return false;
    std::string_view quote = w_[m.begin - 1].key;
    if (quote != "\xE2\x80\x9C" && (quote.empty() || quote.find_first_not_of("\"'`") != std::string_view::npos)) return false;
    for (size_t k = m.begin + 1; k < m.end; ++k)
      if (!w_[k].capital) return false;
    return true;
  }

  // Words that only tell the tense, and words outside the lexicon without digits, start nothing.
  static bool can_start(const Word& w) {
    return w.digits > 0 || (w.lex && (w.lex->classes & ~(kTenseFuture | kTensePast | kTensePresent | kScheduleVerb)));
  }

  const Word* at(size_t i) const { return i < end_ ? &w_[i] : nullptr; }
  bool key_is(size_t i, std::string_view k) const { return i < end_ && w_[i].key == k; }
  bool is(size_t i, uint32_t c) const { return i < end_ && w_[i].is(c); }
  bool comma(size_t i) const { return key_is(i, ","); }
  // Nothing more of the clause at i: the sentence ends, or a comma, period or semicolon follows.
  bool clause_ends(size_t i) const { return !at(i) || key_is(i, ",") || key_is(i, ".") || key_is(i, ";"); }
  bool is_capital(size_t i) const { return i < end_ && w_[i].capital; }

  // --- the driver: optional "the", approximators and modifiers, then a core rule -------------------
  std::optional<Match> longest_at(size_t i) {
    size_t j = i;
    bool the = false;
    std::string mod;
    if (key_is(j, "the")) {
      the = true;
      ++j;
    }
    bool approx = false;
    if (is(j, kApproxWord) && !the) {
      approx = true;
      ++j;
    } else if ((key_is(j, "no") || key_is(j, "not")) && (key_is(j + 1, "more") || key_is(j + 1, "less")) &&
               key_is(j + 2, "than")) {
      approx = true;  // "no more than two years": a bound, which TimeML keeps in the extent
      mod = w_[j + 1].key == "more" ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
      j += 3;
    } else if ((key_is(j, "more") || key_is(j, "less")) && key_is(j + 1, "than")) {
      approx = true;
      mod = w_[j].key == "more" ? "MORE_THAN" : "LESS_THAN";
      j += 2;
    } else if (key_is(j, "at") && (key_is(j + 1, "least") || key_is(j + 1, "most"))) {
      approx = true;  // "at least 72 hours"
      mod = w_[j + 1].key == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      j += 2;
    } else if (key_is(j, "at") || key_is(j, "no") || key_is(j, "not")) {
      return std::nullopt;  // starts nothing else
    }
    if (is(j, kModifierWord) && at(j + 1) && !key_is(j + 1, "in") && !key_is(j + 1, "of")) {
      mod = w_[j].lex->code;
      ++j;
      if (key_is(j, "-") && w_[j].span.start == w_[j - 1].span.end) ++j;  // "the mid-'90s"
    } else if (the && (key_is(j, "end") || key_is(j, "beginning") || key_is(j, "start") || key_is(j, "middle")) &&
               key_is(j + 1, "of")) {
      mod = key_is(j, "end") ? "END" : key_is(j, "middle") ? "MID" : "START";
      j += 2;
      if (key_is(j, "the") && is(j + 1, kUnitWord)) ++j;  // "the end of the year": the period of "the year"
      the = false;  // the modifier's: "the end of March"
    }
    if (j >= end_ || !can_start(w_[j])) return std::nullopt;
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m, bool allows_the, bool allows_approx, bool allows_mod) {
      if (!m || m->end <= m->begin || !w_[m->end - 1].token_end) return;
      bool prefixed = j > i;
      if (prefixed) {
        if (the && ((!allows_the && !m->takes_the) || m->adjective)) return;
        if (approx && !allows_approx) return;
        if (!mod.empty() && !is_bound(mod) && !allows_mod) return;
        m->begin = i;
        if (!mod.empty()) m->mod = mod;
        else if (approx) m->mod = "APPROX";
      }
      if (!best || m->end > best->end) best = std::move(m);
    };
    consider(date_rule(j), false, false, true);
    consider(weekday_rule(j), false, false, true);
    consider(year_rule(j), false, false, true);
    consider(decade_rule(j), true, false, true);
    if (the) consider(turn_rule(j), true, false, false);
    consider(relative_rule(j), true, false, true);
    consider(quarter_rule(j), true, false, true);
    consider(period_code_rule(j), true, false, true);
    consider(duration_rule(j), true, true, false);
    consider(deictic_rule(j, the), true, false, true);
    consider(time_rule(j), false, true, false);
    consider(set_rule(j), false, false, false);
    consider(nth_weekday_rule(j), false, false, false);
    consider(holiday_rule(j), false, false, true);
    consider(season_rule(j), true, false, true);
    consider(year_end_rule(j), false, true, false);
    consider(to_date_rule(j), false, false, false);
    if (!best && j > i) {
      // The prefix did not lead anywhere: the words after it may still start an expression.
      return std::nullopt;
    }
    if (best && key_is(best->end, "or") && key_is(best->end + 1, "so")) {  // "the next year or so"
      best->end += 2;
      if (best->mod.empty()) best->mod = "APPROX";
    }
    return best;
  }

  // A mod that bounds a quantity: "more than", "no more than", "at least".
  static bool is_bound(std::string_view mod) {
    return mod == "MORE_THAN" || mod == "LESS_THAN" || mod == "EQUAL_OR_MORE" || mod == "EQUAL_OR_LESS";
  }

  Match make(size_t begin, size_t end, const char* type, std::string value, const char* rule) const {
    Match m;
    m.begin = begin;
    m.end = end;
    m.type = type;
    m.value = std::move(value);
    m.rule = std::string("time.") + rule;
    return m;
  }
  // A match counted from `stated`, the date the story last stated, which it names as its anchor.
  Match story_match(size_t begin, size_t end, const char* type, std::string value, std::string stated) const {
    Match m = make(begin, end, type, std::move(value), "narrative");
    m.anchor = std::move(stated);
    return m;
  }

  // --- tense ------------------------------------------------------------------------------------
  // The nearest tense word before the expression in its clause (up to 10 words, not counting figures: "due at
  // 8:30 a.m. EDT (1230 GMT) on Friday"), else after it (up to 4).
  Tense tense_around(size_t begin, size_t end) const {
    for (size_t k = begin, n = 0; k > begin_ && n < 10; --k) {
      n += !is_figure(w_[k - 1].key);
      if (w_[k - 1].key == ";" || w_[k - 1].key == "but") break;  // another clause
      // "would" looks ahead from a past told ("said it would leave on Monday"), but not for an event named
      // by its date ("would get around Wednesday's ruling", "would mourn the Aug. 7 blasts").
      if (w_[k - 1].key == "would" && (w_[end - 1].possessive || (begin > begin_ && w_[begin - 1].key == "the"))) continue;
      if (auto t = tense_at(k - 1, begin)) {
        if (*t == Tense::kFuture && plans_ahead(k - 1, begin) && past_follows(begin, end)) return Tense::kPast;
        // "postponed until Tuesday", "extended its deadline to Nov. 20": what was put off lies ahead.
        if (*t == Tense::kPast && begin > begin_ && is_deferral(w_[k - 1].key) &&
            (w_[begin - 1].key == "until" || w_[begin - 1].key == "till" || w_[begin - 1].key == "to" ||
             w_[begin - 1].key == "through"))
          return Tense::kFuture;
        return *t;
      }
    }
    // After the expression only up to the end of its clause ("who leaves office Jan. 20, said"), unless it
    // opens the sentence, where the verb may come after a long subject ("In January, Gov. Earl Ray Tomblin
    // of West Virginia lauded").
    const bool opens = begin <= begin_ + 2;
    // (nor into a clause of its own: "his vow on Monday that there would be no state", "asked on Monday
    // whether he would")
    for (size_t k = end, n = 0; k < end_ && n < (opens ? 10 : 4); ++k, ++n) {
      if (!opens && (w_[k].key == "," || w_[k].key == ";")) break;
      if (w_[k].key == "that" || w_[k].key == "which" || w_[k].key == "because" || w_[k].key == "if" ||
          w_[k].key == "whether")
        break;
      if (auto t = tense_at(k, begin)) return *t;
    }
    return Tense::kNone;
  }

  // An "-ed" word that is an adjective, not a verb of the past: after a determiner ("an unspecified date",
  // "the reported deal"), or un- and a participle ("unnamed", "undisclosed"; "unveiled" is a verb).
  bool adjective_participle(size_t k) const {
    static constexpr std::array<std::string_view, 8> kDeterminers = {"a", "an", "the", "its", "their", "his", "her", "this"};
    if (k > begin_ && one_of(w_[k - 1].key, kDeterminers)) return true;
    std::string_view key = w_[k].key;
    static constexpr std::array<std::string_view, 10> kUnVerbs = {"unveiled", "unleashed", "unlocked", "unloaded", "uncovered",
                                                                  "unearthed", "united", "unfolded", "unsealed", "unseated"};
    return key.substr(0, 2) == "un" && key.substr(0, 5) != "under" &&  // "undermined" is a verb
           !one_of(key, kUnVerbs);
  }

  static constexpr std::array<std::string_view, 3> kPresentBe = {"is", "are", "am"};

  // Whether the schedule verb at k is a verb of its clause's present that governs the time expression at
  // `expression`: a few words before it in the same clause ("holds shares, including some bought from Sept. 14"
  // does not), with no past before it in the clause ("had filed reports by Wednesday"); not a noun after a
  // determiner ("the start", "its launch"), and the plural form only after a subject of its own ("polls close",
  // "they meet", "Arsenal host") or a modal, not after "to", "did" or "will", whose tense the search goes on to find.
  bool schedule_verb(size_t k, size_t expression) const {
    if (k == begin_ || headline_) return false;
    // "appears in court", not "appears calm", "appears to be"
    if ((w_[k].key == "appear" || w_[k].key == "appears") &&
        !(key_is(k + 1, "in") || key_is(k + 1, "at") || key_is(k + 1, "before") || key_is(k + 1, "on")))
      return false;
    if (k < expression) {
      size_t between = 0;  // words, not figures: "kicks off at 20:00 GMT on Saturday"
      for (size_t n = k + 1; n < expression; ++n) {
        if (w_[n].key == "," || w_[n].key == ";") return false;
        between += !is_figure(w_[n].key);
      }
      if (between > 5) return false;
      // (what is reported keeps its own tense: "the Met Office said the warning runs until Saturday")
      static constexpr std::array<std::string_view, 7> kReported = {"said", "says", "told", "announced", "added",
                                                                    "confirmed", "that"};
      for (size_t n = k; n-- > begin_ && w_[n].key != "," && w_[n].key != ";" && !one_of(w_[n].key, kReported);)
        if (!w_[n].is(kScheduleVerb) && tense_at(n, expression) == Tense::kPast) return false;
    }
    static constexpr std::array<std::string_view, 12> kDeterminers = {"a", "an", "the", "its", "their", "his", "her",
                                                                      "this", "that", "our", "your", "my"};
    const Word& before = w_[k - 1];
    if (one_of(before.key, kDeterminers) || before.possessive || before.digits) return false;
    // a noun after a preposition: "according to reports of Jan. 31", "in talks on Friday"
    static constexpr std::array<std::string_view, 10> kPrepositions = {"to", "of", "in", "from", "for", "with",
                                                                       "at", "about", "into", "after"};
    if (w_[k].lex && w_[k].lex->number != 1 && one_of(before.key, kPrepositions)) return false;
    if (!w_[k].lex || w_[k].lex->number != 1) return true;
    static constexpr std::array<std::string_view, 6> kModals = {"may", "might", "could", "can", "should", "must"};
    if (one_of(before.key, kModals) && !before.capital) return true;  // "the board may meet in May"
    if (plural_subject(k - 1)) return true;
    // after the phrase that names the subject's kind: "tickets for the concert go", "shares in Apple open"
    static constexpr std::array<std::string_view, 4> kOf = {"of", "for", "in", "from"};
    for (size_t p = k - 1; p > begin_ && p + 4 > k; --p)
      if (one_of(w_[p].key, kOf)) return plural_subject(p - 1);
    return false;
  }

  // Whether word k can be the plural subject of a verb of the present: "polls", "Arsenal", "they".
  bool plural_subject(size_t k) const {
    const Word& w = w_[k];
    static constexpr std::array<std::string_view, 5> kPronouns = {"they", "we", "you", "i", "who"};
    const bool plural_noun = w.key.size() > 3 && w.key.back() == 's' && !ends_with(w.key, "ss") && !ends_with(w.key, "us") &&
                             w.key != "news" && !w.is(kTensePast | kTensePresent);
    return plural_noun || (w.capital && !w.lex) || one_of(w.key, kPronouns);
  }

  static bool is_deferral(std::string_view verb) {
    static constexpr std::array<std::string_view, 8> kDeferrals = {"postponed", "extended", "delayed", "deferred",
                                                                   "adjourned", "rescheduled", "pushed", "moved"};
    return one_of(verb, kDeferrals);
  }

  // Whether word k, before the expression at `expression`, fixes a plan: "are set for Monday", "the vote set
  // for Monday", "rain is forecast for Friday", "protesters planned a demonstration on Saturday" (not "a
  // planned attack", an adjective, "had planned", a plan of the past, nor "as planned", what was to happen).
  bool plans_ahead(size_t k, size_t expression) const {
    if (k >= expression || (k > begin_ && w_[k - 1].key == "had")) return false;
    if (k > begin_ + 1 && (w_[k - 1].key == "as" || w_[k - 2].key == "as" || w_[k - 1].key == "than")) return false;
    static constexpr std::array<std::string_view, 5> kFixedFor = {"set", "slated", "forecast", "planned", "pencilled"};
    if (one_of(w_[k].key, kFixedFor) && key_is(k + 1, "for")) return true;
    static constexpr std::array<std::string_view, 3> kPlanned = {"planned", "slated", "rescheduled"};
    return one_of(w_[k].key, kPlanned) && !adjective_participle(k);
  }

  // Whether words [k, expression) lead from a verb to the time it is told of: none, "on", "at" and a clock time.
  bool predicate_time(size_t k, size_t expression) const {
    for (; k < expression; ++k)
      if (w_[k].key != "on" && w_[k].key != "at" && !is_figure(w_[k].key) && !w_[k].is(kMeridiem)) return false;
    return true;
  }

  // Whether the verb right after the expression ending before `end` tells it in the past: "a service planned
  // for Saturday was canceled" (the plan's day has come).
  bool past_follows(size_t begin, size_t end) const { return end < end_ && tense_at(end, begin) == Tense::kPast; }

  // The tense word k tells, if it tells one. Before "to", a verb of intent looks ahead whatever its own
  // tense ("set to resume", "planned to leave", "supposed to end", "is to meet"), and "next to" is a place;
  // "the plan" tells none.
  std::optional<Tense> tense_at(size_t k, size_t expression) const {
    const Word& w = w_[k];
    // "had been due to expire", "had been scheduled": a plan of the past.
    bool had = (k > begin_ && w_[k - 1].key == "had") || (k > begin_ + 1 && w_[k - 1].key == "been" && w_[k - 2].key == "had");
    // "-ed" words that are no past tense: "succeed", "proceed", "indeed", "two hundred".
    bool ed = w.key.size() > 4 && ends_with(w.key, "ed") && !w.capital && !ends_with(w.key, "ceed") && w.key != "indeed" &&
              w.key != "speed" && w.key != "hundred" && !adjective_participle(k);
    bool plan = w.key == "plan" || w.key == "plans" || w.key == "planned" || w.key == "planning";
    if (key_is(k + 1, "to")) {
      if (w.key == "next") return std::nullopt;
      // "is forecast to", "are slated to": what is said of the future; "told to", "ordered to": an order
      const bool passive = k > begin_ && (w_[k - 1].key == "is" || w_[k - 1].key == "are") &&
                           (ed || w.is(kTensePast) || w.key == "forecast");
      const bool order = w.key == "told" || w.key == "ordered" || w.key == "asked" || w.key == "urged";
      if (plan || passive || order || w.key == "set" || w.key == "supposed" || w.key == "is" || w.key == "are" ||
          w.is(kTenseFuture))
        return had ? Tense::kPast : Tense::kFuture;
    }
    // After "to" or a modal a past form is an infinitive ("to hit", "will hit", "could cut"): the modal tells
    // the tense
    static constexpr std::array<std::string_view, 12> kInfinitiveBefore = {
        "to", "will", "'ll", "would", "shall", "could", "can", "may", "might", "should", "must", "won't"};
    // (a capital inside the sentence is a name: "Prime Minister May spoke", "Will Smith said")
    const auto name = [&](size_t n) { return w_[n].capital && n > begin_; };
    if (name(k) && (w.key == "may" || w.key == "will")) return std::nullopt;
    if (w.is(kTensePast) && k > begin_ && one_of(w_[k - 1].key, kInfinitiveBefore) && !name(k - 1)) return std::nullopt;
    // "last" tells the past in "last week", not as a verb ("set to last until Friday")
    if (w.key == "last" && !is(k + 1, kUnitWord | kWeekdayName | kMonthName | kSeasonName)) return std::nullopt;
    // "coming" looks ahead before a time ("the coming weeks", "coming Friday"), not as a verb ("cheers
    // coming out of her headquarters Monday night"); "soon after Sunday's massacre" tells no future
    if (w.key == "coming" && k + 1 != expression && !is(k + 1, kUnitWord | kWeekdayName | kMonthName | kSeasonName))
      return std::nullopt;
    if (w.key == "soon" && (key_is(k + 1, "after") || key_is(k + 1, "before"))) return std::nullopt;
    // "would not say Tuesday", "wouldn't comment on Friday": what someone declined to do, told of the past
    static constexpr std::array<std::string_view, 10> kDeclined = {
        "say", "comment", "confirm", "disclose", "discuss", "elaborate", "specify", "answer", "reveal", "identify"};
    if ((w.key == "would" && key_is(k + 1, "not") && at(k + 2) && one_of(w_[k + 2].key, kDeclined)) ||
        ((w.key == "wouldn't" || (w.key == "would" && key_is(k + 1, "n't"))) && at(k + 1) &&
         one_of(w_[k + (w.key == "would" ? 2 : 1)].key, kDeclined)))
      return Tense::kPast;
    if (w.is(kTenseFuture)) return had ? Tense::kPast : Tense::kFuture;
    if (w.is(kScheduleVerb)) return schedule_verb(k, expression) ? std::optional(Tense::kFuture) : std::nullopt;
    // A plan in the present progressive: "the Lakers are playing Sunday", "she is flying to Rome on Monday".
    if (w.key.size() > 5 && ends_with(w.key, "ing") && k > begin_ && one_of(w_[k - 1].key, kPresentBe) &&
        schedule_verb(k, expression))
      return Tense::kFuture;
    if (plans_ahead(k, expression)) return Tense::kFuture;
    // A day that is what the present says a thing is, is the day it is set for: "the vote is Monday", "the
    // funeral is on Saturday", "the service is at 2 p.m. Sunday".
    if (one_of(w.key, kPresentBe) && k < expression && predicate_time(k + 1, expression)) return Tense::kFuture;
    // "no earlier than Friday", "later than planned": a comparison, no tense
    if ((w.key == "earlier" || w.key == "later") && key_is(k + 1, "than")) return std::nullopt;
    if ((w.key == "effect" || w.key == "place" || w.key == "office") && k > begin_ &&
        (w_[k - 1].key == "takes" || w_[k - 1].key == "take"))  // "takes effect Jan. 1", "takes place Thursday"
      return Tense::kFuture;
    if (w.key == "ahead" && key_is(k + 1, "of")) return Tense::kFuture;  // "ahead of Saturday's march"
    // A participle after "be" takes the tense of what comes before it: "will be held" looks ahead, "is
    // held" tells none.
    if ((ed || w.is(kTensePast)) && k > begin_ && !w.is(kDeictic | kRelativeWord | kDirectionWord)) {
      std::string_view before = w_[k - 1].key;
      if (before == "is" || before == "are" || before == "am" || before == "being" || before == "remain" ||
          before == "remains" || before == "stay" || before == "stays")
        return Tense::kNone;  // "is held", "remain closed": a state now
      if (before == "be" || before == "get") {  // "will be held", "to get vaccinated"
        static constexpr std::array<std::string_view, 6> kAhead = {"will", "'ll", "shall", "to", "should", "must"};
        bool ahead = k > begin_ + 1 && one_of(w_[k - 2].key, kAhead);
        return ahead ? Tense::kFuture : Tense::kNone;
      }
    }
    if (w.is(kTensePast)) return Tense::kPast;
    if (w.is(kTensePresent)) return Tense::kNone;
    if (ed) return Tense::kPast;
    if (w.key.size() > 3 && ends_with(w.key, "'ll")) return Tense::kFuture;
    return std::nullopt;
  }

  // Whether the clause before `begin` tells a plan in the past: "was (originally) expected to launch on
  // Oct. 15", "were scheduled to meet on Dec. 1" (not "were planning to", nor an order: "were told to").
  bool plan_told_in_past(size_t begin) const {
    for (size_t k = begin, n = 0; k > begin_ + 1 && n < 10; --k, ++n) {
      const Word& w = w_[k - 1];
      if (w.key == "," || w.key == ";") return false;
      if (!w.is(kTenseFuture) && !(key_is(k, "to") && ends_with(w.key, "ed"))) continue;
      if (ends_with(w.key, "ing") || w.key == "told" || w.key == "ordered" || w.key == "asked" || w.key == "urged")
        return false;
      const size_t aux = k > begin_ + 2 && looks_like_adverb(w_[k - 2].key) ? k - 3 : k - 2;
      return w_[aux].key == "was" || w_[aux].key == "were";
    }
    return false;
  }

  // --- resolution against the DCT -----------------------------------------------------------------

  // A month and day without a year. News states dates near the DCT, mostly before it: the one in the
  // eight months before or four after the DCT; in the past tense up to a year back; in the future tense
  // the next one from a week back (a story may be dated a few days after it was written).
  CivilDate resolve_month_day(int month, int day, Tense tense) const {
    const CivilDate& d = *dct_;
    auto at_year = [&](int y) { return CivilDate{y, month, std::min(day, days_in_month(y, month))}; };
    long diff = days_from_civil(at_year(d.year)) - days_from_civil(d);
    long ahead = tense == Tense::kFuture ? 365 - 7 : 122;
    if (tense == Tense::kPast && diff <= 0) return at_year(d.year);
    return at_year(diff > ahead ? d.year - 1 : diff <= ahead - 365 ? d.year + 1 : d.year);
  }

  // A month without a year: the latest one by the DCT in the past tense, the next one in the future
  // tense (the month next to the DCT's stays in its year either way). Without a tense, the coming one up to
  // four months ahead, else the last one: news looks back further than it looks ahead.
  int resolve_month_year(int month, Tense tense) const {
    const CivilDate& d = *dct_;
    if (tense == Tense::kPast && month > d.month + 1) return d.year - 1;
    if (tense == Tense::kFuture && month < d.month - 1) return d.year + 1;
    if (tense == Tense::kNone) {
      bool coming = (month - d.month + 12) % 12 <= 4;
      if (coming && month < d.month) return d.year + 1;
      if (!coming && month > d.month) return d.year - 1;
    }
    return d.year;
  }

  // A weekday: looking back (or forward) from the DCT; the DCT's own weekday is the DCT. Without a tense
  // word, the day after the DCT is the coming one ("the polls close Sunday" on a Saturday).
  CivilDate resolve_weekday(int wd, Tense tense, int relative) const {
    int today = weekday(*dct_);
    if (relative < 0) {  // last Friday: in the week before
      int back = (today - wd + 7) % 7;
      return add_days(*dct_, -(back == 0 ? 7 : back));
    }
    if (relative > 0 || tense == Tense::kFuture) {
      // "next Thursday" is the first Thursday after the DCT, tomorrow on a Wednesday: TimeML's guidelines
      // give "next" no week of its own, and TempEval-3's resolvers (HeidelTime) count the next such day; a
      // reader who means the Thursday of next week has no word in the text that says so.
      int ahead = (wd - today + 7) % 7;
      if (relative > 0 && ahead == 0) ahead = 7;
      return add_days(*dct_, ahead);
    }
    int back = (today - wd + 7) % 7;
    if (tense == Tense::kNone && back > 5) return add_days(*dct_, 7 - back);
    return add_days(*dct_, -back);
  }

  // The period `n` units from `d` (the DCT, or a date the story named), at the granularity of the unit.
  std::string shifted_value(const CivilDate& d, int n, TimeUnit unit) const {
    switch (unit) {
      case TimeUnit::kDay: return to_iso(add_days(d, n));
      case TimeUnit::kWeek: case TimeUnit::kWeekend: return week_value(iso_week(add_days(d, 7L * n)));
      case TimeUnit::kMonth: {
        int months = d.year * 12 + (d.month - 1) + n;
        return month_value(months / 12, months % 12 + 1);
      }
      case TimeUnit::kQuarter: {
        int quarters = d.year * 4 + (quarter_of(d.month) - 1) + n;
        return quarter_value(quarters / 4, quarters % 4 + 1);
      }
      case TimeUnit::kYear: return year_value(d.year + n);
      case TimeUnit::kDecade: return year_value(d.year + 10 * n);
      case TimeUnit::kCentury: return year_value(d.year + 100 * n);
      default: return to_iso(d);
    }
  }

  // The quarter a financial report of the DCT talks about: the last one completed.
  std::pair<int, int> reported_quarter(int years_back) const {
    int q = quarter_of(dct_->month) - 1, y = dct_->year;
    if (q == 0) {
      q = 4;
      --y;
    }
    return {y - years_back, q};
  }

  // --- numbers --------------------------------------------------------------------------------------

  // A count at word i: digits, number words ("twenty four"), "a", or vague ("several", "a few").
  // Returns the words it takes and the value (-1 for vague).
  std::pair<size_t, int> count_at(size_t i) const {
    const Word* w = at(i);
    if (!w) return {0, 0};
    if (w->all_digits() && w->number > 0 && w->number < 1000) return {1, w->number};
    // "1,000 days": thousands with a comma
    if (w->digits > 0 && w->digits <= 3 && w->suffix.size() == 4 && w->suffix[0] == ',' &&
        std::all_of(w->suffix.begin() + 1, w->suffix.end(), is_digit))
      return {1, w->number * 1000 + std::stoi(std::string(w->suffix.substr(1)))};
    // "a couple of years" is two (TimeML: P2Y); "a few", "several" are vague.
    if (w->is(kVagueNumber)) return {key_is(i + 1, "of") ? 2 : 1, w->key == "couple" ? 2 : -1};
    if ((w->key == "a" || w->key == "an") && (key_is(i + 1, "few") || key_is(i + 1, "couple"))) {
      return {key_is(i + 2, "of") ? 3 : 2, key_is(i + 1, "couple") ? 2 : -1};
    }
    if (w->key == "a" && key_is(i + 1, "half")) return {0, 0};
    if (w->is(kNumberWord)) {
      int n = w->lex->number;
      if (n >= 20 && n % 10 == 0 && is(i + 1, kNumberWord) && w_[i + 1].lex->number < 10 && w_[i + 1].key != "a" &&
          w_[i + 1].key != "an")
        return {2, n + w_[i + 1].lex->number};
      return {1, n};
    }
    return {0, 0};
  }

  // A day of the month: "3", "3rd", "25th".
  int day_at(size_t i) const {
    const Word* w = at(i);
    if (!w || w->digits == 0 || w->digits > 2 || w->number < 1 || w->number > 31) return 0;
    if (!w->suffix.empty() && w->suffix != "st" && w->suffix != "nd" && w->suffix != "rd" && w->suffix != "th") return 0;
    return w->number;
  }

  // A year: "2024", "2024's"; the second year of a season or fiscal
  // year, "2021-22", "2020/21", "2008-9", which can only be the year after the first.
  int year_at(size_t i) const {
    const Word* w = at(i);
    if (!w || w->digits == 0) return 0;
    if (w->all_digits() && w->digits <= 2 && i >= begin_ + 2 && (w_[i - 1].key == "-" || w_[i - 1].key == "/") &&
        w_[i - 1].span.start == w_[i - 2].span.end && w_[i].span.start == w_[i - 1].span.end) {
      const Word& first = w_[i - 2];
      bool next = first.all_digits() && first.digits == 4 && (first.number + 1) % (w->digits == 1 ? 10 : 100) == w->number;
      return next ? first.number + 1 : 0;
    }
    // "2020's election"; after "the" the decade rule takes "the 1980's"
    bool possessive = w->suffix == "'s" || w->suffix == "\xE2\x80\x99s";
    if ((!w->all_digits() && !possessive) || w->digits != 4 || w->number < 1000 || w->number > 2999) return 0;
    return w->number;
  }

  // A year in two digits, as a date in figures may end: "5/3/20", "11/30/99": of this century up to ten years
  // after the DCT's (or 2030), else of the last.
  int short_year_at(size_t i) const {
    const Word* w = at(i);
    if (!w || !w->all_digits() || w->digits != 2) return 0;
    return 2000 + w->number <= (dct_ ? dct_->year : 2020) + 10 ? 2000 + w->number : 1900 + w->number;
  }

  // A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand".
  std::pair<size_t, int> spoken_year_at(size_t i) const {
    if (key_is(i, "nineteen")) {
      auto [taken, n] = count_at(i + 1);
      if (taken && n >= 10 && n <= 99 && !w_[i + 1].digits) return {1 + taken, 1900 + n};
    } else if (key_is(i, "two") && key_is(i + 1, "thousand")) {
      size_t k = i + 2 + (key_is(i + 2, "and") ? 1 : 0);
      auto [taken, n] = count_at(k);
      if (taken && n > 0 && n <= 99 && !w_[k].digits && w_[k].key != "a" && w_[k].key != "an") return {k - i + taken, 2000 + n};
      return {2, 2000};
    }
    return {0, 0};
  }

  // A month name: capitalised; "May" and "March" also need a date-like neighbour.
  int month_at(size_t i, bool needs_neighbour) const {
    const Word* w = at(i);
    if (!w || !w->is(kMonthName) || !w->capital) return 0;
    bool short_form = w->key.size() <= 4 && w->key != "june" && w->key != "july" && w->key != "may";
    // "Nov 3", "3 Nov", "Nov 2026": a bare three letters need a day or a year next to them
    if (short_form && !w->dotted && w->key.size() == 3 && !day_at(i + 1) && !year_at(i + 1) && !(i > begin_ && day_at(i - 1)))
      return 0;
    if ((w->key == "may" || w->key == "march") && needs_neighbour) return 0;
    return w->lex->number;
  }

  // "this year", "last year", "of next year" after a month: the words it takes and the shift in years.
  std::pair<size_t, int> relative_year_at(size_t i) const {
    size_t k = i + (key_is(i, "of") ? 1 : 0);
    if (!key_is(k + 1, "year") || w_[k + 1].possessive) return {0, 0};
    if (key_is(k, "this")) return {k - i + 2, 0};
    if (key_is(k, "last")) return {k - i + 2, -1};
    if (key_is(k, "next")) return {k - i + 2, 1};
    return {0, 0};
  }

  int weekday_at(size_t i) const {
    const Word* w = at(i);
    if (!w || !w->is(kWeekdayName) || !w->capital) return -1;
    bool abbreviation = w->key.size() <= 5 && w->key.substr(w->key.size() - 3) != "day";
    // "Sat 25th January", "Mon, 20 January", "Sat." but not "Sun" the newspaper
    const bool dot = abbreviation_dot(i);
    size_t next = i + 1 + (dot ? 1 : 0);
    next += comma(next) ? 1 : 0;
    if (abbreviation && !day_at(next) && !month_at(next, false)) {
      // Alone, it must be dotted and follow a lower-case word: "on Sun.", not the end of "the Las Vegas Sun."
      const bool after_word = i > begin_ && !w_[i - 1].capital && w_[i - 1].key != "the";
      if (!dot && !(w->dotted && after_word)) return -1;
    }
    return w->lex->number;
  }

  // The period of an abbreviation that the tokens split off before a comma: "Tues., Nov. 3" (not the end of
  // "the Las Vegas Sun.").
  bool abbreviation_dot(size_t i) const {
    return key_is(i + 1, ".") && comma(i + 2) && w_[i + 1].span.start == w_[i].span.end && w_[i].key.size() <= 5 &&
           !w_[i].dotted;
  }

  // --- rules -------------------------------------------------------------------------------------------

  // Calendar dates: "January 3", "Jan. 5, 2021", "Monday, Oct. 26", "25th January, 2020", "5 January 2020",
  // "July 1997", "January", "1998-01-08", "01/08/1998".
  // The second day of "April 24 and 25", "Jan. 3 or 4": the month and year of the date just before.
  std::optional<Match> second_day(size_t i) const {
    const int day = day_at(i);
    if (!day || !last_date_ || last_date_end_ + 1 != i || w_[i].capital || month_at(i + 1, false) || !w_[i].token_start) return std::nullopt;
    if (!joins_range(i - 1)) return std::nullopt;
    if (day > days_in_month(last_date_->year, last_date_->month) || !ends_phrase(i + 1)) return std::nullopt;
    Match r = make(i, i + 1, "DATE", "", "second_day");
    r.date = CivilDate{last_date_->year, last_date_->month, day};
    r.value = to_iso(*r.date);
    return r;
  }

  // A word between the two ends of a range of days or decades: "Jan. 3 or 4", "16-17 December", "Jan. 3–5"
  // (an en dash).
  bool joins_range(size_t i) const {
    static constexpr std::array<std::string_view, 6> kJoiners = {"and", "or", "to", "through", "-", "\xE2\x80\x93"};
    return at(i) && one_of(w_[i].key, kJoiners);
  }

  // What follows a bare number that is a day or an hour: punctuation or a small word, not a noun it counts
  // ("March 3 and 4 percent", "a quarter to 10 million").
  bool ends_phrase(size_t i) const {
    const Word* next = at(i);
    if (!next || next->key.empty() || !std::isalnum(static_cast<unsigned char>(next->key[0]))) return true;
    static constexpr std::array<std::string_view, 14> kAfter = {"in", "at", "on", "and", "or", "but", "when", "with",
                                                                "of", "the", "for", "before", "after", "until"};
    return one_of(next->key, kAfter);
  }

  // "on the 5th": that day of the month the story named last; before it named one, of the DCT's month, or of
  // the month after it (before it) when the tense looks ahead (back) past the DCT.
  std::optional<Match> narrative_day(size_t i) const {
    const int day = day_at(i);
    if (!day || w_[i].suffix.empty() || (!narrative_.month && !dct_) || i < begin_ + 2 || w_[i - 1].key != "the")
      return std::nullopt;
    static constexpr std::array<std::string_view, 9> kSignals = {"on", "by", "until", "till", "since", "from",
                                                                 "before", "after", "through"};
    if (!one_of(w_[i - 2].key, kSignals) || key_is(i + 1, "of") ||
        !ends_phrase(i + 1))
      return std::nullopt;
    int year = narrative_.year, month = narrative_.month;
    if (!month) {
      Tense tense = tense_around(i - 1, i + 1);
      int shift = tense == Tense::kFuture && day < dct_->day ? 1 : tense == Tense::kPast && day > dct_->day ? -1 : 0;
      int months = dct_->year * 12 + dct_->month - 1 + shift;
      year = months / 12;
      month = months % 12 + 1;
    }
    if (day > days_in_month(year, month)) return std::nullopt;
    Match r = make(i, i + 1, "DATE", "", "narrative_day");
    r.date = CivilDate{year, month, day};
    r.value = to_iso(*r.date);
    r.anchored = !narrative_.month;
    if (narrative_.month) r.anchor = month_value(narrative_.year, narrative_.month);
    r.takes_the = true;
    return r;
  }

  // "the early hours of Sunday", "the early morning hours of March 5", "the small hours of Friday": that day,
  // mod START. TimeML has no part of day for the hours after midnight, and TNI of that day would be its end.
  std::optional<Match> early_hours(size_t i) const {
    size_t k = i;
    bool small = key_is(k, "small") || key_is(k, "wee");
    if (small) ++k;
    else if (i == begin_ || w_[i - 1].key != "early") return std::nullopt;  // "early" is the driver's modifier
    if (key_is(k, "morning")) ++k;
    if (!key_is(k, "hours") || !key_is(k + 1, "of")) return std::nullopt;
    std::optional<Match> day = date_rule(k + 2);
    if (!day || !day->date) day = weekday_rule(k + 2);
    if (!day || !day->date || std::string_view(day->type) != "DATE") return std::nullopt;
    Match r = make(i, day->end, "DATE", day->value, "early_hours");
    r.date = day->date;
    r.anchored = day->anchored;
    r.takes_the = true;
    if (small) r.mod = "START";
    return r;
  }

  // "Tuesday the 3rd": the 3rd that is a Tuesday in the month the story is in (the DCT's when it named none),
  // else in the nearest month around it, the earlier first.
  std::optional<Match> weekday_the_day(size_t i, size_t k, int wd) const {
    const int day = day_at(k);
    int year = narrative_.month ? narrative_.year : dct_ ? dct_->year : 0;
    int month = narrative_.month ? narrative_.month : dct_ ? dct_->month : 0;
    if (!month) return std::nullopt;
    for (int offset : {0, -1, 1, -2, 2, -3, 3}) {
      int months = year * 12 + month - 1 + offset;
      CivilDate c{months / 12, months % 12 + 1, day};
      if (!valid_date(c) || weekday(c) != wd) continue;
      Match r = make(i, k + 1, "DATE", to_iso(c), "weekday_the_day");
      r.date = c;
      r.anchored = !narrative_.month;
      return r;
    }
    return std::nullopt;
  }

  // A day in words: "the fifth of November" (not "a third of May's sales").
  int the_ordinal_of(size_t i) const {
    return is(i, kOrdinalWord) && i > begin_ && w_[i - 1].key == "the" && key_is(i + 1, "of") ? w_[i].lex->number : 0;
  }

  std::optional<Match> date_rule(size_t i) const {
    if (auto m = early_hours(i)) return m;
    size_t j = i;
    int wd = weekday_at(j);
    if (wd >= 0) {
      j += abbreviation_dot(j) ? 2 : 1;
      if (comma(j)) ++j;
    }
    int month = 0, day = 0, year = 0;
    size_t end = 0;
    const char* rule = "";
    if (int m = month_at(j, false)) {
      size_t k = j + 1;
      if (key_is(k, "the") && day_at(k + 1) && !w_[k + 1].suffix.empty() && w_[k + 1].token_end) ++k;  // "January the 5th"
      bool clock = key_is(k + 1, ":") && at(k + 2) && w_[k + 2].digits == 2;  // "January 10:30" is no day
      if (int d = day_at(k); d && !clock) {
        month = m;
        day = d;
        end = k + 1;
        rule = "month_day";
        size_t y = end + (comma(end) ? 1 : 0);
        if (int yy = year_at(y)) {
          year = yy;
          end = y + 1;
        }
      } else if (int yy = year_at(k + (comma(k) ? 1 : 0))) {
        month = m;
        year = yy;
        end = k + (comma(k) ? 2 : 1);
        rule = "month_year";
      } else if (key_is(k, "of") && year_at(k + 1)) {
        month = m;
        year = year_at(k + 1);
        end = k + 2;
        rule = "month_year";
      }
    } else if (int d = day_at(j) ? day_at(j) : the_ordinal_of(j)) {
      size_t k = j + 1;  // "5 January", "5th of January", "the fifth of November"
      if (key_is(k, "of")) ++k;
      // "16-17 December", "5 and 6 June": the first day takes the month and year of the second, apart from it.
      const bool first_of_two = !month_at(k, false) && joins_range(j + 1) && day_at(j + 2) > d && month_at(j + 3, false);
      if (first_of_two) k = j + 3;
      if (int m = month_at(k, false)) {
        month = m;
        day = d;
        end = k + 1;
        rule = "day_month";
        size_t y = end + (comma(end) ? 1 : 0);
        if (int yy = year_at(y)) {
          year = yy;
          end = y + 1;
        }
        if (first_of_two) end = j + 1;
      }
    }
    if (!month && wd >= 0 && key_is(j, "the") && day_at(j + 1) && !w_[j + 1].suffix.empty() && ends_phrase(j + 2))
      return weekday_the_day(i, j + 1, wd);
    if (!month) {
      if (wd >= 0) return std::nullopt;
      if (auto m = numeric_date(i)) return m;
      if (auto m = second_day(i)) return m;
      if (auto m = narrative_day(i)) return m;
      // A month alone: "in January", "earlier in January".
      int m = month_at(i, true);
      if (!m && (key_is(i, "may") || key_is(i, "march")) && w_[i].capital && i > begin_ &&
          (w_[i - 1].key == "in" || w_[i - 1].key == "since" || w_[i - 1].key == "until" || w_[i - 1].key == "by" ||
           w_[i - 1].key == "of" ||
           w_[i - 1].key == "early" ||
           w_[i - 1].key == "late" || w_[i - 1].key == "mid" || w_[i - 1].key == "last" || w_[i - 1].key == "next"))
        m = w_[i].lex->number;
      // the end of a range of months: "from January to March", "between May and March"
      int range_start = 0;
      if (i > begin_ + 1 && (ends_range(i) || w_[i - 1].key == "and"))
        range_start = month_at(i - 2, false) ? month_at(i - 2, false)
                      : i > begin_ + 2 && year_at(i - 2) ? month_at(i - 3, false) : 0;  // "from November 2025 to March"
      if (!m && range_start && w_[i].capital) m = w_[i].lex->number;
      if (!m) return std::nullopt;
      // "June Carter sang", "Mayor August Smith": before a capitalised word that is no time word, a month's
      // name is a first name (unless a preposition or a modifier says it is the month: "in June Smith said")
      static constexpr std::array<std::string_view, 17> kMonthSignals = {
          "in", "on", "since", "by", "until", "of", "early", "late", "mid", "last", "next", "this", "from", "to",
          "through", "during", "the"};  // "the June CITT meeting"
      if (const Word* after = at(i + 1); after && after->capital && !after->lex && !after->digits &&
                                         !(i > begin_ && one_of(w_[i - 1].key, kMonthSignals)))
        return std::nullopt;
      Match r = make(i, i + 1, "DATE", "", "month");
      if (range_start && range_start == narrative_.month && narrative_.year) {  // after its start
        r.value = month_value(narrative_.year + (m < range_start ? 1 : 0), m);
        r.anchor = month_value(narrative_.year, range_start);
        return r;
      }
      // "from January to October 2023": the start of a range takes the year of the end it runs to
      if (const int to = joins_range(i + 1) ? month_at(i + 2, false) : 0; to && year_at(i + 3)) {
        r.value = month_value(year_at(i + 3) - (m > to ? 1 : 0), m);
        return r;
      }
      if (auto [taken, spoken] = spoken_year_at(i + 1); taken) {  // "January nineteen ninety-seven"
        r.end = i + 1 + taken;
        r.value = month_value(spoken, m);
        return r;
      }
      if (auto [taken, shift] = relative_year_at(i + 1); taken && dct_) {  // "June last year"
        r.end = i + 1 + taken;
        r.value = month_value(dct_->year + shift, m);
        r.anchored = true;
        return r;
      }
      if (!dct_) {
        r.value = month_value(0, m).replace(0, 4, "XXXX");
        return r;
      }
      r.value = month_value(resolve_month_year(m, tense_around(i, i + 1)), m);
      r.anchored = true;
      return r;
    }
    bool relative_year = false;
    if (auto [taken, shift] = relative_year_at(end); !year && taken && dct_) {  // "May 5 last year"
      year = dct_->year + shift;
      end += taken;
      relative_year = true;
    }
    if (day && day > days_in_month(year ? year : 2000, month)) return std::nullopt;
    Match r = make(i, end, "DATE", "", rule);
    r.anchored = relative_year;
    if (!day) {
      r.value = month_value(year, month);
    } else if (year) {
      r.date = CivilDate{year, month, day};
      r.value = to_iso(*r.date);
    } else if (dct_) {
      Tense tense = tense_around(i, end);
      // a plan told in the past named a day that may have come: the nearest such day
      if (tense == Tense::kFuture && plan_told_in_past(i)) tense = Tense::kNone;
      r.date = resolve_month_day(month, day, tense);
      // "on Dec. 18, a Wednesday": the weekday after it tells the year as one before it does
      if (wd < 0 && comma(end) && key_is(end + 1, "a")) wd = weekday_at(end + 2);
      // "published on Dec. 19, ahead of the deadline on Dec. 20" in a story of Dec. 30: what lies ahead of
      // the story's own day (stated in this sentence or the one before) may still lie before the DCT.
      if (const CivilDate same{dct_->year, month, day}; tense == Tense::kFuture && narrative_.date &&
          narrative_.date_age <= 1 && days_from_civil(same) >= days_from_civil(*narrative_.date) &&
          days_from_civil(same) < days_from_civil(*dct_))
        r.date = same;
      // "Tuesday 5 March": a weekday that the nearest year contradicts names the year before or after.
      for (int y : {r.date->year - 1, r.date->year + 1}) {
        if (wd < 0 || weekday(*r.date) == wd) break;
        if (CivilDate c{y, month, day}; valid_date(c) && weekday(c) == wd) r.date = c;
      }
      r.value = to_iso(*r.date);
      r.anchored = true;
    } else {
      r.value = "XXXX" + format("-%02d-%02d", month, day);
    }
    return r;
  }

  // 1998-01-08 (one token) and 01/08/1998, 1/8/98 (month first, as US news writes it, unless the first number
  // cannot be a month).
  std::optional<Match> numeric_date(size_t i) const {
    if (!at(i)) return std::nullopt;  // callers probe past the sentence's last word
    const Word& w = w_[i];
    std::string_view s = w.suffix;
    if (w.digits == 4 && s.size() == 6 && s[0] == '-' && s[3] == '-' && is_digit(s[1]) && is_digit(s[2]) &&
        is_digit(s[4]) && is_digit(s[5])) {
      int m = (s[1] - '0') * 10 + (s[2] - '0'), d = (s[4] - '0') * 10 + (s[5] - '0');
      CivilDate c{w.number, m, d};
      if (!valid_date(c)) return std::nullopt;
      Match r = make(i, i + 1, "DATE", to_iso(c), "iso_date");
      r.date = c;
      return r;
    }
    const int year = year_at(i + 4) ? year_at(i + 4) : short_year_at(i + 4);
    if (w.all_digits() && w.digits <= 2 && key_is(i + 1, "/") && at(i + 2) && w_[i + 2].all_digits() &&
        w_[i + 2].digits <= 2 && key_is(i + 3, "/") && year) {
      CivilDate c{year, w.number, w_[i + 2].number};
      if (c.month > 12) std::swap(c.month, c.day);  // "13/3/2020": a first number above 12 is the day
      if (!valid_date(c)) return std::nullopt;
      Match r = make(i, i + 5, "DATE", to_iso(c), "numeric_date");
      r.date = c;
      return r;
    }
    return std::nullopt;
  }

  // Weekdays: "Saturday", "last Friday", "next Monday", "Friday morning", "Wednesday night".
  std::optional<Match> weekday_rule(size_t i) const {
    size_t j = i;
    int relative = 0;
    // "this past Sunday", "this coming Friday"
    if (key_is(j, "this") && (key_is(j + 1, "past") || key_is(j + 1, "coming"))) ++j;
    if (key_is(j, "last") || key_is(j, "past") || key_is(j, "previous")) relative = -1;
    // ("following" without "the" is a preposition: "Following Monday's debate, ...")
    else if (key_is(j, "next") || key_is(j, "coming") || (key_is(j, "following") && i > begin_ && w_[i - 1].key == "the"))
      relative = 1;
    else if (key_is(j, "this")) relative = 0;
    if (relative != 0 || key_is(j, "this")) ++j;
    int wd = weekday_at(j);
    if (wd < 0 || opening_days(j)) return std::nullopt;
    size_t end = j + 1;
    if (in_paper_name(j)) {  // taken whole, with the "Times" of "Sunday Times"
      Match r = make(i, end + (w_[end - 1].key == "sunday" && at(end) && w_[end].capital ? 1 : 0), "DATE", "", "weekday");
      r.not_time = true;
      return r;
    }
    bool part = is(end, kPartOfDay);
    if (part && w_[end].lex->plural)  // "Tuesday nights": every Tuesday's night
      return make(i, end + 1, "SET", format("XXXX-WXX-%d", wd + 1) + "T" + w_[end].lex->code, "every_weekday");
    if (part) ++end;
    Match r = make(i, end, "DATE", "", part ? "weekday_part" : "weekday");
    r.takes_the = relative != 0;  // "the previous Friday"
    // "on a Sunday", "on any Monday": some such day, not one the DCT fixes ("a Sunday service" is Sunday's)
    const bool some = j == i && i > begin_ + 1 && (w_[i - 1].key == "a" || w_[i - 1].key == "any") && w_[i - 2].key == "on";
    if (!dct_ || some) {
      r.value = format("XXXX-WXX-%d", wd + 1);
      return r;
    }
    // "Friday evening" is that day's evening; TimeBank leaves its morning and night at the day.
    Tense tense = tense_around(i, end);
    // "has until Monday", "due by Friday", "until midnight on Sunday", "no earlier than Friday": a deadline
    // stated without a tense lies ahead, and so does a start ("the road is closed from Monday"; one in the past
    // is "since Monday")
    const size_t signal = signal_before(i);
    const std::string_view signal_key = signal < i ? w_[signal].key : "";
    // "from" starts a stretch ("closed from Monday"), but not after what comes from a day ("Ohio numbers from
    // Tuesday night") nor in "aside from", "apart from"
    static constexpr std::array<std::string_view, 16> kNotStarts = {
        "aside", "apart", "away", "comments", "data", "figures", "footage", "highlights", "images", "numbers",
        "photos", "remarks", "results", "returns", "scenes", "video"};
    const bool starts = signal_key == "from" && signal > begin_ && !one_of(w_[signal - 1].key, kNotStarts);
    if (tense == Tense::kNone &&
        (signal_key == "until" || signal_key == "by" || signal_key == "till" || starts ||
         (signal_key == "than" && signal >= begin_ + 2 && w_[signal - 2].key == "no")))
      tense = Tense::kFuture;
    // What is for a day is meant for it, whatever the tense of its telling: "issued a warning for Thursday",
    // "tickets for Saturday" (an event named by its day is no such aim: "jailed for Thursday's attack"; nor
    // one told as past: "the rally for Saturday was canceled").
    if (relative == 0 && i > begin_ && w_[i - 1].key == "for" && !w_[end - 1].possessive && !past_follows(i, end))
      tense = Tense::kFuture;
    // An event named by its day after "from" or "since" has taken place, whatever comes of it: "an effort to
    // bounce back from Monday's debate", "the first poll since Tuesday's vote".
    if (relative == 0 && w_[end - 1].possessive && (signal_key == "from" || signal_key == "since")) tense = Tense::kPast;
    r.date = resolve_weekday(wd, tense, relative);
    // "the previous Friday", "the following Monday": from the day the story last stated, when it stated one
    const bool from_story = i > begin_ && w_[i - 1].key == "the" && (key_is(i, "previous") || key_is(i, "following"));
    // "ends the Sunday before.": the one before (after) the day the story last named
    const bool around_story = j == i && i > begin_ && w_[i - 1].key == "the" && (key_is(end, "before") || key_is(end, "after")) &&
                              clause_ends(end + 1);
    if (around_story) {
      relative = key_is(end, "before") ? -1 : 1;
      r.end = ++end;
      r.takes_the = true;
    }
    const bool narrative = (from_story || around_story) && narrative_.date;
    if (!narrative && relative == 0 && narrative_.date && narrative_.date_age == 0 &&
        days_from_civil(*r.date) < days_from_civil(*narrative_.date) &&
        ends_range(i)) {
      // "from 06:00 on Sunday until midday on Monday": the end of a range comes after its start, whatever the
      // tense: the first such day from it
      r.date = add_days(*narrative_.date, (wd - weekday(*narrative_.date) + 7) % 7);
      r.value = to_iso(*r.date);
      r.anchor = to_iso(*narrative_.date);
      return r;
    }
    // "on Dec. 18, a Wednesday": the weekday of the date just stated is that date
    const bool apposition = relative == 0 && j == i && i > begin_ + 1 && w_[i - 1].key == "a" && w_[i - 2].key == "," &&
                            narrative_.date && narrative_.date_age == 0 && weekday(*narrative_.date) == wd;
    if (apposition) {
      r.date = narrative_.date;
      r.rule = "time.narrative";
      r.anchor = to_iso(*narrative_.date);
    } else if (narrative) {
      const int from = weekday(*narrative_.date);
      const int days = relative < 0 ? -((from - wd + 6) % 7 + 1) : (wd - from + 6) % 7 + 1;
      r.date = add_days(*narrative_.date, days);
      r.rule = "time.narrative";
      r.anchor = to_iso(*narrative_.date);
    }
    r.value = to_iso(*r.date);
    if (part && w_[end - 1].key == "evening") {
      r.type = "TIME";
      r.value += std::string("T") + w_[end - 1].lex->code;
    }
    r.anchored = !narrative && !apposition;
    return r;
  }

  // The word that introduces the day at i, before "on" and a clock time ("until midday on Monday": "until");
  // i when there is none.
  size_t signal_before(size_t i) const {
    for (size_t k = i; k > begin_ && k + 6 > i; --k) {
      const Word& w = w_[k - 1];
      if (w.key != "on" && w.key != "noon" && w.key != "midday" && w.key != "midnight" && !is_figure(w.key) &&
          !w.is(kMeridiem) && !zone_at(k - 1))
        return k - 1;
    }
    return i;
  }

  // Whether the expression at i ends a range: "until Monday", "to Friday", "through midday on Monday".
  bool ends_range(size_t i) const {
    const size_t signal = signal_before(i);
    if (signal == i) return false;
    std::string_view key = w_[signal].key;
    return key == "until" || key == "till" || key == "through" || key == "to";
  }

  // Whether the weekday at j is part of a newspaper's name: "the Sunday Times", "the Mail on Sunday".
  bool in_paper_name(size_t j) const {
    if (w_[j].key != "sunday") return false;
    static constexpr std::array<std::string_view, 10> kTitles = {"times", "telegraph", "mirror", "express", "herald",
                                                                 "post", "mail", "people", "star", "independent"};
    if (const Word* next = at(j + 1); next && next->capital && !next->possessive &&
        one_of(next->key, kTitles))
      return true;
    return j >= begin_ + 2 && w_[j - 1].key == "on" && w_[j - 2].capital &&
           (w_[j - 2].key == "mail" || w_[j - 2].key == "independent" || w_[j - 2].key == "scotland");
  }

  // Years: "2017", "fiscal 1989", "mid-1990", "FY2024", "FY 2024". TimeML gives a fiscal year the value of
  // the calendar year it is named after.
  std::optional<Match> year_rule(size_t i) const {
    size_t j = i;
    if (int fy = fiscal_year_code(w_[i].key); fy >= 1900 && fy <= 2099 && w_[i].capital)
      return make(i, i + 1, "DATE", year_value(fy), "fiscal_year");
    if (key_is(j, "fiscal") || key_is(j, "year") || (key_is(j, "fy") && w_[j].capital)) ++j;
    Match r;
    if (auto [taken, spoken] = spoken_year_at(j); taken) {
      r = make(i, j + taken, "DATE", year_value(spoken), "spoken_year");
    } else {
      int y = year_at(j);
      // Before 1900 a number is a year only after "in", "since", "until", "during" ("in 1898").
      bool early = y < 1900 && j > begin_ &&
                   (w_[j - 1].key == "in" || w_[j - 1].key == "since" || w_[j - 1].key == "until" || w_[j - 1].key == "during");
      if (!y || (y < 1900 && !early) || y > 2099 || !counts_as_year(j)) return std::nullopt;
      r = make(i, j + 1, "DATE", year_value(y), j > i ? "fiscal_year" : "year");
      // A season or financial year written over its two years ("the 2026-27 season", "2019/20"): one period,
      // not two years. TimeML values name calendar units, and such a year has none of its own: a DATE (it is
      // placed on the calendar, no length is said) valued as the year it opens in, as "fiscal 1989" is valued
      // as its calendar year. A range of years in full ("2015-2018") stays two expressions.
      if (const Word* tail = at(j + 2); tail && tail->digits <= 2 && year_at(j + 2) == y + 1) {
        r.end = j + 3;
        if (j == i) r.rule = "time.straddling_year";
      }
    }
    r.takes_the = key_is(i, "year");
    return r;
  }

  // Whether a four-digit number at j is a year rather than an amount ("$1990", "1990 workers").
  bool counts_as_year(size_t j) const {
    if (j > begin_) {
      const Word& before = w_[j - 1];
      if (before.key == "$" || before.key == "#" || before.key == "no" || before.key == "number") return false;
      if (before.key == "fiscal") return true;  // "fiscal 1989 sales"
      // a dimension: "a resolution of 1800 x 1920"
      if ((before.key == "x" || before.key == "\xC3\x97" /* × */) && j > begin_ + 1 && w_[j - 2].digits > 0) return false;
    }
    if (key_is(j + 1, "x") && at(j + 2) && w_[j + 2].digits > 0) return false;  // "1920 x 1080 pixels"
    // a title in quotation marks: the film "1917," (curly or straight)
    const auto quote = [&](size_t k) {
      return at(k) && (w_[k].key == "\"" || w_[k].key == "\xE2\x80\x9C" || w_[k].key == "\xE2\x80\x9D");
    };
    if (j > begin_ && quote(j - 1) && (quote(j + 1) || (key_is(j + 1, ",") && quote(j + 2)))) return false;
    if (const Word* after = at(j + 1)) {
      if (after->key == "%" || after->key == "percent" || after->is(kUnitWord)) return false;
      // "2000 people", unless a preposition says it is a year ("in 1990 terms")
      bool counted = !after->capital && after->key.size() > 3 && after->key.back() == 's' && !after->possessive &&
                     !after->is(kTensePast | kTenseFuture | kTensePresent);
      bool after_preposition = j > begin_ && (w_[j - 1].key == "in" || w_[j - 1].key == "since" || w_[j - 1].key == "of" ||
                                              w_[j - 1].key == "by" || w_[j - 1].key == "until" || w_[j - 1].key == "from" ||
                                              w_[j - 1].key == "during" || w_[j - 1].key == "before" || w_[j - 1].key == "after");
      if (counted && !after_preposition) return false;
    }
    return true;
  }

  // A decade in two figures without an apostrophe, as British papers write it: "the 80s", "the late 90s", "the
  // 00s" (the 2000s). Not "the 20s", which may be either century's, nor beside figures it may count: "highs in
  // the 80s", "polling in the 40s".
  int bare_decade(size_t j) const {
    const Word& w = w_[j];
    if (w.digits != 2 || w.suffix != "s" || w.number == 20 || j < begin_ + 1) return 0;
    size_t the = j - 1;
    if (w_[the].is(kModifierWord) && the > begin_) --the;
    if (w_[the].key != "the") return 0;
    static constexpr std::array<std::string_view, 26> kFigures = {
        "temperature", "temperatures", "degrees", "fahrenheit", "celsius", "highs", "lows", "high", "low",
        "upper", "lower", "winds", "gusts", "percent", "%", "poll", "polls", "polling", "approval", "ratings",
        "mph", "score", "scores", "age", "ages", "aged"};
    for (size_t k = begin_; k < end_; ++k)
      if (one_of(w_[k].key, kFigures)) return 0;
    return w.number <= 10 ? 2000 + w.number : 1900 + w.number;
  }

  // Decades and centuries: "the 1990s", "'90s", "1980's", "the nineties", "the 20th century", "this century".
  std::optional<Match> decade_rule(size_t i) const {
    size_t j = i;
    bool apostrophe = key_is(j, "'");
    if (apostrophe) ++j;
    const Word* w = at(j);
    if (!w) return std::nullopt;
    auto plural = [](const Word& d) {
      return d.number % 10 == 0 && (d.suffix == "s" || d.suffix == "'s" || d.suffix == "\xE2\x80\x99s");
    };
    if (w->digits > 0 && plural(*w)) {
      int decade = apostrophe && w->digits == 2 ? (w->number <= 10 ? 2000 : 1900) + w->number  // "'00s", "'90s"
                   : w->digits == 4               ? (w->number >= 1000 && w->number < 2100 ? w->number : 0)  // not "RTX 3070's"
                                                  : bare_decade(j);
      // "the 1960s-70s", "the 1990s and '00s": the century of the decade that starts the range
      if (const Word* first = i >= begin_ + 2 && joins_range(i - 1) ? &w_[i - 2] : nullptr;
          w->digits == 2 && first && first->digits == 4 && plural(*first)) {
        decade = first->number / 100 * 100 + w->number;
        if (decade < first->number) decade += 100;
      }
      if (!decade) return std::nullopt;
      // TimeML writes a decade and a century as the truncated year: "199", "19". "The 1800s" is a century;
      // "the 1900s" and "the 2000s" are more often read as decades.
      Match r = decade % 100 == 0 && decade < 1900 ? make(i, j + 1, "DATE", format("%02d", decade / 100), "century")
                                                   : make(i, j + 1, "DATE", format("%03d", decade / 10), "decade");
      // "the 1990s-era policy": "the" is the policy's
      r.adjective = key_is(j + 1, "-") && w_[j + 1].span.start == w->span.end && at(j + 2) && !w_[j + 2].digits;
      return r;
    }
    const size_t named = i > begin_ && w_[i - 1].is(kModifierWord) ? i - 1 : i;  // "the late nineties"
    if (w->is(kDecadeWord) && named > begin_ && w_[named - 1].key == "the")
      return make(i, j + 1, "DATE", format("%03d", 190 + w->lex->number), "decade");
    int c = 0;
    if (w->digits > 0 && w->digits <= 2 && (w->suffix == "th" || w->suffix == "st")) c = w->number;
    else if (w->is(kOrdinalWord)) c = w->lex->number;
    if (c >= 10 && c <= 21 && key_is(j + 1, "century")) return make(i, j + 2, "DATE", format("%02d", c - 1), "century");
    return std::nullopt;
  }

  // "the turn of the century", "the turn of the 20th century", "the turn of the millennium": the year the century
  // (millennium) turns, the one nearest the DCT unless the text numbers it, about (mod APPROX).
  std::optional<Match> turn_rule(size_t i) const {
    if (!key_is(i, "turn") || !key_is(i + 1, "of") || !key_is(i + 2, "the")) return std::nullopt;
    const size_t k = i + 3;
    const bool nearest = key_is(k, "century") || key_is(k, "millennium");
    std::optional<Match> numbered = nearest ? std::nullopt : decade_rule(k);
    if (nearest && !dct_) return std::nullopt;
    if (!nearest && (!numbered || numbered->rule != "time.century")) return std::nullopt;
    const int span = nearest && w_[k].key == "millennium" ? 1000 : 100;
    const int year = nearest ? (dct_->year + span / 2) / span * span : std::stoi(numbered->value) * 100;
    Match r = make(i, nearest ? k + 1 : numbered->end, "DATE", year_value(year), "turn_of_century");
    r.mod = "APPROX";
    r.anchored = nearest;
    return r;
  }

  // "this week", "last year", "next month", "the weekend", "year-earlier", "earlier this year", "this century".
  std::optional<Match> relative_rule(size_t i) const {
    size_t j = i;
    std::string mod;
    if ((key_is(j, "earlier") || key_is(j, "later")) &&
        (key_is(j + 1, "this") || key_is(j + 1, "last") || key_is(j + 1, "next") || key_is(j + 1, "that"))) {
      mod = key_is(j, "earlier") ? "START" : "END";
      ++j;
    }
    int shift = 0;
    bool the = i > begin_ && w_[i - 1].key == "the";
    if (key_is(j, "that")) {
      // "that day", "later that year", "that same day", "that night": the date the story last stated.
      size_t k = j + 1 + (key_is(j + 1, "same") ? 1 : 0);
      if (is(k, kPartOfDay) && narrative_.date)
        return story_match(i, k + 1, "TIME", to_iso(*narrative_.date) + "T" + w_[k].lex->code, to_iso(*narrative_.date));
      if (!is(k, kUnitWord) || w_[k].lex->plural) return std::nullopt;
      TimeUnit unit = w_[k].lex->unit;
      if (unit == TimeUnit::kYear && narrative_.year)
        return story_match(i, k + 1, "DATE", year_value(narrative_.year), year_value(narrative_.year));
      if (unit == TimeUnit::kMonth && narrative_.month) {
        const std::string month = month_value(narrative_.year, narrative_.month);
        return story_match(i, k + 1, "DATE", month, month);
      }
      if ((unit == TimeUnit::kDay || unit == TimeUnit::kMonth || unit == TimeUnit::kWeek) && narrative_.date)
        return story_match(i, k + 1, "DATE", shifted_value(*narrative_.date, 0, unit), to_iso(*narrative_.date));
      return std::nullopt;
    }
    if (key_is(j, "this") && key_is(j + 1, "past")) {  // "this past weekend"
      shift = -1;
      ++j;
    } else if (key_is(j, "this") || key_is(j, "current")) shift = 0;
    else if (key_is(j, "last") || key_is(j, "past") || key_is(j, "previous")) shift = -1;
    else if (key_is(j, "next") || key_is(j, "coming") || key_is(j, "following")) shift = 1;
    else if (key_is(j, "year") && (key_is(j + 1, "earlier") || key_is(j + 1, "ago")) && at(j + 1) && !w_[j + 1].token_start) {
      // "year-earlier", "year-ago": the same period a year before.
      Match r = make(i, j + 2, "DATE", "", "year_earlier");
      if (!dct_) return std::nullopt;
      if (quarter_context_) {
        auto [y, q] = reported_quarter(1);
        r.value = quarter_value(y, q);
      } else {
        r.value = year_value(dct_->year - 1);
      }
      r.anchored = true;
      r.adjective = true;  // "the year-earlier results": "the" is the results'
      return r;
    } else {
      return unit_alone(i);
    }
    if (int m = month_at(j + 1, false); m && dct_ && !day_at(j + 2) && !key_is(j, "past") && !key_is(j, "coming") &&
                                         !key_is(j, "current")) {
      // "last January": the latest one before the DCT's month; "next May" the first after it
      int year = dct_->year + (shift < 0 && m >= dct_->month ? -1 : shift > 0 && m <= dct_->month ? 1 : 0);
      Match r = make(i, j + 2, "DATE", month_value(year, m), "relative_month");
      r.mod = mod;
      r.anchored = true;
      return r;
    }
    size_t k = j + 1 + (key_is(j + 1, "fiscal") && key_is(j + 2, "year") ? 1 : 0);  // "last fiscal year"
    const Word* u = at(k);
    if (!u || !u->is(kUnitWord) || u->lex->plural) {
      if (u && u->is(kPartOfDay) && the && narrative_.date && (key_is(j, "next") || key_is(j, "following") ||
                                                               key_is(j, "previous"))) {
        // "the next morning": of the day after the one the story last stated
        return story_match(i, k + 1, "TIME", to_iso(add_days(*narrative_.date, shift)) + "T" + u->lex->code,
                           to_iso(*narrative_.date));
      }
      if (u && u->is(kPartOfDay) && dct_) {
        // "this morning", "last night"
        if (shift > 0 || (shift < 0 && u->key != "night")) return std::nullopt;
        Match r = make(i, k + 1, "TIME", to_iso(add_days(*dct_, shift)) + "T" + u->lex->code, "part_of_day");
        r.anchored = true;
        return r;
      }
      return std::nullopt;
    }
    if (u->lex->unit < TimeUnit::kDay) return std::nullopt;
    if (u->lex->multiple > 1)  // "the past fortnight": a stretch, like "the past two weeks"
      return shift == 0 ? std::nullopt
                        : std::optional<Match>(make(i, k + 1, "DURATION", duration_value(u->lex->multiple, u->lex->unit), "stretch"));
    Match r = make(i, k + 1, "DATE", "", "relative_unit");
    r.mod = mod;
    // "the following year", "the previous day", "the next day": counted from the date the story last stated
    // ("the next year" is more often the coming one, unless the past tells it: "published in 1909. The next
    // year, Waite published a guide").
    const bool next_day = key_is(j, "next") && u->lex->unit == TimeUnit::kDay;
    const bool next_told = the && key_is(j, "next") && tense_around(i, k + 1) == Tense::kPast;
    if (the && (key_is(j, "following") || key_is(j, "previous") || next_day || next_told) && u->lex->unit >= TimeUnit::kDay &&
        u->lex->unit <= TimeUnit::kYear && u->lex->unit != TimeUnit::kWeekend && u->lex->unit != TimeUnit::kQuarter) {
      std::optional<CivilDate> base = narrative_.date;
      std::string stated = base ? to_iso(*base) : "";
      if (u->lex->unit == TimeUnit::kYear && narrative_.year) {
        base = CivilDate{narrative_.year, 7, 1};
        stated = year_value(narrative_.year);
      }
      if (u->lex->unit == TimeUnit::kMonth && narrative_.month) {
        base = CivilDate{narrative_.year, narrative_.month, 1};
        stated = month_value(narrative_.year, narrative_.month);
      }
      if (base) {
        r.value = shifted_value(*base, shift, u->lex->unit);
        r.rule = "time.narrative";
        r.anchor = std::move(stated);
        return r;
      }
    }
    if (!dct_) {
      r.value = shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
      return r;
    }
    r.anchored = true;
    switch (u->lex->unit) {
      case TimeUnit::kDay: r.value = to_iso(add_days(*dct_, shift)); break;
      case TimeUnit::kWeekend: r.value = week_value(iso_week(add_days(*dct_, 7L * shift))) + "-WE"; break;
      case TimeUnit::kDecade: r.value = format("%03d", dct_->year / 10 + shift); break;
      case TimeUnit::kCentury: r.value = format("%02d", dct_->year / 100 + shift); break;
      default: r.value = shifted_value(*dct_, shift, u->lex->unit);
    }
    return r;
  }

  // "the week", "the year", "the month", "the weekend" as the period of the DCT.
  std::optional<Match> unit_alone(size_t i) const {
    if (i == begin_ || w_[i - 1].key != "the" || !dct_) return std::nullopt;
    // "the full year", "the fiscal year": the year of the DCT as well.
    size_t k = i + (key_is(i, "full") || key_is(i, "fiscal") ? 1 : 0);
    if (!at(k)) return std::nullopt;
    const Word& u = w_[k];
    if (!u.is(kUnitWord) || u.lex->plural || !u.token_end || u.lex->multiple > 1) return std::nullopt;
    if (k > i && u.lex->unit != TimeUnit::kYear) return std::nullopt;
    // "later in the day": the day the sentence named, else the DCT's
    if (u.lex->unit == TimeUnit::kDay && i >= begin_ + 3 && w_[i - 2].key == "in" &&
        (w_[i - 3].key == "later" || w_[i - 3].key == "earlier")) {
      Match r = make(i, k + 1, "DATE", to_iso(last_date_ ? *last_date_ : *dct_), "the_unit");
      r.anchored = !last_date_;
      return r;
    }
    // "the end of the decade", "the turn of the century": the DCT's
    if ((u.lex->unit == TimeUnit::kDecade || u.lex->unit == TimeUnit::kCentury) && i >= begin_ + 2 && w_[i - 2].key == "of") {
      Match r = make(i, k + 1, "DATE", u.lex->unit == TimeUnit::kDecade ? format("%03d", dct_->year / 10)
                                                                          : format("%02d", dct_->year / 100), "the_unit");
      r.anchored = true;
      return r;
    }
    if (u.lex->unit == TimeUnit::kWeek && key_is(k + 1, "of")) {  // "the week of Dec. 7"
      if (auto d = date_rule(k + 2); d && d->date) return make(i, d->end, "DATE", week_value(iso_week(*d->date)), "week_of");
    }
    // "the week before last", "the year after next": two of the unit from the DCT's
    if (((key_is(k + 1, "before") && key_is(k + 2, "last")) || (key_is(k + 1, "after") && key_is(k + 2, "next"))) &&
        u.lex->unit >= TimeUnit::kWeek && u.lex->unit <= TimeUnit::kYear && u.lex->unit != TimeUnit::kQuarter) {
      Match r = make(i, k + 3, "DATE", shifted_value(*dct_, w_[k + 1].key == "before" ? -2 : 2, u.lex->unit), "relative_unit");
      r.anchored = true;
      return r;
    }
    // "the day before", "the day after" closing a clause: next to the day the story last stated
    if (u.lex->unit == TimeUnit::kDay && (key_is(k + 1, "before") || key_is(k + 1, "after")) && narrative_.date &&
        clause_ends(k + 2)) {
      Match r = story_match(i, k + 2, "DATE", "", to_iso(*narrative_.date));
      r.date = add_days(*narrative_.date, w_[k + 1].key == "before" ? -1 : 1);
      r.value = to_iso(*r.date);
      return r;
    }
    if (const Word* after = at(k + 1); after && (after->key == "'s" || after->key == "before" || after->key == "after" ||
                                                  after->key == "of" || after->key == "earlier" || after->key == "ago"))
      return std::nullopt;
    // "the year ended Sept. 30", "the year to October", "the week ending 20 November": a stretch of time that
    // ends on a date (TimeBank keeps "the quarter ended" a date).
    if ((u.lex->unit == TimeUnit::kYear || u.lex->unit == TimeUnit::kWeek) &&
        (key_is(k + 1, "ended") || key_is(k + 1, "ending") || (key_is(k + 1, "to") && month_at(k + 2, false))))
      return make(i, k + 1, "DURATION", duration_value(1, u.lex->unit), "the_unit_ended");
    Match r = make(i, k + 1, "DATE", "", "the_unit");
    r.anchored = true;
    switch (u.lex->unit) {
      case TimeUnit::kWeek: r.value = week_value(iso_week(*dct_)); break;
      case TimeUnit::kWeekend: {  // the one coming in the future tense, else the last one (or this one)
        int wd = weekday(*dct_);
        bool ahead = wd >= 5 || tense_around(i - 1, k + 1) == Tense::kFuture;  // from its "the"
        r.value = week_value(iso_week(ahead ? *dct_ : add_days(*dct_, -wd - 1))) + "-WE";
        break;
      }
      case TimeUnit::kMonth: r.value = month_value(dct_->year, dct_->month); break;
      case TimeUnit::kYear: r.value = year_value(dct_->year); break;
      default: return std::nullopt;
    }
    return r;
  }

  // Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990", "the quarter",
  // "the latest quarter", "the year-earlier quarter", "fiscal second-quarter", "the first half",
  // "this year's third quarter", "the 1988 second quarter"; in a report on a quarter, "the latest period".
  std::optional<Match> quarter_rule(size_t i) const {
    // "the March quarter", "the June quarter": the quarter that month ends or is in; "the July-September
    // quarter", "the October-to-December quarter": the quarter of those months
    size_t last = i;  // the month before "quarter"
    if (int m = month_at(i, false); m && m % 3 == 1 && at(i + 1) && !w_[i + 1].token_start) {
      const size_t to = key_is(i + 1, "to") ? i + 2 : i + 1;  // the words of one hyphenated token
      if (month_at(to, false) == m + 2) last = to;
    }
    if (int m = month_at(last, false); m && key_is(last + 1, "quarter") && i > begin_ && w_[i - 1].key == "the") {
      Match r = make(i, last + 2, "DATE", "", "quarter");
      if (!dct_) {
        r.value = format("XXXX-Q%d", quarter_of(m));
        return r;
      }
      r.value = quarter_value(resolve_month_year(m, tense_around(i - 1, last + 2)), quarter_of(m));
      r.anchored = true;
      return r;
    }
    size_t j = i;
    if (key_is(j, "fiscal")) ++j;
    int year = 0, q = 0, years_back = 0;
    bool reported = false, current = false;
    if ((year = year_at(j))) {
      ++j;
    } else if ((key_is(j, "this") || key_is(j, "last") || key_is(j, "next")) && key_is(j + 1, "year") &&
               w_[j + 1].possessive && dct_) {
      year = dct_->year + (key_is(j, "last") ? -1 : key_is(j, "next") ? 1 : 0);
      j += 2;
    }
    if (key_is(j, "fiscal")) ++j;
    const Word* w = at(j);
    if (!w) return std::nullopt;
    if (w->is(kOrdinalWord) && w->lex->number <= 4) q = w->lex->number;
    else if (w->digits == 1 && (w->suffix == "st" || w->suffix == "nd" || w->suffix == "rd" || w->suffix == "th")) q = w->number;
    else if (!year && (w->key == "latest" || w->key == "last" || w->key == "previous" || w->key == "recent")) reported = true;
    else if (!year && (w->key == "current" || w->key == "this")) current = true;
    else if (!year && w->key == "year" && (key_is(j + 1, "earlier") || key_is(j + 1, "ago"))) {
      reported = true;
      years_back = 1;
      ++j;
      if (is(j + 1, kOrdinalWord) && w_[j + 1].lex->number <= 4 && key_is(j + 2, "quarter") && dct_) {
        // "the year-earlier third quarter": that quarter a year before the one reported (a quarter still
        // ahead of the DCT was last year's)
        q = w_[j + 1].lex->number;
        year = dct_->year - (q > quarter_of(dct_->month) ? 1 : 0) - 1;
        reported = false;
        ++j;
      }
    } else if (w->key == "quarter" || w->key == "half" || w->key == "period") {
      --j;  // the noun itself, after "the" or a year
      reported = !year;
    } else {
      return std::nullopt;
    }
    bool half = key_is(j + 1, "half");
    if (half && reported && w->key == "last" && key_is(j + 2, "of") && year_at(j + 3)) {  // "the last half of 1989"
      q = 2;
      reported = false;
    }
    bool period = key_is(j + 1, "period") && quarter_context_ && q == 0 && !current;
    if (!key_is(j + 1, "quarter") && !half && !period) return std::nullopt;
    if (half && (q > 2 || reported || current)) return std::nullopt;
    if (q > 4) return std::nullopt;
    bool the = i > begin_ && w_[i - 1].key == "the";
    if (j + 1 == i && !the) return std::nullopt;  // a bare "quarter" is a coin or a district
    size_t end = j + 2;
    if (!year && key_is(end, "of") && year_at(end + 1)) {
      year = year_at(end + 1);
      end += 2;
    } else if (!year && year_at(end)) {
      year = year_at(end++);
    } else if (auto [taken, shift] = relative_year_at(end); !year && taken && key_is(end, "of") && dct_) {
      year = dct_->year + shift;  // "the second quarter of this year"
      end += taken;
    }
    // "the second half of the season", "the first quarter of the match": a part of a game or a season, not of
    // the calendar ("of the year", "of its fiscal year" name the calendar's; "the third quarter of $226.3 million"
    // is a sum's).
    if (key_is(end, "of") && (key_is(end + 1, "the") || key_is(end + 1, "this") || key_is(end + 1, "its")) &&
        !is(end + 2, kUnitWord) && !year_at(end + 2) && !key_is(end + 2, "fiscal"))
      return std::nullopt;
    Match r = make(i, end, "DATE", "", half ? "half" : "quarter");
    r.adjective = !w_[end - 1].token_start;  // "the third-quarter loss": "the" is the loss's
    if (!dct_) {
      r.value = (year ? year_value(year) : "XXXX") + (half ? format("-H%d", q) : q ? format("-Q%d", q) : "-QX");
      return r;
    }
    r.anchored = !year || !q;
    if (half) {
      r.value = format("%04d-H%d", year ? year : dct_->year, q ? q : (dct_->month <= 6 ? 1 : 2));
    } else if (current) {
      r.value = quarter_value(dct_->year, quarter_of(dct_->month));
    } else if (!q) {
      auto [y, rq] = reported_quarter(years_back);
      r.value = quarter_value(year ? year : y, rq);
    } else {
      if (!year) {
        year = dct_->year;
        if (q > quarter_of(dct_->month) && tense_around(i, end) == Tense::kPast) --year;
      }
      r.value = quarter_value(year, q);
    }
    return r;
  }

  // A quarter or half by its code: "Q3", "Q3 2019", "2019 Q3", "H1 2020". A half needs its year: a bare
  // "H1" is more often a heading.
  std::optional<Match> period_code_rule(size_t i) const {
    size_t j = i;
    int year = year_at(j);
    if (year) ++j;
    const Word* w = at(j);
    if (!w || !w->is(kPeriodCode)) return std::nullopt;
    size_t end = j + 1;
    if (!year && (year = year_at(end))) ++end;
    const bool half = w->key[0] == 'h';
    if (half && !year) return std::nullopt;
    const int n = w->lex->number;
    Match r = make(i, end, "DATE", "", half ? "half_code" : "quarter_code");
    if (!year && dct_) {  // this year's, or last year's when it is still to come and the sentence looks back
      year = dct_->year;
      if (n > quarter_of(dct_->month) && tense_around(i, end) == Tense::kPast) --year;
      r.anchored = true;
    }
    r.value = (year ? year_value(year) : "XXXX") + format(half ? "-H%d" : "-Q%d", n);
    return r;
  }

  // The whole years in n units (0 below a year), and whether the DCT's year moved by so many is one a
  // four-figure year can name ("50,000 years ago" is not).
  static long years_in(int n, TimeUnit unit) {
    return unit == TimeUnit::kCentury ? 100L * n : unit == TimeUnit::kDecade ? 10L * n : unit == TimeUnit::kYear ? n : 0;
  }
  bool within_calendar(long years) const { return dct_->year + years >= 1 && dct_->year + years <= 9999; }

  // Durations and offsets: "16 days ago", "two weeks", "a year earlier", "the past two months",
  // "the first nine months", "two-year", "several years", "for years", "recent years".
  std::optional<Match> duration_rule(size_t i) const {
    size_t j = i;
    bool stretch = false;  // "the past two months": a duration ending at the DCT
    if (is(j, kRelativeWord) || key_is(j, "first") || key_is(j, "final") || key_is(j, "another")) {
      if (key_is(j, "this") || key_is(j, "same") || key_is(j, "current") || key_is(j, "latest")) return std::nullopt;
      // "expected to last six weeks", "will last two days": the verb, before the duration
      static constexpr std::array<std::string_view, 8> kBeforeVerb = {"to", "will", "would", "could", "may", "might", "can", "should"};
      if (key_is(j, "last") && j > begin_ && one_of(w_[j - 1].key, kBeforeVerb)) return std::nullopt;
      stretch = true;
      ++j;
    }
    // "half an hour", "half a century", "a half-hour", "a quarter of an hour"
    size_t h = j + ((key_is(j, "a") || key_is(j, "an")) && key_is(j + 1, "half") ? 1 : 0);
    if (key_is(h, "half")) {
      size_t k = h + 1 + (key_is(h + 1, "a") || key_is(h + 1, "an") ? 1 : 0);
      const Word* u = at(k);
      if (u && u->is(kUnitWord) && !u->lex->plural && (k > h + 1 || !u->token_start || h > j)) {
        std::string value = half_duration_value(0, u->lex->unit);
        if (!value.empty()) {
          Match r = make(i, k + 1, "DURATION", std::move(value), "duration");
          r.adjective = !u->token_start && h == j;  // "the half-hour show"
          return r;
        }
      }
    }
    if (key_is(j, "quarter") || (key_is(j, "a") && key_is(j + 1, "quarter"))) {
      size_t k = j + (key_is(j, "a") ? 1 : 0);
      if (key_is(k + 1, "of") && key_is(k + 2, "an") && key_is(k + 3, "hour")) return make(i, k + 4, "DURATION", "PT15M", "duration");
    }
    auto [taken, n] = count_at(j);
    if (taken == 0) {
      const Word* u = at(j);
      // "day-long", "decades-long", "years-old": a duration as one adjective.
      if (u && u->is(kUnitWord) && u->token_start && !u->token_end && at(j + 1) && w_[j + 1].token_end &&
          (w_[j + 1].key == "long" || (w_[j + 1].key == "old" && u->lex->plural)) && u->lex->unit >= TimeUnit::kHour)
        return make(i, j + 2, "DURATION", duration_value(u->lex->plural ? -1 : 1, u->lex->unit), "unit_adjective");
      // A bare plural: "for years", "in recent years", "the coming weeks".
      if (!u || !u->is(kUnitWord) || !u->lex->plural || u->lex->unit == TimeUnit::kQuarter || u->lex->unit == TimeUnit::kSecond) return std::nullopt;
      bool after_signal = j > begin_ && (w_[j - 1].key == "for" || w_[j - 1].key == "recent" || w_[j - 1].key == "past" ||
                                         w_[j - 1].key == "coming" || w_[j - 1].key == "over" || w_[j - 1].key == "within" ||
                                         w_[j - 1].key == "in");
      // "months ago", "decades ago": TimeBank marks the vague amount with its "ago", a duration.
      if (key_is(j + 1, "ago") && u->lex->unit >= TimeUnit::kDay)
        return make(i, j + 2, "DURATION", duration_value(-1, u->lex->unit), "units_ago");
      // "the weeks ahead", "in the days ahead"
      if (key_is(j + 1, "ahead") && u->lex->unit >= TimeUnit::kDay)
        return make(i, j + 2, "DURATION", duration_value(-1, u->lex->unit), "units");
      // "over the years", "through the decades"
      bool over_the = j > begin_ + 1 && w_[j - 1].key == "the" && (w_[j - 2].key == "over" || w_[j - 2].key == "through");
      if (over_the && u->lex->unit >= TimeUnit::kDay) return make(j - 1, j + 1, "DURATION", duration_value(-1, u->lex->unit), "units");
      if (!after_signal) return std::nullopt;
      if (j > begin_ && w_[j - 1].key == "recent" && (u->lex->unit == TimeUnit::kYear || u->lex->unit == TimeUnit::kDecade)) {
        Match r = make(i, j + 1, "DATE", "PAST_REF", "recent_units");
        return r;
      }
      return make(i, j + 1, "DURATION", duration_value(-1, u->lex->unit), "units");
    }
    size_t k = j + taken;
    // "2 1/2 years": a half more.
    bool half = n > 0 && w_[j].all_digits() && key_is(k, "1") && key_is(k + 1, "/") && key_is(k + 2, "2");
    if (half) k += 3;
    // "two and a half years"
    if (!half && n > 1 && key_is(k, "and") && key_is(k + 1, "a") && key_is(k + 2, "half")) {
      half = true;
      k += 3;
    }
    if (key_is(k, "more") || key_is(k, "full") || key_is(k, "straight") || key_is(k, "consecutive") ||
        key_is(k, "additional") || key_is(k, "trading") || key_is(k, "business") || key_is(k, "working"))
      ++k;
    const Word* u = at(k);
    if (!u || !u->is(kUnitWord)) return std::nullopt;
    // "a quarter" of something, "three-quarters" of it
    if (u->lex->unit == TimeUnit::kQuarter && !stretch && (!u->lex->plural || !u->token_start)) return std::nullopt;
    if (u->lex->unit == TimeUnit::kSecond && n == 1) return std::nullopt;  // "a second term"
    if (n == 1 && u->lex->plural && w_[j].key != "one") return std::nullopt;
    if ((w_[j].key == "a" || w_[j].key == "an") && rate_at(j)) return std::nullopt;  // a set, for set_rule
    if (n > 0) n *= u->lex->multiple;  // "a fortnight": two weeks
    size_t end = k + 1;
    if (key_is(end, "old")) return std::nullopt;  // an age
    // "a year and a half"
    if (!half && n > 0 && key_is(end, "and") && key_is(end + 1, "a") && key_is(end + 2, "half") && w_[end + 2].token_end) {
      half = true;
      end += 3;
    }
    // "A decade on, the town has recovered", "two years on from the fire": years after the year the story
    // last named, else up to the time of writing (the DCT's year)
    if (!stretch && !half && n > 0 && key_is(end, "on") && (clause_ends(end + 1) || key_is(end + 1, "from")) &&
        years_in(n, u->lex->unit) > 0 && dct_) {
      if (!narrative_.year) {
        Match r = make(i, end + 1, "DATE", year_value(dct_->year), "offset");
        r.anchored = true;
        return r;
      }
      if (!within_calendar(narrative_.year - dct_->year + years_in(n, u->lex->unit))) return std::nullopt;
      Match r = make(i, end + 1, "DATE", year_value(narrative_.year + static_cast<int>(years_in(n, u->lex->unit))), "narrative");
      r.anchor = year_value(narrative_.year);
      return r;
    }
    // "16 days ago", "a year earlier", "two weeks later", "three years from now"
    // "before" only when nothing follows it in the clause: "two days before the vote" is not an offset.
    // "a year-earlier loss": the adjective "year-earlier" alone is the expression (relative_rule)
    if (at(end) && !w_[end].token_start && (w_[j].key == "a" || w_[j].key == "an")) return std::nullopt;
    // ("three months later than planned" compares: the amount)
    bool offset = !stretch && is(end, kDirectionWord) && w_[end].key != "previously" && !key_is(end + 1, "than") &&
                  (w_[end].key != "before" || !at(end + 1) || w_[end + 1].key == "." || w_[end + 1].key == ",");
    // "three days later", "an hour earlier" count from an event of the story, not from the DCT: TimeML
    // marks the amount, a duration. "Ago" counts from the DCT, and "a year earlier" names the period of
    // a year before (financial news compares with it).
    if (offset && (w_[end].key == "later" || w_[end].key == "earlier") && u->lex->unit < TimeUnit::kMonth)
      offset = false;
    // "Seven decades later" with no year stated before counts from an event the text does not date, not
    // from the DCT (which would give 2089): the amount, as above. So does one that would land past the DCT
    // in a story not told ahead ("we still live under it, more than 200 years later" after a mention of 2016).
    if (offset && w_[end].key == "later" &&
        (!narrative_.year || (dct_ && n > 0 && narrative_.year + years_in(n, u->lex->unit) > dct_->year &&
                              tense_around(i, end + 1) != Tense::kFuture)))
      offset = false;
    if (offset) {
      int dir = w_[end].lex->number;
      Match r = make(i, end + 1, "DATE", "", "offset");
      if (u->lex->unit <= TimeUnit::kHour) {
        r.type = "TIME";
        r.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
        return r;
      }
      const long years = years_in(n, u->lex->unit);
      if (!dct_ || n < 0 || !within_calendar(dir * years)) {
        r.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
        return r;
      }
      // "repealed a decade later": years after the year the story last named
      if (dir > 0 && w_[end].key == "later" && !half && years > 0 && narrative_.year) {
        r.value = year_value(narrative_.year + static_cast<int>(years));
        r.rule = "time.narrative";
        r.anchor = year_value(narrative_.year);
        return r;
      }
      // "exports rose in October from a year earlier": the same month of that year
      if (dir < 0 && w_[end].key == "earlier" && !half && u->lex->unit == TimeUnit::kYear && narrative_.month_stated &&
          narrative_.month_age == 0) {
        r.value = month_value(narrative_.year - static_cast<int>(years), narrative_.month);
        r.rule = "time.narrative";
        r.anchor = month_value(narrative_.year, narrative_.month);
        return r;
      }
      r.anchored = true;
      if (n == 1 && !half && u->lex->unit == TimeUnit::kYear && quarter_context_) {
        auto [y, q] = reported_quarter(1);
        r.value = quarter_value(y, q);
      } else if (half && u->lex->unit == TimeUnit::kYear) {  // "a year and a half ago": at the month
        r.value = shifted_value(*dct_, dir * (12 * n + 6), TimeUnit::kMonth);
      } else if (half && u->lex->unit == TimeUnit::kDecade) {
        r.value = shifted_value(*dct_, dir * (10 * n + 5), TimeUnit::kYear);
      } else {
        r.value = shifted_value(*dct_, dir * n, u->lex->unit);
      }
      return r;
    }
    if (key_is(end, "from") && key_is(end + 1, "now")) {
      const bool dated = dct_ && n > 0 && u->lex->unit > TimeUnit::kHour && within_calendar(years_in(n, u->lex->unit));
      Match r = make(i, end + 2, "DATE", dated ? shifted_value(*dct_, n, u->lex->unit) : "FUTURE_REF", "offset");
      r.anchored = dated;
      return r;
    }
    std::string value = half ? half_duration_value(n, u->lex->unit) : duration_value(n, u->lex->unit);
    if (value.empty()) return std::nullopt;
    Match r = make(i, end, "DURATION", std::move(value), stretch ? "stretch" : "duration");
    r.adjective = !stretch && !u->token_start;  // "the 90-day deadline": "the" is the deadline's
    return r;
  }

  // "today", "yesterday morning", "tonight", "now", "currently", "these days", "recently", "the past", "the future",
  // "the near future".
  std::optional<Match> deictic_rule(size_t i, bool the) const {
    const Word* w = at(i);
    if (!w) return std::nullopt;
    // "on election night", "polling day": the day (night) of a vote the text does not date; "Election Day", the US
    // one, is a holiday
    if ((w->key == "election" || w->key == "polling") && (key_is(i + 1, "day") || key_is(i + 1, "night")) &&
        !(w->capital && w_[i + 1].capital && w_[i + 1].key == "day")) {
      const bool night = w_[i + 1].key == "night";
      return make(i, i + 2, night ? "TIME" : "DATE", night ? "XXXX-XX-XXTNI" : "XXXX-XX-XX", "election_day");
    }
    // "in the new year", "into the New Year": the year to come, or the one just begun in its first half
    if (the && w->key == "new" && key_is(i + 1, "year") && !w_[i + 1].possessive && !key_is(i + 2, "'s")) {
      if (!dct_) return make(i, i + 2, "DATE", "FUTURE_REF", "deictic");
      Match r = make(i, i + 2, "DATE", year_value(dct_->year + (dct_->month >= 7 ? 1 : 0)), "deictic");
      r.anchored = true;
      return r;
    }
    // "mid-afternoon", "late morning yesterday": a part of the DCT's day, or of the day named after it.
    if (w->is(kPartOfDay) && !the && i > begin_ && w_[i - 1].is(kModifierWord)) {
      Deictic day = is(i + 1, kDeictic) ? w_[i + 1].lex->deictic : Deictic::kNone;
      bool named = day == Deictic::kToday || day == Deictic::kYesterday || day == Deictic::kTomorrow;
      int shift = day == Deictic::kYesterday ? -1 : day == Deictic::kTomorrow ? 1 : 0;
      Match r = make(i, named ? i + 2 : i + 1, "TIME", "", "part_of_day");
      r.value = (dct_ ? to_iso(add_days(*dct_, shift)) : std::string("XXXX-XX-XX")) + "T" + w->lex->code;
      r.anchored = dct_.has_value();
      return r;
    }
    if (w->key == "past" || w->key == "future" || w->key == "present") {
      if (!the) return std::nullopt;
      if (const Word* after = at(i + 1); after && (after->is(kUnitWord | kNumberWord | kVagueNumber) || after->all_digits()))
        return std::nullopt;
      return make(i, i + 1, "DATE", w->key == "past" ? "PAST_REF" : w->key == "future" ? "FUTURE_REF" : "PRESENT_REF", "deictic");
    }
    if (w->key == "these" && key_is(i + 1, "days")) return make(i, i + 2, "DATE", "PRESENT_REF", "deictic");
    if (w->key == "right" && key_is(i + 1, "now")) return make(i, i + 2, "DATE", "PRESENT_REF", "deictic");
    // "Overnight, prices fell", "prices fell overnight": the night before the DCT; "counting begins overnight":
    // the DCT's night ("an overnight stay" is no time).
    if (w->key == "overnight" && !the && clause_ends(i + 1)) {
      const int days = dct_ && tense_around(i, i + 1) == Tense::kFuture ? 0 : -1;
      Match r = make(i, i + 1, "TIME", dct_ ? to_iso(add_days(*dct_, days)) + "TNI" : "XXXX-XX-XXTNI", "deictic");
      r.anchored = dct_.has_value();
      return r;
    }
    // "the day before yesterday", "the day after tomorrow"
    if (the && w->key == "day" && ((key_is(i + 1, "before") && key_is(i + 2, "yesterday")) ||
                                   (key_is(i + 1, "after") && key_is(i + 2, "tomorrow")))) {
      Match r = make(i, i + 3, "DATE", "", "deictic");
      if (!dct_) {
        r.value = w_[i + 1].key == "before" ? "PAST_REF" : "FUTURE_REF";
        return r;
      }
      r.date = add_days(*dct_, w_[i + 1].key == "before" ? -2 : 2);
      r.value = to_iso(*r.date);
      r.anchored = true;
      return r;
    }
    // "the near future", "the near term", "the short term", "a later date".
    if ((the && w->key == "near" && (key_is(i + 1, "future") || key_is(i + 1, "term"))) ||
        (the && w->key == "short" && key_is(i + 1, "term")) || (w->key == "a" && key_is(i + 1, "later") && key_is(i + 2, "date")))
      return make(i, w->key == "a" ? i + 3 : i + 2, "DATE", "FUTURE_REF", "deictic");
    // TimeBank marks the temporal adjective "current" ("its current chairman").
    if (w->key == "current" && !the) return make(i, i + 1, "DATE", "PRESENT_REF", "deictic");
    // "today's editions", "yesterday's announcement" are dates; "now's" and "recently's" are not words.
    if (!w->is(kDeictic) || the || (w->possessive && w->lex->deictic >= Deictic::kPresent)) return std::nullopt;
    Deictic d = w->lex->deictic;
    if (generic_day(i)) return std::nullopt;
    // "This is VOA Today", "in USA Today": the end of a name, after a capital that does not open the sentence
    if (w->capital && d == Deictic::kToday && i > begin_ + 1 && w_[i - 1].capital && !w_[i - 1].is(kWeekdayName | kMonthName))
      return std::nullopt;
    if (d == Deictic::kPresent) {
      // "Now, he says, ...", "Currently, Avon has...": a discourse opener, which TimeBank leaves out (0 of 5).
      if (w->capital && key_is(i + 1, ",")) return std::nullopt;
      return make(i, i + 1, "DATE", "PRESENT_REF", "deictic");
    }
    if (d == Deictic::kPast) return make(i, i + 1, "DATE", "PAST_REF", "deictic");
    int shift = d == Deictic::kYesterday ? -1 : d == Deictic::kTomorrow ? 1 : 0;
    size_t end = i + 1;
    const char* part = d == Deictic::kTonight ? "NI" : nullptr;
    if (!part && is(end, kPartOfDay)) part = w_[end++].lex->code;
    Match r = make(i, end, part ? "TIME" : "DATE", "", "deictic");
    if (!dct_) {
      r.value = shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
      return r;
    }
    r.date = add_days(*dct_, shift);
    r.value = to_iso(*r.date) + (part ? std::string("T") + part : "");
    r.anchored = true;
    return r;
  }

  // "today's world", "the leaders of tomorrow": the present or the future at large, not a day.
  bool generic_day(size_t i) const {
    Deictic d = w_[i].lex->deictic;
    if (d != Deictic::kToday && d != Deictic::kTomorrow) return false;
    if (i > begin_ && w_[i - 1].key == "of" && !is(i + 1, kPartOfDay)) return !w_[i].possessive;
    if (!w_[i].possessive || !at(i + 1)) return false;
    static constexpr std::array<std::string_view, 16> kPeople = {
        "world", "youth", "society", "generation", "children", "kids", "young", "teens", "teenagers", "families",
        "parents", "consumers", "workers", "technology", "culture", "standards"};
    return one_of(w_[i + 1].key, kPeople);
  }

  // Whether the day the story last named can be the day of a clock time in a clause of this tense: a
  // coming one for the future tense, else a past one (a story told of a day that has been).
  bool narrative_fits(const CivilDate& day, Tense tense) const {
    long diff = days_from_civil(day) - days_from_civil(*dct_);
    return tense == Tense::kFuture ? diff >= 0 : diff <= 0;
  }

  // The day a date or weekday expression at i names.
  std::optional<CivilDate> weekday_or_date(size_t i) const {
    if (auto d = date_rule(i); d && d->date) return d->date;
    if (auto d = weekday_rule(i); d && d->date && d->type == std::string("DATE")) return d->date;
    return std::nullopt;
  }

  // The day of the clock time that ends a range from the clock time [begin, k): "between 9am and 5pm on
  // Tuesday", "from 10am to 4pm Saturday" ("at 9pm and 0800 GMT on Friday" is a list, not a range).
  std::optional<CivilDate> range_end_day(size_t begin, size_t k) const {
    const bool between = key_is(k, "and") && begin > begin_ && w_[begin - 1].key == "between";
    if (!between && !key_is(k, "to") && !key_is(k, "until") && !key_is(k, "till")) return std::nullopt;
    std::optional<Match> end = time_rule(k + 1);
    if (!end) return std::nullopt;
    if (auto on = day_after_aside(end->end)) return on;
    if (end->end - end->begin > 1 && (is(end->end - 1, kWeekdayName) || is(end->end - 1, kMonthName)))
      return weekday_or_date(end->end - 1);  // "4pm Saturday"
    return std::nullopt;
  }

  // The day of the date or weekday that follows a clock time ending before k, as an expression of its own:
  // after "on" ("8pm on Friday"), the ")" of an aside the clock time is in ("(1230 GMT) on Friday", "(0735
  // GMT) Friday"), or an aside in figures and zones ("10:35 a.m. (0735 GMT) Friday").
  std::optional<CivilDate> day_after_aside(size_t k) const {
    if (key_is(k, ")")) {
      if (!key_is(++k, "on")) return weekday_or_date(k);
    } else if (key_is(k, "(")) {
      size_t close = k + 1;
      while (close < k + 5 && at(close) && !key_is(close, ")") && (is_figure(w_[close].key) || zone_at(close)))
        close += std::max<size_t>(1, zone_at(close));
      if (close == k + 1 || !key_is(close, ")")) return std::nullopt;
      k = close + 1;
      if (!key_is(k, "on")) return weekday_or_date(k);
    }
    return key_is(k, "on") ? weekday_or_date(k + 1) : std::nullopt;
  }

  // The words of a time zone after a clock time: "EST", "GMT", "ET", "PT" (the US zones whatever the season,
  // which a clock time in US news often gives), "local time", "Pacific time", "Moscow time", "UK time",
  // "New York time", "Eastern Standard Time", "Eastern". 0 when there is none.
  size_t zone_at(size_t i) const {
    const Word* z = at(i);
    if (!z) return 0;
    if (z->key == "local") return key_is(i + 1, "time") ? 2 : 0;
    if (!z->capital || z->digits || z->is(kWeekdayName | kMonthName)) return 0;
    if (key_is(i + 1, "time")) return 2;
    // "New York time", "Eastern Standard Time", "Pacific daylight time"
    if ((is_capital(i + 1) || key_is(i + 1, "standard") || key_is(i + 1, "daylight")) && key_is(i + 2, "time")) return 3;
    if (z->key == "eastern" || z->key == "pacific" || z->key == "central" || z->key == "mountain") return 1;
    if (z->key.size() > 4) return 0;
    if (z->key.size() == 2 && z->key[1] == 't' && (z->key[0] == 'e' || z->key[0] == 'c' || z->key[0] == 'm' || z->key[0] == 'p'))
      return 1;
    return zone_offset_minutes(z->key).has_value() ? 1 : 0;
  }

  // A meridiem in words after an hour: "p.m.", "in the morning", "at night" ("11 at night"). Returns the words
  // it takes and 0 or 12.
  std::pair<size_t, int> meridiem_words_at(size_t k, int hour) const {
    if (is(k, kMeridiem)) return {1, w_[k].lex->number};
    if ((key_is(k, "in") && key_is(k + 1, "the") && is(k + 2, kPartOfDay)) || (key_is(k, "at") && key_is(k + 1, "night"))) {
      // "4 in the morning", "8 in the evening", "11 at night"
      std::string_view part = w_[key_is(k, "at") ? k + 1 : k + 2].key;
      return {key_is(k, "at") ? 2 : 3, part == "morning" || (part == "night" && hour < 5) ? 0 : 12};
    }
    return {0, -1};
  }

  // The hour and meridiem of a clock time written with one ("4pm", "4.30 p.m.", "4:30pm") at k: what an hour
  // without one before it shares ("between 2 and 4 p.m.", "9-11am"). -1 when there is none.
  std::pair<int, int> stated_meridiem(size_t k) const {
    const Word* w = at(k);
    if (!w || w->digits == 0 || w->digits > 2 || w->number < 1 || w->number > 12) return {-1, -1};
    std::string_view rest = w->suffix;
    if (rest.size() >= 3 && rest[0] == '.' && is_digit(rest[1]) && is_digit(rest[2])) rest.remove_prefix(3);
    if (!rest.empty()) return {w->number, meridiem_suffix(rest)};
    size_t after = k + 1;
    if (key_is(after, ":") && at(after + 1) && w_[after + 1].digits == 2) {
      if (!w_[after + 1].suffix.empty()) return {w->number, meridiem_suffix(w_[after + 1].suffix)};
      after += 2;
    }
    return {w->number, is(after, kMeridiem) ? w_[after].lex->number : -1};
  }

  // The meridiem an hour without one at i takes from the clock time that ends its range: "from 1 to 3 p.m.",
  // "between 2 and 4pm", "9-11am", "11 to 2 p.m." (11 in the morning). -1 when there is none.
  int shared_meridiem(size_t i, size_t k, int hour) const {
    std::string_view joiner = at(k) ? w_[k].key : "";
    std::string_view opener = i > begin_ ? w_[i - 1].key : "";
    bool joined = joiner == "-" || joiner == "\xE2\x80\x93" || (joiner == "and" && opener == "between") ||
                  ((joiner == "to" || joiner == "until" || joiner == "till") && opener == "from");
    if (!joined) return -1;
    auto [last_hour, meridiem] = stated_meridiem(k + 1);
    if (meridiem == 12 && hour > last_hour && hour != 12) return 0;
    return meridiem;
  }

  // An hour without a meridiem that "tonight", "this afternoon" or "tomorrow evening" after it puts after noon.
  bool evening_hour(int hour, size_t k) const {
    if (hour < 1 || hour >= 12) return false;
    if (key_is(k, "tonight")) return hour >= 5;
    // "6 o'clock this afternoon", "7 tomorrow evening"
    return (key_is(k, "this") || key_is(k, "tomorrow") || key_is(k, "yesterday")) &&
           (key_is(k + 1, "afternoon") || key_is(k + 1, "evening"));
  }

  // Minutes to or past an hour, in words: "half past three", "a quarter to five", "ten past six", "20 minutes
  // to midnight". "ten to nine" alone is as often no time at all.
  struct WordClock {
    size_t taken = 0;
    int hour = 0, minutes = 0;  // the hour named and the minutes from it (negative before it)
  };
  WordClock word_clock_at(size_t i) const {
    size_t k = i + (key_is(i, "a") && key_is(i + 1, "quarter") ? 1 : 0);
    int minutes = 0;
    bool may_be_before = true;
    if (key_is(k, "half") || key_is(k, "quarter")) {
      may_be_before = w_[k].key == "quarter";
      minutes = may_be_before ? 15 : 30;
      ++k;
    } else if (auto [taken, n] = count_at(k); taken && n >= 1 && n <= 59 && w_[k].key != "a" && w_[k].key != "an") {
      minutes = n;
      k += taken;
      may_be_before = key_is(k, "minutes");
      if (may_be_before) ++k;
    } else {
      return {};
    }
    if (key_is(k, "to") && may_be_before) minutes = -minutes;
    else if (!key_is(k, "past")) return {};
    ++k;
    if (key_is(k, "noon") || key_is(k, "midnight")) return {k + 1 - i, w_[k].key == "noon" ? 12 : 24, minutes};
    auto [taken, hour] = count_at(k);
    if (taken != 1 || hour < 1 || hour > 12 || !(w_[k].all_digits() || w_[k].is(kNumberWord)) || w_[k].key == "a" ||
        w_[k].key == "an")
      return {};
    return {k + 1 - i, hour, minutes};
  }

  // Clock times: "08:45 PM", "10 a.m. EST", "10am", "10.30pm", "0800 GMT", "5 p.m. EST, Nov. 9", "12 noon",
  // "noon Thursday", "14:30 GMT", "half past three", "quarter to five p.m."; "8pm on Friday" is Friday's,
  // "7pm tonight" today's. Midnight ends the day it is of (T24:00, as news style has it: "midnight Friday"
  // is the night from Friday into Saturday).
  std::optional<Match> time_rule(size_t i) const {
    const Word* w = at(i);
    if (!w) return std::nullopt;
    int hour = -1, minute = 0;
    size_t k = i;
    if (w->key == "noon" || w->key == "midday" || w->key == "midnight") {
      if (i > begin_ && w_[i - 1].key == "high") return std::nullopt;  // "high noon" is a film, or a figure of speech
      hour = w->key == "midnight" ? 24 : 12;
      ++k;
    } else if (WordClock c = word_clock_at(i); c.taken) {
      k += c.taken;
      int meridiem = -1;
      if (c.hour <= 12) {
        auto [taken, m] = meridiem_words_at(k, c.hour);
        meridiem = m;
        k += taken;
        if (!taken && key_is(k, "o'clock")) ++k;
        else if (!taken && !ends_phrase(k)) return std::nullopt;
      }
      int named = meridiem >= 0 ? c.hour % 12 + meridiem : c.hour;
      int minutes = (named * 60 + c.minutes + 24 * 60) % (24 * 60);
      hour = minutes / 60;
      minute = minutes % 60;
    } else if (w->all_digits() && w->digits == 4 && w->number / 100 < 24 && w->number % 100 < 60 && zone_at(i + 1)) {
      // wire style: "0800 GMT"
      hour = w->number / 100;
      minute = w->number % 100;
      ++k;
    } else if (w->digits > 0 && w->digits <= 2) {
      hour = w->number;
      ++k;
      // In the hour's own token: minutes after a dot, which only a meridiem tells from a decimal
      // ("10.30pm", "10.30 p.m."), and the meridiem ("10am").
      std::string_view rest = w->suffix;
      const bool dot_minutes = rest.size() >= 3 && rest[0] == '.' && is_digit(rest[1]) && is_digit(rest[2]);
      if (dot_minutes) {
        minute = (rest[1] - '0') * 10 + (rest[2] - '0');
        rest.remove_prefix(3);
      }
      int meridiem = rest.empty() ? -1 : meridiem_suffix(rest);
      if (!rest.empty() && meridiem < 0) return std::nullopt;
      bool colon = false;
      if (!dot_minutes && meridiem < 0 && key_is(k, ":") && at(k + 1) && w_[k + 1].digits == 2) {
        const Word& minutes = w_[k + 1];  // "10:30", "10:30pm"
        const int after = minutes.suffix.empty() ? -1 : meridiem_suffix(minutes.suffix);
        if (minutes.suffix.empty() || after >= 0) {
          colon = true;
          minute = minutes.number;
          meridiem = after;
          k += 2;
        }
      }
      if (meridiem < 0) {
        auto [taken, m] = dot_minutes ? std::pair<size_t, int>{is(k, kMeridiem) ? 1 : 0, is(k, kMeridiem) ? w_[k].lex->number : -1}
                                      : meridiem_words_at(k, hour);
        meridiem = m;
        k += taken;
      }
      if (meridiem < 0 && !dot_minutes && hour == 12 && (key_is(k, "noon") || key_is(k, "midnight"))) {
        meridiem = w_[k].key == "noon" ? 12 : 0;  // "12 noon"
        ++k;
      } else if (meridiem < 0 && !dot_minutes && key_is(k, "o'clock")) {
        ++k;
      } else if (meridiem < 0 && hour >= 1 && hour <= 12 && (meridiem = shared_meridiem(i, k, hour)) >= 0) {
        // an hour that shares the meridiem of its range's end
      } else if (meridiem < 0 && (dot_minutes || !colon) && !(dot_minutes && zone_at(k)) && !evening_hour(hour, k)) {
        return std::nullopt;  // a number, unless a zone ("13.30 GMT") or "tonight" tells it is a time
      }
      if (meridiem < 0 && evening_hour(hour, k)) meridiem = 12;  // "8 o'clock tonight", "at 8 tonight"
      if (meridiem >= 0) {
        if (hour < 1 || hour > 12) return std::nullopt;
        hour = hour % 12 + meridiem;
      }
      if (hour > 23 || minute > 59) return std::nullopt;
      if (w_[k - 1].key == "midnight") hour = 24;  // "12 midnight"
    } else {
      return std::nullopt;
    }
    k += zone_at(k);
    // A day after it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"
    std::optional<CivilDate> date;
    bool from_dct = false, from_story = false;
    size_t after = k + (comma(k) ? 1 : 0);
    // (a day that ends inside its token is left to itself: "5.30pm Monday-Friday")
    if (auto d = date_rule(after); d && d->date && w_[d->end - 1].token_end) {
      date = d->date;
      k = d->end;
    } else if (auto d2 = weekday_rule(after); d2 && d2->date && d2->type == std::string("DATE") && w_[d2->end - 1].token_end) {
      date = d2->date;
      k = d2->end;
    } else if (auto on = day_after_aside(k)) {
      date = on;  // its own expression: TimeML marks "8pm" and "Friday" apart; "(1230 GMT) on Friday" too
    } else if (auto shared = range_end_day(i, k)) {
      date = shared;  // "between 9am and 5pm on Tuesday"
    } else if (auto day = deictic_day(k)) {
      date = day;  // "7pm tonight", "9am yesterday": apart as well
      from_dct = true;
    } else if (last_date_ && last_date_end_ + 3 >= i) {
      date = last_date_;
    } else if (auto before = deictic_day_before(i)) {
      date = before;
      from_dct = true;
    } else if (narrative_.date && narrative_.date_age <= 1 &&
               (!dct_ || narrative_fits(*narrative_.date, tense_around(i, k)))) {
      // the day the story named in this sentence or the one before: "was shot at 10 p.m.", "will leave at
      // 4 a.m."; a day named further back has given way to the day of writing (news tells its day's times bare)
      date = narrative_.date;
      from_story = true;
    } else if (dct_) {
      date = dct_;  // "the flight departs at 06:15"
    }
    Match r = make(i, k, "TIME", "", "clock");
    std::string clock = format("T%02d:%02d", hour, minute);
    r.value = date ? to_iso(*date) + clock : "XXXX-XX-XX" + clock;
    r.anchored = date && dct_ && (from_dct || *date == *dct_);
    if (from_story) r.anchor = to_iso(*date);
    return r;
  }

  // The day named just before "at" and a clock time, when it is no date the scan kept: "this morning at 7am".
  std::optional<CivilDate> deictic_day_before(size_t i) const {
    if (i < begin_ + 2 || w_[i - 1].key != "at") return std::nullopt;
    if (auto day = deictic_day(i - 2)) return day;
    return i >= begin_ + 3 ? deictic_day(i - 3) : std::nullopt;
  }

  // The day a word right after a clock time names from the DCT: "today", "tonight", "yesterday", "tomorrow",
  // "this morning", "last night".
  std::optional<CivilDate> deictic_day(size_t k) const {
    if (!dct_ || !at(k)) return std::nullopt;
    if (is(k, kDeictic)) {
      switch (w_[k].lex->deictic) {
        case Deictic::kToday: case Deictic::kTonight: return dct_;
        case Deictic::kYesterday: return add_days(*dct_, -1);
        case Deictic::kTomorrow: return add_days(*dct_, 1);
        default: return std::nullopt;
      }
    }
    if (key_is(k, "this") && is(k + 1, kPartOfDay)) return dct_;
    if (key_is(k, "last") && key_is(k + 1, "night")) return add_days(*dct_, -1);
    return std::nullopt;
  }

  // Whether the "a" at i makes a rate of what comes before it: "$1.76 a year", "358,000 a month", "$5 million
  // a year", "twice a week", "four flights a week".
  bool rate_at(size_t i) const {
    if (i == begin_ || is(i + 2, kDirectionWord)) return false;  // "$99 million a year ago" is no rate
    auto amount = [&](const Word& w) {
      static constexpr std::array<std::string_view, 12> kAmounts = {
          "%", "percent", "times", "twice", "once", "cents", "dollars", "hundred", "thousand", "million", "billion", "trillion"};
      return (w.digits > 0 && (w.suffix.empty() || w.suffix[0] == '.' || w.suffix[0] == ',')) ||
             one_of(w.key, kAmounts);
    };
    const Word& before = w_[i - 1];
    if (amount(before)) return true;
    // "four flights a week": a counted plural noun
    bool counted_noun = !before.capital && before.key.size() > 3 && before.key.back() == 's' && !before.possessive &&
                        (!before.lex || before.is(kUnitWord)) && i - 1 > begin_;
    if (!counted_noun) return false;
    auto [taken, n] = count_at(i - 2);
    return (taken == 1 && n > 1) || amount(w_[i - 2]);
  }

  // Sets: "daily", "every Monday", "each year", "$5 a year", "twice a week".
  // Whether the weekday at j is an end of the days a place keeps open: "open Tuesday to Sunday", "closed
  // from Monday through Wednesday" (every such week, not particular days).
  bool opening_days(size_t j) const {
    auto starts = [&](size_t first) {
      if (weekday_at(first) < 0 || !joins_range(first + 1) || weekday_at(first + 2) < 0 || first <= begin_) return false;
      size_t before = first - 1;
      if (w_[before].key == "from" && before > begin_) --before;
      static constexpr std::array<std::string_view, 3> kStates = {"open", "closed", "shut"};
      return one_of(w_[before].key, kStates);
    };
    return starts(j) || (j >= begin_ + 2 && starts(j - 2));
  }

  // "the first Monday in September", "the last Friday of June 2024": that day of that month (its year the
  // one stated, else as a month alone would have it).
  std::optional<Match> nth_weekday_rule(size_t i) const {
    const Word* w = at(i);
    const int wd = weekday_at(i + 1);
    const int m = key_is(i + 2, "of") || key_is(i + 2, "in") ? month_at(i + 3, false) : 0;
    if (!w || wd < 0 || !m || !(w->is(kOrdinalWord) || w->key == "last")) return std::nullopt;
    const int nth = w->key == "last" ? -1 : w->lex->number;
    if (nth == 0 || nth > 5) return std::nullopt;
    size_t end = i + 4;
    int year = year_at(end);
    if (year) ++end;
    Match r = make(i, end, "DATE", "", "nth_weekday");
    r.takes_the = true;
    if (!year && !dct_) {
      r.value = format("XXXX-%02d", m);
      return r;
    }
    r.anchored = !year;
    if (!year) year = resolve_month_year(m, tense_around(i, end));
    const CivilDate d = holiday_date(Holiday{{}, m, wd, nth, 0}, year);
    if (d.month != m) return std::nullopt;  // no fifth such day that month
    r.date = d;
    r.value = to_iso(d);
    return r;
  }

  std::optional<Match> set_rule(size_t i) const {
    const Word* w = at(i);
    if (!w) return std::nullopt;
    if (opening_days(i)) return make(i, i + 1, "SET", format("XXXX-WXX-%d", weekday_at(i) + 1), "every_weekday");
    // "the first Friday of every month", "the last Thursday of each month": once a month
    if ((w->is(kOrdinalWord) || w->key == "last") && weekday_at(i + 1) >= 0 && key_is(i + 2, "of") &&
        (key_is(i + 3, "every") || key_is(i + 3, "each")) && key_is(i + 4, "month")) {
      Match r = make(i, i + 5, "SET", "P1M", "every_unit");
      r.takes_the = true;
      return r;
    }
    // "on weekends", "at weekends": every weekend
    if (w->key == "weekends" && i > begin_ && (w_[i - 1].key == "on" || w_[i - 1].key == "at" || w_[i - 1].key == "during"))
      return make(i, i + 1, "SET", "XXXX-WXX-WE", "every_weekend");
    if (w->is(kWeekdayPlural) && w->capital) {  // "on Sundays", "Tuesday nights" (written "Tuesdays" too)
      std::string value = format("XXXX-WXX-%d", w->lex->number + 1);
      if (is(i + 1, kPartOfDay)) return make(i, i + 2, "SET", value + "T" + w_[i + 1].lex->code, "every_weekday");
      return make(i, i + 1, "SET", std::move(value), "every_weekday");
    }
    if (w->is(kFrequencyWord) && i > begin_ && (w_[i - 1].key == "twice" || w_[i - 1].key == "once")) {
      Match r = make(i - 1, i + 1, "SET", duration_value(1, w->lex->unit), "frequency");  // "twice daily"
      r.freq = w_[i - 1].key == "twice" ? "2X" : "1X";
      return r;
    }
    if (w->is(kFrequencyWord)) {
      // a name: "the New York Daily News", "the Weekly Standard", "Breitbart News Daily" (not at a sentence's
      // start: "Daily, he ran")
      if (w->capital && i > begin_ && ((at(i + 1) && w_[i + 1].capital) || w_[i - 1].capital)) return std::nullopt;
      // "quarterly dividend", "monthly payments": an adjective before its noun is not a time expression,
      // but TimeBank marks "daily", "weekly" and "hourly" even there ("the daily tally", "weekly radio address").
      if (const Word* after = at(i + 1); after && w->lex->unit > TimeUnit::kWeek && !after->capital && !after->digits && after->key.size() > 3 &&
                                         after->key != "basis" && !after->is(kTensePast | kTenseFuture | kTensePresent))
        return std::nullopt;
      return make(i, i + 1, "SET", duration_value(1, w->lex->unit), "frequency");
    }
    if (w->key == "every" || w->key == "each" || w->key == "per" || w->key == "a") {
      if (w->key == "a" && !rate_at(i)) return std::nullopt;
      // "gusts of 32 metres per second", "500 barrels a day": a speed or a flow, no set of times
      if ((w->key == "per" || w->key == "a") && i > begin_ && measure_unit(w_[i - 1].key)) return std::nullopt;
      size_t k = i + 1;
      if (key_is(k, "other")) ++k;
      int n = 1;
      if (w->key == "every") {
        auto [taken, count] = count_at(k);
        if (taken && (count > 1 || count < 0)) {  // "every two weeks", "every few days"
          n = count;
          k += taken;
        }
      }
      int wd = weekday_at(k);
      if (wd >= 0) return make(i, k + 1, "SET", format("XXXX-WXX-%d", wd + 1), "every_weekday");
      if (is(k, kPartOfDay) && (w->key == "every" || w->key == "each") && n == 1)  // "every morning"
        return make(i, k + 1, "SET", std::string("XXXX-XX-XXT") + w_[k].lex->code, "every_part_of_day");
      if (int m = month_at(k, false); m && w->key != "a") return make(i, k + 1, "SET", format("XXXX-%02d", m), "every_month");
      if (is(k, kSeasonName) && w->key != "a" && w->key != "per" && n == 1)  // "each spring", "every summer"
        return make(i, k + 1, "SET", std::string("XXXX-") + w_[k].lex->code, "every_season");
      const Word* u = at(k);
      if (!u || !u->is(kUnitWord) || u->lex->unit == TimeUnit::kWeekend) return std::nullopt;
      if (u->lex->plural != (n > 1 || n < 0)) return std::nullopt;
      if (key_is(i + 1, "other")) n = 2;
      // "twice a week", "three times a year", "once per month": the count is the set's, its frequency.
      size_t begin = i;
      int times = 0;
      if ((w->key == "a" || w->key == "per") && i > begin_) {
        if (key_is(i - 1, "twice") || key_is(i - 1, "once")) {
          begin = i - 1;
          times = w_[begin].key == "twice" ? 2 : 1;
        } else if (key_is(i - 1, "times") && i >= begin_ + 2) {
          if (auto [taken, count] = count_at(i - 2); taken == 1 && count > 1) {
            begin = i - 2;
            times = count;
          }
        }
      }
      Match r = make(begin, k + 1, "SET", duration_value(n * u->lex->multiple, u->lex->unit), "every_unit");
      if (times) r.freq = format("%dX", times);
      return r;
    }
    return std::nullopt;
  }

  // Holidays by name: "Christmas Eve", "New Year's Day", "Thanksgiving", "Labor Day", "Good Friday"
  // (kHolidays): this year's, last year's in the past tense once it is ahead, next year's in the future
  // tense once it is behind, else the nearest.
  // "Thanksgiving weekend", "Labor Day weekend", "Easter week" (TimeBank: "Easter week" is Easter Sunday's
  // ISO week): a holiday's week, and the weekend next to it, the one before a Monday's ("Labor Day weekend").
  std::optional<Match> holiday_rule(size_t begin) const {
    // "last Thanksgiving", "next Christmas": the one before or after the DCT
    const int shift = key_is(begin, "last") ? -1 : key_is(begin, "next") ? 1 : 0;
    const size_t i = begin + (shift != 0 ? 1 : 0);
    const Word* w = at(i);
    if (!w || !w->capital) return std::nullopt;
    const Holiday* best = nullptr;
    size_t end = i;
    for (const Holiday& h : kHolidays) {
      size_t k = i;
      for (std::string_view word : h.words) {
        if (word.empty()) break;
        if (!key_is(k, word) || (word != "of" && !w_[k].capital)) {
          k = 0;
          break;
        }
        ++k;
      }
      if (k > end) {
        best = &h;
        end = k;
      }
    }
    if (!best) return std::nullopt;
    const bool weekend = key_is(end, "weekend"), week = key_is(end, "week");
    Match r = make(begin, end + (weekend || week), "DATE", "", "holiday");
    r.takes_the = weekend || week;
    if (!weekend && !week && names_thing(*best, end)) {
      r.not_time = true;  // taken, so that "Friday" of "the Good Friday Agreement" is no weekday either
      return r;
    }
    auto date_in = [&](int y) {
      const Holiday* h = best;
      while (h->since > y) ++h;  // the rule of that year
      return h->nth ? holiday_date(*h, y) : CivilDate{y, h->month, std::min(h->day, days_in_month(y, h->month))};
    };
    // "Christmas 2025", "Easter last year": that year's, as "June last year" is
    int year = 0;
    if (!weekend && !week && year_at(end) && counts_as_year(end)) {
      year = year_at(end);
      r.end = end + 1;
    } else if (auto [taken, shift_years] = relative_year_at(end); !weekend && !week && taken && dct_) {
      year = dct_->year + shift_years;
      r.end = end + taken;
      r.anchored = true;
    }
    if (year) {
      r.date = date_in(year);
      r.value = to_iso(*r.date);
      return r;
    }
    if (!dct_) {
      r.value = best->nth ? "XXXX-XX-XX" : "XXXX" + format("-%02d-%02d", best->month, best->day);
      return r;
    }
    CivilDate d = date_in(dct_->year);
    // a week has begun by its Monday ("as Easter week began" on the Monday before Easter)
    long diff = days_from_civil(week ? add_days(d, -weekday(d)) : d) - days_from_civil(*dct_);
    if (shift < 0 && diff >= 0) {
      d = date_in(dct_->year - 1);
    } else if (shift > 0 && diff <= 0) {
      d = date_in(dct_->year + 1);
    } else if (shift == 0) {
      Tense t = tense_around(i, end);
      if ((t == Tense::kPast && diff > 0) || (t == Tense::kNone && diff > 183)) d = date_in(dct_->year - 1);
      else if ((t == Tense::kFuture && diff < 0) || (t == Tense::kNone && diff < -183)) d = date_in(dct_->year + 1);
    }
    r.anchored = true;
    if (weekend || week) {
      IsoWeek w = iso_week(weekend && weekday(d) == kMonday ? add_days(d, -1) : d);
      r.value = week_value(w) + (weekend ? "-WE" : "");
      return r;
    }
    r.date = d;
    r.value = to_iso(*r.date);
    return r;
  }

  // Whether the word after holiday h makes it part of a name ("the Good Friday Agreement", "the Thanksgiving
  // Day Parade") or of a thing ("a Christmas tree", "Easter eggs"), not a day. A party or dinner is held on
  // the day ("the New Year's Eve party", "Thanksgiving dinner"), but in the season that Christmas and Easter
  // also name ("the office Christmas party" is in December).
  bool names_thing(const Holiday& h, size_t next) const {
    const Word* w = at(next);
    if (!w || w->possessive) return false;
    if (w->capital) return !w->lex;  // a name goes on; "Christmas Eve", "Easter Sunday 2020" are in the lexicon
    static constexpr std::array<std::string_view, 21> kThings = {
        "tree", "trees", "egg", "eggs", "card", "cards", "present", "presents", "gift", "gifts", "shopping", "market",
        "markets", "lights", "decorations", "carol", "carols", "song", "songs", "pudding", "bunny"};
    static constexpr std::array<std::string_view, 5> kEvents = {"dinner", "dinners", "lunch", "party", "parties"};
    const bool season = h.words[1].empty() && (h.words[0] == "christmas" || h.words[0] == "easter");
    return one_of(w->key, kThings) || (season && one_of(w->key, kEvents));
  }

  // "year-end", "year end", "year's end": the last day of the DCT's year, or of the year before after
  // "since" (a change since year-end is counted from the last one).
  std::optional<Match> year_end_rule(size_t i) const {
    const Word* w = at(i);
    if (!w || w->key != "year" || !key_is(i + 1, "end") || !dct_) return std::nullopt;
    bool since = i > begin_ && w_[i - 1].key == "since";
    Match r = make(i, i + 2, "DATE", "", "year_end");
    r.date = CivilDate{dct_->year - (since ? 1 : 0), 12, 31};
    r.value = to_iso(*r.date);
    r.anchored = true;
    return r;
  }

  // "year to date", "year-to-date", "YTD", "month to date": the DCT's year (month, quarter) up to the DCT,
  // which TimeML values as that period (its end is the DCT, which the value cannot say).
  std::optional<Match> to_date_rule(size_t i) const {
    const Word* w = at(i);
    if (!w || !dct_) return std::nullopt;
    const bool ytd = w->key == "ytd" && w->capital;
    if (!ytd && !(w->is(kUnitWord) && !w->lex->plural && key_is(i + 1, "to") && key_is(i + 2, "date")))
      return std::nullopt;
    const TimeUnit unit = ytd ? TimeUnit::kYear : w->lex->unit;
    if (unit != TimeUnit::kYear && unit != TimeUnit::kMonth && unit != TimeUnit::kQuarter) return std::nullopt;
    Match r = make(i, ytd ? i + 1 : i + 3, "DATE", shifted_value(*dct_, 0, unit), "to_date");
    r.anchored = true;
    return r;
  }

  // Seasons: "this spring", "last fall", "the summer of 1990", "summer 1990", "the winter".
  std::optional<Match> season_rule(size_t i) const {
    size_t j = i;
    int shift = 0;
    size_t before = i > begin_ && w_[i - 1].is(kModifierWord) ? i - 1 : i;  // "the early summer"
    bool determiner = before > begin_ && w_[before - 1].key == "the";
    if (key_is(j, "this") && key_is(j + 1, "past")) ++j;  // "this past spring"
    if (key_is(j, "this")) determiner = true;
    else if (key_is(j, "last") || key_is(j, "past")) shift = -1, determiner = true;
    else if (key_is(j, "next") || key_is(j, "coming")) shift = 1, determiner = true;
    if (key_is(j, "this") || shift != 0) ++j;
    const Word* s = at(j);
    // "last season", "next season", "this season": a season of sport, theatre or weather, which TimeML has no
    // calendar value for (a sports season straddles two years), so the reference it makes.
    // ("the last season" of a show is its final one)
    if (s && s->key == "season" && j > i && !s->possessive && !(i > begin_ && w_[i - 1].key == "the"))
      return make(i, j + 1, "DATE", shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF", "relative_unit");
    if (!s || !s->is(kSeasonName)) return std::nullopt;
    size_t end = j + 1;
    int year = 0;
    if (key_is(end, "of") && year_at(end + 1)) {
      year = year_at(end + 1);
      end += 2;
    } else if (auto [taken, spoken] = key_is(end, "of") ? spoken_year_at(end + 1) : std::pair<size_t, int>{0, 0}; taken) {
      year = spoken;
      end += 1 + taken;
    } else if (year_at(end)) {
      year = year_at(end++);
    }
    // "in summer", "during late spring": a signal of time stands for the determiner.
    bool signal = before > begin_ && (w_[before - 1].key == "in" || w_[before - 1].key == "during" ||
                                      w_[before - 1].key == "until" || w_[before - 1].key == "since" ||
                                      w_[before - 1].key == "through");
    if (!year && !determiner && !signal) return std::nullopt;
    if (s->key == "fall" && !year && j == i) return std::nullopt;  // "the fall of the regime"
    Match r = make(i, end, "DATE", "", "season");
    if (!year) {
      if (!dct_) {
        r.value = std::string("XXXX-") + s->lex->code;
        return r;
      }
      // "last spring" in October is this year's; "next spring" in October is next year's.
      auto index = [](std::string_view code) { return code == "SP" ? 0 : code == "SU" ? 1 : code == "FA" ? 2 : 3; };
      // In January and February every season of the year is still ahead.
      int season = index(s->lex->code), now = dct_->month <= 2 ? -1 : dct_->month == 12 ? 3 : (dct_->month - 3) / 3;
      year = dct_->year;
      if (shift < 0 && season >= now) --year;
      if (shift > 0 && season <= now) ++year;
      // "the summer", "in spring" told in the past tense: the last one; in the future tense, the next one.
      if (shift == 0 && !key_is(i, "this")) {
        const Tense tense = tense_around(i, end);
        if (season >= now && tense == Tense::kPast) --year;
        if (season < now && tense == Tense::kFuture) ++year;
      }
      r.anchored = true;
    }
    r.value = format("%04d-", year) + s->lex->code;
    return r;
  }
};

// How often the text says "quarter" (a linear search).
int count_quarters(std::string_view text) {
  int n = 0;
  for (size_t pos = text.find("quarter"); pos != std::string_view::npos; pos = text.find("quarter", pos + 7)) ++n;
  return n;
}

// Whether nothing but closing quotes and brackets follows word `end` - 1 in its sentence.
bool ends_sentence(const std::vector<Word>& words, size_t end) {
  for (size_t k = end; k < words.size(); ++k)
    if (words[k].key.find_first_not_of("\"')]") != std::string_view::npos && words[k].key != "\xE2\x80\x9D")
      return false;
  return true;
}

void TimeAnnotator::annotate(Document& doc) const {
  std::optional<CivilDate> dct = creation_date(doc);
  const std::vector<Span>& tokens = doc.structure.tokens;
  std::vector<Word> words;
  words.reserve(tokens.size() + tokens.size() / 8);
  std::deque<std::string> respelled;  // keys written with a typographic apostrophe (make_word)
  std::vector<Match> matches;
  bool quarter_context = count_quarters(doc.text) >= 2;
  const std::string lower = ascii_lower(doc.text);
  // The header line of wire copy ("date 2020-01-25 SOURCE") is metadata the reading step has read.
  const size_t header_end = header_line_end(doc);
  const std::optional<Span>& title = doc.metadata.title.span;
  Narrative narrative;
  size_t t = 0;
  for (Span sentence : doc.structure.sentences) {
    while (t < tokens.size() && tokens[t].start < sentence.start) ++t;
    words.clear();
    respelled.clear();
    for (; t < tokens.size() && tokens[t].end <= sentence.end; ++t)
      add_token_words(lexicon_, doc.text, lower, tokens[t], words, respelled);
    matches.clear();
    const bool headline = title && title->start <= sentence.start && sentence.end <= title->end;
    SentenceScanner scanner(words, 0, words.size(), dct, quarter_context, narrative, headline);
    scanner.scan(matches);
    narrative = scanner.narrative();
    narrative.next_sentence();
    for (Match& m : matches) {
      if (words[m.begin].span.start < header_end) continue;
      // TimeML leaves a possessive outside: <TIMEX3>Friday</TIMEX3>'s.
      const Word& last = words[m.end - 1];
      uint32_t end = last.possessive ? last.span.end - last.dotted - last.possessive : last.span.end;
      // A month or weekday written short that ends the sentence shares its dot with it, which is the
      // sentence's: "closed on 4 Nov." ("10 p.m." keeps its dots, which are all the word's).
      if (last.dotted && !last.possessive && ends_sentence(words, m.end) && last.key.find('.') == std::string_view::npos)
        --end;
      Annotation& a = doc.add({words[m.begin].span.start, end}, "time", std::move(m.rule));
      a.attrs.set("type", m.type);
      a.attrs.set("value", std::move(m.value));
      if (!m.mod.empty()) a.attrs.set("mod", std::move(m.mod));
      if (!m.freq.empty()) a.attrs.set("freq", std::move(m.freq));
      if (!m.anchor.empty()) a.attrs.set("anchor", std::move(m.anchor));
      else if (m.anchored && dct) a.attrs.set("anchor", to_iso(*dct));
    }
  }
}

}  // namespace

std::unique_ptr<Annotator> make_time_annotator() {
  return std::make_unique<TimeAnnotator>();
}

}  // namespace ledeline
