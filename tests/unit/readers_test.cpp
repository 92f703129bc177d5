// The input forms: HTML pages, JSON exports, encodings, datelines, bylines and language. The samples
// are written for these tests, in the shape of real pages and feeds.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "html.h"
#include "ledeline/pipeline.h"
#include "readers.h"

namespace ledeline {
namespace {

using namespace std::string_literals;

Document read_one(const std::string& bytes) {
  Pipeline p;
  Result r = p.run(bytes, "sample");
  EXPECT_TRUE(r.ok()) << r.error;
  return r.document;
}

std::vector<std::string> author_names(const Document& d) {
  std::vector<std::string> out;
  for (const MetaValue& a : d.metadata.authors) out.push_back(a.value);
  return out;
}

constexpr const char* kNewsPage = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ferry Service Resumes After Storm | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Ferry Service Resumes After Storm">
<meta property="article:published_time" content="2031-03-14T07:10:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Ferry Service Resumes After Storm","datePublished":"2031-03-14T07:10:00+01:00",
 "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
 "publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script>
<script>var tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Twitter</a> <a href="#">Share by email</a></div>
<main>
<article class="story">
<h1>Ferry Service Resumes After Storm</h1>
<p class="byline">By Ann Lee and Bo Chan</p>
<div class="article-body">
<p>HARBOUR TOWN (Harbour Wire) &mdash; The ferry between the two islands sailed again on Friday, three days after the storm closed the port.</p>
<p>&ldquo;We are back,&rdquo; said the captain, who asked that the crew&#39;s names not be printed, as the company had not yet decided.</p>
<figure><img src="ferry.jpg"><figcaption>Photo: Harbour Gazette archive</figcaption></figure>
<p>Passengers queued from six o&#x27;clock, and the first crossing left on time, the company said.</p>
<p>Share this:</p>
</div>
<h3>Related Articles</h3>
</article>
</main>
<section id="comments"><h3>Comments</h3><p>First! This ferry is always late, and nobody ever tells us why, honestly.</p></section>
<footer><p>Copyright Harbour Gazette, all rights reserved, since the year of the great storm.</p></footer>
</body>
</html>
)";

TEST(HtmlReader, MainTextWithoutBoilerplate) {
  Document d = read_one(kNewsPage);
  EXPECT_EQ(d.form, InputForm::kHtml);
  EXPECT_NE(d.text.find("The ferry between the two islands sailed again on Friday"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("\xE2\x80\x9CWe are back,\xE2\x80\x9D said the captain"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("crew's names"), std::string::npos);
  EXPECT_NE(d.text.find("six o'clock"), std::string::npos);
  for (const char* junk : {"Home", "Share on Twitter", "First!", "Copyright", "not text", "color: red", "Photo:",
                           "Share this", "Related Articles"})
    EXPECT_EQ(d.text.find(junk), std::string::npos) << junk << " in: " << d.text;
  // Paragraphs of the page are paragraphs of the text.
  EXPECT_GE(d.structure.paragraphs.size(), 3u);
}

// An article set in sections, each wrapped twice, its text directly in the innermost <div>: all
// sections are the article, not only the longest one.
TEST(HtmlReader, SectionsInWrappersAreOneArticle) {
  std::string page = "<html><head><title>Dating Advice</title></head><body><nav><a href=\"/\">Home</a></nav><main>";
  for (const char* section :
       {"My last serious relationship ended two years ago, and since then my friends ask, again and again, why I am still single.",
        "When people ask you about dating, relationships or your plans, remember that you owe nobody an answer, however kindly meant.",
        "During the holidays there are many chances to meet family, and with them, questions; prepare a short, friendly reply."})
    page += std::string("<div class=\"section-outer\"><div class=\"section-container\"><div class=\"section-text\">") + section +
            "</div></div></div>";
  page += "</main><footer>Copyright Example Media</footer></body></html>";
  Document d = read_one(page);
  for (const char* part : {"My last serious relationship", "When people ask you about dating", "During the holidays"})
    EXPECT_NE(d.text.find(part), std::string::npos) << part << " not in: " << d.text;
  EXPECT_EQ(d.text.find("Copyright"), std::string::npos) << d.text;
}

// Themes name the page's wrapper for its layout ("main one-sidebar"): it holds the article, and is
// no sidebar; the real sidebar beside the article stays out.
TEST(HtmlReader, LayoutWrapperNamedForItsSidebar) {
  std::string page =
      "<html><head><title>A Calm Start</title></head><body><div class=\"main one-sidebar\"><div class=\"content\">"
      "<article class=\"post hentry\"><h1>A Calm Start</h1><div class=\"single-entry-content\">"
      "<p>The year begins, and one takes stock: what did the past year bring, and what will the new one ask of us?</p>"
      "<p>My biggest event was starting a new job, lovely and tiring at once; I learn a great deal every day.</p>"
      "<p>Who, for heaven's sake, invented the forty-hour week? So little time is left for the other things in life, "
      "for friends, for reading, for the garden, and for the long walks that used to fill my weekends.</p>"
      "<p>I like to browse the short articles of a website about relaxation, meditation and wellness, but also food, "
      "living and fitness; they are light, and they remind me, now and then, to slow down.</p>"
      "<p>This year, then, I will try one small ritual a week: a morning without the telephone, a letter written by hand, "
      "an evening of music, a new recipe, or simply an hour of doing nothing at all, and I will write about each of them.</p>"
      "<p>Be happy, everything else can wait. That is the motto, and I mean to keep it, at least until February.</p>"
      "</div></article></div><div class=\"sidebar\"><ul><li><a href=\"/a\">Blogroll one</a></li><li><a href=\"/b\">Blogroll two</a></li></ul>"
      "<p>Natural cosmetics and other themes around a colourful life, collected here.</p></div></div>"
      "<div class=\"about\"><p>About this blog: small green monsters live here, and they write about sewing, knitting, wood, "
      "paper, gardens, sustainable living and many other things, in no particular order, whenever they like.</p>"
      "<p>The monsters are two friends who met at school, lost each other for years, and found each other again online, "
      "which is, they say, the best thing the internet ever did for them, better than recipes and patterns.</p>"
      "<p>Comments are welcome, questions too, and if you want to write a guest post, send a short note first, "
      "with an idea, a photograph or two, and a few lines about yourself, and we will answer within the week.</p>"
      "<p>All texts and pictures are ours unless stated otherwise; please ask before you use them elsewhere, "
      "we almost always say yes, and we like to know where our monsters travel to, near or far.</p></div></body></html>";
  Document d = read_one(page);
  EXPECT_NE(d.text.find("one takes stock"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("starting a new job"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Natural cosmetics"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Blogroll"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("About this blog"), std::string::npos) << d.text;
}

// The site speaking to its reader in a paragraph of its own (sign-up prompts, letters to the editor)
// is the page's, not the article's; a long paragraph of the article about newsletters stays.
TEST(HtmlReader, PromptsToTheReaderLeaveTheText) {
  std::string page =
      "<html><head><title>Ferry Returns</title></head><body><article><div class=\"article-body\">"
      "<p>The ferry between the two islands sailed again on Friday, three days after the storm closed the port, the company said.</p>"
      "<p>Get The Harbour Gazette's Daily Edition by email and never miss our top stories Free Sign Up</p>"
      "<p>Passengers queued from six o'clock, and the first crossing left on time, carrying cars, bicycles and a school class.</p>"
      "<p>The company's newsletter, which it sends to some nine thousand islanders every Friday, had warned for a week that the "
      "timetable would change in winter, and that the old vessel would be replaced in spring by a larger one, built in Norway, "
      "which can carry twice as many cars and, for the first time, lorries.</p>"
      "<p>Repairs to the pier will take another month, the harbour master said, and will cost about two million.</p>"
      "<p>We want to hear what you think about this article. Submit a letter to the editor or write to letters@gazette.example.</p>"
      "</div></article></body></html>";
  Document d = read_one(page);
  EXPECT_NE(d.text.find("The company's newsletter, which it sends"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("Repairs to the pier"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Free Sign Up"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("letter to the editor"), std::string::npos) << d.text;
}

// A page that writes its article by script keeps a copy in <noscript>, which a browser without
// scripts shows: that copy is the text.
TEST(HtmlReader, TextInNoscriptIsRead) {
  std::string page =
      "<html><head><title>Safer Browsing</title></head><body><div class=\"post-body\"><script type=\"text/template\">"
      "<p>A copy for the script.</p></script><noscript><p>We have seen threats on the web becoming more sophisticated, and "
      "phishing pages now last minutes, not days.</p><p>This protocol is designed so that the server cannot see which "
      "address a user visits, only a short prefix of its hash.</p></noscript></div></body></html>";
  Document d = read_one(page);
  EXPECT_NE(d.text.find("threats on the web"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("This protocol is designed"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("A copy for the script"), std::string::npos) << d.text;
}

// The standfirst set in the page's header under the headline is the article's first paragraph.
TEST(HtmlReader, StandfirstUnderTheHeadline) {
  std::string page =
      "<html><head><title>Farm Start-up Grant</title></head><body><nav><a href=\"/\">Home</a></nav><header>"
      "<h1 class=\"a-title\">Minister Open to a Start-up Grant</h1>"
      "<p class=\"a-lead\">Young farmers ask for a grant when they take over a farm. In a first meeting the minister was open to it.</p>"
      "</header><div class=\"article-body\">"
      "<p>The council voted on Tuesday to back the grant, after a long debate about who should pay for it in the end.</p>"
      "<p>Farmers' unions welcomed the vote, and said that the first applications could be made in the spring.</p>"
      "<p>The grant would come from the second pillar of the farm policy, up to seventy thousand euros for each new farm.</p>"
      "</div></body></html>";
  Document d = read_one(page);
  size_t lead = d.text.find("In a first meeting the minister was open to it.");
  ASSERT_NE(lead, std::string::npos) << d.text;
  EXPECT_LT(lead, d.text.find("The council voted")) << d.text;
  EXPECT_EQ(d.text.find("Home"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Minister Open"), std::string::npos) << d.text;
}

TEST(HtmlReader, MetadataFromJsonLdAndMetaTags) {
  Document d = read_one(kNewsPage);
  const Metadata& m = d.metadata;
  EXPECT_EQ(m.title.value, "Ferry Service Resumes After Storm");
  EXPECT_EQ(m.published.value, "2031-03-14T07:10:00+01:00");
  EXPECT_EQ(m.published.rule, "html.json_ld.date_published");
  EXPECT_EQ(m.site.value, "Harbour Gazette");
  EXPECT_EQ(author_names(d), (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
  EXPECT_EQ(m.language.value, "en");
  ASSERT_TRUE(m.dateline.has_value());
  EXPECT_EQ(m.dateline->city.value, "Harbour Town");
  ASSERT_EQ(m.dateline->agencies.size(), 1u);
  EXPECT_EQ(m.dateline->agencies[0].value, "Harbour Wire");
}

TEST(HtmlReader, OffsetsMapBackToThePage) {
  std::string page = kNewsPage;
  Document d = read_one(page);
  // Copied words map to the same bytes; a decoded entity maps to the whole reference.
  for (std::string word : {"islands sailed again", "Passengers queued"}) {
    size_t at = d.text.find(word);
    ASSERT_NE(at, std::string::npos) << word;
    Span s = d.source_map.to_source({static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())});
    EXPECT_EQ(page.substr(s.start, s.size()), word);
  }
  size_t dash = d.text.find("\xE2\x80\x94");
  ASSERT_NE(dash, std::string::npos);
  Span s = d.source_map.to_source({static_cast<uint32_t>(dash), static_cast<uint32_t>(dash + 3)});
  EXPECT_EQ(page.substr(s.start, s.size()), "&mdash;");
  // A span over words on both sides of a tag covers the tag in the page.
  size_t across = d.text.find("o'clock");
  s = d.source_map.to_source({static_cast<uint32_t>(across), static_cast<uint32_t>(across + 7)});
  EXPECT_EQ(page.substr(s.start, s.size()), "o&#x27;clock");
}

struct HtmlMetaCase {
  const char* what;
  std::string html;
  std::string title, published;
  std::vector<std::string> authors;
};

void PrintTo(const HtmlMetaCase& c, std::ostream* os) { *os << c.what; }

class HtmlMetaTest : public testing::TestWithParam<HtmlMetaCase> {};

TEST_P(HtmlMetaTest, ReadsMetadata) {
  const HtmlMetaCase& c = GetParam();
  Document d = read_one(c.html);
  EXPECT_EQ(d.metadata.title.value, c.title) << c.what;
  EXPECT_EQ(d.metadata.published.value, c.published) << c.what;
  EXPECT_EQ(author_names(d), c.authors) << c.what;
}

const std::string kBody =
    "<p>The council voted on Tuesday to close the old bridge to cars, after engineers found cracks.</p>"
    "<p>Cyclists and walkers may still use it, the mayor said, until the repairs begin in spring.</p>";

INSTANTIATE_TEST_SUITE_P(
    Table, HtmlMetaTest,
    testing::Values(
        HtmlMetaCase{"title minus site suffix, time element, rel=author",
                     "<html><head><title>Bridge Closes to Cars - Riverside Post</title></head><body><article>"
                     "<a rel=\"author\" href=\"/staff/cy\">Cy Dee</a><time datetime=\"2030-11-05T18:00:00Z\">Nov 5</time>" +
                         kBody + "</article></body></html>",
                     "Bridge Closes to Cars", "2030-11-05T18:00:00Z", {"Cy Dee"}},
        // Page builders box the article in "elementor-widget" elements; a sidebar widget stays out.
        HtmlMetaCase{"rel=author in a page builder's widget box, not in a sidebar widget",
                     "<html><head><title>Bridge Closes to Cars</title></head><body>"
                     "<div class=\"widget widget_authors\"><a rel=\"author\" href=\"/staff/zq\">Zed Quinn</a></div>"
                     "<div class=\"elementor-widget elementor-widget-heading\"><div class=\"elementor-widget-container\">"
                     "<h2>By <a rel=\"author\" href=\"/staff/cy\">Cy Dee</a>.</h2></div></div>"
                     "<div class=\"elementor-widget elementor-widget-text\"><div class=\"elementor-widget-container\">" + kBody +
                         "</div></div></body></html>",
                     "Bridge Closes to Cars", "", {"Cy Dee"}},
        // An SEO plugin's Twitter card: the data field whose label says "Written by", not the reading time.
        HtmlMetaCase{"author from the Twitter card field labelled as the writer",
                     "<html><head><title>Bridge Closes to Cars</title>"
                     "<meta name=\"twitter:label1\" content=\"Geschätzte Lesezeit\"><meta name=\"twitter:data1\" content=\"2 Minuten\">"
                     "<meta name=\"twitter:label2\" content=\"Verfasst von\"><meta name=\"twitter:data2\" content=\"Ina Berg\">"
                     "</head><body><article>" + kBody + "</article></body></html>",
                     "Bridge Closes to Cars", "", {"Ina Berg"}},
        HtmlMetaCase{"site name first in the title, itemprop author and date",
                     "<html><head><title>Riverside Post | Bridge Closes to Cars</title>"
                     "<meta property=\"og:site_name\" content=\"Riverside Post\"></head><body><div itemprop=\"articleBody\">"
                     "<span itemprop=\"author\">von Dora Maier</span><span itemprop=\"datePublished\" content=\"2030-11-05\">5. November 2030</span>" +
                         kBody + "</div></body></html>",
                     "Bridge Closes to Cars", "2030-11-05", {"Dora Maier"}},
        HtmlMetaCase{"meta author and date, URL date last",
                     "<html><head><meta name=\"author\" content=\"Eve Fox &amp; Gil Hart\"><meta name=\"date\" content=\"2030-11-06\">"
                     "<link rel=\"canonical\" href=\"https://post.example/2030/11/01/bridge\"><h1>Bridge Closes</h1></head><body>" +
                         kBody + "</body></html>",
                     "Bridge Closes", "2030-11-06", {"Eve Fox", "Gil Hart"}},
        HtmlMetaCase{"date from the URL, byline class",
                     "<html><head><meta property=\"og:url\" content=\"https://post.example/news/2030/11/01/bridge\">"
                     "<meta property=\"og:title\" content=\"Bridge Closes\"></head><body><div class=\"post-content\">"
                     "<div class=\"author-name\">By Hal Ives</div>" + kBody + "</div></body></html>",
                     "Bridge Closes", "2030-11-01", {"Hal Ives"}},
        // A stamp in UTC falls on another day than the page's own: the day the page shows wins, when
        // its clock is the same instant in a zone.
        HtmlMetaCase{"UTC stamp, the page's own clock day first",
                     "<html lang=\"es\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"headline\":\"Puente cerrado\",\"datePublished\":\"2030-11-06T02:41:00Z\"}</script></head><body>"
                     "<div class=\"nota\"><span>5/11/2030 22:41</span>" + kBody + "</div></body></html>",
                     "Puente cerrado", "2030-11-05T22:41:00-04:00", {}},
        HtmlMetaCase{"UTC stamp, <time> without zone, date and clock set apart",
                     "<html lang=\"en-US\"><head><meta property=\"article:published_time\" content=\"2030-11-09T05:30:59+00:00\">"
                     "<title>Mayor Elected</title></head><body><article><p class=\"when\">November 8, 2030 <span>|</span> 11:30 p.m.</p>" +
                         kBody + "</article></body></html>",
                     "Mayor Elected", "2030-11-08T23:30:59-06:00", {}},
        HtmlMetaCase{"UTC stamp, <time datetime> in local time",
                     "<html><head><meta property=\"article:published_time\" content=\"2030-11-09T05:30:59Z\">"
                     "<title>Mayor Elected</title></head><body><article><time datetime=\"2030-11-08 23:30:59\">Nov 8</time>" +
                         kBody + "</article></body></html>",
                     "Mayor Elected", "2030-11-08T23:30:59-06:00", {}},
        HtmlMetaCase{"UTC stamp a day off the day in the URL's path",
                     "<html><head><meta property=\"article:published_time\" content=\"2030-12-31T23:11:59+00:00\">"
                     "<link rel=\"canonical\" href=\"https://blog.example/2031/01/01/new-year/\"><title>New Year</title></head>"
                     "<body><article>" + kBody + "</article></body></html>",
                     "New Year", "2031-01-01", {}},
        HtmlMetaCase{"today's date in the masthead is not the article's",
                     "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge Closes\","
                     "\"datePublished\":\"2030-11-08T21:56:18Z\"}</script></head><body><header><div class=\"date\">"
                     "Saturday, November 9th 2030</div></header><article>" + kBody + "</article></body></html>",
                     "Bridge Closes", "2030-11-08T21:56:18Z", {}},
        // Headlines: the visible <h1>, without a section label or subtitle, with its kicker.
        HtmlMetaCase{"section label inside the <h1>",
                     "<html><head><meta property=\"og:title\" content=\"Bakery Wins Prize for Rye\"></head><body><article>"
                     "<h1><div class=\"entry-section\"><a href=\"/local/\">Local News | </a></div><span>Bakery Wins Prize for Rye</span></h1>" +
                         kBody + "</article></body></html>",
                     "Bakery Wins Prize for Rye", "", {}},
        HtmlMetaCase{"kicker before the stated headline",
                     "<html><head><meta property=\"og:title\" content=\"Musiker fordern neues Modell\"></head><body><article>"
                     "<h1><span class=\"kicker\">Streaming:</span> Musiker fordern neues Modell</h1>" + kBody + "</article></body></html>",
                     "Streaming: Musiker fordern neues Modell", "", {}},
        HtmlMetaCase{"the page's one headline differs from the stated one",
                     "<html><head><meta property=\"og:title\" content=\"Mayor faces questions\"></head><body><article>"
                     "<h1>As the vote nears, the mayor has to answer about her past</h1>" + kBody + "</article></body></html>",
                     "As the vote nears, the mayor has to answer about her past", "", {}},
        HtmlMetaCase{"emphasis in the <h1> before a comma adds no space; a label span before the name does",
                     "<html><head><title>Story of Metroid</title></head><body><article><h1><a href=\"/m\">The Story Of "
                     "<em>Metroid</em>, One Of Gaming's Richest Universes</a></h1><div class=\"byline\"><span>By</span>"
                     "<span><a href=\"/team/ann-ray\">Ann Ray</a></span></div>" + kBody + "</article></body></html>",
                     "The Story Of Metroid, One Of Gaming's Richest Universes", "", {"Ann Ray"}},
        HtmlMetaCase{"a closing guillemet is the quote's",
                     "<html><head><title>Trainer: «Wir geben nicht auf» - Sportblatt</title></head><body><article>"
                     "<h1>Trainer: «Wir geben nicht auf»</h1>" + kBody + "</article></body></html>",
                     "Trainer: «Wir geben nicht auf»", "", {}},
        HtmlMetaCase{"an <h1> with the site's name is a logo",
                     "<html><head><title>Vegetarisch leben, eine Entscheidung? | Ethikblog</title></head><body><h1>Ethikblog</h1>"
                     "<article><h1>Vegetarisch leben, eine Entscheidung?</h1>" + kBody + "</article></body></html>",
                     "Vegetarisch leben, eine Entscheidung?", "", {}},
        HtmlMetaCase{"of several <h1>, the one closest to <title>",
                     "<html><head><title>Okra masala (okra stir fry) | Chef's Pages</title></head><body><h1 class=\"blog-title\">"
                     "<a href=\"/\">chefspages</a></h1><h1 class=\"entry-title\">Okra masala (okra stir fry)</h1><article><div class=\"post-body\">"
                     "<h1>Okra masala</h1>" + kBody + "</div></article></body></html>",
                     "Okra masala (okra stir fry)", "", {}},
        HtmlMetaCase{"a forum's label before the headline",
                     "<html><head><meta property=\"og:title\" content=\"Patch Notes - Patch 4.47 - Winter Bugfix Build\"></head><body>"
                     "<h1 class=\"p-title-value\"><a href=\"/threads/3976/\"><span class=\"label label--blue\">Patch Notes</span>"
                     "<span class=\"label-append\">&nbsp;</span>Patch 4.47 - Winter Bugfix Build</a></h1><article>" + kBody + "</article></body></html>",
                     "Patch 4.47 - Winter Bugfix Build", "", {}},
        HtmlMetaCase{"a <title> part named as a site",
                     "<html><head><title>Greg Szo's Digital Home | A Journey to Python 3</title></head><body><div>" + kBody +
                         "</div></body></html>",
                     "A Journey to Python 3", "", {}},
        HtmlMetaCase{"breadcrumb in <title>",
                     "<html><head><title>Spieleclub e.V. - Neuigkeiten &raquo; Die Turniere der letzten Zeit</title></head><body>"
                     "<div>" + kBody + "</div></body></html>",
                     "Die Turniere der letzten Zeit", "", {}},
        HtmlMetaCase{"site's name joined without spaces",
                     "<html><head><title>\xE6\xAD\xA6\xE6\xB1\x89\xE7\x9A\x84\xE5\xA3\xB0\xE9\x9F\xB3-\xE6\x96\xB0\xE5\x8D\x8E\xE7\xBD\x91</title></head><body>"
                     "<div>" + kBody + "</div></body></html>",
                     "\xE6\xAD\xA6\xE6\xB1\x89\xE7\x9A\x84\xE5\xA3\xB0\xE9\x9F\xB3", "", {}},
        HtmlMetaCase{"byline written by, set apart from its link",
                     "<html><head><title>Forests and Climate</title></head><body><article><div class=\"post-content\">"
                     "<p><em>Written by: <a href=\"https://news.example/63537\">Julia Moll</a></em></p>" + kBody +
                         "</div></article></body></html>",
                     "Forests and Climate", "", {"Julia Moll"}},
        HtmlMetaCase{"'By' in an element of its own, a date after the name",
                     "<html><head><title>Bridge Closes</title></head><body><article><div class=\"QHbl nkdH\"><span class=\"tChG\">By</span>"
                     "<span><a href=\"/about/newsteam/kim-roe\">Kim Roe</a></span><span>Saturday, November 9, 2030 4:12PM</span></div>" +
                         kBody + "</article></body></html>",
                     "Bridge Closes", "2030-11-09", {"Kim Roe"}},
        HtmlMetaCase{"'Auteur :' line, and a theme credit that is no byline",
                     "<html><head><title>Le pont ferme</title></head><body><article>" + kBody +
                         "<div class=\"longText\"><p>Auteur : Kossi Tiam </p><p>Edition : M-A. Pierre</p></div></article>"
                         "<footer><p>Theme: Sela by Themegraphy</p></footer></body></html>",
                     "Le pont ferme", "", {"Kossi Tiam"}},
        HtmlMetaCase{"credits only: no author",
                     "<html><head><title>Le pont ferme</title></head><body><article>" + kBody +
                         "</article><footer><p>Powered by WordPress | Theme by Themegraphy</p></footer></body></html>",
                     "Le pont ferme", "", {}},
        HtmlMetaCase{"author in a class or id that starts with 'author'",
                     "<html><head><title>Universities Brace for Cuts</title></head><body><div id=\"author_header\">Anna Fazak</div>"
                     "<article>" + kBody + "</article></body></html>",
                     "Universities Brace for Cuts", "", {"Anna Fazak"}},
        HtmlMetaCase{"the first of several itemprop dates is the thread's",
                     "<html><head><title>Cat Sleeps on the Sill</title></head><body><article>"
                     "<time datetime=\"2030-09-27T14:51:09+0200\" itemprop=\"datePublished\">27. September 2030</time>" + kBody +
                         "<time datetime=\"2031-08-17T10:48:30+0200\" itemprop=\"datePublished\">17. August 2031</time>"
                         "<p>A reply, a year later.</p></article></body></html>",
                     "Cat Sleeps on the Sill", "2030-09-27T14:51:09+02:00", {}},
        HtmlMetaCase{"a date class holding the update is passed over",
                     "<html><head><title>Metering Law Passes</title></head><body><div class=\"date-update\">Aktualisiert am 05.12.2030</div>"
                     "<div class=\"date-update-wrapper\"><p>02.12.2030</p></div><article>" + kBody + "</article></body></html>",
                     "Metering Law Passes", "2030-12-02", {}},
        HtmlMetaCase{"the byline names all the authors, the metadata the first",
                     "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Trail Test\","
                     "\"author\":{\"@type\":\"Person\",\"name\":\"Rudi Fisch\"}}</script></head><body><article><h1>Trail Test</h1>"
                     "<div class=\"meta-item author\"><span class=\"vcard author\"><span class=\"fn\">von Rudi Fisch, Simon Kohl</span></span></div>" +
                         kBody + "</article></body></html>",
                     "Trail Test", "", {"Rudi Fisch", "Simon Kohl"}},
        HtmlMetaCase{"the site's name beside the author's",
                     "<html><head><meta property=\"og:site_name\" content=\"Cityvoice\"><meta name=\"author\" content=\"Cityvoice - Alba Avila\">"
                     "<title>Trail Test</title></head><body><article>" + kBody + "</article></body></html>",
                     "Trail Test", "", {"Alba Avila"}},
        HtmlMetaCase{"'Name Site Staff' is the name",
                     "<html><head><meta property=\"og:site_name\" content=\"Cityvoice\"><title>Trail Test</title></head><body><article>"
                     "<div class=\"article-author\">Adam Aron Cityvoice Staff</div>" + kBody + "</article></body></html>",
                     "Trail Test", "", {"Adam Aron"}},
        HtmlMetaCase{"of the dates in the page's text, the one nearest the headline",
                     "<html><head><title>Perfect Cuts</title></head><body><ul><li><a href=\"/x\">Workshop 06.08.2030</a></li></ul>"
                     "<div class=\"intro\"><p class=\"subline\">21. Jan 2031 // Tipps</p><h1>Perfect Cuts</h1></div><article>" + kBody +
                         "</article></body></html>",
                     "Perfect Cuts", "2031-01-21", {}},
        HtmlMetaCase{"a blog signed with its own name",
                     "<html><head><meta property=\"og:site_name\" content=\"Zahlenzauberin\"><title>Ferien</title></head><body>"
                     "<h1 class=\"vcard author\" id=\"site-title\"><a href=\"/\" class=\"fn\">Zahlenzauberin</a></h1><article>" + kBody +
                         "</article></body></html>",
                     "Ferien", "", {"Zahlenzauberin"}},
        // SEO plugins state the author as a reference to a Person node of the @graph, on the Article or the WebPage.
        HtmlMetaCase{"JSON-LD author by @id, on an Article",
                     "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Trail Test\","
                     "\"author\":{\"@id\":\"https://blog.example/#/person/1\"}},{\"@type\":\"Person\",\"@id\":\"https://blog.example/#/person/1\","
                     "\"name\":\"Dora Schupp\"}]}</script></head><body><article>" + kBody + "</article></body></html>",
                     "Trail Test", "", {"Dora Schupp"}},
        HtmlMetaCase{"JSON-LD author by @id, on the WebPage only",
                     "<html><head><title>Im Test: Shampoo</title><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                     "\"author\":{\"@id\":\"https://blog.example/#/person/2\"}},{\"@type\":[\"Person\"],\"@id\":\"https://blog.example/#/person/2\","
                     "\"name\":\"sunnyday77\"},{\"@type\":\"Person\",\"@id\":\"https://blog.example/#/person/3\",\"name\":\"Eve Fox\"}]}</script>"
                     "</head><body><article>" + kBody + "</article></body></html>",
                     "Im Test: Shampoo", "", {"sunnyday77"}},
        // A short form of the name stands for the full name the page shows: initials for a name standing
        // alone, a first name for one that ends lines twice, never a name from the comments.
        HtmlMetaCase{"initials for the full name in the license line",
                     "<html><head><title>Ein langer Tag</title></head><body><article><span class=\"byline\"><a rel=\"author\" "
                     "href=\"/author/dt/\">DT</a></span>" + kBody + "</article><footer><span>Ein Hundetagebuch</span> von "
                     "<a href=\"/\" rel=\"cc:attributionURL\">Donald Townsend</a> steht unter einer Lizenz</footer></body></html>",
                     "Ein langer Tag", "", {"Donald Townsend"}},
        HtmlMetaCase{"a first name for the full name the page repeats, not a commenter's",
                     "<html><head><title>Zahlen</title></head><body><article><a rel=\"author\" href=\"/author/henry/\">Henry</a>" +
                         kBody + "<p>Foto: Henry Steinhau</p></article><div class=\"comments\"><p>Henry Ford</p><p>Henry Ford</p>"
                         "<p>Henry Ford</p></div><aside><h3>MEHR VON HENRY STEINHAU</h3></aside></body></html>",
                     "Zahlen", "", {"Henry Steinhau"}},
        HtmlMetaCase{"a first name the page shows in full once stays as it is",
                     "<html><head><title>Zahlen</title></head><body><h2>Journal von Andrea Ulmer</h2><article>"
                     "<a rel=\"author\" href=\"/author/andrea/\">Andrea</a>" + kBody + "</article></body></html>",
                     "Zahlen", "", {"Andrea"}},
        // No author named: the copyright line's holder (the footer's, not a photo's), else the site.
        HtmlMetaCase{"no author: the footer's copyright holder",
                     "<html><head><meta property=\"og:site_name\" content=\"Windpark News\"><title>Windpark</title></head><body><article>" +
                         kBody + "<figure><figcaption>&copy; dpa</figcaption></figure></article><footer><div class=\"legal\"><p>"
                         "&copy; Nordwind Energie AG 2030. Alle Rechte vorbehalten.</p></div></footer></body></html>",
                     "Windpark", "", {"Nordwind Energie AG"}},
        HtmlMetaCase{"no author: the copyright line with its years",
                     "<html><head><title>Python 3</title></head><body><article>" + kBody + "</article><div id=\"footer\"><p>Copyright (c) "
                     "2012- Greg Szo. All rights reserved. Design by <a href=\"/t\">Templates</a></p></div></body></html>",
                     "Python 3", "", {"Greg Szo"}},
        HtmlMetaCase{"no author: the copyright mark apart from its holder, a contact link before it",
                     "<html><head><meta property=\"og:site_name\" content=\"Gazette News\"><title>Ferry</title></head><body><article>" +
                         kBody + "</article><div class=\"foot\"><ul><li><a href=\"/contact\">Contact the Gazette</a></li></ul>"
                         "<p><span>&copy;</span> 2030 <a href=\"/\">Hafen Verlag</a>. The Gazette is not responsible for external sites."
                         "</p></div></body></html>",
                     "Ferry", "", {"Hafen Verlag"}},
        HtmlMetaCase{"no author: the copyright line inside a block that starts with other words",
                     "<html><head><meta property=\"og:site_name\" content=\"Gazette News\"><title>Ferry</title></head><body><article>" +
                         kBody + "</article><div class=\"foot\"><a href=\"/contact\">Contact the Gazette</a> <small><span>Copyright "
                         "&copy; 2030 Hafen Verlag.</span> The Gazette is not responsible for external sites.</small></div></body></html>",
                     "Ferry", "", {"Hafen Verlag"}},
        HtmlMetaCase{"no author, no copyright: the site signs, without an academic title",
                     "<html><head><meta property=\"og:site_name\" content=\"Dr. Alex Kler\"><title>Zeit</title></head><body><article>" +
                         kBody + "</article></body></html>",
                     "Zeit", "", {"Alex Kler"}},
        HtmlMetaCase{"an author box's job title and picture are not names",
                     "<html><head><title>Bridge Closes</title></head><body><article><div class=\"author\"><a class=\"author-link\" "
                     "href=\"/author/ann-lee\"><div class=\"author-img\"><img alt=\"Ann Lee\" src=\"a.png\"></div>Ann Lee</a>"
                     "<div class=\"author-title\">Games Editor</div></div>" + kBody + "</article></body></html>",
                     "Bridge Closes", "", {"Ann Lee"}},
        HtmlMetaCase{"linked names before a comma; the affiliation after it",
                     "<html><head><title>Bridge Closes</title></head><body><article><div class=\"blog-author\">By "
                     "<a href=\"/bio/ann-lee\">Ann Lee</a>, Senior Staff Technologist, Speech, Privacy, and Technology Project</div>" +
                         kBody + "</article></body></html>",
                     "Bridge Closes", "", {"Ann Lee"}},
        HtmlMetaCase{"a picture's caption credits its painter, not the article's author",
                     "<html><head><title>Bridge Closes</title></head><body><article><div class=\"thumbcaption\">Portrait of "
                     "<a href=\"/wiki/H\">Hinepare</a> by <a href=\"/wiki/G\">Gottfried Lindau</a>, showing a cloak</div>" +
                         kBody + "</article></body></html>",
                     "Bridge Closes", "", {}},
        HtmlMetaCase{"a theme's body class about captions leaves the bylines be",
                     "<html><head><title>Bridge Closes</title></head><body class=\"single wp-featherlight-captions\"><article>"
                     "<p class=\"meta\">By Ann Lee</p>" + kBody + "</article></body></html>",
                     "Bridge Closes", "", {"Ann Lee"}},
        HtmlMetaCase{"an id about authority control names no author",
                     "<html><head><title>Bridge Closes</title></head><body><article>" + kBody + "</article><table><tr>"
                     "<th id=\"Authority_control\"><a href=\"/wiki/Help:Authority_control\">Authority control</a></th></tr></table>"
                     "</body></html>",
                     "Bridge Closes", "", {}},
        HtmlMetaCase{"a forum thread's first post names its starter",
                     "<html><head><title>Patch 4.47</title></head><body><div class=\"block-body\"><article class=\"message\" "
                     "data-author=\"Tiberion\"><div class=\"message-content\">" + kBody + "</div></article><article class=\"message\" "
                     "data-author=\"Bibi Blocks\"><div class=\"message-content\"><p>Thanks for the patch!</p></div></article></div>"
                     "<footer><p>Forum software &copy; 2030 ForumWare Ltd.</p></footer></body></html>",
                     "Patch 4.47", "", {"Tiberion"}},
        HtmlMetaCase{"the author in a picture's license line is the picture's",
                     "<html><head><title>Clickbait</title></head><body><article><figure><img src=\"a.jpg\"><div class=\"license-info\">"
                     "<span class=\"author-name\"><a href=\"https://photos.example/1\">Nenad Stoj</a></span></div></figure>"
                     "<div class=\"author\"><p>Autor <span>Mark Nolan:</span></p><div><a href=\"/en/\">EN</a></div></div>" + kBody +
                         "</article></body></html>",
                     "Clickbait", "", {"Mark Nolan"}},
        // Chinese pages sign with "作者：" (author) or, at the end, "责任编辑：" (the editor in charge).
        HtmlMetaCase{"a Chinese page's editor in charge, after a full-width colon",
                     "<html><head><title>\xE6\xAD\xA6\xE6\xB1\x89</title></head><body><div class=\"article\">" + kBody +
                         "</div><div class=\"p-jc\"><span>\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A  "
                         "\xE7\x84\xA6\xE9\xB9\x8F  </span></div></body></html>",
                     "\xE6\xAD\xA6\xE6\xB1\x89", "", {"\xE7\x84\xA6\xE9\xB9\x8F"}},
        HtmlMetaCase{"'by' alone names the text after it, in a longer header block",
                     "<html><head><title>Chapter 1: Prologue</title></head><body><div class=\"fic-header\"><a href=\"/fiction/1\">"
                     "<h2>Melos</h2></a><span> by </span> <h3><a href=\"/profile/14\">delta77</a></h3><h1>Chapter 1: Prologue</h1></div>"
                     "<div class=\"chapter-content\">" + kBody + "</div><footer><p>CC Attribution - Share Alike by <a href=\"/\">Rol Alto</a>"
                     ", the wiki communities 2010 - 2030</p></footer></body></html>",
                     "Chapter 1: Prologue", "", {"delta77"}},
        HtmlMetaCase{"a license's 'by' is no byline",
                     "<html><head><title>Vegetarisch</title></head><body><article>" + kBody + "</article><footer><p>"
                     "<a href=\"/cc\">CC Attribution - Share Alike</a> by <a href=\"/\">Rol Alto</a>, the wiki communities 2010 - 2030"
                     "</p></footer></body></html>",
                     "Vegetarisch", "", {}},
        HtmlMetaCase{"a line naming a piece of writing and its author",
                     "<html><head><title>Vegetarisch</title></head><body><article><p><strong>Vegetarisch leben?</strong></p>"
                     "<p>Blog Beitrag von Marga Koren</p>" + kBody + "<p>Ein Film von Tom Tykwer zeigt es.</p></article></body></html>",
                     "Vegetarisch", "", {"Marga Koren"}},
        HtmlMetaCase{"a line under the headline with a date and a name",
                     "<html><head><title>Variablen</title></head><body><div class=\"row\"><h1>Variablen und ihr Zuhause</h1>"
                     "<p class=\"text-muted\">11.12.2030 - Amalie Loven</p></div><div class=\"content\">" + kBody + "</div></body></html>",
                     "Variablen und ihr Zuhause", "2030-12-11", {"Amalie Loven"}},
        HtmlMetaCase{"a link to the author's page shows the chosen name, even a web address",
                     "<html><head><title>Zu viel Auswahl</title></head><body><article><span class=\"post-meta-author\">Autor: "
                     "<a href=\"https://blog.example/author/koffer/\">www.koffer.example</a></span>" + kBody + "</article></body></html>",
                     "Zu viel Auswahl", "", {"www.koffer.example"}},
        HtmlMetaCase{"numeric date day first outside the United States",
                     "<html xml:lang=\"en-GB\"><head><title>Bridge Closes</title></head><body><span class=\"time\">02/10/2030</span>"
                     "<article>" + kBody + "</article></body></html>",
                     "Bridge Closes", "2030-10-02", {}}));

TEST(HtmlReader, RecognisedFromContent) {
  EXPECT_TRUE(html::looks_like_html("<!DOCTYPE html><html><body></body></html>"));
  EXPECT_TRUE(html::looks_like_html("\n  <style>p{}</style><div><p>Saved from a reader app.</p></div>"));
  EXPECT_TRUE(html::looks_like_html("<p>A fragment.</p>"));
  // A saved page whose first 4 KiB are one <style> block.
  std::string long_style = "<style>\n" + std::string(6000, ' ') + "p { margin: 0 }\n</style><h1>Title</h1><p>Text.</p>";
  EXPECT_TRUE(html::looks_like_html(long_style));
  EXPECT_FALSE(html::looks_like_html("<b " + std::string(6000, 'x')));
  EXPECT_FALSE(html::looks_like_html("A < B, and B > C: no markup here."));
  EXPECT_FALSE(html::looks_like_html("<this is not markup and never closes"));
  EXPECT_FALSE(html::looks_like_html("{\"text\": \"<p>JSON</p>\"}"));
}

TEST(HtmlReader, SurvivesBadMarkup) {
  std::vector<std::string> pages = {
      "<html><body><p>Truncated in the middle of a tag, after a sentence that is long enough. <a href=\"x",
      "<html><body><!-- a comment that never ends <p>hidden</p>",
      "<html><body></div></span></p><p>Stray end tags before a paragraph that is quite long, with a comma.</p></td>",
      "<html><body><p>Unclosed paragraph one, with a comma and enough words.<p>Unclosed two, also long enough to count.",
      "<html><body><script>document.write('<p>never closed')",
  };
  Pipeline p;
  for (const std::string& page : pages) {
    Result r = p.run(page, "bad");
    EXPECT_TRUE(r.ok()) << page;
    EXPECT_EQ(r.document.form, InputForm::kHtml) << page;
  }
  EXPECT_NE(p.run(pages[2], "bad").document.text.find("Stray end tags"), std::string::npos);
  EXPECT_NE(p.run(pages[3], "bad").document.text.find("Unclosed two"), std::string::npos);
  EXPECT_FALSE(p.run(pages[0], "bad").document.warnings.empty());
}

TEST(HtmlReader, HundredThousandNestedTags) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>Deep inside, the text is still found, with a comma, and enough words to count.</p>";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  Document d = read_one(page);
  EXPECT_NE(d.text.find("Deep inside"), std::string::npos);
  // Unclosed nesting as well.
  std::string open_only = "<html><body>";
  for (int i = 0; i < 100000; ++i) open_only += "<span><b>";
  open_only += "text";
  EXPECT_TRUE(Pipeline().run(open_only, "deep").ok());
}

TEST(HtmlReader, MarkupSoupIsFlattened) {
  // A tag every four bytes: the elements kept are bounded by the input's size, the text is all read.
  std::string soup = "<html><body><p>";
  for (int i = 0; i < 300000; ++i) soup += "<i>x ";
  html::Page page = html::parse(soup);
  EXPECT_LE(page.elements.size(), soup.size() / html::kBytesPerElement + 1024);
  Document d = read_one(soup);
  EXPECT_EQ(std::count(d.text.begin(), d.text.end(), 'x'), 300000);
}

struct EntityCase {
  const char* raw;
  const char* decoded;
};

TEST(HtmlText, DecodesReferencesAndCollapsesSpace) {
  for (const EntityCase& c : std::vector<EntityCase>{
           {"Fish &amp; chips", "Fish & chips"},
           {"caf&eacute; &#233; &#xE9;", "caf\xC3\xA9 \xC3\xA9 \xC3\xA9"},
           {"  a \n\t b&nbsp;c  ", "a b c"},
           {"&#150; &#8212; &mdash;", "\xE2\x80\x93 \xE2\x80\x94 \xE2\x80\x94"},
           {"AT&T &unknown; &", "AT&T &unknown; &"},
           {"&#0; &#xD800;", "\xEF\xBF\xBD \xEF\xBF\xBD"},
       })
    EXPECT_EQ(html::decode_text(c.raw), c.decoded) << c.raw;
}

TEST(Encodings, HtmlInWindows1252AndUtf16) {
  Document latin = read_one("<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head><body>"
                            "<p>\x93M\xFCnchen\x94 \x96 the caf\xE9 opened again on Monday, its owner said.</p></body></html>");
  EXPECT_EQ(latin.metadata.title.value, "Caf\xC3\xA9");
  EXPECT_NE(latin.text.find("\xE2\x80\x9CM\xC3\xBCnchen\xE2\x80\x9D \xE2\x80\x93 the caf\xC3\xA9"), std::string::npos) << latin.text;
  ASSERT_FALSE(latin.warnings.empty());
  // The source map reaches the original single bytes: "opened" is 6 bytes of input, wherever it is.
  size_t at = latin.text.find("opened");
  Span s = latin.source_map.to_source({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)});
  EXPECT_EQ(s.size(), 6u);

  std::string utf8 = "<html><body><p>Prague police said on Saturday that five officers had returned.</p></body></html>";
  std::string utf16 = "\xFF\xFE"s;
  for (char c : utf8) utf16 += std::string{c, '\0'};
  Document wide = read_one(utf16);
  EXPECT_EQ(wide.form, InputForm::kHtml);
  at = wide.text.find("police");
  ASSERT_NE(at, std::string::npos);
  s = wide.source_map.to_source({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)});
  EXPECT_EQ(s.start, 2 + 2 * utf8.find("police"));
  EXPECT_EQ(s.size(), 12u);
}

// ---- JSON -------------------------------------------------------------------------------------------

TEST(JsonReader, ObjectWithFields) {
  std::string json = R"({"title": "Port Closes", "url": "https://port.example/2031/03/15/closed",
    "author": "By Bo Chan and Cy Dee", "source": "Port Wire", "language": "en",
    "text": "ROTTERDAM (Port Wire) \u2014 The port closed on Saturday.\n\n\"Ships will wait,\" a pilot said."})";
  Document d = read_one(json);
  EXPECT_EQ(d.form, InputForm::kJson);
  EXPECT_EQ(d.metadata.title.value, "Port Closes");
  EXPECT_EQ(d.metadata.published.value, "2031-03-15");
  EXPECT_EQ(author_names(d), (std::vector<std::string>{"Bo Chan", "Cy Dee"}));
  EXPECT_EQ(d.metadata.site.value, "Port Wire");
  EXPECT_EQ(d.text, "ROTTERDAM (Port Wire) \xE2\x80\x94 The port closed on Saturday.\n\n\"Ships will wait,\" a pilot said.");
  // Escapes map back to the JSON source: \u2014 to its six bytes, \" to its two.
  size_t dash = d.text.find("\xE2\x80\x94");
  Span s = d.source_map.to_source({static_cast<uint32_t>(dash), static_cast<uint32_t>(dash + 3)});
  EXPECT_EQ(json.substr(s.start, s.size()), "\\u2014");
  size_t quote = d.text.find("Ships will wait,\"");
  s = d.source_map.to_source({static_cast<uint32_t>(quote), static_cast<uint32_t>(quote + 17)});
  EXPECT_EQ(json.substr(s.start, s.size()), "Ships will wait,\\\"");
  ASSERT_TRUE(d.metadata.dateline.has_value());
  EXPECT_EQ(d.metadata.dateline->city.value, "Rotterdam");
}

TEST(JsonReader, ArraysAndJsonLinesGiveSeveralDocuments) {
  Pipeline p;
  std::string array = R"([{"title": "One", "date": 1936915200, "body": "<p>First story, in HTML, with <b>bold</b> words.</p>"},
                          {"headline": "Two", "datePublished": "2031-05-01", "content": "Second story."}])";
  std::vector<Result> docs = p.run_all(array, "feed.json");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].document.name, "feed.json#1");
  EXPECT_EQ(docs[0].document.text, "First story, in HTML, with bold words.");
  EXPECT_EQ(docs[0].document.metadata.published.value, "2031-05-19");
  EXPECT_EQ(docs[1].document.metadata.title.value, "Two");
  size_t at = docs[0].document.text.find("bold");
  Span s = docs[0].document.source_map.to_source({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 4)});
  EXPECT_EQ(array.substr(s.start, s.size()), "bold");

  std::string lines = "{\"title\": \"A\", \"text\": \"Alpha.\"}\n\n{\"title\": \"B\", \"text\": \"Beta.\"}\n";
  docs = p.run_all(lines, "feed.jsonl");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].document.text, "Beta.");
  s = docs[1].document.source_map.to_source({0, 5});
  EXPECT_EQ(lines.substr(s.start, s.size()), "Beta.");
  // run() gives the first and says there are more.
  Result first = p.run(lines, "feed.jsonl");
  EXPECT_EQ(first.document.text, "Alpha.");
  EXPECT_FALSE(first.document.warnings.empty());
}

TEST(JsonReader, InvalidJsonIsAClearError) {
  Pipeline p;
  EXPECT_EQ(p.run("{\"title\": \"x\", ", "bad").error, "invalid JSON: not an object, an array or JSON Lines");
  EXPECT_EQ(p.run("{\"text\": \"a\"}\n{broken\n", "bad").error, "invalid JSON on line 2 of JSON Lines");
  EXPECT_EQ(p.run("[1, 2, 3]", "bad").error, "JSON without an article object (no text, body or content field)");
  std::string deep(100000, '[');
  EXPECT_FALSE(p.run(deep, "deep").ok());
}

// ---- Datelines, bylines, language ------------------------------------------------------------------

struct DatelineCase {
  std::string opening;
  std::string city;  // "" when no dateline
  std::vector<std::string> agencies;
  std::string date;
};

void PrintTo(const DatelineCase& c, std::ostream* os) { *os << c.opening; }

class DatelineTest : public testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, FindsCityAgenciesDate) {
  const DatelineCase& c = GetParam();
  Document d = read_one("date 2020-01-25 Wire\nA Title For The Story\n\n" + c.opening + " the story goes on here.\n");
  if (c.city.empty()) {
    EXPECT_FALSE(d.metadata.dateline.has_value());
    return;
  }
  ASSERT_TRUE(d.metadata.dateline.has_value());
  const Dateline& dl = *d.metadata.dateline;
  EXPECT_EQ(dl.city.value, c.city);
  std::vector<std::string> agencies;
  for (const MetaValue& a : dl.agencies) agencies.push_back(a.value);
  EXPECT_EQ(agencies, c.agencies);
  EXPECT_EQ(dl.date.value, c.date);
  bool annotated = false;
  for (const Annotation& a : d.annotations) annotated |= a.kind == "dateline" && d.slice(a.span).rfind(d.slice(*dl.city.span), 0) == 0;
  EXPECT_TRUE(annotated);
}

