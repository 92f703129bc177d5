// The entity panels: people, organizations, places and the other names, one row per entity entry with
// its mention count (a click shows the next mention) and merge buttons (merge... on one entry, then into
// this on the entry it joins), and the quotes grouped by speaker.
#include <algorithm>

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

// The merge buttons of entry `i`; true when it took another entry in (the entries changed).
bool draw_merge_buttons(DocumentView& view, int i, int* merge_from) {
  const EntityEntry& e = view.document().entities[i];
  const std::string id = e.kind + ":" + e.name;
  ImGui::SameLine();
  if (*merge_from < 0) {
    if (ImGui::SmallButton("merge...")) *merge_from = i;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("then press \"into this\" on the entry it is the same as");
    record_control("merge:" + id);
  } else if (*merge_from == i) {
    if (ImGui::SmallButton("cancel merge")) *merge_from = -1;
  } else {
    const bool merge = ImGui::SmallButton("into this");
    record_control("into:" + id);
    if (merge) {
      const int from = *merge_from;
      *merge_from = -1;
      return view.merge_entities(static_cast<size_t>(from), static_cast<size_t>(i));
    }
  }
  return false;
}

// True when entries were merged.
bool draw_entity_group(DocumentView& view, const EntityGroup& group, int* merge_from) {
  const std::vector<EntityEntry>& entities = view.document().entities;
  std::vector<int> members;
  for (size_t i = 0; i < entities.size(); ++i) {
    if (in_group(group, entities[i].kind)) members.push_back(static_cast<int>(i));
  }
  if (members.empty()) return false;
  const std::string header = std::string(group.title) + " (" + std::to_string(members.size()) + ")###" + group.title;
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return false;
  ImGuiListClipper clipper;  // a long article has thousands of names
  clipper.Begin(static_cast<int>(members.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const int i = members[row];
      const EntityEntry& e = entities[i];
      ImGui::PushID(i);
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float chip = ImGui::GetFontSize() * 0.5f;
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + chip / 2, at.y + ImGui::GetTextLineHeight() / 2),
                                                  chip / 2, kind_color(e.kind));
      ImGui::Dummy(ImVec2(chip, ImGui::GetTextLineHeight()));
      ImGui::SameLine();
      // As wide as the name: a full-width row would take the clicks of the buttons after it.
      if (ImGui::Selectable(e.name.c_str(), false, 0, ImVec2(ImGui::CalcTextSize(e.name.c_str()).x, 0))) {
        view.show_next_mention(static_cast<size_t>(i));
      }
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s: click for the next of its %zu mentions", e.kind.c_str(), e.mentions.size());
      }
      ImGui::SameLine();
      ImGui::TextDisabled("%zu", e.mentions.size());
      for (const std::string& role : e.roles) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", role.c_str());
      }
      const bool merged = draw_merge_buttons(view, i, merge_from);
      ImGui::PopID();
      if (merged) return true;  // the entries and `members` are stale now
    }
  }
  return false;
}

// Quotes under their speaker (attribute `speaker`), speakers by name; quotes without one last.
void draw_quotes_by_speaker(DocumentView& view) {
  const std::vector<DocumentView::SpeakerQuotes>& groups = view.quotes_by_speaker();
  if (groups.empty() || !ImGui::CollapsingHeader("Quotes by speaker", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const std::vector<Mark>& marks = view.marks().marks();
  for (const DocumentView::SpeakerQuotes& group : groups) {
    const std::string label =
        (group.speaker.empty() ? std::string("no speaker found") : group.speaker) + " (" + std::to_string(group.marks.size()) + ")";
    if (!ImGui::TreeNode(label.c_str())) continue;
    for (int32_t mark : group.marks) {
      ImGui::PushID(mark);
      const std::string text = excerpt(view.document().slice(marks[mark].span), 90);
      if (ImGui::Selectable(text.c_str(), view.selected() == mark)) view.select(mark, true);
      ImGui::PopID();
    }
    ImGui::TreePop();
  }
}

}  // namespace

bool draw_entities(DocumentView& view) {
  // The entry chosen to merge, of the view it was chosen in.
  static int merge_from = -1;
  static const DocumentView* merge_view = nullptr;
  if (merge_view != &view) merge_from = -1;
  merge_view = &view;
  for (const EntityGroup& group : kEntityGroups) {
    if (draw_entity_group(view, group, &merge_from)) return true;
  }
  draw_quotes_by_speaker(view);
  return false;
}

}  // namespace ledeline::app
