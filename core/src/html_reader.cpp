// [SECTION] Reading HTML: the article's main text and what the page states about it.
//
// Main text, in the manner of Readability: paragraphs score their container and its ancestors (more
// for long, comma-rich text, less for link text); class and id words such as "article" or
// "comment" weigh in; semantic containers (itemprop=articleBody, <article>, <main>) are preferred.
// The best container and its good siblings are kept, minus what is boilerplate inside them
// (navigation, share bars, comment sections, link lists). Metadata comes from JSON-LD, meta tags,
// <time>, author markup and the visible byline, in that order of trust.
#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

#include "html.h"
#include "readers.h"

namespace ledeline {
namespace {

using html::Element;
using html::Page;
using html::Tag;
using html::TextRun;

constexpr size_t kMinParagraphChars = 25;
constexpr size_t kShortTextBytes = 1000;    // main text shorter than this: the strict reading missed it

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Words of class and id, lower case, split at spaces, '-' and '_'.
bool has_word(std::string_view lowered, std::string_view word) {
  for (size_t at = lowered.find(word); at != std::string_view::npos; at = lowered.find(word, at + 1)) {
    auto boundary = [&](size_t i) {
      return i >= lowered.size() || !((lowered[i] >= 'a' && lowered[i] <= 'z') || (lowered[i] >= '0' && lowered[i] <= '9'));
    };
    if ((at == 0 || boundary(at - 1)) && boundary(at + word.size())) return true;
  }
  return false;
}

bool has_part(std::string_view lowered, std::string_view part) { return lowered.find(part) != std::string_view::npos; }

// "author" in a class or id ("post-author", "authorName"), but not "authority" or "authorization".
bool names_author(std::string_view lowered) {
  for (size_t at = lowered.find("author"); at != std::string_view::npos; at = lowered.find("author", at + 1)) {
    std::string_view after = lowered.substr(at + 6, 2);
    if (after != "it" && after != "iz" && after != "is") return true;
  }
  return false;
}

// Class and id words that mark boilerplate wherever they appear.
constexpr std::array<std::string_view, 29> kBoilerplateParts = {
    "comment", "sidebar", "newsletter", "breadcrumb", "advert", "cookie", "sponsor", "disqus", "outbrain",
    "taboola", "pagination", "subscribe", "recommend", "widget", "popup", "promo", "masthead", "social",
    "related", "share", "sharing", "signup", "paywall", "teaser", "author-bio", "authorbio", "skip-link",
    "consent", "banner"};
// Words that mark boilerplate unless the element is also marked as content.
constexpr std::array<std::string_view, 18> kBoilerplateWords = {
    "nav", "navigation", "menu", "footer", "header", "meta", "tags", "tag", "ad", "ads", "hidden", "print",
    "caption", "credit", "credits", "byline", "toolbar", "navbar"};
constexpr std::array<std::string_view, 14> kContentParts = {
    "article", "content", "entry", "story", "post", "text", "body", "main", "blog", "hentry", "prose", "column",
    "beitrag", "artikel"};
// Containers that sites name as the article body.
constexpr std::array<std::string_view, 17> kBodyParts = {
    "articlebody", "article-body", "article__body", "article_body", "articletext", "article-text",
    "entry-content", "post-content", "post-body", "postbody", "story-body", "storybody", "article-content",
    "articlecontent", "post-entry", "entry-body", "content-body"};

struct ClassInfo {
  bool boilerplate_part = false, boilerplate_word = false, content = false, body = false;
};

ClassInfo classify(const Element& e) {
  ClassInfo info;
  if (e.cls.empty() && e.id.empty()) return info;
  std::string words = lower(e.cls);
  words += ' ';
  words += lower(e.id);
  for (std::string_view p : kBoilerplateParts) info.boilerplate_part |= has_part(words, p);
  for (std::string_view w : kBoilerplateWords) info.boilerplate_word |= has_word(words, w);
  for (std::string_view p : kContentParts) info.content |= has_part(words, p);
  for (std::string_view p : kBodyParts) info.body |= has_part(words, p);
  return info;
}

bool is_boilerplate_tag(Tag t) {
  switch (t) {
    case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kForm: case Tag::kButton: case Tag::kSelect:
    case Tag::kOption: case Tag::kFigure: case Tag::kFigcaption: case Tag::kIframe: case Tag::kSvg: case Tag::kMath:
    case Tag::kTemplate: case Tag::kDialog: case Tag::kMenu: case Tag::kLabel: case Tag::kHeader: case Tag::kHead:
    case Tag::kTextarea: case Tag::kFieldset:
      return true;
    default:
      return false;
  }
}

bool is_paragraph_tag(Tag t) { return t == Tag::kP || t == Tag::kPre || t == Tag::kTd || t == Tag::kBlockquote; }

class Extractor {
 public:
  Extractor(std::string_view html, Page page) : html_(html), page_(std::move(page)) {
    size_t n = page_.elements.size();
    direct_.assign(n, 0);
    total_.assign(n, 0);
    links_.assign(n, 0);
    commas_.assign(n, 0);
    info_.resize(n);
    in_link_.assign(n, false);
    block_.assign(n, -1);
    for (size_t e = 0; e < n; ++e) {
      const Element& el = page_.elements[e];
      info_[e] = classify(el);
      bool parent_link = el.parent >= 0 && in_link_[el.parent];
      in_link_[e] = parent_link || el.tag == Tag::kA;
      block_[e] = html::is_block(el.tag) ? static_cast<int32_t>(e) : el.parent >= 0 ? block_[el.parent] : -1;
    }
    for (const TextRun& t : page_.texts) {
      if (t.element < 0) continue;
      uint32_t chars = 0, commas = 0;
      for (uint32_t i = t.start; i < t.end; ++i) {
        char c = html_[i];
        chars += !is_space_byte(c) && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        commas += c == ',';
      }
      direct_[t.element] += chars;
      commas_[t.element] += commas;
      if (in_link_[t.element]) links_[t.element] += chars;
    }
    total_ = direct_;
    holds_article_.assign(n, false);
    for (size_t e = n; e-- > 0;) {
      int32_t p = page_.elements[e].parent;
      if (p < 0) continue;
      const Element& el = page_.elements[e];
      if (holds_article_[e] || el.tag == Tag::kArticle || info_[e].body || el.itemprop.find("articleBody") != std::string_view::npos)
        holds_article_[p] = true;
      total_[p] += total_[e];
      links_[p] += links_[e];
      commas_[p] += commas_[e];
    }
  }

  const Page& page() const { return page_; }
  std::string_view source() const { return html_; }
  int32_t block_of(int32_t e) const { return block_[e] >= 0 ? block_[e] : e; }

  // Picks the article's containers and writes their text; `map` receives where each piece came from.
  std::string main_text(SourceMap& map) {
    bool strict = true;
    std::vector<int32_t> roots = choose_roots(strict);
    std::string text = write(roots, strict, map, kNoStop);
    if (text.size() < kShortTextBytes) {  // too strict for this page: keep more
      SourceMap relaxed_map;
      std::vector<int32_t> relaxed_roots = choose_roots(false);
      std::string relaxed = write(relaxed_roots, false, relaxed_map, kNoStop);
      if (relaxed.size() > 3 * text.size()) {  // clearly more text, not only the boilerplate
        strict = false;
        roots = std::move(relaxed_roots);
        map = std::move(relaxed_map);
        text = std::move(relaxed);
      }
    }
    // Short lines without a sentence's end that close the text are the page's, not the article's:
    // "Share this:", "Related articles", "Read more". Written again up to the first of them.
    size_t cut = text.size();
    for (int dropped = 0; dropped < kMaxTrailingLines && cut > 0; ++dropped) {
      size_t start = text.rfind("\n\n", cut - 1);
      start = start == std::string::npos ? 0 : start + 2;
      std::string_view last = std::string_view(text).substr(start, cut - start);
      if (start == 0 || last.size() > kMaxTrailingLineBytes || ends_sentence(last)) break;
      cut = start - 2;
    }
    if (cut < text.size()) {
      uint32_t stop = map.source_start(static_cast<uint32_t>(cut + 2));
      map = SourceMap();
      text = write(roots, strict, map, stop);
    }
    return text;
  }

  // The element's text, decoded, white space collapsed.
  std::string text_of(int32_t e) const {
    const Element& el = page_.elements[e];
    auto first = std::lower_bound(page_.texts.begin(), page_.texts.end(), el.source_start,
                                  [](const TextRun& t, uint32_t s) { return t.start < s; });
    uint32_t stop = el.subtree_end < page_.elements.size() ? page_.elements[el.subtree_end].source_start
                                                            : static_cast<uint32_t>(html_.size());
    std::string raw;
    int32_t last = -1;  // the element of the previous run
    for (auto it = first; it != page_.texts.end() && it->start < stop && raw.size() < 2000; ++it) {
      if (it->element < e || static_cast<uint32_t>(it->element) >= el.subtree_end) continue;
      // Runs join with a space, as style sheets mostly set bylines apart ("<span>By</span><a>Name</a>"),
      // but not before the punctuation that follows inline markup ("Story Of <em>Metroid</em>, One").
      const bool punctuation_follows =
          it->end > it->start && std::string_view(",.;:!?)").find(html_[it->start]) != std::string_view::npos;
      if (last >= 0 && (block_[it->element] != block_[last] || it->breaks_before || !punctuation_follows)) raw += ' ';
      raw.append(html_.substr(it->start, it->end - it->start));
      last = it->element;
    }
    return html::decode_text(raw);
  }

  bool boilerplate(int32_t e) const { return boilerplate_[e]; }
  bool inside_roots(int32_t e) const {
    for (int32_t r : roots_)
      if (e >= r && static_cast<uint32_t>(e) < page_.elements[r].subtree_end) return true;
    return false;
  }
  int32_t first_root() const { return roots_.empty() ? -1 : roots_.front(); }

