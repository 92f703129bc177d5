// The HTML reader alone (no annotators, so many more inputs a second): decoded bytes in, the article
// text, its metadata and its source map out, checked like a pipeline document.
#include <cstddef>
#include <cstdint>

#include "document_checks.h"
#include "readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ledeline::DecodedText decoded = ledeline::decode_text(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.ok()) return 0;
  ledeline::check_document(ledeline::read_html(decoded.text), decoded.text.size());
  return 0;
}
