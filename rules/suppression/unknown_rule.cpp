#include <fmt/format.h>

#include "rule.h"
#include "suggest.h"

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
        .phase = RulePhase::Directives,
    };
    return meta;
  }
  // In the directives phase: suppression comments are in the raw text, which
  // the model does not hold.
  void checkDirectives(DirectivesContext& ctx) const override {
    if (ctx.outcome().unknown.empty()) return;
    const std::vector<std::string> names = ctx.ruleNames();
    for (const UnknownTarget& unknown : ctx.outcome().unknown) {
      const Directive& directive = ctx.directives()[unknown.directive];
      const DirectiveTarget& target = directive.targets[unknown.target];
      ctx.reportAt(target.span,
                   fmt::format("{} names '{}', which is not a crmlint rule or category{}", nameOf(directive.kind),
                               target.name, didYouMean(closestMatch(target.name, names))),
                   "fix the name: 'crmlint rules' lists every rule id and category; until then this entry "
                   "suppresses nothing");
    }
  }
};

CRMLINT_REGISTER_RULE(UnknownRule);

}  // namespace
}  // namespace crmlint
