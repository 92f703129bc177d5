// Publication dates and author names as pages and feeds state them.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include <re2/re2.h>

#include "readers.h"

namespace ledeline {
namespace {

struct DatePatterns {
  // ISO 8601 with optional fraction and zone: 2019-07-28T10:00:00.000+02:00, 2019-07-28 10:00.
  RE2 iso{R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?)",
          RE2::Quiet};
  // Compact 20190728 or 2019/07/28.
  RE2 compact{R"(^\s*(\d{4})[/]?(\d{2})[/]?(\d{2})\b)", RE2::Quiet};
  // German and other day-first month names: "28. Juli 2019", "28 janvier 2020".
  RE2 day_month_name{R"((?i)(\d{1,2})\.?\s+(\pL+)\.?,?\s+(\d{4}))", RE2::Quiet};
  // "July 28, 2019" inside a longer text.
  RE2 month_name_day{R"((?i)(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))", RE2::Quiet};
  RE2 numeric_dmy{R"((?:^|\D)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\D|$))", RE2::Quiet};
  RE2 numeric_mdy{R"((?:^|\D)(\d{1,2})/(\d{1,2})/(\d{4})(?:\D|$))", RE2::Quiet};
  // Day first with a two-digit year, "31.10.23"; an ISO date inside a text, "(last edited 2019-11-10 ...".
  RE2 numeric_dmy_short{R"((?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?:[^\d.]|$))", RE2::Quiet};
  RE2 iso_inside{R"((?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:\D|$))", RE2::Quiet};
};

const DatePatterns& date_patterns() {
  static const DatePatterns p;
  return p;
}

int to_int(const std::string& s) { return s.empty() ? -1 : std::atoi(s.c_str()); }

// English (calendar.h) and the other month names of the pages we read: German, French, Spanish.
int any_month(std::string_view name) {
  if (int m = month_from_name(name)) return m;
  std::string n;
  for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  struct Month { std::string_view name; int month; };
  static constexpr std::array kMonths = {
      Month{"januar", 1}, Month{"jänner", 1}, Month{"februar", 2}, Month{"märz", 3}, Month{"maerz", 3},
      Month{"mai", 5}, Month{"juni", 6}, Month{"juli", 7}, Month{"oktober", 10}, Month{"dezember", 12},
      Month{"janvier", 1}, Month{"février", 2}, Month{"fevrier", 2}, Month{"mars", 3}, Month{"avril", 4},
      Month{"juin", 6}, Month{"juillet", 7}, Month{"août", 8}, Month{"septembre", 9}, Month{"octobre", 10},
      Month{"novembre", 11}, Month{"décembre", 12}, Month{"enero", 1}, Month{"febrero", 2}, Month{"marzo", 3},
      Month{"abril", 4}, Month{"mayo", 5}, Month{"junio", 6}, Month{"julio", 7}, Month{"agosto", 8},
      Month{"septiembre", 9}, Month{"octubre", 10}, Month{"noviembre", 11}, Month{"diciembre", 12},
      Month{"jan", 1}, Month{"feb", 2}, Month{"mär", 3}, Month{"apr", 4}, Month{"jun", 6}, Month{"jul", 7},
      Month{"aug", 8}, Month{"sep", 9}, Month{"okt", 10}, Month{"nov", 11}, Month{"dez", 12}};
  for (const Month& m : kMonths)
    if (n == m.name) return m.month;
  return 0;
}

std::optional<DateTime> checked(DateTime t) {
  if (!valid_date(t.date) || t.date.year < 1990 || t.date.year > 2100) return std::nullopt;
  return t;
}

std::optional<DateTime> checked_day(int year, int month, int day) {
  DateTime t;
  t.date = {year, month, day};
  return checked(t);
}

}  // namespace

