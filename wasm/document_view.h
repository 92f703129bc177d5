// One shown document and what the view keeps about it between frames.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledeline/document.h"
#include "marks.h"
#include "text_layout.h"

namespace ledeline::app {

// A row of the legend: a kind, how many marks it has, and whether the view highlights it.
struct KindCount {
  std::string kind;
  uint32_t count = 0;
  bool shown = true;
};

class DocumentView {
 public:
  explicit DocumentView(Document doc);
  DocumentView(const DocumentView&) = delete;  // marks point into doc
  DocumentView& operator=(const DocumentView&) = delete;

  const Document& document() const { return doc_; }
  const MarkIndex& marks() const { return marks_; }
  std::vector<KindCount>& kinds() { return kinds_; }
  bool kind_shown(std::string_view kind) const;

  // The line table for a wrap width and font size, rebuilt only when either changes.
  const std::vector<Line>& lines(float width, float font_size, const GlyphAdvances& advances);
  size_t line_count() const { return lines_.size(); }

  // The selected mark (-1: none); selecting from a list also asks the article to scroll to it.
  int32_t selected() const { return selected_; }
  void select(int32_t mark, bool scroll_into_view);
  // Selects the next mention of entity entry `entity` (Document::entities), in text order and round,
  // and scrolls to it.
  void show_next_mention(size_t entity);
  // The byte offset the article should scroll to once, or -1; reading it clears the request.
  int64_t take_scroll_request();

  // Text selected by dragging over the article (empty: none), from the anchor where the drag began.
  Span text_selection() const { return text_selection_; }
  void begin_text_selection(uint32_t anchor);
  void extend_text_selection(uint32_t offset);
  void clear_text_selection() { text_selection_ = Span{}; }

  // Corrections by a person, each undoable. They act on the selected mark when it is an annotation
  // (metadata evidence is not corrected here) and return false when there is nothing to do.
  bool delete_selected();
  bool relabel_selected(std::string_view kind);  // the annotation's origin becomes "person"
  bool annotate_text_selection(std::string_view kind);  // a new annotation, selected; rule person.selection
  // Sets attribute `key` of the selected annotation (a time's or quantity's value, a quote's speaker).
  bool set_selected_attribute(std::string_view key, std::string value);
  // The span of the selected annotation when it is a time a person marked with no value yet (the page
  // asks the worker to suggest one: Pipeline::suggest_time), else none.
  std::optional<Span> selected_time_without_value() const;
  // The person's time over `span`, still with no value, takes the rules' attributes `attrs` (type,
  // value, anchor...) and `suggested_by` = `rule`; it stays the person's, and it is no undo step of its
  // own (undoing the marking undoes both). False when there is no such time any more.
  bool suggest_time(Span span, const Attributes& attrs, std::string_view rule);
  // Entity entry `from` joins entry `into` (indices in Document::entities), which keeps its name and kind:
  // the mentions and roles of both, `from`'s mentions refer to `into`'s name, and quotes `from` spoke name
  // `into` as their speaker. Every annotation so changed becomes the person's.
  bool merge_entities(size_t from, size_t into);
  bool undo();
  bool redo();
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }

  // What the side panel lists, made when the annotations change rather than every frame (a 1 MB article
  // has tens of thousands of marks).
  struct DatedMark {
    int64_t day;  // days since 1970-01-01 of the first day the time value names
    int32_t mark;
  };
  const std::vector<DatedMark>& dated_marks() const { return dated_marks_; }  // by day
  struct SpeakerQuotes {
    std::string speaker;  // empty: no speaker found
    std::vector<int32_t> marks;
  };
  const std::vector<SpeakerQuotes>& quotes_by_speaker() const { return quotes_by_speaker_; }  // by speaker, none last
  // The mark showing where a metadata value was read, or -1.
  int32_t evidence_mark(const MetaValue& value) const;

  // Where the article drew each visible mark this frame (first segment, screen pixels): the page's test
  // hook reads it to point at a mark.
  struct MarkRect {
    int32_t mark;
    float x, y, width, height;
  };
  std::vector<MarkRect>& drawn_marks() { return drawn_marks_; }
  const std::vector<MarkRect>& drawn_marks() const { return drawn_marks_; }

 private:
  // After the annotations changed: marks and counts again; the selection follows `keep` when given.
  void annotations_changed(const Annotation* keep);
  Annotation* selected_annotation();
  // Before each correction: what undo brings back.
  void remember();

  // What a correction changes: the annotations and the entity entries.
  struct Corrected {
    std::vector<Annotation> annotations;
    std::vector<EntityEntry> entities;
  };
  Corrected take_corrected();
  void restore(Corrected corrected);

  Document doc_;
  MarkIndex marks_;
  std::vector<KindCount> kinds_;  // sorted by kind
  std::vector<Corrected> undo_, redo_;  // before each correction
  std::vector<MarkRect> drawn_marks_;
  std::vector<DatedMark> dated_marks_;
  std::vector<SpeakerQuotes> quotes_by_speaker_;
  std::vector<Line> lines_;
  float lines_width_ = -1;
  float lines_font_size_ = -1;
  int32_t selected_ = -1;
  int64_t scroll_request_ = -1;
  Span text_selection_;
  uint32_t selection_anchor_ = 0;
  std::vector<uint32_t> next_mention_;  // per entity entry
};

}  // namespace ledeline::app
