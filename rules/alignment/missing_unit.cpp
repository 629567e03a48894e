#include <fmt/format.h>

#include <string_view>
#include <unordered_set>

#include "common/group.h"
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
            "customer hears one thing from sales and another from support, and the single customer view "
            "never forms. \"CRM is not software\" defines CRM as sales, marketing, customer service and "
            "support working together so that the customer sees one clear message, and \"Why Many CRM "
            "Projects Fail\" asks that CRM be put in place across the entire enterprise. The rule "
            "reports each department with `customer_facing: true` that appears in no goal's and no "
            "milestone's `departments`. Without a `departments` section the defaults apply (sales, "
            "marketing, service and support face customers); such a default department has no line of "
            "its own, so the finding points at the `goals` key (or the `strategy` key) and says it is a "
            "default department. Several such departments are one finding, at the first, that names "
            "them, with the others as related locations: the gap is the plan's, not one team's.",
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

    std::vector<const Department*> idle;
    for (const Department& d : s.departments) {
      if (d.isCustomerFacing() && d.id.has() && !involved.contains(*d.id)) idle.push_back(&d);
    }
    if (idle.empty()) return;
    auto at = [&](const Department& d) {
      if (d.node != kNoNode) return d.anchor();
      return s.goals.declared ? s.goals.key : s.anchor();
    };
    // Teams left out are one gap in the plan's reach: one finding names them.
    std::vector<group::Member> members;
    std::vector<std::string_view> ids;
    bool defaults = false;
    for (const Department* d : idle) {
      defaults |= d->node == kNoNode;
      ids.push_back(*d->id);
      members.push_back({.at = at(*d),
                         .name = fmt::format("'{}'", *d->id),
                         .note = fmt::format("{} takes part in no goal or milestone", d->label("department"))});
    }
    const Department& d = *idle.front();
    const bool isDefault = d.node == kNoNode;
    const std::string name = isDefault ? fmt::format("department '{}' (a default department: the file has no "
                                                     "'departments' section)",
                                                     *d.id)
                                       : d.label("department");
    group::report(ctx, members,
                  {.message = fmt::format("{} faces customers but takes part in no goal or milestone, so "
                                          "customers will not get one consistent message from every team",
                                          name),
                   .help = fmt::format("add '{}' to the 'departments' of the goals and milestones that "
                                       "department must help deliver{}",
                                       *d.id,
                                       isDefault ? ", or declare a 'departments' section that lists only the "
                                                   "departments your organisation has"
                                                 : ""),
                   .path = isDefault ? fmt::format("departments[{}]", *d.id) : std::string()},
                  {.message = fmt::format("{} customer-facing departments take part in no goal or milestone, so "
                                          "customers will not get one consistent message from every team: {}{}",
                                          idle.size(), group::names(members),
                                          defaults ? " (default departments: the file has no 'departments' section)"
                                                   : ""),
                   .help = fmt::format("add each of {} to the 'departments' of the goals and milestones that "
                                       "department must help deliver{}",
                                       fmt::join(ids, ", "),
                                       defaults ? ", or declare a 'departments' section that lists only the "
                                                  "departments your organisation has"
                                                : ""),
                   .path = "departments"});
  }
};

CRMLINT_REGISTER_RULE(MissingUnit);

}  // namespace
}  // namespace crmlint
