// Output forms of an annotated Document. The JSON schema is documented in docs/schema.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ledeline/document.h"

namespace ledeline {

inline constexpr const char* kSchemaVersion = "ledeline/1";

// nlohmann/json conversions of annotations, for the page's corrections (ordered_json keeps keys in a
// fixed order); write_json writes the same bytes for them.
void to_json(nlohmann::ordered_json& j, const Span& s);
void to_json(nlohmann::ordered_json& j, const Annotation& a);

// One JSON object, the bytes nlohmann::ordered_json's dump would write; `pretty` indents it for people.
std::string write_json(const Document& doc, bool pretty = false);

// The flat view: one row a line, `kind<TAB>text<TAB>key=value; key=value`, metadata first as meta.*.
std::string write_tsv(const Document& doc);

}  // namespace ledeline
