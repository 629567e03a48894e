#pragma once
// The subcommands other than linting.
#include <optional>
#include <ostream>
#include <string>

#include "config.h"

namespace crmlint {

// `crmlint rules`: every rule with its category, severity and whether it runs.
void printRules(std::ostream& out, const Registry& registry, const Config& config, bool json);

// `crmlint explain RULE`: false when no rule has that id.
bool explainRule(std::ostream& out, const Registry& registry, const std::string& id);
// `crmlint explain CATEGORY`: what the category checks and its rules; false when no rule has that category.
bool explainCategory(std::ostream& out, const Registry& registry, const std::string& category);

// `crmlint init [FILE]`: the starter strategy to `out` when `file` is empty
// or "-", else into `file`, which must not exist unless `force`. On failure,
// what went wrong, for a message.
std::optional<std::string> initStrategy(std::ostream& out, const std::string& file, bool force);

}  // namespace crmlint
