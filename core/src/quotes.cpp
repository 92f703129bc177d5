// [SECTION] Quotes: who said what.
//
// Direct quotes are found by a scan of the quotation marks (straight, curly, single, guillemets, '' as a
// double mark) with a stack, so quotes nested in quotes and quotes that run over paragraphs (a
// paragraph that opens a quote, leaves it open, and the next one opens it again) come out whole.
// Each quote is then attributed from the words around it:
//     "...," said Caddell.          tail: cue then speaker
//     "...," the police's Twitter post read.   tail: speaker (the possessor of a post) then cue
//     Caddell continued: "..."      head: speaker then cue before the quote
//     "..." (alone in its paragraph, after a quote by Caddell)   continued
// Reported speech is found from speech verbs outside quotation marks:
//     X said (earlier) that CONTENT.    CONTENT, X announced.    According to X, CONTENT.
// Speakers are names (the last capitalised run of the noun phrase, titles removed), organisations
// ("Czech police"), or a pronoun or description ("he", "the prime minister") resolved to the nearest
// earlier person or organisation that fits. When none is found the quote says speaker_status=unknown.
//
// Attributes: kind (direct|indirect), speaker, speaker_status (name|resolved|continued|description|
// unknown|nested), cue (as written), and the byte spans speaker_start/speaker_end, cue_start/cue_end
// that the brat writer needs.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotators.h"
#include "text_util.h"

// core/data/first_names.txt, embedded at build time (core/tools/embed_file.cmake).
extern const unsigned char kFirstNamesBytes[];
extern const size_t kFirstNamesSize;

namespace ledeline {
namespace {

// Speech verbs that attribute a quotation next to them.
constexpr std::string_view kDirectCues[] = {
    "acknowledged", "add", "added", "adding", "adds", "admitted", "announced", "answered", "argued",
    "argues", "asked", "asks", "boasted", "claimed", "claims", "complained", "concluded", "conceded",
    "continued", "continues", "countered", "declared", "explained", "explains", "insisted", "joked",
    "noted", "notes", "observed", "posted", "quipped", "recalled", "remarked", "replied", "responded",
    "said", "say", "saying", "says", "shouted", "stated", "states", "stressed", "tell", "tells", "told",
    "tweeted", "tweets", "urged", "warned", "warns", "wrote", "writes", "yelled", "asking", "demanded",
    "chanted", "exclaimed", "cautioned", "vowed", "pleaded", "predicted", "lamented", "wondered", "offered",
    "agreed", "confirmed", "charged", "retorted", "sings", "sang", "texted", "emailed", "insists",
    "commented", "chanting", "asserting", "tweeting", "responding", "replying", "writing", "scolded"};

// Verbs that report speech or thought without quotation marks. "said" and its kin, and the verbs
// news uses for claims, findings and beliefs.
constexpr std::string_view kIndirectCues[] = {
    "acknowledged", "added", "adding", "adds", "admitted", "agreed", "alleged", "announced", "argue",
    "argued", "argues", "arguing", "asserted", "believe", "believed", "believes", "claim", "claimed",
    "claiming", "claims", "concluded", "conceded", "confirmed", "contended", "contends", "declared",
    "denied", "emphasized", "estimated", "estimates", "explained", "find", "finds", "found", "indicated",
    "indicates", "insisted", "insists", "maintained", "mentioned", "note", "noted", "notes", "noting",
    "predicted", "predicts", "promised", "report", "reported", "reports", "revealed", "said", "say",
    "saying", "says", "show", "showed", "shows", "stated", "stressed", "suggest", "suggested",
    "suggesting", "suggests", "tell", "telling", "tells", "think", "thinks", "told", "tweeted", "warn",
    "warned", "warning", "warns", "wrote", "writes",
    // Stances news reports as attributions: what someone calls, cites, wants, plans or criticises.
    "accused", "asked", "attacked", "blasted", "called", "cited", "citing", "condemned", "criticized",
    "defended", "demanded", "described", "dismissed", "endorsed", "expects", "fears", "hopes", "insisting",
    "pledged", "praised", "promising", "proposed", "questioned", "recommended", "rejected", "urged", "urges",
    "vowed", "wants"};

// Participles that continue the speaker of their sentence: "..., he said, adding that ...".
constexpr std::string_view kParticipleCues[] = {"adding", "arguing", "asking", "citing", "claiming", "insisting",
                                                "noting", "promising", "saying", "suggesting", "telling", "warning"};

// Verbs whose first complement is the person told ("told reporters that ...").
constexpr std::string_view kTellCues[] = {"tell", "telling", "tells", "told", "warned", "asked", "assured"};

// "the police's Twitter post read": the speaker is whoever owns the post.
constexpr std::string_view kMediumNouns[] = {"account", "ad", "announcement", "article", "editorial", "email",
                                             "letter", "memo", "message", "note", "piece", "post", "release",
                                             "report", "ruling", "statement", "tweet", "website"};
constexpr std::string_view kMediumCues[] = {"read", "reads", "said", "says", "stated", "states", "wrote", "writes"};

// Titles removed from a name ("Lt. Magdalena Dvorakova" -> "Magdalena Dvorakova") and kept as its role.
constexpr std::string_view kTitles[] = {
    "adm", "ambassador", "attorney", "brig", "capt", "chairman", "chairwoman", "chancellor", "chief",
    "col", "commander", "commissioner", "congressman", "congresswoman", "cpl", "deputy", "det", "director",
    "dr", "gen", "general", "gov", "governor", "judge", "justice", "king", "leader", "lt", "maj", "mayor",
    "minister", "mr", "mrs", "ms", "pope", "premier", "president", "prime", "prince", "prof", "queen",
    "rep", "representative", "rev", "secretary", "sen", "senator", "sgt", "sheriff", "speaker", "state",
    "vice"};

// Nouns that name a group that speaks as one ("Czech police announced").
constexpr std::string_view kOrgNouns[] = {
    "administration", "agency", "army", "authorities", "campaign", "coalition", "commission", "committee",
    "company", "council", "court", "department", "embassy", "government", "group", "military", "ministry",
    "navy", "office", "officials", "organization", "parliament", "party", "police", "press", "spokesmen",
    "staff", "team", "union"};
// Words inside a capitalised name that make it an organisation.
constexpr std::string_view kOrgNameWords[] = {
    "agency", "army", "association", "bank", "campaign", "center", "coalition", "college", "commission",
    "committee", "company", "congress", "corp", "council", "court", "department", "force", "forces",
    "foundation", "fund", "group", "house", "inc", "institute", "journal", "ministry", "navy", "network",
    "news", "office", "parliament", "party", "police", "post", "press", "senate", "times", "union",
    "university"};

// Nouns for one person by what they do ("the spokeswoman", "a doctor").
constexpr std::string_view kRoleNouns[] = {
    "activist", "adviser", "advisor", "aide", "analyst", "anchor", "announcer", "attorney", "author",
    "businessman", "businesswoman", "candidate", "father", "friend", "mother", "narrator", "niece", "nephew",
    "protester", "protesters", "reader", "voter", "voters", "widow",
    "ceo", "chairman", "chairwoman", "chief", "commander", "congressman", "congresswoman", "correspondent",
    "democrat", "director", "doctor", "economist", "executive", "expert", "founder", "governor", "host",
    "journalist", "judge", "lawmaker", "lawyer", "leader", "manager", "mayor", "member", "minister",
    "nominee", "officer", "official", "pollster", "president", "professor", "prosecutor", "representative",
    "republican", "researcher", "secretary", "senator", "source", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "strategist", "witness"};

// Modifiers allowed inside a speaker's noun phrase before its head ("longtime Democratic pollster").
constexpr std::string_view kSpeakerModifiers[] = {
    "acting", "campaign", "chemical", "chief", "defense", "deputy", "federal", "foreign", "former",
    "health", "longtime", "local", "national", "political", "press", "prime", "senior", "state", "top",
    "white"};

constexpr std::string_view kDeterminers[] = {"a", "an", "her", "his", "its", "my", "one", "our", "the", "their", "this"};
// Words between a speaker and the verb: "Trump later said", "she has also said".
constexpr std::string_view kAdverbsAndAuxiliaries[] = {
    "again", "also", "already", "earlier", "further", "had", "has", "have", "just", "last", "later", "never", "often", "once",
    "previously", "recently", "repeatedly", "still", "then", "was", "week", "will", "would", "year"};
// Capitalised words that start sentences and are no names.
constexpr std::string_view kNotNames[] = {
    "although", "because", "despite", "during", "however", "meanwhile", "since", "though", "until",
    "a", "after", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "i", "if",
    "in", "it", "its", "on", "our", "she", "so", "that", "the", "their", "there", "these", "they", "this",
    "those", "to", "we", "what", "when", "while", "with", "you"};

// Whether `lower` is a word of `kList` (the lists are looked up for every token: each is hashed once).
template <const auto& kList>
bool in(std::string_view lower) {
  static const WordSet words(kList);
  return words.contains(lower);
}

// "police's" -> "police"; "voters'" -> "voters".
std::string_view strip_possessive(std::string_view t) {
  for (std::string_view s : {"'s", "\xE2\x80\x99s"})
    if (ends_with(t, s)) return t.substr(0, t.size() - s.size());
  return t;
}

bool is_possessive(std::string_view t) { return strip_possessive(t).size() != t.size(); }

std::string without_dot(std::string_view t) { return ascii_lower(t.back() == '.' ? t.substr(0, t.size() - 1) : t); }

enum class Family : uint8_t { kDouble, kSingle, kGuillemet };

struct OpenMark {
  Family family;
  uint32_t pos;
};

struct QuoteSpan {
  Span span;
  uint32_t depth = 0;  // 0: outermost
};

enum class EntityType : uint8_t { kPerson, kOrg };

// A person or organisation named in the text, which pronouns and descriptions can refer to.
enum class Gender : uint8_t { kUnknown, kFemale, kMale };

struct Candidate {
  Span span;
  std::string name;
  std::string role;  // lower case: the titles and role nouns written with the name
  EntityType type;
  Gender gender = Gender::kUnknown;
};

// Words of a title or role that say whether a person is a woman or a man.
constexpr std::string_view kFemaleWords[] = {"actress", "businesswoman", "chairwoman", "congresswoman", "daughter",
                                             "first lady", "mother", "miss", "mrs", "ms", "queen", "sister",
                                             "spokeswoman", "wife", "woman"};
constexpr std::string_view kMaleWords[] = {"brother", "businessman", "chairman", "congressman", "father", "husband",
                                           "king", "man", "mr", "son", "spokesman"};

// Given names with their usual gender: "name\tf" lines, sorted.
class FirstNames {
 public:
  bool load(std::string_view data) {
    for (size_t pos = 0; pos < data.size();) {
      size_t end = std::min(data.find('\n', pos), data.size());
      std::string_view line = data.substr(pos, end - pos);
      pos = end + 1;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos || tab + 2 != line.size()) return false;
      Gender g = line[tab + 1] == 'f' ? Gender::kFemale : Gender::kMale;
      if (!names_.empty() && names_.back().first >= line.substr(0, tab)) return false;
      names_.emplace_back(std::string(line.substr(0, tab)), g);
    }
    return !names_.empty();
  }
  Gender find(std::string_view lower) const {
    auto it = std::lower_bound(names_.begin(), names_.end(), lower,
                               [](const std::pair<std::string, Gender>& e, std::string_view w) { return e.first < w; });
    return it != names_.end() && it->first == lower ? it->second : Gender::kUnknown;
  }

