// The side panel: the metadata card, the legend (a toggle and a count per kind) and the list of marks.
// Clicking a metadata value or a listed mark selects it and scrolls the article to it.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <iterator>

#include "imgui.h"
#include "kind_palette.h"
#include "ledeline/calendar.h"
#include "ledeline/timeml.h"
#include "ledeline/timex_text.h"
#include "ui.h"
#include "utf8.h"

namespace ledeline::app {

namespace {

// A square of a kind's colour, centred on a row of `row_height` (a line of text by default).
void color_chip(ImU32 color, float row_height = ImGui::GetTextLineHeight()) {
  const float size = ImGui::GetFontSize() * 0.8f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float pad = (row_height - size) / 2;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size), color,
                                            size / 4);
  ImGui::Dummy(ImVec2(size, row_height));
  ImGui::SameLine();
}

// One row of the metadata card: the field, its value, and a click that shows where it was read.
void metadata_row(DocumentView& view, const char* field, const std::string& kind, const MetaValue* value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", field);
  ImGui::TableNextColumn();
  if (!value || !value->present()) {
    ImGui::TextDisabled("-");
    return;
  }
  const int32_t mark = view.evidence_mark(*value);
  if (mark < 0) {
    ImGui::TextWrapped("%s", value->value.c_str());
    return;
  }
  color_chip(kind_color(kind));
  ImGui::TextWrapped("%s", value->value.c_str());  // a Selectable would not wrap a long title
  if (ImGui::IsItemClicked()) view.select(mark, true);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    draw_mark_details(view, view.marks().marks()[mark]);
    ImGui::EndTooltip();
  }
}

// The date the times were resolved against, and a field where a person sets another: a pasted text or
// a page with no publication date leaves "Friday" or "last year" open until they do.
void reference_date_row(Workspace& workspace, WorkspaceEntry& entry) {
  static char typed[16];
  static bool editing = false;
  const Document& doc = entry.view->document();
  const std::optional<CivilDate> reference = creation_date(doc);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("reference date");
  ImGui::TableNextColumn();
  if (!editing) {
    const std::string shown = doc.dct ? to_iso(*doc.dct) : "";
    std::snprintf(typed, sizeof typed, "%s", shown.c_str());
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const bool entered = ImGui::InputTextWithHint("##reference date", reference ? to_iso(*reference).c_str() : "YYYY-MM-DD",
                                                typed, sizeof typed,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  editing = ImGui::IsItemActive();
  record_control("reference_date");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("The date \"today\", \"Friday\" and \"last year\" count from. Type YYYY-MM-DD and press Enter to\n"
                      "resolve the times again (your own time corrections stay); empty: the publication date.");
  }
  ImGui::SameLine();
  if (entry.retiming) {
    ImGui::TextDisabled("resolving...");
  } else if (doc.dct) {
    ImGui::TextDisabled("set by you");
  } else {
    ImGui::TextDisabled(reference ? "published" : "none: times left open");
  }
  if (entered) {
    const std::string_view date(typed);
    entry.message.clear();
    if (!date.empty() && !parse_iso_date(date)) {
      entry.message = "not a date: type YYYY-MM-DD";
    } else if (date != (doc.dct ? to_iso(*doc.dct) : "")) {
      workspace.request_retime(entry.id, std::string(date));
    }
  }
  if (!entry.message.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s", entry.message.c_str());
}

void draw_metadata_card(Workspace& workspace, WorkspaceEntry& entry) {
  DocumentView& view = *entry.view;
  const Metadata& meta = view.document().metadata;
  if (!ImGui::BeginTable("metadata", 2, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  metadata_row(view, "title", "meta.title", &meta.title);
  metadata_row(view, "published", "meta.published", &meta.published);
  metadata_row(view, "site", "meta.site", &meta.site);
  if (meta.authors.empty()) metadata_row(view, "authors", "meta.author", nullptr);
  for (const MetaValue& author : meta.authors) metadata_row(view, "author", "meta.author", &author);
  metadata_row(view, "language", "meta.language", &meta.language);
  if (meta.dateline) {
    metadata_row(view, "dateline", "meta.dateline", &meta.dateline->city);
    for (const MetaValue& agency : meta.dateline->agencies) metadata_row(view, "agency", "meta.agency", &agency);
    metadata_row(view, "date", "meta.dateline_date", &meta.dateline->date);
  } else {
    metadata_row(view, "dateline", "meta.dateline", nullptr);
  }
  reference_date_row(workspace, entry);
  ImGui::EndTable();
}

void draw_legend(DocumentView& view) {
  for (KindCount& k : view.kinds()) {
    color_chip(kind_color(k.kind), ImGui::GetFrameHeight());
    ImGui::Checkbox(k.kind.c_str(), &k.shown);
    ImGui::SameLine();
    ImGui::TextDisabled("%" PRIu32, k.count);
  }
  if (view.kinds().empty()) ImGui::TextDisabled("nothing marked yet");
}

// The attributes a person corrects in the selection panel: normalised values and a quote's speaker.
struct EditableField {
  std::string_view kind;
  const char* key;
};
constexpr EditableField kEditableFields[] = {{"time", "value"}, {"quantity", "value"}, {"quote", "speaker"}};

// The selected mark's details; the editable fields of an annotation are set with Enter. True when one was.
bool draw_selection(DocumentView& view) {
  static char buffers[std::size(kEditableFields)][512];
  static bool editing[std::size(kEditableFields)] = {};
  if (view.selected() < 0 || !ImGui::CollapsingHeader("Selection", ImGuiTreeNodeFlags_DefaultOpen)) return false;
  const Mark& mark = view.marks().marks()[view.selected()];
  draw_mark_details(view, mark);
  if (mark.annotation < 0) return false;
  const Annotation& annotation = view.document().annotations[mark.annotation];
  if (annotation.kind == "time") {  // the TIMEX3 type, one click: a value alone does not always tell it
    const std::string* type = annotation.attrs.find("type");
    ImGui::TextDisabled("type");
    for (const char* choice : {"DATE", "TIME", "DURATION", "SET"}) {
      ImGui::SameLine();
      const bool clicked = ImGui::RadioButton(choice, type && *type == choice);
      record_control(std::string("edit.type.") + choice);
      // Setting it rebuilds the marks: `mark` and `annotation` are not read after it.
      if (clicked && view.set_selected_attribute("type", choice)) return true;
    }
  }
  for (size_t i = 0; i < std::size(kEditableFields); ++i) {
    const EditableField& field = kEditableFields[i];
    if (annotation.kind != field.kind) continue;
    if (!editing[i]) {  // the field shows the annotation's value until the person types in it
      const std::string* value = annotation.attrs.find(field.key);
      std::snprintf(buffers[i], sizeof buffers[i], "%s", value ? value->c_str() : "");
    }
    ImGui::PushID(field.key);
    ImGui::TextDisabled("%s", field.key);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const bool entered =
        ImGui::InputText("##field", buffers[i], sizeof buffers[i], ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    editing[i] = ImGui::IsItemActive();
    record_control(std::string("edit.") + field.key);
    ImGui::PopID();
    // Setting it rebuilds the marks: `mark` and `annotation` are not read after it.
    if (entered && view.set_selected_attribute(field.key, buffers[i])) return true;
  }
  ImGui::TextDisabled("Set a field with Enter; undo with Ctrl+Z.");
  return false;
}

void draw_mark_list(DocumentView& view) {
  const std::vector<Mark>& marks = view.marks().marks();
  const std::string& text = view.document().text;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(marks.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Mark& mark = marks[i];
      ImGui::PushID(i);
      color_chip(kind_color(mark.kind));
      const std::string label = mark.kind + "  " + excerpt(std::string_view(text).substr(mark.span.start, mark.span.size()), 80);
      if (ImGui::Selectable(label.c_str(), view.selected() == i)) view.select(i, true);
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        draw_mark_details(view, mark);
        ImGui::EndTooltip();
      }
      ImGui::PopID();
    }
  }
}

}  // namespace

std::string excerpt(std::string_view text, size_t max_bytes) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    const Utf8Char c = decode_at(text, i);
    if (is_space(c.cp)) {
      space = !out.empty();
      i += c.size;
      continue;
    }
    if (out.size() + c.size + (space ? 1 : 0) > max_bytes) {
      out += "\xE2\x80\xA6";  // …
      break;
    }
    if (space) out += ' ';
    space = false;
    out.append(text.substr(i, c.size));
    i += c.size;
  }
  return out;
}

