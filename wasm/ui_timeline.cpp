// The timeline: the article's dates (time annotations whose value names a day, a month or a year) as
// points on one axis from the earliest to the latest; hovering names a point, a click selects it.
#include <algorithm>
#include <cmath>
#include <optional>

#include "imgui.h"
#include "kind_palette.h"
#include "ledeline/calendar.h"
#include "ui.h"

namespace ledeline::app {

namespace {

// The first day a TimeML value names ("2020-01-25", "2020-01-25T20:45", "2020-01", "2020"), in days since
// 1970-01-01; nothing for weeks, durations, sets and the like.
std::optional<long> first_day(std::string_view value) {
  auto number = [&](size_t at, size_t digits, int& out) {
    if (value.size() < at + digits) return false;
    out = 0;
    for (size_t i = at; i < at + digits; ++i) {
      if (value[i] < '0' || value[i] > '9') return false;
      out = out * 10 + (value[i] - '0');
    }
    return true;
  };
  CivilDate date{0, 1, 1};
  if (!number(0, 4, date.year)) return std::nullopt;
  if (value.size() > 4 && (value[4] != '-' || !number(5, 2, date.month))) return std::nullopt;
  if (value.size() > 7 && (value[7] != '-' || !number(8, 2, date.day))) return std::nullopt;
  if (value.size() > 10 && value[10] != 'T') return std::nullopt;
  if (!valid_date(date)) return std::nullopt;
  return days_from_civil(date);
}

struct DatedMark {
  long day;
  int32_t mark;
};

}  // namespace

void draw_timeline(DocumentView& view) {
  const std::vector<Mark>& marks = view.marks().marks();
  const Document& doc = view.document();
  std::vector<DatedMark> dated;
  for (size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].kind != "time" || marks[i].annotation < 0) continue;
    const std::string* value = doc.annotations[marks[i].annotation].attrs.find("value");
    if (!value) continue;
    if (const std::optional<long> day = first_day(*value)) dated.push_back({*day, static_cast<int32_t>(i)});
  }
  if (dated.empty()) return;
  const std::string header = "Timeline (" + std::to_string(dated.size()) + " dates)###timeline";
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;

  std::stable_sort(dated.begin(), dated.end(), [](const DatedMark& a, const DatedMark& b) { return a.day < b.day; });
  const long first = dated.front().day, last = std::max(dated.back().day, dated.front().day + 1);
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
  for (const DatedMark& d : dated) {
    const float x = at.x + radius + width * static_cast<float>(d.day - first) / static_cast<float>(last - first);
    stacked = x - previous_x < radius ? stacked + 1 : 0;  // dates too close to tell apart stack upwards
    previous_x = x;
    const ImVec2 centre(x, axis_y - radius - static_cast<float>(std::min(stacked, 3)) * 2 * radius);
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
