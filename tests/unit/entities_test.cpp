#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ledeline/entity_tagger.h"
#include "ledeline/pipeline.h"

namespace ledeline {
namespace {

struct Row {
  std::string kind, text, attrs;  // attrs: "key=value; ..." that the annotation must carry
};

struct EntityCase {
  const char* text;
  std::vector<Row> rows;
};

void PrintTo(const EntityCase& c, std::ostream* os) { *os << c.text; }

// Whether some annotation of the kind and text carries every expected attribute.
bool found(const Document& d, const Row& row) {
  for (const Annotation& a : d.annotations) {
    if (a.kind != row.kind || d.slice(a.span) != row.text) continue;
    bool all = true;
    for (size_t pos = 0; pos < row.attrs.size() && all;) {
      size_t end = std::min(row.attrs.find("; ", pos), row.attrs.size());
      std::string pair = row.attrs.substr(pos, end - pos);
      size_t eq = pair.find('=');
      const std::string* v = a.attrs.find(pair.substr(0, eq));
      all = v && *v == pair.substr(eq + 1);
      pos = end + 2;
    }
    if (all) return true;
  }
  return false;
}

class EntityTest : public testing::TestWithParam<EntityCase> {};

TEST_P(EntityTest, Finds) {
  Pipeline p;
  Result r = p.run(GetParam().text, "t");
  ASSERT_TRUE(r.ok()) << r.error;
  for (const Row& row : GetParam().rows)
    EXPECT_TRUE(found(r.document, row)) << row.kind << " '" << row.text << "' " << row.attrs;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EntityTest,
    testing::Values(
        EntityCase{"Prime Minister Andrej Babis said on Monday that the talks would go on.",
                   {{"person", "Andrej Babis", "role=Prime Minister"}, {"role", "Prime Minister", "person=Andrej Babis"}}},
        EntityCase{"Hugh Hill, a doctor, said the ward was full.", {{"person", "Hugh Hill", "role=doctor"}}},
        EntityCase{"Labour MP Luciana Berger said she would stand again.",
                   {{"person", "Luciana Berger", "role=MP; org=Labour"}, {"role", "MP", "person=Luciana Berger"}}},
        EntityCase{"The company's chief executive, Mary Barra, said sales rose.",
                   {{"person", "Mary Barra", "role=chief executive"}}},
        EntityCase{"\"We expect every crossing to run,\" said Katerina Novotna, the company's head of operations.",
                   {{"person", "Katerina Novotna", "role=head of operations"},
                    {"role", "head of operations", "person=Katerina Novotna"}}},
        EntityCase{"Finnish Transport Minister Aino Lindqvist told reporters in Helsinki that it would be reviewed.",
                   {{"group", "Finnish", ""}, {"person", "Aino Lindqvist", "role=Transport Minister"},
                    {"role", "Transport Minister", "person=Aino Lindqvist"}, {"place", "Helsinki", ""}}},
        EntityCase{"Among the ships at anchor were the Greek tanker Athina and the cargo vessel Zvezda.",
                   {{"misc", "Greek", ""}, {"misc", "Athina", ""}, {"misc", "Zvezda", ""}}},
        EntityCase{"A storm closed the Gulf of Finland route and shipping in the Strait of Hormuz was slowed.",
                   {{"place", "Gulf of Finland", ""}, {"place", "Strait of Hormuz", ""}}},
        EntityCase{"Secretary of State Mike Pompeo landed in Baghdad.",
                   {{"person", "Mike Pompeo", "role=Secretary of State"}, {"place", "Baghdad", ""}}},
        EntityCase{"He met Angela Merkel, the German chancellor, in Berlin.",
                   {{"person", "Angela Merkel", "role=chancellor"}, {"group", "German", ""}}},
        EntityCase{"On Friday, Sgt. Mat Knowles said the patrol had returned.", {{"person", "Mat Knowles", "title=Sgt."}}},
        EntityCase{"Czech army spokeswoman Lt. Jana Novakova said the unit would stay.",
                   {{"person", "Jana Novakova", "role=spokeswoman; title=Lt.; org=Czech army"}, {"group", "Czech", ""}}},
        EntityCase{"Iraqi officials met French diplomats in Paris on Tuesday.",
                   {{"group", "Iraqi", ""}, {"group", "French", ""}, {"place", "Paris", ""}}},
        // A place ending like a nationality ("-i") before a preposition or a verb stays a place.
        EntityCase{"The minister spoke in Helsinki on Monday. Ferries between Tallinn and Helsinki were cancelled.",
                   {{"place", "Helsinki", ""}, {"place", "Tallinn", ""}}},
        EntityCase{"The ferry from Nairobi sailed on time.", {{"place", "Nairobi", ""}}},
        // A headline in title case says nothing of how the body's words are written.
        EntityCase{"Ferry Link Between Tallinn And Helsinki Reopens After Three-Day Storm\n\nThe ferry between Tallinn and "
                   "Helsinki resumed on Saturday, the operator said, after a storm closed the route in Helsinki.",
                   {{"place", "Tallinn", ""}, {"place", "Helsinki", ""}}},
        EntityCase{"The plane from Lisbon landed at Heathrow Airport late on Sunday.",
                   {{"facility", "Heathrow Airport", ""}, {"place", "Lisbon", ""}}},
        EntityCase{"He met fighters of the Islamic State (IS) in the desert. Later, IS denied it.",
                   {{"org", "Islamic State", ""}, {"org", "IS", "refers_to=Islamic State"}}},
        EntityCase{"The minister wrote on Twitter and spoke to Reuters.", {{"org", "Twitter", ""}, {"org", "Reuters", ""}}},
        EntityCase{"He studied Trump's performances at GOP primary debates.", {{"org", "GOP", ""}}},
        EntityCase{"THIS IS WAR, said a banner. Fighters of the Islamic State (IS) fled.",
                   {{"org", "IS", "refers_to=Islamic State"}}},
        EntityCase{"After the vote, Iraq's parliament asked the US-led coalition to leave.",
                   {{"place", "Iraq", ""}, {"org", "parliament", ""}, {"org", "US-led coalition", ""}}},
        EntityCase{"Prime Minister Jan Novak arrived in Vienna. According to the prime minister, the talks went well.",
                   {{"person", "prime minister", "refers_to=Jan Novak"}}},
        EntityCase{"The ferry sailed again, the operator Color Line said.", {{"org", "Color Line", ""}}},
        EntityCase{"Andrej Babis spoke first. Later, Babis said the police would stay.",
                   {{"person", "Babis", "refers_to=Andrej Babis"}}}));

TEST(Entities, OneEntryPerEntity) {
  Pipeline p;
  Result r = p.run("Andrej Babis spoke in Prague on Monday. On Tuesday, Babis left Prague for Vienna.", "t");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> names;
  for (const EntityEntry& e : r.document.entities) names.push_back(e.kind + ":" + e.name + ":" + std::to_string(e.mentions.size()));
  EXPECT_EQ(names, (std::vector<std::string>{"person:Andrej Babis:2", "place:Prague:2", "place:Vienna:1"}));
}

// An apposition's role is the person's role, not a second mention of them; the role said again later is.
TEST(Entities, TheRolesOwnWordsAreNoSecondMention) {
  Pipeline p;
  Result r = p.run("Aaron Kall, the director of debate at the University of Michigan, said the format was fair. "
                   "Later the director of debate said more.", "t");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> mentions;
  for (const EntityEntry& e : r.document.entities) {
    if (e.name != "Aaron Kall") continue;
    for (Span m : e.mentions) mentions.push_back(std::string(r.document.slice(m)) + "@" + std::to_string(m.start));
  }
  EXPECT_EQ(mentions, (std::vector<std::string>{"Aaron Kall@0", "director of debate@102"}));
}

TEST(Entities, TheHeaderLineIsMetadataNotNames) {
  Pipeline p;
  Result r = p.run(" date 2031-03-14 Harbour Wire\nFerry Service Resumes\n\nThe ferry to Kiel sailed again, Harbour Wire said.\n", "t");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.document.form, InputForm::kHeaderText);
  const size_t header_end = r.document.text.find('\n');
  for (const Annotation& a : r.document.annotations)
    EXPECT_FALSE(a.span.start < header_end && (a.kind == "person" || a.kind == "org" || a.kind == "misc")) << a.kind << " " << a.rule;
  EXPECT_EQ(r.document.metadata.site.value, "Harbour Wire");
}

// A word that opens a sentence and that the document also writes in lower case is no name (the page's
// demo article, as it begins).
TEST(Entities, ASentencesFirstCommonNounIsNoName) {
  Pipeline p;
  Result r = p.run(
      " date 2024-02-10 Baltic Wire Service\nFerry Link Between Tallinn And Helsinki Reopens After Three-Day Storm\n\n"
      "Sat 10th February 2024 | 09:15 AM\n\nPassenger ferries between Tallinn and Helsinki sailed again on Saturday "
      "after a storm closed the Gulf of Finland route for three days, the operator said.\n\nTALLINN (Baltic Wire "
      "Service / Nordic Press - 10th February, 2024) Passenger ferries between Tallinn and Helsinki sailed again on "
      "Saturday morning after a storm with gusts of up to 32 metres per second closed the Gulf of Finland route for "
      "three days, the operator Meridian Lines said in a statement.\n\n\"The first ship left Tallinn at 07:30 with "
      "1,240 passengers on board, and we expect every scheduled crossing to run by Sunday evening,\" said Katerina "
      "Novotna, the company's head of operations.\n",
      "t");
  ASSERT_TRUE(r.ok());
  for (const Annotation& a : r.document.annotations)
    EXPECT_NE(r.document.slice(a.span), "Passenger") << a.kind << " " << a.rule;
}

TEST(Entities, ADatelineInCapitalsIsThePlaceInOrdinaryCase) {
  Pipeline p;
  Result r = p.run("OSLO (Harbour Wire) The ferry to Kiel sailed again on Friday.\n\nPassengers had waited in Oslo.\n", "t");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> places;
  for (const EntityEntry& e : r.document.entities)
    if (e.kind == "place") places.push_back(e.name + ":" + std::to_string(e.mentions.size()));
  EXPECT_EQ(places, (std::vector<std::string>{"Oslo:2", "Kiel:1"}));
}

TEST(EntityTagger, AddsAnIob2Column) {
  EntityTagger tagger;
  ASSERT_TRUE(tagger.ok()) << tagger.error();
  EXPECT_EQ(tagger.tag_conll("-DOCSTART- -X- O O\n\nGerman NNP\nofficials NNS\nmet NN\nAngela NNP\nMerkel NNP\n. .\n"),
            "-DOCSTART- -X- O O O\n\nGerman NNP B-MISC\nofficials NNS O\nmet NN O\nAngela NNP B-PER\nMerkel NNP I-PER\n. . O\n");
}

TEST(Entities, AnAcronymInCapitalsIsNoAlias) {
  Pipeline p;
  Result r = p.run("THIS IS WAR, said a banner. Fighters of the Islamic State (IS) fled.", "t");
  ASSERT_TRUE(r.ok());
  for (const Annotation& a : r.document.annotations) EXPECT_FALSE(a.span.start == 5 && a.span.end == 7) << a.kind;
}

TEST(EntityTagger, RefusesABadModel) {
  EXPECT_FALSE(EntityTagger("not a model").ok());
  EXPECT_EQ(EntityTagger("").tag({{"Paris"}, {0}}), std::vector<uint8_t>{0});
}

}  // namespace
}  // namespace ledeline
