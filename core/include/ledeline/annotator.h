// One step of the pipeline. Annotators are built once (patterns compiled, lists loaded) and are const
// afterwards, so one pipeline can annotate many documents, from several threads.
#pragma once

#include <string>
#include <string_view>

#include "ledeline/document.h"

namespace ledeline {

class Annotator {
 public:
  virtual ~Annotator() = default;
  virtual std::string_view name() const = 0;
  // Adds annotations (or structure, or metadata) to the document. May read what earlier steps added.
  virtual void annotate(Document& doc) const = 0;

  // False when the annotator could not be built (a pattern that does not compile, a bad list).
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

 protected:
  void fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }

 private:
  std::string error_;
};

}  // namespace ledeline
