// brat standoff of the attributions in a Document, in the form of the PolNeAR corpus: Source, Cue and
// Content text-bound annotations joined by Attribution events, with offsets in code points of the text.
#pragma once

#include <string>

#include "ledeline/document.h"

namespace ledeline {

// One .ann file. A span that crosses a line end is written as fragments ("575 842;843 1076"); each
// Content carries an AnnotatorNotes line with its kind and speaker. The names and roles follow as Person,
// Organization, Place, Facility, Group, Misc and Role, with AnnotatorNotes "refers_to=..." on aliases.
// A correction made in the page (Origin::kPerson) says "origin=person" in its AnnotatorNotes.
std::string write_brat(const Document& doc);

}  // namespace ledeline
