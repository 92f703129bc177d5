#include "ledeline/brat.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ledeline {
namespace {

class BratWriter {
 public:
  explicit BratWriter(const Document& doc) : doc_(doc), code_points_(doc.text.size() + 1, 0) {
    // Code points before each byte offset: brat counts characters, the core counts bytes.
    uint32_t count = 0;
    for (size_t i = 0; i < doc.text.size(); ++i) {
      code_points_[i] = count;
      if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) ++count;
    }
    code_points_[doc.text.size()] = count;
  }

  void write_quote(const Annotation& quote) {
    std::string content = text_bound("Content", quote.span);
    std::optional<Span> cue = span_attr(quote, "cue_start", "cue_end");
    std::optional<Span> source = span_attr(quote, "speaker_start", "speaker_end");
    std::string notes;
    if (const std::string* kind = quote.attrs.find("kind")) notes += "kind=" + *kind;
    if (const std::string* speaker = quote.attrs.find("speaker")) notes += "; speaker=" + one_line(*speaker);
    if (quote.origin == Origin::kPerson) notes += "; origin=person";
    out_ += "#" + std::to_string(++note_) + "\tAnnotatorNotes " + content + "\t" + notes + "\n";
    if (!cue) return;
    std::string cue_id = text_bound("Cue", *cue);
    std::string source_id = source ? text_bound("Source", *source) : "";
    std::string trigger = text_bound("Attribution", *cue);
    out_ += "E" + std::to_string(++event_) + "\tAttribution:" + trigger + " Content:" + content + " Cue:" + cue_id;
    if (source) out_ += " Source:" + source_id;
    out_ += "\n";
  }

  // Names and roles: "Tn\tPerson ...", with the canonical name an alias or description refers to and
  // origin=person on a correction made in the page.
  void write_entity(const Annotation& a, std::string_view type) {
    std::string id = text_bound(type, a.span);
    std::string notes;
    if (const std::string* refers_to = a.attrs.find("refers_to")) notes = "refers_to=" + one_line(*refers_to);
    if (a.origin == Origin::kPerson) notes += (notes.empty() ? "" : "; ") + std::string("origin=person");
    if (!notes.empty()) out_ += "#" + std::to_string(++note_) + "\tAnnotatorNotes " + id + "\t" + notes + "\n";
  }

  const std::string& result() const { return out_; }

 private:
  // Writes "Tn\tType start end[;start end]\ttext" and returns "Tn".
  std::string text_bound(std::string_view type, Span span) {
    std::string id = "T" + std::to_string(++text_bound_);
    std::string offsets, text;
    uint32_t start = span.start;
    while (start < span.end) {
      size_t line_end = doc_.text.find('\n', start);
      uint32_t end = line_end == std::string::npos || line_end > span.end ? span.end : static_cast<uint32_t>(line_end);
      if (end > start) {
        if (!offsets.empty()) {
          offsets += ';';
          text += ' ';
        }
        offsets += std::to_string(code_points_[start]) + " " + std::to_string(code_points_[end]);
        text.append(doc_.text, start, end - start);
      }
      start = end + 1;
    }
    out_ += id + "\t" + std::string(type) + " " + offsets + "\t" + text + "\n";
    return id;
  }

  std::optional<Span> span_attr(const Annotation& a, std::string_view start_key, std::string_view end_key) {
    std::optional<uint32_t> s = offset_attr(a, start_key), e = offset_attr(a, end_key);
    if (!s || !e || *s > *e) return std::nullopt;
    return Span{*s, *e};
  }

  // A byte offset attribute inside the text; a corrected annotation may carry anything.
  std::optional<uint32_t> offset_attr(const Annotation& a, std::string_view key) const {
    const std::string* v = a.attrs.find(key);
    uint32_t n = 0;
    if (!v || v->empty()) return std::nullopt;
    auto [end, error] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (error != std::errc() || end != v->data() + v->size() || n > doc_.text.size()) return std::nullopt;
    return n;
  }

  static std::string one_line(std::string s) {
    for (char& c : s)
      if (c == '\n' || c == '\t') c = ' ';
    return s;
  }

  const Document& doc_;
  std::vector<uint32_t> code_points_;
  std::string out_;
  int text_bound_ = 0, event_ = 0, note_ = 0;
};

}  // namespace

// brat entity types of the entity kinds (annotation.h).
std::string_view brat_entity_type(std::string_view kind) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {"person", "Person"}, {"org", "Organization"}, {"place", "Place"}, {"facility", "Facility"},
      {"group", "Group"},   {"misc", "Misc"},        {"role", "Role"}};
  for (const auto& [k, type] : kTypes)
    if (k == kind) return type;
  return {};
}

std::string write_brat(const Document& doc) {
  BratWriter writer(doc);
  for (const Annotation& a : doc.annotations)
    // Quoted words inside reported speech belong to its Content, as in PolNeAR; titles are no attributions.
    if (const std::string* kind = a.attrs.find("kind"); a.kind == "quote" && kind && (*kind == "direct" || *kind == "indirect"))
      writer.write_quote(a);
  // The names after the attributions, so that an attribution's numbers do not depend on them.
  for (const Annotation& a : doc.annotations)
    if (std::string_view type = brat_entity_type(a.kind); !type.empty()) writer.write_entity(a, type);
  return writer.result();
}

}  // namespace ledeline
