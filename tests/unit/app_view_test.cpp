// The page's view logic, compiled natively (wasm/ files with no ImGui or Emscripten in them): word
// wrapping, the mark index, the view form the worker hands over, and the corrections with undo and redo.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "document_binary.h"
#include "document_view.h"
#include "ledeline/pipeline.h"
#include "marks.h"
#include "text_layout.h"

namespace ledeline::app {
namespace {

// Every code point 10 pixels wide, so that widths count characters.
GlyphAdvances ten_pixels() {
  static const std::vector<float> advances(0x500, 10.0f);
  return GlyphAdvances{advances.data(), static_cast<uint32_t>(advances.size()), 10.0f};
}

std::vector<std::string> wrapped(const std::string& text, float width) {
  std::vector<std::string> out;
  for (const Line& line : wrap_lines(text, width, ten_pixels())) out.push_back(text.substr(line.start, line.end - line.start));
  return out;
}

TEST(TextLayoutTest, WrapsWords) {
  struct Case {
    std::string text;
    float width;
    std::vector<std::string> lines;
  };
  const Case cases[] = {
      {"", 100, {""}},
      {"short", 100, {"short"}},
      {"one two three", 70, {"one two ", "three"}},           // the space hangs at the end of the line
      {"one two three", 80, {"one two ", "three"}},
      {"one  two", 40, {"one  ", "two"}},                     // spaces never start a line
      {"abcdefghij", 40, {"abcd", "efgh", "ij"}},            // a word wider than the line is cut
      {"a\n\nb", 100, {"a", "", "b"}},                        // every line break ends a line
      {"end\n", 100, {"end", ""}},
      {"Dvo\xC5\x99\xC3\xA1kov\xC3\xA1 met", 90, {"Dvo\xC5\x99\xC3\xA1kov\xC3\xA1 ", "met"}},  // widths per character
      {"x y", 5, {"x ", "y"}},                                // narrower than one character: one a line
  };
  for (const Case& c : cases) EXPECT_EQ(wrapped(c.text, c.width), c.lines) << c.text << " at " << c.width;
}

TEST(TextLayoutTest, FindsCharactersAndLines) {
  const std::string text = "ab\xC3\xA9 cd\nef";
  const std::vector<Line> lines = wrap_lines(text, 1000, ten_pixels());
  ASSERT_EQ(lines.size(), 2u);
  struct Case {
    float x;
    uint32_t offset;
  };
  for (const Case& c : {Case{0, 0}, Case{9.9f, 0}, Case{10, 1}, Case{25, 2}, Case{35, 4}, Case{55, 6}, Case{70, 7},
                        Case{-1, 7}}) {
    EXPECT_EQ(char_at_x(text, lines[0], c.x, ten_pixels()), c.offset) << c.x;
  }
  EXPECT_EQ(text_width(text, 0, 4, ten_pixels()), 30);
  EXPECT_EQ(line_of_offset(lines, 0), 0u);
  EXPECT_EQ(line_of_offset(lines, 7), 0u);  // the line break belongs to its line
  EXPECT_EQ(line_of_offset(lines, 8), 1u);
  EXPECT_EQ(line_of_offset(lines, 10), 1u);
}

Document document_with(std::vector<std::pair<Span, std::string>> spans) {
  Document doc;
  doc.text = std::string(40, 'x');
  for (auto& [span, kind] : spans) doc.add(span, kind, "test.rule");
  std::stable_sort(doc.annotations.begin(), doc.annotations.end(), annotation_less);
  return doc;
}

TEST(MarkIndexTest, OverlapsAndLanes) {
  Document doc = document_with({{{0, 20}, "quote"}, {{2, 5}, "person"}, {{6, 9}, "org"}, {{18, 25}, "time"},
                                {{30, 32}, "place"}});
  doc.metadata.title = MetaValue{"Title", Span{33, 38}, "reading.header_title"};
  const MarkIndex index(doc);
  std::vector<std::string> kinds;
  for (const Mark& m : index.marks()) kinds.push_back(m.kind + "@" + std::to_string(m.lane));
  // In span order; a mark inside or across another takes the next lane, a later one reuses lane 0.
  EXPECT_EQ(kinds, (std::vector<std::string>{"quote@0", "person@1", "org@1", "time@1", "place@0", "meta.title@0"}));
  EXPECT_EQ(index.lane_count(), 2);

  struct Case {
    uint32_t start, end;
    std::vector<std::string> kinds;
  };
  const Case cases[] = {
      {0, 1, {"quote"}}, {3, 4, {"quote", "person"}}, {5, 6, {"quote"}}, {19, 21, {"quote", "time"}},
      {25, 30, {}},      {31, 34, {"place", "meta.title"}}, {0, 40, {"quote", "person", "org", "time", "place", "meta.title"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> found;
    index.for_each_overlapping(c.start, c.end, [&](size_t i) { found.push_back(index.marks()[i].kind); });
    EXPECT_EQ(found, c.kinds) << c.start << "-" << c.end;
  }
}

TEST(DocumentViewTest, SelectedTextBecomesAnAnnotation) {
  DocumentView view(document_with({{{0, 5}, "person"}, {{20, 25}, "org"}}));
  EXPECT_FALSE(view.annotate_text_selection("place"));  // no text selected
  view.begin_text_selection(14);
  view.extend_text_selection(9);  // dragged leftwards
  EXPECT_EQ(view.text_selection(), (Span{9, 14}));
  EXPECT_TRUE(view.annotate_text_selection("place"));
  ASSERT_EQ(view.document().annotations.size(), 3u);
  const Annotation& added = view.document().annotations[1];  // in the total order
  EXPECT_EQ(added.span, (Span{9, 14}));
  EXPECT_EQ(added.kind, "place");
  EXPECT_EQ(added.rule, "person.selection");
  EXPECT_EQ(added.origin, Origin::kPerson);
  EXPECT_EQ(view.marks().marks()[view.selected()].annotation, 1);  // and selected
  EXPECT_TRUE(view.text_selection().empty());
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(view.document().annotations.size(), 2u);
}

TEST(TextLayoutTest, NearestBoundary) {
  const std::string text = "ab\xC3\xA9 cd";
  const Line line{0, static_cast<uint32_t>(text.size())};
  struct Case {
    float x;
    uint32_t offset;
  };
  for (const Case& c : {Case{-5, 0}, Case{4, 0}, Case{5, 1}, Case{24, 2}, Case{26, 4}, Case{1000, 7}}) {
    EXPECT_EQ(boundary_at_x(text, line, c.x, ten_pixels()), c.offset) << c.x;
  }
}

TEST(DocumentViewTest, PanelListsDatesAndSpeakers) {
  Document doc = document_with({{{0, 4}, "time"}, {{5, 9}, "time"}, {{10, 14}, "time"}, {{15, 19}, "time"},
                                {{20, 24}, "quote"}, {{25, 29}, "quote"}, {{30, 34}, "quote"}});
  const char* values[] = {"2020-01-25T20:45", "2017", "P16D", "2020-W03"};  // only days, months, years count
  for (int i = 0; i < 4; ++i) doc.annotations[i].attrs.set("value", values[i]);
  doc.annotations[4].attrs.set("speaker", "Zora");
  doc.annotations[6].attrs.set("speaker", "Adam");
  DocumentView view(std::move(doc));
  std::vector<int64_t> days;
  for (const DocumentView::DatedMark& d : view.dated_marks()) days.push_back(d.day);
  EXPECT_EQ(days, (std::vector<int64_t>{17167, 18286}));  // 2017-01-01, 2020-01-25: by day
  std::string speakers;
  for (const DocumentView::SpeakerQuotes& q : view.quotes_by_speaker())
    speakers += (q.speaker.empty() ? "-" : q.speaker) + "=" + std::to_string(q.marks.size()) + " ";
  EXPECT_EQ(speakers, "Adam=1 Zora=1 -=1 ");  // by speaker, quotes without one last
}

TEST(DocumentViewTest, NextMentionGoesRound) {
  Document doc = document_with({{{0, 4}, "place"}, {{10, 14}, "place"}, {{20, 24}, "org"}});
  doc.entities.push_back(EntityEntry{"place", "Oslo", {{0, 4}, {10, 14}}, {}});
  DocumentView view(std::move(doc));
  std::vector<uint32_t> shown;
  for (int i = 0; i < 3; ++i) {
    view.show_next_mention(0);
    shown.push_back(view.marks().marks()[view.selected()].span.start);
    EXPECT_EQ(view.take_scroll_request(), static_cast<int64_t>(shown.back()));
  }
  EXPECT_EQ(shown, (std::vector<uint32_t>{0, 10, 0}));
  EXPECT_EQ(view.take_scroll_request(), -1);  // a request is taken once
}

TEST(DocumentViewTest, CorrectionsUndoAndRedo) {
  DocumentView view(document_with({{{0, 5}, "person"}, {{10, 15}, "place"}, {{20, 25}, "org"}}));
  auto kinds = [&] {
    std::string out;
    for (const Annotation& a : view.document().annotations)
      out += a.kind + (a.origin == Origin::kPerson ? "*" : "") + " ";
    return out;
  };
  EXPECT_FALSE(view.delete_selected());  // nothing selected
  view.select(1, false);
  EXPECT_TRUE(view.relabel_selected("org"));
  EXPECT_EQ(kinds(), "person org* org ");
  EXPECT_EQ(view.marks().marks()[view.selected()].kind, "org");  // the selection follows the annotation
  EXPECT_FALSE(view.relabel_selected("org"));                   // nothing to change: no undo step
  view.select(0, false);
  EXPECT_TRUE(view.delete_selected());
  EXPECT_EQ(kinds(), "org* org ");
  EXPECT_EQ(view.selected(), -1);
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(kinds(), "person org* org ");
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(kinds(), "person place org ");
  EXPECT_FALSE(view.undo());
  EXPECT_TRUE(view.redo());
  EXPECT_TRUE(view.redo());
  EXPECT_EQ(kinds(), "org* org ");
  EXPECT_FALSE(view.redo());
  // The legend follows: person is gone, org counts both.
  std::string legend;
  for (const KindCount& k : view.kinds()) legend += k.kind + "=" + std::to_string(k.count) + " ";
  EXPECT_EQ(legend, "org=2 ");
}

// A quantity a person makes a time loses the quantity's value, and the rules' suggestion (the page asks
// the worker: Pipeline::suggest_time) fills the time; it is no undo step of its own.
TEST(DocumentViewTest, ARelabelledTimeTakesTheSuggestedValue) {
  Document doc = document_with({{{0, 9}, "quantity"}, {{20, 26}, "time"}});
  doc.annotations[0].attrs.set("value", "2");
  doc.annotations[0].attrs.set("unit", "weeks");
  doc.annotations[1].attrs.set("value", "2020-01-24");
  DocumentView view(std::move(doc));
  view.select(1, false);
  EXPECT_EQ(view.selected_time_without_value(), std::nullopt);  // a rule's time with its value
  view.select(0, false);
  EXPECT_TRUE(view.relabel_selected("time"));
  ASSERT_EQ(view.selected_time_without_value(), (Span{0, 9}));
  EXPECT_TRUE(view.document().annotations[0].attrs.empty());
  Attributes suggested;
  suggested.set("type", "DURATION");
  suggested.set("value", "P2W");
  EXPECT_FALSE(view.suggest_time(Span{20, 26}, suggested, "time.duration"));  // a rule's time is not the person's
  EXPECT_TRUE(view.suggest_time(Span{0, 9}, suggested, "time.duration"));
  EXPECT_EQ(*view.document().annotations[0].attrs.find("value"), "P2W");
  EXPECT_EQ(*view.document().annotations[0].attrs.find("suggested_by"), "time.duration");
  EXPECT_EQ(view.selected_time_without_value(), std::nullopt);
  EXPECT_FALSE(view.suggest_time(Span{0, 9}, suggested, "time.duration"));  // it has a value now
  EXPECT_TRUE(view.undo());  // back to the quantity
  EXPECT_EQ(view.document().annotations[0].kind, "quantity");
}

TEST(DocumentViewTest, EditedValuesAndSpeakersUndo) {
  Document doc = document_with({{{0, 4}, "time"}, {{10, 20}, "quote"}});
  doc.annotations[0].attrs.set("value", "2020-01-25");
  doc.annotations[1].attrs.set("speaker", "Zora");
  DocumentView view(std::move(doc));
  EXPECT_FALSE(view.set_selected_attribute("value", "2020-02-01"));  // nothing selected
  view.select(0, false);
  EXPECT_FALSE(view.set_selected_attribute("value", "2020-01-25"));  // unchanged: no undo step
  EXPECT_TRUE(view.set_selected_attribute("value", "2020-02-01"));
  EXPECT_EQ(*view.document().annotations[0].attrs.find("value"), "2020-02-01");
  EXPECT_EQ(view.document().annotations[0].origin, Origin::kPerson);
  EXPECT_EQ(view.dated_marks().at(0).day, 18293);  // the timeline follows: 2020-02-01
  EXPECT_EQ(view.selected(), 0);                   // and so does the selection
  view.select(1, false);
  EXPECT_TRUE(view.set_selected_attribute("speaker", "Adam"));
  EXPECT_EQ(view.quotes_by_speaker().at(0).speaker, "Adam");
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(view.quotes_by_speaker().at(0).speaker, "Zora");
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(*view.document().annotations[0].attrs.find("value"), "2020-01-25");
  EXPECT_EQ(view.document().annotations[0].origin, Origin::kRule);
}

TEST(DocumentViewTest, MergedEntriesUndo) {
  Document doc = document_with({{{0, 6}, "person"}, {{10, 14}, "person"}, {{20, 30}, "quote"}, {{31, 36}, "org"}});
  doc.text.replace(0, 6, "Andrej");
  doc.text.replace(10, 4, "Babi");
  doc.annotations[2].attrs.set("speaker", "Babi");
  doc.entities = {{"person", "Andrej", {{0, 6}}, {"minister"}}, {"person", "Babi", {{10, 14}}, {"leader"}},
                  {"org", "Xxxxx", {{31, 36}}, {}}};
  DocumentView view(std::move(doc));
  EXPECT_FALSE(view.merge_entities(1, 1));
  EXPECT_FALSE(view.merge_entities(1, 7));
  EXPECT_TRUE(view.merge_entities(1, 0));  // Babi is Andrej
  const Document& merged = view.document();
  ASSERT_EQ(merged.entities.size(), 2u);
  EXPECT_EQ(merged.entities[0].name, "Andrej");
  EXPECT_EQ(merged.entities[0].mentions, (std::vector<Span>{{0, 6}, {10, 14}}));
  EXPECT_EQ(merged.entities[0].roles, (std::vector<std::string>{"minister", "leader"}));
  EXPECT_EQ(*merged.annotations[1].attrs.find("refers_to"), "Andrej");
  EXPECT_EQ(merged.annotations[1].origin, Origin::kPerson);
  EXPECT_EQ(merged.annotations[0].origin, Origin::kRule);  // the name itself is unchanged
  EXPECT_EQ(*merged.annotations[2].attrs.find("speaker"), "Andrej");
  EXPECT_EQ(view.quotes_by_speaker().at(0).speaker, "Andrej");
  EXPECT_TRUE(view.undo());
  EXPECT_EQ(view.document().entities.size(), 3u);
  EXPECT_EQ(view.document().annotations[1].attrs.find("refers_to"), nullptr);
  EXPECT_TRUE(view.redo());
  EXPECT_EQ(view.document().entities.size(), 2u);
}

TEST(DocumentBinaryTest, ReadsWhatItWrote) {
  const Pipeline pipeline;
  Document doc = pipeline.run(" date 2031-03-14 Harbour Wire\nFerry Resumes\n\nOSLO (Harbour Wire) \"We are back,\" "
                              "said Ingrid Dahl in \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 on Friday.\n", "ferry.txt").document;
  ASSERT_TRUE(doc.metadata.dateline.has_value());
  doc.annotations[0].origin = Origin::kPerson;
  doc.warnings.push_back("a warning");
  const std::string bytes = write_document_binary(doc);
  DocumentBinaryResult read = read_document_binary(bytes);
  ASSERT_TRUE(read.ok()) << read.error;
  const Document& back = read.document;
  EXPECT_EQ(back.name, doc.name);
  EXPECT_EQ(back.form, doc.form);
  EXPECT_EQ(back.text, doc.text);
  int fields = 0;
  for_each_meta_value(doc.metadata, [&](const char*, const MetaValue&) { ++fields; });
  std::vector<const MetaValue*> values;
  for_each_meta_value(back.metadata, [&](const char*, const MetaValue& v) { values.push_back(&v); });
  ASSERT_EQ(values.size(), static_cast<size_t>(fields));
  size_t i = 0;
  for_each_meta_value(doc.metadata, [&](const char* field, const MetaValue& v) {
    EXPECT_EQ(values[i]->value, v.value) << field;
    EXPECT_EQ(values[i]->span, v.span) << field;
    EXPECT_EQ(values[i]->rule, v.rule) << field;
    ++i;
  });
  ASSERT_EQ(back.annotations.size(), doc.annotations.size());
  for (size_t k = 0; k < doc.annotations.size(); ++k) {
    EXPECT_EQ(back.annotations[k].span, doc.annotations[k].span);
    EXPECT_EQ(back.annotations[k].kind, doc.annotations[k].kind);
    EXPECT_EQ(back.annotations[k].attrs, doc.annotations[k].attrs);
    EXPECT_EQ(back.annotations[k].rule, doc.annotations[k].rule);
    EXPECT_EQ(back.annotations[k].origin, doc.annotations[k].origin);
  }
  ASSERT_EQ(back.entities.size(), doc.entities.size());
  for (size_t k = 0; k < doc.entities.size(); ++k) {
    EXPECT_EQ(back.entities[k].name, doc.entities[k].name);
    EXPECT_EQ(back.entities[k].mentions, doc.entities[k].mentions);
    EXPECT_EQ(back.entities[k].roles, doc.entities[k].roles);
  }
  EXPECT_EQ(back.warnings, doc.warnings);
  EXPECT_EQ(back.dct, std::nullopt);
  // The reference date, and the version 1 the page saved before it had one.
  doc.dct = CivilDate{2031, 3, 7};
  const std::string dated = write_document_binary(doc);
  EXPECT_EQ(read_document_binary(dated).document.dct, doc.dct);
  std::string version1 = bytes.substr(0, bytes.size() - 4);  // without the empty reference date
  version1.replace(0, 16, "ledeline-view/1\n");
  DocumentBinaryResult old = read_document_binary(version1);
  ASSERT_TRUE(old.ok()) << old.error;
  EXPECT_EQ(old.document.annotations.size(), doc.annotations.size());
  EXPECT_EQ(old.document.warnings, doc.warnings);
  std::string bad_date = dated;
  bad_date.replace(bad_date.size() - 10, 10, "2031-02-30");
  EXPECT_FALSE(read_document_binary(bad_date).ok());
  // Every cut of the bytes is refused, and so is a span past the text.
  for (size_t cut = 0; cut < bytes.size(); cut += 7) EXPECT_FALSE(read_document_binary(bytes.substr(0, cut)).ok()) << cut;
  EXPECT_FALSE(read_document_binary(bytes + "x").ok());
  Document bad;
  bad.text = "abc";
  bad.add({1, 4}, "person", "test.rule");
  EXPECT_EQ(read_document_binary(write_document_binary(bad)).error, "a truncated or damaged view form of a document");
  EXPECT_EQ(read_document_binary("{}").error, "not the view form of a document");
}

}  // namespace
}  // namespace ledeline::app
