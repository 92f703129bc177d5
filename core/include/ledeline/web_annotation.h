// A Document's annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD.
#pragma once

#include <string>

#include "ledeline/document.h"

namespace ledeline {

// One AnnotationCollection whose first AnnotationPage holds an Annotation per annotation, in order.
// Each is motivated by classifying: a TextualBody with purpose classifying holds the kind, one with
// purpose describing a line `key=value` per attribute and the rule. The target is the document
// (urn:ledeline:<name, percent-encoded>) with a TextPositionSelector (code points, as the model says)
// and a TextQuoteSelector (the exact text). The creator says who made it: Software (ledeline) or a
// Person (a correction made in the page, origin=person).
std::string write_web_annotation(const Document& doc);

}  // namespace ledeline
