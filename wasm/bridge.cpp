// The thin bridge the page's JavaScript calls (and node, for the parity tests). Bytes in, the same
// JSON the command line writes out; the project's JSON of a corrected document in, an export format out.
// Linked into the core-only module, which the page's Web Worker runs.
#include "bridge.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>

#include "c_string.h"
#include "document_binary.h"
#include "ledeline/brat.h"
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

}  // namespace ledeline

extern "C" {

// Annotates `size` bytes named `name`. Returns the document's JSON, or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE char* ledeline_annotate(const uint8_t* bytes, size_t size, const char* name) {
  const ledeline::Pipeline& pipeline = ledeline::shared_pipeline();
  ledeline::Result r = pipeline.run(std::string_view(reinterpret_cast<const char*>(bytes), size), name ? name : "");
  if (!r.ok()) return ledeline::to_c_string(nlohmann::ordered_json{{"error", r.error}}.dump());
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
    json = nlohmann::ordered_json{{"error", kept.error}}.dump();
  } else {
    ledeline::Result r = ledeline::shared_pipeline().run(input, name ? name : "");
    json = r.ok() ? ledeline::write_json(r.document) : nlohmann::ordered_json{{"error", r.error}}.dump();
    if (r.ok()) view = ledeline::app::write_document_binary(r.document);
  }
  *json_size = static_cast<uint32_t>(json.size());
  *view_size = static_cast<uint32_t>(view.size());
  char* out = static_cast<char*>(std::malloc(json.size() + view.size() + 1));
  std::memcpy(out, json.data(), json.size());
  std::memcpy(out + json.size(), view.data(), view.size());
  return out;
}

// The document of the project's JSON `json` (corrections included) in `format`: brat (the .ann file),
// conll, timeml, webanno or csv. Returns {"file": "..."} or {"error": "..."}.
EMSCRIPTEN_KEEPALIVE char* ledeline_export(const char* json, size_t size, const char* format) {
  using nlohmann::ordered_json;
  ledeline::JsonDocumentResult read = ledeline::document_from_json(std::string_view(json, size));
  if (!read.ok()) return ledeline::to_c_string(ordered_json{{"error", read.error}}.dump());
  const ledeline::Document& doc = read.document;
  const std::string_view f = format ? format : "";
  std::string file;
  if (f == "brat") file = ledeline::write_brat(doc);
  else if (f == "conll") file = ledeline::write_conll(doc);
  else if (f == "timeml") file = ledeline::write_timeml(doc, nullptr, ledeline::creation_date(doc, std::nullopt));
  else if (f == "webanno") file = ledeline::write_web_annotation(doc);
  else if (f == "csv") file = ledeline::write_entity_csv(doc);
  else return ledeline::to_c_string(ordered_json{{"error", "unknown export format " + std::string(f)}}.dump());
  return ledeline::to_c_string(
      ordered_json{{"file", std::move(file)}}.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE void ledeline_free(char* p) { std::free(p); }

}  // extern "C"
