#include "document_view.h"

#include <algorithm>
#include <map>
#include <optional>

#include "ledeline/calendar.h"
#include "ledeline/conll.h"

namespace ledeline::app {

namespace {

// The first day a TimeML value names ("2020-01-25", "2020-01-25T20:45", "2020-01", "2020"), in days since
// 1970-01-01; nothing for weeks, durations, sets and the like.
std::optional<int64_t> first_day(std::string_view value) {
  auto number = [&](size_t at, size_t digits, int& out) {
    if (value.size() < at + digits) return false;
    out = 0;
    for (size_t i = at; i < at + digits; ++i) {
      if (value[i] < '0' || value[i] > '9') return false;
      out = out * 10 + (value[i] - '0');
    }
    return true;
  };
  CivilDate date{0, 1, 1};
  if (!number(0, 4, date.year)) return std::nullopt;
  if (value.size() > 4 && (value[4] != '-' || !number(5, 2, date.month))) return std::nullopt;
  if (value.size() > 7 && (value[7] != '-' || !number(8, 2, date.day))) return std::nullopt;
  if (value.size() > 10 && value[10] != 'T') return std::nullopt;
  if (!valid_date(date)) return std::nullopt;
  return days_from_civil(date);
}

}  // namespace

DocumentView::DocumentView(Document doc) : doc_(std::move(doc)) { annotations_changed(nullptr); }

void DocumentView::annotations_changed(const Annotation* keep) {
  marks_ = MarkIndex(doc_);
  // Counts again; a kind hidden stays hidden.
  for (KindCount& k : kinds_) k.count = 0;
  for (const Mark& m : marks_.marks()) {
    auto at = std::lower_bound(kinds_.begin(), kinds_.end(), m.kind,
                               [](const KindCount& k, const std::string& kind) { return k.kind < kind; });
    if (at == kinds_.end() || at->kind != m.kind) at = kinds_.insert(at, KindCount{m.kind, 0, true});
    ++at->count;
  }
  kinds_.erase(std::remove_if(kinds_.begin(), kinds_.end(), [](const KindCount& k) { return k.count == 0; }),
               kinds_.end());
  // The panel lists.
  dated_marks_.clear();
  std::map<std::string, std::vector<int32_t>> quotes;  // ordered by speaker, the same on every build
  const std::vector<Mark>& all = marks_.marks();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].annotation < 0) continue;
    const Annotation& a = doc_.annotations[all[i].annotation];
    if (a.kind == "time") {
      const std::string* value = a.attrs.find("value");
      if (const std::optional<int64_t> day = value ? first_day(*value) : std::nullopt) {
        dated_marks_.push_back({*day, static_cast<int32_t>(i)});
      }
    } else if (a.kind == "quote") {
      const std::string* speaker = a.attrs.find("speaker");
      quotes[speaker ? *speaker : std::string()].push_back(static_cast<int32_t>(i));
    }
  }
  std::stable_sort(dated_marks_.begin(), dated_marks_.end(),
                   [](const DatedMark& a, const DatedMark& b) { return a.day < b.day; });
  quotes_by_speaker_.clear();
  for (auto& [speaker, list] : quotes) {
    if (!speaker.empty()) quotes_by_speaker_.push_back({speaker, std::move(list)});
  }
  if (auto none = quotes.find(std::string()); none != quotes.end()) quotes_by_speaker_.push_back({"", none->second});

  selected_ = -1;
  if (!keep) return;
  const std::vector<Mark>& marks = marks_.marks();
  for (size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].annotation >= 0 && &doc_.annotations[marks[i].annotation] == keep) {
      selected_ = static_cast<int32_t>(i);
      break;
    }
  }
}

int32_t DocumentView::evidence_mark(const MetaValue& value) const {
  // Metadata spans are few and near the top: marks are searched at the value's own span only.
  if (!value.span) return -1;
  int32_t found = -1;
  marks_.for_each_overlapping(value.span->start, value.span->end, [&](size_t i) {
    if (marks_.marks()[i].evidence == &value) found = static_cast<int32_t>(i);
  });
  return found;
}

