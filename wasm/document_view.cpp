#include "document_view.h"

#include <algorithm>

namespace ledeline::app {

DocumentView::DocumentView(Document doc) : doc_(std::move(doc)), marks_(doc_) {
  for (const Mark& m : marks_.marks()) {
    auto at = std::lower_bound(kinds_.begin(), kinds_.end(), m.kind,
                               [](const KindCount& k, const std::string& kind) { return k.kind < kind; });
    if (at == kinds_.end() || at->kind != m.kind) at = kinds_.insert(at, KindCount{m.kind, 0, true});
    ++at->count;
  }
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
  if (scroll_into_view) scroll_request_ = mark;
}

int32_t DocumentView::take_scroll_request() {
  int32_t mark = scroll_request_;
  scroll_request_ = -1;
  return mark;
}

}  // namespace ledeline::app
