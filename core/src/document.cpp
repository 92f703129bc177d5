#include <algorithm>

#include "ledeline/annotation.h"
#include "ledeline/document.h"

namespace ledeline {

void Attributes::set(std::string key, std::string value) {
  for (auto& [k, v] : items_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  items_.emplace_back(std::move(key), std::move(value));
}

const std::string* Attributes::find(std::string_view key) const {
  for (const auto& [k, v] : items_)
    if (k == key) return &v;
  return nullptr;
}

bool annotation_less(const Annotation& a, const Annotation& b) {
  if (!(a.span == b.span)) return a.span < b.span;
  if (a.kind != b.kind) return a.kind < b.kind;
  return a.rule < b.rule;
}

const char* input_form_name(InputForm form) {
  switch (form) {
    case InputForm::kPlainText: return "plain-text";
    case InputForm::kHeaderText: return "header-text";
    case InputForm::kHtml: return "html";
    case InputForm::kJson: return "json";
  }
  return "plain-text";
}

Annotation& Document::add(Span span, std::string kind, std::string rule) {
  Annotation& a = annotations.emplace_back();
  a.span = span;
  a.kind = std::move(kind);
  a.rule = std::move(rule);
  return a;
}

}  // namespace ledeline
