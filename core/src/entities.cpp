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
constexpr std::array<std::string_view, 62> kRoleHeads = {
    "adviser", "advisor", "ambassador", "analyst", "anchor", "attorney", "author", "boss", "candidate",
    "captain", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach", "commander", "commissioner",
    "correspondent", "councillor", "counterpart", "deputy", "diplomat", "director", "doctor", "economist",
    "editor", "envoy", "executive", "founder", "general", "goalkeeper", "governor", "head", "inspector",
    "judge", "king", "lawyer", "leader", "manager", "mayor", "minister", "negotiator", "nominee", "officer",
    "official", "pope", "premier", "president", "prince", "princess", "professor", "prosecutor", "queen",
    "secretary", "senator", "sheikh", "speaker", "spokesman", "spokesperson", "spokeswoman", "striker"};
// Words that stay in a role before its head: "Prime Minister", "Foreign Minister", "Vice President".
constexpr std::array<std::string_view, 24> kRoleModifiers = {
    "acting", "army", "assistant", "chief", "defence", "defense", "deputy", "economy", "executive", "finance",
    "first", "foreign", "health", "interior", "justice", "police", "presidential", "press", "prime", "senior",
    "state", "trade", "vice", "war"};
// Titles written before a name and kept out of its span ("Lt. Magdalena Dvorakova").
constexpr std::array<std::string_view, 36> kTitles = {
    "adm", "adm.", "brig", "brig.", "capt", "capt.", "col", "col.", "cpl", "cpl.", "dame", "dr", "dr.", "gen",
    "gen.", "gov", "gov.", "lady", "lord", "lt", "lt.", "maj", "maj.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "prof", "prof.", "rep.", "rev.", "sen.", "sgt", "sgt."};
// Bodies named by a group or place before them: "Czech police", "Iraq's parliament".
constexpr std::array<std::string_view, 17> kInstitutions = {
    "army", "cabinet", "congress", "embassy", "government", "judiciary", "military", "ministry", "navy",
    "parliament", "police", "presidency", "president", "regime", "security", "senate", "troops"};
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
// Kinds of groups led by a place: "US-led coalition".
constexpr std::array<std::string_view, 5> kLedBodies = {
    "alliance", "coalition", "force", "forces", "operation"};

bool sorted_lists() {
  auto sorted = [](const auto& list) { return std::is_sorted(list.begin(), list.end()); };
  return sorted(kRoleHeads) && sorted(kRoleModifiers) && sorted(kTitles) && sorted(kInstitutions) &&
         sorted(kFacilityHeads) && sorted(kGroupWords) && sorted(kLedBodies);
}

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

class EntityAnnotator : public Annotator {
 public:
  EntityAnnotator() {
    if (!tagger_.ok()) fail("entities: " + tagger_.error());
    if (!sorted_lists()) fail("entities: a word list is not sorted");
  }
  std::string_view name() const override { return "entities"; }

  void annotate(Document& doc) const override {
    const std::vector<Span>& tokens = doc.structure.tokens;
    if (tokens.empty()) return;
    TaggerInput input;
    input.words.reserve(tokens.size());
    for (Span t : tokens) input.words.push_back(doc.slice(t));
    size_t k = 0;
    for (Span s : doc.structure.sentences) {
      while (k < tokens.size() && tokens[k].start < s.start) ++k;
      if (k < tokens.size() && (input.sentence_starts.empty() || input.sentence_starts.back() != k))
        input.sentence_starts.push_back(static_cast<uint32_t>(k));
    }
    if (input.sentence_starts.empty() || input.sentence_starts[0] != 0) input.sentence_starts.insert(input.sentence_starts.begin(), 0);
    std::vector<uint8_t> tags = tagger_.tag(input);

    Scan scan{doc, input.words, {}, std::vector<int32_t>(tokens.size() + 1, -1), std::vector<int32_t>(tokens.size() + 1, -1)};
    for (uint32_t i = 0; i < tags.size();) {
      if (tags[i] == 0) {
        ++i;
        continue;
      }
      uint32_t end = i + 1;
      while (end < tags.size() && tags[end] == tags[i] + 1) ++end;
      add_name(scan, i, end, tag_type(tags[i]));
      i = end;
    }
    add_institutions(scan);
    for (size_t m = 0; m < scan.mentions.size(); ++m)
      if (scan.mentions[m].kind == "person") add_role(scan, m);
  }

 private:
  struct Scan {
    Document& doc;
    const std::vector<std::string_view>& words;
    std::vector<Mention> mentions;
    std::vector<int32_t> org_ending, org_starting;  // by token: the organization mention ending (starting) there
    std::string lower(uint32_t i) const { return ascii_lower(words[i]); }
    Span span(uint32_t first, uint32_t last) const {
      return {doc.structure.tokens[first].start, doc.structure.tokens[last - 1].end};
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

  static void add_name(Scan& scan, uint32_t first, uint32_t last, ConllType type) {
    std::string kind;
    std::string rule = "entities.tagger";
    if (type == ConllType::kPer) {
      // Titles and roles the tagger took into the name stay out of it.
      while (first + 1 < last && (in_list(kTitles, scan.lower(first)) || in_list(kRoleHeads, scan.lower(first)) ||
                                  in_list(kRoleModifiers, scan.lower(first))))
        ++first;
      kind = "person";
    } else if (type == ConllType::kLoc || type == ConllType::kOrg) {
      std::string head = scan.lower(last - 1);
      bool airport_like = last - first >= 3 && scan.words[last - 2] == "International" && type == ConllType::kLoc;
      if (in_list(kFacilityHeads, head) || airport_like) {
        kind = "facility";
        rule = "entities.facility";
      } else {
        kind = type == ConllType::kLoc ? "place" : "org";
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
    if (role_last > 0 && in_list(kRoleHeads, scan.lower(role_last - 1))) {
      role_first = role_last - 1;
      while (role_first > 0 && in_list(kRoleModifiers, scan.lower(role_first - 1))) --role_first;
    } else {
      // Apposition: NAME , (a|an|the)? [modifiers] HEAD followed by , or of/at/for.
      uint32_t j = person.last;
      const size_t n = scan.words.size();
      if (j + 2 < n && scan.words[j] == ",") {
        ++j;
        std::string det = scan.lower(j);
        if (det == "a" || det == "an" || det == "the") ++j;
        uint32_t first = j;
        while (j < n && in_list(kRoleModifiers, scan.lower(j))) ++j;
        if (j < n && in_list(kRoleHeads, scan.lower(j)) && j + 1 < n &&
            (scan.words[j + 1] == "," || scan.lower(j + 1) == "of" || scan.lower(j + 1) == "at" ||
             scan.lower(j + 1) == "for")) {
          role_first = first;
          role_last = j + 1;
          rule = "entities.apposition";
        }
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
    } else if (role_last + 1 < scan.words.size() && scan.words[role_last] != ",") {
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
