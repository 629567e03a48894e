#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "position.h"

namespace crmlint {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

std::string_view nameOf(Severity severity);  // "info", "warning", "error"
std::optional<Severity> severityFrom(std::string_view name);

struct Diagnostic {
  std::string file;
  Span span;
  Severity severity = Severity::Warning;
  std::string rule;
  std::string message;
  std::string help;
  // Where in the strategy, by ids: goals[reduce-churn].metric.target.
  std::string path;
};

// File, line, column, then rule: the order every report uses.
bool reportOrder(const Diagnostic& a, const Diagnostic& b);

}  // namespace crmlint
