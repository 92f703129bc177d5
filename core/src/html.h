// [SECTION] HTML: a forgiving, linear tokenizer that builds the small element tree the article reader
// needs (core/src/html_reader.cpp). Internal: callers use Pipeline.
//
// Not a full HTML5 parser: it keeps what finding the main text and the metadata needs (block
// structure, links, class and id, the metadata tags) and survives anything: unclosed and stray tags,
// truncated input, 100,000 nested elements (nesting deeper than kMaxDepth is flattened, and so is
// markup beyond kBytesPerElement).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ledeline::html {

inline constexpr uint32_t kMaxDepth = 256;
// At most one element per this many input bytes (real pages have one per 40 or more): an element
// and what the reader keeps about it take some 200 bytes.
inline constexpr size_t kBytesPerElement = 16;

enum class Tag : uint8_t {
  kOther, kA, kAddress, kArticle, kAside, kBlockquote, kBody, kBr, kButton, kCaption, kCenter, kDd,
  kDetails, kDialog, kDiv, kDl, kDt, kFieldset, kFigcaption, kFigure, kFooter, kForm, kH1, kH2, kH3, kH4,
  kH5, kH6, kHead, kHeader, kHr, kHtml, kIframe, kImg, kInput, kLabel, kLi, kLink, kMain, kMath, kMenu,
  kMeta, kNav, kNoscript, kOl, kOption, kP, kPre, kScript, kSection, kSelect, kStyle, kSummary, kSvg,
  kTable, kTbody, kTd, kTemplate, kTextarea, kTfoot, kTh, kThead, kTime, kTitle, kTr, kUl,
};

struct Element {
  Tag tag = Tag::kOther;
  int32_t parent = -1;
  uint32_t source_start = 0;  // offset of its '<'
  uint32_t subtree_end = 0;   // one past the index of its last descendant
  // Attribute values as written (entities not decoded); empty when absent.
  std::string_view cls, id;
  std::string_view itemprop, rel, role, datetime, href, property_name, content, lang;
  std::string_view data_author;  // a forum post's or a card's author, as forum software marks it
  bool hidden = false;        // hidden, aria-hidden=true, display:none
  bool pubdate = false;       // the old <time pubdate> attribute
};

// Character data between tags, as a byte range of the input (entities not yet decoded).
struct TextRun {
  uint32_t start = 0, end = 0;
  int32_t element = -1;       // the innermost open element
  uint8_t breaks_before = 0;  // <br> (1) or <br><br>, <hr> (2) between the previous run and this one
};

struct Page {
  std::vector<Element> elements;  // in document order: a parent comes before its children
  std::vector<TextRun> texts;     // in document order
  std::string_view title;         // content of <title>, raw
  std::vector<std::string_view> json_ld;  // contents of <script type="application/ld+json">
  bool truncated = false;         // the input ended inside a tag, comment or raw-text element
};

// Tokenizes `html` (valid UTF-8) into a Page. Linear in the input; never fails.
Page parse(std::string_view html);

// Whether the text starts like an HTML document or fragment (after white space and a BOM).
bool looks_like_html(std::string_view text);

bool is_block(Tag t);

// Decodes character references (&amp; &#233; &#x2014; &eacute; ...) and collapses white space to
// single spaces, trimmed: for attribute values and titles.
std::string decode_text(std::string_view raw);

// Appends the character referenced at raw[i] == '&' to `out`; returns the bytes consumed, or 0 when
// it is not a character reference (then '&' is literal).
size_t decode_reference(std::string_view raw, size_t i, std::string& out);

}  // namespace ledeline::html
