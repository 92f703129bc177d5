#include "text_layout.h"

#include <algorithm>

#include "utf8.h"

namespace ledeline::app {

std::vector<Line> wrap_lines(std::string_view text, float width, const GlyphAdvances& advances) {
  std::vector<Line> lines;
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t line_start = 0;
  uint32_t last_break = 0;  // just after the last space of the line; 0: none yet (a line never breaks at 0)
  float x = 0;
  uint32_t i = 0;
  while (i < size) {
    if (text[i] == '\n') {
      lines.push_back({line_start, i});
      line_start = ++i;
      last_break = 0;
      x = 0;
      continue;
    }
    const Utf8Char c = decode_at(text, i);
    const float advance = advances.of(c.cp);
    if (c.cp == ' ' || c.cp == '\t') {  // spaces hang past the edge rather than start a line
      x += advance;
      i += c.size;
      last_break = i;
      continue;
    }
    if (x + advance > width && i > line_start) {
      if (last_break > line_start) {
        lines.push_back({line_start, last_break});
        line_start = last_break;
        x = text_width(text, line_start, i, advances);  // the start of the word moves down with it
      }
      if (x + advance > width && i > line_start) {  // a word wider than the line: cut it here
        lines.push_back({line_start, i});
        line_start = i;
        x = 0;
      }
      last_break = 0;
    }
    x += advance;
    i += c.size;
  }
  lines.push_back({line_start, size});
  return lines;
}

float text_width(std::string_view text, uint32_t from, uint32_t to, const GlyphAdvances& advances) {
  float width = 0;
  for (uint32_t i = from; i < to;) {
    const Utf8Char c = decode_at(text, i);
    width += advances.of(c.cp);
    i += c.size;
  }
  return width;
}

uint32_t char_at_x(std::string_view text, const Line& line, float x, const GlyphAdvances& advances) {
  if (x < 0) return line.end;
  float left = 0;
  for (uint32_t i = line.start; i < line.end;) {
    const Utf8Char c = decode_at(text, i);
    left += advances.of(c.cp);
    if (x < left) return i;
    i += c.size;
  }
  return line.end;
}

uint32_t boundary_at_x(std::string_view text, const Line& line, float x, const GlyphAdvances& advances) {
  float left = 0;
  for (uint32_t i = line.start; i < line.end;) {
    const Utf8Char c = decode_at(text, i);
    const float advance = advances.of(c.cp);
    if (x < left + advance / 2) return i;
    left += advance;
    i += c.size;
  }
  return line.end;
}

size_t line_of_offset(const std::vector<Line>& lines, uint32_t offset) {
  auto after = std::upper_bound(lines.begin(), lines.end(), offset,
                                [](uint32_t o, const Line& line) { return o < line.start; });
  return after == lines.begin() ? 0 : static_cast<size_t>(after - lines.begin()) - 1;
}

}  // namespace ledeline::app
