// The exports JavaScript calls; see bridge.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "ledeline/pipeline.h"

namespace ledeline {
// The one pipeline of the module, built on first use.
const Pipeline& shared_pipeline();
// A heap copy of `s` that JavaScript reads with UTF8ToString and gives back with ledeline_free.
char* to_c_string(const std::string& s);
}  // namespace ledeline

extern "C" {
char* ledeline_annotate(const uint8_t* bytes, size_t size, const char* name);
void ledeline_free(char* p);
}
