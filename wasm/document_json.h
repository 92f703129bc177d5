// Reads the project's JSON (docs/schema.md) back into a Document: what the Web Worker annotated and
// what IndexedDB kept. Only what the view shows and edits is read: name, form, text, metadata with its
// evidence, annotations, entity entries, warnings. Errors are values: malformed JSON, a wrong schema, or a span outside
// the text is refused with a message.
#pragma once

#include <string>
#include <string_view>

#include "ledeline/document.h"

namespace ledeline::app {

struct DocumentReadResult {
  std::string error;  // empty when ok
  Document document;
  bool ok() const { return error.empty(); }
};

DocumentReadResult read_document_json(std::string_view json);

}  // namespace ledeline::app
