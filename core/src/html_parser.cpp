#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include "html.h"
#include "ledeline/text_decoder.h"

namespace ledeline::html {
namespace {

struct TagName {
  std::string_view name;
  Tag tag;
};

// Sorted by name for binary search.
constexpr std::array kTagNames = {
    TagName{"a", Tag::kA}, TagName{"address", Tag::kAddress}, TagName{"article", Tag::kArticle},
    TagName{"aside", Tag::kAside}, TagName{"blockquote", Tag::kBlockquote}, TagName{"body", Tag::kBody},
    TagName{"br", Tag::kBr}, TagName{"button", Tag::kButton}, TagName{"caption", Tag::kCaption},
    TagName{"center", Tag::kCenter}, TagName{"dd", Tag::kDd}, TagName{"details", Tag::kDetails},
    TagName{"dialog", Tag::kDialog}, TagName{"div", Tag::kDiv}, TagName{"dl", Tag::kDl}, TagName{"dt", Tag::kDt},
    TagName{"fieldset", Tag::kFieldset}, TagName{"figcaption", Tag::kFigcaption}, TagName{"figure", Tag::kFigure},
    TagName{"footer", Tag::kFooter}, TagName{"form", Tag::kForm}, TagName{"h1", Tag::kH1}, TagName{"h2", Tag::kH2},
    TagName{"h3", Tag::kH3}, TagName{"h4", Tag::kH4}, TagName{"h5", Tag::kH5}, TagName{"h6", Tag::kH6},
    TagName{"head", Tag::kHead}, TagName{"header", Tag::kHeader}, TagName{"hr", Tag::kHr},
    TagName{"html", Tag::kHtml}, TagName{"iframe", Tag::kIframe}, TagName{"img", Tag::kImg},
    TagName{"input", Tag::kInput}, TagName{"label", Tag::kLabel}, TagName{"li", Tag::kLi},
    TagName{"link", Tag::kLink}, TagName{"main", Tag::kMain}, TagName{"math", Tag::kMath},
    TagName{"menu", Tag::kMenu}, TagName{"meta", Tag::kMeta}, TagName{"nav", Tag::kNav},
    TagName{"noscript", Tag::kNoscript}, TagName{"ol", Tag::kOl}, TagName{"option", Tag::kOption},
    TagName{"p", Tag::kP}, TagName{"pre", Tag::kPre}, TagName{"script", Tag::kScript},
    TagName{"section", Tag::kSection}, TagName{"select", Tag::kSelect}, TagName{"style", Tag::kStyle},
    TagName{"summary", Tag::kSummary}, TagName{"svg", Tag::kSvg}, TagName{"table", Tag::kTable},
    TagName{"tbody", Tag::kTbody}, TagName{"td", Tag::kTd}, TagName{"template", Tag::kTemplate},
    TagName{"textarea", Tag::kTextarea}, TagName{"tfoot", Tag::kTfoot}, TagName{"th", Tag::kTh},
    TagName{"thead", Tag::kThead}, TagName{"time", Tag::kTime}, TagName{"title", Tag::kTitle},
    TagName{"tr", Tag::kTr}, TagName{"ul", Tag::kUl},
};

Tag lookup_tag(std::string_view lower_name) {
  auto it = std::lower_bound(kTagNames.begin(), kTagNames.end(), lower_name,
                             [](const TagName& t, std::string_view n) { return t.name < n; });
  return it != kTagNames.end() && it->name == lower_name ? it->tag : Tag::kOther;
}

// Elements without content or end tag.
bool is_void(std::string_view n) {
  static constexpr std::array<std::string_view, 14> kVoid = {"area", "base", "br", "col", "embed", "hr", "img",
                                                             "input", "link", "meta", "param", "source", "track", "wbr"};
  return std::find(kVoid.begin(), kVoid.end(), n) != kVoid.end();
}

struct Entity {
  std::string_view name;
  uint16_t cp;
};

// Named character references news pages use: Latin-1 and the typographic ones. Sorted by name.
constexpr std::array kEntities = {
    Entity{"AElig", 198}, Entity{"Aacute", 193}, Entity{"Acirc", 194}, Entity{"Agrave", 192}, Entity{"Aring", 197},
    Entity{"Atilde", 195}, Entity{"Auml", 196}, Entity{"Ccedil", 199}, Entity{"Dagger", 8225}, Entity{"ETH", 208},
    Entity{"Eacute", 201}, Entity{"Ecirc", 202}, Entity{"Egrave", 200}, Entity{"Euml", 203}, Entity{"Iacute", 205},
    Entity{"Icirc", 206}, Entity{"Igrave", 204}, Entity{"Iuml", 207}, Entity{"Ntilde", 209}, Entity{"OElig", 338},
    Entity{"Oacute", 211}, Entity{"Ocirc", 212}, Entity{"Ograve", 210}, Entity{"Oslash", 216}, Entity{"Otilde", 213},
    Entity{"Ouml", 214}, Entity{"Prime", 8243}, Entity{"Scaron", 352}, Entity{"THORN", 222}, Entity{"Uacute", 218},
    Entity{"Ucirc", 219}, Entity{"Ugrave", 217}, Entity{"Uuml", 220}, Entity{"Yacute", 221}, Entity{"Yuml", 376},
    Entity{"Zcaron", 381}, Entity{"aacute", 225}, Entity{"acirc", 226}, Entity{"acute", 180}, Entity{"aelig", 230},
    Entity{"agrave", 224}, Entity{"amp", 38}, Entity{"apos", 39}, Entity{"aring", 229}, Entity{"atilde", 227},
    Entity{"auml", 228}, Entity{"bdquo", 8222}, Entity{"brvbar", 166}, Entity{"bull", 8226}, Entity{"ccedil", 231},
    Entity{"cedil", 184}, Entity{"cent", 162}, Entity{"circ", 710}, Entity{"copy", 169}, Entity{"curren", 164},
    Entity{"dagger", 8224}, Entity{"darr", 8595}, Entity{"deg", 176}, Entity{"divide", 247}, Entity{"eacute", 233},
    Entity{"ecirc", 234}, Entity{"egrave", 232}, Entity{"emsp", 8195}, Entity{"ensp", 8194}, Entity{"eth", 240},
    Entity{"euml", 235}, Entity{"euro", 8364}, Entity{"fnof", 402}, Entity{"frac12", 189}, Entity{"frac14", 188},
    Entity{"frac34", 190}, Entity{"gt", 62}, Entity{"hearts", 9829}, Entity{"hellip", 8230}, Entity{"iacute", 237},
    Entity{"icirc", 238}, Entity{"iexcl", 161}, Entity{"igrave", 236}, Entity{"iquest", 191}, Entity{"iuml", 239},
    Entity{"laquo", 171}, Entity{"larr", 8592}, Entity{"ldquo", 8220}, Entity{"lrm", 8206}, Entity{"lsaquo", 8249},
    Entity{"lsquo", 8216}, Entity{"lt", 60}, Entity{"macr", 175}, Entity{"mdash", 8212}, Entity{"micro", 181},
    Entity{"middot", 183}, Entity{"minus", 8722}, Entity{"nbsp", 160}, Entity{"ndash", 8211}, Entity{"not", 172},
    Entity{"ntilde", 241}, Entity{"oacute", 243}, Entity{"ocirc", 244}, Entity{"oelig", 339}, Entity{"ograve", 242},
    Entity{"ordf", 170}, Entity{"ordm", 186}, Entity{"oslash", 248}, Entity{"otilde", 245}, Entity{"ouml", 246},
    Entity{"para", 182}, Entity{"permil", 8240}, Entity{"plusmn", 177}, Entity{"pound", 163}, Entity{"prime", 8242},
    Entity{"quot", 34}, Entity{"raquo", 187}, Entity{"rarr", 8594}, Entity{"rdquo", 8221}, Entity{"reg", 174},
    Entity{"rlm", 8207}, Entity{"rsaquo", 8250}, Entity{"rsquo", 8217}, Entity{"sbquo", 8218}, Entity{"scaron", 353},
    Entity{"sect", 167}, Entity{"shy", 173}, Entity{"sup1", 185}, Entity{"sup2", 178}, Entity{"sup3", 179},
    Entity{"szlig", 223}, Entity{"thinsp", 8201}, Entity{"thorn", 254}, Entity{"tilde", 732}, Entity{"times", 215},
    Entity{"trade", 8482}, Entity{"uacute", 250}, Entity{"uarr", 8593}, Entity{"ucirc", 251}, Entity{"ugrave", 249},
    Entity{"uml", 168}, Entity{"uuml", 252}, Entity{"yacute", 253}, Entity{"yen", 165}, Entity{"yuml", 255},
    Entity{"zcaron", 382}, Entity{"zwj", 8205}, Entity{"zwnj", 8204},
};

bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// Position of "</name" (any case) at or after `from`, or npos.
size_t find_end_tag(std::string_view html, size_t from, std::string_view name) {
  while (true) {
    size_t lt = html.find("</", from);
    if (lt == std::string_view::npos) return lt;
    if (iequals(html.substr(lt + 2, name.size()), name)) return lt;
    from = lt + 2;
  }
}

bool contains_ci(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i)
    if (iequals(hay.substr(i, needle.size()), needle)) return true;
  return false;
}

class Builder {
 public:
  explicit Builder(std::string_view html) : html_(html), element_budget_(html.size() / kBytesPerElement + 1024) {}

