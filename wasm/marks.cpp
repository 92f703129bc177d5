#include "marks.h"

#include <algorithm>

namespace ledeline::app {

namespace {

void add_evidence(std::vector<Mark>& marks, const char* field, const MetaValue& value) {
  if (!value.present() || !value.span || value.span->empty()) return;
  Mark m;
  m.span = *value.span;
  m.kind = std::string("meta.") + field;
  m.evidence = &value;
  marks.push_back(std::move(m));
}

void add_metadata_evidence(std::vector<Mark>& marks, const Metadata& meta) {
  for_each_meta_value(meta, [&](const char* field, const MetaValue& v) { add_evidence(marks, field, v); });
}

}  // namespace

MarkIndex::MarkIndex(const Document& doc) {
  marks_.reserve(doc.annotations.size() + 8);
  for (size_t i = 0; i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    if (a.span.empty()) continue;
    Mark m;
    m.span = a.span;
    m.kind = a.kind;
    m.annotation = static_cast<int32_t>(i);
    marks_.push_back(std::move(m));
  }
  add_metadata_evidence(marks_, doc.metadata);
  std::stable_sort(marks_.begin(), marks_.end(), [](const Mark& a, const Mark& b) {
    if (!(a.span == b.span)) return a.span < b.span;
    return a.kind < b.kind;
  });

  // Lanes by first fit: a mark takes the lowest lane whose last mark ended before it starts.
  std::vector<uint32_t> lane_ends;
  ends_through_.reserve(marks_.size());
  uint32_t max_end = 0;
  for (Mark& m : marks_) {
    size_t lane = 0;
    while (lane < lane_ends.size() && lane_ends[lane] > m.span.start) ++lane;
    if (lane == lane_ends.size()) lane_ends.push_back(0);
    lane_ends[lane] = m.span.end;
    m.lane = static_cast<uint16_t>(std::min<size_t>(lane, UINT16_MAX));
    max_end = std::max(max_end, m.span.end);
    ends_through_.push_back(max_end);
  }
  lane_count_ = static_cast<uint16_t>(std::min<size_t>(lane_ends.size(), UINT16_MAX));
}

size_t MarkIndex::first_ending_after(uint32_t offset) const {
  return static_cast<size_t>(
      std::upper_bound(ends_through_.begin(), ends_through_.end(), offset) - ends_through_.begin());
}

}  // namespace ledeline::app
