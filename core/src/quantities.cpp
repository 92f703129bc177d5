// [SECTION] Quantities: numbers in digits and in words, money, percentages, fractions and ordinals,
// each with its value and the thing counted.
//
//   "24 military police officers"  value=24; unit=military police officers
//   "Five Czech police officers"   value=5; unit=Czech police officers
//   "$1.5 million in aid"          type=money; value=1500000; currency=USD
//   "two-thirds of voters"         type=fraction; value=2/3
//
// One pass over the tokens. Values are exact decimals formatted here (no floating point), so both
// builds write the same digits. Numbers that belong to dates and clock times are left to the time step.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotators.h"
#include "ledeline/calendar.h"
#include "text_util.h"

namespace ledeline {
namespace {

// An exact decimal: mantissa * 10^exponent.
struct Decimal {
  int64_t mantissa = 0;
  int32_t exponent = 0;
};

constexpr int64_t kMaxMantissa = INT64_C(100000000000000000);  // keeps products inside int64

std::optional<Decimal> multiply(Decimal d, int64_t factor) {
  if (factor != 0 && (d.mantissa > kMaxMantissa / factor)) return std::nullopt;
  d.mantissa *= factor;
  return d;
}

std::string format_decimal(Decimal d) {
  while (d.exponent < 0 && d.mantissa % 10 == 0 && d.mantissa != 0) {
    d.mantissa /= 10;
    ++d.exponent;
  }
  std::string digits = std::to_string(d.mantissa);
  if (d.exponent >= 0) return digits + std::string(static_cast<size_t>(d.exponent), '0');
  size_t places = static_cast<size_t>(-d.exponent);
  if (digits.size() <= places) digits.insert(0, places - digits.size() + 1, '0');
  digits.insert(digits.size() - places, ".");
  return digits;
}

// "1,000", "3.5", "24": digits with thousands commas and a decimal part.
std::optional<Decimal> parse_digits(std::string_view s) {
  Decimal d;
  bool seen_digit = false, after_point = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (d.mantissa > kMaxMantissa) return std::nullopt;
      d.mantissa = d.mantissa * 10 + (c - '0');
      if (after_point) --d.exponent;
      seen_digit = true;
    } else if (c == ',' && !after_point) {
      continue;
    } else if (c == '.' && !after_point && seen_digit) {
      after_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return d;
}

struct NumberWord {
  std::string_view word;
  int64_t value;
};

constexpr NumberWord kSmallNumbers[] = {
    {"zero", 0},       {"one", 1},        {"two", 2},         {"three", 3},      {"four", 4},
    {"five", 5},       {"six", 6},        {"seven", 7},       {"eight", 8},      {"nine", 9},
    {"ten", 10},       {"eleven", 11},    {"twelve", 12},     {"thirteen", 13},  {"fourteen", 14},
    {"fifteen", 15},   {"sixteen", 16},   {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19},
    {"twenty", 20},    {"thirty", 30},    {"forty", 40},      {"fifty", 50},     {"sixty", 60},
    {"seventy", 70},   {"eighty", 80},    {"ninety", 90}};

constexpr NumberWord kScales[] = {{"hundred", 100},
                                  {"thousand", 1000},
                                  {"million", 1000000},
                                  {"billion", INT64_C(1000000000)},
                                  {"trillion", INT64_C(1000000000000)}};

constexpr NumberWord kOrdinals[] = {
    {"first", 1},       {"second", 2},       {"third", 3},         {"fourth", 4},       {"fifth", 5},
    {"sixth", 6},       {"seventh", 7},      {"eighth", 8},        {"ninth", 9},        {"tenth", 10},
    {"eleventh", 11},   {"twelfth", 12},     {"thirteenth", 13},   {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},   {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},  {"fortieth", 40},    {"fiftieth", 50},     {"hundredth", 100},  {"thousandth", 1000}};

// Denominators of fractions written in words ("two-thirds", "one-quarter").
constexpr NumberWord kDenominators[] = {
    {"half", 2},     {"halves", 2},   {"third", 3},   {"thirds", 3},   {"quarter", 4}, {"quarters", 4},
    {"fourth", 4},   {"fourths", 4},  {"fifth", 5},   {"fifths", 5},   {"sixth", 6},   {"sixths", 6},
    {"eighth", 8},   {"eighths", 8},  {"tenth", 10},  {"tenths", 10}};

template <size_t N>
std::optional<int64_t> lookup(const NumberWord (&table)[N], std::string_view lower) {
  for (const NumberWord& w : table)
    if (w.word == lower) return w.value;
  return std::nullopt;
}

// The first letters of number words and ordinals (a fraction starts with a number word): a word
// starting with another letter is no number, so most words are turned away before any lookup.
constexpr std::array<bool, 256> kNumberInitials = [] {
  std::array<bool, 256> initials{};
  for (const NumberWord& w : kSmallNumbers) initials[static_cast<unsigned char>(w.word[0])] = true;
  for (const NumberWord& w : kOrdinals) initials[static_cast<unsigned char>(w.word[0])] = true;
  return initials;
}();

struct Currency {
  std::string_view symbol;
  std::string_view code;
};
constexpr Currency kCurrencies[] = {{"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}};

// Words that end the noun phrase after a number: it names what is counted, not what happens to it.
constexpr std::string_view kUnitStopWords[] = {
    "a", "about", "above", "after", "against", "ago", "all", "also", "among", "an", "and", "are", "as", "at",
    "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "during", "each", "earlier", "every", "for", "from", "had", "has", "have", "he", "her", "here",
    "his", "i", "if", "in", "into", "is", "it", "its", "just", "later", "least", "less", "may", "might",
    "more", "most", "must", "my", "no", "nor", "not", "of", "on", "only", "or", "our", "out", "over", "per",
    "she", "should", "since", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "to", "under", "until", "up", "upon", "us", "was", "we", "were", "when",
    "where", "which", "while", "who", "whom", "whose", "will", "with", "within", "without", "would", "yet",
    "you", "your", "said", "says", "say", "told", "percent", "cent"};

constexpr size_t kMaxUnitWords = 4;

bool is_unit_stop_word(std::string_view lower) {
  return std::find(std::begin(kUnitStopWords), std::end(kUnitStopWords), lower) != std::end(kUnitStopWords);
}

bool is_determiner(std::string_view lower) {
  for (std::string_view d : {"a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those"})
    if (d == lower) return true;
  return false;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class QuantityAnnotator : public Annotator {
 public:
  std::string_view name() const override { return "quantities"; }

  void annotate(Document& doc) const override {
    const std::vector<Span>& tokens = doc.structure.tokens;
    std::vector<Span> times;
    for (const Annotation& a : doc.annotations)
      if (a.kind == "time") times.push_back(a.span);
    std::sort(times.begin(), times.end(), [](Span a, Span b) { return a.start < b.start; });
    std::vector<Annotation> found;
    for (size_t k = 0; k < tokens.size();) {
      size_t next = k + 1;
      if (std::optional<Annotation> q = read_quantity(doc, times, k, next); q && !inside_any(q->span, times)) found.push_back(std::move(*q));
      k = next;
    }
    for (Annotation& a : found) doc.annotations.push_back(std::move(a));
  }

 private:
  struct Reading {
    Decimal value;
    std::string fraction;  // "2/3" for fractions, whose value is not a finite decimal
    std::string_view type = "cardinal";
  };

  // Whether `s` overlaps a span of `spans` (sorted by start; time expressions do not nest deeply).
  static bool inside_any(Span s, const std::vector<Span>& spans) {
    auto it = std::lower_bound(spans.begin(), spans.end(), s.end, [](Span t, uint32_t pos) { return t.start < pos; });
    for (int steps = 0; it != spans.begin() && steps < 4; ++steps)
      if ((--it)->end > s.start) return true;
    return false;
  }

  // Reads a quantity starting at token k; `next` is where scanning resumes. `times`: the document's time
  // expressions, sorted by start.
  static std::optional<Annotation> read_quantity(const Document& doc, const std::vector<Span>& times, size_t k,
                                                 size_t& next) {
    const std::vector<Span>& tokens = doc.structure.tokens;
    auto tok = [&](size_t i) { return doc.slice(tokens[i]); };
    size_t first = k;
    std::string_view currency;
    for (const Currency& c : kCurrencies)
      if (tok(k) == c.symbol && k + 1 < tokens.size() && adjacent(tokens[k], tokens[k + 1])) {
        currency = c.code;
        ++k;
      }
    Reading r;
    size_t end = k;  // one past the last token of the number
    if (!read_number(doc, k, end, r)) return std::nullopt;
    next = end;
    if (currency.empty() && (r.type == "cardinal" || r.type == "ordinal") && is_date_or_clock_part(doc, first, end)) return std::nullopt;
    if (!currency.empty()) r.type = "money";
    if (end < tokens.size() && r.type == "cardinal") {
      std::string lower = ascii_lower(tok(end));
      if (lower == "%" || lower == "percent") {
        r.type = "percent";
        ++end;
      } else if (lower == "per" && end + 1 < tokens.size() && ascii_lower(tok(end + 1)) == "cent") {
        r.type = "percent";
        end += 2;
      }
    }
    size_t number_end = end;
    size_t unit_begin = end;
    while (end < tokens.size() && end - unit_begin < kMaxUnitWords && is_unit_word(doc, unit_begin, end)) ++end;
    // A rate is one unit: "32 metres per second", "500 barrels a day".
    const bool rate = end > unit_begin && end + 1 < tokens.size() && measure_unit(ascii_lower(tok(end - 1))) &&
                      (tok(end) == "per" || tok(end) == "a" || tok(end) == "an") && is_lower_word(tok(end + 1));
    if (rate) end += 2;
    // A participle or, after the head noun, a verb before its object starts the predicate: "one
    // supporting the plan", "the first ship left Tallinn", "two ministers met the" (but "police officers
    // Sunday" ends at the day).
    if (!rate && end > unit_begin && end < tokens.size() && is_lower_word(doc.slice(tokens[end - 1]))) {
      const std::string_view object = doc.slice(tokens[end]);
      const bool determiner = is_determiner(ascii_lower(object));
      const bool name = !object.empty() && object[0] >= 'A' && object[0] <= 'Z' && !inside_any(tokens[end], times);
      if ((ends_with(doc.slice(tokens[end - 1]), "ing") && determiner) || (end > unit_begin + 1 && (determiner || name)))
        --end;
    }
    // "one" alone is a pronoun far more often than a count ("one of the things").
    if (end == unit_begin && r.type == "cardinal" && r.fraction.empty() && r.value.mantissa == 1 &&
        ascii_lower(tok(number_end - 1)) == "one")
      return std::nullopt;
    next = std::max(next, end);
    Annotation a;
    a.span = {tokens[first].start, tokens[end - 1].end};
    a.kind = "quantity";
    a.rule = std::string("quantities.") + std::string(r.type);
    a.attrs.set("type", std::string(r.type));
    a.attrs.set("value", r.fraction.empty() ? format_decimal(r.value) : r.fraction);
    if (end > unit_begin)
      a.attrs.set("unit", std::string(doc.text, tokens[unit_begin].start, tokens[end - 1].end - tokens[unit_begin].start));
    if (!currency.empty()) a.attrs.set("currency", std::string(currency));
    return a;
  }

  static bool adjacent(Span a, Span b) { return a.end == b.start; }

  // Digits ("24", "1,000", "25th"), number words ("Five", "twenty-four", "two hundred"), a fraction
  // ("two-thirds"), each with an optional scale word ("1.5 million").
  static bool read_number(const Document& doc, size_t k, size_t& end, Reading& r) {
    const std::vector<Span>& tokens = doc.structure.tokens;
    std::string_view t = doc.slice(tokens[k]);
    bool digit = t[0] >= '0' && t[0] <= '9';
    char initial = t[0] >= 'A' && t[0] <= 'Z' ? static_cast<char>(t[0] - 'A' + 'a') : t[0];
    if (!digit && !kNumberInitials[static_cast<unsigned char>(initial)]) return false;
    std::string lower = ascii_lower(t);
    end = k + 1;
    if (digit) {
      if (std::optional<Decimal> d = parse_digits(t)) {
        r.value = *d;
      } else if (std::optional<int64_t> n = ordinal_digits(lower)) {
        r.value = {*n, 0};
        r.type = "ordinal";
        return true;
      } else {
        return false;
      }
    } else if (std::optional<int64_t> n = lookup(kOrdinals, lower)) {
      r.value = {*n, 0};
      r.type = "ordinal";
      return true;
    } else if (read_fraction(lower, r)) {
      return true;
    } else if (std::optional<int64_t> n = read_number_words(doc, k, end)) {
      r.value = {*n, 0};
      return true;
    } else {
      return false;
    }
    // Digits may carry a scale word: "1.5 million".
    if (end < tokens.size()) {
      if (std::optional<int64_t> scale = lookup(kScales, ascii_lower(doc.slice(tokens[end])))) {
        if (std::optional<Decimal> d = multiply(r.value, *scale)) {
          r.value = *d;
          ++end;
        }
      }
    }
    return true;
  }

  // "1st", "22nd", "3rd", "25th".
  static std::optional<int64_t> ordinal_digits(std::string_view lower) {
    size_t digits = 0;
    while (digits < lower.size() && lower[digits] >= '0' && lower[digits] <= '9') ++digits;
    std::string_view suffix = lower.substr(digits);
    if (digits == 0 || digits > 9 || (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")) return std::nullopt;
    return std::stoll(std::string(lower.substr(0, digits)));
  }

  static bool read_fraction(std::string_view lower, Reading& r) {
    size_t dash = lower.find('-');
    if (dash == std::string_view::npos) return false;
    std::optional<int64_t> numerator = lookup(kSmallNumbers, lower.substr(0, dash));
    std::optional<int64_t> denominator = lookup(kDenominators, lower.substr(dash + 1));
    if (!numerator || !denominator || *numerator == 0) return false;
    r.type = "fraction";
    r.fraction = std::to_string(*numerator) + "/" + std::to_string(*denominator);
    return true;
  }

  // A run of number words: "Five", "twenty-four", "two hundred and fifty", "three million".
  static std::optional<int64_t> read_number_words(const Document& doc, size_t k, size_t& end) {
    const std::vector<Span>& tokens = doc.structure.tokens;
    int64_t total = 0, current = 0;
    bool any = false;
    size_t i = k;
    for (; i < tokens.size(); ++i) {
      std::string lower = ascii_lower(doc.slice(tokens[i]));
      if (any && lower == "and" && i + 1 < tokens.size() && current % 100 == 0 && current > 0 &&
          small_number(ascii_lower(doc.slice(tokens[i + 1]))))
        continue;
      if (std::optional<int64_t> n = small_number(lower)) {
        if (any && current % 100 != 0 && current % 10 == 0 && *n >= 10) break;  // "twenty thirty"
        if (any && current % 10 != 0) break;                                  // "five six"
        current += *n;
      } else if (std::optional<int64_t> scale = lookup(kScales, lower); scale && any) {
        if (*scale == 100) {
          current = std::max<int64_t>(current, 1) * 100;
        } else {
          total += std::max<int64_t>(current, 1) * *scale;
          current = 0;
        }
      } else {
        break;
      }
      any = true;
    }
    if (!any) return std::nullopt;
    end = i;
    return total + current;
  }

  // "five", "twenty-four".
  static std::optional<int64_t> small_number(std::string_view lower) {
    if (std::optional<int64_t> n = lookup(kSmallNumbers, lower)) return n;
    size_t dash = lower.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    std::optional<int64_t> tens = lookup(kSmallNumbers, lower.substr(0, dash));
    std::optional<int64_t> ones = lookup(kSmallNumbers, lower.substr(dash + 1));
    if (!tens || !ones || *tens < 20 || *tens % 10 != 0 || *ones == 0 || *ones > 9) return std::nullopt;
    return *tens + *ones;
  }

  // Day numbers beside a month name ("January 3", "25 January"), years standing alone ("since 2017,"),
  // and clock times ("08:45").
  static bool is_date_or_clock_part(const Document& doc, size_t first, size_t end) {
    const std::vector<Span>& tokens = doc.structure.tokens;
    auto tok = [&](size_t i) { return doc.slice(tokens[i]); };
    if (first > 0 && month_from_name(tok(first - 1)) != 0) return true;
    if (end < tokens.size() && month_from_name(tok(end)) != 0) return true;
    if (first > 0 && tok(first - 1) == ":") return true;
    if (end < tokens.size() && tok(end) == ":" && end + 1 < tokens.size() && all_digits(tok(end + 1))) return true;
    std::string_view t = tok(first);
    if (end == first + 1 && t.size() == 4 && all_digits(t) && t >= "1800" && t <= "2099") {
      bool unit_follows = end < tokens.size() && is_lower_word(tok(end)) && !is_unit_stop_word(ascii_lower(tok(end)));
      return !unit_follows;
    }
    return false;
  }

  static bool is_lower_word(std::string_view t) { return !t.empty() && t[0] >= 'a' && t[0] <= 'z'; }

  // Whether token i continues the noun phrase that begins at `begin`.
  static bool is_unit_word(const Document& doc, size_t begin, size_t i) {
    std::string_view t = doc.slice(doc.structure.tokens[i]);
    Utf8Char c = decode_at(t, 0);
    if (!is_word_char(c.cp) || (t[0] >= '0' && t[0] <= '9')) return false;
    std::string lower = ascii_lower(t);
    if (is_unit_stop_word(lower) || month_from_name(t) != 0) return false;
    if (i > begin) {
      std::string_view before = doc.slice(doc.structure.tokens[i - 1]);
      // A capital after a lower-case word starts another name; a participle or adverb after the head
      // noun starts the predicate ("officers returned", "soldiers recently").
      if (is_upper(c.cp) && is_lower_word(before)) return false;
      if (is_lower_word(t) && ends_with(lower, "ed")) return false;
    }
    return !looks_like_adverb(lower);
  }
};

}  // namespace

std::unique_ptr<Annotator> make_quantity_annotator() { return std::make_unique<QuantityAnnotator>(); }

}  // namespace ledeline