  Page build() {
    size_t i = 0;
    const size_t n = html_.size();
    while (i < n) {
      const char* lt = static_cast<const char*>(std::memchr(html_.data() + i, '<', n - i));
      size_t tag_at = lt ? static_cast<size_t>(lt - html_.data()) : n;
      if (tag_at > i) add_text(i, tag_at);
      if (tag_at >= n) break;
      i = markup(tag_at);
    }
    // Close what is still open so that every subtree_end is set.
    while (!stack_.empty()) pop();
    return std::move(page_);
  }

 private:
  // Reads the markup at html_[at] == '<'; returns where the text goes on.
  size_t markup(size_t at) {
    const size_t n = html_.size();
    std::string_view rest = html_.substr(at);
    if (rest.substr(0, 4) == "<!--") {
      size_t end = html_.find("-->", at + 4);
      if (end == std::string_view::npos) return truncated(n);
      return end + 3;
    }
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {  // doctype, CDATA, processing instruction
      size_t end = html_.find('>', at);
      return end == std::string_view::npos ? truncated(n) : end + 1;
    }
    bool closing = rest.size() > 1 && rest[1] == '/';
    size_t name_at = at + (closing ? 2 : 1);
    if (name_at >= n || !is_ascii_alpha(html_[name_at])) {
      add_text(at, at + 1);  // a literal '<'
      return at + 1;
    }
    size_t name_end = name_at;
    while (name_end < n && !is_ascii_space(html_[name_end]) && html_[name_end] != '>' && html_[name_end] != '/') ++name_end;
    std::string name(html_.substr(name_at, name_end - name_at));
    for (char& c : name) c = ascii_lower(c);
    if (closing) {
      size_t end = html_.find('>', name_end);
      close(name);
      return end == std::string_view::npos ? truncated(n) : end + 1;
    }
    Attributes attrs;
    size_t after = read_attributes(name_end, attrs);
    if (after > n) return truncated(n);
    return open(name, at, attrs, after);
  }

