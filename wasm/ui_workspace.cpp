// The application window: fills the canvas; a bar naming the document with the workspace's commands,
// then the article and the side panel (documents, metadata, legend, marks). The keyboard shortcuts act
// on the shown document.
#include <algorithm>
#include <optional>
#include <utility>

#include "imgui.h"
#include "ui.h"

namespace ledeline::app {

namespace {

std::vector<DrawnControl> g_drawn_controls;  // this frame's

// The export formats: the name the page asks the worker for, and the button's label.
constexpr std::pair<const char*, const char*> kExportFormats[] = {
    {"json", "JSON"}, {"brat", "brat"}, {"conll", "CoNLL"}, {"timeml", "TimeML"}, {"webanno", "Web Annotation"},
    {"csv", "CSV"}};

// Corrections and navigation from the keyboard (the help window lists them). True when the document
// changed; `time_to_resolve` gets the span of a time a person marked that has no value.
bool handle_shortcuts(DocumentView& view, const std::vector<Command>& commands, bool* show_help,
                      std::optional<Span>* time_to_resolve) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return false;
  bool changed = false;
  for (Command command : commands) {
    switch (command) {
      case Command::kUndo: changed |= view.undo(); break;
      case Command::kRedo: changed |= view.redo(); break;
      case Command::kDelete: changed |= view.delete_selected(); break;
      case Command::kCopy: {  // the selected text, else the selected annotation's
        Span span = view.text_selection();
        if (span.empty() && view.selected() >= 0) span = view.marks().marks()[view.selected()].span;
        if (!span.empty()) ImGui::SetClipboardText(std::string(view.document().slice(span)).c_str());
        break;
      }
      case Command::kClearSelection:
        view.select(-1, false);
        view.clear_text_selection();
        break;
    }
  }
  // Typed characters rather than key codes: the same on every keyboard layout.
  for (ImWchar c : io.InputQueueCharacters) {
    if (io.KeyCtrl) break;
    if (c >= '1' && c <= '9') {
      const std::string_view kind = kKindKeys[c - '1'];
      const bool labelled = view.text_selection().empty() ? view.relabel_selected(kind) : view.annotate_text_selection(kind);
      changed |= labelled;
      // A time marked without a value: the rules suggest one.
      if (labelled && kind == "time") *time_to_resolve = view.selected_time_without_value();
    }
    if (c == '?') *show_help = !*show_help;
  }
  return changed;
}

void draw_top_bar(Workspace& workspace, WorkspaceEntry* active, bool* show_help) {
  ImGui::TextUnformatted("Ledeline");
  DocumentView* view = active ? active->view.get() : nullptr;
  if (view) {
    const Document& doc = view->document();
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    ImGui::TextUnformatted(active->name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%zu annotations, %zu bytes", doc.annotations.size(), doc.text.size());
    ImGui::SameLine();
    ImGui::TextDisabled("Export:");
    for (const auto& [format, label] : kExportFormats) {
      ImGui::SameLine();
      if (ImGui::SmallButton(label)) workspace.request_export(active->id, format);
      record_control(std::string("export.") + format);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!view->can_undo());
    if (ImGui::SmallButton("Undo") && view->undo()) workspace.document_changed(active->id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!view->can_redo());
    if (ImGui::SmallButton("Redo") && view->redo()) workspace.document_changed(active->id);
    ImGui::EndDisabled();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Open or import...")) workspace.request_open();
  record_control("open");
  ImGui::SameLine();
  if (ImGui::SmallButton("Help (?)")) *show_help = !*show_help;
  ImGui::SameLine();
  ImGui::TextDisabled("Drop files anywhere on the page, or paste text, to annotate them; drop a JSON export to import it.");
  if (view) {
    for (const std::string& warning : view->document().warnings) {
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1), "%s", warning.c_str());
    }
  }
}

// The documents section with its clear command, confirmed first: clearing forgets what the browser saved.
void draw_documents_section(Workspace& workspace) {
  const std::string header = "Documents (" + std::to_string(workspace.entries().size()) + ")###documents";
  if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
  draw_document_list(workspace);
  if (!workspace.entries().empty() && ImGui::SmallButton("Clear workspace...")) ImGui::OpenPopup("Clear workspace?");
  if (ImGui::BeginPopupModal("Clear workspace?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted("Forget every document and correction kept in this browser?");
    if (ImGui::Button("Clear")) {
      workspace.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace

void record_control(std::string name) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  g_drawn_controls.push_back({std::move(name), min.x, min.y, max.x - min.x, max.y - min.y});
}

const std::vector<DrawnControl>& drawn_controls() { return g_drawn_controls; }

void draw_help_window(bool* open) {
  if (!*open) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin("Keyboard shortcuts", open,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    auto row = [](const char* keys, const char* what) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(keys);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(what);
    };
    row("click", "select the annotation under the mouse");
    row("drag", "select text, to annotate it with 1-9");
    for (size_t i = 0; i < kKindKeys.size(); ++i) {
      const std::string keys(1, static_cast<char>('1' + i));
      const std::string what = "annotate the selected text, or relabel the selected annotation, as " +
                               std::string(kKindKeys[i]) + (kKindKeys[i] == "time" ? " (the rules suggest its value)" : "");
      row(keys.c_str(), what.c_str());
    }
    row("Del, Backspace", "delete the selected annotation");
    row("Ctrl+C", "copy the selected text, or the selected annotation's");
    row("Esc", "clear the selections");
    row("Ctrl+Z", "undo");
    row("Ctrl+Shift+Z, Ctrl+Y", "redo");
    row("Enter", "in a value or speaker field of the selection: set it");
    row("?", "show or hide this window");
    ImGui::EndTable();
  }
  ImGui::TextDisabled("Corrections are marked as made by a person and saved in this browser. Merge two entries in\n"
                      "the people, organizations or places lists with their merge buttons.");
  ImGui::End();
}

void draw_workspace(Workspace& workspace, const std::vector<Command>& commands) {
  static bool show_help = false;
  g_drawn_controls.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Ledeline", nullptr, flags);
  WorkspaceEntry* active = workspace.active();
  DocumentView* view = active ? active->view.get() : nullptr;
  std::optional<Span> time_to_resolve;
  if (view && handle_shortcuts(*view, commands, &show_help, &time_to_resolve)) workspace.document_changed(active->id);
  if (time_to_resolve) workspace.request_time_suggestion(active->id, *time_to_resolve);
  draw_top_bar(workspace, active, &show_help);

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float side_width = std::min(avail * 0.45f, std::max(avail * 0.3f, ImGui::GetFontSize() * 20));
  ImGui::BeginChild("article", ImVec2(avail - side_width - spacing, 0), true,
                    ImGuiWindowFlags_AlwaysVerticalScrollbar);
  if (view) draw_article(*view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("side panel", ImVec2(0, 0), true);
  draw_documents_section(workspace);
  if (view && workspace.active() == active && draw_side_panel(workspace, *active)) {  // not when just cleared
    workspace.document_changed(active->id);
  }
  ImGui::EndChild();
  ImGui::End();
  draw_help_window(&show_help);
}

}  // namespace ledeline::app
