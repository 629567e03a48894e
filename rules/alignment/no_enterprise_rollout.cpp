#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

// How many rollouts to a region or team make a plan of waves: one alone
// reaches one part of the organisation, two or more take it in turns.
constexpr std::size_t kWaves = 2;

bool partial(Scope scope) { return scope == Scope::Region || scope == Scope::Team; }

class NoEnterpriseRollout final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "alignment/no-enterprise-rollout",
        .severity = Severity::Info,
        .summary = "The plan's rollouts reach the whole enterprise: in one rollout, or in waves that together reach "
                   "every customer-facing department.",
        .rationale =
            "A plan that stops at a pilot or at one department leaves the rest of the company on the old "
            "tools, so customer data splits again and customers meet two ways of working. \"Why Many CRM "
            "Projects Fail\" insists that CRM be implemented across the entire enterprise, and \"CRM "
            "Strategy Best Practices\" wants a plan that starts small and grows from there, so the "
            "enterprise may be reached in one rollout or in waves. The rule is satisfied by a milestone "
            "with `type: rollout` and `scope: enterprise`, or by rollouts that between them list every "
            "customer-facing department (every department, when none is marked `customer_facing`) in "
            "their `departments`: a rollout with `scope: department` (or no scope) reaches the departments "
            "it lists, and rollouts with `scope: region` or `scope: team` reach theirs when the plan has "
            "two or more of them, taken as waves that go region by region or team by team (the format "
            "does not list regions, so whether the waves reach every region is the plan's to say); a "
            "single one reaches one part of the organisation only. Dropped rollouts count for nothing. "
            "Otherwise the rule reports the strategy at the `milestones` key, naming the departments no "
            "rollout reaches (each, when it has a line of its own, a related location). A strategy without "
            "milestones is not reported, nor is a plan that says it is one phase of a larger programme "
            "(`strategy.phase`) and what the later phases roll out (`strategy.later_phases`).",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    scope: region\n"
                      "  - id: rollout-sales\n"
                      "    title: Roll out shared account plans to the sales department\n"
                      "    type: rollout\n"
                      "    scope: department\n"
                      "    departments: [sales]\n"
                      "# marketing, service and support (default customer-facing departments) are never reached\n",
        .goodExample = "milestones:\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    scope: region\n"
                       "  - id: wave-1\n"
                       "    title: Wave 1 - the North and West regions go live\n"
                       "    type: rollout\n"
                       "    scope: region\n"
                       "    departments: [sales, marketing, service, support]\n"
                       "  - id: wave-2\n"
                       "    title: Wave 2 - the South and East regions go live\n"
                       "    type: rollout\n"
                       "    scope: region\n"
                       "    departments: [sales, marketing, service, support]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (s.milestones.empty()) return;
    // A phase that says what the later phases roll out is judged as a part
    // of the whole programme, which is where the enterprise rollout sits.
    if (s.phased() && s.strategy.laterPhases.has()) return;
    Reach r;
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Rollout)) continue;
      if (m.dropped()) {
        r.anyDropped = true;
        continue;
      }
      if (m.scope.has() && *m.scope == Scope::Enterprise) return;
      r.rollouts.push_back(&m);
      if (m.scope.has() && partial(*m.scope)) r.parts.push_back(&m);
      if (m.scope.has() && (!r.widest || *r.widest < *m.scope)) r.widest = *m.scope;
    }

    // The departments the rollouts reach between them.
    const bool waves = r.parts.size() >= kWaves;
    std::unordered_set<std::string_view> reached;
    for (const Milestone* m : r.rollouts) {
      if (!m->departments.has() || m->departments->empty()) continue;
      r.anyListed = true;
      if (m->scope.has() && partial(*m->scope) && !waves) continue;
      for (const Ref& ref : *m->departments) reached.insert(ref.id);
    }
    // The departments the plan must reach: those facing customers, or every
    // one when none is marked so.
    for (const Department& d : s.departments) r.anyFacing |= d.isCustomerFacing();
    for (const Department& d : s.departments) {
      if (!d.id.has() || (r.anyFacing && !d.isCustomerFacing()) || reached.contains(*d.id)) continue;
      r.defaults |= d.node == kNoNode;
      r.missingIds.push_back(*d.id);
      r.missing.push_back({.at = d.node == kNoNode ? kNoNode : d.anchor(),
                           .name = fmt::format("'{}'", *d.id),
                           .note = fmt::format("no rollout reaches {}", d.label("department"))});
    }
    // Without a department to reach, only an enterprise rollout shows the plan reaches everyone.
    const bool anyTarget = std::any_of(s.departments.begin(), s.departments.end(),
                                       [](const Department& d) { return d.id.has(); });
    if (!r.rollouts.empty() && anyTarget && r.missing.empty()) return;
    report(s, ctx, r);
  }

 private:
  // What the plan's rollouts reach, and what they miss.
  struct Reach {
    std::vector<const Milestone*> rollouts;  // the rollouts still in the plan
    std::vector<const Milestone*> parts;     // those of them to one region or team
    std::optional<Scope> widest;             // the widest scope any of them gives
    bool anyDropped = false;
    bool anyListed = false;  // some rollout lists its departments
    bool anyFacing = false;  // some department is marked customer-facing
    bool defaults = false;   // the missing departments are the defaults: no 'departments' section
    std::vector<group::Member> missing;  // the departments no rollout reaches
    std::vector<std::string_view> missingIds;
  };

  static void report(const Strategy& s, RuleContext& ctx, const Reach& r) {
    const auto& [rollouts, parts, widest, anyDropped, anyListed, anyFacing, defaults, missing, missingIds] = r;
    std::string found = anyDropped ? "its only rollout milestones are dropped" : "there is no rollout milestone at all";
    if (!rollouts.empty()) {
      found = widest ? fmt::format("the widest rollout reaches only scope '{}'", nameOf(*widest))
                     : std::string("no rollout milestone says its scope");
      if (!missing.empty()) {
        found += fmt::format(", and no rollout reaches the {}department{} {}", anyFacing ? "customer-facing " : "",
                             missing.size() == 1 ? "" : "s", group::names(missing));
      }
      std::vector<std::string> notes;
      if (defaults) notes.emplace_back("default departments: the file has no 'departments' section");
      if (!anyListed) {
        notes.emplace_back("no rollout lists its 'departments'");
      } else if (parts.size() == 1 && parts.front()->departments.has() && !parts.front()->departments->empty()) {
        const Milestone& part = *parts.front();
        notes.push_back(fmt::format("{} is the only rollout to a region or team: it reaches its departments in one "
                                    "{} only",
                                    part.label("milestone"), *part.scope == Scope::Region ? "region" : "team"));
      }
      if (!notes.empty()) found += fmt::format(" ({})", fmt::join(notes, "; "));
    }
    const bool phase = s.phased();
    std::string help;
    if (phase) {
      help = "add 'later_phases:' under 'strategy' saying what the later phases roll out and to whom, or add the "
             "enterprise rollout to this plan";
    } else if (rollouts.empty()) {
      help = "add a milestone with 'type: rollout' and 'scope: enterprise' after the pilots, or rollouts in waves "
             "whose 'departments' together list every customer-facing department, so every team ends up working "
             "the same way; if this plan is the first phase of a larger programme, say so with 'phase: 1' and "
             "'later_phases:' under 'strategy'";
    } else {
      help = fmt::format("add a milestone with 'type: rollout' and 'scope: enterprise' after the pilots, or list {} "
                         "in the 'departments' of rollouts with 'scope: department', or of two or more waves by "
                         "region or team, so every team ends up working the same way; if this plan is the first "
                         "phase of a larger programme, say so with 'phase: 1' and 'later_phases:' under 'strategy'",
                         fmt::join(missingIds, ", "));
    }
    std::vector<RelatedSpan> related;
    for (const group::Member& m : missing) {
      if (!rollouts.empty() && m.at != kNoNode) related.push_back({.span = ctx.doc().node(m.at).span, .message = m.note});
    }
    ctx.report({.at = s.milestones.key,
                .message = fmt::format("the plan never rolls CRM out to the whole enterprise: {}{}", found,
                                       phase ? ", and the strategy is a phase but does not say what the later "
                                               "phases roll out"
                                             : ""),
                .help = std::move(help),
                .related = std::move(related)});
  }
};

CRMLINT_REGISTER_RULE(NoEnterpriseRollout);

}  // namespace
}  // namespace crmlint
