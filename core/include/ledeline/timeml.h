// TimeML in and out. In: the TempEval-3 input form, a TimeML file whose <DCT> holds the document
// creation time and whose <TEXT> holds the plain text. Out: the same file with TIMEX3 elements
// (tid, type, value, mod) around the time annotations, the text otherwise unchanged; a correction made
// in the page has comment="origin=person".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ledeline/calendar.h"
#include "ledeline/document.h"

namespace ledeline {

struct TimemlSource {
  std::string head;              // the file up to and including <TEXT>, written back unchanged
  std::string text;              // the content of <TEXT>: tags removed, character references decoded
  std::string tail;              // the file from </TEXT> on
  std::optional<CivilDate> dct;  // the value of the TIMEX3 inside <DCT>
  std::string dct_tid;           // and its tid, which resolved expressions name as their anchorTimeID
};

// The document creation time relative expressions resolve against: the one the caller gave
// (Document::dct: --dct, a TimeML <DCT>), else the publication date the reading step found.
std::optional<CivilDate> creation_date(const Document& doc);

// The parts of a TimeML file; nullopt when `bytes` has no <TEXT> element.
std::optional<TimemlSource> read_timeml(std::string_view bytes);

// The document as TimeML: `source`'s head and tail around the text with TIMEX3 elements, or, for a
// document that was not read from TimeML (source == nullptr), a minimal TimeML file with its DCT
// (creation_date).
std::string write_timeml(const Document& doc, const TimemlSource* source);

}  // namespace ledeline
