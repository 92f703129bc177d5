#include "ledeline/calendar.h"
#include "ledeline/timex_text.h"

#include <gtest/gtest.h>

namespace ledeline {
namespace {

struct DateLineCase {
  const char* line;
  const char* iso;  // nullptr: not a date line
};

void PrintTo(const DateLineCase& c, std::ostream* os) { *os << c.line; }

class DateLineTest : public testing::TestWithParam<DateLineCase> {};

TEST_P(DateLineTest, Parses) {
  const DateLineCase& c = GetParam();
  auto t = parse_date_line(c.line);
  if (!c.iso) {
    EXPECT_FALSE(t) << c.line << " -> " << to_iso(*t);
  } else {
    ASSERT_TRUE(t) << c.line;
    EXPECT_EQ(to_iso(*t), c.iso) << c.line;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, DateLineTest,
    testing::Values(DateLineCase{"Sat 25th January 2020 | 08:45 PM", "2020-01-25T20:45"},
                    DateLineCase{"Saturday, 25 January 2020", "2020-01-25"},
                    DateLineCase{"January 25, 2020 8:45 p.m. EST", "2020-01-25T20:45-05:00"},
                    DateLineCase{"Jan. 5, 2021, 12:05 AM", "2021-01-05T00:05"},
                    DateLineCase{"Sept 30 2019 14:00 GMT", "2019-09-30T14:00Z"},
                    DateLineCase{"2020-01-25T20:45:10+01:00", "2020-01-25T20:45:10+01:00"},
                    DateLineCase{"2020-01-25", "2020-01-25"},
                    DateLineCase{"25.01.2020", "2020-01-25"},
                    DateLineCase{"29 February 2020", "2020-02-29"},
                    DateLineCase{"29 February 2019", nullptr},
                    DateLineCase{"31 April 2020", nullptr},
                    DateLineCase{"25th January 2020 | 13:45 PM", nullptr},
                    DateLineCase{"Five Czech police officers have returned", nullptr},
                    DateLineCase{"January 2020 was cold", nullptr}));

TEST(Calendar, IsoDate) {
  EXPECT_EQ(parse_iso_date("2020-01-25"), (CivilDate{2020, 1, 25}));
  EXPECT_EQ(parse_iso_date("2020-02-29"), (CivilDate{2020, 2, 29}));
  for (const char* bad : {"2019-02-29", "2020-1-25", "2020-01-25T10:00", "25.01.2020", "2020/01/25", "", "2020-13-01"})
    EXPECT_EQ(parse_iso_date(bad), std::nullopt) << bad;
}

TEST(Calendar, Weekday) {
  EXPECT_EQ(weekday({2020, 1, 25}), 5);  // Saturday
  EXPECT_EQ(weekday({1970, 1, 1}), 3);   // Thursday
  EXPECT_EQ(weekday({2000, 2, 29}), 1);  // Tuesday
}

TEST(Calendar, MonthNames) {
  EXPECT_EQ(month_from_name("January"), 1);
  EXPECT_EQ(month_from_name("sept."), 9);
  EXPECT_EQ(month_from_name("DEC"), 12);
  EXPECT_EQ(month_from_name("Ja"), 0);
  EXPECT_EQ(month_from_name("Mayor"), 0);
}

// What the page shows beside a TIMEX3 value.
struct TimexWordsCase {
  const char* type;
  const char* value;
  const char* mod;
  const char* words;
};

class TimexWordsTest : public testing::TestWithParam<TimexWordsCase> {};

TEST_P(TimexWordsTest, SaysIt) {
  EXPECT_EQ(timex_in_words(GetParam().type, GetParam().value, GetParam().mod), GetParam().words) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TimexWordsTest,
    testing::Values(TimexWordsCase{"DATE", "2016-09-26", "", "Monday 26 September 2016"},
                    TimexWordsCase{"DATE", "2016-09", "END", "the end of September 2016"},
                    TimexWordsCase{"DATE", "2016", "", "2016"},
                    TimexWordsCase{"DATE", "199", "", "the 1990s"},
                    TimexWordsCase{"DATE", "19", "", "the 20th century"},
                    TimexWordsCase{"DATE", "2016-W39", "", "the week of Monday 26 September 2016"},
                    TimexWordsCase{"DATE", "2020-W01", "", "the week of Monday 30 December 2019"},
                    TimexWordsCase{"DATE", "2016-W39-WE", "", "the weekend of Saturday 1 October 2016"},
                    TimexWordsCase{"DATE", "2016-Q3", "", "the 3rd quarter of 2016 (July to September)"},
                    TimexWordsCase{"DATE", "2016-SU", "", "summer 2016"},
                    TimexWordsCase{"DATE", "XXXX-12-25", "", "25 December, year not known"},
                    TimexWordsCase{"DATE", "XXXX-WXX-5", "", "a Friday"},
                    TimexWordsCase{"SET", "XXXX-WXX-1", "", "every Monday"},
                    TimexWordsCase{"SET", "P1D", "", "every day"},
                    TimexWordsCase{"TIME", "2016-09-26T20:45", "", "Monday 26 September 2016, 20:45"},
                    TimexWordsCase{"TIME", "2016-09-26TEV", "", "Monday 26 September 2016, evening"},
                    TimexWordsCase{"DURATION", "P16D", "", "16 days"},
                    TimexWordsCase{"DURATION", "PT5H30M", "", "5 hours 30 minutes"},
                    TimexWordsCase{"DURATION", "P1Y", "APPROX", "about 1 year"},
                    TimexWordsCase{"DURATION", "PXY", "", "some years"},
                    TimexWordsCase{"DATE", "PAST_REF", "", "the past"},
                    TimexWordsCase{"DATE", "2016-13", "", ""},
                    TimexWordsCase{"DATE", "2019-02-29", "", ""},
                    TimexWordsCase{"DURATION", "P3Z", "", ""},
                    TimexWordsCase{"DATE", "soon", "", ""}));

}  // namespace
}  // namespace ledeline
