// [SECTION] Grouping: one entity entry per real-world entity of the document.
//
// Mentions of the same kind and text are one entity, a name in capitals ("OSLO") with its ordinary case;
// a person's single name ("Babis") joins the one full name that starts or ends with it; an acronym in
// brackets after a name ("Islamic State [IS") becomes an alias, and its other occurrences mentions; "the
// prime minister" refers to the one person of the document with that role. The canonical name is the
// longest name; the other mentions get refers_to.
#include <algorithm>
#include <string_view>

#include "annotators.h"
#include "ledeline/conll.h"
#include "text_util.h"

namespace ledeline {
namespace {

// "IS" for "Islamic State": the capitals of the name's words.
bool is_acronym_of(std::string_view acronym, std::string_view name) {
  std::string initials;
  bool word_start = true;
  for (char c : name) {
    if (word_start && c >= 'A' && c <= 'Z') initials += c;
    word_start = c == ' ' || c == '-';
  }
  return acronym.size() >= 2 && acronym == initials;
}

// A name written in capitals: "OSLO", "NEW YORK".
bool in_capitals(std::string_view name) {
  return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool all_capitals(std::string_view w) {
  return w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class GroupingAnnotator : public Annotator {
 public:
  std::string_view name() const override { return "grouping"; }

  void annotate(Document& doc) const override {
    add_aliases(doc);
    std::vector<size_t> mentions = entity_mentions(doc);
    // Entities: the mentions of one kind and name (an alias counts as the name it stands for).
    std::vector<std::string> keys(doc.annotations.size());
    for (size_t a : mentions) {
      const Annotation& m = doc.annotations[a];
      const std::string* alias = m.attrs.find("refers_to");
      keys[a] = m.kind + '\t' + (alias ? *alias : std::string(doc.slice(m.span)));
    }
    std::vector<size_t> by_key = mentions;
    std::stable_sort(by_key.begin(), by_key.end(), [&](size_t x, size_t y) { return keys[x] < keys[y]; });
    std::vector<std::vector<size_t>> members;
    for (size_t k = 0; k < by_key.size(); ++k) {
      if (k == 0 || keys[by_key[k]] != keys[by_key[k - 1]]) members.emplace_back();
      members.back().push_back(by_key[k]);
    }
    join_capitalised_names(doc, members);
    join_single_names(doc, members);
    add_role_mentions(doc, members);
    write_entries(doc, members);
  }

 private:
  // The annotation indices of entity mentions, in text order.
  static std::vector<size_t> entity_mentions(const Document& doc) {
    std::vector<size_t> out;
    for (size_t a = 0; a < doc.annotations.size(); ++a)
      if (is_name_kind(doc.annotations[a].kind)) out.push_back(a);
    std::stable_sort(out.begin(), out.end(), [&](size_t x, size_t y) {
      return annotation_less(doc.annotations[x], doc.annotations[y]);
    });
    return out;
  }

  static size_t token_at(const Document& doc, uint32_t offset) {
    const auto& t = doc.structure.tokens;
    return std::lower_bound(t.begin(), t.end(), offset, [](Span s, uint32_t o) { return s.start < o; }) - t.begin();
  }

  // "Islamic State [IS, ...]" or "Islamic State (IS)": IS is an alias; every "IS" is then a mention.
  static void add_aliases(Document& doc) {
    const auto& tokens = doc.structure.tokens;
    std::vector<std::pair<std::string, size_t>> aliases;  // (acronym, the annotation it names)
    for (size_t a = 0; a < doc.annotations.size(); ++a) {
      const Annotation& m = doc.annotations[a];
      if (m.kind != "org" && m.kind != "misc" && m.kind != "place") continue;
      size_t t = token_at(doc, m.span.end);
      if (t + 1 >= tokens.size() || (doc.slice(tokens[t]) != "(" && doc.slice(tokens[t]) != "[")) continue;
      std::string_view acronym = doc.slice(tokens[t + 1]);
      if (is_acronym_of(acronym, doc.slice(m.span))) aliases.emplace_back(std::string(acronym), a);
    }
    if (aliases.empty()) return;
    std::vector<std::pair<Span, size_t>> named_spans;  // entity annotations by span
    for (size_t a = 0; a < doc.annotations.size(); ++a)
      if (is_name_kind(doc.annotations[a].kind)) named_spans.emplace_back(doc.annotations[a].span, a);
    std::sort(named_spans.begin(), named_spans.end(), [](const auto& x, const auto& y) {
      return x.first.start != y.first.start ? x.first.start < y.first.start : x.second < y.second;
    });
    for (const auto& [acronym, named] : aliases) {
      std::string kind = doc.annotations[named].kind;
      std::string full(doc.slice(doc.annotations[named].span));
      for (size_t k = 0; k < tokens.size(); ++k) {
        Span t = tokens[k];
        // "IS" in a line in capitals ("THIS IS WAR") is a word, not the alias.
        if (doc.slice(t) != acronym || (k > 0 && all_capitals(doc.slice(tokens[k - 1]))) ||
            (k + 1 < tokens.size() && all_capitals(doc.slice(tokens[k + 1]))))
          continue;
        bool found = false;
        auto it = std::lower_bound(named_spans.begin(), named_spans.end(), t.start,
                                   [](const auto& x, uint32_t start) { return x.first.start < start; });
        for (; it != named_spans.end() && it->first.start == t.start; ++it) {
          if (!(it->first == t)) continue;
          doc.annotations[it->second].kind = kind;
          doc.annotations[it->second].attrs.set("refers_to", full);
          found = true;
        }
        if (!found) doc.add(t, kind, "grouping.alias").attrs.set("refers_to", full);
      }
    }
  }

  // A name in capitals, as datelines and headlines write it ("OSLO"), is the entity of the same kind
  // named the same in ordinary case ("Oslo").
  static void join_capitalised_names(const Document& doc, std::vector<std::vector<size_t>>& members) {
    auto capitalised = [&](const std::vector<size_t>& m) {
      return !m.empty() && !doc.annotations[m[0]].attrs.find("refers_to") && in_capitals(doc.slice(doc.annotations[m[0]].span));
    };
    if (std::none_of(members.begin(), members.end(), capitalised)) return;  // most documents
    std::vector<std::pair<std::string, size_t>> ordinary;  // (kind and lower-case name, entity)
    for (size_t e = 0; e < members.size(); ++e) {
      const Annotation& m = doc.annotations[members[e][0]];
      if (!m.attrs.find("refers_to") && !in_capitals(doc.slice(m.span)))
        ordinary.emplace_back(m.kind + '\t' + ascii_lower(doc.slice(m.span)), e);
    }
    std::sort(ordinary.begin(), ordinary.end());
    for (size_t e = 0; e < members.size(); ++e) {
      if (!capitalised(members[e])) continue;
      const Annotation& m = doc.annotations[members[e][0]];
      const std::string key = m.kind + '\t' + ascii_lower(doc.slice(m.span));
      auto at = std::lower_bound(ordinary.begin(), ordinary.end(), std::make_pair(key, size_t{0}));
      if (at == ordinary.end() || at->first != key) continue;
      members[at->second].insert(members[at->second].end(), members[e].begin(), members[e].end());
      members[e].clear();
    }
  }

  // A person named by one word ("Babis") is the one person of the document whose full name starts or
  // ends with that word.
  static void join_single_names(const Document& doc, std::vector<std::vector<size_t>>& members) {
    std::vector<std::pair<std::string_view, size_t>> ends;  // (first or last word of a full name, entity)
    for (size_t e = 0; e < members.size(); ++e) {
      const Annotation& m = doc.annotations[members[e][0]];
      std::string_view full = doc.slice(m.span);
      size_t first_space = full.find(' '), last_space = full.rfind(' ');
      if (m.kind != "person" || first_space == std::string_view::npos) continue;
      ends.emplace_back(full.substr(0, first_space), e);
      if (last_space != first_space || full.substr(last_space + 1) != full.substr(0, first_space))
        ends.emplace_back(full.substr(last_space + 1), e);
    }
    std::sort(ends.begin(), ends.end());
    for (size_t e = 0; e < members.size(); ++e) {
      const Annotation& m = doc.annotations[members[e][0]];
      std::string_view name = doc.slice(m.span);
      if (m.kind != "person" || name.find(' ') != std::string_view::npos) continue;
      auto [lo, hi] = std::equal_range(ends.begin(), ends.end(), std::make_pair(name, size_t{0}),
                                       [](const auto& x, const auto& y) { return x.first < y.first; });
      if (hi - lo != 1) continue;  // no full name, or more than one person it could be
      size_t full = lo->second;
      members[full].insert(members[full].end(), members[e].begin(), members[e].end());
      members[e].clear();
    }
  }

  // "the prime minister": the person whose role that is, when only one person of the document has it.
  static void add_role_mentions(Document& doc, std::vector<std::vector<size_t>>& members) {
    std::vector<std::pair<std::string, size_t>> roles;  // (lower-case role, entity)
    for (size_t e = 0; e < members.size(); ++e)
      for (size_t a : members[e])
        if (const std::string* role = doc.annotations[a].attrs.find("role"))
          roles.emplace_back(ascii_lower(*role), e);
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    // The role's own words ("Aaron Kall, the director of debate, ...") name no one a second time.
    std::vector<Span> stated;
    for (const Annotation& a : doc.annotations)
      if (a.kind == "role") stated.push_back(a.span);
    std::sort(stated.begin(), stated.end());
    const auto& tokens = doc.structure.tokens;
    for (size_t t = 0; t + 1 < tokens.size(); ++t) {
      std::string_view word = doc.slice(tokens[t]);
      if (word != "the" && word != "The") continue;
      for (size_t r = 0; r < roles.size(); ++r) {
        bool unique = (r == 0 || roles[r - 1].first != roles[r].first) &&
                      (r + 1 == roles.size() || roles[r + 1].first != roles[r].first);
        const std::string& role = roles[r].first;
        Span span{tokens[t + 1].start, static_cast<uint32_t>(tokens[t + 1].start + role.size())};
        if (!unique || span.end > doc.text.size() || ascii_lower(doc.slice(span)) != role) continue;
        size_t after = token_at(doc, span.end);
        if (after > 0 && tokens[after - 1].end != span.end) continue;  // ends inside a word
        if (std::binary_search(stated.begin(), stated.end(), span)) continue;
        members[roles[r].second].push_back(doc.annotations.size());
        doc.add(span, "person", "grouping.role_mention");
      }
    }
  }

  static void write_entries(Document& doc, std::vector<std::vector<size_t>>& members) {
    for (std::vector<size_t>& m : members) {
      if (m.empty()) continue;
      std::stable_sort(m.begin(), m.end(), [&](size_t x, size_t y) { return doc.annotations[x].span < doc.annotations[y].span; });
      EntityEntry entry;
      entry.kind = doc.annotations[m[0]].kind;
      for (size_t a : m) {
        const Annotation& mention = doc.annotations[a];
        std::string_view text = doc.slice(mention.span);
        // The longest name; of two as long, the one not in capitals ("Oslo", not a dateline's "OSLO").
        bool longer = text.size() > entry.name.size() ||
                      (text.size() == entry.name.size() && in_capitals(entry.name) && !in_capitals(text));
        if (mention.rule != "grouping.role_mention" && !mention.attrs.find("refers_to") && longer)
          entry.name = std::string(text);
        if (const std::string* role = mention.attrs.find("role");
            role && std::find(entry.roles.begin(), entry.roles.end(), *role) == entry.roles.end())
          entry.roles.push_back(*role);
        entry.mentions.push_back(mention.span);
      }
      if (entry.name.empty()) {  // only aliases: the name they stand for
        const std::string* refers_to = doc.annotations[m[0]].attrs.find("refers_to");
        entry.name = refers_to ? *refers_to : std::string(doc.slice(doc.annotations[m[0]].span));
      }
      for (size_t a : m)
        if (doc.slice(doc.annotations[a].span) != entry.name) doc.annotations[a].attrs.set("refers_to", entry.name);
      doc.entities.push_back(std::move(entry));
    }
    std::stable_sort(doc.entities.begin(), doc.entities.end(),
                     [](const EntityEntry& a, const EntityEntry& b) { return a.mentions[0] < b.mentions[0]; });
  }
};

}  // namespace

std::unique_ptr<Annotator> make_grouping_annotator() { return std::make_unique<GroupingAnnotator>(); }

}  // namespace ledeline
