// The project's own JSON read back (json_document.h): what the page imports when a person drops a JSON
// export, and what it keeps. Whatever the bytes, a document it reads has its spans inside the text on
// character boundaries, goes through the view form unchanged, and keeps every invariant of a pipeline
// document once its times are resolved again against a reference date (Pipeline::retime, the page's
// reference date field), which comes from the input's first bytes. The page says every time value in
// words (timex_in_words), whatever a person typed.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "document_binary.h"
#include "document_checks.h"
#include "ledeline/calendar.h"
#include "ledeline/json_document.h"
#include "ledeline/pipeline.h"
#include "ledeline/timex_text.h"
#include "ledeline/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ledeline::Pipeline pipeline;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ledeline::JsonDocumentResult read = ledeline::document_from_json(bytes);
  if (!read.ok()) {
    if (read.error.empty()) ledeline::broken("refused without a message");
    return 0;
  }
  ledeline::Document& doc = read.document;
  for (const ledeline::Annotation& a : doc.annotations) {
    ledeline::check_span(doc, a.span, a.rule.c_str());
    if (a.kind == "time") ledeline::timex_in_words(a.attrs);
  }
  const std::string view = ledeline::app::write_document_binary(doc);
  ledeline::app::DocumentBinaryResult shown = ledeline::app::read_document_binary(view);
  if (!shown.ok() || ledeline::app::write_document_binary(shown.document) != view)
    ledeline::broken("the view form does not read back:", shown.error);
  const std::optional<ledeline::CivilDate> dct =
      size > 0 && data[0] % 2 ? std::optional<ledeline::CivilDate>(ledeline::CivilDate{1990 + data[0] % 64, 1 + data[0] % 12, 1 + data[0] % 28})
                              : std::nullopt;
  if (!pipeline.retime(doc, dct)) ledeline::broken("retime failed:", pipeline.error());
  ledeline::check_document(doc, size);
  ledeline::JsonDocumentResult again = ledeline::document_from_json(ledeline::write_json(doc));
  if (!again.ok() || again.document.text != doc.text || again.document.annotations.size() != doc.annotations.size())
    ledeline::broken("the retimed document's JSON does not read back:", again.error);
  return 0;
}
