#include "kind_palette.h"

#include <cstdint>

namespace ledeline::app {

namespace {

struct KindColor {
  std::string_view kind;
  ImU32 color;
};

// Kinds of the schema, in hues far enough apart to tell them apart on a dark background.
constexpr KindColor kKindColors[] = {
    {"person", IM_COL32(236, 112, 99, 255)},    {"org", IM_COL32(93, 173, 226, 255)},
    {"place", IM_COL32(88, 214, 141, 255)},     {"facility", IM_COL32(72, 201, 176, 255)},
    {"group", IM_COL32(175, 122, 197, 255)},    {"misc", IM_COL32(171, 178, 185, 255)},
    {"time", IM_COL32(244, 208, 63, 255)},      {"quantity", IM_COL32(235, 152, 78, 255)},
    {"quote", IM_COL32(133, 146, 158, 255)},    {"role", IM_COL32(240, 128, 180, 255)},
    {"dateline", IM_COL32(130, 224, 170, 255)}, {"meta.title", IM_COL32(120, 144, 230, 255)},
    {"meta.published", IM_COL32(230, 190, 90, 255)}, {"meta.site", IM_COL32(100, 200, 220, 255)},
};

}  // namespace

ImU32 with_alpha(ImU32 color, unsigned alpha) {
  return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha & 0xFF) << IM_COL32_A_SHIFT);
}

ImU32 kind_color(std::string_view kind) {
  for (const KindColor& k : kKindColors) {
    if (k.kind == kind) return k.color;
  }
  // A kind without a colour of its own (added later, or another metadata field): a stable hue from
  // its name, FNV-1a, so that it looks the same on every visit.
  uint32_t hash = 2166136261u;
  for (char c : kind) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  float r, g, b;
  ImGui::ColorConvertHSVtoRGB(static_cast<float>(hash % 360) / 360.0f, 0.55f, 0.9f, r, g, b);
  return IM_COL32(static_cast<int>(r * 255), static_cast<int>(g * 255), static_cast<int>(b * 255), 255);
}

}  // namespace ledeline::app
