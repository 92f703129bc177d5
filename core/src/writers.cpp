#include "ledeline/writers.h"

#include <charconv>

namespace ledeline {

using nlohmann::ordered_json;

void to_json(ordered_json& j, const Span& s) { j = ordered_json::array({s.start, s.end}); }

void to_json(ordered_json& j, const Annotation& a) {
  j = ordered_json::object();
  j["start"] = a.span.start;
  j["end"] = a.span.end;
  j["kind"] = a.kind;
  ordered_json attrs = ordered_json::object();
  for (const auto& [k, v] : a.attrs.items()) attrs[k] = v;
  j["attrs"] = std::move(attrs);
  j["rule"] = a.rule;
  j["origin"] = a.origin == Origin::kPerson ? "person" : "rule";
}

namespace {

// JSON written straight into a string, byte for byte as nlohmann::json's dump(indent 2 or none,
// ensure_ascii false, error_handler replace) writes the same values: building the tree of a whole
// document first cost as much time as an annotator and several times the document's size in memory.
class JsonOut {
 public:
  JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    element();
    string(k);
    out_.append(pretty_ ? ": " : ":");
    after_key_ = true;
  }
  void value(std::string_view s) {
    element();
    string(s);
  }
  void value(uint64_t n) {
    element();
    char digits[20];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  }
  void null() {
    element();
    out_.append("null");
  }
  void pair(uint32_t a, uint32_t b) {
    begin_array();
    value(a);
    value(b);
    end_array();
  }
  void string_array(const std::vector<std::string>& strings) {
    begin_array();
    for (const std::string& s : strings) value(s);
    end_array();
  }
  void span_array(const std::vector<Span>& spans) {
    begin_array();
    for (Span s : spans) pair(s.start, s.end);
    end_array();
  }

 private:
  void open(char c) {
    element();
    out_ += c;
    empty_.push_back(true);
  }
  void close(char c) {
    const bool empty = empty_.back();
    empty_.pop_back();
    if (pretty_ && !empty) newline();
    out_ += c;
  }
  // Before a value: the separator after the previous element of its object or array.
  void element() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (empty_.empty()) return;
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    if (pretty_) newline();
  }
  void newline() {
    out_ += '\n';
    out_.append(2 * empty_.size(), ' ');
  }
  void string(std::string_view s);

  std::string& out_;
  const bool pretty_;
  std::vector<bool> empty_;  // per open object or array: nothing written in it yet
  bool after_key_ = false;
};

// The length of the valid UTF-8 sequence at s[i] (Unicode's table 3-7: no overlong form, no surrogate,
// nothing above U+10FFFF), or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned>(static_cast<unsigned char>(s[i + k])) : 0u; };
  auto tail = [&](size_t k) { return (at(k) & 0xC0) == 0x80; };
  const unsigned c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return at(1) >= lo && at(1) <= hi && tail(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return at(1) >= lo && at(1) <= hi && tail(2) && tail(3) ? 4 : 0;
  }
  return 0;
}

void JsonOut::string(std::string_view s) {
  const size_t start = out_.size();
  out_ += '"';
  size_t copied = 0;  // s[copied, i) is still to be copied as it is
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t n = utf8_sequence(s, i);
      if (n == 0) {
        // Not valid UTF-8 (a name given by the caller can be anything): nlohmann's own rules for what
        // each invalid byte becomes.
        out_.resize(start);
        out_.append(ordered_json(std::string(s)).dump(-1, ' ', false, ordered_json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    out_.append(s.data() + copied, i - copied);
    switch (c) {
      case '"': out_.append("\\\""); break;
      case '\\': out_.append("\\\\"); break;
      case '\b': out_.append("\\b"); break;
      case '\t': out_.append("\\t"); break;
      case '\n': out_.append("\\n"); break;
      case '\f': out_.append("\\f"); break;
      case '\r': out_.append("\\r"); break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(escape, sizeof escape);
      }
    }
    copied = ++i;
  }
  out_.append(s.data() + copied, s.size() - copied);
  out_ += '"';
}

void write_meta_value(JsonOut& j, std::string_view key, const MetaValue& v) {
  j.key(key);
  if (v.present())
    j.value(v.value);
  else
    j.null();
}

void write_meta_values(JsonOut& j, std::string_view key, const std::vector<MetaValue>& values) {
  j.key(key);
  j.begin_array();
  for (const MetaValue& v : values) j.value(v.value);
  j.end_array();
}

void write_metadata(JsonOut& j, const Metadata& m) {
  j.begin_object();
  write_meta_value(j, "title", m.title);
  write_meta_value(j, "published", m.published);
  write_meta_value(j, "site", m.site);
  write_meta_values(j, "authors", m.authors);
  write_meta_value(j, "language", m.language);
  j.key("dateline");
  if (m.dateline) {
    j.begin_object();
    write_meta_value(j, "city", m.dateline->city);
    write_meta_values(j, "agencies", m.dateline->agencies);
    write_meta_value(j, "date", m.dateline->date);
    j.end_object();
  } else {
    j.null();
  }
  j.end_object();
}

// Where each metadata value was read from, so the page can highlight it and explain it.
void write_evidence(JsonOut& j, const Metadata& m) {
  j.begin_array();
  for_each_meta_value(m, [&](const char* field, const MetaValue& v) {
    if (!v.present()) return;
    j.begin_object();
    j.key("field");
    j.value(field);
    j.key("value");
    j.value(v.value);
    if (v.span) {
      j.key("start");
      j.value(v.span->start);
      j.key("end");
      j.value(v.span->end);
    }
    j.key("rule");
    j.value(v.rule);
    j.end_object();
  });
  j.end_array();
}

void write_annotation(JsonOut& j, const Annotation& a) {
  j.begin_object();
  j.key("start");
  j.value(a.span.start);
  j.key("end");
  j.value(a.span.end);
  j.key("kind");
  j.value(a.kind);
  j.key("attrs");
  j.begin_object();
  for (const auto& [k, v] : a.attrs.items()) {
    j.key(k);
    j.value(v);
  }
  j.end_object();
  j.key("rule");
  j.value(a.rule);
  j.key("origin");
  j.value(a.origin == Origin::kPerson ? "person" : "rule");
  j.end_object();
}

void write_entity(JsonOut& j, const EntityEntry& e) {
  j.begin_object();
  j.key("kind");
  j.value(e.kind);
  j.key("name");
  j.value(e.name);
  j.key("mentions");
  j.span_array(e.mentions);
  j.key("roles");
  j.string_array(e.roles);
  j.end_object();
}

}  // namespace

