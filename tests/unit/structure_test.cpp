#include <gtest/gtest.h>

#include "ledeline/pipeline.h"

namespace ledeline {
namespace {

std::vector<std::string> slices(const Document& d, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(d.slice(s));
  return out;
}

Document annotate(const std::string& text) {
  Pipeline p;
  Result r = p.run(text, "t");
  EXPECT_TRUE(r.ok()) << r.error;
  return r.document;
}

TEST(Structure, ParagraphsByBlankLines) {
  Document d = annotate("First line\nstill first.\n\n  Second.  \n\n\nThird.");
  EXPECT_EQ(slices(d, d.structure.paragraphs),
            (std::vector<std::string>{"First line\nstill first.", "Second.", "Third."}));
}

TEST(Structure, OneParagraphALineWithoutBlankLines) {
  Document d = annotate("One.\nTwo.\nThree.");
  EXPECT_EQ(d.structure.paragraphs.size(), 3u);
}

struct SentenceCase {
  const char* text;
  std::vector<std::string> sentences;
};

void PrintTo(const SentenceCase& c, std::ostream* os) { *os << c.text; }

class SentenceTest : public testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTest, Splits) {
  Document d = annotate(GetParam().text);
  EXPECT_EQ(slices(d, d.structure.sentences), GetParam().sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SentenceTest,
    testing::Values(
        SentenceCase{"It rained. Then it stopped.", {"It rained.", "Then it stopped."}},
        SentenceCase{"On Jan. 7, spokeswoman Lt. Magdalena Dvorakova said so. He agreed.",
                     {"On Jan. 7, spokeswoman Lt. Magdalena Dvorakova said so.", "He agreed."}},
        SentenceCase{"Gen. J. R. Smith of the U.S. Army left. No. 5 stayed.",
                     {"Gen. J. R. Smith of the U.S. Army left.", "No. 5 stayed."}},
        SentenceCase{"\"We are back.\" The police said it.", {"\"We are back.\"", "The police said it."}},
        SentenceCase{"Is it? yes it is! Fine.", {"Is it? yes it is!", "Fine."}},
        SentenceCase{"It cost 3.5 million. Prices rose 1,000 times.", {"It cost 3.5 million.", "Prices rose 1,000 times."}},
        // A month or weekday written short keeps its dot before a day ("Tues. Nov. 3"), and may end a sentence.
        SentenceCase{"The vote is on Tues. Nov. 3 and Sat. Sept. 12. It closed on 4 Nov. The next day, Mark met Ms. Lee.",
                     {"The vote is on Tues. Nov. 3 and Sat. Sept. 12.", "It closed on 4 Nov.", "The next day, Mark met Ms. Lee."}},
        SentenceCase{"They meet on Sun. Then on Wed. December 2 they vote.",
                     {"They meet on Sun.", "Then on Wed. December 2 they vote."}}));

TEST(Structure, Tokens) {
  Document d = annotate("The US-led coalition's 1,000 troops, Babi\xC5\xA1 said \xE2\x80\x9Cno\xE2\x80\x9D.");
  EXPECT_EQ(slices(d, d.structure.tokens),
            (std::vector<std::string>{"The", "US-led", "coalition's", "1,000", "troops", ",", "Babi\xC5\xA1", "said",
                                      "\xE2\x80\x9C", "no", "\xE2\x80\x9D", "."}));
}

}  // namespace
}  // namespace ledeline