std::optional<DateTime> parse_date_value(std::string_view value, bool day_first) {
  if (value.size() > 200) value = value.substr(0, 200);
  const DatePatterns& p = date_patterns();
  re2::StringPiece in(value.data(), value.size());
  std::string y, mo, d, h, mi, s, zone;
  if (RE2::PartialMatch(in, p.iso, &y, &mo, &d, &h, &mi, &s, &zone)) {
    DateTime t;
    t.date = {to_int(y), to_int(mo), to_int(d)};
    if (!h.empty() && to_int(h) < 24 && to_int(mi) < 60) {
      t.hour = to_int(h);
      t.minute = to_int(mi);
      t.second = s.empty() ? -1 : to_int(s);
      if (zone == "Z") {
        t.utc_offset_minutes = 0;
      } else if (!zone.empty()) {
        int minutes = to_int(zone.substr(1, 2)) * 60 + to_int(zone.substr(zone.size() - 2));
        t.utc_offset_minutes = zone[0] == '-' ? -minutes : minutes;
      }
    }
    return checked(t);
  }
  if (auto t = parse_date_line(value)) return checked(*t);
  if (RE2::PartialMatch(in, p.compact, &y, &mo, &d)) {
    if (auto r = checked_day(to_int(y), to_int(mo), to_int(d))) return r;
  }
  std::string a, b, c;
  if (RE2::PartialMatch(in, p.month_name_day, &a, &b, &c) && any_month(a)) {
    if (auto r = checked_day(to_int(c), any_month(a), to_int(b))) return r;
  }
  if (RE2::PartialMatch(in, p.day_month_name, &a, &b, &c) && any_month(b)) {
    if (auto r = checked_day(to_int(c), any_month(b), to_int(a))) return r;
  }
  if (RE2::PartialMatch(in, p.numeric_dmy, &a, &b, &c)) {
    if (auto r = checked_day(to_int(c), to_int(b), to_int(a))) return r;
  }
  if (RE2::PartialMatch(in, p.numeric_mdy, &a, &b, &c)) {
    int month = to_int(a), day = to_int(b);
    if (day_first) std::swap(month, day);
    if (auto r = checked_day(to_int(c), month, day)) return r;
    if (auto r = checked_day(to_int(c), day, month)) return r;  // "25/12/2019" can only be day first, "12/25/2019" only month first
  }
  if (RE2::PartialMatch(in, p.iso_inside, &a, &b, &c)) {
    if (auto r = checked_day(to_int(a), to_int(b), to_int(c))) return r;
  }
  if (RE2::PartialMatch(in, p.numeric_dmy_short, &a, &b, &c)) {
    if (auto r = checked_day(2000 + to_int(c), to_int(b), to_int(a))) return r;
  }
  return std::nullopt;
}

std::string date_from_url(std::string_view url) {
  auto digits = [&](size_t at, size_t count) {
    if (at + count > url.size()) return false;
    for (size_t k = 0; k < count; ++k)
      if (!std::isdigit(static_cast<unsigned char>(url[at + k]))) return false;
    return true;
  };
  for (size_t i = 0; i + 9 < url.size(); ++i) {
    if (url[i] != '/') continue;
    size_t y = i + 1;
    std::string iso;
    if (digits(y, 4) && y + 10 <= url.size() && (url[y + 4] == '/' || url[y + 4] == '-') && digits(y + 5, 2) &&
        url[y + 7] == url[y + 4] && digits(y + 8, 2))
      iso = std::string(url.substr(y, 4)) + "-" + std::string(url.substr(y + 5, 2)) + "-" + std::string(url.substr(y + 8, 2));
    else if (digits(y, 8) && !digits(y + 8, 1))
      iso = std::string(url.substr(y, 4)) + "-" + std::string(url.substr(y + 4, 2)) + "-" + std::string(url.substr(y + 6, 2));
    if (!iso.empty() && parse_date_value(iso)) return iso;
  }
  return {};
}

namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  auto junk = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '|' || c == ':' || c == '-'; };
  while (b < e && junk(s[b])) ++b;
  // A final dot goes, unless it ends an initial ("R. R.").
  auto initial_dot = [&](size_t end) {
    return end >= 2 && std::isupper(static_cast<unsigned char>(s[end - 2])) && (end == 2 || s[end - 3] == ' ' || s[end - 3] == '.');
  };
  while (e > b && (junk(s[e - 1]) || (s[e - 1] == '.' && !initial_dot(e)))) --e;
  return std::string(s.substr(b, e - b));
}

