#include "ledeline/calendar.h"

#include <array>
#include <cctype>
#include <cstdio>

#include <re2/re2.h>

namespace ledeline {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Compiled once; RE2 objects are thread-safe for matching.
struct DateLinePatterns {
  static constexpr const char* kWeekday =
      R"((?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?)";
  static constexpr const char* kMonth =
      R"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)";
  static constexpr const char* kTime =
      R"((?:\s*(?:\||,|at|-|–|—|/)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?(?:m\.?)?)?)"
      R"((?:\s*\(?(utc|gmt|z|[a-z]{2,4}t|[+-]\d{2}:?\d{2})\)?)?)";

  RE2 day_month_year{std::string("(?i)^\\s*") + kWeekday + R"((\d{1,2})(?:st|nd|rd|th)?\s+)" + kMonth +
                     R"(,?\s+(\d{4}))" + kTime + "\\s*$"};
  RE2 month_day_year{std::string("(?i)^\\s*") + kWeekday + kMonth +
                     R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))" + kTime + "\\s*$"};
  RE2 numeric_ymd{std::string("(?i)^\\s*") + kWeekday + R"((\d{4})-(\d{2})-(\d{2}))" +
                  R"((?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(z|[+-]\d{2}:?\d{2}|utc|gmt)?)?\s*$)"};
  RE2 numeric_dmy{std::string("(?i)^\\s*") + kWeekday + R"((\d{1,2})\.(\d{1,2})\.(\d{4}))" + kTime + "\\s*$"};
};

const DateLinePatterns& patterns() {
  static const DateLinePatterns p;
  return p;
}

int to_int(const std::string& s) { return s.empty() ? -1 : std::stoi(s); }

std::optional<int> parse_zone(const std::string& zone) {
  if (zone.empty()) return std::nullopt;
  if (zone[0] == '+' || zone[0] == '-') {
    int h = std::stoi(zone.substr(1, 2));
    int m = std::stoi(zone.substr(zone.size() - 2));
    int minutes = h * 60 + m;
    return zone[0] == '-' ? -minutes : minutes;
  }
  return zone_offset_minutes(zone);
}

// Fills the time fields from hour, minute, second, am/pm and zone captures.
bool apply_time(DateTime& t, const std::string& h, const std::string& m, const std::string& s,
                const std::string& ampm, const std::string& zone) {
  if (h.empty()) return true;
  int hour = to_int(h), minute = to_int(m);
  if (!ampm.empty()) {
    if (hour < 1 || hour > 12) return false;
    bool pm = std::tolower(static_cast<unsigned char>(ampm[0])) == 'p';
    hour = hour % 12 + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return false;
  t.hour = hour;
  t.minute = minute;
  t.second = to_int(s);
  if (t.second > 59) return false;
  t.utc_offset_minutes = parse_zone(zone);
  return true;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool valid_date(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

long days_from_civil(const CivilDate& d) {
  // Howard Hinnant's algorithm.
  int y = d.year - (d.month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday(const CivilDate& d) {
  long days = days_from_civil(d);  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

IsoWeek iso_week(const CivilDate& d) {
  // The week belongs to the year of its Thursday.
  CivilDate thursday = add_days(d, 3 - weekday(d));
  long first = days_from_civil({thursday.year, 1, 1});
  return {thursday.year, static_cast<int>((days_from_civil(thursday) - first) / 7 + 1)};
}

int month_from_name(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  std::string n = lower(name);
  while (!n.empty() && n.back() == '.') n.pop_back();
  if (n.size() < 3) return 0;
  if (n == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i)
    if (n == kNames[i] || (n.size() == 3 && kNames[i].substr(0, 3) == n)) return static_cast<int>(i) + 1;
  return 0;
}

std::optional<int> zone_offset_minutes(std::string_view abbreviation) {
  struct Zone { std::string_view name; int minutes; };
  static constexpr std::array kZones = {
      Zone{"utc", 0}, Zone{"gmt", 0}, Zone{"z", 0}, Zone{"wet", 0}, Zone{"bst", 60}, Zone{"cet", 60},
      Zone{"cest", 120}, Zone{"eet", 120}, Zone{"eest", 180}, Zone{"msk", 180}, Zone{"pkt", 300},
      Zone{"ist", 330}, Zone{"jst", 540}, Zone{"kst", 540}, Zone{"aest", 600}, Zone{"aedt", 660},
      Zone{"est", -300}, Zone{"edt", -240}, Zone{"cst", -360}, Zone{"cdt", -300}, Zone{"mst", -420},
      Zone{"mdt", -360}, Zone{"pst", -480}, Zone{"pdt", -420}, Zone{"hkt", 480}, Zone{"sgt", 480},
      Zone{"awst", 480}, Zone{"acst", 570}, Zone{"acdt", 630}, Zone{"nzst", 720}, Zone{"nzdt", 780},
      Zone{"hst", -600}, Zone{"akst", -540}, Zone{"akdt", -480}, Zone{"ast", -240}, Zone{"adt", -180},
      Zone{"wat", 60}, Zone{"sast", 120}};
  std::string a = lower(abbreviation);
  for (const Zone& z : kZones)
    if (a == z.name) return z.minutes;
  return std::nullopt;
}

std::string to_iso(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  const auto number = [&](size_t at, size_t n) { return to_int(std::string(s.substr(at, n))); };
  const CivilDate d{number(0, 4), number(5, 2), number(8, 2)};
  if (!valid_date(d)) return std::nullopt;
  return d;
}

std::string to_iso(const DateTime& t) {
  std::string out = to_iso(t.date);
  if (t.hour < 0) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", t.hour, t.minute);
  out += buf;
  if (t.second >= 0) {
    std::snprintf(buf, sizeof buf, ":%02d", t.second);
    out += buf;
  }
  if (t.utc_offset_minutes) {
    int m = *t.utc_offset_minutes;
    if (m == 0) {
      out += 'Z';
    } else {
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", m < 0 ? '-' : '+', std::abs(m) / 60, std::abs(m) % 60);
      out += buf;
    }
  }
  return out;
}

std::optional<DateTime> parse_date_line(std::string_view line) {
  if (line.size() > 120) return std::nullopt;
  const DateLinePatterns& p = patterns();
  re2::StringPiece in(line.data(), line.size());
  std::string a, b, c, h, m, s, ampm, zone;
  DateTime t;
  bool time_ok = false;
  if (RE2::FullMatch(in, p.day_month_year, &a, &b, &c, &h, &m, &s, &ampm, &zone)) {
    t.date = {to_int(c), month_from_name(b), to_int(a)};
    time_ok = apply_time(t, h, m, s, ampm, zone);
  } else if (RE2::FullMatch(in, p.month_day_year, &b, &a, &c, &h, &m, &s, &ampm, &zone)) {
    t.date = {to_int(c), month_from_name(b), to_int(a)};
    time_ok = apply_time(t, h, m, s, ampm, zone);
  } else if (RE2::FullMatch(in, p.numeric_ymd, &c, &b, &a, &h, &m, &s, &zone)) {
    t.date = {to_int(c), to_int(b), to_int(a)};
    time_ok = apply_time(t, h, m, s, "", zone);
  } else if (RE2::FullMatch(in, p.numeric_dmy, &a, &b, &c, &h, &m, &s, &ampm, &zone)) {
    t.date = {to_int(c), to_int(b), to_int(a)};
    time_ok = apply_time(t, h, m, s, ampm, zone);
  } else {
    return std::nullopt;
  }
  if (!time_ok || !valid_date(t.date)) return std::nullopt;
  return t;
}

}  // namespace ledeline