 private:
  double link_density(int32_t e) const { return total_[e] ? static_cast<double>(links_[e]) / total_[e] : 0.0; }

  bool self_boilerplate(int32_t e, bool strict) const {
    const Element& el = page_.elements[e];
    if (el.hidden || el.tag == Tag::kHead) return true;
    if (!strict) return false;
    const ClassInfo& c = info_[e];
    if (is_boilerplate_tag(el.tag)) return true;
    // A layout wrapper named for what it sits beside ("main one-sidebar") when it holds the article.
    if (c.boilerplate_part && !c.body && !holds_article_[e]) return true;
    if (c.boilerplate_word && !c.content && !c.body) return true;
    // Link lists: most of the text is link text.
    Tag t = el.tag;
    bool listy = t == Tag::kUl || t == Tag::kOl || t == Tag::kLi || t == Tag::kDiv || t == Tag::kTable ||
                 t == Tag::kSection || t == Tag::kP || t == Tag::kDl || t == Tag::kTd;
    return listy && total_[e] > 0 && links_[e] * 2 > total_[e];
  }

  // Readability's scores, as integers: paragraphs give 1 + commas + length/100 (at most 3) to their
  // container, half to its parent, a third of that further up.
  std::vector<int32_t> choose_roots(bool strict) {
    size_t n = page_.elements.size();
    std::vector<int64_t> score(n, 0);
    std::vector<bool> scored(n, false);
    std::vector<bool> excluded(n, false);  // inside boilerplate
    for (size_t e = 0; e < n; ++e) {
      int32_t p = page_.elements[e].parent;
      excluded[e] = self_boilerplate(static_cast<int32_t>(e), strict) || (p >= 0 && excluded[p]);
    }
    auto base = [&](int32_t e) -> int64_t {
      const Element& el = page_.elements[e];
      int64_t s = 0;
      switch (el.tag) {
        case Tag::kDiv: case Tag::kArticle: case Tag::kMain: case Tag::kSection: s = 5; break;
        case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: s = 3; break;
        case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd: case Tag::kDt:
        case Tag::kLi: case Tag::kForm: s = -3; break;
        case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kTh:
          s = -5; break;
        default: break;
      }
      const ClassInfo& c = info_[e];
      if (c.boilerplate_part || c.boilerplate_word) s -= 25;
      if (c.content) s += 25;
      if (c.body || el.itemprop.find("articleBody") != std::string_view::npos) s += 50;
      if (el.tag == Tag::kArticle || el.tag == Tag::kMain) s += 15;
      return s * 100;
    };
    for (size_t e = 0; e < n; ++e) {
      const Element& el = page_.elements[e];
      if (excluded[e] || in_link_[e]) continue;
      bool paragraph = is_paragraph_tag(el.tag) ? total_[e] >= kMinParagraphChars : direct_[e] >= 100;
      if (!paragraph) continue;
      uint32_t chars = is_paragraph_tag(el.tag) ? total_[e] - links_[e] : direct_[e];
      if (chars < kMinParagraphChars) continue;
      int64_t points = 100 * (1 + commas_[e] + std::min<uint32_t>(chars / 100, 3));
      int32_t a = is_paragraph_tag(el.tag) ? el.parent : static_cast<int32_t>(e);
      for (int level = 0; a >= 0 && level < 5; ++level, a = page_.elements[a].parent) {
        if (excluded[a]) break;
        if (!scored[a]) {
          scored[a] = true;
          score[a] = base(a);
        }
        score[a] += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
      }
    }
    int32_t best = -1;
    int64_t best_score = 0;
    for (size_t e = 0; e < n; ++e) {
      if (!scored[e]) continue;
      score[e] = static_cast<int64_t>(score[e] * (1.0 - link_density(static_cast<int32_t>(e))));
      if (best < 0 || score[e] > best_score) {
        best = static_cast<int32_t>(e);
        best_score = score[e];
      }
    }
    roots_.clear();
    if (best < 0) {
      // No container scored (a fragment, or no paragraph anywhere): the body, or every top element.
      for (size_t e = 0; e < n; ++e)
        if (page_.elements[e].tag == Tag::kBody) best = static_cast<int32_t>(e);
      if (best >= 0) {
        roots_.push_back(best);
      } else {
        for (uint32_t e = 0; e < n; e = page_.elements[e].subtree_end) roots_.push_back(static_cast<int32_t>(e));
      }
      boilerplate_ = excluded;
      return roots_;
    }
    // Wrappers that add no text of their own are the same container: its siblings are theirs.
    for (int32_t up = page_.elements[best].parent; up >= 0 && total_[up] == total_[best] && !excluded[up] &&
                                                   page_.elements[up].tag != Tag::kBody && page_.elements[up].tag != Tag::kHtml;
         up = page_.elements[best].parent)
      best = up;
    // A container that holds most of the best one's paragraphs among several siblings is often
    // one level too deep: its good siblings join it.
    int32_t parent = page_.elements[best].parent;
    if (parent < 0) {
      roots_.push_back(best);
    } else {
      int64_t threshold = std::max<int64_t>(1000, best_score / 5);
      for (uint32_t s = static_cast<uint32_t>(parent) + 1; s < page_.elements[parent].subtree_end;
           s = page_.elements[s].subtree_end) {
        auto si = static_cast<int32_t>(s);
        bool keep = si == best;
        if (!keep && !excluded[s]) {
          const Element& el = page_.elements[s];
          const Element& top = page_.elements[best];
          uint32_t plain = total_[s] - links_[s];
          // A sibling of the same kind (one section of an article split in several) joins it.
          bool same_kind = el.tag == top.tag && !top.cls.empty() && el.cls == top.cls && plain >= kMinParagraphChars;
          keep = same_kind || (scored[s] && score[s] >= threshold) ||
                 (el.tag == Tag::kP && plain >= 80 && link_density(si) < 0.25) ||
                 (el.tag == Tag::kP && plain >= kMinParagraphChars && links_[s] == 0 && commas_[s] > 0);
        }
        if (keep) roots_.push_back(si);
      }
    }
    if (int32_t lead = standfirst(); lead >= 0) roots_.insert(roots_.begin(), lead);
    boilerplate_ = excluded;
    return roots_;
  }

  // The standfirst: the paragraph right after the headline (the last <h1> above the article's
  // container), which pages set in their header, apart from the body. -1 when there is none.
  int32_t standfirst() const {
    if (roots_.empty()) return -1;
    int32_t h1 = -1;
    for (int32_t e = 0; e < roots_.front(); ++e)
      if (page_.elements[e].tag == Tag::kH1) h1 = e;
    if (h1 < 0) return -1;
    uint32_t next = page_.elements[h1].subtree_end;
    if (next >= static_cast<uint32_t>(roots_.front())) return -1;
    const Element& el = page_.elements[next];
    // In the page's <header> as often as not: only its own markup counts.
    if (el.parent != page_.elements[h1].parent || self_boilerplate(static_cast<int32_t>(next), true) || in_link_[next] ||
        !(el.tag == Tag::kP || el.tag == Tag::kDiv) || page_.elements[roots_.front()].source_start < el.source_start)
      return -1;
    uint32_t plain = total_[next] - links_[next];
    bool ends_inside = page_.elements[next].subtree_end <= static_cast<uint32_t>(roots_.front());
    return plain >= 40 && plain <= 600 && link_density(static_cast<int32_t>(next)) < 0.25 && ends_inside ? static_cast<int32_t>(next) : -1;
  }

  // Writes the text of the roots, paragraph by paragraph, leaving out boilerplate inside them.
  static constexpr uint32_t kNoStop = UINT32_MAX;
  static constexpr int kMaxTrailingLines = 12;
  static constexpr size_t kMaxTrailingLineBytes = 60;
  static constexpr size_t kMaxPromoBytes = 300;

  static bool ends_sentence(std::string_view line) {
    for (std::string_view end : {".", "!", "?", "\"", ")", "\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\x9C", ":)", "\xE2\x80\xA6"})
      if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    return false;
  }

  // A short block that is a page's own line: share prompts, related-article headings, loaders.
  bool page_line(int32_t block) const {
    static constexpr std::array<std::string_view, 22> kWords = {
        "share", "teilen", "sharen", "related", "hnliche", "empfiehlt", "meistgelesen", "relacionad", "puede interesar",
        "veja tamb", "subscribe", "newsletter", "latest articles", "mehr von", "wird geladen", "loading", "credit:",
        "escucha esta nota", "read more", "weiterlesen", "leer m", "lesen sie auch"};
    // The site speaking to its reader in a paragraph of its own: sign-up and letters prompts.
    static constexpr std::array<std::string_view, 10> kPromos = {
        "newsletter", "sign up", "letter to the editor", "posteingang", "bezahlschranke", "paywall", "advertising disclaimer",
        "suscr\xC3\xAD" "bete", "abonnieren sie", "inscrivez-vous"};
    std::string line = text_of(block);
    if (line.size() > kMaxPromoBytes) return false;
    line = lower(line);
    if (std::any_of(kPromos.begin(), kPromos.end(), [&](std::string_view w) { return line.find(w) != std::string::npos; }))
      return true;
    if (line.size() > kMaxTrailingLineBytes) return false;
    return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return line.find(w) != std::string::npos; });
  }

