// Strings handed to JavaScript: a malloc'ed copy that web/module_memory.js's takeBytes reads and gives back
// with the module's _free.
#pragma once

#include <cstdlib>
#include <cstring>
#include <string>

namespace ledeline {

inline char* to_c_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

}  // namespace ledeline
