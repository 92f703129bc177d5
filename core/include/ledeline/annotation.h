// Annotations: half-open UTF-8 byte spans of the document text with a kind, attributes and the rule
// that made them (GATE's start, end, type, features).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ledeline {

// [start, end) in bytes of Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; }
  friend bool operator<(const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;  // outer spans before inner ones
  }
};

// Attributes keep their insertion order so that both builds write them identically.
class Attributes {
 public:
  void set(std::string key, std::string value);
  const std::string* find(std::string_view key) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  friend bool operator==(const Attributes& a, const Attributes& b) { return a.items_ == b.items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// Who made an annotation: a rule of the pipeline, or a person correcting it.
enum class Origin : uint8_t { kRule, kPerson };

struct Annotation {
  Span span;
  std::string kind;  // person, org, place, facility, group, misc, time, quantity, quote, role, dateline, ...
  Attributes attrs;
  std::string rule;  // "<annotator>.<rule>", so the page can explain why
  Origin origin = Origin::kRule;
};

// The total order in which annotations are stored and written: by span, then kind, then rule.
bool annotation_less(const Annotation& a, const Annotation& b);

}  // namespace ledeline
