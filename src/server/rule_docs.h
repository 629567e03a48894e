#pragma once
// A rule's documentation as Markdown, for hovers and for the pages a
// diagnostic's codeDescription links to.
#include <map>
#include <string>

#include "rule.h"

namespace crmlint::server {

std::string ruleMarkdown(const RuleMeta& meta);

// Writes one Markdown page per rule under `directory` (made if missing) and
// returns each rule's file:// URI; empty when the pages cannot be written.
std::map<std::string, std::string> writeRulePages(const Registry& registry, const std::string& directory);

// Where the pages go: $XDG_CACHE_HOME/crmlint/VERSION/rules, or
// ~/.cache/crmlint/VERSION/rules; empty when neither variable is set.
std::string rulePagesDirectory();

// A file path as a file:// URI, and back (percent-encoding as RFC 3986).
std::string fileUri(const std::string& absolutePath);
std::string pathFromUri(const std::string& uri);  // empty when not a file: URI

}  // namespace crmlint::server
