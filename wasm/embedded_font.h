// The TrueType font compiled into the application (generated at build time by embed_font.cmake).
#pragma once

#include <cstddef>

namespace ledeline::app {
extern const unsigned char kEmbeddedFont[];
extern const size_t kEmbeddedFontSize;
}  // namespace ledeline::app
