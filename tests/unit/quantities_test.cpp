#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ledeline/pipeline.h"

namespace ledeline {
namespace {

// A quantity as "text | type | value | unit".
std::vector<std::string> quantities(const std::string& text) {
  Pipeline p;
  Result r = p.run(text, "t");
  EXPECT_TRUE(r.ok()) << r.error;
  std::vector<std::string> out;
  for (const Annotation& a : r.document.annotations) {
    if (a.kind != "quantity") continue;
    const std::string* unit = a.attrs.find("unit");
    out.push_back(std::string(r.document.slice(a.span)) + " | " + *a.attrs.find("type") + " | " + *a.attrs.find("value") +
                  " | " + (unit ? *unit : ""));
  }
  return out;
}

struct QuantityCase {
  const char* text;
  std::vector<std::string> quantities;
};

void PrintTo(const QuantityCase& c, std::ostream* os) { *os << c.text; }

class QuantityTest : public testing::TestWithParam<QuantityCase> {};

TEST_P(QuantityTest, Finds) { EXPECT_EQ(quantities(GetParam().text), GetParam().quantities); }

INSTANTIATE_TEST_SUITE_P(
    Table, QuantityTest,
    testing::Values(
        QuantityCase{"Officials said 24 military police officers and 13 military personnel from a unit stay.",
                     {"24 military police officers | cardinal | 24 | military police officers",
                      "13 military personnel | cardinal | 13 | military personnel"}},
        QuantityCase{"Five Dutch police officers have returned home.",
                     {"Five Dutch police officers | cardinal | 5 | Dutch police officers"}},
        QuantityCase{"The town pledged $1.5 million in aid.", {"$1.5 million | money | 1500000 | "}},
        QuantityCase{"About two-thirds of voters agreed.", {"two-thirds | fraction | 2/3 | "}},
        QuantityCase{"Turnout rose to 61.25% from 58 percent.",
                     {"61.25% | percent | 61.25 | ", "58 percent | percent | 58 | "}},
        QuantityCase{"She finished third, ahead of twenty-four horses.",
                     {"third | ordinal | 3 | ", "twenty-four horses | cardinal | 24 | horses"}},
        QuantityCase{"It sold two hundred and fifty thousand copies.",
                     {"two hundred and fifty thousand copies | cardinal | 250000 | copies"}},
        QuantityCase{"They met on January 3 and again on 25th January, 2020, at 08:45.", {}},
        QuantityCase{"Police have worked there since 2017, and 2,500 volunteers joined.",
                     {"2,500 volunteers | cardinal | 2500 | volunteers"}},
        QuantityCase{"Two men supporting the plan spoke.", {"Two men | cardinal | 2 | men"}},
        QuantityCase{"The first ship left Tallinn at dawn; two ministers met the crew.",
                     {"first ship | ordinal | 1 | ship", "two ministers | cardinal | 2 | ministers"}},
        QuantityCase{"Gunmen killed 12 police officers Sunday.",
                     {"12 police officers | cardinal | 12 | police officers"}},
        QuantityCase{"Gusts of up to 32 metres per second closed the route; the field pumps 500 barrels a day.",
                     {"32 metres per second | cardinal | 32 | metres per second",
                      "500 barrels a day | cardinal | 500 | barrels a day"}},
        QuantityCase{"One of the things that matter is that one voter was missing.", {"one voter | cardinal | 1 | voter"}}));

}  // namespace
}  // namespace ledeline
