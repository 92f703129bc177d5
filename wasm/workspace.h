// The documents of the page: each dropped or restored file, its state while the Web Worker annotates it,
// and its view once annotated. JavaScript does the I/O (files, worker, IndexedDB) and reports here
// through the exports of main.cpp; the UI reads and selects from here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document_view.h"

namespace ledeline::app {

enum class DocumentState : uint8_t { kAnnotating, kReady, kFailed };

struct WorkspaceEntry {
  uint32_t id = 0;
  std::string name;
  DocumentState state = DocumentState::kAnnotating;
  std::string message;                 // why it failed, or why its times could not be resolved again
  bool retiming = false;               // its times are being resolved against a new reference date
  std::unique_ptr<DocumentView> view;  // once ready
};

class Workspace {
 public:
  // A document being annotated; returns its id.
  uint32_t add(std::string name);
  // The document could not be annotated (or, while retiming, its times not resolved again: it stays).
  void fail(uint32_t id, std::string message);
  // Reads the document's view form (document_binary.h) and shows it; on error the entry fails with the
  // message, which is also returned ("" when ok).
  std::string load(uint32_t id, std::string_view view_form);

  const std::vector<WorkspaceEntry>& entries() const { return entries_; }
  WorkspaceEntry* find(uint32_t id);
  // The document shown, or nullptr.
  WorkspaceEntry* active() { return find(active_id_); }
  void activate(uint32_t id);
  // A person set the reference date of a shown document (YYYY-MM-DD; "": back to the publication date):
  // the page resolves its times again (Pipeline::retime) and replaces its view.
  void request_retime(uint32_t id, std::string dct);
  // The view form of a document whose times were resolved again; "" or the reason it cannot be shown
  // (the document then stays as it was).
  std::string replace(uint32_t id, std::string_view view_form);
  // A person marked a time with no value in document `id` (DocumentView::selected_time_without_value):
  // the page asks the worker to resolve its text against the document's reference date and answers
  // with suggest_time.
  void request_time_suggestion(uint32_t id, Span span);
  // The rules' reading of a time a person marked (Pipeline::suggest_time): its attributes and rule. The
  // time takes them if it still has no value; the page then saves the document.
  void suggest_time(uint32_t id, Span span, const Attributes& attrs, std::string_view rule);
  // Forgets every document (the page clears what it saved).
  void clear();
  // A correction was made in document `id`: the page saves it.
  void document_changed(uint32_t id);
  // `format`: json, brat, conll, timeml, webanno or csv.
  void request_export(uint32_t id, std::string format);
  // The page's file picker, to open or import files.
  void request_open() { notifications_.open = true; }

  // What the page must save or do since the last call (main.cpp tells JavaScript once a frame).
  struct Notifications {
    std::vector<uint32_t> changed;
    bool active_changed = false;
    bool cleared = false;
    uint32_t export_id = 0;  // 0: none
    std::string export_format;
    uint32_t retime_id = 0;  // 0: none
    std::string retime_dct;
    struct TimeSuggestion {
      uint32_t id;
      Span span;
      std::string text, dct;  // the marked text; the reference date, YYYY-MM-DD or "" for none
    };
    std::vector<TimeSuggestion> time_suggestions;
    bool open = false;
  };
  Notifications take_notifications();

  // Progress of the current batch: documents finished (ready or failed) of those added since the last
  // time nothing was being annotated.
  uint32_t batch_done() const { return batch_done_; }
  uint32_t batch_total() const { return batch_total_; }

 private:
  void finish_one();

  std::vector<WorkspaceEntry> entries_;  // in the order they were added
  uint32_t next_id_ = 1;
  uint32_t active_id_ = 0;
  uint32_t batch_done_ = 0;
  uint32_t batch_total_ = 0;
  Notifications notifications_;
};

}  // namespace ledeline::app