std::string write_json(const Document& d, bool pretty) {
  std::string out;
  out.reserve(d.text.size() + 128 * d.annotations.size() + 16 * d.structure.sentences.size() + 1024);
  JsonOut j(out, pretty);
  j.begin_object();
  j.key("schema");
  j.value(kSchemaVersion);
  j.key("name");
  j.value(d.name);
  j.key("form");
  j.value(input_form_name(d.form));
  j.key("dct");
  if (d.dct) j.value(to_iso(*d.dct));
  else j.null();
  j.key("metadata");
  write_metadata(j, d.metadata);
  j.key("evidence");
  write_evidence(j, d.metadata);
  j.key("structure");
  j.begin_object();
  j.key("paragraphs");
  j.span_array(d.structure.paragraphs);
  j.key("sentences");
  j.span_array(d.structure.sentences);
  j.key("token_count");
  j.value(d.structure.tokens.size());
  j.end_object();
  j.key("annotations");
  j.begin_array();
  for (const Annotation& a : d.annotations) write_annotation(j, a);
  j.end_array();
  j.key("entities");
  j.begin_array();
  for (const EntityEntry& e : d.entities) write_entity(j, e);
  j.end_array();
  j.key("warnings");
  j.string_array(d.warnings);
  j.key("source_map");
  j.begin_array();
  for (const SourceRun& r : d.source_map.runs()) j.pair(r.text, r.source);
  j.end_array();
  j.key("text");
  j.value(d.text);
  j.end_object();
  return out;
}

namespace {

// White space folded to single spaces; in values a ';' is written '\;'.
std::string fold(std::string_view s, bool escape_semicolon) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == ';' && escape_semicolon) out += '\\';
    out += c;
  }
  return out;
}

void tsv_row(std::string& out, std::string_view kind, std::string_view text,
             const std::vector<std::pair<std::string, std::string>>& attrs) {
  out.append(kind);
  out += '\t';
  out += fold(text, false);
  out += '\t';
  bool first = true;
  for (const auto& [k, v] : attrs) {
    if (!first) out += "; ";
    first = false;
    out += k;
    out += '=';
    out += fold(v, true);
  }
  out += '\n';
}

// A metadata row: its text as written when it was read from the text, its normal form as value.
void meta_row(std::string& out, const Document& d, std::string_view field, const MetaValue& v) {
  if (!v.present()) return;
  std::string_view written = v.span ? d.slice(*v.span) : std::string_view(v.value);
  std::vector<std::pair<std::string, std::string>> attrs;
  if (written != v.value) attrs.emplace_back("value", v.value);
  attrs.emplace_back("rule", v.rule);
  tsv_row(out, std::string("meta.") + std::string(field), written, attrs);
}

}  // namespace

std::string write_tsv(const Document& doc) {
  std::string out;
  const Metadata& m = doc.metadata;
  meta_row(out, doc, "title", m.title);
  meta_row(out, doc, "published", m.published);
  meta_row(out, doc, "site", m.site);
  for (const MetaValue& a : m.authors) meta_row(out, doc, "author", a);
  meta_row(out, doc, "language", m.language);
  if (m.dateline) {
    meta_row(out, doc, "dateline", m.dateline->city);
    for (const MetaValue& a : m.dateline->agencies) meta_row(out, doc, "agency", a);
  }
  for (const Annotation& a : doc.annotations) {
    auto attrs = a.attrs.items();
    attrs.emplace_back("rule", a.rule);
    if (a.origin == Origin::kPerson) attrs.emplace_back("origin", "person");
    tsv_row(out, a.kind, doc.slice(a.span), attrs);
  }
  return out;
}

}  // namespace ledeline
