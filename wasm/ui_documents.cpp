// The document list: every dropped or restored file with its state; a failed one says why.

#include "imgui.h"
#include "ui.h"

namespace ledeline::app {

void draw_document_list(Workspace& workspace) {
  const WorkspaceEntry* active = workspace.active();
  for (const WorkspaceEntry& entry : workspace.entries()) {
    ImGui::PushID(static_cast<int>(entry.id));
    switch (entry.state) {
      case DocumentState::kReady: {
        if (ImGui::Selectable(entry.name.c_str(), &entry == active)) workspace.activate(entry.id);
        record_control("document:" + std::to_string(entry.id));
        ImGui::SameLine();
        ImGui::TextDisabled("%zu annotations", entry.view->document().annotations.size());
        break;
      }
      case DocumentState::kAnnotating:
        ImGui::TextDisabled("%s: annotating...", entry.name.c_str());
        break;
      case DocumentState::kFailed:
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s", entry.name.c_str());
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s", entry.message.c_str());
        ImGui::PopTextWrapPos();
        break;
    }
    ImGui::PopID();
  }
  if (workspace.batch_done() < workspace.batch_total()) {
    const std::string label = std::to_string(workspace.batch_done()) + " of " +
                              std::to_string(workspace.batch_total()) + " annotated";
    ImGui::ProgressBar(static_cast<float>(workspace.batch_done()) / static_cast<float>(workspace.batch_total()),
                       ImVec2(-1, 0), label.c_str());
  }
}

}  // namespace ledeline::app
