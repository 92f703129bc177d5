// The thin bridge the page's JavaScript calls (and node, for the parity tests). Bytes in, the same
// JSON the command line writes out; the project's JSON of a corrected document in, an export format out.
// Linked into the core-only module, which the page's Web Worker runs.
#include "bridge.h"

#include <cstdlib>
#include <string>

#include <emscripten/emscripten.h>

#include "c_string.h"
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

// 1 when the bytes are the project's JSON (a document the page exported), which the page imports as it
// is instead of annotating it; 0 for anything else, an article in JSON included.
EMSCRIPTEN_KEEPALIVE int ledeline_is_document_json(const uint8_t* bytes, size_t size) {
  return ledeline::document_from_json(std::string_view(reinterpret_cast<const char*>(bytes), size)).foreign ? 0 : 1;
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
