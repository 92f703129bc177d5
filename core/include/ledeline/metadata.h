// Document metadata (title, publication date, site, ...) with the evidence each value came from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ledeline/annotation.h"

namespace ledeline {

// One metadata value and, when it was read from the text, where.
struct MetaValue {
  std::string value;          // normalised: ISO 8601 for dates, plain text otherwise
  std::optional<Span> span;   // the bytes of Document::text it was read from
  std::string rule;
  bool present() const { return !value.empty(); }
};

struct Dateline {
  MetaValue city;             // value: the city as a name ("Prague"); span: as written ("PRAGUE")
  std::vector<MetaValue> agencies;
  MetaValue date;
};

struct Metadata {
  MetaValue title;
  MetaValue published;        // ISO 8601 date or date-time, with its offset when the source gives one
  MetaValue site;
  std::vector<MetaValue> authors;
  MetaValue language;         // ISO 639-1
  std::optional<Dateline> dateline;
};

// Calls visit(field, value) for every metadata value in one fixed order: title, published, site,
// author..., language, dateline, agency..., dateline_date. The JSON's `evidence` and the page's
// highlights both follow it.
template <typename Visit>
void for_each_meta_value(const Metadata& m, Visit&& visit) {
  visit("title", m.title);
  visit("published", m.published);
  visit("site", m.site);
  for (const MetaValue& a : m.authors) visit("author", a);
  visit("language", m.language);
  if (m.dateline) {
    visit("dateline", m.dateline->city);
    for (const MetaValue& a : m.dateline->agencies) visit("agency", a);
    visit("dateline_date", m.dateline->date);
  }
}

}  // namespace ledeline
