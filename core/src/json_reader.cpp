// [SECTION] Reading JSON: news API exports. One object with title/date/author/text (or body,
// content, articleBody) and url fields, an array of such objects, or JSON Lines. A text that is HTML
// is read by the HTML reader. nlohmann/json checks the input and gives the fields' values; a small
// scanner finds where each object's text string lies in the input, so offsets map back to it.
#include <array>

#include <nlohmann/json.hpp>

#include "html.h"
#include "readers.h"
#include "ledeline/text_decoder.h"

namespace ledeline {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 7> kTextKeys = {"text", "body", "content", "articleBody", "article", "maintext", "description"};
constexpr std::array<std::string_view, 3> kTitleKeys = {"title", "headline", "name"};
constexpr std::array<std::string_view, 10> kDateKeys = {"date", "published", "datePublished", "published_at", "publishedAt",
                                                        "pubDate", "publication_date", "date_publish", "created_at", "time"};
constexpr std::array<std::string_view, 5> kAuthorKeys = {"author", "authors", "byline", "creator", "writer"};
constexpr std::array<std::string_view, 6> kSiteKeys = {"site", "source", "publisher", "site_name", "source_domain", "outlet"};
constexpr std::array<std::string_view, 3> kUrlKeys = {"url", "link", "canonical_url"};
constexpr std::array<std::string_view, 2> kLanguageKeys = {"language", "lang"};

// The raw spans of the string values of one object's own keys.
using StringSpans = std::vector<std::pair<std::string, Span>>;

class Scanner {
 public:
  Scanner(std::string_view s, size_t base) : s_(s), base_(base) {}

  // The objects of a top-level array, or the top-level object itself, in order.
  std::vector<StringSpans> objects() {
    std::vector<StringSpans> out;
    skip_space();
    if (i_ < s_.size() && s_[i_] == '{') {
      out.push_back(object());
    } else if (i_ < s_.size() && s_[i_] == '[') {
      ++i_;
      while (i_ < s_.size()) {
        skip_space();
        if (i_ >= s_.size() || s_[i_] == ']') break;
        if (s_[i_] == '{') out.push_back(object());
        else skip_value();
        skip_space();
        if (i_ < s_.size() && s_[i_] == ',') ++i_;
        else break;
      }
    }
    return out;
  }

 private:
  StringSpans object() {
    StringSpans spans;
    ++i_;  // '{'
    while (i_ < s_.size()) {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') break;
      Span key = string();
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ':') break;
      ++i_;
      skip_space();
      if (i_ < s_.size() && s_[i_] == '"') {
        Span value = string();
        spans.emplace_back(std::string(s_.substr(key.start - base_, key.size())),
                           Span{value.start, value.end});
      } else {
        skip_value();
      }
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') ++i_;
      else break;
    }
    if (i_ < s_.size() && s_[i_] == '}') ++i_;
    return spans;
  }

  // A string at s_[i_] == '"'; returns its raw content's span (offsets plus base).
  Span string() {
    size_t start = ++i_;
    while (i_ < s_.size() && s_[i_] != '"') i_ += s_[i_] == '\\' ? 2 : 1;
    size_t end = std::min(i_, s_.size());
    ++i_;
    return {static_cast<uint32_t>(base_ + start), static_cast<uint32_t>(base_ + end)};
  }

  // Skips any value, nested ones without recursion.
  void skip_value() {
    size_t depth = 0;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '"') {
        string();
        if (depth == 0) return;
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (depth == 0) return;
        --depth;
      }
      if (depth == 0 && (c == ',')) return;
      ++i_;
      if (depth == 0 && (c == '}' || c == ']')) return;
    }
  }

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  std::string_view s_;
  size_t base_;
  size_t i_ = 0;
};

uint32_t hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return 0x110000;
  uint32_t v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    if (d < 0) return 0x110000;
    v = v * 16 + static_cast<uint32_t>(d);
  }
  return v;
}

