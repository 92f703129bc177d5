#include "ledeline/writers.h"

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

ordered_json value_or_null(const MetaValue& v) { return v.present() ? ordered_json(v.value) : ordered_json(); }

// Where each metadata value was read from, so the page can highlight it and explain it.
void add_evidence(ordered_json& list, const char* field, const MetaValue& v) {
  if (!v.present()) return;
  ordered_json e = ordered_json::object();
  e["field"] = field;
  e["value"] = v.value;
  if (v.span) {
    e["start"] = v.span->start;
    e["end"] = v.span->end;
  }
  e["rule"] = v.rule;
  list.push_back(std::move(e));
}

ordered_json evidence(const Metadata& m) {
  ordered_json list = ordered_json::array();
  for_each_meta_value(m, [&](const char* field, const MetaValue& v) { add_evidence(list, field, v); });
  return list;
}

}  // namespace

void to_json(ordered_json& j, const Metadata& m) {
  j = ordered_json::object();
  j["title"] = value_or_null(m.title);
  j["published"] = value_or_null(m.published);
  j["site"] = value_or_null(m.site);
  ordered_json authors = ordered_json::array();
  for (const MetaValue& a : m.authors) authors.push_back(a.value);
  j["authors"] = std::move(authors);
  j["language"] = value_or_null(m.language);
  if (m.dateline) {
    ordered_json agencies = ordered_json::array();
    for (const MetaValue& a : m.dateline->agencies) agencies.push_back(a.value);
    j["dateline"] = {{"city", value_or_null(m.dateline->city)},
                     {"agencies", std::move(agencies)},
                     {"date", value_or_null(m.dateline->date)}};
  } else {
    j["dateline"] = nullptr;
  }
}

void to_json(ordered_json& j, const Document& d) {
  j = ordered_json::object();
  j["schema"] = kSchemaVersion;
  j["name"] = d.name;
  j["form"] = input_form_name(d.form);
  j["metadata"] = d.metadata;
  j["evidence"] = evidence(d.metadata);
  j["structure"] = {{"paragraphs", d.structure.paragraphs},
                    {"sentences", d.structure.sentences},
                    {"token_count", d.structure.tokens.size()}};
  j["annotations"] = d.annotations;
  ordered_json entities = ordered_json::array();
  for (const EntityEntry& e : d.entities)
    entities.push_back({{"kind", e.kind}, {"name", e.name}, {"mentions", e.mentions}, {"roles", e.roles}});
  j["entities"] = std::move(entities);
  j["warnings"] = d.warnings;
  ordered_json runs = ordered_json::array();
  for (const SourceRun& r : d.source_map.runs()) runs.push_back(ordered_json::array({r.text, r.source}));
  j["source_map"] = std::move(runs);
  j["text"] = d.text;
}

std::string write_json(const Document& doc, bool pretty) {
  // The text is valid UTF-8 by construction; `replace` keeps a stray byte from ever throwing.
  return ordered_json(doc).dump(pretty ? 2 : -1, ' ', false, ordered_json::error_handler_t::replace);
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
