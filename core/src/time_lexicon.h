// The words time expressions are made of: months, weekdays, number words, units, deictics...
// Internal to the time annotator (time.cpp); built once, read-only afterwards.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ledeline {

// Calendar units, from the shortest; the order is used to compare granularities.
enum class TimeUnit : int8_t { kNone, kSecond, kMinute, kHour, kDay, kWeekend, kWeek, kMonth, kQuarter, kYear, kDecade, kCentury };

// What a word can be in a time expression; a word may be several things ("second", "may").
enum TimeWordClass : uint32_t {
  kMonthName = 1u << 0,      // month: 1..12
  kWeekdayName = 1u << 1,    // weekday: 0 = Monday
  kNumberWord = 1u << 2,     // number: "one" .. "ninety", "a", "an"
  kOrdinalWord = 1u << 3,    // number: "first" .. "twelfth"
  kUnitWord = 1u << 4,       // unit, plural, multiple
  kPartOfDay = 1u << 5,      // code: MO AF EV NI; noon and midnight are times (hour)
  kSeasonName = 1u << 6,     // code: SP SU FA WI
  kDeictic = 1u << 7,        // value: "today" (0 days), "now" (PRESENT_REF)...; see TimeWord::deictic
  kRelativeWord = 1u << 8,   // this, last, next, past, previous, coming, current, following, latest
  kModifierWord = 1u << 9,   // early, late, mid, middle: mod START, END, MID
  kApproxWord = 1u << 10,    // about, around, nearly, almost, roughly, approximately
  kVagueNumber = 1u << 11,   // several, few, many, couple, some
  kFrequencyWord = 1u << 12, // daily, weekly ...: unit
  kMeridiem = 1u << 13,      // a.m. / p.m.: number 0 or 12
  kDirectionWord = 1u << 14, // ago, earlier, before: number -1; later, hence: +1
  kTenseFuture = 1u << 15,   // will, 'll, shall, tomorrow, next, scheduled...
  kTensePast = 1u << 16,     // said, was, were, had, ago, yesterday, irregular past forms
  kTensePresent = 1u << 17,  // is, are, says, now
  kStarter = 1u << 18,       // other words a rule may start with: "the", "fiscal", "every", "Christmas"...
  kDecadeWord = 1u << 19,    // number: "twenties" 2 .. "nineties" 9, the decades of the 1900s; "noughties" 10
  kPeriodCode = 1u << 20,    // number: "q1" .. "q4" (quarters), "h1", "h2" (halves) as business news writes them
  kWeekdayPlural = 1u << 21, // weekday: "mondays" .. "sundays"
  kScheduleVerb = 1u << 22,  // present tense of a verb of a schedule: "opens", "play"; number 1: the plural form
};

// Deictic words and what they stand for.
enum class Deictic : int8_t { kNone, kToday, kYesterday, kTomorrow, kTonight, kPresent, kPast };

struct TimeWord {
  uint32_t classes = 0;
  int8_t number = 0;  // month, weekday, number, ordinal, meridiem offset or direction, by class
  TimeUnit unit = TimeUnit::kNone;
  bool plural = false;
  int8_t multiple = 1;  // how many of its unit a unit word is: 2 for "fortnight"
  Deictic deictic = Deictic::kNone;
  const char* code = "";  // part of day or season code
};

class TimeLexicon {
 public:
  static constexpr size_t kLongestWord = 13;  // "approximately"
  TimeLexicon();
  // The entry of a lower-case word (without a trailing dot or "'s"), or nullptr. Words without an
  // entry and without digits cannot start a time expression.
  const TimeWord* find(std::string_view word) const;
  // Lets `word` start an expression: the first words of the names the annotator keeps (holidays).
  void add_starter(std::string_view word);

 private:
  TimeWord& add(std::string_view word);
  // Length, first and last letter of a word: most words of a text are turned away by this filter
  // before any hashing.
  static size_t signature(std::string_view word) {
    return (word.size() * 131 + static_cast<unsigned char>(word.front()) * 31 + static_cast<unsigned char>(word.back())) %
           kSignatures;
  }
  static constexpr size_t kSignatures = 8192;
  std::bitset<kSignatures> signatures_;
  std::unordered_map<std::string, TimeWord> words_;
};

}  // namespace ledeline
