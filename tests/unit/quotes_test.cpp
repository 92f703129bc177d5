#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ledeline/brat.h"
#include "ledeline/pipeline.h"

namespace ledeline {
namespace {

Document annotate(const std::string& text) {
  Pipeline p;
  Result r = p.run(text, "t");
  EXPECT_TRUE(r.ok()) << r.error;
  return r.document;
}

std::string attr(const Annotation& a, const char* key) {
  const std::string* v = a.attrs.find(key);
  return v ? *v : "-";
}

// Each quote as "text | kind | speaker | speaker_status | cue" ("-" where an attribute is absent).
std::vector<std::string> quotes(const std::string& text) {
  Document d = annotate(text);
  std::vector<std::string> out;
  for (const Annotation& a : d.annotations)
    if (a.kind == "quote")
      out.push_back(std::string(d.slice(a.span)) + " | " + attr(a, "kind") + " | " + attr(a, "speaker") + " | " +
                    attr(a, "speaker_status") + " | " + attr(a, "cue"));
  return out;
}

struct QuoteCase {
  const char* text;
  std::vector<std::string> quotes;
};

void PrintTo(const QuoteCase& c, std::ostream* os) { *os << c.text; }

class QuoteTest : public testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteTest, Finds) { EXPECT_EQ(quotes(GetParam().text), GetParam().quotes); }

INSTANTIATE_TEST_SUITE_P(
    Direct, QuoteTest,
    testing::Values(
        // Straight and curly marks, the speaker after the cue or before it.
        QuoteCase{"\"We are ready,\" said Maria Lopez.", {"\"We are ready,\" | direct | Maria Lopez | name | said"}},
        QuoteCase{"\xE2\x80\x9CWe are ready,\xE2\x80\x9D Maria Lopez said on Monday.",
                  {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D | direct | Maria Lopez | name | said"}},
        // A title before the name is no part of it; the surname alone names the same person.
        QuoteCase{"Sen. Maria Lopez spoke first. \"No,\" Lopez said.",
                  {"\"No,\" | direct | Maria Lopez | resolved | said"}},
        // The name before an apposition ("Hugh Hill, a doctor, said").
        QuoteCase{"\"It hurts,\" Hugh Hill, a doctor, said.", {"\"It hurts,\" | direct | Hugh Hill | name | said"}},
        // The speaker and cue before the quote, with a colon.
        QuoteCase{"Carl Mint continued: \xE2\x80\x9CThe plan works.\xE2\x80\x9D",
                  {"\xE2\x80\x9CThe plan works.\xE2\x80\x9D | direct | Carl Mint | name | continued"}},
        // The owner of a post speaks; "the police" is the organisation named before.
        QuoteCase{"Dutch police announced the arrests. \"Two men were held,\" the police's Twitter post read.",
                  {"\"Two men were held,\" | direct | Dutch police | resolved | read"}},
        // Guillemets and single quotes used as quotes.
        QuoteCase{"\xC2\xAB" "Nous partons\xC2\xBB, said Anne Roux.",
                  {"\xC2\xAB" "Nous partons\xC2\xBB | direct | Anne Roux | name | said"}},
        QuoteCase{"Tom Reed said: 'We won.'", {"'We won.' | direct | Tom Reed | name | said"}},
        // A pronoun: the nearest person before it.
        QuoteCase{"Ann Bell met the voters. \"Thank you,\" she said.",
                  {"\"Thank you,\" | direct | Ann Bell | resolved | said"}},
        // A dash and a name sign the quote.
        QuoteCase{"\xE2\x80\x9CWe deserve better.\xE2\x80\x9D \xE2\x80\x95 Rosa Diaz",
                  {"\xE2\x80\x9CWe deserve better.\xE2\x80\x9D | direct | Rosa Diaz | name | \xE2\x80\x95"}},
        // Party and state in parentheses, and a quote that ends its sentence before a bare attribution.
        QuoteCase{"\"We cannot wait.\" Rep. Ann Bell (D-Wis.) said Friday.",
                  {"\"We cannot wait.\" | direct | Ann Bell | name | said"}},
        // A medium with no owner speaks for itself.
        QuoteCase{"\"Prices will rise,\" the report said.", {"\"Prices will rise,\" | direct | the report | description | said"}},
        // A participle continues the subject of its sentence.
        QuoteCase{"Tom Reed left the stage, saying, \"We will be back.\"",
                  {"\"We will be back.\" | direct | Tom Reed | name | saying"}},
        // ... after an introductory phrase.
        QuoteCase{"During the speech, Tom Reed attacked the plan, saying, \"It failed.\"",
                  {"\"It failed.\" | direct | Tom Reed | name | saying"}},
        // A name before a relative clause.
        QuoteCase{"\"It works,\" Ann Bell, who runs the clinic, said.", {"\"It works,\" | direct | Ann Bell | name | said"}},
        // No speaker anywhere: said so, no guess.
        QuoteCase{"\"Nobody knows.\"", {"\"Nobody knows.\" | direct | - | unknown | -"}}));

INSTANTIATE_TEST_SUITE_P(
    Structure, QuoteTest,
    testing::Values(
        // A quote nested in a quote.
        QuoteCase{"\xE2\x80\x9CHe told me \xE2\x80\x98go home\xE2\x80\x99 twice,\xE2\x80\x9D said Ann Bell.",
                  {"\xE2\x80\x9CHe told me \xE2\x80\x98go home\xE2\x80\x99 twice,\xE2\x80\x9D | direct | Ann Bell | name | said",
                   "\xE2\x80\x98go home\xE2\x80\x99 | direct | - | nested | -"}},
        // A quote over two paragraphs: the first leaves it open, the second opens it again.
        QuoteCase{"Ann Bell said:\n\n\"The first part.\n\n\"The second part.\"",
                  {"\"The first part.\n\n\"The second part.\" | direct | Ann Bell | name | said"}},
        // The next paragraph's quote continues the speaker (and its cue).
        QuoteCase{"\"First,\" said Ann Bell.\n\n\"Second.\"",
                  {"\"First,\" | direct | Ann Bell | name | said", "\"Second.\" | direct | Ann Bell | continued | said"}},
        // Words quoted inside the writer's sentence: partial, the speaker of the reported speech.
        QuoteCase{"Tom Reed said the plan was \"a disaster\" for the town.",
                  {"the plan was \"a disaster\" for the town | indirect | Tom Reed | name | said",
                   "\"a disaster\" | partial | Tom Reed | reported | -"}},
        // A paragraph of words in single marks, with no cue: a section title, not a continued quote.
        QuoteCase{"\"We won,\" said Ann Bell.\n\n'Legend in the Coal Fields.'\n\nThe mine closed.",
                  {"\"We won,\" | direct | Ann Bell | name | said", "'Legend in the Coal Fields.' | title | - | unknown | -"}},
        // Apostrophes are no quotes.
        QuoteCase{"The voters' choice wasn't clear in the '90s.", {}}));

INSTANTIATE_TEST_SUITE_P(
    Reported, QuoteTest,
    testing::Values(
        QuoteCase{"Prime Minister Jan Novak said earlier in March that there was no threat.",
                  {"there was no threat | indirect | Jan Novak | name | said"}},
        QuoteCase{"Ten officers have returned to the base, Dutch police announced on Saturday.",
                  {"Ten officers have returned to the base | indirect | Dutch police | name | announced"}},
        // "the prime minister" names the person whose role it is.
        QuoteCase{"Prime Minister Jan Novak spoke. According to the prime minister, the situation is calm.",
                  {"the situation is calm | indirect | Jan Novak | resolved | According to"}},
        QuoteCase{"The border will reopen, according to Ann Bell.",
                  {"The border will reopen | indirect | Ann Bell | name | according to"}},
        QuoteCase{"Mayor Ann Bell told reporters that the bridge would close.",
                  {"the bridge would close | indirect | Ann Bell | name | told"}},
        QuoteCase{"The schools will open, said the spokeswoman.",
                  {"The schools will open | indirect | spokeswoman | description | said"}},
        // A participle after the cue keeps the sentence's speaker.
        QuoteCase{"Tom Reed said the plan failed, adding that the town would sue.",
                  {"the plan failed | indirect | Tom Reed | name | said",
                   "the town would sue | indirect | Tom Reed | name | adding"}},
        // "that" ends an adverbial after the cue, not a clause of the content.
        QuoteCase{"Dan Kerr said officials have video that shows the blast.",
                  {"officials have video that shows the blast | indirect | Dan Kerr | name | said"}},
        // "and said": the subject of the sentence speaks; the second verb ends the first one's content.
        QuoteCase{"Ted Cruz urged voters to stay home and said he was standing on principle.",
                  {"voters to stay home | indirect | Ted Cruz | name | urged",
                   "he was standing on principle | indirect | Ted Cruz | name | said"}},
        // A headline that names who said it.
        QuoteCase{"Pat Caddell: Voters Are Worried About Health\n\nThe poll came out.",
                  {"Voters Are Worried About Health | indirect | Pat Caddell | name | :"}},
        // The entity step's organisation names the speaker.
        QuoteCase{"Iraq's parliament called for the troops to leave.",
                  {"the troops to leave | indirect | parliament | name | called for"}}));

TEST(Brat, WritesSourceCueContentInCodePoints) {
  // "Ž" is two bytes and one code point: the offsets after it are one less than the byte offsets.
  Document d = annotate("\xC5\xBD. \"We won,\" said Ann Bell.");
  EXPECT_EQ(write_brat(d),
            "T1\tContent 3 12\t\"We won,\"\n"
            "#1\tAnnotatorNotes T1\tkind=direct; speaker=Ann Bell\n"
            "T2\tCue 13 17\tsaid\n"
            "T3\tSource 18 26\tAnn Bell\n"
            "T4\tAttribution 13 17\tsaid\n"
            "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
            "T5\tPerson 18 26\tAnn Bell\n");
}

}  // namespace
}  // namespace ledeline