  size_t truncated(size_t n) {
    page_.truncated = true;
    return n;
  }

  struct Attributes {
    std::string_view cls, id, itemprop, rel, role, datetime, href, property, name, content, lang, type, style,
        aria_hidden, data_author;
    bool hidden = false, pubdate = false, self_closing = false;
  };

  // Reads attributes from `i` to the closing '>'; returns the offset after it, or past the end when
  // the input ends inside the tag.
  size_t read_attributes(size_t i, Attributes& a) {
    const size_t n = html_.size();
    while (true) {
      while (i < n && (is_ascii_space(html_[i]) || html_[i] == '/')) {
        a.self_closing = html_[i] == '/';
        ++i;
      }
      if (i >= n) return n + 1;
      if (html_[i] == '>') return i + 1;
      a.self_closing = false;
      size_t name_start = i;
      while (i < n && !is_ascii_space(html_[i]) && html_[i] != '=' && html_[i] != '>' && html_[i] != '/') ++i;
      std::string_view attr = html_.substr(name_start, i - name_start);
      while (i < n && is_ascii_space(html_[i])) ++i;
      std::string_view value;
      if (i < n && html_[i] == '=') {
        ++i;
        while (i < n && is_ascii_space(html_[i])) ++i;
        if (i < n && (html_[i] == '"' || html_[i] == '\'')) {
          size_t close = html_.find(html_[i], i + 1);
          if (close == std::string_view::npos) return n + 1;
          value = html_.substr(i + 1, close - i - 1);
          i = close + 1;
        } else {
          size_t start = i;
          while (i < n && !is_ascii_space(html_[i]) && html_[i] != '>') ++i;
          value = html_.substr(start, i - start);
        }
      }
      assign(attr, value, a);
    }
  }