// Unescapes the raw JSON string input[span]; `map` receives where each piece came from. CR LF and CR
// become LF as in every other form.
std::string unescape(std::string_view input, Span span, SourceMap& map) {
  std::string out;
  std::string_view raw = input.substr(span.start, span.size());
  size_t copied = 0;
  auto flush = [&](size_t to) {
    out.append(raw.data() + copied, to - copied);
    map.append_copy(span.start + static_cast<uint32_t>(copied), static_cast<uint32_t>(to - copied));
  };
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] != '\\' || i + 1 >= raw.size()) {
      ++i;
      continue;
    }
    flush(i);
    size_t before = out.size(), used = 2;
    switch (raw[i + 1]) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r':
        out += '\n';
        if (raw.compare(i + 2, 2, "\\n") == 0) used = 4;
        break;
      case 'b': case 'f': out += ' '; break;
      case 'u': {
        uint32_t cp = hex4(raw, i + 2);
        used = cp > 0xFFFF ? 2 : 6;
        if (cp >= 0xD800 && cp <= 0xDBFF && raw.compare(i + 6, 2, "\\u") == 0) {
          uint32_t low = hex4(raw, i + 8);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            used = 12;
          }
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) cp = 0xFFFD;
        if (cp == '\r') cp = '\n';
        append_utf8(out, cp);
        break;
      }
      default: out += raw[i + 1]; break;  // \" \\ \/
    }
    map.append(static_cast<uint32_t>(out.size() - before), span.start + static_cast<uint32_t>(i), static_cast<uint32_t>(used));
    i += used;
    copied = i;
  }
  flush(raw.size());
  return out;
}

std::string string_value(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object())
    for (std::string_view key : {"name", "title", "value"})
      if (j.contains(key) && j[std::string(key)].is_string()) return j[std::string(key)].get<std::string>();
  if (j.is_number_integer()) return std::to_string(j.get<int64_t>());
  return {};
}

template <size_t N>
const json* field(const json& o, const std::array<std::string_view, N>& keys, std::string_view* which = nullptr) {
  for (std::string_view k : keys) {
    auto it = o.find(std::string(k));
    if (it != o.end() && !it->is_null()) {
      if (which) *which = k;
      return &*it;
    }
  }
  return nullptr;
}

std::string date_from_epoch(int64_t seconds) {
  if (seconds > 100000000000) seconds /= 1000;  // milliseconds
  int64_t days = seconds / 86400;
  // Civil from days (Howard Hinnant).
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1), m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return to_iso(CivilDate{static_cast<int>(y + (m <= 2)), m, d});
}

