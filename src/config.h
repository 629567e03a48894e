#pragma once
// Which rules run, at what severity and with which options.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rule.h"

namespace crmlint {

struct RuleSetting {
  bool enabled = true;
  Severity severity = Severity::Warning;
  std::map<std::string, OptionValue> options;  // only the options a config sets
};

// The rules of an always-on category (syntax, schema) run whatever the
// config or command line says: a file that breaks the format cannot be
// checked reliably. Their category says so (category.h).
bool isAlwaysOn(std::string_view ruleId);
// Whether a crmlint-disable comment can silence the rule's findings, as its
// category says; a rule of no registered category (a test's) can be.
bool isSuppressible(std::string_view ruleId);

struct Config {
  std::map<std::string, RuleSetting, std::less<>> rules;  // one per registered rule
  std::vector<std::string> exclude;                     // globs, relative to `directory`
  std::vector<std::string> packs;                       // the rule packs it names (docs/packs.md)
  std::string path;                                     // the config file; empty for built-in defaults
  std::string directory;

  // The `recommended` set: every rule at its default severity.
  static Config recommended(const Registry& registry);
  // `strict`: every rule on, and info findings count as warnings.
  static Config strict(const Registry& registry);

  // A rule of a pack that this config does not name is off.
  const RuleSetting& setting(std::string_view ruleId) const;
};

// The rule ids a --select or --ignore entry names: a rule id or a category.
// Empty when it names nothing.
std::vector<std::string> expandRuleSelector(const Registry& registry, std::string_view selector);

// The command line's --select and --ignore, resolved to rule ids. They apply
// on top of whichever config a file gets.
struct RuleSelection {
  // Rule ids or categories: a category may be a pack's, loaded with a config
  // found after the command line was read.
  std::optional<std::set<std::string>> only;  // --select: run only these (and the always-on rules)
  std::set<std::string> ignored;              // --ignore
};
void applySelection(Config& config, const RuleSelection& selection);

}  // namespace crmlint
