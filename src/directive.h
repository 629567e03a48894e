#pragma once
// Suppression comments as read from a file's text (src/suppression.cpp reads
// them), and what applying them found: what the directives-phase rules see.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "position.h"

namespace crmlint {

enum class DirectiveKind { DisableNextLine, DisableLine, Disable, Enable, DisableFile };

std::string_view nameOf(DirectiveKind kind);  // "crmlint-disable-next-line", ...

// One entry of a directive's rule list, as written: a rule id or a category.
struct DirectiveTarget {
  std::string name;
  Span span;
};

struct Directive {
  DirectiveKind kind = DirectiveKind::Disable;
  Span span;                             // the directive word and its rule list
  std::vector<DirectiveTarget> targets;  // empty: every rule
  std::string reason;                    // the text after ` -- `
};

// A rule-list entry that names no rule or category.
struct UnknownTarget {
  std::size_t directive;  // index in the directives
  std::size_t target;     // index in its targets
};

// A directive, or one entry of its rule list, that suppressed nothing.
struct UnusedClaim {
  std::size_t directive;
  std::optional<std::size_t> target;  // absent for a directive without a list
  bool rulesOff = false;              // every rule it names is switched off
};

struct SuppressionOutcome {
  std::vector<UnknownTarget> unknown;
  std::vector<UnusedClaim> unused;
};

}  // namespace crmlint
