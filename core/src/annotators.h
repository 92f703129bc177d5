// The annotators of the pipeline, in the order they run. Internal: callers use Pipeline.
#pragma once

#include <algorithm>
#include <memory>

#include "ledeline/annotator.h"
#include "ledeline/document.h"

namespace ledeline {

// Where the header line of the plain-text form ("date 2020-01-25 UrduPoint.com") ends, 0 in other
// forms: the reading step read it as metadata, so the later steps find nothing in it.
inline size_t header_line_end(const Document& doc) {
  return doc.form == InputForm::kHeaderText ? std::min(doc.text.find('\n'), doc.text.size()) : 0;
}

// Recognises the form of the text (the header form of wire copy, or plain text) and reads the
// metadata it states: title, publication date-time, site; and a byline ("By A and B") in any form.
std::unique_ptr<Annotator> make_reading_annotator();

// Paragraphs, sentences and tokens, as byte spans.
std::unique_ptr<Annotator> make_structure_annotator();

// The dateline that opens a story (city, wire agencies, date), as metadata and annotations.
std::unique_ptr<Annotator> make_dateline_annotator();

// The language of the text from its function words, when the input does not state it.
std::unique_ptr<Annotator> make_language_annotator();

// Names of people, organizations, places, facilities, groups and others (statistical tagger and word
// lists), and the roles and titles of people.
std::unique_ptr<Annotator> make_entity_annotator();

// One entity entry per real-world entity of the document: canonical name, mentions, aliases
// ("IS" for "Islamic State"), and nominal mentions ("the prime minister").
std::unique_ptr<Annotator> make_grouping_annotator();

// Time expressions (TIMEX3: type, TimeML value, the anchor it was resolved against), resolved against
// the document's creation time (Document::dct, else the publication date).
std::unique_ptr<Annotator> make_time_annotator();

// Numbers with their value and the thing counted: cardinals, money, percentages, fractions, ordinals.
std::unique_ptr<Annotator> make_quantity_annotator();

// Direct quotes and reported speech with their cue and speaker.
std::unique_ptr<Annotator> make_quote_annotator();

}  // namespace ledeline
