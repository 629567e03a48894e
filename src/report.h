#pragma once
// What a lint run produced, as the reporters see it: files and their
// diagnostics, never the model.
#include <string>
#include <vector>

#include "diagnostic.h"

namespace crmlint {

struct FileReport {
  std::string path;
  std::string source;  // the text as read, without a byte-order mark
  std::vector<Diagnostic> diagnostics;  // in report order
  bool skipped = false;                 // not a strategy, found by walking a directory
};

struct Summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t files = 0;
};

// Counts the files that were linted (not skipped) and their diagnostics.
Summary summarize(const std::vector<FileReport>& files);

}  // namespace crmlint
