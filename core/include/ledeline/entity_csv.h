// A CSV of a Document's entities (RFC 4180): one row per name, for a spreadsheet.
#pragma once

#include <string>

#include "ledeline/document.h"

namespace ledeline {

// Header `entity,kind,text,start,end,rule,origin`, then one row per name annotation (conll.h's
// is_name_kind) in text order: the canonical name of its entity entry (else its refers_to, else its
// text), its kind, its text, its byte offsets, its rule, and its origin (rule, or person for a
// correction made in the page). Fields with a comma, a quote or a line end are quoted.
std::string write_entity_csv(const Document& doc);

}  // namespace ledeline
