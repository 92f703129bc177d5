// The exports JavaScript calls; see bridge.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "ledeline/pipeline.h"

namespace ledeline {
// The one pipeline of the module, built on first use.
const Pipeline& shared_pipeline();
}  // namespace ledeline

extern "C" {
char* ledeline_annotate(const uint8_t* bytes, size_t size, const char* name);
char* ledeline_open(const uint8_t* bytes, size_t size, const char* name, uint32_t* json_size, uint32_t* view_size);
char* ledeline_retime(const char* json, size_t json_size, const char* corrected, size_t corrected_size, const char* dct,
                      uint32_t* out_json_size, uint32_t* view_size);
char* ledeline_suggest_time(const char* text, size_t size, const char* dct);
char* ledeline_export(const char* json, size_t json_size, const char* corrected, size_t corrected_size,
                      const char* format);
}
