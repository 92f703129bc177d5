// The Document as the page's worker hands it to the view, and as the page keeps it once corrected: a
// compact binary form read and written at memory speed. Parsing the JSON of a 1 MB article on the main
// thread took 0.3 s, a pause when its result arrived, and writing it at every correction a quarter of a
// second; the JSON as annotated stays what the page keeps and exports from (docs/schema.md). Only what
// the view shows and edits is written: name, form, text, metadata with its evidence, annotations,
// entity entries, warnings, the reference date.
// Counts and lengths are 32-bit little-endian (both ends are WebAssembly, or x86 in the unit tests).
#pragma once

#include <string>
#include <string_view>

#include "ledeline/document.h"

namespace ledeline::app {

std::string write_document_binary(const Document& doc);

struct DocumentBinaryResult {
  Document document;
  std::string error;  // empty when ok
  bool ok() const { return error.empty(); }
};

// Refuses bytes that are not the form above (truncated, another version, a span outside the text).
DocumentBinaryResult read_document_binary(std::string_view bytes);

}  // namespace ledeline::app
