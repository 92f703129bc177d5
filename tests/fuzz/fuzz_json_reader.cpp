// The JSON reader alone: an object, an array of them, or JSON Lines; every document checked like a
// pipeline document.
#include <cstddef>
#include <cstdint>

#include "document_checks.h"
#include "readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ledeline::DecodedText decoded = ledeline::decode_text(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.ok()) return 0;
  ledeline::ReadOutcome read = ledeline::read_json(decoded.text);
  for (const ledeline::Document& doc : read.documents) ledeline::check_document(doc, decoded.text.size());
  return 0;
}
