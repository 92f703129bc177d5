// The entity panels: people, organizations, places and the other names, one row per entity entry with
// its mention count (a click shows the next mention), and the quotes grouped by speaker.
#include <algorithm>
#include <map>

#include "imgui.h"
#include "kind_palette.h"
#include "ui.h"

namespace ledeline::app {

namespace {

struct EntityGroup {
  const char* title;
  std::string_view kinds[3];
};

constexpr EntityGroup kEntityGroups[] = {
    {"People", {"person"}},
    {"Organizations", {"org"}},
    {"Places", {"place", "facility"}},
    {"Other names", {"group", "misc"}},
};

bool in_group(const EntityGroup& group, const std::string& kind) {
  return std::find(std::begin(group.kinds), std::end(group.kinds), kind) != std::end(group.kinds);
}

void draw_entity_group(DocumentView& view, const EntityGroup& group) {
  const std::vector<EntityEntry>& entities = view.document().entities;
  size_t count = 0;
  for (const EntityEntry& e : entities) count += in_group(group, e.kind) ? 1 : 0;
  if (count == 0) return;
  const std::string header = std::string(group.title) + " (" + std::to_string(count) + ")###" + group.title;
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  for (size_t i = 0; i < entities.size(); ++i) {
    const EntityEntry& e = entities[i];
    if (!in_group(group, e.kind)) continue;
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float chip = ImGui::GetFontSize() * 0.5f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + chip / 2, at.y + ImGui::GetTextLineHeight() / 2),
                                                chip / 2, kind_color(e.kind));
    ImGui::Dummy(ImVec2(chip, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    if (ImGui::Selectable(e.name.c_str())) view.show_next_mention(i);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: click for the next of its %zu mentions", e.kind.c_str(), e.mentions.size());
    ImGui::SameLine();
    ImGui::TextDisabled("%zu", e.mentions.size());
    for (const std::string& role : e.roles) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", role.c_str());
    }
    ImGui::PopID();
  }
}

// Quotes under their speaker (attribute `speaker`), speakers by name; unattributed quotes last.
void draw_quotes_by_speaker(DocumentView& view) {
  const std::vector<Mark>& marks = view.marks().marks();
  const Document& doc = view.document();
  std::map<std::string, std::vector<int32_t>> by_speaker;  // ordered: the same on every build
  std::vector<int32_t> unattributed;
  for (size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].kind != "quote" || marks[i].annotation < 0) continue;
    const std::string* speaker = doc.annotations[marks[i].annotation].attrs.find("speaker");
    if (speaker && !speaker->empty()) by_speaker[*speaker].push_back(static_cast<int32_t>(i));
    else unattributed.push_back(static_cast<int32_t>(i));
  }
  if (by_speaker.empty() && unattributed.empty()) return;
  if (!ImGui::CollapsingHeader("Quotes by speaker", ImGuiTreeNodeFlags_DefaultOpen)) return;
  auto speaker_node = [&](const std::string& speaker, const std::vector<int32_t>& quotes) {
    const std::string label = speaker + " (" + std::to_string(quotes.size()) + ")";
    if (!ImGui::TreeNode(label.c_str())) return;
    for (int32_t mark : quotes) {
      ImGui::PushID(mark);
      const std::string text = excerpt(doc.slice(marks[mark].span), 90);
      if (ImGui::Selectable(text.c_str(), view.selected() == mark)) view.select(mark, true);
      ImGui::PopID();
    }
    ImGui::TreePop();
  };
  for (const auto& [speaker, quotes] : by_speaker) speaker_node(speaker, quotes);
  if (!unattributed.empty()) speaker_node("no speaker found", unattributed);
}

}  // namespace

void draw_entities(DocumentView& view) {
  for (const EntityGroup& group : kEntityGroups) draw_entity_group(view, group);
  draw_quotes_by_speaker(view);
}

}  // namespace ledeline::app
