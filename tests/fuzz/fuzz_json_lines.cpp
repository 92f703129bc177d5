// Batch mode: every line of the input is one JSON Lines record; each must give one JSON object line
// (the document or an error record).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "ledeline/batch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ledeline::Pipeline pipeline;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  uint64_t number = 0;
  while (!input.empty()) {
    size_t end = input.find('\n');
    std::string_view line = input.substr(0, end);
    input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
    ledeline::check_json_line(ledeline::annotate_json_line(pipeline, line, "fuzz", ++number));
  }
  return 0;
}
