#include "rule.h"

namespace crmlint {
namespace {

class MultipleDocuments final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/multiple-documents",
        .severity = Severity::Error,
        .summary = "A strategy file holds one YAML document: one strategy, no '---' after it.",
        .rationale =
            "A second document after a '---' line is valid YAML, but crmlint, editors and the people who "
            "read the file take the first one as the strategy: a second plan in the same file is never "
            "checked. The first document is linted; the second is reported where it starts.",
        .badExample = "strategy:\n  name: Acme loyalty\n---\nstrategy:\n  name: Acme service\n",
        .goodExample = "strategy:\n  name: Acme loyalty\n",
        .phase = RulePhase::Tree,
    };
    return meta;
  }
  // The parser finds the second document; only the first is in the tree.
  void checkTree(TreeContext& ctx) const override {
    if (!ctx.secondDocument()) return;
    ctx.reportAt(*ctx.secondDocument(),
                 "a second YAML document starts here; crmlint checked only the first, and a strategy file holds one",
                 "move the second strategy into a file of its own, or delete the '---' line if it is one strategy");
  }
};

CRMLINT_REGISTER_RULE(MultipleDocuments);

}  // namespace
}  // namespace crmlint
