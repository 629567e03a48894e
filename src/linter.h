#pragma once
// Lints one file's text: parse, build the model, run the enabled rules.
#include <optional>
#include <string>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "model.h"
#include "report.h"
#include "rule.h"
#include "scalar.h"
#include "yaml_tree.h"

namespace crmlint {

struct LintOptions {
  std::optional<Date> today;
  ParseLimits limits;
  // A file found by walking a directory is skipped, not reported, when it is
  // not a strategy.
  bool skipNonStrategies = false;
  // Keep the plan's milestones, departments and goals in the report's
  // overview (for a report that draws them); the counts are always kept.
  bool overviewOfPlan = true;
};

// Runs the schema and model rules on a strategy, as lintText does once the
// file is known to be one; bench/rules_bench times rules this way too.
void checkStrategy(const Document& doc, const Strategy& model, const Config& config, std::optional<Date> today,
                   const Registry& registry, const std::string& path, DiagnosticSink& sink);

FileReport lintText(std::string path, std::string text, const Config& config, const LintOptions& options,
                    const Registry& registry = Registry::instance());

}  // namespace crmlint
