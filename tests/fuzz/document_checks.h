// What every annotated document must satisfy, whatever the input: the oracle of the fuzz targets.
#pragma once

#include <string_view>

#include "ledeline/pipeline.h"

namespace ledeline {

// Reports the broken invariant and aborts: what a fuzz target found.
[[noreturn]] void broken(const char* what, std::string_view detail = {});

// Aborts unless `span` is inside the text and on character boundaries.
void check_span(const Document& doc, Span span, const char* what);

// Aborts (naming the broken invariant) when the text is not valid UTF-8, a span is out of bounds or
// splits a character, the annotations are not in their total order, a time's value is not in TimeML form
// or does not fit its type (a rule's; a person's value is theirs), or the source map does not run forward within the `source_size` bytes the
// document was read from.
void check_document(const Document& doc, size_t source_size);

// Runs the pipeline on `bytes` (every document of the input), checks each document, writes it as JSON
// and TSV, and aborts when the JSON does not read back with the same text.
void run_and_check(const Pipeline& pipeline, std::string_view bytes);

// Aborts unless `line` is one line holding one JSON object.
void check_json_line(std::string_view line);

}  // namespace ledeline
