// The thin bridge the page's JavaScript calls (and node, for the parity tests). Bytes in, the same
// JSON the command line writes out. Linked into both WebAssembly modules: the core-only module and
// the ImGui application.
#include "bridge.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>

#include "ledeline/pipeline.h"
#include "ledeline/writers.h"

namespace ledeline {

const Pipeline& shared_pipeline() {
  static const Pipeline pipeline;  // patterns compiled once, on first use
  return pipeline;
}

char* to_c_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
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