  static void assign(std::string_view attr, std::string_view value, Attributes& a) {
    if (attr.empty() || attr.size() > 16) return;
    char lower[17];
    for (size_t k = 0; k < attr.size(); ++k) lower[k] = ascii_lower(attr[k]);
    std::string_view key(lower, attr.size());
    if (key == "class") a.cls = value;
    else if (key == "id") a.id = value;
    else if (key == "itemprop") a.itemprop = value;
    else if (key == "rel") a.rel = value;
    else if (key == "role") a.role = value;
    else if (key == "datetime") a.datetime = value;
    else if (key == "href") a.href = value;
    else if (key == "property") a.property = value;
    else if (key == "name") a.name = value;
    else if (key == "content") a.content = value;
    else if (key == "lang" || (key == "xml:lang" && a.lang.empty())) a.lang = value;
    else if (key == "type") a.type = value;
    else if (key == "style") a.style = value;
    else if (key == "aria-hidden") a.aria_hidden = value;
    else if (key == "data-author") a.data_author = value;
    else if (key == "hidden") a.hidden = true;
    else if (key == "pubdate") a.pubdate = true;
  }

  size_t open(const std::string& name, size_t at, const Attributes& a, size_t after) {
    const size_t n = html_.size();
    Tag tag = lookup_tag(name);
    if (tag == Tag::kBr || tag == Tag::kHr) {
      pending_breaks_ = static_cast<uint8_t>(std::min(2, pending_breaks_ + (tag == Tag::kHr ? 2 : 1)));
      return after;
    }
    // Raw text: scripts (JSON-LD kept), styles, the title; their content is not markup. <noscript> is
    // markup, as a browser without scripts reads it: some pages put their whole text there.
    if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTitle || tag == Tag::kTextarea) {
      size_t end = find_end_tag(html_, after, name);
      size_t content_end = end == std::string_view::npos ? n : end;
      std::string_view content = html_.substr(after, content_end - after);
      if (tag == Tag::kScript && contains_ci(a.type, "ld+json")) page_.json_ld.push_back(content);
      if (tag == Tag::kTitle && page_.title.empty() && !in_svg()) page_.title = content;
      if (end == std::string_view::npos) return truncated(n);
      size_t gt = html_.find('>', end);
      return gt == std::string_view::npos ? truncated(n) : gt + 1;
    }
    close_implied(tag);
    bool is_void_element = is_void(name) || a.self_closing;
    if (tag == Tag::kImg || tag == Tag::kInput) return after;  // nothing the reader uses
    if (stack_.size() >= kMaxDepth && !is_void_element) return after;  // flattened
    if (page_.elements.size() >= element_budget_) return after;  // markup soup: flattened too
    Element e;
    e.tag = tag;
    e.parent = stack_.empty() ? -1 : stack_.back();
    e.source_start = static_cast<uint32_t>(at);
    e.cls = a.cls;
    e.id = a.id;
    e.itemprop = a.itemprop;
    e.rel = a.rel;
    e.role = a.role;
    e.datetime = a.datetime;
    e.href = a.href;
    e.property_name = !a.property.empty() ? a.property : a.name;
    e.content = a.content;
    e.lang = a.lang;
    e.data_author = a.data_author;
    e.hidden = a.hidden || iequals(a.aria_hidden, "true") || contains_ci(a.style, "display:none") ||
               contains_ci(a.style, "display: none");
    e.pubdate = a.pubdate;
    auto index = static_cast<int32_t>(page_.elements.size());
    page_.elements.push_back(e);
    if (is_void_element) {
      page_.elements.back().subtree_end = static_cast<uint32_t>(index) + 1;
      return after;
    }
    stack_.push_back(index);
    uint32_t id = name_id(name);
    stack_names_.push_back(id);
    ++open_count_[id];
    return after;
  }

