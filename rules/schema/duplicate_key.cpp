#include <fmt/format.h>

#include <array>
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
    // An entry has a dozen keys: comparing each with the ones before it
    // costs less than hashing them. A mapping of many keys is hashed, so a
    // generated one stays linear.
    std::array<std::string_view, kComparedKeys> earlier;
    for (NodeId id = 0; id < doc.nodeCount(); ++id) {
      if (!doc.isMapping(id)) continue;
      const Entries entries = doc.entries(id);
      const bool hashed = entries.size() > kComparedKeys;
      if (hashed) seen.clear();  // clearing costs its buckets, even when empty
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const NodeId key = entries[i].key;
        if (!doc.isScalar(key)) {
          if (!hashed) earlier[i] = {};  // a complex key is never a duplicate; isScalar below tells it from ""
          continue;
        }
        const std::string_view text = doc.keyText(key);
        NodeId first = kNoNode;
        if (hashed) {
          const auto [at, inserted] = seen.emplace(text, key);
          if (!inserted) first = at->second;
        } else {
          for (std::size_t j = 0; j < i && first == kNoNode; ++j) {
            if (earlier[j] == text && doc.isScalar(entries[j].key)) first = entries[j].key;
          }
          earlier[i] = text;
        }
        if (first != kNoNode) report(ctx, id, key, first);
      }
    }
  }

 private:
  static constexpr std::size_t kComparedKeys = 32;

  static void report(RuleContext& ctx, NodeId mapping, NodeId key, NodeId first) {
    const Document& doc = ctx.doc();
    const std::string where = doc.path(mapping);
    ctx.report({.at = key,
                .message = fmt::format("key '{}' appears twice in {} (first on line {})", doc.keyText(key),
                                       where.empty() ? "the top level" : "'" + where + "'",
                                       doc.node(first).span.begin.line),
                .help = "keep one of the two and delete the other",
                .related = {{.span = doc.node(first).span, .message = fmt::format("the first '{}'", doc.keyText(key))}}});
  }
};

CRMLINT_REGISTER_RULE(DuplicateKey);

}  // namespace
}  // namespace crmlint