  // Writes the text of the roots up to the source offset `stop`.
  std::string write(const std::vector<int32_t>& roots, bool strict, SourceMap& map, uint32_t stop) {
    std::string out;
    out.reserve(html_.size() / 4);
    size_t n = page_.elements.size();
    // Boilerplate again, now relative to the roots: a root is kept even inside boilerplate.
    std::vector<bool> skip(n, false);
    std::vector<bool> is_root(n, false);
    for (int32_t r : roots) is_root[r] = true;
    for (size_t e = 0; e < n; ++e) {
      int32_t p = page_.elements[e].parent;
      skip[e] = !is_root[e] && (self_boilerplate(static_cast<int32_t>(e), strict) || (p >= 0 && skip[p]));
    }
    boilerplate_ = skip;
    page_line_.assign(n, -1);
    size_t root = 0;
    int32_t last_block = -2;
    bool pending_space = false;
    uint32_t pending_breaks = 0;
    for (const TextRun& t : page_.texts) {
      if (t.start >= stop) break;
      pending_breaks = std::max<uint32_t>(pending_breaks, t.breaks_before);
      int32_t e = t.element;
      if (e < 0) continue;
      while (root < roots.size() && page_.elements[roots[root]].subtree_end <= static_cast<uint32_t>(e) &&
             roots[root] <= e)
        ++root;
      if (root >= roots.size()) break;
      if (e < roots[root] || skip[e]) continue;
      int32_t block = block_of(e);
      if (page_line_[block] < 0) page_line_[block] = page_line(block) ? 1 : 0;
      if (page_line_[block]) continue;
      uint32_t space_start = t.end;  // where the white space before `i` starts, within this run
      for (uint32_t i = t.start; i < t.end;) {
        char c = html_[i];
        if (is_space_byte(c)) {
          if (space_start >= i) space_start = i;
          pending_space = true;
          ++i;
          continue;
        }
        size_t before = out.size();
        if (!out.empty()) {
          bool new_block = block_[e] != last_block;
          if (new_block || pending_breaks >= 2) {
            out += "\n\n";
          } else if (pending_breaks == 1) {
            out += '\n';
          } else if (pending_space && out.back() != '\n') {
            out += ' ';
          }
          // The break or space stands for the white space before it, or is inserted at a tag.
          if (out.size() > before) {
            bool from_space = space_start < i;
            map.append(static_cast<uint32_t>(out.size() - before), from_space ? space_start : i, from_space ? i - space_start : 0);
          }
        }
        space_start = t.end;
        last_block = block_[e];
        pending_space = false;
        pending_breaks = 0;
        if (c == '&') {
          before = out.size();
          size_t used = html::decode_reference(html_.substr(0, t.end), i, out);
          if (used) {
            if (out.compare(before, std::string::npos, "\xC2\xA0") == 0) {  // &nbsp;: a space
              out.resize(before);
              pending_space = true;
            } else {
              map.append(static_cast<uint32_t>(out.size() - before), i, static_cast<uint32_t>(used));
            }
            i += static_cast<uint32_t>(used);
            continue;
          }
        }
        uint32_t start = i++;
        while (i < t.end && !is_space_byte(html_[i]) && html_[i] != '&') ++i;
        out.append(html_.data() + start, i - start);
        map.append_copy(start, i - start);
      }
    }
    map.finish(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(html_.size()));
    return out;
  }

  std::string_view html_;
  Page page_;
  std::vector<uint32_t> direct_, total_, links_, commas_;  // characters, not bytes
  std::vector<ClassInfo> info_;
  std::vector<bool> in_link_;
  std::vector<bool> holds_article_;  // an <article> or an article body below it
  std::vector<int32_t> block_;  // nearest block element, itself included
  std::vector<int32_t> roots_;
  std::vector<bool> boilerplate_;
  std::vector<int8_t> page_line_;  // by block: a page line (1), not (0), not yet known (-1)
};

// ---- Metadata -------------------------------------------------------------------------------------

// The candidates for each field in order of trust; the first one present wins.
struct Candidates {
  std::vector<std::pair<std::string, std::string>> title, date, site, language, url;  // (value, rule)
  std::vector<std::pair<std::vector<std::string>, std::string>> authors;
  std::string article_body;          // JSON-LD articleBody, for pages that render their text by script
  std::string_view article_body_block;  // the JSON-LD block it came from
};

bool type_is_article(const nlohmann::json& type) {
  static constexpr std::array<std::string_view, 12> kTypes = {
      "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Report", "BackgroundNewsArticle"};
  auto one = [&](const nlohmann::json& t) {
    return t.is_string() && std::find(kTypes.begin(), kTypes.end(), t.get_ref<const std::string&>()) != kTypes.end();
  };
  if (one(type)) return true;
  if (type.is_array())
    for (const auto& t : type)
      if (one(t)) return true;
  return false;
}

std::string json_string(const nlohmann::json& j) {
  if (j.is_string()) return html::decode_text(j.get_ref<const std::string&>());
  if (j.is_object() && j.contains("name")) return json_string(j["name"]);
  if (j.is_array() && !j.empty()) return json_string(j[0]);
  return {};
}

// The nodes of a JSON-LD block by their "@id": SEO plugins state the author as a reference
// ({"@id": ".../#/schema/person/..."}) to a Person elsewhere in the @graph.
using JsonLdNodes = std::vector<std::pair<std::string, const nlohmann::json*>>;

void json_ld_nodes(const nlohmann::json& j, int depth, JsonLdNodes& out) {
  if (depth > 4) return;
  if (j.is_array()) {
    for (const auto& item : j) json_ld_nodes(item, depth + 1, out);
  } else if (j.is_object()) {
    auto id = j.find("@id");
    if (id != j.end() && id->is_string() && j.contains("name")) out.emplace_back(id->get<std::string>(), &j);
    if (j.contains("@graph")) json_ld_nodes(j["@graph"], depth + 1, out);
  }
}

void json_ld_authors(const nlohmann::json& j, const JsonLdNodes& nodes, std::vector<std::string>& out) {
  if (j.is_array()) {
    for (const auto& a : j) json_ld_authors(a, nodes, out);
  } else if (j.is_object() && !j.contains("name") && j.contains("@id") && j["@id"].is_string()) {
    for (const auto& [id, node] : nodes)
      if (id == j["@id"].get_ref<const std::string&>()) {
        json_ld_authors(*node, {}, out);
        break;
      }
  } else if (j.is_object() && j.contains("@type") && j["@type"] == "Organization") {
    return;  // the publisher named as author
  } else if (j.is_string() || (j.is_object() && j.contains("name"))) {
    for (std::string& name : split_authors(json_string(j))) out.push_back(std::move(name));
  }
}

bool type_is_web_page(const nlohmann::json& type) { return type == "WebPage" || (type.is_array() && type.size() == 1 && type[0] == "WebPage"); }

// Objects of a type found in a JSON-LD block: the object itself, an array, or an @graph.
void json_ld_typed(const nlohmann::json& j, int depth, bool (*is_type)(const nlohmann::json&), std::vector<const nlohmann::json*>& out) {
  if (depth > 4) return;
  if (j.is_array()) {
    for (const auto& item : j) json_ld_typed(item, depth + 1, is_type, out);
  } else if (j.is_object()) {
    if (j.contains("@type") && is_type(j["@type"])) out.push_back(&j);
    if (j.contains("@graph")) json_ld_typed(j["@graph"], depth + 1, is_type, out);
    if (j.contains("mainEntity")) json_ld_typed(j["mainEntity"], depth + 1, is_type, out);
  }
}

void read_json_ld(const Page& page, Candidates& c) {
  for (std::string_view block : page.json_ld) {
    nlohmann::json j = nlohmann::json::parse(block.begin(), block.end(), nullptr, false);
    if (j.is_discarded()) continue;
    std::vector<const nlohmann::json*> articles, web_pages;
    json_ld_typed(j, 0, type_is_article, articles);
    json_ld_typed(j, 0, type_is_web_page, web_pages);
    JsonLdNodes nodes;
    json_ld_nodes(j, 0, nodes);

    for (const nlohmann::json* a : articles) {
      if (a->contains("headline")) c.title.emplace_back(json_string((*a)["headline"]), "html.json_ld.headline");
      if (a->contains("datePublished")) c.date.emplace_back(json_string((*a)["datePublished"]), "html.json_ld.date_published");
      if (a->contains("dateCreated")) c.date.emplace_back(json_string((*a)["dateCreated"]), "html.json_ld.date_created");
      if (a->contains("author")) {
        std::vector<std::string> names;
        json_ld_authors((*a)["author"], nodes, names);
        if (!names.empty()) c.authors.emplace_back(std::move(names), "html.json_ld.author");
      }
      if (a->contains("publisher")) c.site.emplace_back(json_string((*a)["publisher"]), "html.json_ld.publisher");
      if (a->contains("inLanguage")) c.language.emplace_back(json_string((*a)["inLanguage"]), "html.json_ld.language");
      if (a->contains("articleBody") && (*a)["articleBody"].is_string() && c.article_body.empty()) {
        c.article_body = (*a)["articleBody"].get<std::string>();
        c.article_body_block = block;
      }
    }
    // The page's author, after the article's: some sites state it only on the WebPage.
    for (const nlohmann::json* w : web_pages)
      if (w->contains("author")) {
        std::vector<std::string> names;
        json_ld_authors((*w)["author"], nodes, names);
        if (!names.empty()) c.authors.emplace_back(std::move(names), "html.json_ld.page_author");
      }
  }
}