 private:
  std::vector<std::pair<std::string, Gender>> names_;
};

// A speaker as written near a cue, and whom it names.
struct Speaker {
  Span mention;
  std::string name;
  std::string status;  // name, resolved, description, unknown
};

struct Attribution {
  Span cue;
  Speaker speaker;
};

class QuoteAnnotator : public Annotator {
 public:
  QuoteAnnotator() {
    if (!first_names_.load(std::string_view(reinterpret_cast<const char*>(kFirstNamesBytes), kFirstNamesSize)))
      fail("quotes: the embedded first-name list is not sorted `name<TAB>f|m` lines");
  }
  std::string_view name() const override { return "quotes"; }

  void annotate(Document& doc) const override {
    std::vector<QuoteSpan> quotes = find_quotes(doc);
    Context cx(doc, quotes, first_names_);
    std::vector<Annotation> out;
    std::vector<bool> cue_used(doc.structure.tokens.size(), false);
    attribute_direct(cx, quotes, cue_used, out);
    find_reported_speech(cx, quotes, cue_used, out);
    speak_partial_quotes(out);
    for (Annotation& a : out) doc.annotations.push_back(std::move(a));
  }

 private:
  // The document with what every step below looks up: token text, sentences by token, candidates.
  struct Context {
    Context(const Document& d, const std::vector<QuoteSpan>& quotes, const FirstNames& names)
        : doc(d), tokens(d.structure.tokens), first_names(names), lower_text(ascii_lower(d.text)) {
      for (const QuoteSpan& q : quotes)
        if (q.depth == 0) quoted.push_back(q.span);
      collect_entities();
      collect_candidates();
    }
    const Document& doc;
    const std::vector<Span>& tokens;
    const FirstNames& first_names;
    const std::string lower_text;    // the text in lower case, made once: the steps look up lower-case words
    std::vector<Span> not_speakers;  // places, facilities, groups and works the entity step found
    std::vector<Annotation> entities;  // person and org annotations of the entity step, in order
    std::vector<Candidate> candidates;  // in text order, outside quotes
    std::vector<Span> quoted;           // outermost direct quotes, in text order

    std::string_view tok(size_t i) const { return doc.slice(tokens[i]); }
    std::string_view lower(size_t i) const { return std::string_view(lower_text).substr(tokens[i].start, tokens[i].size()); }
    bool cap(size_t i) const { return is_upper(decode_at(tok(i), 0).cp); }
    bool word(size_t i) const { return is_word_char(decode_at(tok(i), 0).cp); }
    // The first token starting at or after byte `pos`.
    size_t token_at(uint32_t pos) const {
      return static_cast<size_t>(std::lower_bound(tokens.begin(), tokens.end(), pos, [](Span s, uint32_t p) { return s.start < p; }) - tokens.begin());
    }
    Span span(size_t first, size_t last_exclusive) const { return {tokens[first].start, tokens[last_exclusive - 1].end}; }
    std::string text(size_t first, size_t last_exclusive) const {
      Span s = span(first, last_exclusive);
      return std::string(doc.slice(s));
    }

    void collect_entities() {
      for (const Annotation& a : doc.annotations) {
        if (a.kind == "person" || a.kind == "org") entities.push_back(a);
        else if (a.kind == "place" || a.kind == "facility" || a.kind == "group" || a.kind == "misc") not_speakers.push_back(a.span);
      }
      std::stable_sort(entities.begin(), entities.end(), [](const Annotation& a, const Annotation& b) { return a.span.start < b.span.start; });
      std::sort(not_speakers.begin(), not_speakers.end());
    }

    // The entity annotation covering a mention, if the entity step made one.
    const Annotation* entity_over(Span s) const {
      auto it = std::lower_bound(entities.begin(), entities.end(), s.end,
                                 [](const Annotation& e, uint32_t pos) { return e.span.start < pos; });
      // Entities do not nest; a few steps back find any that reaches into the span.
      for (int steps = 0; it != entities.begin() && steps < 8; ++steps) {
        const Annotation& e = *--it;
        if (e.span.end > s.start) return &e;
      }
      return nullptr;
    }

