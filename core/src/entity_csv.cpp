#include "ledeline/entity_csv.h"

#include <map>
#include <utility>

#include "ledeline/conll.h"

namespace ledeline {
namespace {

void field(std::string& out, std::string_view value, bool last = false) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(value);
  } else {
    out += '"';
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += last ? '\n' : ',';
}

}  // namespace

std::string write_entity_csv(const Document& doc) {
  std::map<std::pair<uint32_t, uint32_t>, const EntityEntry*> entry_of;  // mention span -> its entry
  for (const EntityEntry& e : doc.entities)
    for (const Span& m : e.mentions) entry_of.emplace(std::make_pair(m.start, m.end), &e);

  std::string out = "entity,kind,text,start,end,rule,origin\n";
  for (const Annotation& a : doc.annotations) {
    if (!is_name_kind(a.kind)) continue;
    std::string_view entity = doc.slice(a.span);
    if (auto it = entry_of.find({a.span.start, a.span.end}); it != entry_of.end()) {
      entity = it->second->name;
    } else if (const std::string* refers_to = a.attrs.find("refers_to")) {
      entity = *refers_to;
    }
    field(out, entity);
    field(out, a.kind);
    field(out, doc.slice(a.span));
    field(out, std::to_string(a.span.start));
    field(out, std::to_string(a.span.end));
    field(out, a.rule);
    field(out, a.origin == Origin::kPerson ? "person" : "rule", true);
  }
  return out;
}

}  // namespace ledeline
