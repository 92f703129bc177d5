// The project's own JSON (docs/schema.md) read back into a Document: the inverse of write_json, for
// a document the page corrected or exported. Read: name, form, dct, text, metadata with its evidence,
// annotations with their origin, entity entries, warnings, paragraphs and sentences (tokens are not in
// the JSON). Errors are values: malformed JSON, another schema, or a span outside the text is refused
// with a message.
#pragma once

#include <string>
#include <string_view>

#include "ledeline/document.h"

namespace ledeline {

struct JsonDocumentResult {
  Document document;
  std::string error;     // empty when ok
  bool foreign = false;  // not a ledeline/1 document at all (not JSON, or without its schema)
  bool ok() const { return error.empty(); }
};

// An {"error": "..."} object (what the page's bridge answers for an input it cannot read) gives its
// message as the error.
JsonDocumentResult document_from_json(std::string_view json);

}  // namespace ledeline
