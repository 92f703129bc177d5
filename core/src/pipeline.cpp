#include "ledeline/pipeline.h"

#include <algorithm>
#include <limits>

#include "annotators.h"
#include "readers.h"

namespace ledeline {

Pipeline::Pipeline(const Options& options) : options_(options) {
  // The declared order: a later annotator may read what earlier ones added, never the reverse.
  annotators_.push_back(make_reading_annotator());
  annotators_.push_back(make_structure_annotator());
  annotators_.push_back(make_dateline_annotator());
  annotators_.push_back(make_language_annotator());
  annotators_.push_back(make_entity_annotator());
  annotators_.push_back(make_grouping_annotator());
  annotators_.push_back(make_time_annotator());
  annotators_.push_back(make_quantity_annotator());
  annotators_.push_back(make_quote_annotator());
  for (const auto& a : annotators_) {
    if (!a->ok()) {
      error_ = a->error();
      break;
    }
  }
}

Pipeline::~Pipeline() = default;

Result Pipeline::run(std::string_view bytes, std::string_view name, const RunOptions& run) const {
  std::vector<Result> all = run_all(bytes, name, run);
  Result first = std::move(all.front());
  if (all.size() > 1)
    first.document.warnings.push_back("the input holds " + std::to_string(all.size()) +
                                      " documents; this is the first (run_all reads them all)");
  return first;
}

std::vector<Result> Pipeline::run_all(std::string_view bytes, std::string_view name, const RunOptions& run) const {
  std::vector<Result> results(1);
  if (!ok()) {
    results[0].error = "pipeline not built: " + error_;
    return results;
  }
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) {
    results[0].error = "input over 4 GiB: offsets would not fit";
    return results;
  }
  DecodedText decoded = decode_text(bytes, options_.max_input_bytes);
  if (!decoded.ok()) {
    results[0].error = std::move(decoded.error);
    return results;
  }
  ReadOutcome read = read_any(std::move(decoded.text));
  if (!read.error.empty()) {
    results[0].error = std::move(read.error);
    return results;
  }
  results.resize(read.documents.size());
  for (size_t i = 0; i < read.documents.size(); ++i) {
    Document& doc = results[i].document;
    doc = std::move(read.documents[i]);
    doc.name = read.documents.size() == 1 ? std::string(name) : std::string(name) + "#" + std::to_string(i + 1);
    doc.warnings.insert(doc.warnings.begin(), decoded.warnings.begin(), decoded.warnings.end());
    doc.source_map = doc.source_map.then(decoded.map);
    doc.dct = run.dct;
    for (const auto& annotator : annotators_) annotator->annotate(doc);
    std::stable_sort(doc.annotations.begin(), doc.annotations.end(), annotation_less);
  }
  return results;
}

bool Pipeline::retime(Document& doc, std::optional<CivilDate> dct, const std::vector<Span>& deleted) const {
  if (!ok()) return false;
  const auto is_time = [](const Annotation& a) { return a.kind == "time"; };
  doc.annotations.erase(std::remove_if(doc.annotations.begin(), doc.annotations.end(),
                                       [&](const Annotation& a) { return is_time(a) && a.origin == Origin::kRule; }),
                        doc.annotations.end());
  const size_t before = doc.annotations.size();
  doc.dct = dct;
  doc.structure = Structure();
  for (const auto& annotator : annotators_) {
    if (annotator->name() == "structure" || annotator->name() == "time") annotator->annotate(doc);
  }
  std::vector<Span> corrected = deleted;
  for (size_t i = 0; i < before; ++i) {
    if (is_time(doc.annotations[i])) corrected.push_back(doc.annotations[i].span);
  }
  const auto overlaps_corrected = [&](const Annotation& a) {
    return std::any_of(corrected.begin(), corrected.end(),
                       [&](Span c) { return a.span.start < c.end && c.start < a.span.end; });
  };
  doc.annotations.erase(std::remove_if(doc.annotations.begin() + static_cast<std::ptrdiff_t>(before),
                                       doc.annotations.end(), overlaps_corrected),
                        doc.annotations.end());
  std::stable_sort(doc.annotations.begin(), doc.annotations.end(), annotation_less);
  return true;
}

std::optional<Annotation> Pipeline::suggest_time(std::string_view text, std::optional<CivilDate> dct) const {
  if (!ok()) return std::nullopt;
  Document doc;
  if (make_valid_utf8(text, doc.text) != 0) return std::nullopt;  // offsets in `text` would not hold
  doc.dct = dct;
  for (const auto& annotator : annotators_) {
    if (annotator->name() == "structure" || annotator->name() == "time") annotator->annotate(doc);
  }
  const Annotation* longest = nullptr;
  for (const Annotation& a : doc.annotations) {
    if (a.kind == "time" && (!longest || a.span.size() > longest->span.size())) longest = &a;
  }
  if (!longest) return std::nullopt;
  return *longest;
}

std::vector<Span> deleted_times(const Document& annotated, const Document& corrected) {
  std::vector<Span> kept;
  for (const Annotation& a : corrected.annotations) {
    if (a.kind == "time") kept.push_back(a.span);
  }
  std::sort(kept.begin(), kept.end());
  std::vector<Span> deleted;
  for (const Annotation& a : annotated.annotations) {
    if (a.kind == "time" && !std::binary_search(kept.begin(), kept.end(), a.span))
      deleted.push_back(a.span);
  }
  return deleted;
}

}  // namespace ledeline
