// The TrueType font compiled into the application (generated at build time by core/tools/embed_file.cmake).
#pragma once

#include <cstddef>

extern const unsigned char kEmbeddedFontBytes[];
extern const size_t kEmbeddedFontSize;