// One document from one object; `spans` locate its strings in `input`.
Document read_object(const json& o, const StringSpans& spans, std::string_view input) {
  Document doc;
  doc.form = InputForm::kJson;
  std::string_view text_key;
  const json* text = field(o, kTextKeys, &text_key);
  if (text && text->is_string()) {
    auto span = std::find_if(spans.begin(), spans.end(), [&](const auto& s) { return s.first == text_key; });
    SourceMap string_map;
    std::string value = span != spans.end() ? unescape(input, span->second, string_map) : text->get<std::string>();
    // A string the scanner did not locate maps as a whole to the input.
    if (span == spans.end()) string_map.append(static_cast<uint32_t>(value.size()), 0, static_cast<uint32_t>(input.size()));
    string_map.finish(static_cast<uint32_t>(value.size()), static_cast<uint32_t>(input.size()));
    std::string_view head = std::string_view(value).substr(0, 2000);
    if (head.find("<p") != std::string_view::npos || head.find("</") != std::string_view::npos || html::looks_like_html(value)) {
      doc = read_html(value);
      doc.form = InputForm::kJson;
      doc.source_map = doc.source_map.then(string_map);
    } else {
      doc.text = std::move(value);
      doc.source_map = std::move(string_map);
    }
  }
  // No text: still a map (all of the input skipped), since an empty map means "the text is the input".
  if (doc.source_map.empty()) doc.source_map.finish(0, static_cast<uint32_t>(input.size()));
  Metadata& m = doc.metadata;
  if (const json* t = field(o, kTitleKeys); t && !string_value(*t).empty())
    m.title = {html::decode_text(string_value(*t)), std::nullopt, "json.title"};
  if (const json* d = field(o, kDateKeys)) {
    if (d->is_number_integer()) {
      m.published = {date_from_epoch(d->get<int64_t>()), std::nullopt, "json.date"};
    } else if (auto t = parse_date_value(string_value(*d))) {
      m.published = {to_iso(*t), std::nullopt, "json.date"};
    }
  }
  if (const json* a = field(o, kAuthorKeys)) {
    std::vector<std::string> names;
    if (a->is_array()) {
      for (const json& one : *a)
        for (std::string& n : split_authors(string_value(one))) names.push_back(std::move(n));
    } else {
      names = split_authors(string_value(*a));
    }
    if (!names.empty()) m.authors.clear();
    for (std::string& n : names) m.authors.push_back({std::move(n), std::nullopt, "json.author"});
  }
  if (const json* s = field(o, kSiteKeys); s && !string_value(*s).empty())
    m.site = {string_value(*s), std::nullopt, "json.site"};
  if (const json* l = field(o, kLanguageKeys)) {
    std::string lang = string_value(*l);
    if (lang.size() >= 2) m.language = {std::string(lang.substr(0, 2)), std::nullopt, "json.language"};
  }
  if (!m.published.present())
    if (const json* u = field(o, kUrlKeys))
      if (std::string iso = date_from_url(string_value(*u)); !iso.empty()) m.published = {iso, std::nullopt, "json.url_date"};
  return doc;
}

void add_documents(const json& j, std::string_view input, size_t base, size_t length, ReadOutcome& out) {
  std::vector<StringSpans> spans = Scanner(input.substr(base, length), base).objects();
  size_t k = 0;
  auto one = [&](const json& o) {
    static const StringSpans kNone;
    out.documents.push_back(read_object(o, k < spans.size() ? spans[k] : kNone, input));
    ++k;
  };
  if (j.is_object()) {
    one(j);
  } else if (j.is_array()) {
    for (const json& item : j)
      if (item.is_object()) one(item);
  }
}

}  // namespace

bool looks_like_json(std::string_view text) {
  size_t i = text.find_first_not_of(" \t\n");
  return i != std::string_view::npos && (text[i] == '{' || text[i] == '[');
}

ReadOutcome read_json(std::string_view input) {
  ReadOutcome out;
  json whole = json::parse(input.begin(), input.end(), nullptr, false);
  if (!whole.is_discarded()) {
    add_documents(whole, input, 0, input.size(), out);
  } else {
    // JSON Lines: every non-blank line a value.
    size_t line_number = 0;
    for (size_t pos = 0; pos < input.size();) {
      size_t end = std::min(input.find('\n', pos), input.size());
      ++line_number;
      std::string_view line = input.substr(pos, end - pos);
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        json j = json::parse(line.begin(), line.end(), nullptr, false);
        if (j.is_discarded()) {
          out.documents.clear();
          out.error = line_number == 1 ? "invalid JSON: not an object, an array or JSON Lines"
                                       : "invalid JSON on line " + std::to_string(line_number) + " of JSON Lines";
          return out;
        }
        add_documents(j, input, pos, line.size(), out);
      }
      pos = end + 1;
    }
  }
  if (out.documents.empty() && out.error.empty()) out.error = "JSON without an article object (no text, body or content field)";
  for (Document& d : out.documents)
    if (d.text.empty()) d.warnings.push_back("JSON object without text (text, body or content)");
  return out;
}

}  // namespace ledeline
