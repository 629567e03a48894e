#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

// How many of the other running rollouts a message names before "and N more".
constexpr std::size_t kNamedOverlaps = 3;

std::string_view reachOf(Scope scope) {
  switch (scope) {
    case Scope::Team: return "a team";
    case Scope::Region: return "a region";
    case Scope::Department: return "a department";
    case Scope::Enterprise: return "the whole enterprise";
  }
  return "its scope";
}

class RushedRollout final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "pace/rushed-rollout",
        .severity = Severity::Warning,
        .summary = "A rollout gets at least the minimum days for its scope (a team's, in a small organisation), "
                   "and only a few rollouts run at once.",
        .rationale =
            "Haste is a failure the sources keep returning to: \"These 3 Reasons Will Surprise You\" "
            "describes presidents who want every branch CRM-ready as fast as possible, and \"Why Many "
            "CRM Projects Fail\" impatient implementations that confuse staff, then customers, and cost "
            "millions. \"CRM Strategy Best Practices\" asks for a plan that starts small and leaves room "
            "to learn and adjust. This rule enforces a pace: a 'rollout' must last at least 'min_days' "
            "for its scope, counted as due minus start in days, and no more than 'max_parallel_rollouts' "
            "rollouts may be running on any one day (a rollout runs from its start to its due, both days "
            "included). The haste the sources warn of is many branches or divisions going live at once, and "
            "a scope says only what share of the organisation a rollout reaches: a strategy whose "
            "'departments' section lists at most 'small_organisation_departments' departments (3 by "
            "default) describes a small organisation, whose whole enterprise is about the size of one team "
            "of a larger one, so there no rollout needs more than the team minimum. Without a "
            "'departments' section the organisation is not taken to be small. When a rollout's start makes "
            "too many run at once, that rollout is reported, once. Rollouts without both a 'start' and a "
            "'due' are skipped, as are those whose dates are reversed (plan/date-order reports them); the "
            "length check also skips a rollout without a 'scope'. Pilots are not rollouts here. Each "
            "rollout is its own finding: its dates are what to change.",
        .sources = {Source::BestPractices, Source::ThreeReasons, Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - id: rollout-all\n"
                      "    title: Roll out shared account plans across the enterprise\n"
                      "    type: rollout\n"
                      "    scope: enterprise\n"
                      "    start: 2027-03-01\n"
                      "    due: 2027-03-22\n",
        .goodExample = "milestones:\n"
                       "  - id: rollout-all\n"
                       "    title: Roll out shared account plans across the enterprise\n"
                       "    type: rollout\n"
                       "    scope: enterprise\n"
                       "    start: 2027-03-01\n"
                       "    due: 2027-06-25\n",
        .options = {{.name = "min_days",
                     .kind = OptionKind::IntegerMap,
                     .defaultValue = std::map<std::string, std::int64_t>{
                         {"team", 14}, {"region", 30}, {"department", 30}, {"enterprise", 60}},
                     .description = "The fewest days (due minus start) a rollout of each scope may last. A config "
                                    "may set any of the keys team, region, department and enterprise; the others "
                                    "keep their defaults.",
                     .minimum = 0,
                     .maximum = 36'500},
                    {.name = "small_organisation_departments",
                     .kind = OptionKind::Integer,
                     .defaultValue = std::int64_t{3},
                     .description = "A strategy whose 'departments' section lists at least one and at most this "
                                    "many departments is a small organisation: no rollout there needs more days "
                                    "than min_days gives a team, whatever its scope. 0 turns this off.",
                     .minimum = 0,
                     .maximum = 10'000},
                    {.name = "max_parallel_rollouts",
                     .kind = OptionKind::Integer,
                     .defaultValue = std::int64_t{2},
                     .description = "The most rollouts that may be running on the same day.",
                     .minimum = 1,
                     .maximum = 10'000}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::vector<const Milestone*> rollouts;
    for (const Milestone& m : s.milestones) {
      if (m.is(MilestoneType::Rollout) && !m.dropped() && m.start.has() && m.due.has() && *m.start <= *m.due) {
        rollouts.push_back(&m);
      }
    }
    for (const Milestone* m : rollouts) checkLength(s, *m, ctx);
    checkOverlap(rollouts, ctx);
  }

 private:
  // The number of departments of a small organisation, or nothing when the
  // strategy does not show one (no 'departments' section, or more than the
  // option allows).
  static std::optional<std::size_t> smallOrganisation(const Strategy& s, RuleContext& ctx) {
    const std::int64_t most = ctx.integer("small_organisation_departments");
    const std::size_t count = s.departments.size();
    if (!s.departments.declared || count == 0 || static_cast<std::int64_t>(count) > most) return std::nullopt;
    return count;
  }

  static void checkLength(const Strategy& s, const Milestone& m, RuleContext& ctx) {
    if (!m.scope.has()) return;
    const std::int64_t days = m.due->days - m.start->days;
    std::int64_t minDays = ctx.mapValue("min_days", nameOf(*m.scope));
    // In a small organisation even the whole enterprise is about one team.
    std::string why = fmt::format("a rollout with scope '{}' needs at least {}", nameOf(*m.scope), minDays);
    if (const std::int64_t teamDays = ctx.mapValue("min_days", nameOf(Scope::Team)); teamDays < minDays) {
      if (const auto departments = smallOrganisation(s, ctx)) {
        minDays = teamDays;
        why = fmt::format("the organisation has only {} department{}, so {} is about the size of a team and "
                          "needs a team's minimum, at least {}",
                          *departments, *departments == 1 ? "" : "s", reachOf(*m.scope), minDays);
      }
    }
    if (days >= minDays) return;
    ctx.report({.at = m.due.node,
                .message = fmt::format("{} gives {} only {} days to roll out ({} to {}); {}", m.label("milestone"),
                                       reachOf(*m.scope), days, m.start->described(), m.due->described(), why),
                .help = fmt::format("move 'due' to {} or later, or roll out in smaller stages that each get time "
                                    "to settle",
                                    Date{static_cast<std::int32_t>(m.start->days + minDays)}.iso())});
  }

  // A sweep over the rollouts in start order, keeping the running ones in a
  // set ordered by due date: O(n log n).
  static void checkOverlap(std::vector<const Milestone*> rollouts, RuleContext& ctx) {
    const auto maxParallel = static_cast<std::size_t>(std::max<std::int64_t>(ctx.integer("max_parallel_rollouts"), 0));
    // Stable: rollouts starting the same day keep file order.
    std::stable_sort(rollouts.begin(), rollouts.end(),
                     [](const Milestone* a, const Milestone* b) { return *a->start < *b->start; });
    std::set<std::pair<Date, std::size_t>> running;  // (due, index into rollouts)
    for (std::size_t i = 0; i < rollouts.size(); ++i) {
      const Milestone& m = *rollouts[i];
      // Ranges include both ends: a rollout due the day another starts still overlaps it.
      while (!running.empty() && running.begin()->first < *m.start) running.erase(running.begin());
      if (running.size() >= maxParallel) report(m, rollouts, running, maxParallel, ctx);
      running.emplace(*m.due, i);
    }
  }

  static void report(const Milestone& m, const std::vector<const Milestone*>& rollouts,
                     const std::set<std::pair<Date, std::size_t>>& running, std::size_t maxParallel,
                     RuleContext& ctx) {
    // Name the first few running rollouts to finish.
    std::vector<std::string> names;
    for (const auto& [due, index] : running) {
      const Milestone& other = *rollouts[index];
      names.push_back(other.id.has() ? fmt::format("'{}'", *other.id) : other.label("milestone"));
      if (names.size() == kNamedOverlaps) break;
    }
    std::string list;
    if (!names.empty()) {
      list = fmt::format(" ({}", fmt::join(names, ", "));
      if (running.size() > names.size()) list += fmt::format(" and {} more", running.size() - names.size());
      list += ')';
    }
    ctx.report({.at = m.start.node,
                .message = fmt::format("{} starts on {} while {} other rollout{} still running{}: {} at once, "
                                       "more than the {} allowed",
                                       m.label("milestone"), m.start->described(), running.size(),
                                       running.size() == 1 ? " is" : "s are", list, running.size() + 1, maxParallel),
                .help = fmt::format("stagger the rollouts so that no more than {} run on the same day: each one "
                                    "needs support and attention while people learn the new way of working",
                                    maxParallel)});
  }
};

CRMLINT_REGISTER_RULE(RushedRollout);

}  // namespace
}  // namespace crmlint
