#include "ledeline/source_map.h"

#include <algorithm>

namespace ledeline {

SourceMap SourceMap::identity(uint32_t size) {
  SourceMap m;
  m.append_copy(0, size);
  m.finish(size, size);
  return m;
}

void SourceMap::append(uint32_t text_size, uint32_t source_start, uint32_t source_size) {
  uint32_t source_stop = source_start + source_size;
  bool copy = text_size == source_size;
  if (!runs_.empty() && source_start < source_end_) {
    // Overlaps the previous piece (two pieces of one decoded character): one run for both.
    text_end_ += text_size;
    source_end_ = std::max(source_end_, source_stop);
    last_copy_ = false;
    return;
  }
  if (text_size == 0 && source_size == 0) return;
  if (!runs_.empty() && copy && last_copy_ && source_start == source_end_) {
    text_end_ += text_size;
    source_end_ = source_stop;
    return;
  }
  if (source_start > source_end_)
    runs_.push_back({text_end_, source_end_});  // the skipped bytes: a run without text
  runs_.push_back({text_end_, source_start});
  text_end_ += text_size;
  source_end_ = source_stop;
  last_copy_ = copy;
}

void SourceMap::finish(uint32_t text_size, uint32_t source_size) {
  if (source_size > source_end_) runs_.push_back({text_end_, source_end_});
  text_end_ = std::max(text_end_, text_size);
  source_end_ = std::max(source_end_, source_size);
  runs_.push_back({text_end_, source_end_});
  last_copy_ = false;
}

size_t SourceMap::run_containing(uint32_t text_offset) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), text_offset,
                             [](uint32_t t, const SourceRun& r) { return t < r.text; });
  return it == runs_.begin() ? 0 : static_cast<size_t>(it - runs_.begin()) - 1;
}

uint32_t SourceMap::source_start(uint32_t text_offset) const {
  if (runs_.empty()) return text_offset;
  if (text_offset >= runs_.back().text) return runs_.back().source;
  size_t r = run_containing(text_offset);
  const SourceRun &a = runs_[r], &b = runs_[r + 1];
  bool copied = b.text - a.text == b.source - a.source;
  return copied ? a.source + (text_offset - a.text) : a.source;
}

uint32_t SourceMap::source_end(uint32_t text_offset) const {
  if (runs_.empty()) return text_offset;
  if (text_offset == 0) return source_start(0);
  if (text_offset > runs_.back().text) return runs_.back().source;
  size_t r = run_containing(text_offset - 1);
  const SourceRun &a = runs_[r], &b = runs_[r + 1];
  bool copied = b.text - a.text == b.source - a.source;
  return copied ? a.source + (text_offset - a.text) : b.source;
}

SourceMap SourceMap::then(const SourceMap& inner) const {
  if (inner.empty()) return *this;
  if (empty()) return inner;
  SourceMap out;
  const std::vector<SourceRun>& in = inner.runs_;
  size_t j = 0;
  for (size_t i = 0; i + 1 < runs_.size(); ++i) {
    const SourceRun &a = runs_[i], &b = runs_[i + 1];
    uint32_t text_size = b.text - a.text, mid_size = b.source - a.source;
    if (text_size == 0) continue;  // skipped bytes: the next piece's start says so
    if (text_size != mid_size) {
      uint32_t s = inner.source_start(a.source);
      uint32_t e = mid_size == 0 ? s : inner.source_end(b.source);
      out.append(text_size, s, e - s);
      continue;
    }
    // A copied run: split it where the inner map's runs change.
    uint32_t m = a.source;
    while (m < b.source) {
      while (j + 1 < in.size() && in[j + 1].text <= m) ++j;
      if (j + 1 >= in.size()) {  // beyond the inner map: nothing more to map
        out.append(b.source - m, in.back().source, 0);
        break;
      }
      const SourceRun &ia = in[j], &ib = in[j + 1];
      uint32_t stop = std::min(b.source, ib.text);
      if (ib.text - ia.text == ib.source - ia.source)
        out.append_copy(ia.source + (m - ia.text), stop - m);
      else
        out.append(stop - m, ia.source, ib.source - ia.source);
      m = stop;
    }
  }
  out.finish(runs_.back().text, in.back().source);
  return out;
}

}  // namespace ledeline
