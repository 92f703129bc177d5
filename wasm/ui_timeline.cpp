// The timeline: the article's dates (time annotations whose value names a day, a month or a year) as
// points on one axis from the earliest to the latest; hovering names a point, a click selects it.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "kind_palette.h"
#include "ledeline/calendar.h"
#include "ui.h"

namespace ledeline::app {

void draw_timeline(DocumentView& view) {
  const std::vector<Mark>& marks = view.marks().marks();
  const std::vector<DocumentView::DatedMark>& dated = view.dated_marks();
  if (dated.empty()) return;
  const std::string header = "Timeline (" + std::to_string(dated.size()) + " dates)###timeline";
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;

  const int64_t first = dated.front().day, last = std::max(dated.back().day, dated.front().day + 1);
  const float line = ImGui::GetTextLineHeight();
  const float radius = line * 0.28f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - 2 * radius;
  const float axis_y = at.y + line * 2.2f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddLine(ImVec2(at.x, axis_y), ImVec2(at.x + width + 2 * radius, axis_y), ImGui::GetColorU32(ImGuiCol_TextDisabled));
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const ImU32 color = kind_color("time");
  float previous_x = -1;
  int stacked = 0;
  int32_t hovered = -1;
  for (const DocumentView::DatedMark& d : dated) {
    const float x = at.x + radius + width * static_cast<float>(d.day - first) / static_cast<float>(last - first);
    stacked = x - previous_x < radius ? stacked + 1 : 0;  // dates too close to tell apart stack upwards
    previous_x = x;
    if (stacked > 3) continue;  // the stack is full: nothing more to see there
    const ImVec2 centre(x, axis_y - radius - static_cast<float>(stacked) * 2 * radius);
    const bool selected = view.selected() == d.mark;
    draw->AddCircleFilled(centre, selected ? radius * 1.4f : radius, color);
    if (std::abs(mouse.x - centre.x) <= radius * 1.5f && std::abs(mouse.y - centre.y) <= radius * 1.5f) hovered = d.mark;
  }
  ImGui::Dummy(ImVec2(width, line * 2.4f));
  const bool area_hovered = ImGui::IsItemHovered();
  ImGui::TextDisabled("%s", to_iso(civil_from_days(first)).c_str());
  ImGui::SameLine(std::max(0.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("0000-00-00").x));
  ImGui::TextDisabled("%s", to_iso(civil_from_days(dated.back().day)).c_str());
  if (area_hovered && hovered >= 0) {
    ImGui::BeginTooltip();
    draw_mark_details(view, marks[hovered]);
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) view.select(hovered, true);
  }
}

}  // namespace ledeline::app