  bool in_svg() const {
    for (int32_t e : stack_)
      if (page_.elements[e].tag == Tag::kSvg) return true;
    return false;
  }

  // The end tags HTML leaves out: a block closes an open paragraph, an item closes the previous item.
  void close_implied(Tag tag) {
    auto close_nearest = [&](Tag target, std::initializer_list<Tag> barriers) {
      for (size_t k = stack_.size(), steps = 0; k > 0 && steps < 8; --k, ++steps) {
        Tag t = page_.elements[stack_[k - 1]].tag;
        if (t == target) {
          while (stack_.size() >= k) pop();
          return;
        }
        if (std::find(barriers.begin(), barriers.end(), t) != barriers.end()) return;
      }
    };
    if (is_block(tag) && tag != Tag::kLi && tag != Tag::kTd && tag != Tag::kTh) close_nearest(Tag::kP, {Tag::kDiv, Tag::kTd, Tag::kLi, Tag::kBlockquote});
    if (tag == Tag::kLi) close_nearest(Tag::kLi, {Tag::kUl, Tag::kOl, Tag::kMenu});
    if (tag == Tag::kDt || tag == Tag::kDd) {
      close_nearest(Tag::kDt, {Tag::kDl});
      close_nearest(Tag::kDd, {Tag::kDl});
    }
    if (tag == Tag::kTd || tag == Tag::kTh) {
      close_nearest(Tag::kTd, {Tag::kTr, Tag::kTable});
      close_nearest(Tag::kTh, {Tag::kTr, Tag::kTable});
    }
    if (tag == Tag::kTr) close_nearest(Tag::kTr, {Tag::kTable});
    if (tag == Tag::kOption) close_nearest(Tag::kOption, {Tag::kSelect});
  }

  void close(const std::string& name) {
    auto it = name_ids_.find(name);
    if (it == name_ids_.end() || open_count_[it->second] == 0) return;  // a stray end tag
    uint32_t id = it->second;
    while (!stack_.empty()) {
      bool match = stack_names_.back() == id;
      pop();
      if (match) break;
    }
  }

  void pop() {
    int32_t e = stack_.back();
    page_.elements[e].subtree_end = static_cast<uint32_t>(page_.elements.size());
    --open_count_[stack_names_.back()];
    stack_.pop_back();
    stack_names_.pop_back();
  }

  uint32_t name_id(const std::string& name) {
    auto [it, inserted] = name_ids_.emplace(name, static_cast<uint32_t>(open_count_.size()));
    if (inserted) open_count_.push_back(0);
    return it->second;
  }

  void add_text(size_t start, size_t end) {
    TextRun t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.element = stack_.empty() ? -1 : stack_.back();
    t.breaks_before = pending_breaks_;
    pending_breaks_ = 0;
    page_.texts.push_back(t);
  }

  std::string_view html_;
  Page page_;
  std::vector<int32_t> stack_;          // open elements
  std::vector<uint32_t> stack_names_;   // their name ids
  std::unordered_map<std::string, uint32_t> name_ids_;  // lookups only; never iterated
  std::vector<uint32_t> open_count_;    // open elements by name id
  uint8_t pending_breaks_ = 0;
  size_t element_budget_;  // memory stays a small multiple of the input, whatever the markup
};

}  // namespace

