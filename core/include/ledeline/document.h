// A Document: valid UTF-8 text, its structure, its metadata and its annotations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ledeline/annotation.h"
#include "ledeline/calendar.h"
#include "ledeline/metadata.h"
#include "ledeline/source_map.h"

namespace ledeline {

// How the input was recognised.
enum class InputForm : uint8_t { kPlainText, kHeaderText, kHtml, kJson };
const char* input_form_name(InputForm form);

struct Structure {
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Span> tokens;
};

// One real-world entity of a document (see the grouping annotator): a canonical name and its mentions.
struct EntityEntry {
  std::string kind;                // person, org, place, facility, group, misc
  std::string name;                // the canonical name: the longest name among its mentions
  std::vector<Span> mentions;      // in text order, aliases ("IS") and descriptions ("prime minister") too
  std::vector<std::string> roles;  // a person's roles as written ("Prime Minister")
};

struct Document {
  std::string name;           // file name or other label given by the caller
  std::string text;           // always valid UTF-8
  InputForm form = InputForm::kPlainText;
  Metadata metadata;
  Structure structure;
  std::vector<Annotation> annotations;
  std::vector<EntityEntry> entities;  // in the order of their first mention
  std::vector<std::string> warnings;
  SourceMap source_map;       // text offsets -> offsets in the input bytes (see source_map.h)
  std::optional<CivilDate> dct;  // the creation time the caller gave (RunOptions::dct), else none

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
  Annotation& add(Span span, std::string kind, std::string rule);
};

}  // namespace ledeline
