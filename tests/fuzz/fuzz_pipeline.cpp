// The whole pipeline over arbitrary bytes. The test command runs it once per input form, each time
// from that form's seed corpus (corpus/<form>/) and with its dictionary, so that the mutations start
// from, and stay near, well-formed HTML, JSON, header text, ...
#include <cstddef>
#include <cstdint>

#include "document_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ledeline::Pipeline pipeline;
  ledeline::run_and_check(pipeline, std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
