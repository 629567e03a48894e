#include <fmt/format.h>

#include <unordered_map>

#include "rule.h"

namespace crmlint {
namespace {

class DuplicateId final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/duplicate-id",
        .severity = Severity::Error,
        .summary = "Entries of one section must have different ids.",
        .rationale =
            "Goals, milestones, stakeholders and the rest refer to each other by id. When two goals share an "
            "id, a milestone that names it advances one of them by accident, and every ownership, WIIFM and "
            "plan check becomes ambiguous. The second entry is reported, with the line of the first.",
        .badExample = "goals:\n  - id: churn\n    title: Cut enterprise churn from 14% to 9%\n"
                      "  - id: churn\n    title: Cut SMB churn from 20% to 15%\n",
        .goodExample = "goals:\n  - id: enterprise-churn\n    title: Cut enterprise churn from 14% to 9%\n"
                       "  - id: smb-churn\n    title: Cut SMB churn from 20% to 15%\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    checkSection(ctx, s.strategy.objectives, "business objective");
    checkSection(ctx, s.departments, "department");
    checkSection(ctx, s.stakeholders, "stakeholder");
    checkSection(ctx, s.segments, "segment");
    checkSection(ctx, s.goals, "goal");
    checkSection(ctx, s.milestones, "milestone");
    checkSection(ctx, s.risks, "risk");
  }

 private:
  template <class T>
  static void checkSection(RuleContext& ctx, const Section<T>& section, std::string_view kind) {
    std::unordered_map<std::string_view, const T*> first;
    for (const T& entry : section) {
      if (!entry.id.has() || entry.id.node == kNoNode) continue;
      const auto [it, inserted] = first.emplace(*entry.id, &entry);
      // The same entry used twice through an alias is one entry written once.
      if (inserted || it->second->id.node == entry.id.node) continue;
      ctx.report({.at = entry.id.node,
                  .message = fmt::format("{} id '{}' is already used on line {}", kind, *entry.id,
                                         ctx.doc().node(it->second->id.node).span.begin.line),
                  .help = fmt::format("give each {} its own id", kind)});
    }
  }
};

CRMLINT_REGISTER_RULE(DuplicateId);

}  // namespace
}  // namespace crmlint
