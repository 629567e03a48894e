#include "rule.h"

namespace crmlint {
namespace {

class UnknownRule final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "suppression/unknown-rule",
        .severity = Severity::Warning,
        .summary = "A crmlint-disable comment must name real rules or categories.",
        .rationale =
            "A misspelt name in a suppression comment suppresses nothing, yet reads as though a finding had "
            "been reviewed and accepted. The finding it aimed at still shows, so nothing is hidden, but the "
            "comment is wrong and would stay wrong: reporting it as a warning makes the default CI gate catch "
            "the typo when it is written, and the message suggests the closest rule id or category. ESLint "
            "likewise reports a directive that names an unknown rule. The linter performs this check while it "
            "reads the comments (src/suppression.cpp); a comment cannot silence it.",
        .badExample =
            "goals:\n"
            "  # crmlint-disable-next-line smart/measureable -- metric agreed in Q2 planning\n"
            "  - id: brand-trust\n"
            "    title: Be the most trusted brand among enterprise buyers by 2028\n",
        .goodExample =
            "goals:\n"
            "  # crmlint-disable-next-line smart/measurable -- metric agreed in Q2 planning\n"
            "  - id: brand-trust\n"
            "    title: Be the most trusted brand among enterprise buyers by 2028\n",
    };
    return meta;
  }
  // The linter reports this rule (src/suppression.cpp): suppression
  // comments are in the raw text, which the model does not hold.
  void check(const Strategy&, RuleContext&) const override {}
};

CRMLINT_REGISTER_RULE(UnknownRule);

}  // namespace
}  // namespace crmlint
