// [SECTION] Reading: the form of the text and the metadata it states.
//
// The header form, as wire copy is often saved:
//     date 2020-01-25 UrduPoint.com
//   Czech Police Officers Return To Iraq ...
//
//   Sat 25th January 2020 | 08:45 PM
// A text without that header may still open with a title line and a date line, and a text copied from a
// page states its dates in short lines near the top: "Published: 25 November 2026", "Updated 14:32 GMT,
// 25 November 2026", "By Jane Doe | November 24, 2026", "24 November 2026 • 3 min read". In every form, a
// short line near the top may name the authors: "By Ann Lee and Bo Chan".
#include <string_view>

#include <re2/re2.h>

#include "annotators.h"
#include "readers.h"
#include "ledeline/calendar.h"

namespace ledeline {
namespace {

constexpr size_t kMaxTitleBytes = 300;
constexpr int kBylineLines = 8;
constexpr size_t kBylineBytes = 3000;
constexpr size_t kMaxBylineBytes = 100;
// Where a page's date lines may be: within the first lines, each short.
constexpr int kDateLines = 6;
constexpr size_t kMaxDateLineBytes = 120;

struct Line {
  Span span;  // without the '\n', trimmed of surrounding blanks
  std::string_view text;
};

// The next non-blank line starting at or after `pos`, if any.
std::optional<Line> next_line(const std::string& text, size_t& pos) {
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    size_t s = pos, e = end;
    pos = end + 1;
    while (s < e && (text[s] == ' ' || text[s] == '\t')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    if (s < e)
      return Line{{static_cast<uint32_t>(s), static_cast<uint32_t>(e)}, std::string_view(text).substr(s, e - s)};
  }
  return std::nullopt;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if ((s[i] | 0x20) != word[i]) return false;
  return s.size() == word.size() || !((s[word.size()] | 0x20) >= 'a' && (s[word.size()] | 0x20) <= 'z');
}

std::string_view trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == ':' || c == ','; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// A date a short line states with what pages print around it: a label ("Published:", "Updated", "Posted
// on", "Last updated"), other parts between separators ("By Jane Doe | ...", "... • 3 min read"), a time
// before the date ("14:32 GMT, 25 November 2026"). `updated`: the label says it is not the first publication.
struct StatedDate {
  DateTime when;
  std::string_view text;  // the date itself, within the line
  bool updated = false;
};

std::optional<StatedDate> stated_date(std::string_view line) {
  if (line.size() > kMaxDateLineBytes) return std::nullopt;
  static constexpr std::string_view kSeparators[] = {" | ", " \xE2\x80\xA2 " /* • */, " \xC2\xB7 " /* · */,
                                                     " \xE2\x80\x94 " /* — */, " - "};
  for (size_t start = 0; start <= line.size();) {
    size_t end = line.size();
    size_t separator = 0;
    for (std::string_view s : kSeparators) {
      size_t at = line.find(s, start);
      if (at < end) {
        end = at;
        separator = s.size();
      }
    }
    std::string_view part = trimmed(line.substr(start, end - start));
    StatedDate found;
    for (std::string_view label : {"first published", "originally published", "last updated", "published", "updated",
                                   "posted", "date"}) {
      if (!starts_with_word(part, label)) continue;
      found.updated = label == "last updated" || label == "updated";
      part = trimmed(part.substr(label.size()));
      if (starts_with_word(part, "on") || starts_with_word(part, "at")) part = trimmed(part.substr(2));
      break;
    }
    std::optional<DateTime> when = parse_date_line(part);
    if (!when) {
      // "14:32 GMT, 25 November 2026": the time first
      size_t comma = part.find(", ");
      if (comma != std::string_view::npos && comma > 0 && part[0] >= '0' && part[0] <= '9') {
        std::string swapped = std::string(part.substr(comma + 2)) + " " + std::string(part.substr(0, comma));
        when = parse_date_line(swapped);
      }
    }
    if (when) {
      found.when = *when;
      found.text = part;
      return found;
    }
    if (end == line.size()) break;
    start = end + separator;
  }
  return std::nullopt;
}

bool looks_like_title(std::string_view line) {
  if (line.size() > kMaxTitleBytes) return false;
  char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

class ReadingAnnotator : public Annotator {
 public:
  ReadingAnnotator() : header_(R"(date\s+(\d{4}-\d{2}-\d{2})\s+(\S.*))", RE2::Quiet) {
    if (!header_.ok()) fail("reading: header pattern: " + header_.error());
  }
  std::string_view name() const override { return "reading"; }

  void annotate(Document& doc) const override {
    // HTML and JSON readers have read the metadata their input states.
    if (doc.form != InputForm::kHtml && doc.form != InputForm::kJson) read_header_and_title(doc);
    if (doc.metadata.authors.empty()) read_byline(doc);
  }

 private:
  // A short line near the top that names the authors: "By Ann Lee and Bo Chan".
  static void read_byline(Document& doc) {
    size_t pos = 0;
    for (int i = 0; i < kBylineLines && pos < kBylineBytes; ++i) {
      std::optional<Line> line = next_line(doc.text, pos);
      if (!line) return;
      if (line->text.size() > kMaxBylineBytes) continue;
      std::string_view t = line->text;
      if (t.substr(0, 3) != "By " && t.substr(0, 3) != "BY " && t.substr(0, 4) != "Von ") continue;
      std::vector<std::string> names = split_authors(line->text);
      if (names.empty()) continue;
      size_t from = 0;
      for (std::string& name : names) {
        size_t at = line->text.find(name, from);
        std::optional<Span> span;
        if (at != std::string_view::npos) {
          span = Span{line->span.start + static_cast<uint32_t>(at), line->span.start + static_cast<uint32_t>(at + name.size())};
          from = at + name.size();
        }
        doc.metadata.authors.push_back({std::move(name), span, "reading.byline"});
      }
      return;
    }
  }

  void read_header_and_title(Document& doc) const {
    Metadata& meta = doc.metadata;
    size_t pos = 0;
    std::optional<Line> line = next_line(doc.text, pos);
    if (!line) return;
    std::optional<DateTime> header_date;
    re2::StringPiece date, source;
    if (RE2::FullMatch(re2::StringPiece(line->text.data(), line->text.size()), header_, &date, &source)) {
      doc.form = InputForm::kHeaderText;
      header_date = parse_date_line(std::string_view(date.data(), date.size()));
      Span site_span{static_cast<uint32_t>(source.data() - doc.text.data()),
                     static_cast<uint32_t>(source.data() - doc.text.data() + source.size())};
      meta.site = {std::string(doc.slice(site_span)), site_span, "reading.header_source"};
      if (header_date) {
        Span date_span{static_cast<uint32_t>(date.data() - doc.text.data()),
                       static_cast<uint32_t>(date.data() - doc.text.data() + date.size())};
        meta.published = {to_iso(*header_date), date_span, "reading.header_date"};
      }
      line = next_line(doc.text, pos);
    }
    // Title, then an optional date line; or a date line first.
    for (int i = 0; i < 2 && line; ++i) {
      if (auto when = parse_date_line(line->text)) {
        // The date line is more precise than the header's date: it may carry the time.
        meta.published = {to_iso(*when), line->span, "reading.date_line"};
        break;
      }
      if (i > 0 || !looks_like_title(line->text)) break;
      size_t after = pos;
      if (!next_line(doc.text, after)) break;  // a one-line text is not a title
      meta.title = {std::string(line->text), line->span,
                    doc.form == InputForm::kHeaderText ? "reading.header_title" : "reading.first_line"};
      line = next_line(doc.text, pos);
    }
    if (meta.published.present()) return;
    // The lines a page prints around its headline: the first date that is not an update's, else an update's.
    std::optional<MetaValue> updated;
    pos = 0;
    for (int i = 0; i < kDateLines && (line = next_line(doc.text, pos)); ++i) {
      std::optional<StatedDate> stated = stated_date(line->text);
      if (!stated) continue;
      const uint32_t at = line->span.start + static_cast<uint32_t>(stated->text.data() - line->text.data());
      MetaValue value{to_iso(stated->when), Span{at, at + static_cast<uint32_t>(stated->text.size())}, "reading.stated_date"};
      if (!stated->updated) {
        meta.published = std::move(value);
        return;
      }
      if (!updated) updated = std::move(value);
    }
    if (updated) meta.published = std::move(*updated);
  }

  RE2 header_;
};

}  // namespace

std::unique_ptr<Annotator> make_reading_annotator() { return std::make_unique<ReadingAnnotator>(); }

}  // namespace ledeline
