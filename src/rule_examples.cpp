#include "rule_examples.h"

#include <algorithm>

#include "linter.h"
#include "scalar.h"

namespace crmlint {

std::vector<Diagnostic> lintExample(const std::string& example, const Config& config, const Registry& registry,
                                    std::string* error) {
  LintOptions options;
  const std::string todayFlag = "# crmlint --today ";
  if (const auto at = example.find(todayFlag); at != std::string::npos) {
    options.today = parseDate(example.substr(at + todayFlag.size(), 10));
    if (!options.today && error) *error = "its '# crmlint --today' line does not give a date YYYY-MM-DD";
  }
  // A fragment of sections gets a strategy to sit in; an example of a file
  // that is not a strategy at all (a list, a second document) is linted as it is.
  const bool fragment = example.find("strategy:") == std::string::npos && !example.starts_with("- ");
  const std::string text = fragment ? "strategy:\n  name: Example\n" + example : example;
  return lintText("example.yaml", text, config, options, registry).diagnostics;
}

ExampleCheck checkExamples(const RuleMeta& meta, const Config& config, const Registry& registry) {
  ExampleCheck check;
  auto own = [&](std::vector<Diagnostic> all) {
    std::erase_if(all, [&](const Diagnostic& d) { return d.rule != meta.id; });
    return all;
  };
  check.bad = own(lintExample(meta.badExample, config, registry, &check.error));
  check.good = own(lintExample(meta.goodExample, config, registry, &check.error));
  return check;
}

}  // namespace crmlint
