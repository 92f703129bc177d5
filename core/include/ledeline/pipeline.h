// The pipeline: bytes in, an annotated Document out. Built once, then const and reusable.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledeline/annotator.h"
#include "ledeline/calendar.h"
#include "ledeline/document.h"
#include "ledeline/text_decoder.h"

namespace ledeline {

struct Options {
  size_t max_input_bytes = kDefaultMaxInputBytes;
};

// What may differ from one document to the next under the same pipeline.
struct RunOptions {
  // The document creation time that relative time expressions resolve against (Document::dct);
  // without it, the publication date the reading step finds.
  std::optional<CivilDate> dct;
};

// An annotated document, or the reason there is none. Errors are values, never exceptions.
struct Result {
  std::string error;
  Document document;
  bool ok() const { return error.empty(); }
};

class Pipeline {
 public:
  explicit Pipeline(const Options& options = Options());
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // False when an annotator could not be built (a pattern that does not compile, say).
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // One document: the input's first when it holds several (a JSON array, JSON Lines), with a warning.
  Result run(std::string_view bytes, std::string_view name, const RunOptions& run = RunOptions()) const;
  // Every document of the input, in order, named "<name>#<n>" (from 1) when there are several; one
  // Result with the error when the input cannot be read.
  std::vector<Result> run_all(std::string_view bytes, std::string_view name,
                              const RunOptions& run = RunOptions()) const;

  // Resolves the document's time expressions again against `dct` (none: the publication date), for a
  // reference date a person sets on a document read back from the project's JSON: the time step runs
  // anew on the text (its tokens made again by the structure step) and its annotations replace the
  // rules' earlier time annotations. A person's time annotations stay, and a rule's that overlaps one is
  // not added, nor is one over a span of `deleted` (the times a person deleted: deleted_times). False
  // when the pipeline is not built (error()).
  bool retime(Document& doc, std::optional<CivilDate> dct, const std::vector<Span>& deleted = {}) const;

  // The time expression a person marked in a text, `text` alone, resolved against `dct` (none: left
  // open), for the page to suggest its TIMEX3 type and value: the time step's longest annotation in it,
  // its span counted in `text`; none when the rules find no time there.
  std::optional<Annotation> suggest_time(std::string_view text, std::optional<CivilDate> dct) const;

  // The annotators in the order they run.
  const std::vector<std::unique_ptr<Annotator>>& annotators() const { return annotators_; }

 private:
  Options options_;
  std::string error_;
  std::vector<std::unique_ptr<Annotator>> annotators_;
};

// The spans of the time annotations of `annotated` that a person deleted: `corrected` (the same document
// as the person corrected it) has no time annotation there. The corrected document holds no trace of a
// deletion, so a retime of it needs these not to bring the rules' times back there.
std::vector<Span> deleted_times(const Document& annotated, const Document& corrected);

}  // namespace ledeline
