// The colour of each annotation kind, shared by the article view, the legend and the lists.
#pragma once

#include <string_view>

#include "imgui.h"

namespace ledeline::app {

// Opaque colour of a kind; highlights draw it with less alpha. Metadata evidence kinds are "meta.<field>".
ImU32 kind_color(std::string_view kind);

// The colour with its alpha replaced (0..255).
ImU32 with_alpha(ImU32 color, unsigned alpha);

}  // namespace ledeline::app
