// Where the bytes of a Document's text came from in the input the user gave, so that every span
// can be shown in the original file as well as in the extracted text.
#pragma once

#include <cstdint>
#include <vector>

#include "ledeline/annotation.h"

namespace ledeline {

// Run i covers text [text, next.text) and source [source, next.source). When both lengths are equal
// the bytes were copied and map one to one; otherwise the run maps as a whole (a decoded entity, a
// CRLF read as LF, a tag skipped: text length 0, a paragraph break inserted: source length 0).
struct SourceRun {
  uint32_t text = 0;
  uint32_t source = 0;
  friend bool operator==(const SourceRun& a, const SourceRun& b) { return a.text == b.text && a.source == b.source; }
};

class SourceMap {
 public:
  // The map of a text that is the source itself.
  static SourceMap identity(uint32_t size);

  // Building, left to right: `text_size` text bytes came from source [source_start, +source_size).
  // Source bytes between the previous piece and `source_start` were skipped; a piece that overlaps
  // the previous one is merged into it.
  void append(uint32_t text_size, uint32_t source_start, uint32_t source_size);
  void append_copy(uint32_t source_start, uint32_t size) { append(size, source_start, size); }
  // Ends the map at the end of the text and of the source.
  void finish(uint32_t text_size, uint32_t source_size);

  // The source offset of a span's start and of its (exclusive) end.
  uint32_t source_start(uint32_t text_offset) const;
  uint32_t source_end(uint32_t text_offset) const;
  Span to_source(Span s) const { return {source_start(s.start), s.empty() ? source_start(s.start) : source_end(s.end)}; }

  // This map (text -> middle) followed by `inner` (middle -> bytes): text -> bytes.
  SourceMap then(const SourceMap& inner) const;

  const std::vector<SourceRun>& runs() const { return runs_; }  // ends with the sentinel {text size, source size}
  bool empty() const { return runs_.empty(); }

 private:
  size_t run_containing(uint32_t text_offset) const;  // index of the run whose text holds the byte
  std::vector<SourceRun> runs_;
  uint32_t text_end_ = 0, source_end_ = 0;  // where the last appended piece ends
  bool last_copy_ = false;                   // the last run was copied, so a contiguous copy extends it
};

}  // namespace ledeline
