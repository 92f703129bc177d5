#include "ledeline/pipeline.h"

#include <gtest/gtest.h>

namespace ledeline {
namespace {

constexpr const char* kWireCopy =
    " date 2031-03-14 Harbour Wire\n"
    "Ferry Service Resumes After Storm\n\n"
    "Fri 14th March 2031 | 07:10 AM\n\n"
    "The ferry between the two islands sailed again on Friday.\n";

TEST(Pipeline, BuildsAndRunsInDeclaredOrder) {
  Pipeline p;
  ASSERT_TRUE(p.ok()) << p.error();
  ASSERT_GE(p.annotators().size(), 2u);
  EXPECT_EQ(p.annotators()[0]->name(), "reading");
  EXPECT_EQ(p.annotators()[1]->name(), "structure");
}

TEST(Pipeline, ReadsHeaderForm) {
  Pipeline p;
  Result r = p.run(kWireCopy, "ferry.txt");
  ASSERT_TRUE(r.ok()) << r.error;
  const Document& d = r.document;
  EXPECT_EQ(d.form, InputForm::kHeaderText);
  EXPECT_EQ(d.metadata.title.value, "Ferry Service Resumes After Storm");
  EXPECT_EQ(d.metadata.published.value, "2031-03-14T07:10");
  EXPECT_EQ(d.slice(*d.metadata.published.span), "Fri 14th March 2031 | 07:10 AM");
  EXPECT_EQ(d.metadata.site.value, "Harbour Wire");
  EXPECT_EQ(d.slice(*d.metadata.site.span), "Harbour Wire");
}

TEST(Pipeline, HeaderDateWhenNoDateLine) {
  Pipeline p;
  Result r = p.run("date 2031-03-14 Harbour Wire\nFerry Service Resumes\n\nThe ferry sailed.\n", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.document.metadata.published.value, "2031-03-14");
  EXPECT_EQ(r.document.metadata.published.rule, "reading.header_date");
}

TEST(Pipeline, PlainTextTitleAndDate) {
  Pipeline p;
  Result r = p.run("Storm Closes Port\nMarch 14, 2031\n\nThe port closed. Ships waited.\n", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.document.form, InputForm::kPlainText);
  EXPECT_EQ(r.document.metadata.title.value, "Storm Closes Port");
  EXPECT_EQ(r.document.metadata.published.value, "2031-03-14");
  EXPECT_FALSE(r.document.metadata.site.present());
}

// The dates a page prints around its headline, as a text copied from it keeps them.
TEST(Pipeline, DateLinesOfACopiedPage) {
  struct Case {
    const char* lines;      // between the title and the body
    const char* published;  // "" : none
  };
  const Case cases[] = {
      {"Published: 25 November 2026\n", "2026-11-25"},
      {"Posted on Nov. 24, 2026\n", "2026-11-24"},
      {"Updated 14:32 GMT, 25 November 2026\n", "2026-11-25T14:32Z"},
      {"By Jane Doe | November 24, 2026\n", "2026-11-24"},
      {"24 November 2026 \xE2\x80\xA2 3 min read\n", "2026-11-24"},
      {"Updated 26 November 2026\nPublished 25 November 2026\n", "2026-11-25"},  // the first publication
      {"The ferry sailed on November 24, 2026, the operator said.\n", ""},      // a sentence states no date line
      {"By Jane Doe\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nPublished 25 November 2026\n", ""},  // too far down
  };
  Pipeline p;
  for (const Case& c : cases) {
    Result r = p.run(std::string("Storm Closes Port\n") + c.lines + "\nThe port closed on Friday. Ships waited.\n", "f");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.document.metadata.published.value, c.published) << c.lines;
  }
}

TEST(Pipeline, NoTitleFromASentence) {
  Pipeline p;
  Result r = p.run("The port closed on Friday.\nShips waited.\n", "f");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.document.metadata.title.present());
}

TEST(Pipeline, ErrorsAreValues) {
  Options o;
  o.max_input_bytes = 4;
  Pipeline p(o);
  EXPECT_EQ(p.run("", "e").error, "empty input");
  EXPECT_FALSE(p.run("too long", "l").ok());
  EXPECT_TRUE(p.run("ok.", "s").ok());
}

TEST(Pipeline, InvalidUtf8Warns) {
  Pipeline p;
  Result r = p.run("Caf\xC3\xA9 \xE9 opened.", "w");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.document.warnings.size(), 1u);
  EXPECT_EQ(r.document.text, "Caf\xC3\xA9 \xEF\xBF\xBD opened.");
}

}  // namespace
}  // namespace ledeline
