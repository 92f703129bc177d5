// The article view: the text laid out by text_layout, only the visible lines drawn (ImGuiListClipper),
// each mark a translucent background in its kind's colour plus an underline in its own lane, so that
// overlapping marks all stay visible.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "kind_palette.h"
#include "ui.h"

namespace ledeline::app {

namespace {

// Vertical metrics of one line, from the font size.
struct LineMetrics {
  float height;     // line pitch
  float text_top;   // from the line's top to the glyphs' top
  float text_bottom;
  float underline;  // thickness of one underline lane
};

LineMetrics line_metrics(float font_size) {
  LineMetrics m;
  m.underline = std::max(1.0f, std::round(font_size / 12));
  m.text_top = std::round(font_size * 0.12f);
  m.text_bottom = m.text_top + font_size;
  m.height = std::round(m.text_bottom + 3 * (m.underline + 1) + font_size * 0.1f);
  return m;
}

GlyphAdvances font_advances(const ImFont* font) {
  // The view never scales fonts: advances at font->FontSize are the pixels drawn.
  return GlyphAdvances{font->IndexAdvanceX.Data, static_cast<uint32_t>(font->IndexAdvanceX.Size),
                       font->FallbackAdvanceX};
}

void draw_line_marks(ImDrawList* draw, DocumentView& view, const Line& line, ImVec2 top,
                     const LineMetrics& metrics, const GlyphAdvances& advances) {
  if (line.end <= line.start) return;
  const std::string& text = view.document().text;
  const std::vector<Mark>& marks = view.marks().marks();
  const int max_lane = static_cast<int>((metrics.height - metrics.text_bottom) / (metrics.underline + 1)) - 1;
  view.marks().for_each_overlapping(line.start, line.end, [&](size_t i) {
    const Mark& mark = marks[i];
    if (!view.kind_shown(mark.kind)) return;
    const uint32_t start = std::max(mark.span.start, line.start);
    const uint32_t end = std::min(mark.span.end, line.end);
    const float x0 = top.x + text_width(text, line.start, start, advances);
    const float x1 = x0 + text_width(text, start, end, advances);
    const ImU32 color = kind_color(mark.kind);
    const float middle = top.y + (metrics.text_top + metrics.text_bottom) / 2;
    if (middle > draw->GetClipRectMin().y && middle < draw->GetClipRectMax().y) {  // not scrolled out
      view.drawn_marks().push_back({static_cast<int32_t>(i), x0, top.y + metrics.text_top, x1 - x0,
                                    metrics.text_bottom - metrics.text_top});
    }
    draw->AddRectFilled(ImVec2(x0, top.y + metrics.text_top), ImVec2(x1, top.y + metrics.text_bottom),
                        with_alpha(color, 72));
    // Whole pixels: a one-pixel underline between two rows would blur into both.
    const float y = std::round(top.y + metrics.text_bottom + 1 +
                               static_cast<float>(std::min<int>(mark.lane, std::max(0, max_lane))) *
                                   (metrics.underline + 1));
    draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + metrics.underline), color);
    if (static_cast<int32_t>(i) == view.selected()) {
      draw->AddRect(ImVec2(x0 - 1, top.y + metrics.text_top - 1), ImVec2(x1 + 1, y + metrics.underline + 1),
                    color, 0, 0, 2 * metrics.underline);
    }
  });
}

// The innermost shown mark at byte `offset`, or -1.
int32_t innermost_mark_at(const DocumentView& view, uint32_t offset) {
  int32_t best = -1;
  const std::vector<Mark>& marks = view.marks().marks();
  view.marks().for_each_overlapping(offset, offset + 1, [&](size_t i) {
    if (!view.kind_shown(marks[i].kind)) return;
    if (best < 0 || marks[i].span.size() <= marks[best].span.size()) best = static_cast<int32_t>(i);
  });
  return best;
}

void show_marks_tooltip(const DocumentView& view, uint32_t offset) {
  const std::vector<Mark>& marks = view.marks().marks();
  bool any = false;
  view.marks().for_each_overlapping(offset, offset + 1, [&](size_t i) {
    if (!view.kind_shown(marks[i].kind)) return;
    if (!any) ImGui::BeginTooltip();
    else ImGui::Separator();
    any = true;
    draw_mark_details(view, marks[i]);
  });
  if (any) ImGui::EndTooltip();
}

}  // namespace

void draw_article(DocumentView& view) {
  const ImFont* font = ImGui::GetFont();
  const float font_size = ImGui::GetFontSize();
  const GlyphAdvances advances = font_advances(font);
  const LineMetrics metrics = line_metrics(font_size);
  const float wrap_width = std::max(font_size, ImGui::GetContentRegionAvail().x);
  const std::vector<Line>& lines = view.lines(wrap_width, font_size, advances);
  const std::string& text = view.document().text;

  const int64_t scroll_to = view.take_scroll_request();
  if (scroll_to >= 0) {
    const size_t line = line_of_offset(lines, static_cast<uint32_t>(scroll_to));
    ImGui::SetScrollY(std::max(0.0f, static_cast<float>(line) * metrics.height - ImGui::GetWindowHeight() / 3));
  }

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  const ImVec2 origin = ImGui::GetCursorScreenPos();  // top of line 0, scroll included
  ImDrawList* draw = ImGui::GetWindowDrawList();
  view.drawn_marks().clear();
  const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()), metrics.height);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Line& line = lines[i];
      const ImVec2 top = ImGui::GetCursorScreenPos();
      const Span selection = view.text_selection();
      if (selection.start < line.end && selection.end > line.start) {
        const uint32_t start = std::max(selection.start, line.start), end = std::min(selection.end, line.end);
        const float x0 = top.x + text_width(text, line.start, start, advances);
        draw->AddRectFilled(ImVec2(x0, top.y), ImVec2(x0 + text_width(text, start, end, advances), top.y + metrics.height),
                            ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
      }
      draw_line_marks(draw, view, line, top, metrics, advances);
      draw->AddText(font, font_size, ImVec2(top.x, top.y + metrics.text_top), text_color, text.data() + line.start,
                    text.data() + line.end);
      ImGui::Dummy(ImVec2(wrap_width, metrics.height));
    }
  }
  clipper.End();
  ImGui::PopStyleVar();

  // Dragging over the text selects it (keys 1-9 then annotate it); the drag may leave the window.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float row = std::floor((mouse.y - origin.y) / metrics.height);
  const Line& nearest = lines[static_cast<size_t>(std::clamp(row, 0.0f, static_cast<float>(lines.size() - 1)))];
  const uint32_t boundary = row < 0 ? 0
                            : row >= static_cast<float>(lines.size())
                                ? static_cast<uint32_t>(text.size())
                                : boundary_at_x(text, nearest, mouse.x - origin.x, advances);
  static bool dragging = false;  // one article view is drawn at a time
  if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    view.begin_text_selection(boundary);
    dragging = true;
  } else if (dragging && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    view.extend_text_selection(boundary);
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) dragging = false;

  if (!ImGui::IsWindowHovered()) return;
  if (row < 0 || row >= static_cast<float>(lines.size())) return;
  const Line& line = lines[static_cast<size_t>(row)];
  const uint32_t offset = char_at_x(text, line, mouse.x - origin.x, advances);
  if (offset >= line.end) return;
  const int32_t under_mouse = innermost_mark_at(view, offset);
  if (under_mouse < 0) return;
  ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  show_marks_tooltip(view, offset);
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) view.select(under_mouse, false);
}

}  // namespace ledeline::app
