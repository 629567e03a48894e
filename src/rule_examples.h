#pragma once
// Runs a rule's own examples: its bad example must fire it and its good
// example must not, so `crmlint explain` never shows an example the check
// contradicts. The catalogue test runs it on every built-in rule and
// `crmlint pack test` on every rule of a pack.
#include <string>
#include <vector>

#include "config.h"
#include "diagnostic.h"

namespace crmlint {

struct ExampleCheck {
  std::vector<Diagnostic> bad;   // the rule's findings on its bad example
  std::vector<Diagnostic> good;  // ... and on its good example
  std::string error;             // set when an example cannot be linted (a bad --today line)
  bool passed() const { return error.empty() && !bad.empty() && good.empty(); }
};

// Lints an example as `crmlint explain` shows it: a fragment of sections gets
// a `strategy` section to sit in, and a `# crmlint --today DATE` line sets the day.
std::vector<Diagnostic> lintExample(const std::string& example, const Config& config, const Registry& registry,
                                    std::string* error = nullptr);

// Both examples of `meta`, linted under `config`; only `meta`'s findings are kept.
ExampleCheck checkExamples(const RuleMeta& meta, const Config& config, const Registry& registry);

}  // namespace crmlint
