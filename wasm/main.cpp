// The ImGui application the page shows: a GLFW window over the page's <canvas id="canvas">, Dear ImGui
// on WebGL2, and the exports the page's JavaScript calls. Platform code after Dear ImGui's
// example_glfw_opengl3, with Emscripten's built-in GLFW and emscripten_set_main_loop.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <nlohmann/json.hpp>

#include "bridge.h"
#include "document_view.h"
#include "embedded_font.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "ui.h"

namespace {

using ledeline::app::DocumentView;

// [SECTION] State of the application (Emscripten's main loop keeps no stack frame between frames)

struct App {
  GLFWwindow* window = nullptr;
  float pixel_ratio = 0;  // the devicePixelRatio the font and style were built for
  ImGuiStyle unscaled_style;
  std::unique_ptr<DocumentView> view;
};
App g_app;

constexpr const char* kCanvas = "#canvas";
constexpr float kFontSizeCss = 16;  // CSS pixels

// Latin-1, Latin Extended-A and -B, Greek, Cyrillic, and the punctuation, currency signs and the
// replacement character news text needs. ImGui 1.86 rasterises only the ranges it is given.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek and Coptic
    0x0400, 0x052F,  // Cyrillic and its supplement
    0x2000, 0x206F,  // General Punctuation: quotes, dashes, ellipsis
    0x20A0, 0x20CF,  // Currency Symbols
    0x2100, 0x214F,  // Letterlike Symbols: numero, trade mark
    0xFFFD, 0xFFFD,  // the replacement character of bytes that were not UTF-8
    0,
};

// [SECTION] Canvas size and device pixel ratio

// The UI works in device pixels: the canvas's backing store is its CSS size times devicePixelRatio
// (GLFW's window size), the font is rasterised at that scale and the style sizes scaled with it.
void build_font_and_style(float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are a constant of the module
  config.OversampleH = pixel_ratio >= 2 ? 1 : 2;
  io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFontBytes),
                                 static_cast<int>(kEmbeddedFontSize),
                                 std::round(kFontSizeCss * pixel_ratio), &config, kGlyphRanges);
  if (g_app.pixel_ratio != 0) {  // the first frame's ImGui_ImplOpenGL3_NewFrame uploads the first atlas
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui::GetStyle() = g_app.unscaled_style;
  ImGui::GetStyle().ScaleAllSizes(pixel_ratio);
  g_app.pixel_ratio = pixel_ratio;
}

void fit_canvas() {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
  const float pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int width = std::max(1, static_cast<int>(std::lround(css_width * pixel_ratio)));
  const int height = std::max(1, static_cast<int>(std::lround(css_height * pixel_ratio)));
  int current_width = 0, current_height = 0;
  glfwGetWindowSize(g_app.window, &current_width, &current_height);
  if (width != current_width || height != current_height) glfwSetWindowSize(g_app.window, width, height);
  if (pixel_ratio != g_app.pixel_ratio) build_font_and_style(pixel_ratio);
}

// [SECTION] Main loop

void frame() {
  fit_canvas();
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ledeline::app::draw_workspace(g_app.view.get());
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(g_app.window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_app.window = glfwCreateWindow(1280, 720, "Ledeline", nullptr, nullptr);
  if (!g_app.window) return 1;
  glfwMakeContextCurrent(g_app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // no file system; the layout is fixed
  ImGui::StyleColorsLight();
  g_app.unscaled_style = ImGui::GetStyle();
  ImGui_ImplGlfw_InitForOpenGL(g_app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  fit_canvas();
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}

// [SECTION] Exports the page calls

extern "C" {

// Annotates `size` bytes named `name` and shows the document. Returns nullptr when it is shown, or the
// reason it cannot be (free it with ledeline_free); the shown document stays as it was then.
EMSCRIPTEN_KEEPALIVE char* ledeline_app_show(const uint8_t* bytes, size_t size, const char* name) {
  ledeline::Result r = ledeline::shared_pipeline().run(
      std::string_view(reinterpret_cast<const char*>(bytes), size), name ? name : "");
  if (!r.ok()) return ledeline::to_c_string(r.error);
  g_app.view = std::make_unique<DocumentView>(std::move(r.document));
  return nullptr;
}

// What the view shows, for the page's test hook: {"name", "annotations", "marks", "lines"}, or null.
EMSCRIPTEN_KEEPALIVE char* ledeline_app_current() {
  if (!g_app.view) return ledeline::to_c_string("null");
  nlohmann::ordered_json j;
  j["name"] = g_app.view->document().name;
  j["annotations"] = g_app.view->document().annotations.size();
  j["marks"] = g_app.view->marks().marks().size();
  j["lines"] = g_app.view->line_count();
  return ledeline::to_c_string(j.dump());
}

}  // extern "C"
