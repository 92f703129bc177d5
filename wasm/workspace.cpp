#include "workspace.h"

#include "document_json.h"

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
  if (!entry || entry->state != DocumentState::kAnnotating) return;
  entry->state = DocumentState::kFailed;
  entry->message = std::move(message);
  finish_one();
}

std::string Workspace::load(uint32_t id, std::string_view json) {
  WorkspaceEntry* entry = find(id);
  if (!entry) return "no such document";
  if (entry->state != DocumentState::kAnnotating) return "document already loaded";
  DocumentReadResult read = read_document_json(json);
  if (!read.ok()) {
    fail(id, read.error);
    return read.error;
  }
  entry->view = std::make_unique<DocumentView>(std::move(read.document));
  entry->state = DocumentState::kReady;
  finish_one();
  active_id_ = id;
  return "";
}

}  // namespace ledeline::app
