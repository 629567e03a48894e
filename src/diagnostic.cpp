#include "diagnostic.h"

#include <tuple>

namespace crmlint {

std::string_view nameOf(Severity severity) {
  switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::optional<Severity> severityFrom(std::string_view name) {
  if (name == "info") return Severity::Info;
  if (name == "warning") return Severity::Warning;
  if (name == "error") return Severity::Error;
  return std::nullopt;
}

bool reportOrder(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.span.begin, a.rule, a.message) < std::tie(b.file, b.span.begin, b.rule, b.message);
}

}  // namespace crmlint