// Meta tags: (name or property, the rule, the field). Order is trust within a field.
struct MetaKey {
  std::string_view key;
  char field;  // t title, d date, a author, s site, l language, u url
};
constexpr std::array kMetaKeys = {
    MetaKey{"og:title", 't'}, MetaKey{"twitter:title", 't'}, MetaKey{"dc.title", 't'}, MetaKey{"headline", 't'},
    MetaKey{"article:published_time", 'd'}, MetaKey{"og:article:published_time", 'd'}, MetaKey{"datepublished", 'd'},
    MetaKey{"article.published", 'd'}, MetaKey{"published_time", 'd'}, MetaKey{"pubdate", 'd'},
    MetaKey{"publishdate", 'd'}, MetaKey{"publish-date", 'd'}, MetaKey{"publish_date", 'd'},
    MetaKey{"parsely-pub-date", 'd'}, MetaKey{"sailthru.date", 'd'}, MetaKey{"dc.date.issued", 'd'},
    MetaKey{"dcterms.date", 'd'}, MetaKey{"dc.date", 'd'}, MetaKey{"date", 'd'}, MetaKey{"citation_publication_date", 'd'},
    MetaKey{"article:modified_time", 'm'}, MetaKey{"og:updated_time", 'm'}, MetaKey{"datemodified", 'm'},
    MetaKey{"lastmod", 'm'},
    MetaKey{"author", 'a'}, MetaKey{"article:author", 'a'}, MetaKey{"dc.creator", 'a'}, MetaKey{"dcterms.creator", 'a'},
    MetaKey{"parsely-author", 'a'}, MetaKey{"sailthru.author", 'a'}, MetaKey{"byl", 'a'}, MetaKey{"citation_author", 'a'},
    MetaKey{"og:site_name", 's'}, MetaKey{"application-name", 's'}, MetaKey{"publisher", 's'},
    MetaKey{"og:locale", 'l'}, MetaKey{"content-language", 'l'}, MetaKey{"language", 'l'}, MetaKey{"dc.language", 'l'},
    MetaKey{"og:url", 'u'}, MetaKey{"twitter:url", 'u'},
};

void read_meta_tags(const Page& page, Candidates& c, std::vector<std::pair<std::string, std::string>>& modified) {
  // Candidates in key order, not page order: trust is the key's.
  std::vector<std::pair<size_t, std::string>> found;  // (key index, content)
  // SEO plugins label a Twitter card field with the author: twitter:label1 "Written by", twitter:data1
  // the name; the label is in the page's language.
  static constexpr std::array<std::string_view, 6> kWrittenBy = {"written by", "verfasst von", "geschrieben von",
                                                                 "escrito por", "scritto da", "author"};
  std::string written_by_data;  // the key of the field that holds the author, "twitter:data1"
  std::vector<std::pair<std::string, std::string>> twitter_data;  // (key, content)
  for (const Element& e : page.elements) {
    if (e.tag != Tag::kMeta || e.content.empty() || e.property_name.empty()) {
      if (e.tag == Tag::kLink && lower(e.rel) == "canonical" && !e.href.empty())
        c.url.emplace_back(html::decode_text(e.href), "html.link_canonical");
      continue;
    }
    std::string key = lower(e.property_name);
    if (key.rfind("twitter:label", 0) == 0 && written_by_data.empty()) {
      std::string label = lower(html::decode_text(e.content));
      while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
      if (std::find(kWrittenBy.begin(), kWrittenBy.end(), label) != kWrittenBy.end())
        written_by_data = "twitter:data" + key.substr(13);
    }
    if (key.rfind("twitter:data", 0) == 0) twitter_data.emplace_back(key, html::decode_text(e.content));
    for (size_t k = 0; k < kMetaKeys.size(); ++k)
      if (key == kMetaKeys[k].key) found.emplace_back(k, html::decode_text(e.content));
    if (!e.itemprop.empty()) {
      std::string prop = lower(e.itemprop);
      if (prop == "datepublished") found.emplace_back(6, html::decode_text(e.content));
    }
  }
  for (const Element& e : page.elements) {
    if (e.tag == Tag::kMeta && !e.itemprop.empty() && e.property_name.empty() && !e.content.empty()) {
      std::string prop = lower(e.itemprop);
      if (prop == "datepublished") found.emplace_back(6, html::decode_text(e.content));
      if (prop == "headline") found.emplace_back(3, html::decode_text(e.content));
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [k, value] : found) {
    std::string rule = "html.meta." + std::string(kMetaKeys[k].key);
    switch (kMetaKeys[k].field) {
      case 't': c.title.emplace_back(std::move(value), rule); break;
      case 'd': c.date.emplace_back(std::move(value), rule); break;
      case 'm': modified.emplace_back(std::move(value), rule); break;
      case 'a': {
        std::vector<std::string> names = split_authors(value);
        if (!names.empty()) c.authors.emplace_back(std::move(names), rule);
        break;
      }
      case 's': c.site.emplace_back(std::move(value), rule); break;
      case 'l': c.language.emplace_back(std::move(value), rule); break;
      case 'u': c.url.emplace_back(std::move(value), rule); break;
    }
  }
  for (const auto& [key, value] : twitter_data)
    if (!written_by_data.empty() && key == written_by_data) {
      std::vector<std::string> names = split_authors(value);
      if (!names.empty()) c.authors.emplace_back(std::move(names), "html.meta.twitter_written_by");
    }
}

// "Title - Site", "Site | Title": the part that is not the site's name.
std::string strip_site_suffix(const std::string& title, const std::string& site) {
  // "Site - Section » Headline": a breadcrumb, whose last and longest part is the page's.
  size_t crumb = title.rfind(" \xC2\xBB ");
  if (crumb != std::string::npos && title.find("\xC2\xAB") == std::string::npos) {
    std::string tail = title.substr(crumb + 4);
    std::string head = title.substr(0, crumb);
    for (std::string_view sep : {" \xC2\xBB ", " - ", " | "}) {
      size_t at = head.rfind(sep);
      if (at != std::string::npos) head = head.substr(at + sep.size());
    }
    if (tail.size() > head.size()) return tail;
  }
  static constexpr std::array<std::string_view, 8> kSeparators = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};
  // "Ann Lee's Blog", "Digital Home": a part named as a site.
  auto names_a_site = [](const std::string& part) {
    std::string l = lower(part);
    for (std::string_view end : {" blog", " weblog", " home", " homepage", " website"})
      if (l.size() > end.size() && l.compare(l.size() - end.size(), end.size(), end) == 0) return true;
    return false;
  };
  for (std::string_view sep : kSeparators) {
    size_t last = title.rfind(sep);
    if (last != std::string::npos) {
      std::string head = title.substr(0, last), tail = title.substr(last + sep.size());
      bool tail_is_site = (!site.empty() && lower(tail).find(lower(site)) != std::string::npos) || names_a_site(tail);
      size_t first = title.find(sep);
      std::string lead = title.substr(0, first), rest = title.substr(first + sep.size());
      bool lead_is_site = (!site.empty() && lower(lead).find(lower(site)) != std::string::npos) || names_a_site(lead);
      if (tail_is_site || (!lead_is_site && tail.size() < head.size() && std::count(tail.begin(), tail.end(), ' ') < 4))
        return strip_site_suffix(head, site);
      if (lead_is_site) return rest;
    }
  }
  // Titles in scripts without spaces join the site's name unspaced: "标题-新华网", "标题_网易新闻".
  size_t joint = title.find_last_of("-_|");
  if (joint != std::string::npos && joint > 0 && static_cast<unsigned char>(title[joint - 1]) >= 0x80) {
    std::string tail = title.substr(joint + 1);
    bool unspaced_name = !tail.empty() && tail.size() <= 24 &&
                         std::all_of(tail.begin(), tail.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (unspaced_name && joint > tail.size()) return title.substr(0, joint);
  }
  return title;
}

std::string collapse(std::string s) { return html::decode_text(s); }

// Inside comments, forms or sidebars: names and dates there are not the article's (an article's own
// footer often holds its author, so footers are not excluded). Only
// the elements below the article's container or beside it count: a page wrapper's classes
// ("no-sidebar", "comments-open") say nothing.
// Inside a picture's caption, where "by" credits the picture ("Portrait of Hinepare by Gottfried Lindauer").
// Unlike in_picture_credit, which keeps an author's markup out of a picture's credit, any class naming
// a caption counts; the body's classes do not ("wp-featherlight-captions" is a theme's option).
bool in_caption(const Page& page, int32_t e) {
  for (; e >= 0; e = page.elements[e].parent) {
    const Element& el = page.elements[e];
    if (el.tag == Tag::kBody || el.tag == Tag::kHtml) return false;
    if (el.tag == Tag::kFigcaption || el.tag == Tag::kFigure || has_part(lower(el.cls), "caption")) return true;
  }
  return false;
}

bool in_discussion(const Page& page, int32_t e, int32_t root) {
  static constexpr std::array<std::string_view, 5> kParts = {"comment", "respond", "reply", "discussion", "sidebar"};
  for (; e >= 0; e = page.elements[e].parent) {
    const Element& el = page.elements[e];
    if (root >= 0 && e < root && static_cast<uint32_t>(root) < el.subtree_end) return false;  // holds the article
    if (el.tag == Tag::kBody || el.tag == Tag::kHtml) return false;
    if (el.tag == Tag::kForm || el.tag == Tag::kAside || el.tag == Tag::kNav) return true;
    if (el.cls.empty() && el.id.empty()) continue;
    std::string words = lower(el.cls) + " " + lower(el.id);
    for (std::string_view part : kParts)
      if (words.find(part) != std::string::npos) return true;
    // A sidebar widget's class starts with the word ("widget", "widget_text"); page builders lay out
    // the article itself in "elementor-widget" boxes.
    for (size_t at = words.find("widget"); at != std::string::npos; at = words.find("widget", at + 1))
      if (at == 0 || words[at - 1] == ' ') return true;
  }
  return false;
}

bool same_text(const std::string& a, const std::string& b) { return lower(a) == lower(b); }

// A date the page shows: in an element named for dates or post information, else the short text with
// a date nearest the headline (at source offset `headline_at`; one far above it is more often the
// site's, today's date in the masthead), outside the discussion.
std::optional<std::pair<DateTime, const char*>> visible_date(const Extractor& x, const Page& page, bool day_first,
                                                            uint32_t headline_at) {
  static constexpr std::array<std::string_view, 7> kParts = {"date", "time", "publish", "posted", "meta", "datum", "byline"};
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    if (e.cls.empty() && e.id.empty()) continue;
    std::string words = lower(e.cls) + " " + lower(e.id);
    if (std::none_of(kParts.begin(), kParts.end(), [&](std::string_view p) { return words.find(p) != std::string::npos; }))
      continue;
    if (words.find("updated") != std::string::npos || words.find("modified") != std::string::npos) continue;
    auto ei = static_cast<int32_t>(i);
    std::string text = x.text_of(ei);
    // An update's date says so: "Updated 3 May", "Aktualisiert am", "Actualizado".
    std::string head = lower(text.substr(0, 16));
    if (head.find("updat") != std::string::npos || head.find("aktualisiert") != std::string::npos ||
        head.find("actualiz") != std::string::npos || head.find("mis à jour") != std::string::npos)
      continue;
    if (text.size() > 160 || in_discussion(page, ei, x.first_root())) continue;
    if (auto t = parse_date_value(text, day_first)) return std::make_pair(*t, "html.date_class");
  }
  std::optional<std::pair<DateTime, const char*>> nearest;
  uint32_t distance = UINT32_MAX;
  for (const TextRun& t : page.texts) {
    if (t.element < 0 || t.end - t.start > 80) continue;
    uint32_t d = t.start > headline_at ? t.start - headline_at : headline_at - t.start;
    if (d >= distance) {
      if (t.start > headline_at) break;  // only farther from here on
      continue;
    }
    std::string_view raw = std::string_view(x.source()).substr(t.start, t.end - t.start);
    if (raw.find_first_of("0123456789") == std::string_view::npos) continue;
    if (x.boilerplate(t.element) && in_discussion(page, t.element, x.first_root())) continue;
    if (auto date = parse_date_value(html::decode_text(raw), day_first)) {
      DateTime day;
      day.date = date->date;
      nearest = std::make_pair(day, "html.text_date");
      distance = d;
    }
  }
  return nearest;
}

