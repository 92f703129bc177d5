// The time annotator: extents, TIMEX3 types and TimeML values of sentences we wrote, resolved against a
// given document creation time; the TimeML reader and writer; the calendar arithmetic they use.
#include <gtest/gtest.h>

#include <string>

#include "ledeline/calendar.h"
#include "ledeline/pipeline.h"
#include "ledeline/timeml.h"

namespace ledeline {
namespace {

struct TimeCase {
  const char* dct;       // YYYY-MM-DD, or "" for none
  const char* text;
  const char* expected;  // every time annotation in order: "extent|TYPE|value", joined by " ; "
};

void PrintTo(const TimeCase& c, std::ostream* os) { *os << c.text; }

std::optional<CivilDate> date(const char* iso) {
  if (!*iso) return std::nullopt;
  return parse_date_line(iso)->date;
}

std::string times(const Document& doc) {
  std::string out;
  for (const Annotation& a : doc.annotations) {
    if (a.kind != "time") continue;
    if (!out.empty()) out += " ; ";
    out += std::string(doc.slice(a.span)) + "|" + *a.attrs.find("type") + "|" + *a.attrs.find("value");
  }
  return out;
}

class TimeTest : public testing::TestWithParam<TimeCase> {};

TEST_P(TimeTest, FindsAndResolves) {
  const TimeCase& c = GetParam();
  static const Pipeline pipeline;  // one pipeline for every case: the DCT is given per run
  ASSERT_TRUE(pipeline.ok()) << pipeline.error();
  RunOptions run;
  run.dct = date(c.dct);
  Result r = pipeline.run(c.text, "case", run);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(times(r.document), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Dates, TimeTest,
    testing::Values(
        TimeCase{"2020-01-25", "The ferry sailed on January 3 and came back on Jan. 9, 2020.",
                 "January 3|DATE|2020-01-03 ; Jan. 9, 2020|DATE|2020-01-09"},
        TimeCase{"2020-01-25", "The mill closed on 5 January 2020, a week after the fire of 28th December.",
                 "5 January 2020|DATE|2020-01-05 ; a week|DURATION|P1W ; 28th December|DATE|2019-12-28"},
        TimeCase{"2020-01-25", "The orchard has been in the family since 2017.", "2017|DATE|2017"},
        TimeCase{"2020-01-25", "She said earlier in January that the bridge was safe.", "January|DATE|2020-01"},
        // TimeML writes decades and centuries as truncated years.
        TimeCase{"2020-01-25", "Sales of the 1990s fell in the early 1980s too, the worst of the 20th century.",
                 "the 1990s|DATE|199 ; the early 1980s|DATE|198 ; the 20th century|DATE|19"},
        TimeCase{"2020-01-25", "They met in June last year and again in January this year.",
                 "June last year|DATE|2019-06 ; January this year|DATE|2020-01"},
        TimeCase{"1998-02-27", "One person is killed. January nineteen ninety-seven.",
                 "January nineteen ninety-seven|DATE|1997-01"},
        TimeCase{"2020-01-25", "Mon, 20 January 2020 was cold.", "Mon, 20 January 2020|DATE|2020-01-20"},
        TimeCase{"2020-01-25", "The form is dated 01/08/2019 and 2019-12-31.",
                 "01/08/2019|DATE|2019-01-08 ; 2019-12-31|DATE|2019-12-31"},
        TimeCase{"1998-03-20", "We met in May 1997, and the board may meet in May.",
                 "May 1997|DATE|1997-05 ; May|DATE|1998-05"},
        TimeCase{"1998-03-22", "The talks, supposed to conclude by May, may resume.", "May|DATE|1998-05"},
        TimeCase{"1998-03-03", "Crime fell through the nineties; Cuba won its independence in 1898 and 1500 troops left.",
                 "the nineties|DATE|199 ; 1898|DATE|1898"},
        TimeCase{"1998-03-20", "Shares rose 3 % in 1,997 trades and 2000 workers left.", ""},
        TimeCase{"1998-03-20", "Codes 1998----12, 1998-13-01 and 12/40/1998 are no dates.",
                 "1998|DATE|1998 ; 1998|DATE|1998"},
        TimeCase{"1998-03-20", "By the year two thousand, as in the winter of nineteen ninety-four, prices rose.",
                 "the year two thousand|DATE|2000 ; the winter of nineteen ninety-four|DATE|1994-WI"},
        TimeCase{"1998-10-25", "The paper said in an editorial on Monday, Oct. 26: no.",
                 "Monday, Oct. 26|DATE|1998-10-26"}));

INSTANTIATE_TEST_SUITE_P(
    Relative, TimeTest,
    testing::Values(
        TimeCase{"2020-01-25", "The crew returned 16 days ago and left again on Saturday.",
                 "16 days ago|DATE|2020-01-09 ; Saturday|DATE|2020-01-25"},
        TimeCase{"2020-01-25", "Sixteen days ago the council met; it will meet again on Tuesday.",
                 "Sixteen days ago|DATE|2020-01-09 ; Tuesday|DATE|2020-01-28"},
        TimeCase{"2020-01-25", "The shop opened Thursday.", "Thursday|DATE|2020-01-23"},
        // "Following" without "the" is a preposition; a day's event after "from" or "since" has been held;
        // "coming" as a verb tells no future.
        TimeCase{"2016-09-29", "Following Monday's debate, Politifact checked it. The following Monday, it ran.",
                 "Monday|DATE|2016-09-26 ; The following Monday|DATE|2016-10-03"},
        TimeCase{"2016-09-30", "It is an effort to bounce back from Monday's debate, the first poll since Tuesday's vote.",
                 "Monday|DATE|2016-09-26 ; Tuesday|DATE|2016-09-27"},
        TimeCase{"2016-09-29", "For all the cheers coming out of her headquarters Monday night, she has work to do.",
                 "Monday night|DATE|2016-09-26"},
        TimeCase{"2020-01-25", "The market closes Sunday.", "Sunday|DATE|2020-01-26"},
        TimeCase{"2026-11-25", "He appears in court on Friday; the rules come into force on 1 April; counting begins overnight.",
                 "Friday|DATE|2026-11-27 ; 1 April|DATE|2027-04-01 ; overnight|TIME|2026-11-25TNI"},
        // A past form after a modal is an infinitive: the modal tells the tense.
        TimeCase{"2026-11-25", "The storm will hit over the weekend; the union said it would cut ties on Friday.",
                 "the weekend|DATE|2026-W48-WE ; Friday|DATE|2026-11-27"},
        // A plan or an aim looks ahead whatever the tense of its telling; an event named by its day does not.
        TimeCase{"2026-11-25", "Forecasters issued a warning for Thursday; MPs debated before the vote set for Monday.",
                 "Thursday|DATE|2026-11-26 ; Monday|DATE|2026-11-30"},
        TimeCase{"2026-11-25", "A vigil planned at the church for Saturday was canceled; it began as planned Sunday.",
                 "Saturday|DATE|2026-11-21 ; Sunday|DATE|2026-11-22"},
        TimeCase{"2026-11-25", "Protesters planned a demonstration on Saturday; police foiled a planned attack on Sunday.",
                 "Saturday|DATE|2026-11-28 ; Sunday|DATE|2026-11-22"},
        TimeCase{"2026-11-25", "The launch is no earlier than Friday; he was jailed for Thursday's attack. He said Monday it was over.",
                 "Friday|DATE|2026-11-27 ; Thursday|DATE|2026-11-19 ; Monday|DATE|2026-11-23"},
        TimeCase{"2026-11-25", "The rocket could launch as soon as Tuesday; it had planned a test on Sunday.",
                 "Tuesday|DATE|2026-12-01 ; Sunday|DATE|2026-11-22"},
        // What a thing is said to be on is the day it is set for.
        TimeCase{"2026-11-25", "The vote is Monday; the funeral is on Saturday; the service is at 2 p.m. Sunday.",
                 "Monday|DATE|2026-11-30 ; Saturday|DATE|2026-11-28 ; 2 p.m. Sunday|TIME|2026-11-29T14:00"},
        TimeCase{"2026-11-25", "The store is closed Monday; the vote was Monday.",
                 "Monday|DATE|2026-11-23 ; Monday|DATE|2026-11-23"},
        TimeCase{"2026-11-25", "The vote is this coming Friday.", "this coming Friday|DATE|2026-11-27"},
        // "next <weekday>" is the first such day after the DCT (a Wednesday here): tomorrow, or a week on.
        TimeCase{"2026-11-25", "The council meets next Thursday and next Wednesday.",
                 "next Thursday|DATE|2026-11-26 ; next Wednesday|DATE|2026-12-02"},
        // A headline's present tells what happened.
        TimeCase{"2026-11-25", "Apple unveils new iPhone on Monday\n\nApple unveils the phone on Monday in Cupertino.",
                 "Monday|DATE|2026-11-23 ; Monday|DATE|2026-11-30"},
        TimeCase{"2026-11-25", "He scored in the second half of the match; profit rose in the first half of the year.",
                 "the first half|DATE|2026-H1 ; the year|DATE|2026"},
        TimeCase{"2026-11-25", "Talks resume in the new year; New Year's Day was quiet.",
                 "the new year|DATE|2027 ; New Year's Day|DATE|2026-01-01"},
        TimeCase{"2026-11-25", "Results came on election night; polling day is near; Americans voted on Election Day.",
                 "election night|TIME|XXXX-XX-XXTNI ; polling day|DATE|XXXX-XX-XX ; Election Day|DATE|2026-11-03"},
        TimeCase{"2026-11-25", "A decade on, the town has recovered. He spent two years on probation.",
                 "A decade on|DATE|2026 ; two years|DURATION|P2Y"},
        TimeCase{"2026-11-25", "The mill burned in 2016. Ten years on from the fire, it is a museum.",
                 "2016|DATE|2016 ; Ten years on|DATE|2026"},
        TimeCase{"2026-11-25", "The plant closed on 4 Nov. The next day, shares fell.",
                 "4 Nov|DATE|2026-11-04 ; The next day|DATE|2026-11-05"},
        TimeCase{"2026-11-25", "The review will report in the spring; it began in the summer.",
                 "the spring|DATE|2027-SP ; the summer|DATE|2026-SU"},
        TimeCase{"2026-11-25", "He left last season, will return next season and scored twice this season; the last season of the show.",
                 "last season|DATE|PAST_REF ; next season|DATE|FUTURE_REF ; this season|DATE|PRESENT_REF"},
        // A schedule in the present looks ahead (2026-11-25 is a Wednesday); a past or a narrative present does not.
        TimeCase{"2026-11-25", "Tickets go on sale Monday and the team plays Arsenal on Saturday.",
                 "Monday|DATE|2026-11-30 ; Saturday|DATE|2026-11-28"},
        TimeCase{"2026-11-25", "Polls close at 8 p.m. Tuesday; Arsenal host Chelsea on Sunday.",
                 "8 p.m. Tuesday|TIME|2026-12-01T20:00 ; Sunday|DATE|2026-11-29"},
        TimeCase{"2026-11-25", "He says Monday was hard; tickets went on sale Tuesday; they did not play Sunday.",
                 "Monday|DATE|2026-11-23 ; Tuesday|DATE|2026-11-24 ; Sunday|DATE|2026-11-22"},
        TimeCase{"2026-11-25", "The play opened Saturday, said a news release Monday; the vote Sunday was close.",
                 "Saturday|DATE|2026-11-21 ; Monday|DATE|2026-11-23 ; Sunday|DATE|2026-11-22"},
        TimeCase{"2026-11-25", "Voters head to the polls Sunday; the Lakers are playing Monday; pleas are set for Tuesday.",
                 "Sunday|DATE|2026-11-29 ; Monday|DATE|2026-11-30 ; Tuesday|DATE|2026-12-01"},
        TimeCase{"2026-11-25", "Rain is forecast for Friday; the Met Office said the warning runs until 6pm on Saturday.",
                 "Friday|DATE|2026-11-27 ; 6pm|TIME|2026-11-28T18:00 ; Saturday|DATE|2026-11-28"},
        TimeCase{"2026-11-25", "The road is closed from Monday; the bridge has been shut since Monday.",
                 "Monday|DATE|2026-11-30 ; Monday|DATE|2026-11-23"},
        TimeCase{"2013-03-22", "The Pope celebrates Mass on Sunday and the president addresses students on Thursday.",
                 "Sunday|DATE|2013-03-24 ; Thursday|DATE|2013-03-28"},
        TimeCase{"2026-11-25", "Tickets for the concert go on sale Monday; a rise in the price of gas hit sales Monday.",
                 "Monday|DATE|2026-11-30 ; Monday|DATE|2026-11-23"},
        TimeCase{"2026-11-25", "Ten firms had filed tax reports by Monday. He holds shares, some bought Sunday.",
                 "Monday|DATE|2026-11-23 ; Sunday|DATE|2026-11-22"},
        // Tense words: a verb of intent before "to" looks ahead; "next to" is a place; "until" tells no tense.
        TimeCase{"2020-01-25", "The talks, set to resume Monday, stalled.", "Monday|DATE|2020-01-27"},
        TimeCase{"2020-01-25", "The blasts next to the embassy on Friday killed ten.", "Friday|DATE|2020-01-24"},
        TimeCase{"2020-01-25", "Until Thursday, they had not called him.", "Thursday|DATE|2020-01-23"},
        TimeCase{"2013-03-22", "Cyprus has until Monday to raise the money; the bill is due by Tuesday.",
                 "Monday|DATE|2013-03-25 ; Tuesday|DATE|2013-03-26"},
        TimeCase{"2020-01-25", "The group could leave as soon as Tuesday.", "Tuesday|DATE|2020-01-28"},
        TimeCase{"2020-01-25", "The bakery opened last Friday and reported its figures last week.",
                 "last Friday|DATE|2020-01-24 ; last week|DATE|2020-W03"},
        TimeCase{"2020-01-25", "Prices fell last year, rose this year and will settle next month.",
                 "last year|DATE|2019 ; this year|DATE|2020 ; next month|DATE|2020-02"},
        TimeCase{"2020-01-25", "Nobody came yesterday, few come today and more will tomorrow.",
                 "yesterday|DATE|2020-01-24 ; today|DATE|2020-01-25 ; tomorrow|DATE|2020-01-26"},
        TimeCase{"2020-01-25", "The league is now bigger than it was in the past, says its current chief.",
                 "now|DATE|PRESENT_REF ; the past|DATE|PAST_REF ; current|DATE|PRESENT_REF"},
        TimeCase{"2020-01-25", "Now, he says, the firm is smaller. Now it is bigger.", "Now|DATE|PRESENT_REF"},
        TimeCase{"2020-01-25", "Prices will fall in the near future, rise in the short term and settle at a later date.",
                 "the near future|DATE|FUTURE_REF ; the short term|DATE|FUTURE_REF ; a later date|DATE|FUTURE_REF"},
        TimeCase{"2020-01-25", "Snow fell this spring and last fall.", "this spring|DATE|2020-SP ; last fall|DATE|2019-FA"},
        TimeCase{"2020-01-25", "It flooded in late summer; the dam will open in spring. They fell in love.",
                 "late summer|DATE|2019-SU ; spring|DATE|2020-SP"},
        TimeCase{"1989-10-26", "Orders rose from the lows of the early summer, above fiscal 1989 sales.",
                 "the early summer|DATE|1989-SU ; fiscal 1989|DATE|1989"},
        // TimeBank reads "the past year" as the calendar year before, like "last year" (5 of 6 such).
        TimeCase{"2020-01-25", "Crime rose over the past year and will fall in the next year.",
                 "the past year|DATE|2019 ; the next year|DATE|2021"},
        TimeCase{"2026-11-25", "Sales rose in the July-September quarter and will fall in the October-to-December quarter.",
                 "the July-September quarter|DATE|2026-Q3 ; the October-to-December quarter|DATE|2026-Q4"},
        // "a year earlier" than a month the sentence names is that month of the year before.
        TimeCase{"2026-11-25", "China's exports rose 5% in October from a year earlier. Imports fell from a year earlier.",
                 "October|DATE|2026-10 ; a year earlier|DATE|2025-10 ; a year earlier|DATE|2025"},
        TimeCase{"1989-10-26", "Profit in the third quarter rose from a year earlier; third-quarter sales and "
                               "fourth-quarter costs fell.",
                 "the third quarter|DATE|1989-Q3 ; a year earlier|DATE|1988-Q3 ; third-quarter|DATE|1989-Q3 ; "
                 "fourth-quarter|DATE|1989-Q4"},
        TimeCase{"2013-03-22", "Analysts expect a profit for the March quarter; the June quarter was weak.",
                 "the March quarter|DATE|2013-Q1 ; the June quarter|DATE|2012-Q2"},
        // An adjective leaves the determiner to its noun: "the third-quarter loss", "a year-earlier loss".
        TimeCase{"1989-10-26", "The third-quarter loss beat the year-earlier results and a year-earlier loss.",
                 "third-quarter|DATE|1989-Q3 ; year-earlier|DATE|1988 ; year-earlier|DATE|1988"},
        TimeCase{"1989-10-26", "Profit rose from the year-earlier third quarter and the year-ago fourth quarter.",
                 "the year-earlier third quarter|DATE|1988-Q3 ; the year-ago fourth quarter|DATE|1988-Q4"},
        // "The end of", "the middle of", "the beginning of" a period are part of it (mod END, MID, START).
        TimeCase{"2020-01-25", "It will close by the end of the year, or the end of March, or in the middle of the week.",
                 "the end of the year|DATE|2020 ; the end of March|DATE|2020-03 ; the middle of the week|DATE|2020-W04"},
        // The second day of "April 24 and 25" has the first's month and year; a count after "and" is no day.
        TimeCase{"2020-01-25", "The summit is on April 24 and 25 in Washington. On March 3 and 4 percent of them left.",
                 "April 24|DATE|2020-04-24 ; 25|DATE|2020-04-25 ; March 3|DATE|2020-03-03"},
        TimeCase{"2020-01-25", "The firm, which just months ago was failing, hopes to grow.", "months ago|DURATION|PXM"},
        // Quarters and halves by their codes; a bare "H1" is no time.
        TimeCase{"2020-05-25", "Sales rose in Q1, beat Q3 2019 and 2019 Q4, and will slow in Q3; H1 2020 ended badly. See H1.",
                 "Q1|DATE|2020-Q1 ; Q3 2019|DATE|2019-Q3 ; 2019 Q4|DATE|2019-Q4 ; Q3|DATE|2020-Q3 ; H1 2020|DATE|2020-H1"},
        TimeCase{"2020-02-25", "Profit fell in Q4.", "Q4|DATE|2019-Q4"},
        // "last January" is the latest before the DCT's month; "last Oct. 23" stays a date.
        TimeCase{"2026-11-25", "She took office last January, will leave next May and was shot last Oct. 23.",
                 "last January|DATE|2026-01 ; next May|DATE|2027-05 ; Oct. 23|DATE|2026-10-23"},
        TimeCase{"2026-11-25", "He resigned on Monday and was replaced later in the day; the plan runs to the end of the "
                               "decade and profit fell in the second quarter of this year.",
                 "Monday|DATE|2026-11-23 ; the day|DATE|2026-11-23 ; the end of the decade|DATE|202 ; "
                 "the second quarter of this year|DATE|2026-Q2"},
        TimeCase{"2020-01-25", "Earlier this year the mayor spoke; late last year he did not.",
                 "Earlier this year|DATE|2020 ; late last year|DATE|2019"},
        TimeCase{"2020-01-25", "The line opens three years from now.", "three years from now|DATE|2023"},
        TimeCase{"2020-01-25", "The mine opened in 2009. The following year it flooded, and later that year it shut.",
                 "2009|DATE|2009 ; The following year|DATE|2010 ; later that year|DATE|2010"},
        TimeCase{"", "The shop closed on Saturday, 16 days ago.", "Saturday|DATE|XXXX-WXX-6 ; 16 days ago|DATE|PAST_REF"},
        // The story's timeline: what it last stated anchors "that year", "the following month", a bare clock time.
        TimeCase{"2020-01-25", "The plant opened in June 1998 and closed later that year. It had hired in March 1997; "
                               "the following month it fired.",
                 "June 1998|DATE|1998-06 ; later that year|DATE|1998 ; March 1997|DATE|1997-03 ; "
                 "the following month|DATE|1997-04"},
        TimeCase{"1999-04-19", "The doctor was shot on Oct. 23, 1998. Police said the gunman fired at 10 p.m. from the woods.",
                 "Oct. 23, 1998|DATE|1998-10-23 ; 10 p.m.|TIME|1998-10-23T22:00"},
        // ... but a day still to come is no anchor for a time told in the past, nor one gone for the future.
        TimeCase{"2026-11-25", "The film streams from Jan. 15. The outage began at 3 a.m. The flight departs at 06:15.",
                 "Jan. 15|DATE|2027-01-15 ; 3 a.m.|TIME|2026-11-25T03:00 ; 06:15|TIME|2026-11-25T06:15"},
        // A possessive stays outside the expression, as TimeML writes it.
        TimeCase{"2020-01-25", "Yesterday's vote followed Friday's meeting and last year's count.",
                 "Yesterday|DATE|2020-01-24 ; Friday|DATE|2020-01-24 ; last year|DATE|2019"},
        TimeCase{"1989-11-02", "The deal should close by year-end; shares are up 5% since year-end.",
                 "year-end|DATE|1989-12-31 ; year-end|DATE|1988-12-31"},
        TimeCase{"1989-11-02", "Sales for the full year rose; the fiscal year ended Sept. 30.",
                 "the full year|DATE|1989 ; the fiscal year|DURATION|P1Y ; Sept. 30|DATE|1989-09-30"},
        // Tense and direction: a past date without a year may lie up to a year back; "effective" looks ahead;
        // "succeed" is no past; "had been due" is a plan of the past; "since" looks back.
        TimeCase{"1989-10-31", "The sale ended Jan. 31.", "Jan. 31|DATE|1989-01-31"},
        TimeCase{"1989-10-26", "He was named chairman, effective Feb. 1.", "Feb. 1|DATE|1990-02-01"},
        TimeCase{"1989-10-26", "Mr. Smith created the office and will succeed Mr. Jones Feb. 1.", "Feb. 1|DATE|1990-02-01"},
        TimeCase{"1989-10-30", "The offer had been due to expire Friday.", "Friday|DATE|1989-10-27"},
        TimeCase{"1989-10-27", "The thrift announced the plan Aug. 21.", "Aug. 21|DATE|1989-08-21"},
        TimeCase{"1989-10-30", "Since KKR bought RJR in February, its bonds slid.", "February|DATE|1989-02"},
        // Without a tense word a month is the coming one up to four months ahead, else the last one; a
        // weekday is the coming one only when it is the day after the DCT.
        TimeCase{"1989-10-30", "A share cost $30 in March and $40 in February.", "March|DATE|1989-03 ; February|DATE|1990-02"},
        TimeCase{"2020-01-24", "Rain on Sunday; sun on Saturday.", "Sunday|DATE|2020-01-19 ; Saturday|DATE|2020-01-25"},
        // A participle after "be" takes the tense before it: "will be held" looks ahead, to a date that has
        // not passed; "is held" tells none. A clause after "but" or ";" has its own tense.
        TimeCase{"2026-11-25", "The election will be held on Nov. 3.", "Nov. 3|DATE|2027-11-03"},
        TimeCase{"2026-11-25", "The fair is held on Nov. 3.", "Nov. 3|DATE|2026-11-03"},
        TimeCase{"2026-11-25", "The fair was cancelled, but it opens on Christmas Eve.", "Christmas Eve|DATE|2026-12-24"},
        // Ranges written as one token are their two ends; an en dash joins them too.
        TimeCase{"2026-11-25", "The fair runs Jan. 3-5 and Feb. 7\xE2\x80\x93" "9; the study covered 2015-2018.",
                 "Jan. 3|DATE|2027-01-03 ; 5|DATE|2027-01-05 ; Feb. 7|DATE|2027-02-07 ; 9|DATE|2027-02-09 ; "
                 "2015|DATE|2015 ; 2018|DATE|2018"},
        TimeCase{"2026-11-25", "The Lakers won 3-5 and the code is 1234-5678.", ""},
        // A verb of a schedule in the present tense looks ahead.
        TimeCase{"2026-11-25", "The offer expires Friday; leaders meet Monday; the law, passed in 2019, takes effect Jan. 1.",
                 "Friday|DATE|2026-11-27 ; Monday|DATE|2026-11-30 ; 2019|DATE|2019 ; Jan. 1|DATE|2027-01-01"},
        TimeCase{"2026-11-25", "The vote, which takes place Monday, is close.", "Monday|DATE|2026-11-30"},
        TimeCase{"2026-11-25", "The trial is set for the week of Dec. 7 and the summit for Nov. 30-December 2.",
                 "the week of Dec. 7|DATE|2026-W50 ; Nov. 30|DATE|2026-11-30 ; December 2|DATE|2026-12-02"},
        // The weekend ahead in the future tense, the last one otherwise.
        TimeCase{"2026-11-25", "Forecasters expect snow over the weekend. Crowds came over the weekend.",
                 "the weekend|DATE|2026-W48-WE ; the weekend|DATE|2026-W47-WE"},
        // The tense after an expression counts only within its clause, unless the expression opens the sentence;
        // "a Sunday" is no particular Sunday.
        TimeCase{"2026-11-25", "Biden, who leaves office Jan. 20, said so. In March, the firm hired. It last met on a Sunday.",
                 "Jan. 20|DATE|2027-01-20 ; March|DATE|2026-03 ; Sunday|DATE|XXXX-WXX-7"},
        // "ahead of" looks ahead; "remain closed" is a state now; "to get vaccinated" looks ahead.
        TimeCase{"2026-11-25", "Crowds gather ahead of Saturday's march. Schools remain closed until Monday. "
                               "Officials urge people to get vaccinated before Thanksgiving.",
                 "Saturday|DATE|2026-11-28 ; Monday|DATE|2026-11-30 ; Thanksgiving|DATE|2026-11-26"},
        // "is forecast to", "told to" look ahead; "last" as a verb tells no past; "would" reaches "the weekend".
        TimeCase{"2026-11-25", "The strike is set to last until Friday. The storm is forecast to hit Saturday; residents "
                               "were told to leave by Thursday. Talks would continue through the weekend.",
                 "Friday|DATE|2026-11-27 ; Saturday|DATE|2026-11-28 ; Thursday|DATE|2026-11-26 ; the weekend|DATE|2026-W48-WE"},
        // "would" looks ahead from a past told, except for an event named by its date.
        TimeCase{"2026-11-25", "The firm said it would close on Friday and would appeal Monday's ruling.",
                 "Friday|DATE|2026-11-27 ; Monday|DATE|2026-11-23"},
        // What was put off lies ahead: "postponed until", "extended to".
        TimeCase{"2000-03-30", "Officials postponed until Tuesday morning any action; the offer was extended to April 20.",
                 "Tuesday morning|DATE|2000-04-04 ; April 20|DATE|2000-04-20"},
        TimeCase{"2026-11-25", "The bank has extended $90 million in loans to the firm through January.", "January|DATE|2027-01"},
        TimeCase{"2026-11-25", "The board may meet in May and the firm could open in March.", "May|DATE|2027-05 ; March|DATE|2027-03"},
        TimeCase{"2000-03-30", "Officials stayed until Tuesday.", "Tuesday|DATE|2000-03-28"},
        // "USA Today" is a name.
        TimeCase{"2000-03-30", "The story ran in USA Today. Today it rained.", "Today|DATE|2000-03-30"},
        // "today's world", "the leaders of tomorrow" are the present and the future at large.
        TimeCase{"2000-03-30", "In today's world the leaders of tomorrow read today's editions.", "today|DATE|2000-03-30"},
        // Fiscal years by their code take the calendar year they are named after.
        TimeCase{"2026-11-25", "Profit for FY2024 beat FY 2023 and will double by FY27.",
                 "FY2024|DATE|2024 ; FY 2023|DATE|2023 ; FY27|DATE|2027"}));

INSTANTIATE_TEST_SUITE_P(
    Durations, TimeTest,
    testing::Values(
        // A period to date is the DCT's period (a span of a year to October is a year long).
        TimeCase{"2026-11-25", "The S&P 500 is up 18% year to date, the Nasdaq 25% year-to-date, gold 9% YTD; "
                               "sales are flat month to date.",
                 "year to date|DATE|2026 ; year-to-date|DATE|2026 ; YTD|DATE|2026 ; month to date|DATE|2026-11"},
        // Bounds stay in the extent as the mod: "at least", "no more than", "at most".
        TimeCase{"2026-11-25", "The ban lasts at least six months, no more than two years and at most 90 days.",
                 "at least six months|DURATION|P6M ; no more than two years|DURATION|P2Y ; at most 90 days|DURATION|P90D"},
        TimeCase{"2026-11-25", "The trial is expected to last six weeks; inflation fell in the year to October.",
                 "six weeks|DURATION|P6W ; the year|DURATION|P1Y ; October|DATE|2026-10"},
        TimeCase{"2026-11-25", "Figures for the week ending 20 November were weak.",
                 "the week|DURATION|P1W ; 20 November|DATE|2026-11-20"},
        // TimeBank: "the first nine months" of a year is a duration, the year a date of its own.
        TimeCase{"2026-11-25", "Sales fell in the final three months of 2012 and in the last six months of the year.",
                 "the final three months|DURATION|P3M ; 2012|DATE|2012 ; the last six months|DURATION|P6M ; the year|DATE|2026"},
        TimeCase{"2020-01-25", "The strike lasted two weeks, then sixteen days, then twenty-four hours.",
                 "two weeks|DURATION|P2W ; sixteen days|DURATION|P16D ; twenty-four hours|DURATION|PT24H"},
        TimeCase{"2020-01-25", "Two decades of rain fell in the past two months.",
                 "Two decades|DURATION|P20Y ; the past two months|DURATION|P2M"},
        TimeCase{"2020-01-25", "They signed a two-year lease for several years, not the first nine months.",
                 "two-year|DURATION|P2Y ; several years|DURATION|PXY ; the first nine months|DURATION|P9M"},
        TimeCase{"2020-01-25", "The 65-year-old driver, 52 years old, waited about an hour.",
                 "about an hour|DURATION|PT1H"},
        TimeCase{"2020-01-25", "Iraq imports about three-quarters of its grain.", ""},
        TimeCase{"2020-01-25", "A day-long meeting ended a decades-long feud and a years-old slump of a 6-year-old.",
                 "day-long|DURATION|P1D ; decades-long|DURATION|PXY ; years-old|DURATION|PXY"},
        // A programme's name in quotes is no time; a quoted sentence keeps its times.
        TimeCase{"2020-01-25", "Baker said on ABC's \"This Week\" and CBS's ``60 Minutes'' that \"this week was bad.\"",
                 "this week|DATE|2020-W04"},
        // Counted from an event of the story, "later" and "earlier" leave the amount a duration.
        TimeCase{"2020-01-25", "Three days later the bridge fell; an hour earlier it shook.",
                 "Three days|DURATION|P3D ; an hour|DURATION|PT1H"},
        TimeCase{"2020-01-25", "They stayed a couple of years, then 2 1/2 years, then a minute and a half.",
                 "a couple of years|DURATION|P2Y ; 2 1/2 years|DURATION|P2Y6M ; a minute and a half|DURATION|PT1M30S"},
        TimeCase{"2020-01-25", "It took two and a half years, a fortnight, then three fortnights.",
                 "two and a half years|DURATION|P2Y6M ; a fortnight|DURATION|P2W ; three fortnights|DURATION|P6W"},
        TimeCase{"2020-01-25", "Over the years it grew for the first time in years; in the weeks ahead it will shrink.",
                 "the years|DURATION|PXY ; years|DURATION|PXY ; the weeks ahead|DURATION|PXW"},
        // Halves: "half an hour", "a decade and a half", "a year and a half ago" (at the month).
        TimeCase{"2026-11-25", "He left a year and a half ago after a decade and a half, half an hour, a half-hour "
                               "and a quarter of an hour.",
                 "a year and a half ago|DATE|2025-05 ; a decade and a half|DURATION|P15Y ; half an hour|DURATION|PT30M ; "
                 "a half-hour|DURATION|PT30M ; a quarter of an hour|DURATION|PT15M"},
        // "the previous Friday", "the following Monday" count from the story's day; "an unspecified date" tells no tense.
        TimeCase{"1989-10-30", "On Oct. 27 the index fell 4% from the previous Friday.",
                 "Oct. 27|DATE|1989-10-27 ; the previous Friday|DATE|1989-10-20"},
        TimeCase{"1989-10-30", "The index fell on Oct. 24. The following Monday it rose, as it had the previous Friday.",
                 "Oct. 24|DATE|1989-10-24 ; The following Monday|DATE|1989-10-30 ; the previous Friday|DATE|1989-10-27"},
        TimeCase{"1989-10-26", "It would be paid on an unspecified date in January.", "January|DATE|1990-01"},
        TimeCase{"2026-11-25", "The law came after the 2008 crash and went a decade later; the comet passed 50,000 years ago.",
                 "2008|DATE|2008 ; a decade later|DATE|2018 ; 50,000 years ago|DATE|PAST_REF"},
        TimeCase{"2026-11-25", "It ends 20,000 years from now.", "20,000 years from now|DATE|FUTURE_REF"},
        TimeCase{"2026-11-25", "It rained the week before last and will snow the year after next.",
                 "the week before last|DATE|2026-W46 ; the year after next|DATE|2028"},
        TimeCase{"2026-11-25", "She arrived on Oct. 2; she had called the day before.",
                 "Oct. 2|DATE|2026-10-02 ; the day before|DATE|2026-10-01"},
        // A duration that modifies a noun leaves the noun's "the" outside.
        TimeCase{"2020-01-25", "The 90-day deadline ends the two-year truce.", "90-day|DURATION|P90D ; two-year|DURATION|P2Y"},
        TimeCase{"2020-01-25", "The war has lasted 1,000 days, since the late 1800s.",
                 "1,000 days|DURATION|P1000D ; the late 1800s|DATE|18"}));

INSTANTIATE_TEST_SUITE_P(
    TimesAndSets, TimeTest,
    testing::Values(
        TimeCase{"2026-11-25", "The club meets on the first Friday of every month and every other week.",
                 "the first Friday of every month|SET|P1M ; every other week|SET|P2W"},
        // The nth weekday of a month is that day.
        TimeCase{"2016-09-07", "Americans celebrate it on the first Monday in September; the vote is on the second "
                 "Tuesday of November 2016.",
                 "the first Monday in September|DATE|2016-09-05 ; the second Tuesday of November 2016|DATE|2016-11-08"},
        // A time that opens its sentence takes the tense of the verb that follows its subject, however long.
        TimeCase{"2016-10-02", "In January, Gov. Earl Ray Tomblin of West Virginia lauded him in his address.",
                 "January|DATE|2016-01"},
        // "from" a day is no start after what comes from it nor in "aside from"; "appears" calm is no schedule.
        TimeCase{"2016-03-02", "Aside from Tuesday night, Christie appears calm. Ohio numbers from Monday night are in.",
                 "Tuesday night|DATE|2016-03-01 ; Monday night|DATE|2016-02-29"},
        TimeCase{"2016-03-02", "The ban applies from Friday; he appears in court on Monday.",
                 "Friday|DATE|2016-03-04 ; Monday|DATE|2016-03-07"},
        // "soon after" tells no future; "would not say" is a refusal told of the past; a poll "taken" is past;
        // "whether" opens a clause of its own.
        TimeCase{"2016-06-14", "Soon after Sunday's massacre he tweeted. Asked on Monday whether he would run, she laughed.",
                 "Sunday|DATE|2016-06-12 ; Monday|DATE|2016-06-13"},
        TimeCase{"2016-06-22", "Schumer wouldn't say Tuesday how the party would act, in a poll taken Thursday.",
                 "Tuesday|DATE|2016-06-21 ; Thursday|DATE|2016-06-16"},
        TimeCase{"2016-06-22", "The bus leaves at 10 o\xE2\x80\x99" "clock.", "10 o\xE2\x80\x99" "clock|TIME|2016-06-22T10:00"},
        TimeCase{"2016-09-12", "The plan should be ready by 6 o'clock this afternoon.",
                 "6 o'clock|TIME|2016-09-12T18:00 ; this afternoon|TIME|2016-09-12TAF"},
        // A typographic apostrophe tells the same: "We\u2019ll", "wouldn\u2019t".
        TimeCase{"2016-06-22", "\"We\xE2\x80\x99ll be meeting on Friday,\" he said. She wouldn\xE2\x80\x99t say Tuesday why.",
                 "Friday|DATE|2016-06-24 ; Tuesday|DATE|2016-06-21"},
        // The tense after a day is sought in its own clause only.
        TimeCase{"2015-03-18", "Voters back his vow on Monday that there would be no Palestinian state.",
                 "Monday|DATE|2015-03-16"},
        // "the next year" told in the past counts from the story's year; ahead, from the DCT.
        TimeCase{"2015-07-10", "The deck came out in 1909. The next year, Waite published a guide; over the next year we will add more.",
                 "1909|DATE|1909 ; The next year|DATE|1910 ; the next year|DATE|2016"},
        // A plan told in the past; a comparison is the amount; a range's start takes the year of its end.
        TimeCase{"2020-11-04", "The card was originally expected to launch on October 15 but came on October 29th.",
                 "October 15|DATE|2020-10-15 ; October 29th|DATE|2020-10-29"},
        TimeCase{"2016-12-01", "The craft broke up on Thursday. It was set to dock with the station on Saturday.",
                 "Thursday|DATE|2016-12-01 ; Saturday|DATE|2016-12-03"},
        TimeCase{"2020-10-13", "The date is about three months later than executives planned.",
                 "about three months|DURATION|P3M"},
        TimeCase{"2023-11-08", "Temperatures from January to October 2023 beat those from November to March 2023.",
                 "January|DATE|2023-01 ; October 2023|DATE|2023-10 ; November|DATE|2022-11 ; March 2023|DATE|2023-03"},
        // A schedule verb's third person after a preposition is a noun: "according to reports of Jan. 31".
        TimeCase{"2016-02-20", "According to reports of Jan. 31, the fund rose; the offer expires Friday.",
                 "Jan. 31|DATE|2016-01-31 ; Friday|DATE|2016-02-26"},
        // Ahead of the story's own day may still be before the DCT; a weekday in apposition is the date's.
        TimeCase{"2019-12-30", "The interview published on Dec. 19, ahead of the filing deadline on Dec. 20.",
                 "Dec. 19|DATE|2019-12-19 ; Dec. 20|DATE|2019-12-20"},
        TimeCase{"2019-12-30", "He was asked to break the news to the staff on Dec. 18, a Wednesday.",
                 "Dec. 18|DATE|2019-12-18 ; Wednesday|DATE|2019-12-18"},
        // "later" with no year stated before it counts from an undated event: the amount. A dimension is no year.
        TimeCase{"2019-01-03", "He first saw a whale as a boy. Seven decades later, he has overseen 500 strandings.",
                 "Seven decades|DURATION|P70Y"},
        TimeCase{"2016-07-28", "In 2016 we still live under it, more than 200 years later; the 2016 plan will end three years later.",
                 "2016|DATE|2016 ; more than 200 years|DURATION|P200Y ; 2016|DATE|2016 ; three years later|DATE|2019"},
        TimeCase{"2023-06-07", "Its resolution is 1800 x 1920 per eye, against 1920 x 1080 on the old one.", ""},
        TimeCase{"2020-01-19", "Those left out include the war film \"1917,\" set in 1917.", "1917|DATE|1917"},
        // Super Tuesday is the first Tuesday of March; "Daily" in a paper's name is no set.
        TimeCase{"2016-09-12", "Breitbart News Daily airs on SiriusXM.", ""},
        // Names: a month's name before a capitalised name, a capital "May" or "Will" inside a sentence.
        TimeCase{"2019-01-15", "June Carter sang and Mayor August Smith spoke; in June Smith left.", "June|DATE|2018-06"},
        TimeCase{"2023-11-07", "It was raised at the June CITT meeting.", "June|DATE|2023-06"},
        TimeCase{"2019-01-15", "Prime Minister May spoke in April, and Will Smith said Friday he left.",
                 "April|DATE|2018-04 ; Friday|DATE|2019-01-11"},
        TimeCase{"2020-02-19", "The March 3 Super Tuesday primaries matter, a New York Daily News editor said daily.",
                 "March 3|DATE|2020-03-03 ; Super Tuesday|DATE|2020-03-03 ; daily|SET|P1D"},
        // A speed or a flow is no set of times; a count of times is.
        TimeCase{"2026-11-25", "Gusts reached 32 metres per second and the field pumps 500 barrels a day, twice a week.",
                 "twice a week|SET|P1W"},
        // The days a place keeps open are every such day; days of a plan are particular ones.
        TimeCase{"2026-11-25", "The museum is open Tuesday to Sunday; the fair runs Monday to Friday.",
                 "Tuesday|SET|XXXX-WXX-2 ; Sunday|SET|XXXX-WXX-7 ; Monday|DATE|2026-11-30 ; Friday|DATE|2026-12-04"},
        TimeCase{"2020-01-25", "Sat 25th January 2020 | 08:45 PM",
                 "Sat 25th January 2020|DATE|2020-01-25 ; 08:45 PM|TIME|2020-01-25T20:45"},
        TimeCase{"2020-01-25", "The polls close at 10 p.m. EST on Jan. 27 and will reopen at 7:30 a.m. Tuesday.",
                 "10 p.m. EST|TIME|2020-01-27T22:00 ; Jan. 27|DATE|2020-01-27 ; 7:30 a.m. Tuesday|TIME|2020-01-28T07:30"},
        // Clock times as British and wire copy write them; a dot's minutes only with a meridiem, a four-digit
        // time only with its zone.
        TimeCase{"2020-01-25", "It opened at 10am, shut at 10.30pm, and at 9:15PM and 0800 GMT on Friday it was calm.",
                 "10am|TIME|2020-01-25T10:00 ; 10.30pm|TIME|2020-01-25T22:30 ; 9:15PM|TIME|2020-01-25T21:15 ; "
                 "0800 GMT|TIME|2020-01-24T08:00 ; Friday|DATE|2020-01-24"},
        TimeCase{"2020-01-25", "Shares rose 10.30 in 1998 GMT terms.", "1998|DATE|1998"},
        TimeCase{"2020-01-25", "Talks ended Friday morning and resumed Thursday evening.",
                 "Friday morning|DATE|2020-01-24 ; Thursday evening|TIME|2020-01-23TEV"},
        TimeCase{"2026-11-25", "He left at 4 in the morning, at 8 in the evening and at 06:00 local time on Sunday.",
                 "4 in the morning|TIME|2026-11-25T04:00 ; 8 in the evening|TIME|2026-11-25T20:00 ; "
                 "06:00 local time|TIME|2026-11-22T06:00 ; Sunday|DATE|2026-11-22"},
        // The story's own day: "that same day", "that night", "the next morning".
        TimeCase{"2026-11-25", "The fire began on Oct. 3, 2025. It spread that same day and that night; the next morning it died.",
                 "Oct. 3, 2025|DATE|2025-10-03 ; that same day|DATE|2025-10-03 ; that night|TIME|2025-10-03TNI ; "
                 "the next morning|TIME|2025-10-04TMO"},
        TimeCase{"2026-11-25", "Overnight, prices fell; an overnight stay is due within the next fortnight.",
                 "Overnight|TIME|2026-11-24TNI ; the next fortnight|DURATION|P2W"},
        TimeCase{"2020-01-25", "He left this morning and came back last night.",
                 "this morning|TIME|2020-01-25TMO ; last night|TIME|2020-01-24TNI"},
        TimeCase{"2020-01-25", "Shares fell by mid afternoon, after rising at mid-afternoon yesterday.",
                 "mid afternoon|TIME|2020-01-25TAF ; mid-afternoon yesterday|TIME|2020-01-24TAF"},
        TimeCase{"2020-01-25", "The market meets every Monday, the paper comes out daily and the fee is $5 a month.",
                 "every Monday|SET|XXXX-WXX-1 ; daily|SET|P1D ; a month|SET|P1M"},
        TimeCase{"2020-01-25", "The quarterly dividend is paid annually.", "annually|SET|P1Y"},
        TimeCase{"2020-01-25", "The board meets twice a year and three times a week.", "twice a year|SET|P1Y ; three times a week|SET|P1W"},
        // A rate: an amount or a counted noun before "a"; "a year ago" stays the date it names.
        TimeCase{"2020-01-25", "It pays $1.76 a year, hires 358,000 a month and flies four flights a week, up from "
                               "$2 million a year ago. He waited a week.",
                 "a year|SET|P1Y ; a month|SET|P1M ; a week|SET|P1W ; a year ago|DATE|2019 ; a week|DURATION|P1W"},
        TimeCase{"2026-11-25", "The shop opens on Sundays, Tuesday nights and 24 hours a day, seven days a week; "
                               "take the pill twice daily.",
                 "Sundays|SET|XXXX-WXX-7 ; Tuesday nights|SET|XXXX-WXX-2TNI ; 24 hours|DURATION|PT24H ; a day|SET|P1D ; "
                 "seven days|DURATION|P7D ; a week|SET|P1W ; twice daily|SET|P1D"},
        TimeCase{"2026-11-25", "It opens on weekends, every few days and each spring.",
                 "weekends|SET|XXXX-WXX-WE ; every few days|SET|PXD ; each spring|SET|XXXX-SP"},
        TimeCase{"2020-01-25", "He runs every morning and reads each night.", "every morning|SET|XXXX-XX-XXTMO ; each night|SET|XXXX-XX-XXTNI"},
        TimeCase{"2020-01-25", "The agency gives the daily tally in its weekly report.", "daily|SET|P1D ; weekly|SET|P1W"},
        TimeCase{"2020-01-25", "We met on Christmas Eve and again on New Year's Day.",
                 "Christmas Eve|DATE|2019-12-24 ; New Year's Day|DATE|2020-01-01"},
        // Holidays that move are computed for the year the tense points to.
        TimeCase{"2026-11-25", "Stores opened on Labor Day, Memorial Day and Good Friday.",
                 "Labor Day|DATE|2026-09-07 ; Memorial Day|DATE|2026-05-25 ; Good Friday|DATE|2026-04-03"},
        TimeCase{"2026-11-25", "Stores will open on Black Friday, Easter Monday and Martin Luther King Jr. Day.",
                 "Black Friday|DATE|2026-11-27 ; Easter Monday|DATE|2027-03-29 ; "
                 "Martin Luther King Jr. Day|DATE|2027-01-18"},
        TimeCase{"2024-10-01", "Voters go to the polls on Election Day; the Fourth of July and Boxing Day are holidays.",
                 "Election Day|DATE|2024-11-05 ; Fourth of July|DATE|2024-07-04 ; Boxing Day|DATE|2024-12-26"},
        TimeCase{"", "They met on Thanksgiving and on Boxing Day.", "Thanksgiving|DATE|XXXX-XX-XX ; Boxing Day|DATE|XXXX-12-26"},
        // Newspapers named after a Sunday.
        TimeCase{"2026-11-25", "He told the Sunday Times on Monday, and the Mail on Sunday reported it on Sunday.",
                 "Monday|DATE|2026-11-23 ; Sunday|DATE|2026-11-22"},
        // A holiday in a name or before a thing names no day.
        TimeCase{"2026-11-25", "The Good Friday Agreement, a Christmas tree and Easter eggs; Christmas was quiet.",
                 "Christmas|DATE|2025-12-25"},
        // A holiday as a modifier: a party or dinner is held on the day, but Christmas and Easter also name a season.
        TimeCase{"2026-11-25", "They went to the New Year's Eve party; the Christmas party was fun; we enjoyed Thanksgiving dinner.",
                 "New Year's Eve|DATE|2025-12-31 ; Thanksgiving|DATE|2025-11-27"},
        // A holiday's weekend and week: the weekend before a Monday's; "Easter week" is Easter Sunday's week.
        TimeCase{"2026-11-25", "Traffic was heavy over the Thanksgiving weekend and the Labor Day weekend. Easter week was wet.",
                 "the Thanksgiving weekend|DATE|2025-W48-WE ; the Labor Day weekend|DATE|2026-W36-WE ; "
                 "Easter week|DATE|2026-W14"},
        TimeCase{"2026-11-25", "Fans packed bars on Super Bowl Sunday.", "Super Bowl Sunday|DATE|2026-02-08"},
        TimeCase{"2026-11-25", "Sales fell at Christmas 2024, rose at Easter last year and will peak on Thanksgiving this year.",
                 "Christmas 2024|DATE|2024-12-25 ; Easter last year|DATE|2025-04-20 ; Thanksgiving this year|DATE|2026-11-26"},
        TimeCase{"2000-04-17", "Crowds filled Rome as Easter week began.", "Easter week|DATE|2000-W16"},
        TimeCase{"2020-03-25", "Fans packed bars on Super Bowl Sunday.", "Super Bowl Sunday|DATE|2020-02-02"},
        TimeCase{"2026-11-25", "We met last Thanksgiving and will meet next Christmas; right now the next year or so matters.",
                 "last Thanksgiving|DATE|2025-11-27 ; next Christmas|DATE|2026-12-25 ; right now|DATE|PRESENT_REF ; "
                 "the next year or so|DATE|2027"},
        TimeCase{"2026-11-25", "Shares rose from the previous Friday.", "the previous Friday|DATE|2026-11-20"},
        TimeCase{"2024-10-01", "Early voting ends on Election Day, not the Sunday before.",
                 "Election Day|DATE|2024-11-05 ; the Sunday before|DATE|2024-11-03"},
        // Days counted from the DCT, and the US time zones a clock time gives whatever the season.
        TimeCase{"2026-11-25", "He left the day before yesterday and returns the day after tomorrow at 3 p.m. ET.",
                 "the day before yesterday|DATE|2026-11-23 ; the day after tomorrow|DATE|2026-11-27 ; "
                 "3 p.m. ET|TIME|2026-11-27T15:00"},
        // A bare clock time takes the day of its own sentence or the one before, else the day of writing.
        TimeCase{"2026-11-25", "Police were called on Nov. 3. They found the door open. Neighbours heard shouts. "
                               "A man was arrested at 3 p.m.",
                 "Nov. 3|DATE|2026-11-03 ; 3 p.m.|TIME|2026-11-25T15:00"},
        TimeCase{"2026-11-25", "Police were called on Nov. 3. A man was arrested at 3 p.m.",
                 "Nov. 3|DATE|2026-11-03 ; 3 p.m.|TIME|2026-11-03T15:00"},
        TimeCase{"2026-11-25", "A fortnight ago, and this past weekend, and this past Sunday, it rained.",
                 "A fortnight ago|DATE|2026-W46 ; this past weekend|DATE|2026-W47-WE ; this past Sunday|DATE|2026-11-22"}));

// Calendar dates and clock times as today's US and British news write them.
INSTANTIATE_TEST_SUITE_P(
    NewsForms, TimeTest,
    testing::Values(
        TimeCase{"2026-11-25", "The council met in March. On the 5th, it voted to close the library.",
                 "March|DATE|2026-03 ; the 5th|DATE|2026-03-05"},
        TimeCase{"2026-11-25", "The hearing was moved to January the 5th.", "January the 5th|DATE|2027-01-05"},
        TimeCase{"2026-11-25", "The office is open 9am-5pm on weekdays.",
                 "9am|TIME|2026-11-25T09:00 ; 5pm|TIME|2026-11-25T17:00"},
        TimeCase{"2026-11-25", "They met at half past three and left at a quarter to five p.m.",
                 "half past three|TIME|2026-11-25T03:30 ; a quarter to five p.m.|TIME|2026-11-25T16:45"},
        TimeCase{"2026-11-25", "Sales fell by a quarter to 10 million; he counted ten to nine.", ""},
        TimeCase{"2026-11-25", "Polls close between 2 and 4 p.m. local time, the office from 11 to 2 p.m.",
                 "2|TIME|2026-11-25T14:00 ; 4 p.m. local time|TIME|2026-11-25T16:00 ; 11|TIME|2026-11-25T11:00 ; "
                 "2 p.m.|TIME|2026-11-25T14:00"},
        TimeCase{"2026-11-25", "Flights resumed at 11 pm Pacific time and at 10am Moscow time.",
                 "11 pm Pacific time|TIME|2026-11-25T23:00 ; 10am Moscow time|TIME|2026-11-25T10:00"},
        TimeCase{"2026-11-25", "The curfew starts at 12 noon.", "12 noon|TIME|2026-11-25T12:00"},
        TimeCase{"2026-11-25", "Hong Kong opened at 9:30 a.m. HKT, Singapore at 9am SGT and Sydney at 10am AEDT.",
                 "9:30 a.m. HKT|TIME|2026-11-25T09:30 ; 9am SGT|TIME|2026-11-25T09:00 ; 10am AEDT|TIME|2026-11-25T10:00"},
        TimeCase{"2026-11-25", "The data is due at 8:30 a.m. EDT (1230 GMT) on Friday.",
                 "8:30 a.m. EDT|TIME|2026-11-27T08:30 ; 1230 GMT|TIME|2026-11-27T12:30 ; Friday|DATE|2026-11-27"},
        // The end of a range is the first such day from its start, whatever the tense.
        TimeCase{"2026-11-21", "The Met Office has issued a warning for rain covering much of Wales from 06:00 GMT on Sunday "
                               "until midday on Monday.",
                 "06:00 GMT|TIME|2026-11-22T06:00 ; Sunday|DATE|2026-11-22 ; midday|TIME|2026-11-23T12:00 ; "
                 "Monday|DATE|2026-11-23"},
        TimeCase{"2026-11-25", "Bids are accepted no later than 5 p.m. on Friday.",
                 "5 p.m.|TIME|2026-11-27T17:00 ; Friday|DATE|2026-11-27"},
        TimeCase{"2026-11-25", "Residents have until midnight on Sunday to leave.",
                 "midnight|TIME|2026-11-29T24:00 ; Sunday|DATE|2026-11-29"},
        // A range of clock times shares the day its end names.
        TimeCase{"2026-11-25", "The parcel came between 9am and 5pm on Tuesday; the fair runs from 10am to 4pm Saturday.",
                 "9am|TIME|2026-11-24T09:00 ; 5pm|TIME|2026-11-24T17:00 ; Tuesday|DATE|2026-11-24 ; "
                 "10am|TIME|2026-11-28T10:00 ; 4pm Saturday|TIME|2026-11-28T16:00"},
        // Midnight ends the day it is of.
        TimeCase{"2026-11-25", "The offer expires at midnight Friday; the truce began at 12 midnight on Sunday.",
                 "midnight Friday|TIME|2026-11-27T24:00 ; 12 midnight|TIME|2026-11-22T24:00 ; Sunday|DATE|2026-11-22"},
        TimeCase{"2026-11-25", "The match kicks off at 20:00 GMT on Saturday.",
                 "20:00 GMT|TIME|2026-11-28T20:00 ; Saturday|DATE|2026-11-28"},
        TimeCase{"2026-11-25", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
                 "about 10:35 a.m.|TIME|2026-11-20T10:35 ; 0735 GMT|TIME|2026-11-20T07:35 ; Friday|DATE|2026-11-20"},
        TimeCase{"2026-11-25", "She landed at 7.15am BST yesterday.",
                 "7.15am BST|TIME|2026-11-24T07:15 ; yesterday|DATE|2026-11-24"},
        // The hours after midnight: that day, mod START (TNI of Sunday would be Sunday evening's night).
        TimeCase{"2026-11-25", "Police arrested him in the early hours of Sunday.",
                 "the early hours of Sunday|DATE|2026-11-22"},
        // A season or financial year over two years is one period, valued as the year it opens in; a range of
        // years in full is two years.
        TimeCase{"2026-11-25", "Revenue fell in 2020/21 and rose in the 2021-22 season, not in 2020-19.",
                 "2020/21|DATE|2020 ; 2021-22|DATE|2021 ; 2020|DATE|2020"},
        TimeCase{"2026-11-25", "A downturn like 2008-9 hurt; 2019-8 is no range; profit fell in the 2019-20 financial year.",
                 "2008-9|DATE|2008 ; 2019|DATE|2019 ; 2019-20|DATE|2019"},
        TimeCase{"2026-11-25", "The club opened the 2026-27 season; prices rose from 2015-2018; fiscal 2024-25 ended.",
                 "2026-27|DATE|2026 ; 2015|DATE|2015 ; 2018|DATE|2018 ; fiscal 2024-25|DATE|2024"},
        TimeCase{"2026-11-25", "April 2024's report was grim.", "April 2024|DATE|2024-04"},
        // The end of a range of months comes after its start.
        TimeCase{"2026-11-25", "Sales fell from January to March and from November 2025 to March.",
                 "January|DATE|2026-01 ; March|DATE|2026-03 ; November 2025|DATE|2025-11 ; March|DATE|2026-03"},
        TimeCase{"2026-11-25", "The court sat on 13/3/2020 and 5/3/2020.",
                 "13/3/2020|DATE|2020-03-13 ; 5/3/2020|DATE|2020-05-03"},
        // 5 December 2026 is a Saturday: the weekday names the year before.
        TimeCase{"2026-11-25", "The vote was held on Friday 5 December.", "Friday 5 December|DATE|2025-12-05"},
        TimeCase{"2026-11-25", "The vote is on Tues., Nov. 3, and we met on Weds 4 Nov in Leeds.",
                 "Tues., Nov. 3|DATE|2026-11-03 ; Weds 4 Nov|DATE|2026-11-04"},
        // A short month or weekday ending the sentence leaves it its dot; a short weekday before a date is the date's.
        TimeCase{"2026-11-25", "The vote is on Tues. Nov. 3. It closed on 4 Nov. They met on Sun. It ended at 10 p.m.",
                 "Tues. Nov. 3|DATE|2026-11-03 ; 4 Nov|DATE|2026-11-04 ; Sun|DATE|2026-11-22 ; 10 p.m.|TIME|2026-11-22T22:00"},
        // The first day of a range takes the month and year of the second, as a TIMEX3 of its own.
        TimeCase{"2026-11-25", "The summit runs 16-17 December; the fair was held on 5 and 6 June 2025.",
                 "16|DATE|2026-12-16 ; 17 December|DATE|2026-12-17 ; 5|DATE|2025-06-05 ; 6 June 2025|DATE|2025-06-06"},
        TimeCase{"2026-11-25", "It was built in the 1960s–70s and rebuilt in the 1990s and '00s.",
                 "the 1960s|DATE|196 ; 70s|DATE|197 ; the 1990s|DATE|199 ; '00s|DATE|200"},
        TimeCase{"2026-11-25", "The vote is at 13.30 GMT; he scored 13.30 points.", "13.30 GMT|TIME|2026-11-25T13:30"},
        TimeCase{"2026-11-25", "The store is open 10am-noon and noon-2pm, said the Las Vegas Sun.",
                 "10am|TIME|2026-11-25T10:00 ; noon|TIME|2026-11-25T12:00 ; noon|TIME|2026-11-25T12:00 ; "
                 "2pm|TIME|2026-11-25T14:00"},
        TimeCase{"2026-11-25", "The festival ran 31 March-2 April; its 30-Day Challenge was a hit.",
                 "31 March|DATE|2026-03-31 ; 2 April|DATE|2026-04-02 ; 30-Day|DURATION|P30D"},
        // The 3rd that is a Tuesday: in the month the story is in.
        TimeCase{"2026-11-25", "The council met in November. On Tuesday the 3rd, he resigned.",
                 "November|DATE|2026-11 ; Tuesday the 3rd|DATE|2026-11-03"},
        TimeCase{"2026-11-25", "On Monday the polls opened this morning at 7am.",
                 "Monday|DATE|2026-11-23 ; this morning|TIME|2026-11-25TMO ; 7am|TIME|2026-11-25T07:00"},
        TimeCase{"2026-11-25", "The forms are dated 5/3/20 and 11/30/99.",
                 "5/3/20|DATE|2020-05-03 ; 11/30/99|DATE|1999-11-30"},
        TimeCase{"2026-11-25", "Kick-off is at 8 o'clock tonight, the news at 9 tonight; 9 people came.",
                 "8 o'clock|TIME|2026-11-25T20:00 ; tonight|TIME|2026-11-25TNI ; 9|TIME|2026-11-25T21:00 ; "
                 "tonight|TIME|2026-11-25TNI"},
        TimeCase{"2026-11-25", "They married on the fifth of November; a third of May's sales fell.",
                 "fifth of November|DATE|2026-11-05 ; May|DATE|2026-05"},
        TimeCase{"2026-11-25", "The market opens at 9.30am New York time.", "9.30am New York time|TIME|2026-11-25T09:30"},
        // The "'s" of a decade is its plural, inside the extent; a year's is its possessive, outside. Without
        // "the", "2020's" is the year's.
        TimeCase{"2026-11-25", "It was bigger in the 2000's and the 1980\xE2\x80\x99s; 2024's budget and 2020's vote.",
                 "the 2000's|DATE|200 ; the 1980\xE2\x80\x99s|DATE|198 ; 2024|DATE|2024 ; 2020's|DATE|2020"},
        TimeCase{"2026-11-25", "Punk peaked in the 80s and the late 90s, died in the 00s; the RTX 3070's launch slipped.",
                 "the 80s|DATE|198 ; the late 90s|DATE|199 ; the 00s|DATE|200"},
        TimeCase{"2026-11-25", "Sales peaked in the mid-'90s and the mid-\xE2\x80\x99" "90s, fell in the late noughties and the '00s.",
                 "the mid-'90s|DATE|199 ; the mid-\xE2\x80\x99" "90s|DATE|199 ; the late noughties|DATE|200 ; the '00s|DATE|200"},
        // The turn of a century: the year it turns, the nearest to the DCT unless numbered.
        TimeCase{"2026-11-25", "The mill closed at the turn of the century; the town grew at the turn of the 20th century.",
                 "the turn of the century|DATE|2000 ; the turn of the 20th century|DATE|1900"},
        TimeCase{"2026-11-25", "Highs will be in the 80s; he is in his 80s; flappers danced in the 20s.", ""},
        // Before the story names a month, "the 12th" is of the DCT's month, or the next one the tense reaches.
        TimeCase{"2026-11-25", "He will return on the 12th and lives on the 3rd floor.", "the 12th|DATE|2026-12-12"},
        TimeCase{"2026-11-25", "He returned on the 28th.", "the 28th|DATE|2026-10-28"},
        TimeCase{"2026-11-25", "Open 9.30am-5.30pm Monday-Friday; the train was due at 10 past 3 but came late.",
                 "9.30am|TIME|2026-11-25T09:30 ; 5.30pm|TIME|2026-11-25T17:30 ; 10 past 3|TIME|2026-11-25T03:10"},
        TimeCase{"2026-11-25", "Gusts were in the 40s; fans in the 30s age bracket came.", ""},
        // A decade before a noun leaves the determiner to it.
        TimeCase{"2026-11-25", "The 1990s-era policy ended in the 1980s-1990s style.",
                 "1990s|DATE|199 ; the 1980s|DATE|198 ; 1990s|DATE|199"}));

TEST(Time, AnnotationCarriesAnchorRuleModAndFreq) {
  Pipeline pipeline;
  RunOptions run;
  run.dct = CivilDate{2020, 1, 25};
  Result r = pipeline.run("Police left 16 days ago, in early 2017. It shuts by the end of March.", "case", run);
  ASSERT_TRUE(r.ok());
  std::vector<const Annotation*> found;
  for (const Annotation& a : r.document.annotations)
    if (a.kind == "time") found.push_back(&a);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(*found[2]->attrs.find("mod"), "END");
  Result set = pipeline.run("The board meets three times a week.", "case", run);
  ASSERT_TRUE(set.ok());
  const Annotation* three_times = nullptr;
  for (const Annotation& a : set.document.annotations)
    if (a.kind == "time") three_times = &a;
  ASSERT_TRUE(three_times && three_times->attrs.find("freq"));
  EXPECT_EQ(*three_times->attrs.find("freq"), "3X");
  EXPECT_EQ(found[0]->rule, "time.offset");
  ASSERT_TRUE(found[0]->attrs.find("anchor"));
  EXPECT_EQ(*found[0]->attrs.find("anchor"), "2020-01-25");
  EXPECT_EQ(*found[1]->attrs.find("mod"), "START");
  EXPECT_FALSE(found[1]->attrs.find("anchor"));  // an absolute year needs no anchor
}

// A value counted from the story's own date names that date as its anchor, so the page can explain it.
TEST(Time, StoryTimesNameTheDateTheyCountFrom) {
  Pipeline pipeline;
  RunOptions run;
  run.dct = CivilDate{2026, 11, 25};
  Result r = pipeline.run("The plant closed on March 3, 2019. The following Monday, workers protested. That night, "
                          "police came at 10 p.m. The union met in June. On the 5th, it voted. It rained today.",
                          "case", run);
  ASSERT_TRUE(r.ok());
  std::string anchors;
  for (const Annotation& a : r.document.annotations) {
    if (a.kind != "time") continue;
    const std::string* anchor = a.attrs.find("anchor");
    anchors += std::string(r.document.slice(a.span)) + "<" + (anchor ? *anchor : "") + ";";
  }
  EXPECT_EQ(anchors,
            "March 3, 2019<;The following Monday<2019-03-03;That night<2019-03-04;10 p.m.<2019-03-04;"
            "June<2026-11-25;the 5th<2026-06;today<2026-11-25;");
}

TEST(Time, OnePipelineTakesEachRunsCreationTime) {
  Pipeline pipeline;
  const char* text = " date 2020-01-25 Example.com\nA title\n\nThe team flew home 16 days ago.\n";
  RunOptions run;
  run.dct = CivilDate{1998, 1, 8};
  EXPECT_NE(times(pipeline.run(text, "a", run).document).find("16 days ago|DATE|1997-12-23"), std::string::npos);
  EXPECT_NE(times(pipeline.run(text, "b").document).find("16 days ago|DATE|2020-01-09"), std::string::npos);
}

TEST(Time, PublicationDateIsTheDefaultAnchor) {
  Pipeline pipeline;
  Result r = pipeline.run(" date 2020-01-25 Example.com\nA title\n\nThe team flew home on Saturday.\n", "case");
  ASSERT_TRUE(r.ok());
  // The header line's date is metadata, not a time expression of the text.
  EXPECT_EQ(times(r.document), "Saturday|DATE|2020-01-25");
}

TEST(TimeMl, ReadsTheTempEvalInputForm) {
  auto src = read_timeml(
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">19980108</TIMEX3>"
      "</DCT>\n<TEXT>\nStocks fell <EVENT eid=\"e1\">today</EVENT> &amp; rose.\n</TEXT>\n</TimeML>\n");
  ASSERT_TRUE(src);
  ASSERT_TRUE(src->dct);
  EXPECT_EQ(to_iso(*src->dct), "1998-01-08");
  EXPECT_EQ(src->text, "\nStocks fell today & rose.\n");
  EXPECT_EQ(src->tail, "</TEXT>\n</TimeML>\n");
  EXPECT_FALSE(read_timeml("plain text, no TimeML"));
}

TEST(TimeMl, WritesTimex3AroundTimesWithTheTextUnchanged) {
  const std::string input =
      "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT>\n<TEXT>\n"
      "Stocks fell 3 &lt; 4 today after two weeks.\n</TEXT>\n</TimeML>\n";
  auto src = read_timeml(input);
  ASSERT_TRUE(src);
  Pipeline pipeline;
  RunOptions run;
  run.dct = src->dct;
  Result r = pipeline.run(src->text, "case", run);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(write_timeml(r.document, &*src),
            "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT>\n<TEXT>\n"
            "Stocks fell 3 &lt; 4 <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"true\" "
            "anchorTimeID=\"t0\">today</TIMEX3> after "
            "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3>.\n</TEXT>\n</TimeML>\n");
}

TEST(Calendar, DayArithmeticAndIsoWeeks) {
  EXPECT_EQ(to_iso(add_days({2020, 1, 25}, -16)), "2020-01-09");
  EXPECT_EQ(to_iso(add_days({2020, 2, 28}, 1)), "2020-02-29");
  EXPECT_EQ(to_iso(add_days({1999, 12, 31}, 1)), "2000-01-01");
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(iso_week({2020, 1, 25}).week, 4);
  EXPECT_EQ(iso_week({2021, 1, 1}).year, 2020);  // a Friday: week 53 of 2020
  EXPECT_EQ(iso_week({2021, 1, 1}).week, 53);
  EXPECT_EQ(iso_week({2018, 12, 31}).year, 2019);
}

}  // namespace
}  // namespace ledeline
