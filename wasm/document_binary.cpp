#include "document_binary.h"

#include <cstdint>
#include <cstring>
#include <optional>

#include "ledeline/calendar.h"

namespace ledeline::app {
namespace {

// Version 2 added the reference date at the end; the page still reads the version 1 it saved before.
constexpr std::string_view kMagic = "ledeline-view/2\n";
constexpr std::string_view kMagicVersion1 = "ledeline-view/1\n";

class Writer {
 public:
  std::string out;
  void u32(uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void text(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out.append(s);
  }
  void span(Span s) {
    u32(s.start);
    u32(s.end);
  }
  void meta(const MetaValue& v) {
    text(v.value);
    u32(v.span ? 1 : 0);
    if (v.span) span(*v.span);
    text(v.rule);
  }
  void metas(const std::vector<MetaValue>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const MetaValue& v : list) meta(v);
  }
};

// Each read returns false once the bytes run out or hold something impossible; the first failure stops.
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& text) : bytes_(bytes), text_(text) {}
  size_t left() const { return bytes_.size() - at_; }

  bool u32(uint32_t& v) {
    if (left() < sizeof v) return false;
    std::memcpy(&v, bytes_.data() + at_, sizeof v);
    at_ += sizeof v;
    return true;
  }
  // A count of items each at least `min_size` bytes long: never more than the bytes left can hold.
  bool count(uint32_t& n, size_t min_size) { return u32(n) && n <= left() / min_size; }
  bool text(std::string& s) {
    uint32_t n = 0;
    if (!u32(n) || n > left()) return false;
    s.assign(bytes_.data() + at_, n);
    at_ += n;
    return true;
  }
  bool span(Span& s) { return u32(s.start) && u32(s.end) && s.start <= s.end && s.end <= text_.size(); }
  bool meta(MetaValue& v) {
    uint32_t has_span = 0;
    if (!text(v.value) || !u32(has_span)) return false;
    if (has_span) {
      Span s;
      if (!span(s)) return false;
      v.span = s;
    }
    return text(v.rule);
  }
  bool metas(std::vector<MetaValue>& list) {
    uint32_t n = 0;
    if (!count(n, 12)) return false;
    list.resize(n);
    for (MetaValue& v : list)
      if (!meta(v)) return false;
    return true;
  }

 private:
  std::string_view bytes_;
  const std::string& text_;  // spans are checked against it
  size_t at_ = 0;
};

bool read_body(Reader& r, Document& doc, bool has_dct) {
  uint32_t form = 0;
  if (!r.text(doc.name) || !r.u32(form) || form > static_cast<uint32_t>(InputForm::kJson) || !r.text(doc.text)) return false;
  doc.form = static_cast<InputForm>(form);
  Metadata& m = doc.metadata;
  uint32_t has_dateline = 0;
  if (!r.meta(m.title) || !r.meta(m.published) || !r.meta(m.site) || !r.metas(m.authors) || !r.meta(m.language) ||
      !r.u32(has_dateline)) {
    return false;
  }
  if (has_dateline) {
    Dateline& d = m.dateline.emplace();
    if (!r.meta(d.city) || !r.metas(d.agencies) || !r.meta(d.date)) return false;
  }
  uint32_t n = 0;
  if (!r.count(n, 24)) return false;
  doc.annotations.resize(n);
  for (Annotation& a : doc.annotations) {
    uint32_t origin = 0, attrs = 0;
    if (!r.span(a.span) || !r.text(a.kind) || !r.text(a.rule) || !r.u32(origin) || origin > 1 || !r.count(attrs, 8)) {
      return false;
    }
    a.origin = origin ? Origin::kPerson : Origin::kRule;
    for (uint32_t i = 0; i < attrs; ++i) {
      std::string key, value;
      if (!r.text(key) || !r.text(value)) return false;
      a.attrs.set(std::move(key), std::move(value));
    }
  }
  if (!r.count(n, 16)) return false;
  doc.entities.resize(n);
  for (EntityEntry& e : doc.entities) {
    uint32_t mentions = 0, roles = 0;
    if (!r.text(e.kind) || !r.text(e.name) || !r.count(mentions, 8)) return false;
    e.mentions.resize(mentions);
    for (Span& s : e.mentions)
      if (!r.span(s)) return false;
    if (!r.count(roles, 4)) return false;
    e.roles.resize(roles);
    for (std::string& role : e.roles)
      if (!r.text(role)) return false;
  }
  if (!r.count(n, 4)) return false;
  doc.warnings.resize(n);
  for (std::string& w : doc.warnings)
    if (!r.text(w)) return false;
  if (has_dct) {
    std::string dct;
    if (!r.text(dct)) return false;
    if (!dct.empty() && !(doc.dct = parse_iso_date(dct))) return false;
  }
  return r.left() == 0;
}

}  // namespace

std::string write_document_binary(const Document& doc) {
  Writer w;
  w.out.reserve(doc.text.size() + doc.annotations.size() * 64 + 1024);
  w.out.append(kMagic);
  w.text(doc.name);
  w.u32(static_cast<uint32_t>(doc.form));
  w.text(doc.text);
  const Metadata& m = doc.metadata;
  w.meta(m.title);
  w.meta(m.published);
  w.meta(m.site);
  w.metas(m.authors);
  w.meta(m.language);
  w.u32(m.dateline ? 1 : 0);
  if (m.dateline) {
    w.meta(m.dateline->city);
    w.metas(m.dateline->agencies);
    w.meta(m.dateline->date);
  }
  w.u32(static_cast<uint32_t>(doc.annotations.size()));
  for (const Annotation& a : doc.annotations) {
    w.span(a.span);
    w.text(a.kind);
    w.text(a.rule);
    w.u32(a.origin == Origin::kPerson ? 1 : 0);
    w.u32(static_cast<uint32_t>(a.attrs.items().size()));
    for (const auto& [key, value] : a.attrs.items()) {
      w.text(key);
      w.text(value);
    }
  }
  w.u32(static_cast<uint32_t>(doc.entities.size()));
  for (const EntityEntry& e : doc.entities) {
    w.text(e.kind);
    w.text(e.name);
    w.u32(static_cast<uint32_t>(e.mentions.size()));
    for (const Span& s : e.mentions) w.span(s);
    w.u32(static_cast<uint32_t>(e.roles.size()));
    for (const std::string& role : e.roles) w.text(role);
  }
  w.u32(static_cast<uint32_t>(doc.warnings.size()));
  for (const std::string& warning : doc.warnings) w.text(warning);
  w.text(doc.dct ? to_iso(*doc.dct) : "");
  return std::move(w.out);
}

DocumentBinaryResult read_document_binary(std::string_view bytes) {
  DocumentBinaryResult result;
  const bool version1 = bytes.substr(0, kMagicVersion1.size()) == kMagicVersion1;
  if (!version1 && bytes.substr(0, kMagic.size()) != kMagic) {
    result.error = "not the view form of a document";
    return result;
  }
  Reader reader(bytes.substr(kMagic.size()), result.document.text);
  if (!read_body(reader, result.document, !version1)) {
    result.document = Document();
    result.error = "a truncated or damaged view form of a document";
  }
  return result;
}

}  // namespace ledeline::app
