// The application window: fills the canvas; a bar naming the document, then the article and the side
// panel (documents, metadata, legend, marks).
#include <algorithm>

#include "imgui.h"
#include "ui.h"

namespace ledeline::app {

void draw_workspace(Workspace& workspace) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Ledeline", nullptr, flags);
  ImGui::TextUnformatted("Ledeline");
  WorkspaceEntry* active = workspace.active();
  DocumentView* view = active ? active->view.get() : nullptr;
  if (view) {
    const Document& doc = view->document();
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    ImGui::TextUnformatted(active->name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%zu annotations, %zu bytes", doc.annotations.size(), doc.text.size());
  }
  ImGui::SameLine();
  ImGui::TextDisabled(" Drop text files anywhere on the page to annotate them.");
  if (view) {
    for (const std::string& warning : view->document().warnings) {
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1), "%s", warning.c_str());
    }
  }

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float side_width = std::min(avail * 0.45f, std::max(avail * 0.3f, ImGui::GetFontSize() * 20));
  ImGui::BeginChild("article", ImVec2(avail - side_width - spacing, 0), true,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar);
  if (view) draw_article(*view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("side panel", ImVec2(0, 0), true);
  const std::string documents_header = "Documents (" + std::to_string(workspace.entries().size()) + ")###documents";
  if (ImGui::CollapsingHeader(documents_header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) draw_document_list(workspace);
  if (view) draw_side_panel(*view);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace ledeline::app
