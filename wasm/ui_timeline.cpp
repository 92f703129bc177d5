// The timeline: the article's dates (time annotations whose value names a day, a month or a year) as
// points on one axis from the earliest to the latest, with a tick at the reference date (what "Friday"
// counts from: before it, the story's past); hovering names a point, a click selects it.
#include <algorithm>
#include <cmath>
#include <optional>

#include "imgui.h"
#include "kind_palette.h"
#include "ledeline/calendar.h"
#include "ledeline/timeml.h"
#include "ui.h"

namespace ledeline::app {

void draw_timeline(DocumentView& view) {
  const std::vector<Mark>& marks = view.marks().marks();
  const std::vector<DocumentView::DatedMark>& dated = view.dated_marks();
  if (dated.empty()) return;
  const std::string header = "Timeline (" + std::to_string(dated.size()) + " dates)###timeline";
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;

  const std::optional<CivilDate> reference = creation_date(view.document());
  const int64_t reference_day = reference ? days_from_civil(*reference) : dated.front().day;
  const int64_t first = std::min(dated.front().day, reference_day);
  const int64_t last = std::max({dated.back().day, reference_day, first + 1});
  const float line = ImGui::GetTextLineHeight();
  const float radius = line * 0.28f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - 2 * radius;
  const float axis_y = at.y + line * 2.2f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddLine(ImVec2(at.x, axis_y), ImVec2(at.x + width + 2 * radius, axis_y), ImGui::GetColorU32(ImGuiCol_TextDisabled));
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const auto x_of = [&](int64_t day) {
    return at.x + radius + width * static_cast<float>(day - first) / static_cast<float>(last - first);
  };
  bool reference_hovered = false;
  if (reference) {
    const float x = x_of(reference_day);
    draw->AddLine(ImVec2(x, axis_y - line * 1.8f), ImVec2(x, axis_y + radius), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    reference_hovered = std::abs(mouse.x - x) <= radius && mouse.y >= axis_y - line * 1.8f && mouse.y <= axis_y + radius;
  }
  const ImU32 color = kind_color("time");
  float previous_x = -1;
  int stacked = 0;
  int32_t hovered = -1;
  for (const DocumentView::DatedMark& d : dated) {
    const float x = x_of(d.day);
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
  ImGui::TextDisabled("%s", to_iso(civil_from_days(std::max(dated.back().day, reference_day))).c_str());
  if (area_hovered && hovered < 0 && reference_hovered) {
    ImGui::SetTooltip("reference date %s", to_iso(*reference).c_str());
  }
  if (area_hovered && hovered >= 0) {
    ImGui::BeginTooltip();
    draw_mark_details(view, marks[hovered]);
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) view.select(hovered, true);
  }
}

}  // namespace ledeline::app