bool starts_with_word_ci(std::string_view s, std::string_view word) {
  if (s.size() <= word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(word[i])) return false;
  return s[word.size()] == ' ' || s[word.size()] == ':' || s[word.size()] == '\t';
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Quotes some sites put around the whole byline ("'Ann Lee, Bo Chan'"), bullets beside it.
std::string unquoted(std::string_view s) {
  auto quote_at = [&](size_t i) -> size_t {
    for (std::string_view q : {"'", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\xA2", "\xC2\xB7", " "})
      if (s.compare(i, q.size(), q) == 0) return q.size();
    return 0;
  };
  while (!s.empty() && quote_at(0)) s.remove_prefix(quote_at(0));
  for (bool more = true; more && !s.empty();) {
    more = false;
    for (size_t k = 1; k <= 3 && k <= s.size(); ++k)
      if (quote_at(s.size() - k) == k) {
        s.remove_suffix(k);
        more = true;
        break;
      }
  }
  return std::string(s);
}

bool is_weekday(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 28> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
      "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
      "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  return std::find(kDays.begin(), kDays.end(), lower_word) != kDays.end();
}

// A name followed by its social media handle: "Williams Perdomo @wperdomod".
std::string without_handles(const std::string& name) {
  size_t at = name.find(" @");
  if (at == std::string::npos || name.find(' ', at + 2) != std::string::npos) return name;
  return name.substr(0, at);
}

// "PhD", "M.D.", or a wire's or broadcaster's short capitals ("CNN", "AP") after a name.
bool is_degree_or_agency(std::string_view s) {
  std::string letters;
  for (char c : s)
    if (c != '.') letters += c;
  static constexpr std::array<std::string_view, 9> kDegrees = {"phd", "md", "rd", "ms", "mph", "msc", "mba", "rn", "dphil"};
  std::string low = lower_ascii(letters);
  if (std::find(kDegrees.begin(), kDegrees.end(), low) != kDegrees.end()) return true;
  return letters.size() >= 2 && letters.size() <= 5 &&
         std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A name: one to five words, no digits, no URL or handle, a capital (or any non-ASCII letter) first.
// One word of letters and digits is a user name ("freeman1984"), as blogs and forums show them.
bool looks_like_name(std::string_view s) {
  if (s.empty() || s.size() > 60) return false;
  if (s.find("http") != std::string_view::npos || s.find('@') != std::string_view::npos ||
      s.find('/') != std::string_view::npos || s.find("www.") != std::string_view::npos)
    return false;
  int words = 1, letters = 0;
  bool digits = false;
  for (char c : s) {
    if (c == '(' || c == ')' || c == '*' || c == ':' || c == '|' || c == ',' || c == '"' || c == '!' || c == '?') return false;
    digits |= std::isdigit(static_cast<unsigned char>(c)) != 0;
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (c == ' ') ++words;
  }
  if (digits && (words > 1 || letters < 3)) return false;
  if (words > 5) return false;
  // A URL's slug of a name ("sarah-indra"), not the name as the page shows it.
  if (words == 1 && s.find('-') != std::string_view::npos &&
      std::none_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return false;
  // A phrase, not a name: "the Ethify community".
  std::string first = std::string(s.substr(0, s.find(' ')));
  for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 4> kArticles = {"the", "a", "an", "our"};
  if (words > 1 && std::find(kArticles.begin(), kArticles.end(), first) != kArticles.end()) return false;
  // Labels and comment headers that sit where names do.
  static constexpr std::array<std::string_view, 21> kNotNames = {"follow", "posted", "por", "by", "name", "share", "admin", "datum", "date", "fecha",
                                                                 "updated", "last updated", "published", "aktualisiert", "actualizado", "stand",
                                                                 "anonymous", "anonym", "email", "e-mail", "website"};
  std::string lower_s;
  for (char c : s) lower_s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::find(kNotNames.begin(), kNotNames.end(), lower_s) != kNotNames.end()) return false;
  for (std::string_view said : {" says", " sagt", " dice", " schreibt", " said"})
    if (lower_s.size() > said.size() && lower_s.compare(lower_s.size() - said.size(), said.size(), said) == 0) return false;
  return true;
}

}  // namespace

std::vector<std::string> split_authors(std::string_view byline) {
  // No-break and other spaces as plain spaces; a leading "~" or "—" of some themes dropped.
  std::string spaced;
  for (size_t i = 0; i < byline.size(); ++i) {
    if (byline.compare(i, 2, "\xC2\xA0") == 0) {
      spaced += ' ';
      ++i;
    } else if (byline.compare(i, 3, "\xEF\xBC\x9A") == 0) {  // the full-width colon of Chinese labels
      spaced += ": ";
      i += 2;
    } else {
      spaced += byline[i];
    }
  }
  std::string s = trim(spaced);
  while (!s.empty() && (s[0] == '~' || s[0] == ' ')) s.erase(0, 1);
  // "Posted in News by Ann Lee": the names after the verb's "by".
  for (std::string_view verb : {"posted ", "filed ", "published ", "written ", "veröffentlicht ", "publicado ", "publié "}) {
    if (lower_ascii(s.substr(0, verb.size())) != verb) continue;
    for (std::string_view by : {" by ", " von ", " por ", " par "}) {
      size_t at = lower_ascii(s).find(by);
      if (at != std::string::npos) {
        s = trim(std::string_view(s).substr(at + by.size()));
        break;
      }
    }
    break;
  }
  // A translator's, an illustrator's line names no author.
  for (std::string_view contributor : {"Übersetzung", "Übersetzt", "translation", "translated", "traducción", "traduction",
                                       "illustration", "illustrationen", "mitarbeit"})
    if (starts_with_word_ci(s, contributor)) return {};
  for (std::string_view prefix : {"written by", "posted by", "eingestellt von", "geschrieben von", "verfasst von", "publié par",
                                  "by", "von", "par", "por", "di", "door", "autorin", "autor", "author", "auteur", "texto", "text",
                                  "\xE4\xBD\x9C\xE8\x80\x85", "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91", "\xE7\xBC\x96\xE8\xBE\x91"}) {
    if (starts_with_word_ci(s, prefix)) {
      s = trim(std::string_view(s).substr(prefix.size()));
      // "Autor Mark Newton: EN": the byline's name ends at a colon.
      if (size_t colon = s.find(": "); colon != std::string::npos) s = trim(std::string_view(s).substr(0, colon));
      break;
    }
  }
  // Separators between names: "and", "und", "&", ",", ";", " / ".
  std::vector<std::string> names;
  size_t start = 0;
  auto flush = [&](size_t end) {
    std::string name = trim(std::string_view(s).substr(start, end - start));
    // A dash or bar a theme sets after the names: "Jérémy Piette —".
    for (std::string_view tail : {"\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "\xC2\xB7"})
      if (name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
        name = trim(std::string_view(name).substr(0, name.size() - tail.size()));
    if (!name.empty()) names.push_back(std::move(name));
  };
  for (size_t i = 0; i < s.size(); ++i) {
    for (std::string_view sep : {" and ", " und ", " & ", ", ", "; ", " / ", " et ", " y "}) {
      if (s.compare(i, sep.size(), sep) == 0) {
        flush(i);
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  flush(s.size());
  // Phrases in lower case after the first name make a sentence, not a list of names: "Portrait by A,
  // showing chin moko, woven cloak". (The first may be a user name in lower case: "der Michel"; one more
  // may be part of a name: "Staff and news service reports".)
  if (std::count_if(names.begin() + std::min<size_t>(1, names.size()), names.end(),
                    [](const std::string& n) { return n[0] >= 'a' && n[0] <= 'z' && n.find(' ') != std::string::npos; }) >= 2)
    return {};
  // A one-letter part means the separator belongs to one name: the magazine "Mac & i".
  if (std::any_of(names.begin(), names.end(), [](const std::string& n) { return n.size() == 1; })) names = {s};
  // What follows the names in a byline: a date or time ("Didier Roy, 21 juin 2018", "R. R. am
  // 3. März", "jancak @ 00:11"), a degree ("Grant Tinsley, PhD"), the agency ("Rob Picheta, CNN").
  std::vector<std::string> kept;
  for (std::string& n : names) {
    size_t digit = n.find(' ');  // the first word that starts with a digit
    while (digit != std::string::npos && !(digit + 1 < n.size() && std::isdigit(static_cast<unsigned char>(n[digit + 1]))))
      digit = n.find(' ', digit + 1);
    if (digit != std::string::npos) ++digit;
    if (!looks_like_name(n) && n.find_first_of("0123456789") != std::string::npos) {
      if (digit == std::string::npos) {  // not a name and a date
        if (!kept.empty()) break;
        return {};
      }
      std::string head = unquoted(trim(std::string_view(n).substr(0, digit)));
      for (bool cut = true; cut && !head.empty();) {
        cut = false;
        size_t space = head.rfind(' ');
        std::string last = lower_ascii(space == std::string::npos ? head : head.substr(space + 1));
        static constexpr std::array<std::string_view, 17> kJoins = {"am", "on", "le", "el", "at", "um", "den", "@", "-",
                                                                   "\xE2\x80\x93", "\xE2\x80\x94", "|", "the", "hace",
                                                                   "vor", "p\xC5\x99" "ed", "il"};
        if (any_month(last) || std::find(kJoins.begin(), kJoins.end(), last) != kJoins.end()) {
          head = space == std::string::npos ? std::string() : unquoted(trim(std::string_view(head).substr(0, space)));
          cut = true;
        }
      }
      if (head.size() > 1 && looks_like_name(head)) kept.push_back(std::move(head));
      if (kept.empty()) return {};
      // "Kim Roe Saturday, November 9": the weekday is the date's.
      std::string& last = kept.back();
      size_t space = last.rfind(' ');
      if (space != std::string::npos && is_weekday(lower_ascii(last.substr(space + 1)))) last = trim(std::string_view(last).substr(0, space));
      break;
    }
    std::string bare = unquoted(without_handles(n));
    // An academic title is not part of the name: "Dr. Alexander Klier", "Prof. Dr. Eva Roth".
    for (bool more = true; more;) {
      more = false;
      for (std::string_view title : {"Dr. ", "Prof. ", "Dr ", "Prof "})
        if (bare.size() > title.size() + 2 && bare.compare(0, title.size(), title) == 0) {
          bare.erase(0, title.size());
          more = true;
        }
    }
    if (!kept.empty() && is_degree_or_agency(bare)) continue;
    kept.push_back(std::move(bare));
  }
  for (const std::string& n : kept)
    if (!looks_like_name(n)) return {};
  return kept;
}

std::string copyright_holder(std::string_view line) {
  std::string s(line.substr(0, 200));
  auto strip_front = [&](std::string_view word) {
    if (lower_ascii(s.substr(0, word.size())) != word) return false;
    s.erase(0, word.size());
    return true;
  };
  auto ws = [&] { while (!s.empty() && std::strchr(" \t\r\n", s[0]) != nullptr) s.erase(0, 1); };
  ws();
  if (!strip_front("\xC2\xA9") && !strip_front("(c)") && !strip_front("copyright")) return {};
  // "© since 2010 by", "Copyright (c) 2012-", "(c) 1998 - 2022": the marks, the years, the joins.
  for (bool more = true; more;) {
    ws();
    more = false;
    for (std::string_view word : {"\xC2\xA9", "(c)", "copyright", "since ", "seit ", "by ", "von ", "-", "\xE2\x80\x93", ","})
      more = more || strip_front(word);
    while (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) s.erase(0, 1), more = true;
  }
  // To the rights reserved, a sentence's end or the next part of the line.
  std::string l = lower_ascii(s);
  size_t end = s.size();
  for (std::string_view stop : {"all rights", "alle rechte", "tous droits", "todos los derechos", ". ", " - ", " | ", ", ",
                                " \xE2\x80\x93 ", " \xC2\xB7 "})
    end = std::min(end, l.find(stop));
  s.resize(end);
  while (!s.empty() && (std::isdigit(static_cast<unsigned char>(s.back())) || std::strchr(" .,-", s.back()) != nullptr)) s.pop_back();
  return s;
}

}  // namespace ledeline
