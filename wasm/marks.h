// What the article view highlights: the document's annotations and the spans its metadata values were
// read from (the JSON's `evidence`), in one ordered list with an overlap index.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ledeline/document.h"

namespace ledeline::app {

struct Mark {
  Span span;
  std::string kind;                     // the annotation's kind, or "meta.<field>" for metadata evidence
  int32_t annotation = -1;              // index into Document::annotations; -1 for metadata evidence
  const MetaValue* evidence = nullptr;  // the metadata value, for evidence
  uint16_t lane = 0;                    // 0 for the outermost; marks overlapping each other get distinct lanes
};

class MarkIndex {
 public:
  MarkIndex() = default;
  // Keeps pointers into `doc`'s metadata: `doc` must outlive the index and stay where it is.
  explicit MarkIndex(const Document& doc);

  // By span (outer first), then kind: the document's annotation order.
  const std::vector<Mark>& marks() const { return marks_; }
  uint16_t lane_count() const { return lane_count_; }

  // Calls `visit(index)` for each mark overlapping bytes [start, end), in order.
  template <typename Visit>
  void for_each_overlapping(uint32_t start, uint32_t end, Visit visit) const {
    for (size_t i = first_ending_after(start); i < marks_.size() && marks_[i].span.start < end; ++i) {
      if (marks_[i].span.end > start) visit(i);
    }
  }

 private:
  // The first mark that any mark ending after `offset` could be: ends_through_ is non-decreasing.
  size_t first_ending_after(uint32_t offset) const;

  std::vector<Mark> marks_;
  std::vector<uint32_t> ends_through_;  // the largest end among marks_[0..i]
  uint16_t lane_count_ = 0;
};

}  // namespace ledeline::app
