#include "ledeline/pipeline.h"

#include <algorithm>
#include <limits>

#include "annotators.h"

namespace ledeline {

Pipeline::Pipeline(const Options& options) : options_(options) {
  // The declared order: a later annotator may read what earlier ones added, never the reverse.
  annotators_.push_back(make_reading_annotator());
  annotators_.push_back(make_structure_annotator());
  annotators_.push_back(make_entity_annotator());
  annotators_.push_back(make_grouping_annotator());
  annotators_.push_back(make_time_annotator(options_));
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

Result Pipeline::run(std::string_view bytes, std::string_view name) const {
  Result result;
  if (!ok()) {
    result.error = "pipeline not built: " + error_;
    return result;
  }
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) {
    result.error = "input over 4 GiB: offsets would not fit";
    return result;
  }
  DecodedText decoded = decode_text(bytes, options_.max_input_bytes);
  if (!decoded.ok()) {
    result.error = std::move(decoded.error);
    return result;
  }
  Document& doc = result.document;
  doc.name = std::string(name);
  doc.text = std::move(decoded.text);
  doc.warnings = std::move(decoded.warnings);
  for (const auto& annotator : annotators_) annotator->annotate(doc);
  std::stable_sort(doc.annotations.begin(), doc.annotations.end(), annotation_less);
  return result;
}

}  // namespace ledeline
