#pragma once
// The subcommands other than linting.
#include <ostream>
#include <string>

#include "config.h"
#include "pack/pack.h"

namespace crmlint {

// `crmlint rules`: every rule with its category, severity and whether it runs.
void printRules(std::ostream& out, const Registry& registry, const Config& config, bool json);

// `crmlint explain RULE`: false when no rule has that id. As Markdown, the
// rule's section of docs/rules.md.
bool explainRule(std::ostream& out, const Registry& registry, const std::string& id, bool markdown = false);
// `crmlint explain CATEGORY`: what the category checks and its rules; false when no rule has that category.
bool explainCategory(std::ostream& out, const Registry& registry, const std::string& category);

// `crmlint pack test FILE`: runs each rule's bad and good example of a loaded
// pack and says which fail; false when one does.
bool testPack(std::ostream& out, const Registry& registry, const pack::PackInfo& pack);

}  // namespace crmlint
