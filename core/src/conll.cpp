#include "ledeline/conll.h"

#include <vector>

#include "annotators.h"

namespace ledeline {

bool is_name_kind(std::string_view kind) {
  return kind == "person" || kind == "org" || kind == "place" || kind == "facility" || kind == "group" ||
         kind == "misc";
}

std::string write_conll(const Document& doc) {
  Structure made;
  if (doc.structure.tokens.empty() && !doc.text.empty()) {
    Document tokenised;
    tokenised.text = doc.text;
    make_structure_annotator()->annotate(tokenised);
    made = std::move(tokenised.structure);
  }
  const Structure& structure = doc.structure.tokens.empty() ? made : doc.structure;

  std::vector<const Annotation*> names;  // in the annotations' order: by start, longer first
  for (const Annotation& a : doc.annotations)
    if (is_name_kind(a.kind) && !a.span.empty()) names.push_back(&a);

  std::string out;
  size_t next_name = 0, sentence = 0;
  const Annotation* current = nullptr;  // the name the previous token was tagged with
  bool line_written = false;
  for (const Span& token : structure.tokens) {
    // A blank line where a sentence ends.
    bool new_sentence = false;
    while (sentence < structure.sentences.size() && token.start >= structure.sentences[sentence].end) {
      ++sentence;
      new_sentence = true;
    }
    if (new_sentence && line_written) out += '\n';
    if (current && current->span.end <= token.start) current = nullptr;
    const char* bio = "I-";
    if (!current) {
      while (next_name < names.size() && names[next_name]->span.end <= token.start) ++next_name;
      if (next_name < names.size() && names[next_name]->span.start < token.end) {
        current = names[next_name++];
        bio = "B-";
      }
    }
    out.append(doc.text, token.start, token.size());
    out += '\t' + std::to_string(token.start) + '\t' + std::to_string(token.end) + '\t';
    if (current) {
      out += bio + current->kind + '\t' + (current->origin == Origin::kPerson ? "person" : "rule");
    } else {
      out += "O\t-";
    }
    out += '\n';
    line_written = true;
  }
  return out;
}

}  // namespace ledeline
