// The readers of the structured input forms, HTML and JSON. Each turns decoded UTF-8 into Documents
// whose `text` is the article text, whose metadata holds what the input states about it, and whose
// source_map maps text offsets to offsets in the decoded input (Pipeline composes it with the
// decoder's map to reach the original bytes). Internal: callers use Pipeline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ledeline/calendar.h"
#include "ledeline/document.h"

namespace ledeline {

// One or more documents read from one input, or why there are none.
struct ReadOutcome {
  std::string error;
  std::vector<Document> documents;
};

// Reads decoded input in the form its content shows: HTML, JSON, or text (a single Document with an
// empty source_map, the text being the input itself).
ReadOutcome read_any(std::string text);

bool looks_like_html(std::string_view text);
// A saved web page or an HTML fragment: the main text (by paragraph and link density and semantic
// tags) and the metadata of JSON-LD, OpenGraph and article:* meta tags, <time>, bylines, the title.
Document read_html(std::string_view html);

bool looks_like_json(std::string_view text);
// An object with title/date/author/text (or body, content)/url fields, an array of them, or JSON Lines.
ReadOutcome read_json(std::string_view json);

// A publication date as metadata states it: ISO 8601 (with fractions and zone), RFC 2822, "July 28,
// 2019", "28.07.2019", "28. Juli 2019". Day precision at least; time and zone when given.
// `day_first`: "02/10/2020" is 2 October (as outside the United States), else February 10.
std::optional<DateTime> parse_date_value(std::string_view value, bool day_first = false);

// The date a URL's path states: /2019/04/30/, /2019-04-30-, /20190430/, as YYYY-MM-DD; or "".
std::string date_from_url(std::string_view url);

// Author names from a byline or a metadata value: "By Ann Lee and Bo Chan" -> {"Ann Lee", "Bo Chan"}.
// Empty when the value does not look like names (a URL, a handle, a sentence).
std::vector<std::string> split_authors(std::string_view byline);

// Who a copyright line names: "© 2022 ZVEI", "Copyright (c) 2012- Ann Lee. All rights reserved." ->
// "ZVEI", "Ann Lee"; empty when the line is no copyright line.
std::string copyright_holder(std::string_view line);

}  // namespace ledeline
