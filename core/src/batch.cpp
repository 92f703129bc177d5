#include "ledeline/batch.h"

#include <nlohmann/json.hpp>

#include "ledeline/writers.h"

namespace ledeline {

std::string json_line_error(std::string_view message, uint64_t line_number) {
  nlohmann::ordered_json record = {{"error", message}, {"line", line_number}};
  return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string annotate_json_line(const Pipeline& pipeline, std::string_view line, std::string_view stream,
                               uint64_t line_number, const RunOptions& run) {
  // The JSON reader of the pipeline reads the object (text, title, date, author, url...); checked here
  // first so that a line that is not a JSON object gives an error record, not a plain-text document.
  size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] != '{' || !nlohmann::json::accept(line))
    return json_line_error("not a JSON object", line_number);
  Result r = pipeline.run(line, std::string(stream) + ":" + std::to_string(line_number), run);
  if (!r.ok()) return json_line_error(r.error, line_number);
  if (r.document.text.empty()) return json_line_error("no article text (text, body or content)", line_number);
  return write_json(r.document);
}

}  // namespace ledeline
