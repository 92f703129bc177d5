// The panels of the application window. Each draws into the current ImGui window or child.
#pragma once

#include <string>
#include <string_view>

#include "document_view.h"
#include "workspace.h"

namespace ledeline::app {

// The whole window: a bar on top, the article on the left, the side panel on the right.
void draw_workspace(Workspace& workspace);

// The documents of the workspace with their state; clicking one shows it.
void draw_document_list(Workspace& workspace);

// The article text, wrapped, with its marks highlighted; hover explains a mark, click selects it.
void draw_article(DocumentView& view);

// The metadata card, the legend and the list of marks.
void draw_side_panel(DocumentView& view);

// What a mark is, where it came from and which rule made it (tooltips, details).
void draw_mark_details(const DocumentView& view, const Mark& mark);

// A short single-line excerpt of a text: white space folded, cut at a character boundary.
std::string excerpt(std::string_view text, size_t max_bytes);

}  // namespace ledeline::app
