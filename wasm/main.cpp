// The ImGui application the page shows: a GLFW window over the page's <canvas id="canvas">, Dear ImGui
// on WebGL2, and the exports the page's JavaScript calls. Platform code after Dear ImGui's
// example_glfw_opengl3, with Emscripten's built-in GLFW and emscripten_set_main_loop.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <nlohmann/json.hpp>

#include "c_string.h"
#include "document_binary.h"
#include "embedded_font.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "ledeline/calendar.h"
#include "ledeline/timex_text.h"
#include "ui.h"
#include "workspace.h"

namespace {

// [SECTION] State of the application (Emscripten's main loop keeps no stack frame between frames)

struct App {
  GLFWwindow* window = nullptr;
  int width = 0, height = 0;  // of the canvas's backing store, in device pixels
  float pixel_ratio = 0;      // the devicePixelRatio the font and style were built for
  ImGuiStyle unscaled_style;
  ledeline::app::Workspace workspace;
  std::vector<ledeline::app::Command> commands;  // from the keyboard since the last frame
  int frames_to_draw = 0;  // see the section on idle frames
  double mouse_x = -1, mouse_y = -1;
};
App g_app;

// Nothing on screen changes without input, a resize or a new document: an idle page draws nothing and
// costs no CPU. Any of those draws a few frames (ImGui settles hover and layout over two or three).
void request_frames() { g_app.frames_to_draw = 4; }

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
// (set by fit_canvas), the font is rasterised at that scale and the style sizes scaled with it.
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

// The canvas's backing store is set here rather than by glfwSetWindowSize, which asks for fullscreen
// whenever the size equals the screen's. Emscripten's GLFW reports the mouse in backing-store pixels.
void fit_canvas() {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
  const float pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int width = std::max(1, static_cast<int>(std::lround(css_width * pixel_ratio)));
  const int height = std::max(1, static_cast<int>(std::lround(css_height * pixel_ratio)));
  if (width != g_app.width || height != g_app.height) {
    emscripten_set_canvas_element_size(kCanvas, width, height);
    g_app.width = width;
    g_app.height = height;
    request_frames();  // a new size clears the canvas
  }
  if (pixel_ratio != g_app.pixel_ratio) build_font_and_style(pixel_ratio);
}

// [SECTION] Mouse cursor
// Emscripten 3.1.6's GLFW has no cursor shapes, and the backend's glfwSetInputMode(GLFW_CURSOR_NORMAL)
// each frame would call exitPointerLock() each frame: the canvas's CSS cursor is set here instead.

EM_JS(void, set_canvas_cursor, (const char* css), { Module['canvas'].style.cursor = UTF8ToString(css); });

void update_cursor() {
  static ImGuiMouseCursor shown = ImGuiMouseCursor_COUNT;
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor == shown) return;
  shown = cursor;
  switch (cursor) {
    case ImGuiMouseCursor_None: set_canvas_cursor("none"); break;
    case ImGuiMouseCursor_TextInput: set_canvas_cursor("text"); break;
    case ImGuiMouseCursor_ResizeAll: set_canvas_cursor("move"); break;
    case ImGuiMouseCursor_ResizeNS: set_canvas_cursor("ns-resize"); break;
    case ImGuiMouseCursor_ResizeEW: set_canvas_cursor("ew-resize"); break;
    case ImGuiMouseCursor_ResizeNESW: set_canvas_cursor("nesw-resize"); break;
    case ImGuiMouseCursor_ResizeNWSE: set_canvas_cursor("nwse-resize"); break;
    case ImGuiMouseCursor_Hand: set_canvas_cursor("pointer"); break;
    case ImGuiMouseCursor_NotAllowed: set_canvas_cursor("not-allowed"); break;
    default: set_canvas_cursor("default"); break;
  }
}

// [SECTION] Clipboard
// Emscripten 3.1.6's GLFW keeps its clipboard to itself: copies go to the system's through the browser
// (the key press that asked for them is recent enough to allow it).

EM_JS(void, write_clipboard, (const char* text), {
  if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
});

void set_clipboard_text(void*, const char* text) { write_clipboard(text); }

// [SECTION] Idle frames (see request_frames)

