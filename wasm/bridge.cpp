// The thin bridge the page's JavaScript calls (and node, for the parity tests). Bytes in, the same
// JSON the command line writes out; the project's JSON of a corrected document in, an export format out.
// Linked into the core-only module, which the page's Web Worker runs.
#include "bridge.h"

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include <emscripten/emscripten.h>

#include "c_string.h"
#include "document_binary.h"
#include "ledeline/brat.h"
#include "ledeline/calendar.h"
#include "ledeline/conll.h"
#include "ledeline/entity_csv.h"
#include "ledeline/json_document.h"
#include "ledeline/pipeline.h"
#include "ledeline/timeml.h"
#include "ledeline/web_annotation.h"
#include "ledeline/writers.h"

namespace ledeline {

const Pipeline& shared_pipeline() {
  static const Pipeline pipeline;  // patterns compiled once, on first use
  return pipeline;
}

namespace {

using nlohmann::ordered_json;

// {"error": "..."}: what every export answers when it cannot do its work.
std::string error_json(const std::string& message) { return ordered_json{{"error", message}}.dump(); }

// Gives `doc` the annotations and entity entries of `corrected` (its view form as the page corrected it;
// empty: none). Returns why it cannot, or an empty string.
std::string apply_corrections(Document& doc, std::string_view corrected) {
  if (corrected.empty()) return "";
  app::DocumentBinaryResult corrections = app::read_document_binary(corrected);
  if (!corrections.ok()) return corrections.error;
  if (corrections.document.text != doc.text) return "the corrections are of another document";
  doc.annotations = std::move(corrections.document.annotations);
  doc.entities = std::move(corrections.document.entities);
  return "";
}

// The document of the project's JSON `json` with the corrections of `corrected` (apply_corrections).
JsonDocumentResult corrected_document(std::string_view json, std::string_view corrected) {
  JsonDocumentResult read = document_from_json(json);
  if (read.ok()) read.error = apply_corrections(read.document, corrected);
  return read;
}

// `json` with the reference date, annotations and entity entries of `doc`; every other key kept as it is.
std::string kept_json(std::string_view json, const Document& doc) {
  ordered_json kept = ordered_json::parse(json, nullptr, false);
  kept["dct"] = doc.dct ? ordered_json(to_iso(*doc.dct)) : ordered_json(nullptr);
  kept["annotations"] = doc.annotations;  // as write_json writes them (writers.h)
  ordered_json entities = ordered_json::array();
  for (const EntityEntry& e : doc.entities)
    entities.push_back({{"kind", e.kind}, {"name", e.name}, {"mentions", e.mentions}, {"roles", e.roles}});
  kept["entities"] = std::move(entities);
  return kept.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// `json`, then `view`, in one buffer the caller frees; their sizes go to `json_size` and `view_size`.
char* json_and_view(const std::string& json, const std::string& view, uint32_t* json_size, uint32_t* view_size) {
  *json_size = static_cast<uint32_t>(json.size());
  *view_size = static_cast<uint32_t>(view.size());
  char* out = static_cast<char*>(std::malloc(json.size() + view.size() + 1));
  std::memcpy(out, json.data(), json.size());
  std::memcpy(out + json.size(), view.data(), view.size());
  return out;
}

}  // namespace

}  // namespace ledeline

extern "C" {

// Annotates `size` bytes named `name`. Returns the document's JSON, or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE char* ledeline_annotate(const uint8_t* bytes, size_t size, const char* name) {
  const ledeline::Pipeline& pipeline = ledeline::shared_pipeline();
  ledeline::Result r = pipeline.run(std::string_view(reinterpret_cast<const char*>(bytes), size), name ? name : "");
  if (!r.ok()) return ledeline::to_c_string(ledeline::error_json(r.error));
  return ledeline::to_c_string(ledeline::write_json(r.document));
}

// What the page keeps and shows of the document `size` bytes hold: its JSON (docs/schema.md), then its
// view form (wasm/document_binary.h), in one buffer the caller frees; their sizes go to `json_size` and
// `view_size`. The project's JSON itself (a document the page exported, or kept with its corrections) is
// read as it is, its JSON the input; anything else is annotated. When the document cannot be read or
// annotated the JSON is {"error": "..."} and the view form empty.
EMSCRIPTEN_KEEPALIVE char* ledeline_open(const uint8_t* bytes, size_t size, const char* name, uint32_t* json_size,
                                         uint32_t* view_size) {
  const std::string_view input(reinterpret_cast<const char*>(bytes), size);
  std::string json, view;
  ledeline::JsonDocumentResult kept = ledeline::document_from_json(input);
  if (kept.ok()) {
    json = input;
    view = ledeline::app::write_document_binary(kept.document);
  } else if (!kept.foreign) {
    json = ledeline::error_json(kept.error);
  } else {
    ledeline::Result r = ledeline::shared_pipeline().run(input, name ? name : "");
    json = r.ok() ? ledeline::write_json(r.document) : ledeline::error_json(r.error);
    if (r.ok()) view = ledeline::app::write_document_binary(r.document);
  }
  return ledeline::json_and_view(json, view, json_size, view_size);
}

// The document of the project's JSON `json` with its time expressions resolved again against the
// reference date `dct` (YYYY-MM-DD; empty: the publication date): its JSON as the rules now annotate it,
// and the view form of it as corrected (`corrected`, its view form; empty: none), as ledeline_open gives
// them. A person's time corrections stay and the rules' times they deleted stay deleted
// (Pipeline::retime). On error the JSON is {"error": "..."} and the view form empty.
EMSCRIPTEN_KEEPALIVE char* ledeline_retime(const char* json, size_t json_size, const char* corrected,
                                           size_t corrected_size, const char* dct, uint32_t* out_json_size,
                                           uint32_t* view_size) {
  const auto fail = [&](const std::string& message) {
    return ledeline::json_and_view(ledeline::error_json(message), "", out_json_size, view_size);
  };
  const std::string_view date = dct ? dct : "";
  std::optional<ledeline::CivilDate> reference = ledeline::parse_iso_date(date);
  if (!date.empty() && !reference) return fail("not a date YYYY-MM-DD: " + std::string(date));
  ledeline::JsonDocumentResult read = ledeline::document_from_json(std::string_view(json, json_size));
  if (!read.ok()) return fail(read.error);
  ledeline::Document& annotated = read.document;
  ledeline::Document shown = annotated;
  const std::string error = ledeline::apply_corrections(shown, std::string_view(corrected, corrected_size));
  if (!error.empty()) return fail(error);
  const ledeline::Pipeline& pipeline = ledeline::shared_pipeline();
  if (!pipeline.retime(shown, reference, ledeline::deleted_times(annotated, shown)) ||
      !pipeline.retime(annotated, reference))
    return fail(pipeline.error());
  return ledeline::json_and_view(ledeline::kept_json(std::string_view(json, json_size), annotated),
                                 ledeline::app::write_document_binary(shown), out_json_size, view_size);
}

// The time expression in `text` (what a person marked as a time) resolved against the reference date `dct`
// (YYYY-MM-DD; empty: none), for the page to suggest its values (Pipeline::suggest_time): {"start",
// "end" (bytes in `text`), "rule", "attrs": {"type", "value", ...}}, {} when the rules find no time, or
// {"error": "..."}.
EMSCRIPTEN_KEEPALIVE char* ledeline_suggest_time(const char* text, size_t size, const char* dct) {
  using nlohmann::ordered_json;
  const std::string_view date = dct ? dct : "";
  std::optional<ledeline::CivilDate> reference = ledeline::parse_iso_date(date);
  if (!date.empty() && !reference)
    return ledeline::to_c_string(ledeline::error_json("not a date YYYY-MM-DD: " + std::string(date)));
  const ledeline::Pipeline& pipeline = ledeline::shared_pipeline();
  if (!pipeline.ok()) return ledeline::to_c_string(ledeline::error_json(pipeline.error()));
  const std::optional<ledeline::Annotation> time = pipeline.suggest_time(std::string_view(text, size), reference);
  ordered_json answer = ordered_json::object();
  if (time) {
    ordered_json attrs = ordered_json::object();
    for (const auto& [key, value] : time->attrs.items()) attrs[key] = value;
    answer = {{"start", time->span.start}, {"end", time->span.end}, {"rule", time->rule}, {"attrs", attrs}};
  }
  return ledeline::to_c_string(answer.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

// The document of the project's JSON `json` with the annotations and entity entries of `corrected` (its
// view form as the page corrected it; none: as it is) in `format`: json (the schema, every other key of
// `json` kept), brat (the .ann file, then the .txt its offsets count in), conll, timeml, webanno or csv.
// Returns {"files": ["...", ...]} or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE char* ledeline_export(const char* json, size_t json_size, const char* corrected,
                                           size_t corrected_size, const char* format) {
  using nlohmann::ordered_json;
  ledeline::JsonDocumentResult read =
      ledeline::corrected_document(std::string_view(json, json_size), std::string_view(corrected, corrected_size));
  if (!read.ok()) return ledeline::to_c_string(ledeline::error_json(read.error));
  ledeline::Document& doc = read.document;
  const std::string_view f = format ? format : "";
  ordered_json files = ordered_json::array();
  if (f == "json") {
    files.push_back(ledeline::kept_json(std::string_view(json, json_size), doc));
  } else if (f == "brat") {
    files.push_back(ledeline::write_brat(doc));
    files.push_back(doc.text);
  } else if (f == "conll") {
    files.push_back(ledeline::write_conll(doc));
  } else if (f == "timeml") {
    files.push_back(ledeline::write_timeml(doc, nullptr));
  } else if (f == "webanno") {
    files.push_back(ledeline::write_web_annotation(doc));
  } else if (f == "csv") {
    files.push_back(ledeline::write_entity_csv(doc));
  } else {
    return ledeline::to_c_string(ledeline::error_json("unknown export format " + std::string(f)));
  }
  return ledeline::to_c_string(
      ordered_json{{"files", std::move(files)}}.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

}  // extern "C"
