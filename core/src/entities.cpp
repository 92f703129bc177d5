// [SECTION] Entities: people, organizations, places, facilities, groups and other names, and the roles
// and titles of people.
//
// The statistical tagger (entity_tagger.h) finds the names and their CoNLL types; word lists written for
// this project refine them: a place whose last word is a building is a facility ("Baghdad International
// Airport"), a nationality is a group ("Iraqi"), a group or place before an institution is an
// organization ("Czech police"). Before a person's name, or in an apposition after it, role nouns
// ("Prime Minister", "spokeswoman") and titles ("Lt.") are read off, with the organization the role is in.
#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#include "annotators.h"
#include "ledeline/entity_tagger.h"
#include "text_util.h"

namespace ledeline {
namespace {

// Sorted word lists (lower case), searched by binary search.
template <size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

// Nouns that end a role: "spokeswoman", "[prime] minister", "commander".
constexpr std::array<std::string_view, 66> kRoleHeads = {
    "adviser", "advisor", "ambassador", "analyst", "anchor", "attorney", "author", "boss", "candidate",
    "captain", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach", "commander", "commissioner",
    "correspondent", "councillor", "counterpart", "deputy", "diplomat", "director", "doctor", "economist",
    "editor", "envoy", "executive", "founder", "general", "goalkeeper", "governor", "head", "inspector",
    "judge", "king", "lawyer", "leader", "manager", "mayor", "mep", "minister", "mp", "negotiator", "nominee",
    "officer", "official", "pm", "pope", "premier", "president", "prince", "princess", "professor",
    "prosecutor", "queen", "secretary", "senator", "sheikh", "speaker", "spokesman", "spokesmen",
    "spokesperson", "spokeswoman", "striker"};
// Words that stay in a role before its head: "Prime Minister", "Foreign Minister", "Vice President",
// the portfolios of ministers and secretaries ("Transport Minister", "Education Secretary").
// ("Labour" is left out: "Labour MP" is a party's.)
constexpr std::array<std::string_view, 42> kRoleModifiers = {
    "acting", "agriculture", "assistant", "chief", "climate", "communications", "culture", "defence",
    "defense", "deputy", "development", "economy", "education", "energy", "environment", "executive",
    "finance", "first", "foreign", "health", "home", "housing", "immigration", "industry", "infrastructure",
    "interior", "justice", "presidential", "press", "prime", "science", "senior", "sports", "state",
    "tourism", "trade", "transport", "transportation", "treasury", "vice", "war", "welfare"};
// Titles written before a name and kept out of its span ("Lt. Magdalena Dvorakova").
constexpr std::array<std::string_view, 36> kTitles = {
    "adm", "adm.", "brig", "brig.", "capt", "capt.", "col", "col.", "cpl", "cpl.", "dame", "dr", "dr.", "gen",
    "gen.", "gov", "gov.", "lady", "lord", "lt", "lt.", "maj", "maj.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "prof", "prof.", "rep.", "rev.", "sen.", "sgt", "sgt."};
// Bodies named by a group or place before them: "Czech police", "Iraq's parliament".
constexpr std::array<std::string_view, 16> kInstitutions = {
    "army", "cabinet", "congress", "embassy", "government", "judiciary", "military", "ministry", "navy",
    "parliament", "police", "presidency", "regime", "security", "senate", "troops"};
// Last words of facility names.
constexpr std::array<std::string_view, 26> kFacilityHeads = {
    "airport", "arena", "base", "bridge", "building", "camp", "cathedral", "centre", "church", "embassy",
    "hospital", "hotel", "mosque", "museum", "palace", "park", "port", "prison", "refinery", "square",
    "stadium", "station", "temple", "terminal", "tower", "university"};
// Groups by belief or politics (nationalities are told by their endings, below).
constexpr std::array<std::string_view, 20> kGroupWords = {
    "buddhist", "buddhists", "catholic", "catholics", "christian", "christians", "communist", "communists",
    "democrat", "democrats", "hindu", "hindus", "jew", "jews", "muslim", "muslims", "republican",
    "republicans", "shi'ite", "sunni"};
// Lower-case words after a name that are no noun: "Czech military" is a group before a noun, "Helsinki on
// Monday" a place before a preposition or an auxiliary.
constexpr std::array<std::string_view, 34> kFunctionWords = {
    "a", "after", "and", "are", "as", "at", "before", "but", "by", "during", "for", "from", "had", "has",
    "have", "in", "into", "is", "of", "on", "or", "over", "said", "says", "that", "the", "to", "was",
    "were", "which", "who", "will", "with", "would"};
// Kinds of groups led by a place: "US-led coalition".
constexpr std::array<std::string_view, 5> kLedBodies = {
    "alliance", "coalition", "force", "forces", "operation"};


bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Nationalities and peoples as news writes them: Iraqi, Iranian, Czech, Chinese, Spanish, Dutch.
bool looks_like_nationality(std::string_view lower) {
  for (std::string_view e : {"an", "ans", "ese", "ish", "i", "is", "ch", "ic"})
    if (lower.size() > e.size() + 2 && ends_with(lower, e)) return true;
  return false;
}

// A name the tagger found, as tokens [first, last) of the document.
struct Mention {
  uint32_t first, last;
  std::string kind;
  size_t annotation = 0;  // index in doc.annotations
};

// A name as tokens [first, last) of the document, with the tagger's type.
struct Chunk {
  uint32_t first, last;
  ConllType type;
  bool dateline = false;  // the dateline's city or an agency, not the tagger's
};

bool has_upper_first(std::string_view w) { return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0); }

// Words that the tagger may take into a name at its edges but that are never part of one.
constexpr std::array<std::string_view, 38> kEdgeWords = {
    "A", "An", "April", "August", "December", "Eight", "February", "Five", "Four", "Fri", "Friday", "January",
    "July", "June", "March", "Mon", "Monday", "Nine", "November", "October", "One", "Sat", "Saturday",
    "September", "Seven", "Six", "Sun", "Sunday", "Ten", "The", "Three", "Thu", "Thursday", "Tue", "Tuesday",
    "Two", "Wed", "Wednesday"};

bool edge_word(std::string_view w) {
  return !has_upper_first(w) || std::binary_search(kEdgeWords.begin(), kEdgeWords.end(), w);
}

// Last words of organization names: "Islamic State", "Quds Force", "Workers' Party".
constexpr std::array<std::string_view, 27> kOrgHeads = {
    "Agency", "Army", "Association", "Bank", "Brigade", "Brigades", "Brotherhood", "Commission", "Committee",
    "Company", "Corporation", "Council", "Court", "Federation", "Force", "Forces", "Front", "Group", "Guard",
    "Institute", "League", "Movement", "Organisation", "Organization", "Party", "State", "Union"};
// Organizations news names without saying what they are: platforms, agencies and the like (one word each).
constexpr std::array<std::string_view, 20> kKnownOrgs = {
    "AFP", "AP", "BBC", "CNN", "Facebook", "GOP", "Google", "Instagram", "Interfax", "NATO", "Reuters", "Sputnik",
    "TASS", "Telegram", "TikTok", "Twitter", "UN", "WhatsApp", "Xinhua", "YouTube"};

// What a ship is called before its name: "the Greek tanker Athina" is a vessel (CoNLL's MISC), not a
// person or a place. ("carrier" is left out: "the carrier Qantas" is an airline.)
constexpr std::array<std::string_view, 17> kVesselNouns = {
    "barge", "cruiser", "destroyer", "dredger", "ferry", "freighter", "frigate", "icebreaker", "liner",
    "ship", "submarine", "tanker", "trawler", "tug", "vessel", "warship", "yacht"};
// Places named "HEAD of NAME": "the Gulf of Finland", "the Strait of Hormuz", "the Isle of Man".
constexpr std::array<std::string_view, 9> kPlaceOfHeads = {
    "Bay", "Cape", "Gulf", "Isle", "Isles", "Lake", "Sea", "Strait", "Straits"};
// What a business is called before its name: "the operator Color Line", "the airline Qantas".
constexpr std::array<std::string_view, 24> kBusinessNouns = {
    "airline", "automaker", "band", "bank", "brand", "broadcaster", "carmaker", "carrier", "chain", "club", "company",
    "conglomerate", "firm", "insurer", "label", "magazine", "manufacturer", "network", "newspaper", "operator",
    "retailer", "startup", "supplier", "website"};

bool sorted_lists() {
  auto sorted = [](const auto& list) { return std::is_sorted(list.begin(), list.end()); };
  return sorted(kRoleHeads) && sorted(kRoleModifiers) && sorted(kTitles) && sorted(kInstitutions) &&
         sorted(kFacilityHeads) && sorted(kGroupWords) && sorted(kFunctionWords) && sorted(kLedBodies) &&
         sorted(kOrgHeads) && sorted(kKnownOrgs) && sorted(kEdgeWords) && sorted(kBusinessNouns) &&
         sorted(kVesselNouns) && sorted(kPlaceOfHeads);
}

class EntityAnnotator : public Annotator {
 public:
  EntityAnnotator() {
    if (!tagger_.ok()) fail("entities: " + tagger_.error());
    if (!sorted_lists()) fail("entities: a word list is not sorted");
  }
  std::string_view name() const override { return "entities"; }

