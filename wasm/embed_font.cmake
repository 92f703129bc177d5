# Writes a C++ source holding a font file as a byte array (run at build time; the output is never committed).
# usage: cmake -DINPUT=font.ttf -DOUTPUT=embedded_font_data.cpp -P embed_font.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REPEAT "0x..," 16 sixteen_bytes)  # CMake regexes have no {n}
string(REGEX REPLACE "(${sixteen_bytes})" "\\1\n" bytes "${bytes}")
get_filename_component(font_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp" "// Generated from ${font_name} by embed_font.cmake.
#include \"embedded_font.h\"

namespace ledeline::app {
alignas(4) const unsigned char kEmbeddedFont[] = {
${bytes}};
const size_t kEmbeddedFontSize = ${byte_count};
}  // namespace ledeline::app
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
