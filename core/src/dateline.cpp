// [SECTION] Datelines: the city, wire agencies and date that open a news story.
//
//   PRAGUE (UrduPoint News / Sputnik - 25th January, 2020) Five Czech police officers ...
//   WASHINGTON (AP) — The Senate ...
//   LONDON, Jan 5 (Reuters) - Britain's ...
//   KABUL, Afghanistan — Gunmen ...
// The city is written in capitals; agencies and a date may follow in brackets; a dash or the
// bracket ends the dateline. Only the opening paragraphs are looked at.
#include <re2/re2.h>

#include "annotators.h"
#include "ledeline/calendar.h"
#include "utf8.h"

namespace ledeline {
namespace {

constexpr size_t kParagraphsLooked = 8;
constexpr size_t kDatelineBytes = 200;

// "RIO DE JANEIRO" -> "Rio de Janeiro": capitals after the first letter of each word, particles lower.
std::string city_name(std::string_view caps) {
  std::string out;
  bool word_start = true;
  for (char c : caps) {
    bool separator = c == ' ' || c == '-' || c == '\'' || c == '.';
    out += word_start || separator ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    word_start = separator;
  }
  // Particles inside a name stay lower case.
  for (std::string_view particle : {" De ", " Da ", " Do ", " Del ", " La ", " Es ", " Al ", " El ", " Of "}) {
    for (size_t at = out.find(particle); at != std::string::npos; at = out.find(particle, at + 1))
      out[at + 1] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[at + 1])));
  }
  return out;
}

Span sub_span(const std::string& text, re2::StringPiece piece) {
  auto start = static_cast<uint32_t>(piece.data() - text.data());
  return {start, start + static_cast<uint32_t>(piece.size())};
}

// Trims blanks off a piece of the text.
re2::StringPiece trimmed(re2::StringPiece p) {
  while (!p.empty() && (p[0] == ' ' || p[0] == '\t')) p.remove_prefix(1);
  while (!p.empty() && (p[p.size() - 1] == ' ' || p[p.size() - 1] == '\t')) p.remove_suffix(1);
  return p;
}

class DatelineAnnotator : public Annotator {
 public:
  DatelineAnnotator()
      : dateline_(
            // city in capitals; an optional ", Region" or ", Jan 5"; optional (agencies - date); a dash.
            R"(^(\p{Lu}[\p{Lu}'.\-]+(?: \p{Lu}[\p{Lu}'.\-]*){0,3})(?:, ((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*)?(?: \d{1,2})?))?)"
            R"(\s*(?:\(([^()\n]{1,120})\))?\s*(—|–|--|-|:)?)",
            RE2::Quiet),
        month_day_(R"((\pL+)\.? (\d{1,2}))", RE2::Quiet) {
    if (!dateline_.ok()) fail("dateline: pattern: " + dateline_.error());
    if (!month_day_.ok()) fail("dateline: month-day pattern: " + month_day_.error());
  }
  std::string_view name() const override { return "dateline"; }

  void annotate(Document& doc) const override {
    const auto& paragraphs = doc.structure.paragraphs;
    for (size_t i = 0; i < paragraphs.size() && i < kParagraphsLooked; ++i)
      if (read(doc, paragraphs[i])) return;
  }

 private:
  bool read(Document& doc, Span paragraph) const {
    const std::string& text = doc.text;
    re2::StringPiece in(text.data() + paragraph.start, std::min<size_t>(paragraph.size(), kDatelineBytes));
    re2::StringPiece city, region, bracket, dash;
    if (!RE2::PartialMatch(in, dateline_, &city, &region, &bracket, &dash)) return false;
    if (bracket.empty() && dash.empty()) return false;
    if (city.size() < 3) return false;
    // The story must go on after the dateline.
    const char* end = (dash.empty() ? bracket.data() + bracket.size() + 1 : dash.data() + dash.size());
    if (static_cast<size_t>(end - in.data()) + 2 > paragraph.size()) return false;

    Dateline d;
    Span city_span = sub_span(text, city);
    d.city = {city_name(doc.slice(city_span)), city_span, "dateline.city"};
    std::optional<CivilDate> date;
    Span date_span{};
    if (!region.empty()) {
      std::string month, day;
      if (RE2::FullMatch(region, month_day_, &month, &day) && month_from_name(month) && year_of(doc)) {
        CivilDate c{year_of(doc), month_from_name(month), std::atoi(day.c_str())};
        if (valid_date(c)) {
          date = c;
          date_span = sub_span(text, region);
        }
      }
    }
    if (!bracket.empty()) {
      // "UrduPoint News / Sputnik - 25th January, 2020": agencies, then a date after a dash.
      re2::StringPiece agencies = bracket;
      for (std::string_view sep : {" - ", " – ", " — ", ", "}) {
        std::string_view b(bracket.data(), bracket.size());
        size_t at = b.find(sep);
        if (at == std::string_view::npos) continue;
        re2::StringPiece rest = trimmed(re2::StringPiece(bracket.data() + at + sep.size(), bracket.size() - at - sep.size()));
        if (auto when = parse_date_line(std::string_view(rest.data(), rest.size()))) {
          date = when->date;
          date_span = sub_span(text, rest);
          agencies = re2::StringPiece(bracket.data(), at);
          break;
        }
      }
      for (size_t start = 0; start <= agencies.size();) {
        std::string_view a(agencies.data(), agencies.size());
        size_t slash = a.find('/', start);
        if (slash == std::string_view::npos) slash = a.size();
        re2::StringPiece one = trimmed(re2::StringPiece(agencies.data() + start, slash - start));
        if (!one.empty()) {
          Span s = sub_span(text, one);
          d.agencies.push_back({std::string(doc.slice(s)), s, "dateline.agency"});
        }
        start = slash + 1;
      }
    }
    if (date) d.date = {to_iso(*date), date_span, "dateline.date"};
    Span whole{city_span.start, static_cast<uint32_t>(end - text.data())};
    while (whole.end > whole.start && (text[whole.end - 1] == ' ')) --whole.end;
    Annotation& a = doc.add(whole, "dateline", "dateline.wire");
    a.attrs.set("city", d.city.value);
    if (date) a.attrs.set("date", d.date.value);
    for (const MetaValue& agency : d.agencies) doc.add(*agency.span, "agency", "dateline.agency").attrs.set("name", agency.value);
    doc.metadata.dateline = std::move(d);
    return true;
  }

  // The year a month and day without one belong to: the publication year.
  static int year_of(const Document& doc) {
    const std::string& p = doc.metadata.published.value;
    return p.size() >= 4 ? std::atoi(p.substr(0, 4).c_str()) : 0;
  }

  RE2 dateline_;
  RE2 month_day_;
};

}  // namespace

std::unique_ptr<Annotator> make_dateline_annotator() { return std::make_unique<DatelineAnnotator>(); }

}  // namespace ledeline
