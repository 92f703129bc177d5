#include "workspace.h"

#include "document_binary.h"
#include "ledeline/calendar.h"
#include "ledeline/timeml.h"

namespace ledeline::app {

uint32_t Workspace::add(std::string name) {
  if (batch_done_ == batch_total_) batch_done_ = batch_total_ = 0;  // a new batch
  ++batch_total_;
  WorkspaceEntry entry;
  entry.id = next_id_++;
  entry.name = std::move(name);
  entries_.push_back(std::move(entry));
  return entries_.back().id;
}

WorkspaceEntry* Workspace::find(uint32_t id) {
  for (WorkspaceEntry& e : entries_) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

void Workspace::finish_one() {
  if (batch_done_ < batch_total_) ++batch_done_;
}

void Workspace::fail(uint32_t id, std::string message) {
  WorkspaceEntry* entry = find(id);
  if (entry && entry->retiming) {
    entry->retiming = false;
    entry->message = std::move(message);
    return;
  }
  if (!entry || entry->state != DocumentState::kAnnotating) return;
  entry->state = DocumentState::kFailed;
  entry->message = std::move(message);
  finish_one();
}

std::string Workspace::load(uint32_t id, std::string_view view_form) {
  WorkspaceEntry* entry = find(id);
  if (!entry) return "no such document";
  if (entry->state != DocumentState::kAnnotating) return "document already loaded";
  DocumentBinaryResult read = read_document_binary(view_form);
  if (!read.ok()) {
    fail(id, read.error);
    return read.error;
  }
  if (!read.document.name.empty()) entry->name = read.document.name;  // an imported export's own name
  entry->view = std::make_unique<DocumentView>(std::move(read.document));
  entry->state = DocumentState::kReady;
  finish_one();
  activate(id);
  return "";
}

void Workspace::request_retime(uint32_t id, std::string dct) {
  WorkspaceEntry* entry = find(id);
  if (!entry || entry->state != DocumentState::kReady || entry->retiming) return;
  entry->retiming = true;
  entry->message.clear();
  notifications_.retime_id = id;
  notifications_.retime_dct = std::move(dct);
}

std::string Workspace::replace(uint32_t id, std::string_view view_form) {
  WorkspaceEntry* entry = find(id);
  if (!entry || !entry->retiming) return "no document is waiting for its times";
  entry->retiming = false;
  DocumentBinaryResult read = read_document_binary(view_form);
  if (!read.ok()) {
    entry->message = read.error;
    return read.error;
  }
  entry->view = std::make_unique<DocumentView>(std::move(read.document));
  return "";
}

void Workspace::activate(uint32_t id) {
  if (id == active_id_) return;
  active_id_ = id;
  notifications_.active_changed = true;
}

void Workspace::clear() {
  entries_.clear();
  active_id_ = 0;
  batch_done_ = batch_total_ = 0;
  notifications_ = Notifications();
  notifications_.cleared = true;
}

void Workspace::document_changed(uint32_t id) {
  for (uint32_t changed : notifications_.changed) {
    if (changed == id) return;
  }
  notifications_.changed.push_back(id);
}

void Workspace::request_time_suggestion(uint32_t id, Span span) {
  WorkspaceEntry* entry = find(id);
  if (!entry || !entry->view) return;
  const Document& doc = entry->view->document();
  const std::optional<CivilDate> reference = creation_date(doc);
  notifications_.time_suggestions.push_back(
      {id, span, std::string(doc.slice(span)), reference ? to_iso(*reference) : std::string()});
}

void Workspace::suggest_time(uint32_t id, Span span, const Attributes& attrs, std::string_view rule) {
  WorkspaceEntry* entry = find(id);
  if (entry && entry->view && entry->view->suggest_time(span, attrs, rule)) document_changed(id);
}

void Workspace::request_export(uint32_t id, std::string format) {
  notifications_.export_id = id;
  notifications_.export_format = std::move(format);
}

Workspace::Notifications Workspace::take_notifications() {
  Notifications taken = std::move(notifications_);
  notifications_ = Notifications();
  return taken;
}

}  // namespace ledeline::app
