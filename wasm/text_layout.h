// Word wrapping of the article text in the font's advance widths. ImGui has no widget for wrapped,
// highlighted text: the view keeps this line table and draws only the lines it can see.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ledeline::app {

// The horizontal advance of each code point in pixels (ImFont::IndexAdvanceX), and of those beyond it.
struct GlyphAdvances {
  const float* by_codepoint = nullptr;
  uint32_t count = 0;
  float fallback = 0;
  float of(uint32_t cp) const { return cp < count ? by_codepoint[cp] : fallback; }
};

// One line on screen: bytes [start, end) of the text, without the line break that ends it.
struct Line {
  uint32_t start = 0;
  uint32_t end = 0;
  friend bool operator==(const Line& a, const Line& b) { return a.start == b.start && a.end == b.end; }
};

// Lines of `text` (valid UTF-8) no wider than `width`. Lines break after a space or tab (which may hang
// past the edge); a word wider than a line is cut between characters; every '\n' ends a line. Linear in
// the text's size.
std::vector<Line> wrap_lines(std::string_view text, float width, const GlyphAdvances& advances);

// The width of bytes [from, to) of the text.
float text_width(std::string_view text, uint32_t from, uint32_t to, const GlyphAdvances& advances);

// The byte offset of the character of `line` under `x` (pixels from the line's left edge), or line.end
// when `x` is outside its characters.
uint32_t char_at_x(std::string_view text, const Line& line, float x, const GlyphAdvances& advances);

// The character boundary of `line` nearest to `x`: line.start left of it, line.end right of it.
uint32_t boundary_at_x(std::string_view text, const Line& line, float x, const GlyphAdvances& advances);

// The index of the line holding byte `offset`; `lines` come from wrap_lines.
size_t line_of_offset(const std::vector<Line>& lines, uint32_t offset);

}  // namespace ledeline::app
