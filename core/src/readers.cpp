// Which reader an input needs, from its content.
#include "readers.h"

namespace ledeline {

ReadOutcome read_any(std::string text) {
  if (looks_like_html(text)) {
    ReadOutcome out;
    out.documents.push_back(read_html(text));
    if (out.documents.back().text.empty()) out.documents.back().warnings.push_back("no article text found in the HTML");
    return out;
  }
  if (looks_like_json(text)) return read_json(text);
  ReadOutcome out;
  out.documents.emplace_back().text = std::move(text);
  return out;
}

}  // namespace ledeline
