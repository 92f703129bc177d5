#include "time_lexicon.h"

#include <array>

namespace ledeline {

TimeWord& TimeLexicon::add(std::string_view word) {
  signatures_.set(signature(word));
  return words_[std::string(word)];
}

void TimeLexicon::add_starter(std::string_view word) { add(word).classes |= kStarter; }

const TimeWord* TimeLexicon::find(std::string_view word) const {
  if (word.empty() || !signatures_.test(signature(word))) return nullptr;
  auto it = words_.find(std::string(word));  // at most kLongestWord bytes: no allocation
  return it == words_.end() ? nullptr : &it->second;
}

TimeLexicon::TimeLexicon() {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    for (std::string_view name : {kMonths[m], kMonths[m].substr(0, 3)}) {
      TimeWord& w = add(name);
      w.classes |= kMonthName;
      w.number = static_cast<int8_t>(m + 1);
    }
  }
  for (std::string_view name : {"sept", "sep"}) {
    add(name).classes |= kMonthName;
    add(name).number = 9;
  }
  static constexpr std::array<std::array<std::string_view, 4>, 7> kWeekdays = {{
      {"monday", "mon", "", ""},          {"tuesday", "tue", "tues", ""},
      {"wednesday", "wed", "weds", ""},   {"thursday", "thu", "thur", "thurs"},
      {"friday", "fri", "", ""},          {"saturday", "sat", "", ""},
      {"sunday", "sun", "", ""}}};
  for (int d = 0; d < 7; ++d) {
    for (std::string_view name : kWeekdays[d]) {
      if (name.empty()) continue;
      TimeWord& w = add(name);
      w.classes |= kWeekdayName;
      w.number = static_cast<int8_t>(d);
    }
    TimeWord& plural = add(std::string(kWeekdays[d][0]) + "s");  // "on Sundays": every Sunday
    plural.classes |= kWeekdayPlural;
    plural.number = static_cast<int8_t>(d);
  }
  static constexpr std::array<std::string_view, 20> kSmall = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int n = 1; n < 20; ++n) {
    add(kSmall[n]).classes |= kNumberWord;
    add(kSmall[n]).number = static_cast<int8_t>(n);
  }
  static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                            "sixty", "seventy", "eighty", "ninety"};
  for (int t = 0; t < 8; ++t) {
    add(kTens[t]).classes |= kNumberWord;
    add(kTens[t]).number = static_cast<int8_t>(20 + 10 * t);
  }
  static constexpr std::array<std::string_view, 8> kDecades = {"twenties", "thirties", "forties", "fifties",
                                                               "sixties", "seventies", "eighties", "nineties"};
  for (int t = 0; t < 8; ++t) {
    add(kDecades[t]).classes |= kDecadeWord;
    add(kDecades[t]).number = static_cast<int8_t>(2 + t);
  }
  for (std::string_view noughties : {"noughties", "naughties"}) {  // the 2000s, as British news names them
    add(noughties).classes |= kDecadeWord;
    add(noughties).number = 10;
  }
  for (std::string_view code : {"q1", "q2", "q3", "q4", "h1", "h2"}) {
    add(code).classes |= kPeriodCode;
    add(code).number = static_cast<int8_t>(code[1] - '0');
  }
  for (std::string_view a : {"a", "an"}) {
    add(a).classes |= kNumberWord;
    add(a).number = 1;
  }
  static constexpr std::array<std::string_view, 12> kOrdinals = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth"};
  for (int n = 0; n < 12; ++n) {
    add(kOrdinals[n]).classes |= kOrdinalWord;
    add(kOrdinals[n]).number = static_cast<int8_t>(n + 1);
  }
  add("nineteenth").classes |= kOrdinalWord;
  add("nineteenth").number = 19;
  add("twentieth").classes |= kOrdinalWord;
  add("twentieth").number = 20;

  struct UnitName { std::string_view singular, plural; TimeUnit unit; };
  static constexpr std::array kUnits = {
      UnitName{"second", "seconds", TimeUnit::kSecond}, UnitName{"minute", "minutes", TimeUnit::kMinute},
      UnitName{"hour", "hours", TimeUnit::kHour},       UnitName{"day", "days", TimeUnit::kDay},
      UnitName{"weekend", "weekends", TimeUnit::kWeekend}, UnitName{"week", "weeks", TimeUnit::kWeek},
      UnitName{"month", "months", TimeUnit::kMonth},    UnitName{"quarter", "quarters", TimeUnit::kQuarter},
      UnitName{"year", "years", TimeUnit::kYear},       UnitName{"decade", "decades", TimeUnit::kDecade},
      UnitName{"century", "centuries", TimeUnit::kCentury}, UnitName{"min", "mins", TimeUnit::kMinute},
      UnitName{"hr", "hrs", TimeUnit::kHour},           UnitName{"yr", "yrs", TimeUnit::kYear},
      UnitName{"fortnight", "fortnights", TimeUnit::kWeek}};
  for (const UnitName& u : kUnits) {
    add(u.singular).classes |= kUnitWord;
    add(u.singular).unit = u.unit;
    add(u.plural).classes |= kUnitWord;
    add(u.plural).unit = u.unit;
    add(u.plural).plural = true;
  }
  add("fortnight").multiple = add("fortnights").multiple = 2;

  struct Coded { std::string_view word; const char* code; };
  for (Coded p : {Coded{"morning", "MO"}, Coded{"afternoon", "AF"}, Coded{"evening", "EV"}, Coded{"night", "NI"}}) {
    add(p.word).classes |= kPartOfDay;
    add(p.word).code = p.code;
    TimeWord& plural = add(std::string(p.word) + "s");  // "Tuesday nights": every Tuesday's
    plural.classes |= kPartOfDay;
    plural.code = p.code;
    plural.plural = true;
  }
  for (Coded s : {Coded{"spring", "SP"}, Coded{"summer", "SU"}, Coded{"fall", "FA"}, Coded{"autumn", "FA"},
                  Coded{"winter", "WI"}}) {
    add(s.word).classes |= kSeasonName;
    add(s.word).code = s.code;
  }

  struct DeicticName { std::string_view word; Deictic deictic; };
  for (DeicticName d : {DeicticName{"today", Deictic::kToday}, DeicticName{"yesterday", Deictic::kYesterday},
                        DeicticName{"tomorrow", Deictic::kTomorrow}, DeicticName{"tonight", Deictic::kTonight},
                        DeicticName{"now", Deictic::kPresent}, DeicticName{"currently", Deictic::kPresent},
                        DeicticName{"presently", Deictic::kPresent}, DeicticName{"nowadays", Deictic::kPresent},
                        DeicticName{"recently", Deictic::kPast}, DeicticName{"lately", Deictic::kPast}}) {
    add(d.word).classes |= kDeictic;
    add(d.word).deictic = d.deictic;
  }

  for (std::string_view r : {"this", "last", "next", "past", "previous", "coming", "current", "following",
                             "latest", "recent", "same", "prior", "upcoming"})
    add(r).classes |= kRelativeWord;
  for (Coded m : {Coded{"early", "START"}, Coded{"late", "END"}, Coded{"mid", "MID"}, Coded{"middle", "MID"}}) {
    add(m.word).classes |= kModifierWord;
    add(m.word).code = m.code;
  }
  for (std::string_view a : {"about", "around", "nearly", "almost", "roughly", "approximately", "some"})
    add(a).classes |= kApproxWord;
  for (std::string_view v : {"several", "few", "many", "couple", "numerous"}) add(v).classes |= kVagueNumber;

  struct Frequency { std::string_view word; TimeUnit unit; };
  for (Frequency f : {Frequency{"hourly", TimeUnit::kHour}, Frequency{"daily", TimeUnit::kDay},
                      Frequency{"nightly", TimeUnit::kDay}, Frequency{"weekly", TimeUnit::kWeek},
                      Frequency{"monthly", TimeUnit::kMonth}, Frequency{"quarterly", TimeUnit::kQuarter},
                      Frequency{"annually", TimeUnit::kYear}, Frequency{"yearly", TimeUnit::kYear}}) {
    add(f.word).classes |= kFrequencyWord;
    add(f.word).unit = f.unit;
  }
  for (std::string_view am : {"a.m", "am"}) add(am).classes |= kMeridiem;
  for (std::string_view pm : {"p.m", "pm"}) {
    add(pm).classes |= kMeridiem;
    add(pm).number = 12;
  }
  for (std::string_view d : {"ago", "earlier", "before", "previously"}) {
    add(d).classes |= kDirectionWord;
    add(d).number = -1;
  }
  for (std::string_view d : {"later", "hence"}) {
    add(d).classes |= kDirectionWord;
    add(d).number = 1;
  }

  // Words that tell the tense of the clause, for weekdays and dates stated without a year. A verb of a
  // schedule in the present tense looks ahead: "the offer expires Friday", "leaders meet Monday".
  for (std::string_view f : {"will", "'ll", "shall", "won't", "tomorrow", "next", "scheduled",
                             "upcoming", "expected", "expects", "due", "going", "coming", "intends", "soon",
                             "effective", "would", "expect"})
    add(f).classes |= kTenseFuture;
  // A news story's present of a schedule looks ahead: "the offer expires Friday", "leaders meet Monday",
  // "tickets go on sale Monday", "Arsenal host Chelsea on Sunday". The plural form only after its subject
  // (time.cpp: schedule_verb), as most of them are nouns too ("a vote", "the start").
  static constexpr std::array<std::array<std::string_view, 2>, 43> kScheduleVerbs = {{
      {"go", "goes"}, {"open", "opens"}, {"reopen", "reopens"}, {"close", "closes"}, {"begin", "begins"},
      {"start", "starts"}, {"end", "ends"}, {"resume", "resumes"}, {"convene", "convenes"},
      {"reconvene", "reconvenes"}, {"meet", "meets"}, {"return", "returns"}, {"play", "plays"}, {"face", "faces"},
      {"host", "hosts"}, {"visit", "visits"}, {"arrive", "arrives"}, {"travel", "travels"}, {"fly", "flies"},
      {"launch", "launches"}, {"kick", "kicks"}, {"expire", "expires"}, {"vote", "votes"}, {"hold", "holds"},
      {"debut", "debuts"}, {"premiere", "premieres"}, {"air", "airs"}, {"report", "reports"},
      {"testify", "testifies"}, {"hear", "hears"}, {"unveil", "unveils"}, {"conclude", "concludes"},
      {"head", "heads"}, {"join", "joins"}, {"sit", "sits"}, {"run", "runs"},
      {"appear", "appears"}, {"come", "comes"}, {"celebrate", "celebrates"}, {"attend", "attends"},
      {"speak", "speaks"}, {"address", "addresses"}, {"deliver", "delivers"}}};
  for (const auto& [plural, third_person] : kScheduleVerbs) {
    add(plural).classes |= kScheduleVerb;
    add(plural).number = 1;
    add(third_person).classes |= kScheduleVerb;
  }
  for (std::string_view p : {"said", "was", "were", "had", "did", "ago", "yesterday", "last", "told", "came", "went",
                             "made", "took", "gave", "began", "left", "saw", "won", "lost", "fell", "rose", "held",
                             "got", "sold", "paid", "spent", "brought", "found", "became", "met", "led", "struck",
                             "flew", "ran", "wrote", "chose", "spoke", "knew", "thought", "set", "hit", "cut",
                             "quit", "put", "shot", "killed", "says", "earlier", "since", "taken"})
    add(p).classes |= kTensePast;
  for (std::string_view p : {"is", "are", "am", "now"}) add(p).classes |= kTensePresent;
  for (std::string_view s : {"the", "'", "\xE2\x80\x99", "fiscal", "fy", "more", "less", "at", "no", "not", "every", "each", "per",
                             "noon", "midnight", "midday", "future", "present", "these", "that", "full", "near", "short",
                             "half", "overnight", "right", "small", "wee", "turn", "final", "new", "election", "polling", "ytd"})
    add(s).classes |= kStarter;
}

}  // namespace ledeline
