#pragma once
// What a lint run produced, as the reporters see it: files, their
// diagnostics and a plain overview of each strategy, never the model.
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "overview.h"

namespace crmlint {

struct FileReport {
  std::string path;
  std::string source;  // the text as read, without a byte-order mark
  std::vector<Diagnostic> diagnostics;  // in report order
  // Findings a baseline records, taken out of `diagnostics`: they cost
  // nothing and fail nothing, and only the HTML report shows them (as
  // accepted). In report order.
  std::vector<Diagnostic> accepted = {};
  bool skipped = false;                 // not a strategy, found by walking a directory
  // What the strategy holds, for the health score and the HTML report; absent
  // when the file did not parse or is not a strategy.
  std::optional<StrategyOverview> overview = {};
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
