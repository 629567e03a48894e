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
    };
    return meta;
  }
  // The parser finds the second document; src/linter.cpp reports it.
  void check(const Strategy&, RuleContext&) const override {}
};

CRMLINT_REGISTER_RULE(MultipleDocuments);

}  // namespace
}  // namespace crmlint