  void annotate(Document& doc) const override {
    // The structure's tokens, with a possessive split off as CoNLL writes it: "Iraq's" -> "Iraq" "'s".
    std::vector<Span> tokens;
    tokens.reserve(doc.structure.tokens.size() + doc.structure.tokens.size() / 16);
    for (Span t : doc.structure.tokens) {
      std::string_view w = doc.slice(t);
      size_t cut = ends_with(w, "'s") ? 2 : ends_with(w, "\xE2\x80\x99s") ? 4 : 0;
      if (cut && w.size() > cut + 1) {
        tokens.push_back({t.start, static_cast<uint32_t>(t.end - cut)});
        tokens.push_back({static_cast<uint32_t>(t.end - cut), t.end});
      } else {
        tokens.push_back(t);
      }
    }
    if (tokens.empty()) return;
    TaggerInput input;
    input.words.reserve(tokens.size());
    for (Span t : tokens) input.words.push_back(doc.slice(t));
    // Sentences, and lines: a title or a date line is no sentence of the paragraph it is in.
    std::vector<uint8_t> line_start(tokens.size(), 0);
    line_start[0] = 1;
    for (size_t k = 1; k < tokens.size(); ++k)
      line_start[k] = std::string_view(doc.text).substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end).find('\n') !=
                      std::string_view::npos;
    size_t k = 0;
    for (Span s : doc.structure.sentences) {
      while (k < tokens.size() && tokens[k].start < s.start) ++k;
      if (k < tokens.size()) line_start[k] = 1;
    }
    for (size_t t = 0; t < tokens.size(); ++t)
      if (line_start[t]) input.sentence_starts.push_back(static_cast<uint32_t>(t));
    std::vector<uint8_t> tags = tag_without_title_lines(input);