// The first clock time in a text, in minutes after midnight: "22:41", "11:30 p.m.", "9:05am"; or -1.
int clock_minutes(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != ':' || i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
    size_t h_start = i - 1;
    if (h_start > 0 && std::isdigit(static_cast<unsigned char>(text[h_start - 1]))) --h_start;
    if (h_start > 0 && std::isdigit(static_cast<unsigned char>(text[h_start - 1]))) continue;
    if (i + 2 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 1])) ||
        !std::isdigit(static_cast<unsigned char>(text[i + 2])))
      continue;
    int hour = std::atoi(std::string(text.substr(h_start, i - h_start)).c_str());
    int minute = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
    if (hour > 23 || minute > 59) continue;
    size_t k = i + 3;
    if (k < text.size() && text[k] == ':') k += 3;  // seconds
    while (k < text.size() && text[k] == ' ') ++k;
    char half = k < text.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))) : 0;
    size_t m = k + 1 < text.size() && text[k + 1] == '.' ? k + 2 : k + 1;
    bool meridiem = (half == 'a' || half == 'p') && m < text.size() && std::tolower(static_cast<unsigned char>(text[m])) == 'm' &&
                    hour >= 1 && hour <= 12;
    if (meridiem) hour = hour % 12 + (half == 'p' ? 12 : 0);
    return hour * 60 + minute;
  }
  return -1;
}

// Whether the page's language writes numeric dates day first ("02/10/2020" for 2 October): all but
// American English and English without a region (mostly American pages).
bool numeric_dates_day_first(std::string_view lang) {
  std::string l = lower(lang);
  if (l.empty()) return false;
  if (l.rfind("en", 0) != 0 || (l.size() > 2 && std::isalpha(static_cast<unsigned char>(l[2])))) return true;
  return l.size() > 3 && l.substr(3, 2) != "us";
}

// Minutes since 1970-01-01 00:00 of a date and a clock time.
int64_t minutes_since_epoch(const CivilDate& d, int minutes) { return static_cast<int64_t>(days_from_civil(d)) * 1440 + minutes; }

// A page states its time stamp in UTC and shows it in its own zone, where the day may be another:
// `shown` (a date and clock without zone, as the page shows it) is that rendering when the two differ by
// whole quarter hours, at most a zone's offset. Day and month of a numeric date are taken either way
// round ("03/05/2022" is 3 May in Brazil). Returns the local date-time with its offset.
std::optional<DateTime> local_rendering(const DateTime& stated, const CivilDate& shown_date, int shown_minutes) {
  if (stated.hour < 0 || !stated.utc_offset_minutes || shown_minutes < 0) return std::nullopt;
  int64_t utc = minutes_since_epoch(stated.date, stated.hour * 60 + stated.minute) - *stated.utc_offset_minutes;
  std::array<CivilDate, 2> readings = {shown_date, CivilDate{shown_date.year, shown_date.day, shown_date.month}};
  for (const CivilDate& d : readings) {
    if (!valid_date(d)) continue;
    int64_t offset = minutes_since_epoch(d, shown_minutes) - utc;
    if (offset % 15 != 0 || offset < -12 * 60 || offset > 14 * 60) continue;
    DateTime local;
    local.date = d;
    local.hour = shown_minutes / 60;
    local.minute = shown_minutes % 60;
    local.second = stated.second;
    local.utc_offset_minutes = static_cast<int>(offset);
    return local;
  }
  return std::nullopt;
}

// The stated time stamp as the page shows it: in a <time datetime> without zone, or in a short text
// with a date and a clock time (outside the discussion); else nullopt.
std::optional<DateTime> shown_in_local_time(const Extractor& x, const Page& page, const DateTime& stated) {
  if (stated.hour < 0 || !stated.utc_offset_minutes) return std::nullopt;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    if (e.tag != Tag::kTime || e.datetime.empty()) continue;
    auto shown = parse_date_value(html::decode_text(e.datetime));
    if (!shown || shown->hour < 0 || shown->utc_offset_minutes) continue;
    if (auto local = local_rendering(stated, shown->date, shown->hour * 60 + shown->minute)) return local;
  }
  int32_t last = -1;
  for (const TextRun& t : page.texts) {
    if (t.element < 0 || t.end - t.start > 80) continue;
    std::string_view raw = std::string_view(x.source()).substr(t.start, t.end - t.start);
    if (t.element == last || raw.find_first_of("0123456789") == std::string_view::npos) continue;
    last = t.element;
    // The element, then its block: date and clock are often set apart, "May 3, 2022 <span>|</span> 9:25pm".
    for (int32_t e : {t.element, x.block_of(t.element)}) {
      std::string text = x.text_of(e);
      if (text.size() > 120 || text.find(':') == std::string::npos || in_discussion(page, t.element, x.first_root())) continue;
      auto shown = parse_date_value(text);
      if (!shown) continue;
      if (auto local = local_rendering(stated, shown->date, clock_minutes(text))) return local;
    }
  }
  return std::nullopt;
}

// Separators left at either end of a title once a site's name is gone.
std::string trim_separators(std::string t) {
  bool quoted = t.find("\xC2\xAB") != std::string::npos;  // a closing » is the quote's, not a separator
  auto strip = [&](bool back) {
    for (bool more = true; more && !t.empty();) {
      more = false;
      for (std::string_view sep : {" ", "|", "-", ":", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xBB"}) {
        if (t.size() < sep.size() || (sep == "\xC2\xBB" && quoted)) continue;
        size_t at = back ? t.size() - sep.size() : 0;
        if (t.compare(at, sep.size(), sep) == 0) {
          t.erase(at, sep.size());
          more = true;
        }
      }
    }
  };
  strip(true);
  strip(false);
  return t;
}

// A stated headline sometimes carries the site's name too: "Title | Site", "Site: Title".
std::string strip_site_name(const std::string& title, const std::string& site) {
  if (site.empty() || title.size() <= site.size()) return title;
  std::string t = lower(title), s = lower(site);
  size_t at = t.rfind(s);
  if (at != std::string::npos && at + s.size() == t.size() && at > 0) {
    std::string head = title.substr(0, at);
    // Only a name set apart: "Title | Site", not "15 Years of site.net".
    if (trim_separators(head).size() + 1 >= head.size()) return title;
    while (!head.empty() && (head.back() == ' ' || head.back() == '|' || head.back() == '-' || head.back() == ':')) head.pop_back();
    while (head.size() >= 3 && (head.compare(head.size() - 3, 3, "\xE2\x80\x93") == 0 || head.compare(head.size() - 3, 3, "\xE2\x80\x94") == 0)) {
      head.resize(head.size() - 3);
      while (!head.empty() && head.back() == ' ') head.pop_back();
    }
    if (!head.empty()) return head;
  }
  if (t.rfind(s, 0) == 0) {
    std::string tail = title.substr(s.size());
    size_t k = tail.find_first_not_of(" |-:\xE2\x80\x93\x94");
    if (k != std::string::npos && k > 0) return tail.substr(k);
  }
  return title;
}

// The headline as the page shows it: a title stated in metadata is often shortened or lacks the
// kicker of the visible <h1>.
// Letters and digits only, lower case: quotes, dashes and spacing differ between a page's headlines.
std::string letters(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      i += 2;  // general punctuation: quotes, dashes, ellipsis
    } else if (c == 0xC2 && i + 1 < s.size()) {
      ++i;  // « » no-break space
    } else {
      out += s[i];
    }
  }
  return out;
}