Annotation* DocumentView::selected_annotation() {
  if (selected_ < 0 || static_cast<size_t>(selected_) >= marks_.marks().size()) return nullptr;
  const int32_t index = marks_.marks()[selected_].annotation;
  return index < 0 ? nullptr : &doc_.annotations[index];
}

bool DocumentView::delete_selected() {
  Annotation* annotation = selected_annotation();
  if (!annotation) return false;
  remember();
  doc_.annotations.erase(doc_.annotations.begin() + (annotation - doc_.annotations.data()));
  annotations_changed(nullptr);
  return true;
}

bool DocumentView::relabel_selected(std::string_view kind) {
  Annotation* annotation = selected_annotation();
  if (!annotation || (annotation->kind == kind && annotation->origin == Origin::kPerson)) return false;
  remember();
  // What described the old kind does not describe another (a quantity's value is no time's), but a
  // name keeps what it refers to when a person makes it another kind of name.
  if (annotation->kind != kind && !(is_name_kind(annotation->kind) && is_name_kind(kind))) annotation->attrs = Attributes();
  annotation->kind = std::string(kind);
  annotation->origin = Origin::kPerson;
  // Back into the total order of the schema; the selection follows the annotation.
  Annotation relabeled = *annotation;
  std::stable_sort(doc_.annotations.begin(), doc_.annotations.end(), annotation_less);
  const Annotation* moved = nullptr;
  for (const Annotation& a : doc_.annotations) {
    if (a.span == relabeled.span && a.kind == relabeled.kind && a.rule == relabeled.rule &&
        a.origin == Origin::kPerson && a.attrs == relabeled.attrs) {
      moved = &a;
      break;
    }
  }
  annotations_changed(moved);
  return true;
}

void DocumentView::begin_text_selection(uint32_t anchor) {
  selection_anchor_ = anchor;
  text_selection_ = Span{anchor, anchor};
}

void DocumentView::extend_text_selection(uint32_t offset) {
  text_selection_ = Span{std::min(selection_anchor_, offset), std::max(selection_anchor_, offset)};
}

bool DocumentView::annotate_text_selection(std::string_view kind) {
  if (text_selection_.empty()) return false;
  remember();
  Annotation added;
  added.span = text_selection_;
  added.kind = std::string(kind);
  added.rule = "person.selection";
  added.origin = Origin::kPerson;
  const auto at = std::upper_bound(doc_.annotations.begin(), doc_.annotations.end(), added, annotation_less);
  const Annotation* inserted = &*doc_.annotations.insert(at, std::move(added));
  text_selection_ = Span{};
  annotations_changed(inserted);
  return true;
}

bool DocumentView::set_selected_attribute(std::string_view key, std::string value) {
  Annotation* annotation = selected_annotation();
  if (!annotation) return false;
  const std::string* old = annotation->attrs.find(key);
  if (old ? *old == value : value.empty()) return false;
  const size_t index = annotation - doc_.annotations.data();
  remember();
  Annotation& edited = doc_.annotations[index];
  edited.attrs.set(std::string(key), std::move(value));
  edited.origin = Origin::kPerson;
  annotations_changed(&edited);
  return true;
}

std::optional<Span> DocumentView::selected_time_without_value() const {
  if (selected_ < 0 || static_cast<size_t>(selected_) >= marks_.marks().size()) return std::nullopt;
  const int32_t index = marks_.marks()[selected_].annotation;
  if (index < 0) return std::nullopt;
  const Annotation& a = doc_.annotations[index];
  if (a.kind != "time" || a.origin != Origin::kPerson || a.attrs.find("value")) return std::nullopt;
  return a.span;
}

bool DocumentView::suggest_time(Span span, const Attributes& attrs, std::string_view rule) {
  for (Annotation& a : doc_.annotations) {
    if (!(a.span == span) || a.kind != "time" || a.origin != Origin::kPerson || a.attrs.find("value")) continue;
    for (const auto& [key, value] : attrs.items()) a.attrs.set(key, value);
    a.attrs.set("suggested_by", std::string(rule));
    annotations_changed(selected_annotation());
    return true;
  }
  return false;
}

