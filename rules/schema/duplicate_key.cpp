#include <fmt/format.h>

#include <unordered_map>

#include "rule.h"

namespace crmlint {
namespace {

class DuplicateKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/duplicate-key",
        .severity = Severity::Error,
        .summary = "A key must appear at most once in a mapping.",
        .rationale =
            "YAML loaders silently keep one of two equal keys, so a goal with two 'target:' lines means "
            "different things to different tools and to the people who read it. A strategy must say one "
            "thing.",
        .badExample = "metric:\n  name: annual logo churn\n  target: 9\n  target: 7\n",
        .goodExample = "metric:\n  name: annual logo churn\n  target: 9\n",
    };
    return meta;
  }

  void check(const Strategy&, RuleContext& ctx) const override {
    const Document& doc = ctx.doc();
    std::unordered_map<std::string_view, NodeId> seen;
    for (NodeId id = 0; id < doc.nodeCount(); ++id) {
      if (!doc.isMapping(id)) continue;
      seen.clear();
      for (const Entry& e : doc.entries(id)) {
        if (!doc.isScalar(e.key)) continue;
        const auto [first, inserted] = seen.emplace(doc.keyText(e.key), e.key);
        if (inserted) continue;
        const std::string where = doc.path(id);
        ctx.report({.at = e.key,
                    .message = fmt::format("key '{}' appears twice in {} (first on line {})", doc.keyText(e.key),
                                           where.empty() ? "the top level" : "'" + where + "'",
                                           doc.node(first->second).span.begin.line),
                    .help = "keep one of the two and delete the other",
                    .related = {{.span = doc.node(first->second).span,
                                 .message = fmt::format("the first '{}'", doc.keyText(e.key))}}});
      }
    }
  }
};

CRMLINT_REGISTER_RULE(DuplicateKey);

}  // namespace
}  // namespace crmlint
