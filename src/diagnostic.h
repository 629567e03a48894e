#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "position.h"

namespace crmlint {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

std::string_view nameOf(Severity severity);  // "info", "warning", "error"
std::optional<Severity> severityFrom(std::string_view name);

// Replaces the text of `span` with `newText`. `oldText` is what the span
// held when the rule saw it: an edit is applied only where the text still
// says exactly that, so a stale or misplaced edit is dropped, never applied.
struct TextEdit {
  Span span;
  std::string oldText;
  std::string newText;
};

// A change that resolves a finding. `crmlint --fix` applies only certain
// fixes: edits that cannot change what the author meant, such as a key one
// edit away from exactly one known key. Editors offer every fix.
struct Fix {
  std::string title;  // "rename 'titel' to 'title'"
  std::vector<TextEdit> edits;
  bool certain = false;
};

// Another place a finding is about, such as the first of two equal ids.
struct RelatedSpan {
  Span span;
  std::string message;
};

struct Diagnostic {
  std::string file;
  Span span;
  Severity severity = Severity::Warning;
  std::string rule;
  std::string message;
  std::string help;
  // Where in the strategy, by ids: goals[reduce-churn].metric.target.
  std::string path;
  std::vector<Fix> fixes = {};
  std::vector<RelatedSpan> related = {};
};

// File, line, column, then rule: the order every report uses.
bool reportOrder(const Diagnostic& a, const Diagnostic& b);

}  // namespace crmlint
