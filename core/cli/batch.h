// The threaded driver of batch mode: JSON Lines documents from a stream, annotated by several threads,
// written in input order with at most a fixed number of documents in memory.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

#include "ledeline/pipeline.h"

namespace ledeline {

struct BatchOptions {
  std::string stream_name = "stdin";  // documents are named "<stream_name>:<line>"
  unsigned threads = 1;
  size_t max_line_bytes = kDefaultMaxInputBytes;
  RunOptions run;  // for every document of the stream
};

// Reads `in` to its end; every non-blank line gives one line on `out` (see annotate_json_line).
// Returns false only when reading or writing fails; bad lines give error records, not a stop.
bool run_batch(const Pipeline& pipeline, std::FILE* in, std::FILE* out, const BatchOptions& options);

}  // namespace ledeline
