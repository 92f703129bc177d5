// The panels of the application window. Each draws into the current ImGui window or child.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "document_view.h"
#include "workspace.h"

namespace ledeline::app {

// The kinds keys 1 to 9 give the selected annotation.
inline constexpr std::array<std::string_view, 9> kKindKeys = {"person", "org",      "place", "facility", "group",
                                                              "misc",   "time",     "quantity", "quote"};

// Keyboard commands, queued by the platform layer as keys go down: ImGui 1.86 polls key states once a
// frame and would miss a press shorter than a frame. Typed characters (1-9, ?) come through ImGui's
// own character queue.
enum class Command : uint8_t { kUndo, kRedo, kDelete, kClearSelection, kCopy };

// The whole window: a bar on top, the article on the left, the side panel on the right; the keyboard
// commands and shortcuts; the help window.
void draw_workspace(Workspace& workspace, const std::vector<Command>& commands);

// The keyboard shortcuts, one row each.
void draw_help_window(bool* open);

// The documents of the workspace with their state; clicking one shows it.
void draw_document_list(Workspace& workspace);

// The article text, wrapped, with its marks highlighted; hover explains a mark, click selects it.
void draw_article(DocumentView& view);

// The selection's details with its editable values, the metadata card with its reference date, the
// legend, the entity panels and the list of marks, of a shown document. True when a correction was made.
bool draw_side_panel(Workspace& workspace, WorkspaceEntry& entry);

// People, organizations, places and other names with their mention counts, each entry mergeable into
// another; quotes by speaker. True when entries were merged.
bool draw_entities(DocumentView& view);

// The article's dates on a time axis.
void draw_timeline(DocumentView& view);

// What a mark is, where it came from and which rule made it (tooltips, details).
void draw_mark_details(const DocumentView& view, const Mark& mark);

// Where a control was drawn this frame (screen pixels), by name: the page's test hook reads them to press
// a button or type into a field.
struct DrawnControl {
  std::string name;
  float x, y, width, height;
};
// Records the last item drawn as `name`.
void record_control(std::string name);
const std::vector<DrawnControl>& drawn_controls();

// A short single-line excerpt of a text: white space folded, cut at a character boundary.
std::string excerpt(std::string_view text, size_t max_bytes);

}  // namespace ledeline::app
