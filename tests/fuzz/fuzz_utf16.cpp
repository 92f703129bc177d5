// UTF-16 input: the first byte chooses the byte order (its low bit: 0 little-endian, 1 big-endian),
// the rest are code units, so every mutation stays a UTF-16 file with its BOM, lone surrogates and all.
#include <cstddef>
#include <cstdint>
#include <string>

#include "document_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ledeline::Pipeline pipeline;
  if (size == 0) return 0;
  std::string bytes = (data[0] & 1) ? "\xFE\xFF" : "\xFF\xFE";
  bytes.append(reinterpret_cast<const char*>(data + 1), size - 1);
  ledeline::run_and_check(pipeline, bytes);
  return 0;
}
