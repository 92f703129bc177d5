// What every annotated document must satisfy, whatever the input: the oracle of the fuzz targets.
#pragma once

#include <string_view>

#include "ledeline/pipeline.h"

namespace ledeline {

// Runs the pipeline on `bytes`, writes the result as JSON and TSV, and aborts (naming the broken
// invariant) when a span is out of bounds or splits a character, the annotations are not in their
// total order, or the JSON does not read back with the same text.
void run_and_check(const Pipeline& pipeline, std::string_view bytes);

// Aborts unless `line` is one line holding one JSON object.
void check_json_line(std::string_view line);

}  // namespace ledeline