bool headline_agrees(const std::string& h1, const std::string& stated) {
  std::string a = letters(h1), b = letters(stated);
  if (a.empty() || b.empty()) return false;
  if (b.size() < 8 || a.size() < 8) return a == b;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

// An <h1> that holds the stated headline and more: the more is a section label ("Local News |") or a
// subtitle, and the stated headline is the headline; unless the more is a kicker that introduces it
// ("Nutzerbasierte Abrechnung: ...") or the stated one is cut short ("...").
bool h1_adds_to_headline(const std::string& h1, const std::string& stated) {
  std::string a = lower(h1), b = lower(stated);
  size_t at = a.find(b);
  if (at == std::string::npos || b.size() == a.size()) return true;
  if (b.size() >= 3 && (b.compare(b.size() - 3, 3, "...") == 0 || b.compare(b.size() - 3, 3, "\xE2\x80\xA6") == 0)) return true;
  std::string_view before = std::string_view(h1).substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool kicker = !before.empty() && before.back() == ':' && at + b.size() == a.size();
  std::string_view after = std::string_view(h1).substr(at + b.size());
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  bool aside = before.empty() && after.size() > 2 && after.front() == '(' && after.back() == ')';  // "Bhindi masala (okra stir fry)"
  return kicker || aside;
}


// A headline's text without the label a forum or shop sets before it ("<span class=label>Patch Notes</span>").
std::string headline_text(const Extractor& x, const Page& page, int32_t h1) {
  std::string text = x.text_of(h1);
  for (uint32_t e = static_cast<uint32_t>(h1) + 1; e < page.elements[h1].subtree_end; ++e) {
    std::string cls = lower(page.elements[e].cls);
    if (!has_word(cls, "label") && !has_word(cls, "badge")) continue;
    std::string label = x.text_of(static_cast<int32_t>(e));
    if (!label.empty() && text.size() > label.size() + 1 && text.compare(0, label.size(), label) == 0 && text[label.size()] == ' ')
      text.erase(0, label.size() + 1);
    break;
  }
  return text;
}

// In a picture's caption or license line: the author named there is the picture's ("license-author").
bool in_picture_credit(const Page& page, int32_t e) {
  for (; e >= 0; e = page.elements[e].parent) {
    const Element& el = page.elements[e];
    if (el.tag == Tag::kFigcaption) return true;
    std::string cls = lower(el.cls);
    if (has_part(cls, "license") || has_part(cls, "licence")) return true;
  }
  return false;
}

// Inside the readers' comments (a sidebar, unlike them, may hold the owner's profile).
bool in_comments(const Page& page, int32_t e) {
  for (; e >= 0; e = page.elements[e].parent) {
    const Element& el = page.elements[e];
    if (has_part(lower(el.cls), "comment") || has_part(lower(el.id), "comment")) return true;
  }
  return false;
}

// A name given short stands for the full name the page shows outside its comments: initials
// ("DT") for a name that is a text of its own ("<a>Donald Townsend</a>"), a first name ("Henry")
// for one that ends lines at least twice ("Mehr von Henry Steinhau"); the most frequent, else empty.
std::string full_name_of(const Extractor& x, const Page& page, const std::string& short_name) {
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  bool initials = short_name.size() >= 2 && short_name.size() <= 3 && std::all_of(short_name.begin(), short_name.end(), is_upper);
  bool first_name = short_name.size() >= 3 && short_name.find(' ') == std::string::npos && is_upper(short_name[0]) &&
                    std::all_of(short_name.begin() + 1, short_name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!initials && !first_name) return {};
  size_t words = initials ? short_name.size() : 2;
  std::vector<std::pair<std::string, int>> seen;  // (name, times)
  for (const TextRun& t : page.texts) {
    if (t.end - t.start > 200 || t.element < 0 || in_comments(page, t.element)) continue;
    std::string line = html::decode_text(x.source().substr(t.start, t.end - t.start));
    while (!line.empty() && std::strchr(".,:;|)", line.back()) != nullptr) line.pop_back();
    std::vector<std::string> tail;  // the last `words` words, in order
    for (size_t end = line.size(); tail.size() < words && end > 0;) {
      size_t space = line.rfind(' ', end - 1);
      size_t begin = space == std::string::npos ? 0 : space + 1;
      tail.insert(tail.begin(), line.substr(begin, end - begin));
      if (space == std::string::npos) break;
      end = space;
    }
    if (tail.size() < words) continue;
    // Words of letters, a capital first ("Steinhau", "STEINHAU"); a name's, not a sentence's end.
    bool name_like = std::all_of(tail.begin(), tail.end(), [&](const std::string& w) {
      return w.size() >= 2 && is_upper(w[0]) && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
    });
    if (!name_like) continue;
    bool match = initials ? std::equal(tail.begin(), tail.end(), short_name.begin(), [](const std::string& w, char c) { return w[0] == c; })
                          : same_text(tail[0], short_name);
    std::string name = tail[0];
    for (size_t k = 1; k < tail.size(); ++k) name += " " + tail[k];
    if (!match || (initials && name != line)) continue;
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return same_text(s.first, name); });
    if (it == seen.end()) seen.emplace_back(name, 1);
    else ++it->second;
  }
  auto best = std::max_element(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == seen.end() || (first_name && best->second < 2) ? std::string() : best->first;
}

// An element whose class or id marks an author's name, not the author's picture, biography or job title.
bool author_marked(const Element& e) {
  std::string cls = lower(e.cls), id = lower(e.id);
  if (!(names_author(cls) || has_part(cls, "byline") || has_word(cls, "autor") || names_author(id) || has_part(id, "byline")))
    return false;
  for (std::string_view aside : {"bio", "avatar", "img", "image", "photo", "pic", "thumb", "title", "role", "job", "position"})
    if (has_part(cls, aside)) return false;
  return true;
}

// The names an author element holds. An element holding another such element leaves the names to it
// ("<div class=author><a class=author-link>Ann Lee</a><div class=author-title>Editor</div></div>"), and
// linked names followed by a comma are the names, the rest their affiliation ("By <a>Ann Lee</a>,
// Senior Technologist, Speech, Privacy, and Technology Project").
std::vector<std::string> markup_author_names(const Extractor& x, const Page& page, int32_t ei) {
  const Element& el = page.elements[ei];
  std::vector<std::string> linked;
  int32_t last_link = -1;
  for (uint32_t d = static_cast<uint32_t>(ei) + 1; d < el.subtree_end; ++d) {
    if (author_marked(page.elements[d])) return {};
    if (page.elements[d].tag != Tag::kA) continue;
    for (std::string& name : split_authors(x.text_of(static_cast<int32_t>(d)))) linked.push_back(std::move(name));
    last_link = static_cast<int32_t>(d);
  }
  std::string text = x.text_of(ei);
  if (!linked.empty()) {
    std::string link_text = x.text_of(last_link);
    size_t at = link_text.empty() ? std::string::npos : text.rfind(link_text);
    if (at != std::string::npos && text.compare(at + link_text.size(), 1, ",") == 0) return linked;
  }
  return split_authors(text);
}

// The names of a line just before or after the headline that holds a date and a person's name set
// apart ("11.12.2030 - Ann Lee", "Ann Lee | 3. Mai 2030"); a category there ("06. Aug 2030 // Tipps")
// is one word, no name.
std::vector<std::string> dated_name_beside(const Extractor& x, const Page& page, int32_t h1, bool day_first) {
  const Element& head = page.elements[h1];
  uint32_t after = head.subtree_end < page.elements.size() ? page.elements[head.subtree_end].source_start : UINT32_MAX;
  const TextRun* lines[2] = {nullptr, nullptr};  // the last run before the headline, the first after it
  for (const TextRun& t : page.texts) {
    if (t.element < 0 || x.source().substr(t.start, t.end - t.start).find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    if (t.end <= head.source_start) lines[0] = &t;
    if (t.start >= after && !lines[1]) lines[1] = &t;
  }
  for (const TextRun* t : lines) {
    if (!t) continue;
    std::string line = x.text_of(x.block_of(t->element));
    if (line.size() > 80) continue;
    for (std::string_view sep : {" - ", " | ", " // ", " \xC2\xB7 ", " \xE2\x80\x93 "}) {
      size_t at = line.find(sep);
      if (at == std::string::npos || line.find(sep, at + 1) != std::string::npos) continue;
      std::string first = line.substr(0, at), second = line.substr(at + sep.size());
      bool date_first = parse_date_value(first, day_first).has_value();
      if (!date_first && !parse_date_value(second, day_first)) continue;
      std::vector<std::string> names = split_authors(date_first ? second : first);
      bool persons = !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& n) {
        size_t words = 1 + std::count(n.begin(), n.end(), ' ');
        return words >= 2 && words <= 3 && std::isupper(static_cast<unsigned char>(n[0]));
      });
      if (persons) return names;
    }
  }
  return {};
}

