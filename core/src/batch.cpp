#include "ledeline/batch.h"

#include <nlohmann/json.hpp>

#include "ledeline/writers.h"

namespace ledeline {

std::string json_line_error(std::string_view message, uint64_t line_number) {
  nlohmann::ordered_json record = {{"error", message}, {"line", line_number}};
  return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string annotate_json_line(const Pipeline& pipeline, std::string_view line, std::string_view stream,
                               uint64_t line_number) {
  nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
  if (object.is_discarded()) return json_line_error("not valid JSON", line_number);
  if (!object.is_object()) return json_line_error("not a JSON object", line_number);
  auto text = object.find("text");
  if (text == object.end() || !text->is_string())
    return json_line_error("no \"text\" string in the object", line_number);
  Result r = pipeline.run(text->get_ref<const std::string&>(), std::string(stream) + ":" + std::to_string(line_number));
  if (!r.ok()) return json_line_error(r.error, line_number);
  return write_json(r.document);
}

}  // namespace ledeline