void on_mouse_button(GLFWwindow*, int, int, int) { request_frames(); }
void on_key(GLFWwindow*, int key, int, int action, int mods) {
  request_frames();
  if (action == GLFW_RELEASE) return;
  using ledeline::app::Command;
  const bool ctrl = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0;
  if (ctrl && key == GLFW_KEY_Z) g_app.commands.push_back((mods & GLFW_MOD_SHIFT) ? Command::kRedo : Command::kUndo);
  else if (ctrl && key == GLFW_KEY_Y) g_app.commands.push_back(Command::kRedo);
  else if (ctrl && key == GLFW_KEY_C) g_app.commands.push_back(Command::kCopy);
  else if (key == GLFW_KEY_DELETE || key == GLFW_KEY_BACKSPACE) g_app.commands.push_back(Command::kDelete);
  else if (key == GLFW_KEY_ESCAPE) g_app.commands.push_back(Command::kClearSelection);
}
void on_char(GLFWwindow*, unsigned int) { request_frames(); }
void on_cursor_enter(GLFWwindow*, int) { request_frames(); }

// [SECTION] Mouse wheel
// Emscripten 3.1.6's GLFW passes the browser's deltaY as it is: down for up, and a hundred pixels for one
// notch. The wheel is read from the browser's event instead, in notches, up positive as ImGui wants.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
  const double per_notch = event->deltaMode == DOM_DELTA_PIXEL ? 100 : event->deltaMode == DOM_DELTA_LINE ? 3 : 1;
  ImGui::GetIO().MouseWheel -= static_cast<float>(event->deltaY / per_notch);
  request_frames();
  return EM_TRUE;  // the page itself does not scroll
}

// Installed before the ImGui backend, which chains to them.
void install_input_callbacks(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, on_mouse_button);
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
  glfwSetCursorEnterCallback(window, on_cursor_enter);
}

// False when the frame can be skipped.
bool frame_needed() {
  double x = 0, y = 0;
  glfwGetCursorPos(g_app.window, &x, &y);  // ImGui 1.86's GLFW backend polls the mouse: no callback
  if (x != g_app.mouse_x || y != g_app.mouse_y) request_frames();
  g_app.mouse_x = x;
  g_app.mouse_y = y;
  if (g_app.frames_to_draw == 0) return false;
  --g_app.frames_to_draw;
  return true;
}

// [SECTION] Telling the page
// The page (web/app.js) saves documents and corrections in IndexedDB and downloads exports; it passes
// these handlers to createLedelineApp, which makes them members of Module.

EM_JS(void, notify_document_changed, (uint32_t id), { Module['onDocumentChanged'](id); });
EM_JS(void, notify_active_changed, (uint32_t id), { Module['onActiveChanged'](id); });
EM_JS(void, notify_workspace_cleared, (), { Module['onWorkspaceCleared'](); });
EM_JS(void, notify_export_requested, (uint32_t id, const char* format), {
  Module['onExportRequested'](id, UTF8ToString(format));
});
EM_JS(void, notify_open_requested, (), { Module['onOpenRequested'](); });
EM_JS(void, notify_retime_requested, (uint32_t id, const char* dct), {
  Module['onRetimeRequested'](id, UTF8ToString(dct));
});

EM_JS(void, notify_time_suggestion_wanted, (uint32_t id, uint32_t start, uint32_t end, const char* text, const char* dct), {
  Module['onTimeSuggestionWanted'](id, start, end, UTF8ToString(text), UTF8ToString(dct));
});

void notify_page() {
  ledeline::app::Workspace::Notifications n = g_app.workspace.take_notifications();
  if (n.cleared) notify_workspace_cleared();
  for (uint32_t id : n.changed) notify_document_changed(id);
  if (n.active_changed) {
    const ledeline::app::WorkspaceEntry* active = g_app.workspace.active();
    notify_active_changed(active ? active->id : 0);
  }
  if (n.export_id) notify_export_requested(n.export_id, n.export_format.c_str());
  if (n.open) notify_open_requested();
  if (n.retime_id) notify_retime_requested(n.retime_id, n.retime_dct.c_str());
  for (const auto& t : n.time_suggestions)
    notify_time_suggestion_wanted(t.id, t.span.start, t.span.end, t.text.c_str(), t.dct.c_str());
}

