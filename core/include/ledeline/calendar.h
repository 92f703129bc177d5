// Calendar dates and times as the readers and the time annotator need them: no time zone database,
// only what an article states.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ledeline {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

struct DateTime {
  CivilDate date;
  int hour = -1, minute = 0, second = -1;  // hour < 0: no time given; second < 0: not given
  std::optional<int> utc_offset_minutes;   // only when the source states a zone
};

int days_in_month(int year, int month);
bool valid_date(const CivilDate& d);
int weekday(const CivilDate& d);  // 0 = Monday ... 6 = Sunday

// Days since 1970-01-01 and back, for date arithmetic ("16 days ago").
long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);
inline CivilDate add_days(const CivilDate& d, long n) { return civil_from_days(days_from_civil(d) + n); }

// The ISO 8601 week of a date: its year (which may differ from the calendar year) and number 1..53.
struct IsoWeek {
  int year = 0, week = 0;
};
IsoWeek iso_week(const CivilDate& d);

// 1..12 for an English month name or its usual abbreviation ("Jan", "Sept"), any case; 0 otherwise.
int month_from_name(std::string_view name);
// Minutes east of UTC for a zone abbreviation commonly printed in news (UTC, GMT, EST, CET, PKT...).
std::optional<int> zone_offset_minutes(std::string_view abbreviation);

// ISO 8601: 2020-01-25, 2020-01-25T20:45, 2020-01-25T20:45:10+05:00.
std::string to_iso(const CivilDate& d);
std::string to_iso(const DateTime& t);
// Exactly YYYY-MM-DD, a valid date (a date a person or a caller gives: --dct, the page's reference date).
std::optional<CivilDate> parse_iso_date(std::string_view s);

// Parses a line that states a publication date, such as "Sat 25th January 2020 | 08:45 PM",
// "January 25, 2020 8:45 p.m. EST", "2020-01-25 20:45" or "25.01.2020". The whole line must be a date.
std::optional<DateTime> parse_date_line(std::string_view line);

}  // namespace ledeline