bool DocumentView::merge_entities(size_t from, size_t into) {
  if (from == into || from >= doc_.entities.size() || into >= doc_.entities.size()) return false;
  remember();
  EntityEntry source = std::move(doc_.entities[from]);
  EntityEntry& target = doc_.entities[into];
  for (Annotation& a : doc_.annotations) {
    const bool mention = std::find(source.mentions.begin(), source.mentions.end(), a.span) != source.mentions.end();
    if (mention && a.kind == source.kind) {
      if (doc_.slice(a.span) == target.name) continue;
      a.attrs.set("refers_to", target.name);
      a.origin = Origin::kPerson;
    } else if (const std::string* speaker = a.attrs.find("speaker"); a.kind == "quote" && speaker && *speaker == source.name) {
      a.attrs.set("speaker", target.name);
      a.origin = Origin::kPerson;
    }
  }
  target.mentions.insert(target.mentions.end(), source.mentions.begin(), source.mentions.end());
  std::sort(target.mentions.begin(), target.mentions.end());
  target.mentions.erase(std::unique(target.mentions.begin(), target.mentions.end()), target.mentions.end());
  for (std::string& role : source.roles)
    if (std::find(target.roles.begin(), target.roles.end(), role) == target.roles.end()) target.roles.push_back(std::move(role));
  doc_.entities.erase(doc_.entities.begin() + from);
  next_mention_.clear();
  annotations_changed(nullptr);
  return true;
}

void DocumentView::remember() {
  undo_.push_back(Corrected{doc_.annotations, doc_.entities});
  redo_.clear();
}

DocumentView::Corrected DocumentView::take_corrected() {
  return Corrected{std::move(doc_.annotations), std::move(doc_.entities)};
}

void DocumentView::restore(Corrected corrected) {
  doc_.annotations = std::move(corrected.annotations);
  doc_.entities = std::move(corrected.entities);
  next_mention_.clear();
  annotations_changed(nullptr);
}

bool DocumentView::undo() {
  if (undo_.empty()) return false;
  redo_.push_back(take_corrected());
  Corrected previous = std::move(undo_.back());
  undo_.pop_back();
  restore(std::move(previous));
  return true;
}

bool DocumentView::redo() {
  if (redo_.empty()) return false;
  undo_.push_back(take_corrected());
  Corrected next = std::move(redo_.back());
  redo_.pop_back();
  restore(std::move(next));
  return true;
}

bool DocumentView::kind_shown(std::string_view kind) const {
  auto at = std::lower_bound(kinds_.begin(), kinds_.end(), kind,
                             [](const KindCount& k, std::string_view wanted) { return k.kind < wanted; });
  return at == kinds_.end() || at->kind != kind || at->shown;
}

const std::vector<Line>& DocumentView::lines(float width, float font_size, const GlyphAdvances& advances) {
  if (width != lines_width_ || font_size != lines_font_size_) {
    lines_ = wrap_lines(doc_.text, width, advances);
    lines_width_ = width;
    lines_font_size_ = font_size;
  }
  return lines_;
}

void DocumentView::select(int32_t mark, bool scroll_into_view) {
  selected_ = mark;
  if (scroll_into_view && mark >= 0) scroll_request_ = marks_.marks()[mark].span.start;
}

void DocumentView::show_next_mention(size_t entity) {
  if (entity >= doc_.entities.size() || doc_.entities[entity].mentions.empty()) return;
  next_mention_.resize(doc_.entities.size(), 0);
  const EntityEntry& entry = doc_.entities[entity];
  const Span mention = entry.mentions[next_mention_[entity]++ % entry.mentions.size()];
  // The mark of that mention, of the entity's kind when there is one.
  int32_t found = -1;
  marks_.for_each_overlapping(mention.start, mention.end, [&](size_t i) {
    const Mark& m = marks_.marks()[i];
    if (m.span == mention && (found < 0 || m.kind == entry.kind)) found = static_cast<int32_t>(i);
  });
  selected_ = found;
  scroll_request_ = mention.start;
}

int64_t DocumentView::take_scroll_request() {
  const int64_t offset = scroll_request_;
  scroll_request_ = -1;
  return offset;
}

}  // namespace ledeline::app