// [SECTION] Main loop

void frame() {
  fit_canvas();
  glfwPollEvents();
  if (!frame_needed()) return;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(g_app.width), static_cast<float>(g_app.height));  // see fit_canvas
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  ledeline::app::draw_workspace(g_app.workspace, g_app.commands);
  g_app.commands.clear();
  update_cursor();
  notify_page();
  ImGui::Render();
  glViewport(0, 0, g_app.width, g_app.height);
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
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // see update_cursor
  ImGui::StyleColorsLight();
  g_app.unscaled_style = ImGui::GetStyle();
  install_input_callbacks(g_app.window);
  ImGui_ImplGlfw_InitForOpenGL(g_app.window, true);
  glfwSetScrollCallback(g_app.window, nullptr);  // see on_wheel
  emscripten_set_wheel_callback(kCanvas, nullptr, true, on_wheel);
  ImGui::GetIO().SetClipboardTextFn = set_clipboard_text;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  fit_canvas();
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}

// [SECTION] Exports the page calls

extern "C" {

// A document the page is reading or annotating; returns its id for the calls below.
EMSCRIPTEN_KEEPALIVE uint32_t ledeline_app_add(const char* name) {
  request_frames();
  return g_app.workspace.add(name ? name : "");
}

// The document could not be read or annotated: the list shows `message` (or, when its times were being
// resolved again, the metadata card does, and the document stays as it was).
EMSCRIPTEN_KEEPALIVE void ledeline_app_fail(uint32_t id, const char* message) {
  request_frames();
  g_app.workspace.fail(id, message ? message : "");
}

// The document's view form (document_binary.h) arrived from the worker: shows it. Returns nullptr, or the
// reason it cannot be shown (JavaScript frees it).
EMSCRIPTEN_KEEPALIVE char* ledeline_app_load(uint32_t id, const char* view_form, size_t size) {
  request_frames();
  const std::string error = g_app.workspace.load(id, std::string_view(view_form, size));
  return error.empty() ? nullptr : ledeline::to_c_string(error);
}

// The view form of document `id` with its times resolved against the reference date a person set (see
// Workspace::request_retime): shows it in place of the old. Returns nullptr, or the reason it cannot be
// shown (JavaScript frees it); ledeline_app_fail reports a retime that failed.
EMSCRIPTEN_KEEPALIVE char* ledeline_app_replace(uint32_t id, const char* view_form, size_t size) {
  request_frames();
  const std::string error = g_app.workspace.replace(id, std::string_view(view_form, size));
  return error.empty() ? nullptr : ledeline::to_c_string(error);
}

// The worker's reading of a time a person marked in document `id` over [start, end) (see
// Workspace::request_time_suggestion): `time` is its JSON {rule, attrs: {...}} (ledeline_suggest_time).
EMSCRIPTEN_KEEPALIVE void ledeline_app_suggest_time(uint32_t id, uint32_t start, uint32_t end, const char* time) {
  request_frames();
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(time ? time : "", nullptr, false);
  if (!j.is_object() || !j.contains("attrs") || !j["attrs"].is_object() || !j.contains("rule") || !j["rule"].is_string())
    return;
  ledeline::Attributes attrs;
  for (const auto& [key, value] : j["attrs"].items()) {
    if (value.is_string()) attrs.set(key, value.get<std::string>());
  }
  g_app.workspace.suggest_time(id, ledeline::Span{start, end}, attrs, j["rule"].get<std::string>());
}

// Document `id` as corrected, in its view form (document_binary.h; JSON would take a 1 MB article's
// main thread a quarter of a second at every correction); its size goes to `size`. Null when it is not
// shown. JavaScript frees it.
EMSCRIPTEN_KEEPALIVE char* ledeline_app_corrected(uint32_t id, uint32_t* size) {
  const ledeline::app::WorkspaceEntry* entry = g_app.workspace.find(id);
  if (!entry || !entry->view) return nullptr;
  const std::string bytes = ledeline::app::write_document_binary(entry->view->document());
  *size = static_cast<uint32_t>(bytes.size());
  char* out = static_cast<char*>(std::malloc(bytes.size()));
  std::memcpy(out, bytes.data(), bytes.size());
  return out;
}

// Shows document `id` (restoring the page's last state).
EMSCRIPTEN_KEEPALIVE void ledeline_app_activate(uint32_t id) {
  request_frames();
  g_app.workspace.activate(id);
}

// What the page shows, for its test hook: the shown document {id, name, annotations, marks, lines, dct,
// selected, visible_marks, controls} (name null when none) and the list of documents [{id, name, state,
// message, retiming, annotations, entities}].
EMSCRIPTEN_KEEPALIVE char* ledeline_app_current() {
  using ledeline::app::DocumentState;
  nlohmann::ordered_json j;
  const ledeline::app::WorkspaceEntry* active = g_app.workspace.active();
  if (active && active->view) {
    j["id"] = active->id;
    j["name"] = active->name;
    j["annotations"] = active->view->document().annotations.size();
    j["marks"] = active->view->marks().marks().size();
    j["lines"] = active->view->line_count();
    const std::optional<ledeline::CivilDate>& dct = active->view->document().dct;
    j["dct"] = dct ? nlohmann::ordered_json(ledeline::to_iso(*dct)) : nlohmann::ordered_json(nullptr);
    const ledeline::app::DocumentView& view = *active->view;
    const std::vector<ledeline::app::Mark>& marks = view.marks().marks();
    if (view.selected() >= 0) {
      const ledeline::app::Mark& mark = marks[view.selected()];
      const bool person = mark.annotation >= 0 &&
                          view.document().annotations[mark.annotation].origin == ledeline::Origin::kPerson;
      j["selected"] = {{"kind", mark.kind}, {"text", view.document().slice(mark.span)},
                       {"origin", person ? "person" : "rule"}};
      if (mark.annotation >= 0) {
        nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
        const ledeline::Attributes& given = view.document().annotations[mark.annotation].attrs;
        for (const auto& [key, value] : given.items()) attrs[key] = value;
        j["selected"]["attrs"] = std::move(attrs);
        if (mark.kind == "time") j["selected"]["reads_as"] = ledeline::timex_in_words(given);  // as the panel says it
      }
    } else {
      j["selected"] = nullptr;
    }
    // Where visible marks are, in CSS pixels of the canvas, so that a test can point at one.
    nlohmann::ordered_json visible = nlohmann::ordered_json::array();
    for (const ledeline::app::DocumentView::MarkRect& r : view.drawn_marks()) {
      const ledeline::app::Mark& mark = marks[r.mark];
      visible.push_back({{"mark", r.mark}, {"kind", mark.kind}, {"text", view.document().slice(mark.span)},
                         {"x", r.x / g_app.pixel_ratio}, {"y", r.y / g_app.pixel_ratio},
                         {"width", r.width / g_app.pixel_ratio}, {"height", r.height / g_app.pixel_ratio}});
    }
    j["visible_marks"] = std::move(visible);
    nlohmann::ordered_json controls = nlohmann::ordered_json::object();
    for (const ledeline::app::DrawnControl& c : ledeline::app::drawn_controls()) {
      controls[c.name] = {{"x", c.x / g_app.pixel_ratio}, {"y", c.y / g_app.pixel_ratio},
                          {"width", c.width / g_app.pixel_ratio}, {"height", c.height / g_app.pixel_ratio}};
    }
    j["controls"] = std::move(controls);
  } else {
    j["name"] = nullptr;
  }
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const ledeline::app::WorkspaceEntry& e : g_app.workspace.entries()) {
    const char* state = e.state == DocumentState::kReady ? "ready"
                        : e.state == DocumentState::kFailed ? "failed" : "annotating";
    documents.push_back({{"id", e.id}, {"name", e.name}, {"state", state}, {"message", e.message}, {"retiming", e.retiming},
                         {"annotations", e.view ? e.view->document().annotations.size() : 0},
                         {"entities", e.view ? e.view->document().entities.size() : 0}});
  }
  j["documents"] = std::move(documents);
  return ledeline::to_c_string(j.dump());
}

}  // extern "C"
