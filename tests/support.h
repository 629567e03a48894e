#pragma once
// Helpers shared by the test files.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "config.h"
#include "linter.h"

namespace crmlint::test {

// Lints YAML text under the recommended config (or `config`).
std::vector<Diagnostic> lint(std::string_view yaml, const LintOptions& options = {});
std::vector<Diagnostic> lintWith(std::string_view yaml, const Config& config, const LintOptions& options = {});

// The recommended config, to adjust in a test: config.rules["id"].options["name"] = ...
Config recommended();

// A rule of the built-in registry, for a test's own Registry: it forwards
// to the registered rule, which stays owned by Registry::instance().
std::unique_ptr<Rule> builtInRule(std::string_view id);

// The diagnostics of one rule.
std::vector<Diagnostic> ofRule(const std::vector<Diagnostic>& diagnostics, std::string_view rule);

// True when any rule of `category` (such as "wiifm") reported something.
bool inCategory(const std::vector<Diagnostic>& diagnostics, std::string_view category);

// True when `rule` reported at line:column.
bool fires(const std::vector<Diagnostic>& diagnostics, std::string_view rule, std::uint32_t line,
           std::uint32_t column);

// Checks that `rule` reported exactly at these line:column places, in order,
// and nowhere else; on failure it prints what is missing and what is extra.
struct At {
  std::uint32_t line;
  std::uint32_t column;
};
void expectExactly(const std::vector<Diagnostic>& diagnostics, std::string_view rule, std::vector<At> expected);

// One line per diagnostic, for failure messages: INFO(describe(d)).
std::string describe(const std::vector<Diagnostic>& diagnostics);

// A file of the source tree, such as "examples/acme-loyalty.yaml".
std::string readProjectFile(std::string_view relative);

}  // namespace crmlint::test
