#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/duty.h"
#include "rule.h"

namespace crmlint {
namespace {

constexpr double kLargestShownChange = 1e6;  // max_change cannot exceed it

std::string formatValue(double value, bool percent) { return fmt::format("{}{}", value, percent ? "%" : ""); }

std::string ordinal(std::int64_t n) {
  const std::int64_t lastTwo = n % 100;
  const char* suffix = "th";
  if (lastTwo < 11 || lastTwo > 13) {
    switch (n % 10) {
      case 1: suffix = "st"; break;
      case 2: suffix = "nd"; break;
      case 3: suffix = "rd"; break;
      default: break;
    }
  }
  return fmt::format("{}{}", n, suffix);
}

class Realistic final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/realistic",
        .severity = Severity::Warning,
        .summary = "Goals aim for reachable targets (no 0% or 100%, no leap past max_change or max_points) and no "
                   "owner holds too many.",
        .rationale =
            "\"CRM Strategy Best Practices\" asks for realistic objectives and a plan that starts small "
            "and iterates; \"Why Many CRM Projects Fail\" describes programmes that rush and overreach "
            "until staff and customers are confused. A target of 0% churn or 100% satisfaction is never "
            "reached, so the goal is missed however well the work goes, unless the goal's title or "
            "description marks it as a duty the law imposes (one of 'duty_words', such as 'legal duty'): "
            "there every case is the target, and no one plans to break the law 5% of the time. A goal that moves "
            "its measure by more than max_change percent of where it starts (14% to 2% churn is a "
            "change of 86%) is better split into steps. A percentage that rises is measured in points "
            "instead, against max_points: a response rate that goes from 14% to 25% rises by 79% of "
            "itself but by 11 points, a modest aim, while 22% to 90% is a leap of 68 points. And one "
            "person owning more than max_goals_per_owner goals cannot give each the attention it needs. Each finding is reported once, at the metric's target for "
            "a target problem, and at the owner of every goal past the limit (in file order) for an "
            "overloaded owner.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "goals:\n  - id: zero-churn\n    title: Cut enterprise logo churn from 14% to 0% by end of 2027\n"
                      "    owner: dana\n    metric:\n      name: annual enterprise logo churn\n"
                      "      baseline: 14\n      target: 0\n      unit: percent\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    owner: dana\n    metric:\n      name: annual enterprise logo churn\n"
                       "      baseline: 14\n      target: 9\n      unit: percent\n",
        .options = {
            {.name = "max_change",
             .kind = OptionKind::Number,
             .defaultValue = 60.0,
             .description = "The largest change a single goal may plan, in percent of its baseline's value "
                            "(baseline 14, target 9 is a change of about 36%), for anything but a percentage "
                            "that rises.",
             .minimum = 0,
             .maximum = 1'000'000},
            {.name = "max_points",
             .kind = OptionKind::Number,
             .defaultValue = 40.0,
             .description = "The largest rise, in percentage points, a single goal may plan for a percentage "
                            "(46% to 80% is 34 points).",
             .minimum = 0,
             .maximum = 100},
            {.name = "duty_words",
             .kind = OptionKind::Words,
             .defaultValue = duty::defaultWords(),
             .description = "Phrases that mark a goal, in its title or description, as a duty the law imposes, "
                            "whose 0% or 100% target is the duty itself (whole words, case-insensitive); the "
                            "business-case rules have the same option."},
            {.name = "max_goals_per_owner",
             .kind = OptionKind::Integer,
             .defaultValue = std::int64_t{3},
             .description = "The most goals one stakeholder may own.",
             .minimum = 1,
             .maximum = 10'000},
        },
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Limits limits{ctx.number("max_change"), ctx.number("max_points")};
    for (const Goal& g : s.goals) {
      if (g.metric) checkTarget(g, *g.metric, limits, ctx.words("duty_words"), ctx);
    }
    checkOwners(s, ctx.integer("max_goals_per_owner"), ctx);
  }

 private:
  struct Limits {
    double change;  // percent of the baseline
    double points;  // percentage points, for a percentage that rises
  };

  static void checkTarget(const Goal& g, const Metric& m, const Limits& limits,
                          const std::vector<std::string>& dutyWords, RuleContext& ctx) {
    if (!m.target.has()) return;  // smart/measurable reports a missing target
    const double target = m.target->value;
    const bool percent = m.isPercent();
    if (percent && (target == 0 || target == 100) && duty::phrase(g, dutyWords).empty()) {
      ctx.report({.at = m.target.node,
                  .message = fmt::format("{} aims for {}, an absolute that is almost never reached, so the goal "
                                         "will be missed however well the work goes",
                                         g.label("goal"), formatValue(target, true)),
                  .help = "set a target that is ambitious but reachable (e.g. 3% rather than 0%, 95% rather than "
                          "100%), and raise it in a later goal once it is met; if the law sets this target, say "
                          "so in the goal's description ('a legal duty', 'required by law')"});
      return;
    }
    if (!m.baseline.has() || (percent && (target == 0 || target == 100))) return;
    const double baseline = m.baseline->value;
    std::string leap;  // what the target asks for, when it is too much
    if (percent && target > baseline) {
      const double points = target - baseline;
      if (points <= limits.points) return;
      leap = fmt::format("{} plans to raise its measure from {} to {}, a rise of {:g} points in one goal (the "
                         "limit is {:g})",
                         g.label("goal"), formatValue(baseline, true), formatValue(target, true), points,
                         limits.points);
    } else {
      if (baseline == 0) return;  // no baseline to measure the change against
      const double change = std::abs(target - baseline) / std::abs(baseline) * 100;
      if (change <= limits.change) return;
      // A baseline near zero makes the ratio huge or infinite: say so plainly.
      const std::string changeText = change < kLargestShownChange
                                         ? fmt::format("{:.0f}%", change)
                                         : fmt::format("more than {:.0f}%", kLargestShownChange);
      leap = fmt::format("{} plans to move its measure from {} to {}, a change of {} of the baseline in one goal "
                         "(the limit is {}%)",
                         g.label("goal"), formatValue(baseline, percent), formatValue(target, percent), changeText,
                         limits.change);
    }
    ctx.report({.at = m.target.node,
                .message = std::move(leap),
                .help = "split the change into steps, each a goal with its own target and due date, or set a "
                        "target the team can reach in this period"});
  }

  // Reports every goal of an owner past the first max goals, at its owner value.
  static void checkOwners(const Strategy& s, std::int64_t maxGoals, RuleContext& ctx) {
    std::unordered_map<std::string_view, std::int64_t> total;
    for (const Goal& g : s.goals) {
      if (g.owner.has()) ++total[g.owner->id];
    }
    std::unordered_map<std::string_view, std::int64_t> seen;
    for (const Goal& g : s.goals) {
      if (!g.owner.has()) continue;
      const std::string_view owner = g.owner->id;
      const std::int64_t rank = ++seen[owner];
      if (rank <= maxGoals) continue;
      ctx.report({.at = g.owner.node,
                  .message = fmt::format("{} is the {} goal owned by '{}', who holds {} goals; one owner can give "
                                         "real attention to at most {}",
                                         g.label("goal"), ordinal(rank), owner, total[owner], maxGoals),
                  .help = fmt::format("hand this goal to another stakeholder, or merge or drop some of the goals "
                                      "'{}' owns",
                                      owner)});
    }
  }
};

CRMLINT_REGISTER_RULE(Realistic);

}  // namespace
}  // namespace crmlint
