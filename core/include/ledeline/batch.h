// Batch mode: JSON Lines in, JSON Lines out, one record per document (see core/cli/batch.h for the
// threaded driver of the command line).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ledeline/pipeline.h"

namespace ledeline {

// Annotates one line of JSON Lines input, an object with the document in "text". `line_number` counts
// from 1; the document is named "<stream>:<line_number>". Returns one line of JSON without its '\n':
// the document, or {"error": "...", "line": N} when the line cannot be annotated.
std::string annotate_json_line(const Pipeline& pipeline, std::string_view line, std::string_view stream,
                               uint64_t line_number);

// The error record of a line that was not annotated.
std::string json_line_error(std::string_view message, uint64_t line_number);

}  // namespace ledeline