    static std::string entity_name(const Document& d, const Annotation& e) {
      for (std::string_view key : {"refers_to", "canonical", "name"})
        if (const std::string* v = e.attrs.find(key)) return *v;
      return std::string(d.slice(e.span));
    }

    // Capitalised runs ("Prime Minister Andrej Babis", "Quds Force") and organisations named by a
    // capitalised modifier and a group noun ("Czech police").
    void collect_candidates() {
      for (const Annotation& e : entities) {
        if (in_quote(e.span)) continue;
        std::string role;
        for (std::string_view key : {"title", "role"})
          if (const std::string* v = e.attrs.find(key)) role += (role.empty() ? "" : " ") + ascii_lower(*v);
        EntityType type = e.kind == "org" ? EntityType::kOrg : EntityType::kPerson;
        std::string name = entity_name(doc, e);
        candidates.push_back({e.span, name, role, type, type == EntityType::kPerson ? gender_of(name, role) : Gender::kUnknown});
      }
      for (size_t i = 0; i < tokens.size();) {
        if (!word(i) || !cap(i) || in<kNotNames>(lower(i))) {
          if (word(i) && in<kOrgNouns>(lower(i)) && i > 0 && cap(i - 1) && !in<kNotNames>(lower(i - 1)) &&
              adjacent_words(i - 1, i))
            add_candidate(i - 1, i + 1, EntityType::kOrg, "");
          ++i;
          continue;
        }
        size_t end = i;
        while (end < tokens.size() && word(end) && (cap(end) || (lower(end) == "of" && end + 1 < tokens.size() && cap(end + 1))) &&
               (end == i || adjacent_words(end - 1, end)))
          ++end;
        std::string role;
        size_t name_start = i;
        while (name_start < end && in<kTitles>(without_dot(tok(name_start)))) role += (role.empty() ? "" : " ") + without_dot(tok(name_start++));
        if (name_start < end && lower(name_start) == "of") name_start = end;  // "Secretary of State" alone
        size_t name_words = end - name_start;
        bool org = false;
        for (size_t k = name_start; k < end; ++k) org |= in<kOrgNameWords>(lower(k));
        if (i > 0 && word(i - 1) && in<kRoleNouns>(lower(i - 1))) role = std::string(lower(i - 1)) + (role.empty() ? "" : " " + role);
        if (name_words >= 2 || (name_words == 1 && !role.empty())) add_candidate(name_start, end, org ? EntityType::kOrg : EntityType::kPerson, role);
        i = end;
      }
      std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
    }

    // Two tokens with only a space between them (a name does not run over a comma or a line).
    bool adjacent_words(size_t a, size_t b) const {
      std::string_view gap = std::string_view(doc.text).substr(tokens[a].end, tokens[b].start - tokens[a].end);
      return gap == " ";
    }

    bool quote_starts_at(uint32_t pos) const {
      auto it = std::lower_bound(quoted.begin(), quoted.end(), pos, [](Span q, uint32_t p) { return q.start < p; });
      return it != quoted.end() && it->start == pos;
    }

    // Names inside a quote are seldom the speaker of the next one.
    bool in_quote(Span s) const {
      auto it = std::upper_bound(quoted.begin(), quoted.end(), s.start, [](uint32_t p, Span q) { return p < q.start; });
      return it != quoted.begin() && s.end <= std::prev(it)->end;
    }

    void add_candidate(size_t first, size_t end, EntityType type, std::string role) {
      Span s = span(first, end);
      if (entity_over(s) || in_quote(s) || overlaps_any(s, not_speakers)) return;
      std::string name(strip_possessive(doc.slice(s)));
      Gender g = type == EntityType::kPerson ? gender_of(name, role) : Gender::kUnknown;
      candidates.push_back({s, std::move(name), std::move(role), type, g});
    }

    static bool overlaps_any(Span s, const std::vector<Span>& spans) {
      auto it = std::upper_bound(spans.begin(), spans.end(), s.start, [](uint32_t p, Span t) { return p < t.start; });
      if (it != spans.end() && it->start < s.end) return true;
      return it != spans.begin() && std::prev(it)->end > s.start;
    }

    // From the role ("spokeswoman", "mrs") or the given name.
    Gender gender_of(std::string_view name, const std::string& role) const {
      for (std::string_view w : kFemaleWords)
        if (has_word(role, w)) return Gender::kFemale;
      for (std::string_view w : kMaleWords)
        if (has_word(role, w)) return Gender::kMale;
      std::string first = ascii_lower(name.substr(0, name.find(' ')));
      return first_names.find(first);
    }

    static bool has_word(std::string_view text, std::string_view w) {
      for (size_t pos = text.find(w); pos != std::string_view::npos; pos = text.find(w, pos + 1)) {
        bool starts = pos == 0 || text[pos - 1] == ' ';
        bool ends = pos + w.size() == text.size() || text[pos + w.size()] == ' ';
        if (starts && ends) return true;
      }
      return false;
    }
  };

  // ---- Direct quotes: the marks ----

