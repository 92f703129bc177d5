// CoNLL of a Document's names: one token a line, BIO tags, a blank line between sentences.
#pragma once

#include <string>
#include <string_view>

#include "ledeline/document.h"

namespace ledeline {

// The kinds of names (entities): person, org, place, facility, group, misc.
bool is_name_kind(std::string_view kind);

// Five tab-separated columns: the token as written, its start and end byte offsets in the text, its BIO
// tag (B-person, I-person, ..., O; the kinds as the schema names them) and the origin of the name
// annotation the tag comes from (rule, person, or - for O). Names do not nest in BIO: where names
// overlap, the one that starts first (the longer at equal starts) is tagged. A document without tokens
// (one read back from JSON) is tokenised by the pipeline's structure step.
std::string write_conll(const Document& doc);

}  // namespace ledeline
