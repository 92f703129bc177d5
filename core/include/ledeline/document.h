// A Document: valid UTF-8 text, its structure, its metadata and its annotations.
#pragma once

#include <string>
#include <vector>

#include "ledeline/annotation.h"
#include "ledeline/metadata.h"

namespace ledeline {

// How the input was recognised.
enum class InputForm : uint8_t { kPlainText, kHeaderText };
const char* input_form_name(InputForm form);

struct Structure {
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;
  std::vector<Span> tokens;
};

struct Document {
  std::string name;           // file name or other label given by the caller
  std::string text;           // always valid UTF-8
  InputForm form = InputForm::kPlainText;
  Metadata metadata;
  Structure structure;
  std::vector<Annotation> annotations;
  std::vector<std::string> warnings;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
  Annotation& add(Span span, std::string kind, std::string rule);
};

}  // namespace ledeline
