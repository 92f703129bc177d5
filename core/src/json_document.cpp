#include "ledeline/json_document.h"

#include <nlohmann/json.hpp>

#include "ledeline/writers.h"

namespace ledeline {

namespace {

using json = nlohmann::ordered_json;  // keeps attributes in the order they were written

// nlohmann's accessors throw on a wrong type and Emscripten's build aborts on a throw: every value is
// checked before it is read.
const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

bool read_string(const json& object, const char* key, std::string& out) {
  const json* v = member(object, key);
  if (!v || !v->is_string()) return false;
  out = v->get_ref<const std::string&>();
  return true;
}

// A string or null (absent values are null in the schema).
bool read_optional_string(const json& object, const char* key, std::string& out) {
  const json* v = member(object, key);
  if (v && v->is_null()) return true;
  return read_string(object, key, out);
}

bool read_offset(const json& object, const char* key, uint32_t& out) {
  const json* v = member(object, key);
  if (!v || !v->is_number_unsigned() || v->get<uint64_t>() > UINT32_MAX) return false;
  out = static_cast<uint32_t>(v->get<uint64_t>());
  return true;
}

class Reader {
 public:
  explicit Reader(Document& doc) : doc_(doc) {}
  const std::string& error() const { return error_; }

  // The schema is checked first (see has_schema).
  bool read(const json& root) {
    if (!read_string(root, "name", doc_.name) || !read_string(root, "text", doc_.text)) {
      return fail("no name or text");
    }
    std::string form;
    read_string(root, "form", form);
    doc_.form = form_from_name(form);
    return read_dct(root) && read_metadata(root) && read_evidence(root) && read_structure(root) && read_annotations(root) &&
           read_entities(root) && read_warnings(root);
  }

 private:
  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  InputForm form_from_name(const std::string& name) const {
    for (InputForm f : {InputForm::kPlainText, InputForm::kHeaderText, InputForm::kHtml, InputForm::kJson}) {
      if (name == input_form_name(f)) return f;
    }
    return InputForm::kPlainText;
  }

  bool read_span(const json& object, Span& span) {
    if (!read_offset(object, "start", span.start) || !read_offset(object, "end", span.end) ||
        span.start > span.end || span.end > doc_.text.size()) {
      return fail("a span outside the text");
    }
    // The view draws and slices text by characters: a span must not split one.
    const auto inside_character = [&](uint32_t at) {
      return at < doc_.text.size() && (static_cast<unsigned char>(doc_.text[at]) & 0xC0) == 0x80;
    };
    if (inside_character(span.start) || inside_character(span.end)) return fail("a span that splits a character");
    return true;
  }

  bool read_dct(const json& root) {
    const json* dct = member(root, "dct");
    if (!dct || dct->is_null()) return true;
    if (dct->is_string()) doc_.dct = parse_iso_date(dct->get<std::string>());
    return doc_.dct ? true : fail("dct is not a date YYYY-MM-DD");
  }

  bool read_metadata(const json& root) {
    const json* meta = member(root, "metadata");
    if (!meta || !meta->is_object()) return fail("no metadata");
    Metadata& m = doc_.metadata;
    if (!read_optional_string(*meta, "title", m.title.value) ||
        !read_optional_string(*meta, "published", m.published.value) ||
        !read_optional_string(*meta, "site", m.site.value) ||
        !read_optional_string(*meta, "language", m.language.value)) {
      return fail("a metadata value is not a string");
    }
    if (const json* authors = member(*meta, "authors"); authors && authors->is_array()) {
      for (const json& a : *authors) {
        if (!a.is_string()) return fail("an author is not a string");
        m.authors.push_back(MetaValue{a.get<std::string>(), std::nullopt, ""});
      }
    }
    const json* dateline = member(*meta, "dateline");
    if (dateline && dateline->is_object()) {
      Dateline d;
      if (!read_optional_string(*dateline, "city", d.city.value) ||
          !read_optional_string(*dateline, "date", d.date.value)) {
        return fail("a dateline value is not a string");
      }
      if (const json* agencies = member(*dateline, "agencies"); agencies && agencies->is_array()) {
        for (const json& a : *agencies) {
          if (!a.is_string()) return fail("an agency is not a string");
          d.agencies.push_back(MetaValue{a.get<std::string>(), std::nullopt, ""});
        }
      }
      m.dateline = std::move(d);
    }
    return true;
  }

