#include "ledeline/web_annotation.h"

#include <vector>

#include <nlohmann/json.hpp>

namespace ledeline {
namespace {

using nlohmann::ordered_json;

// RFC 3986 unreserved characters stay; every other byte is %XX.
std::string percent_encoded(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

ordered_json textual_body(const char* purpose, std::string value) {
  return {{"type", "TextualBody"}, {"purpose", purpose}, {"format", "text/plain"}, {"value", std::move(value)}};
}

}  // namespace

std::string write_web_annotation(const Document& doc) {
  // Code points before each byte offset: the model's positions count characters.
  std::vector<uint32_t> code_points(doc.text.size() + 1, 0);
  uint32_t count = 0;
  for (size_t i = 0; i < doc.text.size(); ++i) {
    code_points[i] = count;
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) ++count;
  }
  code_points[doc.text.size()] = count;

  const std::string source = "urn:ledeline:" + percent_encoded(doc.name);
  ordered_json items = ordered_json::array();
  for (size_t i = 0; i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    ordered_json bodies = ordered_json::array({textual_body("classifying", a.kind)});
    for (const auto& [key, value] : a.attrs.items()) bodies.push_back(textual_body("describing", key + "=" + value));
    bodies.push_back(textual_body("describing", "rule=" + a.rule));
    ordered_json creator = a.origin == Origin::kPerson
                               ? ordered_json{{"type", "Person"}, {"name", "a person correcting in the page"}}
                               : ordered_json{{"type", "Software"}, {"name", "ledeline"}};
    ordered_json selectors = ordered_json::array(
        {{{"type", "TextPositionSelector"}, {"start", code_points[a.span.start]}, {"end", code_points[a.span.end]}},
         {{"type", "TextQuoteSelector"}, {"exact", doc.slice(a.span)}}});
    items.push_back({{"id", source + "#annotation-" + std::to_string(i + 1)},
                     {"type", "Annotation"},
                     {"motivation", "classifying"},
                     {"creator", std::move(creator)},
                     {"body", std::move(bodies)},
                     {"target", {{"source", source}, {"selector", std::move(selectors)}}}});
  }
  const size_t total = items.size();
  ordered_json collection = {
      {"@context", "http://www.w3.org/ns/anno.jsonld"},
      {"id", source + "#annotations"},
      {"type", "AnnotationCollection"},
      {"label", doc.name},
      {"total", total},
      {"first",
       {{"id", source + "#annotations-page-1"}, {"type", "AnnotationPage"}, {"startIndex", 0}, {"items", std::move(items)}}}};
  // The text is valid UTF-8 by construction; `replace` keeps a stray byte from ever throwing.
  return collection.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace ledeline