Page parse(std::string_view html) { return Builder(html).build(); }

bool looks_like_html(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  std::string_view head = text.substr(i, 4096);
  // Markup first, and a closing tag soon after: a page, a fragment, a saved <style>-first page.
  if (head.size() < 3 || head[0] != '<' || !(is_ascii_alpha(head[1]) || head[1] == '!' || head[1] == '?')) return false;
  if (head.find("</") != std::string_view::npos || head.find("/>") != std::string_view::npos ||
      contains_ci(head.substr(0, 512), "<html") || contains_ci(head.substr(0, 512), "<!doctype html"))
    return true;
  // A known element first, closed further on: a page opening with a long <style> or <script>.
  size_t name_end = 1;
  while (name_end < head.size() && is_ascii_alpha(head[name_end])) ++name_end;
  if (name_end >= head.size() || !(head[name_end] == '>' || is_ascii_space(head[name_end]))) return false;
  std::string name(head.substr(1, name_end - 1));
  for (char& c : name) c = static_cast<char>(c | 0x20);
  return lookup_tag(name) != Tag::kOther && text.find("</", i) != std::string_view::npos;
}

bool is_block(Tag t) {
  switch (t) {
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote: case Tag::kBody:
    case Tag::kCaption: case Tag::kCenter: case Tag::kDd: case Tag::kDetails: case Tag::kDialog: case Tag::kDiv:
    case Tag::kDl: case Tag::kDt: case Tag::kFieldset: case Tag::kFigcaption: case Tag::kFigure:
    case Tag::kFooter: case Tag::kForm: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5:
    case Tag::kH6: case Tag::kHeader: case Tag::kHtml: case Tag::kLi: case Tag::kMain: case Tag::kMenu:
    case Tag::kNav: case Tag::kOl: case Tag::kP: case Tag::kPre: case Tag::kSection: case Tag::kSummary:
    case Tag::kTable: case Tag::kTbody: case Tag::kTd: case Tag::kTfoot: case Tag::kTh: case Tag::kThead:
    case Tag::kTr: case Tag::kUl: case Tag::kOption: case Tag::kSelect:
      return true;
    default:
      return false;
  }
}

size_t decode_reference(std::string_view raw, size_t i, std::string& out) {
  size_t n = raw.size();
  if (i + 1 >= n) return 0;
  if (i + 1 < n && raw[i + 1] == '#') {
    size_t k = i + 2;
    bool hex = k < n && (raw[k] == 'x' || raw[k] == 'X');
    if (hex) ++k;
    uint32_t cp = 0;
    size_t digits = 0;
    for (; k < n && digits < 8; ++k, ++digits) {
      char c = raw[k];
      int v = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
    }
    if (digits == 0) return 0;
    if (k < n && raw[k] == ';') ++k;
    // Windows-1252 numbers (&#150;) as browsers read them; nothing invalid is written.
    static constexpr std::array<uint16_t, 32> k1252 = {
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
    if (cp >= 0x80 && cp < 0xA0) cp = k1252[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
    return k - i;
  }
  size_t k = i + 1;
  while (k < n && k - i <= 8 && (is_ascii_alpha(raw[k]) || (raw[k] >= '0' && raw[k] <= '9'))) ++k;
  std::string_view name = raw.substr(i + 1, k - i - 1);
  auto it = std::lower_bound(kEntities.begin(), kEntities.end(), name,
                             [](const Entity& e, std::string_view v) { return e.name < v; });
  if (it == kEntities.end() || it->name != name) return 0;
  if (k < n && raw[k] == ';') ++k;
  append_utf8(out, it->cp);
  return k - i;
}

std::string decode_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (is_ascii_space(c)) {
      space = !out.empty();
      ++i;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == '&') {
      if (size_t used = decode_reference(raw, i, out)) {
        if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0) {  // nbsp: a space
          out.resize(out.size() - 2);
          space = !out.empty();
        }
        i += used;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace ledeline::html
