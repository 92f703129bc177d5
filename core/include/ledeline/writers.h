// Output forms of an annotated Document. The JSON schema is documented in docs/schema.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ledeline/document.h"

namespace ledeline {

inline constexpr const char* kSchemaVersion = "ledeline/1";

// nlohmann/json conversions beside the types (ordered_json keeps keys in a fixed order).
void to_json(nlohmann::ordered_json& j, const Span& s);
void to_json(nlohmann::ordered_json& j, const Annotation& a);
void to_json(nlohmann::ordered_json& j, const Metadata& m);
void to_json(nlohmann::ordered_json& j, const Document& d);

// One JSON object; `pretty` indents it for people.
std::string write_json(const Document& doc, bool pretty = false);

// The flat view: one row a line, `kind<TAB>text<TAB>key=value; key=value`, metadata first as meta.*.
std::string write_tsv(const Document& doc);

}  // namespace ledeline