  // The metadata value an evidence entry explains; authors and agencies by their order.
  MetaValue* evidence_target(const std::string& field) {
    Metadata& m = doc_.metadata;
    if (field == "title") return &m.title;
    if (field == "published") return &m.published;
    if (field == "site") return &m.site;
    if (field == "language") return &m.language;
    if (field == "author") return authors_seen_ < m.authors.size() ? &m.authors[authors_seen_++] : nullptr;
    if (!m.dateline) return nullptr;
    if (field == "dateline") return &m.dateline->city;
    if (field == "dateline_date") return &m.dateline->date;
    if (field == "agency") {
      return agencies_seen_ < m.dateline->agencies.size() ? &m.dateline->agencies[agencies_seen_++] : nullptr;
    }
    return nullptr;
  }

  bool read_evidence(const json& root) {
    const json* evidence = member(root, "evidence");
    if (!evidence) return true;
    if (!evidence->is_array()) return fail("evidence is not a list");
    for (const json& e : *evidence) {
      std::string field;
      if (!read_string(e, "field", field)) return fail("evidence without a field");
      MetaValue* target = evidence_target(field);
      if (!target) continue;  // a field this reader does not show
      read_string(e, "rule", target->rule);
      if (member(e, "start")) {
        Span span;
        if (!read_span(e, span)) return false;
        target->span = span;
      }
    }
    return true;
  }

  bool read_span_list(const json* list, std::vector<Span>& out) {
    if (!list) return true;
    if (!list->is_array()) return fail("a list of spans that is not a list");
    for (const json& pair : *list) {
      if (!pair.is_array() || pair.size() != 2) return fail("a span that is not [start, end]");
      Span span;
      if (!read_span(json{{"start", pair[0]}, {"end", pair[1]}}, span)) return false;
      out.push_back(span);
    }
    return true;
  }

  bool read_structure(const json& root) {
    const json* structure = member(root, "structure");
    if (!structure) return true;
    return read_span_list(member(*structure, "paragraphs"), doc_.structure.paragraphs) &&
           read_span_list(member(*structure, "sentences"), doc_.structure.sentences);
  }

  bool read_annotations(const json& root) {
    const json* annotations = member(root, "annotations");
    if (!annotations || !annotations->is_array()) return fail("no annotations");
    doc_.annotations.reserve(annotations->size());
    for (const json& a : *annotations) {
      Annotation annotation;
      if (!read_span(a, annotation.span)) return false;
      if (!read_string(a, "kind", annotation.kind) || !read_string(a, "rule", annotation.rule)) {
        return fail("an annotation without kind or rule");
      }
      if (const json* attrs = member(a, "attrs"); attrs && attrs->is_object()) {
        for (auto it = attrs->begin(); it != attrs->end(); ++it) {
          if (!it.value().is_string()) return fail("an attribute that is not a string");
          annotation.attrs.set(it.key(), it.value().get<std::string>());
        }
      }
      std::string origin;
      read_string(a, "origin", origin);
      annotation.origin = origin == "person" ? Origin::kPerson : Origin::kRule;
      doc_.annotations.push_back(std::move(annotation));
    }
    return true;
  }

  bool read_entities(const json& root) {
    const json* entities = member(root, "entities");
    if (!entities) return true;
    if (!entities->is_array()) return fail("entities is not a list");
    for (const json& e : *entities) {
      EntityEntry entry;
      if (!read_string(e, "kind", entry.kind) || !read_string(e, "name", entry.name)) {
        return fail("an entity without kind or name");
      }
      if (!read_span_list(member(e, "mentions"), entry.mentions)) return false;
      if (const json* roles = member(e, "roles"); roles && roles->is_array()) {
        for (const json& r : *roles) {
          if (r.is_string()) entry.roles.push_back(r.get<std::string>());
        }
      }
      doc_.entities.push_back(std::move(entry));
    }
    return true;
  }

  bool read_warnings(const json& root) {
    const json* warnings = member(root, "warnings");
    if (!warnings || !warnings->is_array()) return true;
    for (const json& w : *warnings) {
      if (w.is_string()) doc_.warnings.push_back(w.get<std::string>());
    }
    return true;
  }

  Document& doc_;
  std::string error_;
  size_t authors_seen_ = 0;
  size_t agencies_seen_ = 0;
};

}  // namespace

JsonDocumentResult document_from_json(std::string_view text) {
  JsonDocumentResult result;
  const json root = json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) {
    result.error = "not JSON";
    result.foreign = true;
    return result;
  }
  if (const json* error = member(root, "error"); error && error->is_string()) {
    result.error = error->get<std::string>();
    return result;
  }
  std::string schema;
  if (!read_string(root, "schema", schema) || schema != kSchemaVersion) {
    result.error = "not a " + std::string(kSchemaVersion) + " document";
    result.foreign = true;
    return result;
  }
  Reader reader(result.document);
  if (!reader.read(root)) result.error = reader.error();
  return result;
}

}  // namespace ledeline
