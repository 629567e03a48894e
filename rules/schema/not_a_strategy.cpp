#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class NotAStrategy final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/not-a-strategy",
        .severity = Severity::Error,
        .summary = "A file named on the command line must be a strategy: a mapping with a 'strategy' key.",
        .rationale =
            "A file passed by name that is empty, a list, or some other YAML is most likely the wrong path. "
            "Files found by walking a directory are skipped instead, so a repository can keep other YAML "
            "(CI configs, data) next to its strategies.",
        .badExample = "- name: Acme loyalty\n  vision: One customer record\n",
        .goodExample = "strategy:\n  name: Acme loyalty\n  vision: One customer record\n",
        .phase = RulePhase::Tree,
    };
    return meta;
  }
  // In the tree phase, before any model: a file that is not a strategy has
  // nothing for the model's rules to read (the linter then stops; a file
  // found by walking a directory it skips before this runs).
  void checkTree(TreeContext& ctx) const override {
    const Document& doc = ctx.doc();
    if (!doc.hasRoot()) return notAStrategy(ctx, "the file is empty; a strategy file needs a 'strategy' section");
    if (!doc.isMapping(doc.root())) {
      return notAStrategy(ctx, fmt::format("the file's top level is a {}, not a mapping with a 'strategy' key",
                                           doc.isSequence(doc.root()) ? "list" : "single value"));
    }
    if (!isStrategyDocument(doc)) notAStrategy(ctx, "the file has no top-level 'strategy' key");
  }

 private:
  static void notAStrategy(TreeContext& ctx, std::string message) {
    ctx.reportAt({1, 1}, std::move(message),
                 "a strategy file is a mapping whose first key is 'strategy:'; see 'crmlint init' for a starting "
                 "point");
  }
};

CRMLINT_REGISTER_RULE(NotAStrategy);

}  // namespace
}  // namespace crmlint
