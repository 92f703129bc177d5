#include "document_checks.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "ledeline/writers.h"

namespace ledeline {

void broken(const char* what, std::string_view detail) {
  std::fprintf(stderr, "invariant broken: %s %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

namespace {

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), written out so that the oracle
// does not share code with the decoder it checks.
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) {
      unsigned char t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (t & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += n;
  }
  return true;
}

bool char_boundary(const std::string& text, uint32_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

void check_meta(const Document& doc, const MetaValue& v, const char* what) {
  if (v.span) check_span(doc, *v.span, what);
}

// A time annotation's type and TimeML value: a reference ("PAST_REF"), a calendar value down to the
// minute or a part of day ("199", "2020-01-25T20:45", "XXXX-12-25", "2026-11-24TNI"), a week ("2020-W04-WE",
// "XXXX-WXX-1"), a quarter, half or season ("2020-Q1", "2020-H2", "XXXX-SP"), or a duration ("P2Y6M", "PT30M",
// "PXD"), which a DURATION has and a DATE or TIME has not. Written out apart from the annotator it checks.
void check_time(const Annotation& a) {
  static const std::regex kPoint(
      "PRESENT_REF|PAST_REF|FUTURE_REF"
      "|(\\d{2,4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?)?(T(\\d{2}:\\d{2}|MO|AF|EV|NI))?"
      "|(\\d{4}|XXXX)-W(\\d{2}|XX)(-(\\d|WE))?(T(MO|AF|EV|NI))?"
      "|(\\d{4}|XXXX)-(Q[1-4X]|H[12]|SP|SU|FA|WI)");
  static const std::regex kDuration("P(?=.)((\\d+|X)[YMWDQEC])*(T(?=.)((\\d+|X)[HMS])*)?");
  const std::string* type = a.attrs.find("type");
  const std::string* value = a.attrs.find("value");
  if (!type || !value) broken("time without a type or a value:", a.rule);
  const bool duration = std::regex_match(*value, kDuration);
  if (!duration && !std::regex_match(*value, kPoint)) broken("time value not in TimeML form:", *value);
  if ((*type == "DURATION") != duration && *type != "SET") broken("time type does not fit its value:", *value);
  if (*type != "DATE" && *type != "TIME" && *type != "DURATION" && *type != "SET") broken("time type unknown:", *type);
}

}  // namespace

void check_json_line(std::string_view line) {
  if (line.find('\n') != std::string_view::npos) broken("JSON record spans several lines");
  nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
  if (!record.is_object()) broken("JSON record is not an object:", line.substr(0, 200));
}

void check_span(const Document& doc, Span span, const char* what) {
  if (span.start > span.end || span.end > doc.text.size()) broken("span out of bounds:", what);
  if (!char_boundary(doc.text, span.start) || !char_boundary(doc.text, span.end))
    broken("span splits a UTF-8 character:", what);
}

void check_document(const Document& doc, size_t source_size) {
  if (!valid_utf8(doc.text)) broken("document text is not valid UTF-8");
  for (const Annotation& a : doc.annotations) {
    check_span(doc, a.span, a.rule.c_str());
    if (a.kind == "time" && a.origin == Origin::kRule) check_time(a);  // a person's value is theirs
  }
  if (!std::is_sorted(doc.annotations.begin(), doc.annotations.end(), annotation_less))
    broken("annotations are not in their total order");
  for (Span s : doc.structure.paragraphs) check_span(doc, s, "paragraph");
  for (Span s : doc.structure.sentences) check_span(doc, s, "sentence");
  for (Span s : doc.structure.tokens) check_span(doc, s, "token");
  const Metadata& m = doc.metadata;
  check_meta(doc, m.title, "meta.title");
  check_meta(doc, m.published, "meta.published");
  check_meta(doc, m.site, "meta.site");
  check_meta(doc, m.language, "meta.language");
  for (const MetaValue& author : m.authors) check_meta(doc, author, "meta.author");
  if (m.dateline) {
    check_meta(doc, m.dateline->city, "meta.dateline");
    check_meta(doc, m.dateline->date, "meta.dateline.date");
    for (const MetaValue& agency : m.dateline->agencies) check_meta(doc, agency, "meta.agency");
  }
  const std::vector<SourceRun>& runs = doc.source_map.runs();
  if (runs.empty()) return;  // the text is the input itself
  for (size_t i = 1; i < runs.size(); ++i)
    if (runs[i].text < runs[i - 1].text || runs[i].source < runs[i - 1].source) broken("source map runs backwards");
  if (runs.back().text != doc.text.size()) broken("source map does not end at the end of the text");
  if (runs.back().source > source_size) broken("source map goes past the input");
  for (const Annotation& a : doc.annotations) {
    Span s = doc.source_map.to_source(a.span);
    if (s.start > s.end || s.end > source_size) broken("annotation maps outside the input:", a.rule);
  }
}

void run_and_check(const Pipeline& pipeline, std::string_view bytes) {
  for (const Result& r : pipeline.run_all(bytes, "fuzz")) {
    if (!r.ok()) {
      if (r.error.empty()) broken("error without a message");
      continue;
    }
    const Document& doc = r.document;
    check_document(doc, bytes.size());
    std::string json = write_json(doc);
    check_json_line(json);
    nlohmann::json back = nlohmann::json::parse(json, nullptr, false);
    if (!back["text"].is_string() || back["text"].get_ref<const std::string&>() != doc.text)
      broken("the JSON text differs from the document text");
    write_tsv(doc);
  }
}

}  // namespace ledeline