void draw_mark_details(const DocumentView& view, const Mark& mark) {
  const Document& doc = view.document();
  color_chip(kind_color(mark.kind));
  ImGui::TextUnformatted(mark.kind.c_str());
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", excerpt(doc.slice(mark.span), 240).c_str());
  if (mark.annotation >= 0) {
    const Annotation& a = doc.annotations[mark.annotation];
    if (a.kind == "time") {  // the TimeML value in words, for a reader who does not know TimeML
      const std::string words = timex_in_words(a.attrs);
      if (!words.empty()) ImGui::TextWrapped("reads as: %s", words.c_str());
    }
    for (const auto& [key, value] : a.attrs.items()) ImGui::TextWrapped("%s: %s", key.c_str(), value.c_str());
    ImGui::TextDisabled("rule: %s", a.rule.c_str());
    if (a.origin == Origin::kPerson) ImGui::TextDisabled("corrected by a person");
  } else if (mark.evidence) {
    ImGui::TextWrapped("value: %s", mark.evidence->value.c_str());
    ImGui::TextDisabled("rule: %s", mark.evidence->rule.c_str());
  }
  ImGui::TextDisabled("bytes %" PRIu32 "-%" PRIu32, mark.span.start, mark.span.end);
  ImGui::PopTextWrapPos();
}

bool draw_side_panel(Workspace& workspace, WorkspaceEntry& entry) {
  DocumentView& view = *entry.view;
  bool changed = draw_selection(view);
  if (ImGui::CollapsingHeader("Metadata", ImGuiTreeNodeFlags_DefaultOpen)) draw_metadata_card(workspace, entry);
  if (ImGui::CollapsingHeader("Legend", ImGuiTreeNodeFlags_DefaultOpen)) draw_legend(view);
  changed |= draw_entities(view);
  draw_timeline(view);
  const std::string marks_header = "Marks (" + std::to_string(view.marks().marks().size()) + ")###marks";
  if (ImGui::CollapsingHeader(marks_header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    // The rest of the panel, but never less than a dozen rows when the sections above are long.
    const float rows = ImGui::GetTextLineHeightWithSpacing() * 12;
    ImGui::BeginChild("mark list", ImVec2(0, std::max(rows, ImGui::GetContentRegionAvail().y)));
    draw_mark_list(view);
    ImGui::EndChild();
  }
  return changed;
}

}  // namespace ledeline::app