  static std::vector<QuoteSpan> find_quotes(const Document& doc) {
    std::vector<QuoteSpan> quotes;
    std::string_view text = doc.text;
    std::optional<OpenMark> carried;  // a double quote left open by the previous paragraph
    for (Span para : doc.structure.paragraphs) {
      std::vector<OpenMark> stack;
      uint32_t i = para.start;
      if (carried) {
        Utf8Char c = decode_at(text, i);
        bool reopens = (carried->family == Family::kDouble && (c.cp == 0x201C || c.cp == '"')) ||
                       (carried->family == Family::kGuillemet && c.cp == 0xAB);
        if (reopens) {
          stack.push_back(*carried);
          i += c.size;
        }
        carried.reset();
      }
      while (i < para.end) {
        // Every mark but the straight ones is beyond ASCII: other ASCII bytes are passed over at once.
        const unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80 && byte != '"' && byte != '\'') {
          ++i;
          continue;
        }
        Utf8Char c = decode_at(text, i);
        uint32_t size = c.size;
        uint32_t prev = i > para.start ? previous_cp(text, i) : ' ';
        bool double_apostrophe = c.cp == '\'' && i + 1 < para.end && text[i + 1] == '\'';
        if (double_apostrophe) size = 2;
        uint32_t next = i + size < para.end ? decode_at(text, i + size).cp : ' ';
        bool opening_context = is_space(prev) || prev == '(' || prev == '[' || prev == 0x2014 || prev == 0x2013 ||
                               prev == '-' || prev == '/' || prev == 0x201C || prev == '"' || prev == 0xAB || prev == 0x2018;
        bool next_is_word = is_word_char(next);
        auto open = [&](Family f) { stack.push_back({f, i}); };
        auto close = [&](Family f) {
          for (size_t k = stack.size(); k-- > 0;) {
            if (stack[k].family != f) continue;
            quotes.push_back({{stack[k].pos, i + size}, static_cast<uint32_t>(k)});
            stack.resize(k);
            return true;
          }
          return false;
        };
        auto has_open = [&](Family f) {
          return std::any_of(stack.begin(), stack.end(), [&](const OpenMark& m) { return m.family == f; });
        };
        if (c.cp == 0x201C || c.cp == 0x201E) {
          open(Family::kDouble);
        } else if (c.cp == 0x201D) {
          // Some sites open with the closing mark too: ”Fear. I am ...”
          if (opening_context && next_is_word && !has_open(Family::kDouble))
            open(Family::kDouble);
          else
            close(Family::kDouble);
        } else if (c.cp == 0xAB) {
          open(Family::kGuillemet);
        } else if (c.cp == 0xBB) {
          close(Family::kGuillemet);
        } else if (c.cp == '"' || double_apostrophe) {
          if (opening_context && !is_space(next) && !(has_open(Family::kDouble) && !next_is_word && next != 0x2018 && next != '\''))
            open(Family::kDouble);
          else
            close(Family::kDouble);
        } else if (c.cp == 0x2018) {
          if (opening_context) open(Family::kSingle);
        } else if (c.cp == 0x2019 || c.cp == '\'') {
          if (c.cp == '\'' && opening_context && next_is_word)
            open(Family::kSingle);
          else if (!next_is_word && !is_space(prev) && has_open(Family::kSingle))
            close(Family::kSingle);
        }
        i += size;
      }
      // A double quote still open at the end of the paragraph may go on in the next one.
      for (const OpenMark& m : stack)
        if (m.family != Family::kSingle) {
          carried = m;
          break;
        }
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.span < b.span; });
    // Marks with nothing between them are no quotes.
    quotes.erase(std::remove_if(quotes.begin(), quotes.end(), [](const QuoteSpan& q) { return q.span.size() <= 4; }), quotes.end());
    return quotes;
  }

  static uint32_t previous_cp(std::string_view text, uint32_t i) {
    uint32_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    return decode_at(text, k).cp;
  }

  // ---- Speakers ----

  // The noun phrase that ends just before token `end` (exclusive), walking back over names, titles,
  // role and group nouns and their modifiers: "longtime Democratic pollster Pat Caddell".
  static std::optional<Speaker> speaker_before(const Context& cx, size_t lower_bound, size_t end) {
    size_t k = end;
    while (k > lower_bound && cx.word(k - 1) && (in<kAdverbsAndAuxiliaries>(cx.lower(k - 1)) || looks_like_adverb(cx.lower(k - 1)))) --k;
    if (k > lower_bound + 1 && (cx.tok(k - 1) == "," || cx.tok(k - 1) == "--" || cx.tok(k - 1) == "\xE2\x80\x94")) {
      // "Rucker Culpepper, who runs ..., said": the name before the apposition or relative clause.
      if (std::optional<Speaker> named = name_before_apposition(cx, lower_bound, k - 1)) return named;
      --k;
    }
    // "Rep. Gwen Moore (D-Wis.) said": the party and state are no part of the name.
    if (k > lower_bound + 1 && cx.tok(k - 1) == ")") {
      size_t open = k - 1;
      while (open > lower_bound && k - open < 8 && cx.tok(open) != "(") --open;
      if (cx.tok(open) == "(") k = open;
    }
    size_t phrase_end = k;
    if (k > lower_bound && cx.word(k - 1) && is_pronoun(cx.lower(k - 1))) return resolve_pronoun(cx, k - 1);
    if (k > lower_bound && (cx.tok(k - 1) == "I" || cx.lower(k - 1) == "we"))
      return Speaker{cx.tokens[k - 1], std::string(cx.tok(k - 1)), "author"};
    while (k > lower_bound && is_phrase_word(cx, k - 1)) --k;
    // "the announcer said", "the New York businessman said": any noun after a determiner.
    if (k == phrase_end && k > lower_bound && cx.word(k - 1) && !cx.cap(k - 1)) {
      size_t j = k - 1;
      while (j > lower_bound && cx.word(j - 1) && cx.cap(j - 1) && phrase_end - j < 5) --j;
      if (j > lower_bound && (cx.lower(j - 1) == "the" || cx.lower(j - 1) == "my" || cx.lower(j - 1) == "a")) k = j;
    }
    if (k > lower_bound && in<kDeterminers>(cx.lower(k - 1))) --k;
    if (k == phrase_end) return std::nullopt;
    // "Hugh Hill, a doctor, said": the name before the apposition.
    if (!has_name(cx, k, phrase_end) && k >= lower_bound + 2 && cx.tok(k - 1) == ",") {
      size_t j = k - 1;
      while (j > lower_bound && is_phrase_word(cx, j - 1)) --j;
      if (j < k - 1 && has_name(cx, j, k - 1)) return speaker_from_phrase(cx, j, k - 1);
    }
    return speaker_from_phrase(cx, k, phrase_end);
  }

  // A name followed by a comma, within a few words before `comma`: "Hillary Clinton, at a later press
  // gaggle, said", "Mitch McConnell, R-Ky., said", "Rucker Culpepper, who runs ..., said".
  static std::optional<Speaker> name_before_apposition(const Context& cx, size_t lower_bound, size_t comma) {
    constexpr size_t kMaxApposition = 30;
    for (size_t j = comma; j-- > lower_bound + 1 && comma - j < kMaxApposition;) {
      if (cx.word(j) && (in<kDirectCues>(cx.lower(j)) || in<kIndirectCues>(cx.lower(j)))) return std::nullopt;
      bool delimiter = cx.tok(j) == "," || cx.tok(j) == "--" || cx.tok(j) == "\xE2\x80\x94";
      if (!delimiter || !cx.cap(j - 1) || !is_phrase_word(cx, j - 1)) continue;
      size_t first = j - 1;
      while (first > lower_bound && is_phrase_word(cx, first - 1)) --first;
      if (first > lower_bound && in<kDeterminers>(cx.lower(first - 1))) --first;
      if (has_name(cx, first, j)) return speaker_from_phrase(cx, first, j);
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The noun phrase that starts at token `begin`: "said Caddell", "said the spokeswoman".
  static std::optional<Speaker> speaker_after(const Context& cx, size_t begin, size_t limit) {
    size_t k = begin;
    if (k < limit && cx.word(k) && is_pronoun(cx.lower(k))) return resolve_pronoun(cx, k);
    if (k < limit && in<kDeterminers>(cx.lower(k))) ++k;
    size_t first = k;
    while (k < limit && is_phrase_word(cx, k) && (k == first || cx.adjacent_words(k - 1, k))) ++k;
    if (k == first) return std::nullopt;
    return speaker_from_phrase(cx, begin, k);
  }

  static bool is_pronoun(std::string_view lower) { return lower == "he" || lower == "she" || lower == "they" || lower == "it"; }

  static bool is_phrase_word(const Context& cx, size_t i) {
    if (!cx.word(i)) return false;
    std::string_view lower = cx.lower(i);
    std::string base = ascii_lower(strip_possessive(cx.tok(i)));
    if (cx.cap(i)) return !in<kNotNames>(lower) && !in<kDirectCues>(lower);
    return in<kRoleNouns>(base) || in<kOrgNouns>(base) || in<kSpeakerModifiers>(base) || in<kMediumNouns>(base) ||
           (ends_with(base, "s") && in<kRoleNouns>(std::string_view(base).substr(0, base.size() - 1)));
  }

  static bool has_name(const Context& cx, size_t first, size_t end) {
    for (size_t k = first; k < end; ++k)
      if (cx.cap(k) && !in<kTitles>(without_dot(cx.tok(k)))) return true;
    return false;
  }

  // Whom the phrase [first, end) names: the entity step's entity, the name at its end, an organisation,
  // the owner of a medium ("the police's post"), or a description resolved to an earlier candidate.
  static std::optional<Speaker> speaker_from_phrase(const Context& cx, size_t first, size_t end) {
    // "the police's Twitter post": the owner speaks.
    if (in<kMediumNouns>(cx.lower(end - 1))) {
      size_t owner = end - 1;
      while (owner > first && !is_possessive(cx.tok(owner - 1))) --owner;
      if (owner == first) {  // "the article read", "the IMF report stated"
        Span medium = cx.span(first, end);
        return Speaker{medium, std::string(cx.doc.slice(medium)), "description"};
      }
      end = owner;
    }
    Span mention = cx.span(first, end);
    if (is_possessive(cx.tok(end - 1))) mention.end = cx.tokens[end - 1].start + static_cast<uint32_t>(strip_possessive(cx.tok(end - 1)).size());
    if (const Annotation* e = cx.entity_over(mention))
      return Speaker{mention, Context::entity_name(cx.doc, *e), e->attrs.find("refers_to") ? "resolved" : "name"};
    // The trailing capitalised run, titles removed: "Lt. Magdalena Dvorakova" -> "Magdalena Dvorakova".
    size_t name_first = end;
    while (name_first > first && cx.cap(name_first - 1)) --name_first;
    while (name_first < end && in<kTitles>(without_dot(cx.tok(name_first)))) ++name_first;
    if (name_first < end) {
      Span name = {cx.tokens[name_first].start, mention.end};
      return Speaker{mention, full_name(cx, std::string(cx.doc.slice(name)), name.start), "name"};
    }
    // A group noun after capitalised modifiers: "Czech police", "Iraq's parliament".
    size_t body = first;
    if (in<kDeterminers>(cx.lower(body))) ++body;
    if (body < end && cx.cap(body) && !in<kTitles>(without_dot(cx.tok(body)))) {
      Span org = {cx.tokens[body].start, mention.end};
      return Speaker{mention, std::string(cx.doc.slice(org)), "name"};
    }
    if (body == end) return std::nullopt;
    // A description: "the spokeswoman", "the prime minister", "the police".
    std::string description = ascii_lower(cx.doc.slice({cx.tokens[body].start, mention.end}));
    if (const Candidate* c = resolve_description(cx, description, mention.start)) return Speaker{mention, c->name, "resolved"};
    return Speaker{mention, description, "description"};
  }

  // A surname alone ("Caddell") names the person written in full earlier ("Pat Caddell").
  static std::string full_name(const Context& cx, std::string name, uint32_t before) {
    const std::string suffix = " " + name;
    const Candidate* c = nearest_before(cx, before, [&](const Candidate& c) {
      return c.type == EntityType::kPerson && ends_with(c.name, suffix);
    });
    return c ? c->name : name;
  }

  static const Candidate* resolve_description(const Context& cx, const std::string& description, uint32_t before) {
    std::string head = description;
    if (size_t space = head.rfind(' '); space != std::string::npos) head = head.substr(space + 1);
    return nearest_before(cx, before, [&](const Candidate& c) {
      return (!c.role.empty() && (c.role.find(description) != std::string::npos || ends_with(c.role, head))) ||
             ends_with(ascii_lower(c.name), " " + head);
    });
  }

  // The nearest candidate before `before` that fits, looking back a bounded number of candidates so
  // that long documents stay linear.
  static constexpr int kLookback = 200;
  template <class Fits>
  static const Candidate* nearest_before(const Context& cx, uint32_t before, Fits fits) {
    auto it = std::lower_bound(cx.candidates.begin(), cx.candidates.end(), before,
                               [](const Candidate& c, uint32_t pos) { return c.span.start < pos; });
    for (int seen = 0; it != cx.candidates.begin() && seen < kLookback; ++seen)
      if (fits(*--it)) return &*it;
    return nullptr;
  }

  // A person of the pronoun's gender (one of unknown gender when none is), or an organisation for
  // "they" and "it"; the nearest before the pronoun.
  static std::optional<Speaker> resolve_pronoun(const Context& cx, size_t i) {
    std::string_view p = cx.lower(i);
    EntityType want = (p == "he" || p == "she") ? EntityType::kPerson : EntityType::kOrg;
    Gender gender = p == "he" ? Gender::kMale : p == "she" ? Gender::kFemale : Gender::kUnknown;
    Span mention = cx.tokens[i];
    auto end = std::lower_bound(cx.candidates.begin(), cx.candidates.end(), mention.start,
                                [](const Candidate& c, uint32_t pos) { return c.span.start < pos; });
    const Candidate* fallback = nullptr;
    int seen = 0;
    for (auto it = end; it != cx.candidates.begin() && seen++ < kLookback;) {
      const Candidate& c = *--it;
      if (c.type != want) continue;
      if (c.gender == gender) return Speaker{mention, c.name, "resolved"};
      if (c.gender == Gender::kUnknown && !fallback) fallback = &c;
    }
    if (!fallback) return Speaker{mention, "", "unknown"};
    return Speaker{mention, fallback->name, "resolved"};
  }

  // ---- Direct quotes: attribution ----

  // The sentence-like stretch around a quote: from the previous boundary (paragraph start, sentence
  // end outside quotes, or the previous quote's end) to the next one.
  static void attribute_direct(const Context& cx, const std::vector<QuoteSpan>& quotes, std::vector<bool>& cue_used,
                               std::vector<Annotation>& out) {
    const Document& doc = cx.doc;
    std::optional<Attribution> last_attribution;
    uint32_t last_quote_end = 0;
    size_t last_paragraph = 0;
    for (size_t qi = 0; qi < quotes.size(); ++qi) {
      const QuoteSpan& q = quotes[qi];
      Annotation a;
      a.span = q.span;
      a.kind = "quote";
      a.attrs.set("kind", "direct");
      if (q.depth > 0) {
        a.rule = "quotes.nested";
        a.attrs.set("speaker_status", "nested");
        out.push_back(std::move(a));
        continue;
      }
      size_t para = paragraph_of(doc, q.span.start);
      uint32_t para_start = doc.structure.paragraphs[para].start;
      uint32_t para_end = doc.structure.paragraphs[paragraph_of(doc, q.span.end - 1)].end;
      size_t first_tok = cx.token_at(q.span.start), after_tok = cx.token_at(q.span.end);
      uint32_t next_quote = para_end;
      for (size_t k = qi + 1; k < quotes.size(); ++k)
        if (quotes[k].span.start >= q.span.end) {
          next_quote = quotes[k].span.start;
          break;
        }
      size_t tail_end = cx.token_at(std::min(para_end, next_quote));
      uint32_t prev_quote_end = last_quote_end > para_start ? last_quote_end : para_start;
      size_t head_begin = cx.token_at(prev_quote_end);
      // Sentence ends outside the quote bound the head and the tail.
      for (size_t k = after_tok; k < tail_end; ++k)
        if (is_terminal(cx.tok(k)) && !(k + 1 < tail_end && cx.tok(k + 1) == ")")) {  // "(D-Wis.)"
          tail_end = k;
          break;
        }
      for (size_t k = first_tok; k > head_begin; --k)
        if (is_terminal(cx.tok(k - 1))) {
          head_begin = k;
          break;
        }
      std::string_view inner = doc.slice(q.span);
      if (!is_clause_quote(cx, para, first_tok, after_tok, inner)) {
        a.rule = "quotes.partial";
        a.attrs.set("kind", "partial");
        a.attrs.set("speaker_status", "unknown");
        out.push_back(std::move(a));
        continue;
      }
      bool closed = ends_with_terminal(inner) && after_tok < tail_end && cx.cap(after_tok) && !in<kDirectCues>(cx.lower(after_tok));

      std::optional<Attribution> found;
      const char* rule = "";
      bool tail_first = ends_with_comma(inner) || (after_tok < tail_end && cx.tok(after_tok) == ",");
      bool head_strong = first_tok > head_begin && (cx.tok(first_tok - 1) == ":" || cx.tok(first_tok - 1) == "," ||
                                                    is_direct_cue(cx, first_tok - 1));
      auto try_tail = [&] {
        if (!found && (found = tail_attribution(cx, after_tok, tail_end, closed, cue_used))) rule = "quotes.tail";
      };
      auto try_head = [&] {
        if (!found && (found = head_attribution(cx, head_begin, first_tok, cue_used))) rule = "quotes.head";
      };
      if (tail_first || !head_strong) {
        try_tail();
        try_head();
      } else {
        try_head();
        try_tail();
      }
      // A paragraph that is only a quote, after "Caddell continued:" or a quote by the same speaker.
      if (!found && q.span.start == para_start && para > 0) {
        Span before = doc.structure.paragraphs[para - 1];
        if (doc.text[before.end - 1] == ':') {
          size_t end = cx.token_at(before.end) - 1;
          size_t begin = end;
          while (begin > 0 && cx.tokens[begin - 1].start >= before.start && !is_terminal(cx.tok(begin - 1))) --begin;
          if ((found = head_attribution(cx, begin, end + 1, cue_used))) rule = "quotes.head";
        }
      }
      // A paragraph that is only words in single marks, with no cue: a section title ('All Bets Are Off.').
      bool title = !found && q.span.start == para_start && q.span.end == doc.structure.paragraphs[para].end &&
                   is_single_mark(inner);
      if (title) {
        a.rule = "quotes.title";
        a.attrs.set("kind", "title");
        a.attrs.set("speaker_status", "unknown");
        last_attribution.reset();
        out.push_back(std::move(a));
        continue;
      }
      if (!found && last_attribution && (para == last_paragraph || para == last_paragraph + 1)) {
        // The same speaker, cue and mention: PolNeAR joins such pieces into one Content.
        a.rule = "quotes.continued";
        set_attribution(cx, *last_attribution, a);
        a.attrs.set("speaker_status", "continued");
      } else if (found) {
        a.rule = rule;
        set_attribution(cx, *found, a);
      } else {
        a.rule = "quotes.unattributed";
        a.attrs.set("speaker_status", "unknown");
      }
      if (found && !found->speaker.name.empty()) last_attribution = found;
      else if (!found && a.rule != "quotes.continued") last_attribution.reset();
      last_quote_end = q.span.end;
      last_paragraph = paragraph_of(doc, q.span.end - 1);
      out.push_back(std::move(a));
    }
  }

  // Whether a quote stands as a clause of its own ("X said: “...”", "“...,” X said") rather than words
  // quoted inside the writer's sentence ("called the plan “a disaster” on Monday").
  static bool is_clause_quote(const Context& cx, size_t para, size_t first_tok, size_t after_tok, std::string_view inner) {
    const Span p = cx.doc.structure.paragraphs[para];
    if (is_dash_signature(cx, after_tok)) return true;
    bool starts = first_tok == 0 || cx.tokens[first_tok - 1].end <= p.start;
    if (!starts) {
      std::string_view before = cx.tok(first_tok - 1);
      starts = before == ":" || before == "," || is_terminal(before) || before == "(" || before == "\xE2\x80\x94" ||
               before == "\xE2\x80\x93" || before == "-" || is_closing_mark(before) || is_direct_cue(cx, first_tok - 1);
    }
    if (!starts) return false;
    if (after_tok >= cx.tokens.size() || cx.tokens[after_tok].start >= cx.doc.structure.paragraphs[paragraph_of(cx.doc, cx.tokens[after_tok - 1].start)].end)
      return true;
    if (ends_with_terminal(inner) || ends_with_comma(inner) || !cx.word(after_tok) || cx.cap(after_tok) || is_direct_cue(cx, after_tok))
      return true;
    // "“...” the article read.", "“...” the president added."
    for (size_t k = after_tok; k < cx.tokens.size() && k < after_tok + 6 && cx.word(k); ++k)
      if (is_direct_cue(cx, k)) return true;
    return false;
  }

  // "“...” ― Sonya Herridge": a dash and a name sign the quote.
  static bool is_dash_signature(const Context& cx, size_t k) {
    return k + 1 < cx.tokens.size() && (cx.tok(k) == "\xE2\x80\x95" || cx.tok(k) == "\xE2\x80\x94") && cx.cap(k + 1);
  }

  static void set_attribution(const Context& cx, const Attribution& at, Annotation& a) {
    if (!at.speaker.name.empty()) a.attrs.set("speaker", at.speaker.name);
    a.attrs.set("speaker_status", at.speaker.status);
    a.attrs.set("cue", std::string(cx.doc.slice(at.cue)));
    if (!at.speaker.mention.empty()) {
      a.attrs.set("speaker_start", std::to_string(at.speaker.mention.start));
      a.attrs.set("speaker_end", std::to_string(at.speaker.mention.end));
    }
    a.attrs.set("cue_start", std::to_string(at.cue.start));
    a.attrs.set("cue_end", std::to_string(at.cue.end));
  }

  static size_t paragraph_of(const Document& doc, uint32_t pos) {
    const std::vector<Span>& ps = doc.structure.paragraphs;
    auto it = std::upper_bound(ps.begin(), ps.end(), pos, [](uint32_t p, Span s) { return p < s.start; });
    return it == ps.begin() ? 0 : static_cast<size_t>(it - ps.begin() - 1);
  }

  static bool is_single_mark(std::string_view quote) {
    return quote.rfind("\xE2\x80\x98", 0) == 0 || (quote.rfind("'", 0) == 0 && quote.rfind("''", 0) != 0);
  }

  static bool is_terminal(std::string_view t) { return t == "." || t == "!" || t == "?"; }

  // The last character before the closing mark.
  static std::string_view last_inner(std::string_view quote) {
    size_t k = quote.size();
    while (k > 0 && (static_cast<unsigned char>(quote[k - 1]) & 0xC0) == 0x80) --k;  // the closing mark
    if (k > 0) --k;
    if (k > 0 && quote[k] == '\'' && quote[k - 1] == '\'') --k;
    while (k > 0 && (static_cast<unsigned char>(quote[k - 1]) & 0xC0) == 0x80) --k;
    return k > 0 ? quote.substr(k - 1, 1) : std::string_view();
  }
  static bool ends_with_terminal(std::string_view quote) {
    std::string_view c = last_inner(quote);
    return c == "." || c == "!" || c == "?";
  }
  static bool ends_with_comma(std::string_view quote) { return last_inner(quote) == ","; }

  static bool is_direct_cue(const Context& cx, size_t i) {
    return cx.word(i) && (in<kDirectCues>(cx.lower(i)) || in<kMediumCues>(cx.lower(i)));
  }

  // After the quote: ", said Caddell", ", Caddell said", "the police's Twitter post read".
  // `closed`: the quote ended its sentence ("“... .” Trump said."), so the words after it are only its
  // attribution when nothing but adverbials follows the cue ("Trump said Friday", not "Trump said that").
  static std::optional<Attribution> tail_attribution(const Context& cx, size_t begin, size_t end, bool closed,
                                                     std::vector<bool>& cue_used) {
    constexpr size_t kReach = 25;  // "“...,” Leonard Burman, director of the ... Center, said."
    size_t k = begin;
    if (k < end && is_dash_signature(cx, k)) {
      if (std::optional<Speaker> s = speaker_after(cx, k + 1, end); s && s->status == "name") return Attribution{cx.tokens[k], *s};
    }
    if (k < end && cx.tok(k) == ",") ++k;
    for (size_t c = k; c < end && c < k + kReach; ++c) {
      if (!cx.word(c) || cue_used[c]) continue;
      std::string_view lower = cx.lower(c);
      bool medium_cue = in<kMediumCues>(lower) && c > k && in<kMediumNouns>(cx.lower(c - 1));
      if (!in<kDirectCues>(lower) && !medium_cue) continue;
      std::optional<Speaker> s = c > k ? speaker_before(cx, k, c) : speaker_after(cx, c + 1, end);
      // A name right after the quote, whatever apposition stands between it and the cue.
      if (c > k && (!s || s->status == "description") && cx.cap(k))
        if (std::optional<Speaker> first = speaker_after(cx, k, c); first && first->status == "name") s = first;
      if (!s && c == k) continue;
      bool inverted = !s;
      if (!s) s = speaker_after(cx, c + 1, end);
      if (!s) return std::nullopt;
      size_t rest = inverted ? cx.token_at(s->mention.end) : c + 1;
      if (closed && rest < end && cx.word(rest) && !is_trailing_adverbial(cx, rest, end)) return std::nullopt;
      cue_used[c] = true;
      return Attribution{cx.tokens[c], *s};
    }
    return std::nullopt;
  }

  // Before the quote: "Caddell said:", "According to X,", "He called the plan".
  static std::optional<Attribution> head_attribution(const Context& cx, size_t begin, size_t end, std::vector<bool>& cue_used) {
    if (end > begin && cx.tok(end - 1) == ":")
      if (std::optional<Speaker> s = headline_speaker(cx, begin, end - 1)) return Attribution{cx.tokens[end - 1], *s};
    for (size_t c = end; c-- > begin;) {
      if (!cx.word(c) || cue_used[c]) continue;
      std::string_view lower = cx.lower(c);
      if (lower == "according" && c + 1 < end && cx.lower(c + 1) == "to") {
        if (std::optional<Speaker> s = speaker_after(cx, c + 2, end)) {
          cue_used[c] = true;
          return Attribution{cx.span(c, c + 2), *s};
        }
        continue;
      }
      bool medium_cue = in<kMediumCues>(lower) && c > begin && in<kMediumNouns>(cx.lower(c - 1));
      if (!in<kDirectCues>(lower) && !medium_cue && lower != "called") continue;
      // "Trump left the stage, saying, “...”": the participle's speaker is the sentence's subject.
      if (ends_with(lower, "ing") && c > begin && cx.tok(c - 1) == ",") {
        // The subject starts the sentence or follows an introductory phrase ("During the speech, Trump ...").
        for (size_t p = begin; p < c; ++p) {
          if (p != begin && cx.tok(p - 1) != ",") continue;
          if (std::optional<Speaker> subject = speaker_after(cx, p, c)) {
            cue_used[c] = true;
            return Attribution{cx.tokens[c], *subject};
          }
        }
        continue;
      }
      std::optional<Speaker> s = speaker_before(cx, begin, c);
      if (!s) s = speaker_after(cx, c + 1, end);  // said Trump: "..."
      if (!s) continue;
      cue_used[c] = true;
      return Attribution{cx.tokens[c], *s};
    }
    return std::nullopt;
  }

  // "Pat Caddell: Democrat Voters Worried ...": a headline that gives a name and what was said.
  static std::optional<Speaker> headline_speaker(const Context& cx, size_t begin, size_t colon) {
    constexpr size_t kMaxWords = 5;
    if (colon <= begin || colon - begin > kMaxWords) return std::nullopt;
    for (size_t k = begin; k < colon; ++k)
      if (!is_phrase_word(cx, k)) return std::nullopt;
    if (!has_name(cx, begin, colon)) return std::nullopt;
    return speaker_from_phrase(cx, begin, colon);
  }

  // Words quoted inside reported speech are its speaker's ("X called the plan “a disaster”").
  static void speak_partial_quotes(std::vector<Annotation>& out) {
    std::vector<const Annotation*> reported;  // in text order: sentences are visited in order
    for (const Annotation& r : out)
      if (r.rule.rfind("quotes.reported", 0) == 0 || r.rule == "quotes.according_to") reported.push_back(&r);
    for (Annotation& a : out) {
      if (a.rule != "quotes.partial") continue;
      auto it = std::upper_bound(reported.begin(), reported.end(), a.span.start,
                                 [](uint32_t p, const Annotation* r) { return p < r->span.start; });
      if (it == reported.begin()) continue;
      const Annotation& r = **std::prev(it);
      const std::string* speaker = r.attrs.find("speaker");
      if (!speaker || a.span.end > r.span.end) continue;
      a.attrs.set("speaker", *speaker);
      a.attrs.set("speaker_status", "reported");
    }
  }

  // ---- Reported speech ----

  static void find_reported_speech(const Context& cx, const std::vector<QuoteSpan>& quotes, std::vector<bool>& cue_used,
                                   std::vector<Annotation>& out) {
    const Document& doc = cx.doc;
    auto inside_quote = [&](Span s) { return cx.in_quote(s); };
    for (Span sentence : doc.structure.sentences) {
      std::optional<Speaker> sentence_speaker;  // who the last attribution of this sentence named
      size_t s0 = cx.token_at(sentence.start), s1 = cx.token_at(sentence.end);
      s0 = skip_dateline(cx, s0, s1);
      size_t last = s1;
      // Drop the final "." and a mark that opens the next quote ("... arrests. \"Two men ...").
      while (last > s0 && !cx.word(last - 1) && (!is_closing_mark(cx.tok(last - 1)) || starts_quote(quotes, cx.tokens[last - 1].start))) --last;
      if (s0 + 1 < last && cx.tokens[s0].start == doc.structure.paragraphs[paragraph_of(doc, sentence.start)].start) {
        size_t colon = s0;
        while (colon < last && colon < s0 + 6 && cx.tok(colon) != ":") ++colon;
        if (colon < last && cx.tok(colon) == ":" && !cue_used[colon] && last > colon + 3 && !starts_quote(quotes, cx.tokens[colon + 1].start))
          if (std::optional<Speaker> s = headline_speaker(cx, s0, colon)) {
            cue_used[colon] = true;
            out.push_back(indirect(cx, cx.span(colon + 1, last), cx.tokens[colon], *s, "quotes.headline").annotation);
            continue;
          }
      }
      // "urged voters to stay home and said he ...", "attacked the plan, saying ...": a second verb of
      // speech ends the first one's content.
      std::vector<size_t> coordinated;
      for (size_t j = s0; j + 1 < last; ++j) {
        std::string_view next = cx.lower(j + 1);
        if ((cx.lower(j) == "and" && (in<kIndirectCues>(next) || in<kDirectCues>(next))) ||
            (cx.tok(j) == "," && in<kParticipleCues>(next)))
          coordinated.push_back(j);
      }
      for (size_t c = s0; c < last; ++c) {
        if (!cx.word(c) || cue_used[c] || inside_quote(cx.tokens[c])) continue;
        std::string_view lower = cx.lower(c);
        auto next_and = std::upper_bound(coordinated.begin(), coordinated.end(), c);
        size_t end = next_and == coordinated.end() ? last : *next_and;
        std::optional<Reported> a;
        if (lower == "according" && c + 1 < last && cx.lower(c + 1) == "to")
          a = according_to(cx, s0, c, last);
        else if (in<kIndirectCues>(lower))
          a = reported(cx, s0, c, end, sentence_speaker);
        if (!a || inside_quote(a->annotation.span)) continue;
        cue_used[c] = true;
        sentence_speaker = a->speaker;
        out.push_back(std::move(a->annotation));
      }
    }
  }

  static bool starts_quote(const std::vector<QuoteSpan>& quotes, uint32_t pos) {
    auto it = std::lower_bound(quotes.begin(), quotes.end(), pos, [](const QuoteSpan& q, uint32_t p) { return q.span.start < p; });
    return it != quotes.end() && it->span.start == pos;
  }

  static bool is_closing_mark(std::string_view t) {
    return t == "\"" || t == "'" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\xC2\xBB";
  }

  // "PRAGUE (UrduPoint News / Sputnik - 25th January, 2020) Five ...": the dateline is no content.
  static size_t skip_dateline(const Context& cx, size_t s0, size_t s1) {
    std::string_view first = cx.tok(s0);
    bool all_caps = first.size() > 1 && std::all_of(first.begin(), first.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
    if (!all_caps || s0 + 1 >= s1) return s0;
    if (cx.tok(s0 + 1) == "(") {
      for (size_t k = s0 + 2; k < s1; ++k)
        if (cx.tok(k) == ")") return k + 1;
    }
    if (cx.tok(s0 + 1) == "\xE2\x80\x94" || cx.tok(s0 + 1) == "-") return s0 + 2;
    return s0;
  }

  // Reported speech and whom it was attributed to.
  struct Reported {
    Annotation annotation;
    Speaker speaker;
  };

  static Reported indirect(const Context& cx, Span content, Span cue, const Speaker& s, const char* rule) {
    Annotation a;
    a.span = content;
    a.kind = "quote";
    a.rule = rule;
    a.attrs.set("kind", "indirect");
    set_attribution(cx, Attribution{cue, s}, a);
    return Reported{std::move(a), s};
  }

  // "According to X, CONTENT" and "CONTENT, according to X".
  static std::optional<Reported> according_to(const Context& cx, size_t s0, size_t c, size_t last) {
    std::optional<Speaker> s = speaker_after(cx, c + 2, last);
    if (!s) s = phrase_until_comma(cx, c + 2, last);
    if (!s) return std::nullopt;
    Span cue = cx.span(c, c + 2);
    size_t after = cx.token_at(s->mention.end);
    if (c == s0) {
      if (after < last && cx.tok(after) == ",") ++after;
      if (last - after < 3) return std::nullopt;
      return indirect(cx, cx.span(after, last), cue, *s, "quotes.according_to");
    }
    size_t end = c;
    if (end > s0 && cx.tok(end - 1) == ",") --end;
    if (end - s0 < 3) return std::nullopt;
    return indirect(cx, cx.span(s0, end), cue, *s, "quotes.according_to");
  }

  // "according to exit polls, ...": the words up to the comma, as a description.
  static std::optional<Speaker> phrase_until_comma(const Context& cx, size_t begin, size_t last) {
    constexpr size_t kMaxWords = 8;
    size_t k = begin;
    while (k < last && k < begin + kMaxWords && (cx.word(k) || cx.tok(k) == "-" || cx.tok(k) == "'s")) ++k;
    if (k == begin || (k < last && cx.tok(k) != ",")) return std::nullopt;
    Span mention = cx.span(begin, k);
    return Speaker{mention, std::string(cx.doc.slice(mention)), "description"};
  }

  // The subject of a clause that is no name nor role: "Delegates questioned", "Another slide shows".
  static std::optional<Speaker> plain_subject(const Context& cx, size_t lower_bound, size_t c) {
    static constexpr std::string_view kNotSubjects[] = {"and", "but", "or", "that", "this", "which", "who", "what", "it",
                                                        "there", "i", "we", "you", "to", "not", "also", "if", "as"};
    constexpr size_t kMaxWords = 6;
    size_t k = c;
    while (k > lower_bound && c - k < kMaxWords && cx.word(k - 1) && !in<kNotSubjects>(cx.lower(k - 1)) &&
           !in<kIndirectCues>(cx.lower(k - 1)))
      --k;
    bool bounded = k == lower_bound || cx.tok(k - 1) == ",";
    if (k == c || !bounded) return std::nullopt;
    Span mention = cx.span(k, c);
    return Speaker{mention, std::string(cx.doc.slice(mention)), "description"};
  }

  // "X said (that) CONTENT", "X told Y that CONTENT", "CONTENT, X said", "CONTENT, said X",
  // "..., X said, adding that CONTENT", "X called for CONTENT".
  static std::optional<Reported> reported(const Context& cx, size_t s0, size_t c, size_t last,
                                            const std::optional<Speaker>& sentence_speaker) {
    Span cue = cx.tokens[c];
    std::string_view verb = cx.lower(c);
    size_t verb_at = c;
    if (verb == "called" && c + 1 < last && (cx.lower(c + 1) == "for" || cx.lower(c + 1) == "on")) cue.end = cx.tokens[++c].end;
    if (in<kParticipleCues>(verb) && c > s0 && cx.tok(c - 1) == ",") {
      std::optional<Speaker> s = sentence_speaker;
      if (!s) s = speaker_after(cx, s0, c);
      if (!s) return std::nullopt;
      size_t k = c + 1;
      if (k < last && cx.lower(k) == "that") ++k;
      if (last <= k + 2) return std::nullopt;
      return indirect(cx, cx.span(k, last), cue, *s, "quotes.reported_participle");
    }
    std::optional<Speaker> s = speaker_before(cx, s0, verb_at);
    // "Cruz exhorted Republicans to ... and said he was ...": the subject of the sentence.
    if (!s && verb_at > s0 && cx.lower(verb_at - 1) == "and") s = speaker_after(cx, s0, verb_at);
    if (!s && !(verb_at > s0 && cx.tok(verb_at - 1) == ",")) s = plain_subject(cx, s0, verb_at);
    size_t speaker_first = s ? cx.token_at(s->mention.start) : c;
    // "CONTENT, X said." / "CONTENT, said X."
    bool inverted = !s && c > s0 && cx.tok(c - 1) == ",";
    if (inverted) s = speaker_after(cx, c + 1, last);
    if (!s) return std::nullopt;
    if (inverted) speaker_first = c;
    size_t comma = speaker_first;
    while (comma > s0 && !cx.word(comma - 1) && cx.tok(comma - 1) != ",") --comma;
    size_t after = inverted ? cx.token_at(s->mention.end) : c + 1;
    // Only adverbials may follow a trailing cue ("..., X announced on Twitter on Saturday.").
    bool trailing = after >= last || !cx.word(after) || (is_trailing_adverbial(cx, after, last) && !has_that(cx, after, last));
    if (comma > s0 && cx.tok(comma - 1) == "," && speaker_first - s0 >= 4 && trailing)
      return indirect(cx, cx.span(s0, comma - 1), cue, *s, "quotes.reported_after");
    if (inverted) return std::nullopt;
    size_t k = c + 1;
    if (in<kTellCues>(cx.lower(c))) {
      if (std::optional<Speaker> listener = speaker_after(cx, k, last)) k = cx.token_at(listener->mention.end);
      else if (k < last && cx.word(k) && !cx.cap(k) && in<kListeners>(cx.lower(k))) ++k;
    }
    // "said earlier in January that ...": the content starts after "that" when only an adverbial
    // stands before it ("said officials have video that shows ..." keeps its whole clause).
    for (size_t j = k; j < last && j < k + 8; ++j) {
      if (cx.lower(j) == "that") {
        k = j + 1;
        break;
      }
      if (!is_adverbial_word(cx, j)) break;
    }
    if (k < last && cx.tok(k) == ":") return std::nullopt;
    if (k + 1 < last && cx.tok(k) == "," && !cx.quote_starts_at(cx.tokens[k + 1].start)) ++k;  // "said, a majority ..."
    if (k < last && cx.tok(k) == ",") return std::nullopt;
    if (last <= k + 2) return std::nullopt;
    return indirect(cx, cx.span(k, last), cue, *s, "quotes.reported");
  }

  // Words of a time or place adverbial between a cue and "that": "earlier in January", "on Monday".
  static bool is_adverbial_word(const Context& cx, size_t j) {
    static constexpr std::string_view kGapWords[] = {"a", "again", "also", "an", "at", "during", "earlier", "in",
                                                     "interview", "last", "later", "month", "on", "recently", "statement",
                                                     "the", "this", "today", "week", "year", "yesterday", ","};
    std::string_view lower = cx.lower(j);
    return in<kGapWords>(lower) || (cx.word(j) && cx.cap(j)) || looks_like_adverb(lower) ||
           std::all_of(lower.begin(), lower.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  static bool has_that(const Context& cx, size_t begin, size_t end) {
    for (size_t j = begin; j < end && j < begin + 8; ++j)
      if (cx.lower(j) == "that") return true;
    return false;
  }

  static constexpr std::string_view kListeners[] = {"reporters", "journalists", "supporters", "voters", "me", "him",
                                                    "her", "them", "us", "audience", "crowd", "viewers"};

  // "on Twitter on Saturday", "in a statement", "last week": what may follow a trailing cue.
  static bool is_trailing_adverbial(const Context& cx, size_t begin, size_t end) {
    static constexpr std::string_view kStarts[] = {"on", "in", "at", "during", "last", "this", "earlier", "later",
                                                   "after", "before", "yesterday", "today", "monday", "tuesday",
                                                   "wednesday", "thursday", "friday", "saturday", "sunday",
                                                   "tonight", "recently", "via", "to", "through", "told", "while"};
    return in<kStarts>(cx.lower(begin)) || (end > begin && looks_like_adverb(cx.lower(begin)));
  }

  FirstNames first_names_;
};

}  // namespace

std::unique_ptr<Annotator> make_quote_annotator() { return std::make_unique<QuoteAnnotator>(); }

}  // namespace ledeline
