# Writes a C++ source holding a file's bytes (run at build time; the output is never committed), so that
# the native and the WebAssembly builds carry the same data without a file system.
# usage: cmake -DINPUT=file -DOUTPUT=file_data.cpp -DSYMBOL=kName -P embed_file.cmake
#   defines `extern const unsigned char <SYMBOL>Bytes[]` and `extern const size_t <SYMBOL>Size`
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REPEAT "0x..," 16 sixteen_bytes)  # CMake regexes have no {n}
string(REGEX REPLACE "(${sixteen_bytes})" "\\1\n" bytes "${bytes}")
get_filename_component(input_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp" "// Generated from ${input_name} by embed_file.cmake.
#include <cstddef>
extern const unsigned char ${SYMBOL}Bytes[] = {
${bytes}};
extern const size_t ${SYMBOL}Size = ${byte_count};
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
