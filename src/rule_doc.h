#pragma once
// A rule's documentation as Markdown and where it is published: the text
// of docs/rules.md, `crmlint explain --format markdown`, and SARIF's help.
#include <string>
#include <string_view>

#include "rule_meta.h"

namespace crmlint {

// The page documenting every rule (CRMLINT_DOCS_URL, set when building).
std::string_view docsUrl();
// The rule's anchor on that page: smart/time-bound becomes smart-time-bound.
std::string ruleAnchor(std::string_view id);
// The rule's section of the page: docsUrl()#anchor.
std::string ruleHelpUri(std::string_view id);

// Summary, why, a bad and a good example, and the options.
std::string ruleMarkdown(const RuleMeta& meta);

}  // namespace crmlint
