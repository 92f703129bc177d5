#include "ledeline/timex_text.h"

#include <optional>
#include <utility>

#include "ledeline/calendar.h"

namespace ledeline {
namespace {

constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// The number written by all of `s` (digits only), or none.
std::optional<int> number(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

std::string ordinal(int n) {
  const int tens = n % 100, units = n % 10;
  const char* suffix = tens >= 11 && tens <= 13 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

// "Monday 26 September 2016".
std::string day_text(const CivilDate& d) {
  return std::string(kWeekdays[weekday(d)]) + " " + std::to_string(d.day) + " " + std::string(kMonths[d.month - 1]) +
         " " + std::to_string(d.year);
}

// The date part of a value: "2016-09-26", "2016-09", "2016", "XXXX-12-25", "2016-W39", "2016-W39-WE",
// "2016-Q3", "2016-H1", "2016-SU", "201" (a decade), "20" (a century); "" when not one of these.
std::string date_text(std::string_view v, bool set) {
  const std::string_view year = v.substr(0, 4);
  const std::optional<int> y = number(year);
  if (v.size() == 3 && number(v)) return "the " + std::string(v) + "0s";
  if (v.size() == 2 && number(v)) return "the " + ordinal(*number(v) + 1) + " century";
  if (v.size() == 4 && v[3] == 'X' && number(v.substr(0, 3))) return "the " + std::string(v.substr(0, 3)) + "0s";
  if (v.size() < 4 || (!y && year != "XXXX")) return "";
  const std::string year_text = y ? std::to_string(*y) : "";
  const auto in_year = [&](std::string what) { return y ? what + " " + year_text : what + (set ? "" : ", year not known"); };
  if (v.size() == 4) return y ? year_text : "";
  if (v[4] != '-') return "";
  const std::string_view rest = v.substr(5);
  if (const std::optional<int> m = number(rest); m && rest.size() == 2 && *m >= 1 && *m <= 12)
    return in_year(std::string(kMonths[*m - 1]));
  if (rest == "XX") return y ? "a month in " + year_text : "";
  if (rest.size() == 5 && rest[2] == '-') {
    const std::optional<int> m = number(rest.substr(0, 2)), d = number(rest.substr(3, 2));
    if (m && d && y && valid_date({*y, *m, *d})) return day_text({*y, *m, *d});
    if (m && d && !y && *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(2000, *m))
      return in_year(std::to_string(*d) + " " + std::string(kMonths[*m - 1]));
    if (m && rest.substr(3) == "XX" && *m >= 1 && *m <= 12) return in_year("a day in " + std::string(kMonths[*m - 1]));
    if (rest == "XX-XX") return y ? "a day in " + year_text : "a day, date not known";
    return "";
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    static constexpr std::string_view kQuarters[] = {"January to March", "April to June", "July to September",
                                                     "October to December"};
    return "the " + ordinal(rest[1] - '0') + " quarter" + (y ? " of " + year_text : "") + " (" +
           std::string(kQuarters[rest[1] - '1']) + ")";
  }
  if (rest == "QX") return y ? "a quarter of " + year_text : "";
  if (rest == "H1" || rest == "H2")
    return std::string(rest == "H1" ? "the first" : "the second") + " half" + (y ? " of " + year_text : "");
  for (const auto& [code, season] : {std::pair<std::string_view, std::string_view>{"SP", "spring"}, {"SU", "summer"},
                                     {"FA", "autumn"}, {"WI", "winter"}}) {
    if (rest == code) return in_year(std::string(season));
  }
  if (rest.size() >= 2 && rest[0] == 'W') {
    const bool weekend = rest.size() == 6 && rest.substr(3) == "-WE";
    const std::string_view week = rest.substr(1, 2);
    if (rest.size() != 3 && !weekend && !(rest.size() == 5 && rest[3] == '-')) return "";
    if (rest.size() == 5) {  // a weekday: "XXXX-WXX-1"
      if (week != "XX" || rest[4] < '1' || rest[4] > '7') return "";
      const std::string day(kWeekdays[rest[4] - '1']);
      return set ? "every " + day : "a " + day + (y ? " in " + year_text : "");
    }
    if (week == "XX") return weekend ? (set ? "every weekend" : in_year("a weekend")) : (set ? "every week" : in_year("a week"));
    const std::optional<int> w = number(week);
    if (!w || !y || *w < 1 || *w > 53) return "";
    // The Monday of ISO week w: week 1 holds 4 January.
    const CivilDate jan4{*y, 1, 4};
    const CivilDate monday = add_days(jan4, 7L * (*w - 1) - weekday(jan4));
    return weekend ? "the weekend of " + day_text(add_days(monday, 5)) : "the week of " + day_text(monday);
  }
  return "";
}

// A duration: "P3D" -> "3 days", "PT5H30M" -> "5 hours 30 minutes", "PXY" -> "some years".
std::string duration_text(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P') return "";
  std::string out;
  bool time = false;
  size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < v.size() && ((v[end] >= '0' && v[end] <= '9') || v[end] == '.' || v[end] == 'X')) ++end;
    if (end == i || end >= v.size()) return "";
    const std::string_view amount = v.substr(i, end - i);
    std::string_view unit;
    switch (v[end]) {
      case 'Y': unit = time ? "" : "year"; break;
      case 'M': unit = time ? "minute" : "month"; break;
      case 'W': unit = time ? "" : "week"; break;
      case 'D': unit = time ? "" : "day"; break;
      case 'Q': unit = time ? "" : "quarter"; break;
      case 'H': unit = time ? "hour" : ""; break;
      case 'S': unit = time ? "second" : ""; break;
      default: break;
    }
    if (unit.empty() || (amount.find('X') != std::string_view::npos && amount != "X")) return "";
    if (!out.empty()) out += ' ';
    if (amount == "X") {
      out += "some " + std::string(unit) + "s";
    } else {
      out += std::string(amount) + " " + std::string(unit) + (amount == "1" ? "" : "s");
    }
    i = end + 1;
  }
  return out;
}

// A value with a time of day: "2016-09-26T20:45", "2016-09-26TEV", "2016-09-26T24".
std::string time_text(std::string_view v) {
  const size_t t = v.find('T');
  const std::string day = date_text(v.substr(0, t), false);
  const std::string_view clock = v.substr(t + 1);
  if (day.empty()) return "";
  for (const auto& [code, part] : {std::pair<std::string_view, std::string_view>{"MO", "morning"}, {"AF", "afternoon"},
                                   {"EV", "evening"}, {"NI", "night"}, {"DT", "daytime"}}) {
    if (clock == code) return day + ", " + std::string(part);
  }
  if (clock == "24" || clock == "24:00") return day + ", midnight at its end";
  if (clock.size() >= 5 && clock[2] == ':' && number(clock.substr(0, 2)) && number(clock.substr(3, 2)))
    return day + ", " + std::string(clock.substr(0, 5)) + (clock.size() > 5 ? " " + std::string(clock.substr(5)) : "");
  if (clock.size() == 2 && number(clock)) return day + ", " + std::string(clock) + ":00";
  return "";
}

// "P1D" as a SET: "every day"; "P2W": "every 2 weeks".
std::string set_period_text(std::string_view v) {
  const std::string d = duration_text(v);
  if (d.empty()) return "";
  if (d.rfind("1 ", 0) == 0) return "every " + d.substr(2);
  return "every " + d;
}

std::string mod_text(std::string_view mod, std::string text) {
  static constexpr std::pair<std::string_view, std::string_view> kMods[] = {
      {"START", "the start of "}, {"MID", "the middle of "},   {"END", "the end of "},
      {"APPROX", "about "},       {"MORE_THAN", "more than "}, {"LESS_THAN", "less than "},
      {"EQUAL_OR_MORE", "at least "}, {"EQUAL_OR_LESS", "at most "}, {"BEFORE", "before "},
      {"AFTER", "after "},        {"ON_OR_BEFORE", "on or before "}, {"ON_OR_AFTER", "on or after "}};
  if (text.empty()) return text;
  for (const auto& [code, words] : kMods) {
    if (mod == code) return std::string(words) + text;
  }
  return text;
}

}  // namespace

std::string timex_in_words(std::string_view type, std::string_view value, std::string_view mod) {
  if (value == "PRESENT_REF") return "the present";
  if (value == "PAST_REF") return "the past";
  if (value == "FUTURE_REF") return "the future";
  const bool set = type == "SET";
  std::string text;
  if (!value.empty() && value[0] == 'P') {
    text = set ? set_period_text(value) : duration_text(value);
  } else if (value.find('T') != std::string_view::npos) {
    text = time_text(value);
  } else {
    text = date_text(value, set);
  }
  return mod_text(mod, std::move(text));
}

std::string timex_in_words(const Attributes& attrs) {
  const std::string* value = attrs.find("value");
  if (!value) return "";
  const std::string* type = attrs.find("type");
  const std::string* mod = attrs.find("mod");
  return timex_in_words(type ? *type : "", *value, mod ? *mod : "");
}

}  // namespace ledeline
