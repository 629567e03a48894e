#include <fmt/format.h>

#include <string_view>
#include <unordered_set>

#include "rule.h"

namespace crmlint {
namespace {

class MissingUnit final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "alignment/missing-unit",
        .severity = Severity::Warning,
        .summary = "Every customer-facing department takes part in at least one goal or milestone.",
        .rationale =
            "A customer-facing team left out of the plan keeps its own tools and its own story, so the "
            "customer hears one thing from sales and another from support, and the single customer view never "
            "forms. The article on CRM as a customer-centric philosophy says CRM is sales, marketing, service "
            "and support working together so the customer gets one unified message, and the article on why "
            "CRM projects fail asks that CRM reach across the entire enterprise. The rule reports each "
            "department with `customer_facing: true` that appears in no goal's and no milestone's "
            "`departments`. Without a `departments` section the defaults apply (sales, marketing, service and "
            "support face customers); such a default department has no line of its own, so the finding points "
            "at the `goals` key (or the `strategy` key) and says it is a default department.",
        .sources = {Source::NotSoftware, Source::ProjectsFail},
        .badExample = "goals:\n"
                      "  - id: reduce-churn\n"
                      "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                      "    departments: [sales]\n"
                      "# marketing, service and support (default customer-facing departments) are in no goal\n",
        .goodExample = "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    departments: [sales, service, support]\n"
                       "  - id: cross-sell\n"
                       "    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028\n"
                       "    departments: [sales, marketing]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::unordered_set<std::string_view> involved;
    auto collect = [&](const Field<Refs>& departments) {
      if (!departments.has()) return;
      for (const Ref& ref : *departments) involved.insert(ref.id);
    };
    for (const Goal& g : s.goals) collect(g.departments);
    for (const Milestone& m : s.milestones) collect(m.departments);

    for (const Department& d : s.departments) {
      if (!d.isCustomerFacing() || !d.id.has() || involved.contains(*d.id)) continue;
      const bool isDefault = d.node == kNoNode;
      NodeId at = d.anchor();
      if (isDefault) at = s.goals.declared ? s.goals.key : s.anchor();
      const std::string name = isDefault ? fmt::format("department '{}' (a default department: the file has no "
                                                       "'departments' section)",
                                                       *d.id)
                                         : d.label("department");
      ctx.report({.at = at,
                  .message = fmt::format("{} faces customers but takes part in no goal or milestone, so "
                                         "customers will not get one consistent message from every team",
                                         name),
                  .help = fmt::format("add '{}' to the 'departments' of the goals and milestones it must help "
                                      "deliver{}",
                                      *d.id,
                                      isDefault ? ", or declare a 'departments' section that lists only the "
                                                  "departments your company has"
                                                : ""),
                  .path = isDefault ? fmt::format("departments[{}]", *d.id) : std::string()});
    }
  }
};

CRMLINT_REGISTER_RULE(MissingUnit);

}  // namespace
}  // namespace crmlint
