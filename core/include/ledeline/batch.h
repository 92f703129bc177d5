// Batch mode: JSON Lines in, JSON Lines out, one record per document (see core/cli/batch.h for the
// threaded driver of the command line).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ledeline/pipeline.h"

namespace ledeline {

// Annotates one line of JSON Lines input: a JSON object as the JSON reader reads it (the article in
// "text", "body" or "content"; "title", "date", "author", "url"...). `line_number` counts from 1; the
// document is named "<stream>:<line_number>". Returns one line of JSON without its '\n': the document,
// or {"error": "...", "line": N} when the line is not a JSON object or cannot be annotated.
std::string annotate_json_line(const Pipeline& pipeline, std::string_view line, std::string_view stream,
                               uint64_t line_number, const RunOptions& run = RunOptions());

// The error record of a line that was not annotated.
std::string json_line_error(std::string_view message, uint64_t line_number);

}  // namespace ledeline
