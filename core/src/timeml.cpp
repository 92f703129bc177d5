#include "ledeline/timeml.h"

#include <cstdint>

#include "ledeline/text_decoder.h"

namespace ledeline {
namespace {

// Decodes the five XML entities and numeric character references; anything else is kept as written.
void append_decoded(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    size_t semi = s.find(';', i);
    std::string_view ref = semi == std::string_view::npos || semi - i > 10 ? "" : s.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (ref == "amp") cp = '&';
    else if (ref == "lt") cp = '<';
    else if (ref == "gt") cp = '>';
    else if (ref == "quot") cp = '"';
    else if (ref == "apos") cp = '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      for (char c : ref.substr(hex ? 2 : 1)) {
        int digit = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (digit < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
    }
    if (cp == 0 || cp > 0x10FFFF) {
      out += s[i++];
      continue;
    }
    append_utf8(out, cp);
    i = semi + 1;
  }
}

void append_escaped(std::string_view s, std::string& out) {
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
}

// The TIMEX3 type a value implies, for a time a person marked without choosing one (TimeML requires it):
// a duration ("P2D", "PT5H", "PXY"), a time of day ("2020-01-25T20:45", "XXXX-XX-XXTNI"), else a date.
std::string_view implied_type(std::string_view value) {
  if (value.size() > 1 && value[0] == 'P' && (value[1] == 'T' || value[1] == 'X' || (value[1] >= '0' && value[1] <= '9')))
    return "DURATION";
  return value.find('T') != std::string_view::npos && value.find("_REF") == std::string_view::npos ? "TIME" : "DATE";
}

}  // namespace

std::optional<CivilDate> creation_date(const Document& doc) {
  if (doc.dct || !doc.metadata.published.present()) return doc.dct;
  auto t = parse_date_line(std::string_view(doc.metadata.published.value).substr(0, 10));
  return t ? std::optional<CivilDate>(t->date) : std::nullopt;
}

std::optional<TimemlSource> read_timeml(std::string_view bytes) {
  size_t open = bytes.find("<TEXT>");
  size_t close = open == std::string_view::npos ? open : bytes.find("</TEXT>", open);
  if (close == std::string_view::npos) return std::nullopt;
  TimemlSource src;
  size_t body = open + 6;
  src.head = std::string(bytes.substr(0, body));
  src.tail = std::string(bytes.substr(close));
  // The text without the tags of an annotated file (TIMEX3, EVENT, SIGNAL...).
  for (size_t i = body; i < close;) {
    size_t lt = bytes.find('<', i);
    if (lt == std::string_view::npos || lt > close) lt = close;
    append_decoded(bytes.substr(i, lt - i), src.text);
    if (lt == close) break;
    size_t gt = bytes.find('>', lt);
    i = gt == std::string_view::npos || gt > close ? close : gt + 1;
  }
  size_t dct = bytes.find("<DCT>");
  size_t dct_end = dct == std::string_view::npos ? dct : bytes.find("</DCT>", dct);
  if (dct_end != std::string_view::npos) {
    const std::string_view element = bytes.substr(dct, dct_end - dct);
    size_t v = element.find("value=\"");
    if (v != std::string_view::npos && v + 17 <= element.size()) {
      if (auto t = parse_date_line(element.substr(v + 7, 10))) src.dct = t->date;
    }
    size_t tid = element.find("tid=\"");
    size_t tid_end = tid == std::string_view::npos ? tid : element.find('"', tid + 5);
    if (tid_end != std::string_view::npos) src.dct_tid = std::string(element.substr(tid + 5, tid_end - tid - 5));
  }
  return src;
}

std::string write_timeml(const Document& doc, const TimemlSource* source) {
  const std::optional<CivilDate> dct = creation_date(doc);
  const std::string dct_iso = dct ? to_iso(*dct) : "";
  std::string out;
  if (source) {
    out = source->head;
  } else {
    out = "<?xml version=\"1.0\" ?>\n<TimeML>\n";
    if (dct) {
      out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct_iso +
             "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + dct_iso + "</TIMEX3></DCT>\n";
    }
    out += "<TEXT>";
  }
  // A value a rule resolved against the DCT names it: temporalFunction="true" anchorTimeID="t0" (a
  // person's value may be anything).
  const std::string dct_tid = source ? source->dct_tid : dct ? "t0" : "";
  std::string_view text = doc.text;
  size_t pos = 0;
  int tid = 0;
  for (const Annotation& a : doc.annotations) {
    if (a.kind != "time" || a.span.start < pos) continue;  // TIMEX3 elements do not nest
    append_escaped(text.substr(pos, a.span.start - pos), out);
    out += "<TIMEX3 tid=\"t" + std::to_string(++tid) + "\"";
    const std::string* value = a.attrs.find("value");
    if (!a.attrs.find("type")) out += " type=\"" + std::string(implied_type(value ? *value : "")) + "\"";
    for (const char* key : {"type", "value", "mod", "freq"}) {
      if (const std::string* v = a.attrs.find(key)) {
        out += std::string(" ") + key + "=\"";
        append_escaped(*v, out);
        out += '"';
      }
    }
    if (const std::string* anchor = a.attrs.find("anchor"); anchor && a.origin == Origin::kRule) {
      out += " temporalFunction=\"true\"";
      if (*anchor == dct_iso && !dct_tid.empty()) {
        out += " anchorTimeID=\"";
        append_escaped(dct_tid, out);
        out += '"';
      }
    }
    if (a.origin == Origin::kPerson) out += " comment=\"origin=person\"";  // TIMEX3's free comment
    out += '>';
    append_escaped(text.substr(a.span.start, a.span.size()), out);
    out += "</TIMEX3>";
    pos = a.span.end;
  }
  append_escaped(text.substr(pos), out);
  out += source ? source->tail : "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace ledeline