void fill_metadata(const Extractor& x, const Page& page, Document& doc) {
  Candidates c;
  std::vector<std::pair<std::string, std::string>> modified;
  read_json_ld(page, c);
  read_meta_tags(page, c, modified);

  // Markup inside the page: <time>, itemprop and rel=author, author and byline classes, <h1>.
  int32_t root = x.first_root();
  std::vector<std::pair<std::string, std::string>> time_dates, h1s;
  ptrdiff_t itemprop_dates = 0;
  std::vector<std::pair<std::vector<std::string>, std::string>> markup_authors;
  bool data_author_seen = false;
  std::string lang;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    auto ei = static_cast<int32_t>(i);
    if (e.tag == Tag::kHtml && lang.empty()) lang = std::string(e.lang);
    std::string prop = lower(e.itemprop);
    if (prop == "datepublished" && e.tag != Tag::kMeta) {
      std::string v = !e.datetime.empty() ? std::string(e.datetime) : !e.content.empty() ? std::string(e.content) : x.text_of(ei);
      // Ahead of plain <time> elements, in document order: the first is the article's, later ones replies'.
      time_dates.emplace(time_dates.begin() + itemprop_dates++, std::move(v), "html.itemprop_date_published");
    } else if (e.tag == Tag::kTime && (!e.datetime.empty() || e.pubdate)) {
      std::string v = e.datetime.empty() ? x.text_of(ei) : html::decode_text(e.datetime);
      bool modified_time = lower(e.cls).find("updated") != std::string::npos || lower(e.cls).find("modified") != std::string::npos;
      if (!modified_time) time_dates.emplace_back(std::move(v), e.pubdate ? "html.time_pubdate" : "html.time_datetime");
    }
    if (e.tag == Tag::kH1) h1s.emplace_back(headline_text(x, page, ei), root >= 0 && x.inside_roots(ei) ? "html.h1_in_article" : "html.h1");
    if (e.tag == Tag::kMeta || e.tag == Tag::kLink) continue;
    // A forum's thread: the first post's author (data-author="...") started it.
    if (!e.data_author.empty() && !data_author_seen) {
      data_author_seen = true;
      std::vector<std::string> names = split_authors(html::decode_text(e.data_author));
      if (!names.empty()) markup_authors.emplace_back(std::move(names), "html.data_author");
    }
    bool author_prop = prop == "author" || prop == "creator";
    bool author_rel = lower(e.rel) == "author";
    std::string cls = lower(e.cls);
    std::string id = lower(e.id);
    if (!(author_prop || author_rel || author_marked(e))) continue;
    if (in_discussion(page, ei, x.first_root()) || in_picture_credit(page, ei)) continue;
    std::vector<std::string> names = markup_author_names(x, page, ei);
    // A link to the author's page of the site shows the name the author chose, even a web address
    // ("<a href=/author/koffer/>www.koffer.example</a>"), which no byline would pass as a name.
    for (uint32_t d = static_cast<uint32_t>(ei); names.empty() && d < e.subtree_end; ++d) {
      const Element& link = page.elements[d];
      std::string shown = link.tag == Tag::kA && has_part(lower(link.href), "/author/") ? x.text_of(static_cast<int32_t>(d)) : "";
      if (shown.size() >= 3 && shown.size() <= 40 && shown.find(' ') == std::string::npos && letters(shown).size() >= 3)
        names.push_back(shown);
    }
    if (names.empty()) continue;
    const char* rule = author_prop ? "html.itemprop_author" : author_rel ? "html.rel_author" : "html.author_class";
    markup_authors.emplace_back(std::move(names), rule);
  }
  // itemprop beats rel beats class beats data-author; among equals, document order.
  std::stable_sort(markup_authors.begin(), markup_authors.end(), [](const auto& a, const auto& b) {
    auto rank = [](const std::string& r) {
      return r == "html.itemprop_author" ? 0 : r == "html.rel_author" ? 1 : r == "html.author_class" ? 2 : 3;
    };
    return rank(a.second) < rank(b.second);
  });
  for (auto& a : markup_authors) c.authors.push_back(std::move(a));
  for (auto& d : time_dates) c.date.push_back(std::move(d));
  // A visible byline anywhere outside the discussion: "By Ann Lee and Bo Chan", also with the "By" in
  // an element of its own ("<span>By</span> <a>Ann Lee</a>"); read from the "By" to its block's end.
  static constexpr std::array<std::string_view, 19> kBylineWords = {
      "By", "by", "Von", "von", "Por", "por", "Par", "par", "Written by", "Posted by", "Autor", "Autorin", "Author",
      "Auteur", "Text", "Texto", "\xE4\xBD\x9C\xE8\x80\x85" /* 作者 */, "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91" /* 责任编辑 */,
      "\xE7\xBC\x96\xE8\xBE\x91" /* 编辑 */};
  for (const TextRun& t : page.texts) {
    if (t.element < 0 || t.end - t.start > 200) continue;
    std::string_view raw = std::string_view(x.source()).substr(t.start, t.end - t.start);
    size_t k = raw.find_first_not_of(" \t\r\n|");
    if (k == std::string_view::npos) continue;
    raw.remove_prefix(k);
    auto word = std::find_if(kBylineWords.begin(), kBylineWords.end(), [&](std::string_view w) {
      if (raw.substr(0, w.size()) != w) return false;
      std::string_view rest = raw.substr(w.size());
      size_t more = rest.find_first_not_of(" \t\r\n");
      bool colon = more != std::string_view::npos && (rest[more] == ':' || rest.substr(more, 3) == "\xEF\xBC\x9A" /* ： */);
      bool is_by = w.size() <= 3 || w.find(' ') != std::string_view::npos;  // "Text" and "Autor" need their colon
      return colon || (is_by && (more == std::string_view::npos || (more > 0 && rest[0] != '\n')));
    });
    if (word == kBylineWords.end()) {
      // "Blog Beitrag von Ann Lee", "A guest post by Ann Lee": a line naming a piece of writing and its author.
      if (in_discussion(page, t.element, x.first_root())) continue;
      std::string line = html::decode_text(raw);
      std::string l = lower(line);
      size_t found = c.authors.size();
      for (std::string_view by : {" von ", " by "}) {
        size_t at = l.find(by);
        if (at == std::string::npos || line.size() > 80 || std::count(l.begin(), l.begin() + at, ' ') > 2) continue;
        static constexpr std::array<std::string_view, 7> kPieces = {"beitrag", "artikel", "bericht", "post", "article", "story", "essay"};
        std::string_view piece = std::string_view(l).substr(0, at);
        if (std::none_of(kPieces.begin(), kPieces.end(), [&](std::string_view p) {
              return piece.size() >= p.size() && piece.compare(piece.size() - p.size(), p.size(), p) == 0;
            }))
          continue;
        if (std::vector<std::string> names = split_authors(line.substr(at + 1)); !names.empty()) {
          c.authors.emplace_back(std::move(names), "html.byline_text");
          break;
        }
      }
      if (c.authors.size() > found) break;
      continue;
    }
    std::string block = x.text_of(x.block_of(t.element));
    size_t at = block.find(std::string(*word));
    if (at != std::string::npos) {
      // "Theme by", "Powered by", "Photo by", "CC Attribution by": credits, not the article's authors.
      std::string before = lower(block.substr(at >= 30 ? at - 30 : 0, at >= 30 ? 30 : at));
      static constexpr std::array<std::string_view, 11> kCredits = {"theme", "powered", "design", "photo", "foto", "image",
                                                                    "bild", "illustration", "hosted", "attribution", "licen"};
      if (std::any_of(kCredits.begin(), kCredits.end(), [&](std::string_view w) { return before.find(w) != std::string::npos; }))
        continue;
      block.erase(0, at);
    }
    if (in_discussion(page, t.element, x.first_root()) || in_caption(page, t.element)) continue;
    std::vector<std::string> names;
    if (block.size() <= 100) names = split_authors(block);
    // "<span>by</span> <h3><a>delta201</a></h3>": the "by" alone names the text after it, which ends where
    // its element does. The block from the "by" names more only when it starts with that name ("By
    // <a>A</a> and <a>B</a>"), not when a heading follows in the same block ("by Sleyca ONE HUNDRED TWO: ...").
    std::string_view alone = raw.substr(0, raw.find_last_not_of(" \t\r\n") + 1);
    std::string after;
    for (size_t next = static_cast<size_t>(&t - page.texts.data()) + 1; alone == *word && after.empty() && next < page.texts.size(); ++next)
      after = html::decode_text(x.source().substr(page.texts[next].start, page.texts[next].end - page.texts[next].start));
    if (std::vector<std::string> first = after.empty() ? std::vector<std::string>() : split_authors(std::string(*word) + " " + after);
        !first.empty() && (names.empty() || !same_text(names[0], first[0])))
      names = std::move(first);
    if (names.empty()) continue;
    c.authors.emplace_back(std::move(names), "html.byline_text");
    break;
  }

  if (lang.empty())
    for (auto& [v, rule] : c.language)
      if (!v.empty()) {
        lang = v;
        break;
      }
  bool day_first = numeric_dates_day_first(lang);

  Metadata& m = doc.metadata;
  for (auto& [v, rule] : c.site)
    if (!v.empty()) {
      m.site = {collapse(v), std::nullopt, rule};
      break;
    }
  // Title: the visible headline, an <h1> (what readers see and quote), when it agrees with the headline
  // stated in metadata (often a shortened variant), or when none is stated the article's <h1> or the
  // page's only one; an <h1> that is the site's name (a logo) is no headline. Else the stated
  // headline, else <title> without the site's name.
  std::string page_title = html::decode_text(page.title);
  std::string stated;
  for (auto& [v, rule] : c.title)
    if (!(stated = strip_site_name(collapse(v), m.site.value)).empty()) {
      m.title = {stated, std::nullopt, rule};
      break;
    }
  // The site's name, or the first or last part of a longer <title> ("Site » Blog » Headline").
  auto is_site_name = [&](const std::string& h) {
    if (same_text(h, m.site.value)) return true;
    std::string t = lower(page_title), l = lower(h);
    if (l.empty() || 2 * l.size() >= t.size() || std::count(l.begin(), l.end(), ' ') > 3) return false;  // a name, not a sentence
    auto separator = [](char c) { return std::strchr("|-:/\xC2\xBB\xE2\x80\x93\x94\xB7", c) != nullptr && c != 0; };
    size_t after = t.find_first_not_of(' ', l.size());
    if (t.rfind(l, 0) == 0 && after != std::string::npos && separator(t[after])) return true;
    size_t at = t.size() - l.size();
    if (t.compare(at, l.size(), l) != 0) return false;
    size_t before = t.find_last_not_of(' ', at - 1);
    return before != std::string::npos && separator(t[before]);
  };
  h1s.erase(std::remove_if(h1s.begin(), h1s.end(),
                           [&](const auto& h) { return h.first.empty() || h.first.size() >= 400 || is_site_name(h.first); }),
            h1s.end());
  std::stable_sort(h1s.begin(), h1s.end(), [](const auto& a, const auto& b) {
    return (a.second == "html.h1_in_article") > (b.second == "html.h1_in_article");
  });
  // Of several <h1> agreeing with the stated headline (or without one, <title>), the closest.
  const std::pair<std::string, std::string>* headline = nullptr;
  std::string titled = stated.empty() ? strip_site_suffix(page_title, m.site.value) : stated;
  size_t reference = letters(titled).size(), distance = SIZE_MAX;
  for (const auto& h : h1s) {
    size_t size = letters(h.first).size();
    size_t d = size > reference ? size - reference : reference - size;
    if (d < distance && headline_agrees(h.first, titled)) {
      headline = &h;
      distance = d;
    }
  }
  if (!headline && stated.empty() && !h1s.empty() && (h1s.size() == 1 || h1s[0].second == "html.h1_in_article"))
    headline = &h1s[0];
  // The page's one headline, though it differs from the stated one: readers see and quote it.
  if (!headline && h1s.size() == 1 && std::count(h1s[0].first.begin(), h1s[0].first.end(), ' ') >= 3) headline = &h1s[0];
  uint32_t headline_at = 0;  // where the headline stands in the page
  int32_t headline_element = -1;
  for (size_t i = 0; headline && i < page.elements.size() && headline_at == 0; ++i)
    if (page.elements[i].tag == Tag::kH1 && x.text_of(static_cast<int32_t>(i)) == headline->first) {
      headline_at = page.elements[i].source_start;
      headline_element = static_cast<int32_t>(i);
    }
  if (headline_element >= 0)
    if (std::vector<std::string> names = dated_name_beside(x, page, headline_element, day_first); !names.empty())
      c.authors.emplace_back(std::move(names), "html.dated_name_line");
  if (headline && (stated.empty() || h1_adds_to_headline(headline->first, stated)))
    m.title = {headline->first, std::nullopt, headline->second};
  if (!m.title.present() && !page_title.empty())
    m.title = {strip_site_suffix(page_title, m.site.value), std::nullopt, "html.title"};
  m.title.value = trim_separators(std::move(m.title.value));
  std::string url;
  for (auto& [v, rule] : c.url)
    if (!v.empty()) {
      url = v;
      break;
    }
  std::string url_date = url.empty() ? std::string() : date_from_url(url);
  if (!url_date.empty()) c.date.emplace_back(url_date, "html.url_date");
  std::optional<DateTime> stated_date;
  for (auto& [v, rule] : c.date)
    if ((stated_date = parse_date_value(v, day_first))) {
      m.published = {to_iso(*stated_date), std::nullopt, rule};
      break;
    }
  // A time stamp in another zone than the page's may fall on the day before or after the one the page
  // shows: the page's own rendering of it wins then.
  if (stated_date) {
    if (auto local = shown_in_local_time(x, page, *stated_date)) {
      m.published = {to_iso(*local), std::nullopt, "html.local_time"};
    } else if (auto in_url = parse_date_value(url_date);
               in_url && stated_date->hour >= 0 && stated_date->utc_offset_minutes == 0 &&
               std::abs(days_from_civil(in_url->date) - days_from_civil(stated_date->date)) == 1) {
      // A stamp in UTC, a path built from the local day (as blog software builds it).
      m.published = {to_iso(*in_url), std::nullopt, "html.url_date_local"};
    }
  } else if (auto shown = visible_date(x, page, day_first, headline_at)) {
    m.published = {to_iso(shown->first), std::nullopt, shown->second};
  }
  // Pages that render their text by script, or show only its start, state it whole in JSON-LD:
  // mapped as a whole to that block.
  if (c.article_body.size() > 2 * doc.text.size()) {
    doc.text = std::move(c.article_body);
    auto block_start = static_cast<uint32_t>(c.article_body_block.data() - x.source().data());
    doc.source_map = SourceMap();
    doc.source_map.append(static_cast<uint32_t>(doc.text.size()), block_start, static_cast<uint32_t>(c.article_body_block.size()));
    doc.source_map.finish(static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(x.source().size()));
    doc.warnings.push_back("the page shows less text than its JSON-LD articleBody states: read from there");
  }
  if (!m.published.present())
    for (auto& [v, rule] : modified)
      if (auto t = parse_date_value(v, day_first)) {
        m.published = {to_iso(*t), std::nullopt, rule};
        break;
      }
  // The site's name beside an author's is the site's: "unocero - Alberto Ávila", "Ann Lee PhillyVoice Staff".
  std::string site_lower = lower(m.site.value);
  for (auto& [names, rule] : c.authors)
    for (std::string& n : names) {
      std::string l = lower(n);
      if (l.size() > 6 && l.compare(l.size() - 6, 6, " staff") == 0) n.resize(n.size() - 6), l.resize(l.size() - 6);
      if (site_lower.empty() || l.size() <= site_lower.size() + 3) continue;
      if (l.compare(l.size() - site_lower.size(), site_lower.size(), site_lower) == 0 && l[l.size() - site_lower.size() - 1] == ' ')
        n = trim_separators(n.substr(0, n.size() - site_lower.size()));
      else if (l.rfind(site_lower, 0) == 0 && (l.compare(site_lower.size(), 3, " - ") == 0 || l.compare(site_lower.size(), 3, " | ") == 0))
        n = n.substr(site_lower.size() + 3);
    }
  // The first candidate in order of trust; a site or an organisation named as the author is kept as
  // the page states it (blogs and press releases are signed so).
  const std::pair<std::vector<std::string>, std::string>* chosen = nullptr;
  for (const auto& candidate : c.authors)
    if (!chosen && !candidate.first.empty()) chosen = &candidate;
  // The page's own byline often names all the authors where its metadata names the first.
  auto names_all_of = [&](const std::vector<std::string>& more, const std::vector<std::string>& fewer) {
    if (more.size() <= fewer.size() || more.size() > 3) return false;
    auto in = [](const std::vector<std::string>& list, const std::string& n) {
      return std::any_of(list.begin(), list.end(), [&](const std::string& o) { return same_text(n, o); });
    };
    // The others are people's names too: two or three capitalised words, no acronym ("CNN Updated").
    auto person = [&](const std::string& n) {
      size_t words = 1 + std::count(n.begin(), n.end(), ' ');
      bool capitalised = true, acronym = false;
      for (size_t i = 0; i < n.size(); ++i) {
        bool word_start = i == 0 || n[i - 1] == ' ';
        if (word_start && std::islower(static_cast<unsigned char>(n[i]))) capitalised = false;
        if (word_start && i + 1 < n.size() && std::isupper(static_cast<unsigned char>(n[i])) &&
            std::isupper(static_cast<unsigned char>(n[i + 1])))
          acronym = true;
      }
      return words >= 2 && words <= 3 && capitalised && !acronym && !same_text(n, m.site.value);
    };
    return std::all_of(fewer.begin(), fewer.end(), [&](const std::string& n) { return in(more, n); }) &&
           std::all_of(more.begin(), more.end(), [&](const std::string& n) { return in(fewer, n) || person(n); });
  };
  for (const auto& candidate : c.authors)
    if (chosen && names_all_of(candidate.first, chosen->first)) chosen = &candidate;
  if (chosen)
    for (const std::string& n : chosen->first) m.authors.push_back({n, std::nullopt, chosen->second});
  // A page that names no author is signed by whom its copyright line names (the last, the footer's,
  // not a photo's), else by its site: a blog, a company's or a society's page.
  if (m.authors.empty()) {
    std::vector<std::string> names;
    const char* rule = "html.copyright";
    for (const Element& e : page.elements)
      if (e.tag == Tag::kMeta && lower(e.property_name) == "copyright" && names.empty())
        names = split_authors(copyright_holder(html::decode_text(e.content)));
    for (auto t = page.texts.rbegin(); t != page.texts.rend() && names.empty(); ++t) {
      if (t->element < 0 || t->end - t->start > 300) continue;
      std::string run = html::decode_text(x.source().substr(t->start, t->end - t->start));
      if (copyright_holder(run).empty() && run.find("\xC2\xA9") != 0) continue;
      // The holder may stand in the next element ("<span>©</span> 2030 <a>ZVEI</a>"): read on to the block's end.
      std::string block = x.text_of(x.block_of(t->element));
      size_t at = block.find(run);
      names = split_authors(copyright_holder(at == std::string::npos ? std::string_view(run) : std::string_view(block).substr(at)));
    }
    if (names.empty()) {  // the site's stated name (the URL's host is not yet read)
      names = split_authors(m.site.value);
      rule = "html.site_as_author";
    }
    for (const std::string& n : names) m.authors.push_back({n, std::nullopt, rule});
  }
  if (m.authors.size() == 1)
    if (std::string full = full_name_of(x, page, m.authors[0].value); !full.empty())
      m.authors[0] = {full, std::nullopt, "html.full_name"};
  if (lang.size() >= 2 && std::isalpha(static_cast<unsigned char>(lang[0])) && std::isalpha(static_cast<unsigned char>(lang[1])) &&
      (lang.size() == 2 || lang[2] == '-' || lang[2] == '_'))
    m.language = {lower(lang.substr(0, 2)), std::nullopt, "html.lang"};
  if (!m.site.present() && !url.empty()) {
    size_t host = url.find("://");
    if (host != std::string::npos) {
      host += 3;
      size_t end = url.find('/', host);
      std::string h = url.substr(host, end == std::string::npos ? std::string::npos : end - host);
      if (h.rfind("www.", 0) == 0) h = h.substr(4);
      if (!h.empty()) m.site = {h, std::nullopt, "html.url_host"};
    }
  }
}

}  // namespace

bool looks_like_html(std::string_view text) { return html::looks_like_html(text); }

Document read_html(std::string_view source) {
  Document doc;
  doc.form = InputForm::kHtml;
  Extractor x(source, html::parse(source));
  doc.text = x.main_text(doc.source_map);
  fill_metadata(x, x.page(), doc);
  if (x.page().truncated) doc.warnings.push_back("the HTML ends inside a tag, comment or script: read as far as it goes");
  return doc;
}

}  // namespace ledeline
