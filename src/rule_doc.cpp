#include "rule_doc.h"

#include <fmt/format.h>

#include "docs_url.h"

namespace crmlint {

std::string_view docsUrl() { return kDocsUrl; }

std::string ruleAnchor(std::string_view id) {
  std::string anchor(id);
  for (char& c : anchor) {
    if (c == '/') c = '-';
  }
  return anchor;
}

std::string ruleHelpUri(std::string_view id) { return fmt::format("{}#{}", docsUrl(), ruleAnchor(id)); }

std::string ruleMarkdown(const RuleMeta& m) {
  std::string out = fmt::format("{}\n\nCategory `{}`, default severity {}, {}.\n\n### Why\n\n{}\n\n", m.summary,
                                m.category(), nameOf(m.severity),
                                m.enabledByDefault ? "enabled by default" : "runs only when selected", m.rationale);
  if (!m.badExample.empty()) out += fmt::format("### Bad\n\n```yaml\n{}```\n\n", m.badExample);
  if (!m.goodExample.empty()) out += fmt::format("### Good\n\n```yaml\n{}```\n\n", m.goodExample);
  if (!m.options.empty()) {
    out += "### Options\n\n";
    for (const OptionSpec& o : m.options) {
      out += fmt::format("- `{}` (default `{}`): {}\n", o.name, formatOptionValue(o.defaultValue), o.description);
    }
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace crmlint
