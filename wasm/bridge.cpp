// The thin bridge the page's JavaScript calls (and node, for the parity tests). Bytes in, the same
// JSON the command line writes out. Linked into the core-only module, which the page's Web Worker runs.
#include "bridge.h"

#include <cstdlib>
#include <string>

#include <emscripten/emscripten.h>

#include "c_string.h"
#include "ledeline/pipeline.h"
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

EMSCRIPTEN_KEEPALIVE void ledeline_free(char* p) { std::free(p); }

}  // extern "C"
