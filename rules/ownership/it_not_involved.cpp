#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class ItNotInvolved final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "ownership/it-not-involved",
        .severity = Severity::Info,
        .summary = "IT takes part in the strategy: as a stakeholder, or in a milestone.",
        .rationale =
            "Business-led does not mean IT-free: a plan that IT has never seen meets its data, "
            "integration and support limits at rollout, when they are most expensive to fix. \"Why Many "
            "CRM Projects Fail\" asks executives to make sure the IT department accepts and understands "
            "the plan before implementing it, and \"CRM Strategy Best Practices\" has IT staff "
            "supporting a business-led plan. The rule reports a strategy where no stakeholder belongs to "
            "a department with `function: it` and no milestone lists such a department in its "
            "`departments` (without a `departments` section, the default department `it` is the IT one). "
            "It points at the `stakeholders` key, or at the `strategy` key when there is no stakeholders "
            "section.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "stakeholders:\n"
                      "  - id: dana\n"
                      "    name: Dana Ruiz\n"
                      "    department: service\n"
                      "milestones:\n"
                      "  - id: select-vendor\n"
                      "    title: Choose the platform that fits the requirements\n"
                      "    type: vendor-selection\n"
                      "    departments: [service]\n",
        .goodExample = "stakeholders:\n"
                       "  - id: dana\n"
                       "    name: Dana Ruiz\n"
                       "    department: service\n"
                       "  - id: ivan\n"
                       "    name: Ivan Petrov\n"
                       "    role: IT Applications Lead\n"
                       "    department: it\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    auto isIt = [&](const Ref& ref) {
      const Department* d = s.departments.find(ref.id);
      return d && d->isIt();
    };
    bool hasItDepartment = false;
    for (const Department& d : s.departments) hasItDepartment |= d.isIt();
    if (hasItDepartment) {
      for (const Stakeholder& p : s.stakeholders) {
        if (p.department.has() && isIt(*p.department)) return;
      }
      for (const Milestone& m : s.milestones) {
        if (!m.departments.has()) continue;
        for (const Ref& ref : *m.departments) {
          if (isIt(ref)) return;
        }
      }
    }
    const NodeId at = s.stakeholders.declared ? s.stakeholders.key : s.anchor();
    if (!hasItDepartment) {
      ctx.report({.at = at,
                  .message = "no department has 'function: it', so IT has no part in the strategy: the people "
                             "who must run the systems have not accepted the plan",
                  .help = "add the IT department to 'departments' with 'function: it', and name an IT "
                          "stakeholder or involve IT in the requirements, data or integration milestones"});
      return;
    }
    ctx.report({.at = at,
                .message = "no stakeholder is from IT and no milestone involves IT: the people who must run the "
                           "systems have not accepted the plan",
                .help = "add an IT stakeholder (e.g. the applications lead) with their 'wiifm', or list the IT "
                        "department in the requirements, data or integration milestones"});
  }
};

CRMLINT_REGISTER_RULE(ItNotInvolved);

}  // namespace
}  // namespace crmlint