    std::vector<Chunk> chunks;
    for (uint32_t i = 0; i < tags.size();) {
      if (tags[i] == 0) {
        ++i;
        continue;
      }
      uint32_t end = i + 1;
      while (end < tags.size() && tags[end] == tags[i] + 1) ++end;
      chunks.push_back({i, end, tag_type(tags[i])});
      i = end;
    }
    trim(input.words, chunks);
    drop_common_nouns(input, chunks);
    propagate(input.words, chunks);
    join_place_of_name(input.words, chunks);
    add_named_bodies(input.words, line_start, chunks);
    std::vector<uint8_t> agency = dateline(doc, tokens, chunks);
    const size_t header_end = header_line_end(doc);
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [&](const Chunk& c) { return tokens[c.first].start < header_end; }),
                 chunks.end());

    Scan scan{doc, tokens, input.words, {}, std::vector<int32_t>(tokens.size() + 1, -1), std::vector<int32_t>(tokens.size() + 1, -1), {}};
    for (const Chunk& c : chunks)
      if (c.type == ConllType::kLoc && c.last == c.first + 1) scan.places.push_back(input.words[c.first]);
    std::sort(scan.places.begin(), scan.places.end());
    for (const Chunk& c : chunks) add_name(scan, c, agency[c.first] != 0);
    add_institutions(scan);
    for (size_t m = 0; m < scan.mentions.size(); ++m)
      if (scan.mentions[m].kind == "person") add_role(scan, m);
  }

 private:
  struct Scan {
    Document& doc;
    const std::vector<Span>& tokens;
    const std::vector<std::string_view>& words;
    std::vector<Mention> mentions;
    std::vector<int32_t> org_ending, org_starting;  // by token: the organization mention ending (starting) there
    std::vector<std::string_view> places;           // one-word places of the document, sorted
    std::string lower(uint32_t i) const { return ascii_lower(words[i]); }
    Span span(uint32_t first, uint32_t last) const {
      return {tokens[first].start, tokens[last - 1].end};
    }
    void add(uint32_t first, uint32_t last, const std::string& kind, std::string rule) {
      if (kind == "org") {
        org_ending[last] = static_cast<int32_t>(mentions.size());
        if (org_starting[first] < 0) org_starting[first] = static_cast<int32_t>(mentions.size());
      }
      mentions.push_back({first, last, kind, doc.annotations.size()});
      doc.add(span(first, last), kind, std::move(rule));
    }
    std::string text(const Mention& m) const { return std::string(doc.slice(span(m.first, m.last))); }
  };

  // Lines written in title case (headlines) mislead a tagger trained on running text: their words are not
  // tagged, and what the tagger learns of the document (how each word is written elsewhere) is learned
  // without them, so that "Tallinn And Helsinki" in a headline makes no organization of the body's
  // Tallinn. Their names are those found elsewhere in the document (see propagate).
  std::vector<uint8_t> tag_without_title_lines(const TaggerInput& in) const {
    const size_t n = in.words.size();
    std::vector<uint8_t> title(in.sentence_starts.size(), 0);
    for (size_t s = 0; s < in.sentence_starts.size(); ++s) {
      size_t b = in.sentence_starts[s], e = s + 1 < in.sentence_starts.size() ? in.sentence_starts[s + 1] : n;
      // Three long words or more, all capitalised, and no full stop at the end.
      size_t capitals = 0, lower = 0;
      for (size_t i = b; i < e; ++i) {
        std::string_view w = in.words[i];
        if (w.size() < 4) continue;
        capitals += has_upper_first(w);
        lower += w[0] >= 'a' && w[0] <= 'z';
      }
      std::string_view last = in.words[e - 1];
      title[s] = capitals >= 3 && lower == 0 && last != "." && last != "!" && last != "?";
    }
    if (std::find(title.begin(), title.end(), 1) == title.end()) return tagger_.tag(in);
    TaggerInput body;
    std::vector<uint32_t> body_index;  // word of `body` -> word of `in`
    for (size_t s = 0; s < in.sentence_starts.size(); ++s) {
      if (title[s]) continue;
      size_t b = in.sentence_starts[s], e = s + 1 < in.sentence_starts.size() ? in.sentence_starts[s + 1] : n;
      body.sentence_starts.push_back(static_cast<uint32_t>(body.words.size()));
      for (size_t i = b; i < e; ++i) {
        body.words.push_back(in.words[i]);
        body_index.push_back(static_cast<uint32_t>(i));
      }
    }
    std::vector<uint8_t> tags(n, 0);
    if (body.words.empty()) return tags;
    const std::vector<uint8_t> body_tags = tagger_.tag(body);
    for (size_t k = 0; k < body_tags.size(); ++k) tags[body_index[k]] = body_tags[k];
    return tags;
  }

  static void trim(const std::vector<std::string_view>& words, std::vector<Chunk>& chunks) {
    // "UrduPoint News / Sputnik" is two names.
    std::vector<Chunk> split;
    for (const Chunk& c : chunks) {
      uint32_t b = c.first;
      for (uint32_t i = c.first; i < c.last; ++i)
        if (words[i] == "/" || words[i] == "," || words[i] == "(" || words[i] == ")" || words[i] == ";") {
          if (b < i) split.push_back({b, i, c.type});
          b = i + 1;
        }
      if (b < c.last) split.push_back({b, c.last, c.type});
    }
    chunks = std::move(split);
    for (Chunk& c : chunks) {
      while (c.first < c.last && edge_word(words[c.first])) ++c.first;
      while (c.last > c.first && !has_upper_first(words[c.last - 1]) && words[c.last - 1].find_first_of("0123456789") == std::string_view::npos)
        --c.last;
    }
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [](const Chunk& c) { return c.first >= c.last; }),
                 chunks.end());
  }

  // A one-word name where capitals say nothing (a sentence's first word, or the first after a dateline's
  // bracket, a dash or a colon) while the document writes the word in lower case elsewhere, as is or with
  // a plural's s, is a common noun: "Passenger ferries ..." beside "1,240 passengers".
  static void drop_common_nouns(const TaggerInput& in, std::vector<Chunk>& chunks) {
    // The candidates first, lower-cased and sorted: most documents have few or none, so the words are
    // read once only when there are some.
    const auto candidate = [&](const Chunk& c) {
      if (c.last != c.first + 1) return false;
      if (std::binary_search(in.sentence_starts.begin(), in.sentence_starts.end(), c.first)) return true;
      const std::string_view before = c.first > 0 ? in.words[c.first - 1] : "";
      return before == ")" || before == ":" || before == "-" || before == "\xE2\x80\x94" /* — */;
    };
    std::vector<std::string> candidates;
    for (const Chunk& c : chunks)
      if (candidate(c)) candidates.push_back(ascii_lower(in.words[c.first]));
    if (candidates.empty()) return;
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::string_view> common;  // candidates the document writes in lower case, as is or plural
    const auto written = [&](std::string_view w) {
      if (std::binary_search(candidates.begin(), candidates.end(), w)) common.push_back(w);
    };
    for (std::string_view w : in.words) {
      if (w.empty() || w[0] < 'a' || w[0] > 'z') continue;
      written(w);
      if (w.size() > 1 && w.back() == 's') written(w.substr(0, w.size() - 1));
    }
    if (common.empty()) return;
    std::sort(common.begin(), common.end());
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [&](const Chunk& c) {
                   return candidate(c) &&
                          std::binary_search(common.begin(), common.end(), std::string_view(ascii_lower(in.words[c.first])));
                 }),
                 chunks.end());
  }

  // One sense per document: the same words elsewhere, not tagged there, are the same name.
  static void propagate(const std::vector<std::string_view>& words, std::vector<Chunk>& chunks) {
    // A one-word name has the type the tagger gave it most often in the document ("Czech").
    std::vector<std::pair<std::string_view, size_t>> single;  // (word, chunk)
    for (size_t c = 0; c < chunks.size(); ++c)
      if (chunks[c].last == chunks[c].first + 1) single.emplace_back(words[chunks[c].first], c);
    std::stable_sort(single.begin(), single.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (size_t b = 0, e; b < single.size(); b = e) {
      int votes[kConllTypes] = {};
      for (e = b; e < single.size() && single[e].first == single[b].first; ++e) ++votes[static_cast<int>(chunks[single[e].second].type)];
      ConllType type = static_cast<ConllType>(std::max_element(votes, votes + kConllTypes) - votes);
      for (size_t k = b; k < e; ++k) chunks[single[k].second].type = type;
    }
    std::vector<uint8_t> covered(words.size(), 0);
    for (const Chunk& c : chunks) std::fill(covered.begin() + c.first, covered.begin() + c.last, 1);
    // Each name once, by its first word: (first word, the name's text, chunk).
    auto text_of = [&](const Chunk& c) {
      const char* b = words[c.first].data();
      return std::string_view(b, static_cast<size_t>(words[c.last - 1].data() + words[c.last - 1].size() - b));
    };
    std::vector<std::tuple<std::string_view, std::string_view, size_t>> names;
    for (size_t c = 0; c < chunks.size(); ++c) names.emplace_back(words[chunks[c].first], text_of(chunks[c]), c);
    std::stable_sort(names.begin(), names.end(), [](const auto& x, const auto& y) {
      return std::tie(std::get<0>(x), std::get<1>(x)) < std::tie(std::get<0>(y), std::get<1>(y));
    });
    std::vector<std::pair<std::string_view, size_t>> by_first;  // (first word, chunk)
    for (size_t k = 0; k < names.size(); ++k)
      if (k == 0 || std::get<1>(names[k]) != std::get<1>(names[k - 1]))
        by_first.emplace_back(std::get<0>(names[k]), std::get<2>(names[k]));
    const size_t named = chunks.size();
    for (uint32_t i = 0; i < words.size(); ++i) {
      if (covered[i] || !has_upper_first(words[i])) continue;
      auto [lo, hi] = std::equal_range(by_first.begin(), by_first.end(), std::make_pair(words[i], size_t{0}),
                                       [](const auto& x, const auto& y) { return x.first < y.first; });
      const Chunk* best = nullptr;
      for (auto it = lo; it != hi; ++it) {
        const Chunk& c = chunks[it->second];
        uint32_t len = c.last - c.first;
        if (i + len > words.size() || (best && len <= best->last - best->first)) continue;
        bool same = true;
        for (uint32_t k = 0; k < len && same; ++k) same = words[i + k] == words[c.first + k] && !covered[i + k];
        if (same) best = &c;
      }
      if (!best) continue;
      uint32_t len = best->last - best->first;
      chunks.push_back({i, i + len, best->type});
      std::fill(covered.begin() + i, covered.begin() + i + len, 1);
      i += len - 1;
    }
    // Platforms and agencies from the list, where the tagger missed them.
    for (uint32_t i = 0; i < words.size(); ++i)
      if (!covered[i] && has_upper_first(words[i]) && std::binary_search(kKnownOrgs.begin(), kKnownOrgs.end(), words[i]))
        chunks.push_back({i, i + 1, ConllType::kOrg});
    if (chunks.size() != named)
      std::sort(chunks.begin(), chunks.end(), [](const Chunk& x, const Chunk& y) { return x.first < y.first; });
  }

  // "Gulf of Finland" is one place, where the tagger finds "Gulf" and "Finland", or "Finland" alone.
  static void join_place_of_name(const std::vector<std::string_view>& words, std::vector<Chunk>& chunks) {
    std::vector<Chunk> out;
    for (const Chunk& c : chunks) {
      const uint32_t head = c.first - 2;
      const bool named = c.first >= 2 && words[c.first - 1] == "of" && in_list(kPlaceOfHeads, words[head]);
      if (named && !out.empty() && out.back().first == head && out.back().last == head + 1) out.pop_back();
      const bool whole = c.last - c.first >= 3 && in_list(kPlaceOfHeads, words[c.first]) && words[c.first + 1] == "of";
      if (named && (out.empty() || out.back().last <= head)) {
        out.push_back({head, c.last, ConllType::kLoc});
      } else {
        out.push_back(c);
        if (whole) out.back().type = ConllType::kLoc;  // the tagger's "Strait of Hormuz" as an organization
      }
    }
    chunks = std::move(out);
  }

  // Capitalised words ending in an organization's head word ("Islamic State", "Iranian Quds Force": the
  // nationality before a longer name stays out of it) are an organization; names inside it give way.
  static void add_named_bodies(const std::vector<std::string_view>& words, const std::vector<uint8_t>& line_start,
                               std::vector<Chunk>& chunks) {
    std::vector<Chunk> bodies;
    for (uint32_t i = 0; i < words.size(); ++i) {
      if (i == 0 || line_start[i] || !has_upper_first(words[i]) ||
          !std::binary_search(kOrgHeads.begin(), kOrgHeads.end(), words[i]))
        continue;
      uint32_t b = i;
      while (b > 0 && !line_start[b] && has_upper_first(words[b - 1]) && !edge_word(words[b - 1])) --b;
      if (b == i) continue;
      if (i - b >= 2 && looks_like_nationality(ascii_lower(words[b]))) ++b;
      bodies.push_back({b, i + 1, ConllType::kOrg});
    }
    if (bodies.empty()) return;
    std::vector<uint32_t> body_end(words.size(), 0);  // by token: the end of the body covering it
    for (const Chunk& body : bodies)
      for (uint32_t t = body.first; t < body.last; ++t) body_end[t] = std::max(body_end[t], body.last);
    chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [&](const Chunk& c) {
                   return body_end[c.first] >= c.last;
                 }), chunks.end());
    std::vector<Chunk> merged;
    std::merge(chunks.begin(), chunks.end(), bodies.begin(), bodies.end(), std::back_inserter(merged),
               [](const Chunk& x, const Chunk& y) { return x.first < y.first; });
    // A body that overlaps a name the tagger found only in part keeps the tagger's name.
    chunks.clear();
    for (const Chunk& c : merged)
      if (chunks.empty() || c.first >= chunks.back().last) chunks.push_back(c);
  }

  // The dateline's city is a place and its agencies are organizations, whatever the tagger said:
  // "PRAGUE (UrduPoint News / Sputnik - 25th January, 2020)". Returns, per token, whether it is in an
  // agency's name.
  static std::vector<uint8_t> dateline(const Document& doc, const std::vector<Span>& tokens, std::vector<Chunk>& chunks) {
    std::vector<uint8_t> agency(tokens.size(), 0);
    if (!doc.metadata.dateline) return agency;
    auto token_range = [&](Span s) {
      auto at = [&](uint32_t offset) {
        return static_cast<uint32_t>(std::lower_bound(tokens.begin(), tokens.end(), offset,
                                                      [](Span t, uint32_t o) { return t.start < o; }) - tokens.begin());
      };
      uint32_t first = at(s.start), last = first;
      while (last < tokens.size() && tokens[last].end <= s.end) ++last;
      return std::make_pair(first, last);
    };
    const Dateline& d = *doc.metadata.dateline;
    if (d.city.span) {
      std::pair<uint32_t, uint32_t> city = token_range(*d.city.span);
      const uint32_t first = city.first, last = city.second;  // (lambdas cannot capture bindings in C++17)
      if (first < last) {
        chunks.erase(std::remove_if(chunks.begin(), chunks.end(), [&](const Chunk& c) { return c.first < last && c.last > first; }),
                     chunks.end());
        chunks.insert(std::lower_bound(chunks.begin(), chunks.end(), first, [](const Chunk& c, uint32_t t) { return c.first < t; }),
                      {first, last, ConllType::kLoc, true});
      }
    }
    for (const MetaValue& a : d.agencies)
      if (a.span) {
        auto [first, last] = token_range(*a.span);
        std::fill(agency.begin() + first, agency.begin() + last, 1);
      }
    return agency;
  }

  static void add_name(Scan& scan, const Chunk& c, bool agency) {
    uint32_t first = c.first, last = c.last;
    ConllType type = c.type;
    std::string text(scan.doc.slice(scan.span(first, last)));
    if (agency || std::binary_search(kKnownOrgs.begin(), kKnownOrgs.end(), text)) type = ConllType::kOrg;
    // "the operator Color Line": a business named after what it is, whatever the tagger took it for.
    if (type == ConllType::kPer && first >= 2 && in_list(kBusinessNouns, scan.words[first - 1]) &&
        ascii_lower(scan.words[first - 2]) == "the")
      type = ConllType::kOrg;
    const bool vessel = first >= 1 && in_list(kVesselNouns, scan.lower(first - 1));
    if (vessel) type = ConllType::kMisc;
    std::string kind;
    std::string rule = c.dateline || agency ? "entities.dateline" : vessel ? "entities.vessel" : "entities.tagger";
    if (type == ConllType::kPer) {
      // Titles and roles the tagger took into the name stay out of it.
      while (first + 1 < last && (in_list(kTitles, scan.lower(first)) || in_list(kRoleHeads, scan.lower(first)) ||
                                  in_list(kRoleModifiers, scan.lower(first))))
        ++first;
      kind = "person";
    } else if (type == ConllType::kLoc || type == ConllType::kOrg) {
      std::string head = scan.lower(last - 1);
      // "Baghdad International Airport": a place, "International", a name.
      bool airport_like = last - first >= 3 && scan.words[last - 2] == "International" &&
                          (type == ConllType::kLoc || std::binary_search(scan.places.begin(), scan.places.end(), scan.words[first]));
      if (in_list(kFacilityHeads, head) || airport_like) {
        kind = "facility";
        rule = "entities.facility";
      } else {
        kind = type == ConllType::kLoc ? "place" : "org";
        // "Czech military": a nationality the tagger took for a place, before a lower-case noun.
        // (a word in -ed is a verb: "Helsinki sailed")
        bool before_noun = last < scan.words.size() && !scan.words[last].empty() && scan.words[last][0] >= 'a' &&
                           scan.words[last][0] <= 'z' && !in_list(kFunctionWords, scan.words[last]) &&
                           !ends_with(scan.words[last], "ed");
        std::string word = scan.lower(first);
        bool adjective = ends_with(word, "an") || ends_with(word, "ese") || ends_with(word, "ish") ||
                         ends_with(word, "ch") || ends_with(word, "i");
        if (type == ConllType::kLoc && last == first + 1 && before_noun && word.size() > 3 && adjective) {
          kind = "group";
          rule = "entities.group";
        }
      }
    } else {
      std::string word = scan.lower(first);
      bool group = last == first + 1 && (in_list(kGroupWords, word) || looks_like_nationality(word));
      kind = group ? "group" : "misc";
      if (group) rule = "entities.group";
    }
    scan.add(first, last, kind, rule);
  }

  // "Czech police" (a group or place, then an institution) and "Iraq's parliament" (the institution is
  // the organization); "US-led coalition".
  static void add_institutions(Scan& scan) {
    const size_t n = scan.words.size();
    const size_t named = scan.mentions.size();
    for (size_t m = 0; m < named; ++m) {
      Mention before = scan.mentions[m];
      if (before.kind != "group" && before.kind != "place") continue;
      uint32_t i = before.last;
      bool possessive = i + 1 < n && (scan.words[i] == "'s" || scan.words[i] == "\xE2\x80\x99s");
      if (possessive) ++i;
      if (i >= n || !in_list(kInstitutions, scan.lower(i))) continue;
      uint32_t first = possessive ? i : before.first;
      scan.add(first, i + 1, "org", "entities.institution");
    }
    for (uint32_t i = 0; i + 1 < n; ++i) {
      std::string_view w = scan.words[i];
      if (w.size() > 4 && ends_with(w, "-led") && capitalised(w) && in_list(kLedBodies, scan.lower(i + 1))) {
        scan.add(i, i + 2, "org", "entities.led_body");
      }
    }
  }

  // The role before a name ("Czech military staff spokeswoman Lt. Magdalena Dvorakova") or in an
  // apposition after it ("Hugh Hill, a doctor, said").
  static void add_role(Scan& scan, size_t m) {
    const Mention person = scan.mentions[m];
    uint32_t i = person.first;
    uint32_t title_first = i;
    while (title_first > 0 && in_list(kTitles, scan.lower(title_first - 1))) --title_first;
    uint32_t role_last = title_first, role_first = title_first;
    std::string rule = "entities.role_before";
    const size_t n = scan.words.size();
    auto head_at = [&](uint32_t k) { return k < n && in_list(kRoleHeads, scan.lower(k)); };
    auto modifiers_before = [&](uint32_t k) {
      while (k > 0 && in_list(kRoleModifiers, scan.lower(k - 1))) --k;
      return k;
    };
    if (role_last > 0 && head_at(role_last - 1)) {
      role_first = modifiers_before(role_last - 1);
    } else if (role_last > 2 && scan.words[role_last - 2] == "of" && capitalised(scan.words[role_last - 1]) &&
               head_at(role_last - 3)) {
      role_first = modifiers_before(role_last - 3);  // "Secretary of State Mike Pompeo"
    } else if (role_last > 1 && scan.words[role_last - 1] == "," && head_at(role_last - 2) && person.last < n &&
               scan.words[person.last] == ",") {
      role_last -= 1;  // "The company's chief executive, Mary Barra, said"
      role_first = modifiers_before(role_last - 1);
      rule = "entities.apposition";
    } else if (person.last + 2 < n && scan.words[person.last] == ",") {
      // Apposition: NAME , (a|an|the)? [nationality or place] [modifiers] HEAD followed by , or of/at/for.
      uint32_t j = person.last + 1;
      std::string det = scan.lower(j);
      if (det == "a" || det == "an" || det == "the") ++j;
      // "the company's head of operations": the owner stays out of the role.
      if (j + 2 < n && (scan.words[j + 1] == "'s" || scan.words[j + 1] == "\xE2\x80\x99s")) j += 2;
      while (j < n && capitalised(scan.words[j]) && !head_at(j) && !in_list(kRoleModifiers, scan.lower(j))) ++j;
      uint32_t first = j;
      while (j < n && in_list(kRoleModifiers, scan.lower(j))) ++j;
      const auto ends_role = [&](uint32_t k) {
        return k < n && (scan.words[k] == "," || scan.words[k] == "." || scan.lower(k) == "at" || scan.lower(k) == "for");
      };
      // "head of operations": a lower-case field after "of" is part of the role; a name there is its
      // organization ("director of Meridian Lines").
      const bool head_of = head_at(j) && j + 1 < n && scan.words[j + 1] == "of";
      uint32_t field = j + 2;
      while (head_of && field < n && !scan.words[field].empty() && scan.words[field][0] >= 'a' &&
             scan.words[field][0] <= 'z' && !in_list(kFunctionWords, scan.words[field]))
        ++field;
      if (field > j + 2 && ends_role(field)) {
        role_first = first;
        role_last = field;
        rule = "entities.apposition";
      } else if (head_at(j) && (ends_role(j + 1) || head_of)) {
        role_first = first;
        role_last = j + 1;
        rule = "entities.apposition";
      }
    }
    Document& doc = scan.doc;
    if (title_first < person.first)
      doc.annotations[person.annotation].attrs.set("title", std::string(doc.slice(scan.span(title_first, person.first))));
    if (role_first == role_last) return;
    // The organization of the role: right before it ("Quds Force commander", "Czech military staff
    // spokeswoman"), or after "of"/"at" in an apposition.
    int32_t org = -1;
    if (rule == "entities.role_before") {
      for (uint32_t end = role_first; end > 0 && end + 2 >= role_first && org < 0; --end) {
        org = scan.org_ending[end];
        if (capitalised(scan.words[end - 1])) break;  // a name that is not an organization
      }
    } else if (role_last + 1 < n && role_first > person.first && scan.words[role_last] != ",") {
      org = scan.org_starting[role_last + 1];
    }
    Attributes& attrs = doc.annotations[person.annotation].attrs;
    std::string role(doc.slice(scan.span(role_first, role_last)));
    attrs.set("role", role);
    if (org >= 0) attrs.set("org", scan.text(scan.mentions[org]));
    std::string name = scan.text(person);
    doc.add(scan.span(role_first, role_last), "role", rule).attrs.set("person", name);
  }

  EntityTagger tagger_;
};

}  // namespace

std::unique_ptr<Annotator> make_entity_annotator() { return std::make_unique<EntityAnnotator>(); }

}  // namespace ledeline