INSTANTIATE_TEST_SUITE_P(
    Table, DatelineTest,
    testing::Values(
        DatelineCase{"PRAGUE (UrduPoint News / Sputnik - 25th January, 2020) Five", "Prague", {"UrduPoint News", "Sputnik"}, "2020-01-25"},
        DatelineCase{"WASHINGTON (AP) \xE2\x80\x94 The Senate", "Washington", {"AP"}, ""},
        DatelineCase{"LONDON, Jan 5 (Reuters) - Britain's", "London", {"Reuters"}, "2020-01-05"},
        DatelineCase{"KABUL, Afghanistan \xE2\x80\x94 Gunmen", "Kabul", {}, ""},
        DatelineCase{"RIO DE JANEIRO (AFP) - Rain", "Rio de Janeiro", {"AFP"}, ""},
        DatelineCase{"NATO said on Friday that", "", {}, ""},
        DatelineCase{"The UN (United Nations) said", "", {}, ""}));

TEST(Byline, PlainTextByline) {
  Document d = read_one("Bridge Closes To Cars\n\nBy Ann Lee and Bo Chan\n\nThe council voted on Tuesday.\n");
  EXPECT_EQ(author_names(d), (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
  ASSERT_TRUE(d.metadata.authors[0].span.has_value());
  EXPECT_EQ(d.slice(*d.metadata.authors[1].span), "Bo Chan");
}

TEST(Language, FromFunctionWords) {
  EXPECT_EQ(read_one("The mayor said that the bridge was closed and that it would open in the spring.").metadata.language.value, "en");
  EXPECT_EQ(read_one("Der Bürgermeister sagte, dass die Brücke nicht mit Autos befahren wird und auch zu bleibt.").metadata.language.value, "de");
  EXPECT_EQ(read_one("Le maire a dit que le pont est fermé pour les voitures dans une semaine, avec des travaux.").metadata.language.value, "fr");
  EXPECT_FALSE(read_one("Prague. Berlin. Rome.").metadata.language.present());
}

// ---- Values -----------------------------------------------------------------------------------------

TEST(MetadataValues, Dates) {
  struct Case {
    const char* in;
    const char* iso;  // "" when not a date
  };
  for (const Case& c : std::vector<Case>{
           {"2019-07-28T10:00:00.000Z", "2019-07-28T10:00:00Z"},
           {"2019-07-28T10:00:00+0200", "2019-07-28T10:00:00+02:00"},
           {"2019-07-28", "2019-07-28"},
           {"Sun, 28 Jul 2019 10:00:00 GMT", "2019-07-28T10:00:00Z"},
           {"July 28, 2019", "2019-07-28"},
           {"Posted on July 28, 2019 by admin", "2019-07-28"},
           {"28. Juli 2019", "2019-07-28"},
           {"28.07.2019", "2019-07-28"},
           {"20190728", "2019-07-28"},
           {"07/28/2019", "2019-07-28"},
           {"28/07/2019", "2019-07-28"},
           {"Von: Ann Lee | 31.10.23", "2023-10-31"},
           {"(last edited 2019-11-10 13:28:18 by someone)", "2019-11-10"},
           {"version 1.2.3", ""},
           {"last week", ""},
           {"2019-02-30", ""},
       }) {
    auto t = parse_date_value(c.in);
    EXPECT_EQ(t ? to_iso(*t) : std::string(), c.iso) << c.in;
  }
  EXPECT_EQ(to_iso(*parse_date_value("02/10/2020", true)), "2020-10-02");
  EXPECT_EQ(to_iso(*parse_date_value("02/10/2020", false)), "2020-02-10");
  EXPECT_EQ(to_iso(*parse_date_value("12/25/2020", true)), "2020-12-25");
  EXPECT_EQ(date_from_url("https://x.example/2019/04/30/slug"), "2019-04-30");
  EXPECT_EQ(date_from_url("https://x.example/news/20190430/slug"), "2019-04-30");
  EXPECT_EQ(date_from_url("https://x.example/item/12345678901"), "");
}

TEST(MetadataValues, Authors) {
  EXPECT_EQ(split_authors("By Ann Lee and Bo Chan"), (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
  EXPECT_EQ(split_authors("Von Benjamin Fischer und Marcus Theurer"), (std::vector<std::string>{"Benjamin Fischer", "Marcus Theurer"}));
  EXPECT_EQ(split_authors("Eve Fox, Gil Hart & Ida Jones"), (std::vector<std::string>{"Eve Fox", "Gil Hart", "Ida Jones"}));
  EXPECT_TRUE(split_authors("https://www.facebook.com/someone").empty());
  EXPECT_TRUE(split_authors("@handle").empty());
  // What follows the names: a date, a time, a degree, the broadcaster.
  EXPECT_EQ(split_authors("par Didier Roy, 21 juin 2018"), (std::vector<std::string>{"Didier Roy"}));
  EXPECT_EQ(split_authors("By Evan Symon, August 14, 2020 2:30 pm"), (std::vector<std::string>{"Evan Symon"}));
  EXPECT_EQ(split_authors("Von R. R. am 3. März 2014"), (std::vector<std::string>{"R. R."}));
  EXPECT_EQ(split_authors("Author: Bo2man am 29.12.2010, 13:36 Uhr"), (std::vector<std::string>{"Bo2man"}));
  EXPECT_EQ(split_authors("Isabel Caro, Rocío Latorre, José Miguel Wilson hace 2 horas"),
            (std::vector<std::string>{"Isabel Caro", "Rocío Latorre", "José Miguel Wilson"}));
  EXPECT_EQ(split_authors("Grant Tinsley, PhD"), (std::vector<std::string>{"Grant Tinsley"}));
  EXPECT_EQ(split_authors("Rob Picheta, CNN"), (std::vector<std::string>{"Rob Picheta"}));
  EXPECT_EQ(split_authors("'Luana Patriolino, Raphael Felice'"), (std::vector<std::string>{"Luana Patriolino", "Raphael Felice"}));
  EXPECT_EQ(split_authors("Posted in Datenschutz by damianduchamps"), (std::vector<std::string>{"damianduchamps"}));
  EXPECT_EQ(split_authors("freeman1984"), (std::vector<std::string>{"freeman1984"}));
  EXPECT_TRUE(split_authors("12. Mai 2019").empty());
  EXPECT_EQ(split_authors("Por Williams Perdo @wperdo"), (std::vector<std::string>{"Williams Perdo"}));
  EXPECT_TRUE(split_authors("A note from delta201 about chapter 2").empty());
  EXPECT_TRUE(split_authors("Updated 12 minutes ago, read the full story here").empty());
  EXPECT_EQ(split_authors("Prof. Dr. Eva Roth"), (std::vector<std::string>{"Eva Roth"}));
  // Words around a byline that are no names: a form's message, a label, "ago" before the age ("před 2 hodinami").
  EXPECT_TRUE(split_authors("Por favor, tente mais tarde!").empty());
  EXPECT_TRUE(split_authors("Last Updated").empty());
  EXPECT_EQ(split_authors("Mac & i"), (std::vector<std::string>{"Mac & i"}));
  EXPECT_EQ(split_authors("Par Alexandre Hervaud et J\xC3\xA9r\xC3\xA9my Piette \xE2\x80\x94 3 mars 2019"),
            (std::vector<std::string>{"Alexandre Hervaud", "J\xC3\xA9r\xC3\xA9my Piette"}));
  EXPECT_EQ(split_authors("Ann Lee \xE2\x80\x94"), (std::vector<std::string>{"Ann Lee"}));
  EXPECT_TRUE(split_authors("by Gottfried Lindau, showing chin moko, pounamu hei-tiki, woven cloak").empty());
  EXPECT_EQ(split_authors("Jana Dvo\xC5\x99\xC3\xA1k p\xC5\x99" "ed 2 hodinami"), (std::vector<std::string>{"Jana Dvo\xC5\x99\xC3\xA1k"}));
  // A URL's slug and a translator's line name no author; a byline's name ends at a colon.
  EXPECT_TRUE(split_authors("sarah-jung").empty());
  EXPECT_EQ(split_authors("Sarah-Inga Jung"), (std::vector<std::string>{"Sarah-Inga Jung"}));
  EXPECT_TRUE(split_authors("\xC3\x9C" "bersetzung Sarah-Inga Jung, 12.12.30").empty());
  EXPECT_TRUE(split_authors("Translated by Bo Chan").empty());
  EXPECT_EQ(split_authors("Autor Mark Nolan: EN"), (std::vector<std::string>{"Mark Nolan"}));
}

TEST(MetadataValues, CopyrightHolder) {
  EXPECT_EQ(copyright_holder("\xC2\xA9 2030 ZVEI"), "ZVEI");
  EXPECT_EQ(copyright_holder("\xC2\xA9 since 2010 by C.Haber All rights reserved Impressum"), "C.Haber");
  EXPECT_EQ(copyright_holder("(c) 1998 - 2030 Hafen Verlag GmbH | Impressum"), "Hafen Verlag GmbH");
  EXPECT_EQ(copyright_holder("\xC2\xA9 Deutsches Forum, 2030 - Alle Rechte vorbehalten"), "Deutsches Forum");
  EXPECT_EQ(copyright_holder("Some text \xC2\xA9 2030 ZVEI"), "");
}

}  // namespace
}  // namespace ledeline
