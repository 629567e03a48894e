#include "rule.h"

namespace crmlint {
namespace {

class Unused final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "suppression/unused",
        .severity = Severity::Info,
        .summary = "A crmlint-disable comment must suppress something.",
        .rationale =
            "A suppression comment records a decision: this finding is known and accepted here. Once the "
            "strategy changes so that the finding is gone, the comment stays behind and silently swallows the "
            "next, unrelated finding of the same rule on that line, which nobody has reviewed. Reporting "
            "directives that suppress nothing keeps every suppression tied to a real, current finding; ESLint "
            "and ruff do the same for their own suppression comments. Each entry of a directive's rule list is "
            "checked on its own, so 'crmlint-disable-next-line smart/measurable,smart/time-bound' points at the "
            "entry that is no longer needed. A crmlint-enable that ends no open crmlint-disable is reported "
            "too. The linter performs this check after every other rule has run (src/suppression.cpp), and a "
            "comment cannot silence it: switch it off in .crmlint.yaml instead.",
        .badExample =
            "goals:\n"
            "  # crmlint-disable-next-line smart/time-bound -- the date is agreed in Q2\n"
            "  - id: reduce-churn\n"
            "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
            "    due: 2027-12-31\n",
        .goodExample =
            "goals:\n"
            "  - id: reduce-churn\n"
            "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
            "    due: 2027-12-31\n",
    };
    return meta;
  }
  // The linter reports this rule (src/suppression.cpp): it needs the
  // findings of every other rule, which a rule's check never sees.
  void check(const Strategy&, RuleContext&) const override {}
};

CRMLINT_REGISTER_RULE(Unused);

}  // namespace
}  // namespace crmlint
