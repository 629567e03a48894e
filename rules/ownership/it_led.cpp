#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class ItLed final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/it-led",
        .severity = Severity::Warning,
        .summary = "The strategy and its goals are owned by business leaders, not by IT.",
        .rationale =
            "When IT leads a CRM programme, the users who must champion it are spectators, and the work "
            "drifts toward installing software instead of changing how customers are served. The best-practice "
            "article on CRM strategy asks that the strategy and its plan be led by the business and supported "
            "by IT, and reads an IT-led project as a sign that there is no strategy; the articles on why CRM "
            "strategies fail warn against putting the technology and the vendor first. The rule reports "
            "`strategy.owner`, and each goal's `owner`, when that stakeholder's department has `function: it` "
            "(without a `departments` section, the default department `it` is the IT one). It points at the "
            "owner value.",
        .badExample = "strategy:\n"
                      "  name: Acme CRM\n"
                      "  owner: ivan\n"
                      "stakeholders:\n"
                      "  - id: ivan\n"
                      "    name: Ivan Petrov\n"
                      "    department: it\n",
        .goodExample = "strategy:\n"
                       "  name: Acme CRM\n"
                       "  owner: dana\n"
                       "stakeholders:\n"
                       "  - id: dana\n"
                       "    name: Dana Ruiz\n"
                       "    department: service\n"
                       "  - id: ivan\n"
                       "    name: Ivan Petrov\n"
                       "    department: it\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (const Department* d = itDepartmentOf(s, s.strategy.owner)) {
      ctx.report({.at = s.strategy.owner.node,
                  .message = fmt::format("the strategy is led by stakeholder '{}', who sits in the IT department "
                                         "'{}': CRM led from IT tends to become a software project",
                                         s.strategy.owner->id, *d->id),
                  .help = fmt::format("make a business leader (sales, service, support, marketing or operations) "
                                      "the strategy owner, and keep '{}' involved as the IT lead who supports it",
                                      s.strategy.owner->id)});
    }
    for (const Goal& g : s.goals) {
      if (const Department* d = itDepartmentOf(s, g.owner)) {
        ctx.report({.at = g.owner.node,
                    .message = fmt::format("{} is owned by stakeholder '{}' from the IT department '{}': the "
                                           "business people who must deliver it do not lead it",
                                           g.label("goal"), g.owner->id, *d->id),
                    .help = fmt::format("give the goal to the business leader whose team must reach the target, "
                                        "and have '{}' support it from IT",
                                        g.owner->id)});
      }
    }
  }

 private:
  // The IT department the owner belongs to, if any.
  static const Department* itDepartmentOf(const Strategy& s, const Field<Ref>& owner) {
    if (!owner.has()) return nullptr;
    const Stakeholder* person = s.stakeholders.find(owner->id);
    if (!person || !person->department.has()) return nullptr;
    const Department* d = s.departments.find(person->department->id);
    return d && d->isIt() ? d : nullptr;
  }
};

CRMLINT_REGISTER_RULE(ItLed);

}  // namespace
}  // namespace crmlint
