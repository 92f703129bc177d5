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
int ledeline_is_document_json(const uint8_t* bytes, size_t size);
char* ledeline_export(const char* json, size_t size, const char* format);
void ledeline_free(char* p);
}
