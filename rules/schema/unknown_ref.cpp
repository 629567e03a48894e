#include <fmt/format.h>

#include <vector>

#include "rule.h"
#include "suggest.h"

namespace crmlint {
namespace {

class UnknownRef final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/unknown-ref",
        .severity = Severity::Error,
        .summary = "Every id reference (owner, sponsor, department(s), supports, segments, goals, after) must "
                   "name an entry that exists.",
        .rationale =
            "A goal owned by a stakeholder who is not listed, or a milestone that advances a goal that was "
            "renamed, breaks the links that the ownership, WIIFM, alignment and plan checks follow. The "
            "message suggests the closest existing id.",
        .badExample = "stakeholders:\n  - id: dana\n    name: Dana Ruiz\ngoals:\n  - id: reduce-churn\n"
                      "    title: Cut enterprise churn from 14% to 9%\n    owner: dnaa\n",
        .goodExample = "stakeholders:\n  - id: dana\n    name: Dana Ruiz\ngoals:\n  - id: reduce-churn\n"
                       "    title: Cut enterprise churn from 14% to 9%\n    owner: dana\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    one(ctx, s.strategy.owner, s.stakeholders, "stakeholder");
    one(ctx, s.strategy.sponsor, s.stakeholders, "stakeholder");
    for (const Stakeholder& p : s.stakeholders) one(ctx, p.department, s.departments, "department");
    for (const Goal& g : s.goals) {
      one(ctx, g.owner, s.stakeholders, "stakeholder");
      many(ctx, g.supports, s.strategy.objectives, "business objective");
      many(ctx, g.segments, s.segments, "segment");
      many(ctx, g.departments, s.departments, "department");
    }
    for (const Milestone& m : s.milestones) {
      one(ctx, m.owner, s.stakeholders, "stakeholder");
      many(ctx, m.goals, s.goals, "goal");
      many(ctx, m.departments, s.departments, "department");
      many(ctx, m.after, s.milestones, "milestone");
    }
    for (const Risk& r : s.risks) one(ctx, r.owner, s.stakeholders, "stakeholder");
  }

 private:
  template <class T>
  static void one(RuleContext& ctx, const Field<Ref>& field, const Section<T>& section, std::string_view kind) {
    if (field.has()) resolve(ctx, *field, section, kind);
  }

  template <class T>
  static void many(RuleContext& ctx, const Field<Refs>& field, const Section<T>& section,
                   std::string_view kind) {
    if (!field.has()) return;
    for (const Ref& ref : *field) resolve(ctx, ref, section, kind);
  }

  template <class T>
  static void resolve(RuleContext& ctx, const Ref& ref, const Section<T>& section, std::string_view kind) {
    if (ref.id.empty() || section.find(ref.id)) return;
    std::vector<std::string_view> ids;
    for (const T& entry : section) {
      if (entry.id.has()) ids.push_back(*entry.id);
    }
    const auto suggestion = closestMatch(ref.id, ids);
    std::string help;
    if (suggestion) {
      help = fmt::format("use '{}', or add a {} with id '{}'", *suggestion, kind, ref.id);
    } else if (kind == "department" && !section.declared) {
      help = fmt::format("add a 'departments' section that defines '{}' (without one, the defaults apply: sales, "
                         "marketing, service, support, it, finance, operations, executive)",
                         ref.id);
    } else {
      help = fmt::format("add a {} with id '{}', or correct the reference", kind, ref.id);
    }
    std::vector<Fix> fixes;
    if (suggestion) {
      if (auto fix = ctx.replaceScalar(ref.node, *suggestion, certainMatch(ref.id, ids) == suggestion)) {
        fix->title = fmt::format("refer to {} '{}'", kind, *suggestion);
        fixes.push_back(std::move(*fix));
      }
    }
    ctx.report({.at = ref.node,
                .message = fmt::format("no {} has the id '{}'{}", kind, ref.id, didYouMean(suggestion)),
                .help = help,
                .fixes = std::move(fixes)});
  }
};

CRMLINT_REGISTER_RULE(UnknownRef);

}  // namespace
}  // namespace crmlint
