#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

bool namesDepartments(const Milestone& m) { return m.departments.has() && !m.departments->empty(); }

// How far a milestone reaches, 0 (team) to 3 (enterprise). A training that
// says no scope is taken to reach everyone.
std::size_t reachOf(const Milestone& m) {
  return static_cast<std::size_t>(m.scope.valueOr(Scope::Enterprise));
}

// The trainings that cover a rollout of each reach: a training counts for a
// rollout whose scope it reaches, for each department it names (or for
// everyone when it names none). One pass, so each rollout is checked in
// O(1) per department it lists.
class TrainingIndex {
 public:
  // `keep(a, b)`: true when training a should stay before b.
  template <class Keep>
  void add(const Milestone& training, Keep keep) {
    for (std::size_t reach = 0; reach <= reachOf(training); ++reach) {
      Level& level = levels_[reach];
      if (!namesDepartments(training)) {
        if (!level.forAll || !keep(*level.forAll, training)) level.forAll = &training;
        continue;
      }
      for (const Ref& d : *training.departments) {
        const auto [it, inserted] = level.forDepartment.emplace(d.id, &training);
        if (!inserted && !keep(*it->second, training)) it->second = &training;
      }
    }
  }

  // The training for `department` at `reach`, or for everyone; `better` picks between the two.
  template <class Better>
  const Milestone* find(std::size_t reach, std::string_view department, Better better) const {
    const Level& level = levels_[reach];
    const Milestone* best = level.forAll;
    if (const auto it = level.forDepartment.find(department); it != level.forDepartment.end()) {
      if (!best || better(*it->second, *best)) best = it->second;
    }
    return best;
  }

  // Any training at `reach`: for a rollout that lists no departments.
  template <class Better>
  const Milestone* any(std::size_t reach, Better better) const {
    const Level& level = levels_[reach];
    const Milestone* best = level.forAll;
    for (const auto& [department, m] : level.forDepartment) {
      if (!best || better(*m, *best)) best = m;
    }
    return best;
  }

 private:
  struct Level {
    const Milestone* forAll = nullptr;
    std::unordered_map<std::string_view, const Milestone*> forDepartment;
  };
  std::array<Level, 4> levels_;
};

bool dueEarlier(const Milestone& a, const Milestone& b) { return *a.due < *b.due; }
bool fileOrder(const Milestone&, const Milestone&) { return false; }

class TrainingAfterRollout final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "pace/training-after-rollout",
        .severity = Severity::Warning,
        .summary = "Every department a rollout or pilot involves is trained on or before the day it starts.",
        .rationale =
            "\"Reasons Why CRM Strategies Fail\" warns that staff resent a new way of working imposed "
            "before anyone understands what it is for, and that educating them first is what makes them "
            "eager for it; \"Why Many CRM Projects Fail\" adds that confused employees soon mean "
            "confused customers. This rule checks the plan puts education first: for each department a "
            "'rollout' or 'pilot' lists, some 'training' milestone that names that department, or names "
            "no departments at all (training for everyone), must be due on or before the rollout's "
            "start. A rollout or pilot that lists no departments needs at least one training due by its "
            "start. A training covers a rollout only when its 'scope' reaches the rollout's (training "
            "the pilot region is not training the enterprise); a training without a scope reaches "
            "everyone, and a pilot is covered by any training of its departments. Dropped milestones are "
            "not counted. A training without a 'due' is reported once as having no due date; a rollout "
            "without a 'start' is skipped; unknown department ids are left to schema/unknown-ref.",
        .sources = {Source::ProjectsFail, Source::ReasonsStrategiesFail},
        .badExample = "milestones:\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    scope: region\n"
                      "    departments: [sales, service]\n"
                      "    start: 2027-05-03\n"
                      "    due: 2027-06-30\n"
                      "  - id: train-west\n"
                      "    title: Train the West region's sales and service teams\n"
                      "    type: training\n"
                      "    departments: [sales, service]\n"
                      "    start: 2027-05-17\n"
                      "    due: 2027-05-28\n",
        .goodExample = "milestones:\n"
                       "  - id: train-west\n"
                       "    title: Train the West region's sales and service teams\n"
                       "    type: training\n"
                       "    departments: [sales, service]\n"
                       "    start: 2027-04-19\n"
                       "    due: 2027-04-30\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    scope: region\n"
                       "    departments: [sales, service]\n"
                       "    start: 2027-05-03\n"
                       "    due: 2027-06-30\n"
                       "    after: [train-west]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    TrainingIndex dated;    // the earliest training due, by reach and department
    TrainingIndex undated;  // the first training without a due date, likewise
    bool anyTraining = false;
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Training) || m.dropped()) continue;
      anyTraining = true;
      if (m.due.has()) {
        dated.add(m, [](const Milestone& kept, const Milestone& next) { return !dueEarlier(next, kept); });
      } else if (m.due.missing()) {  // a due of the wrong shape is schema/type's
        undated.add(m, [](const Milestone&, const Milestone&) { return true; });
      }
    }
    // An undated training is reported once, however many rollouts wait on it.
    std::unordered_set<const Milestone*> reportedUndated;
    auto reportUndated = [&](const Milestone& training, const Milestone& rollout) {
      if (!reportedUndated.insert(&training).second) return;
      ctx.report({.at = training.anchor(),
                  .message = fmt::format("training {} has no due date, so nobody can tell whether it is done "
                                         "before {} starts on {}",
                                         training.label("milestone"), rollout.label("milestone"),
                                         rollout.start->described()),
                  .help = fmt::format("add 'due:' to the training, on or before {}", rollout.start->iso()),
                  .path = ctx.pathOf(training.node, "due")});
    };

    for (const Milestone& m : s.milestones) {
      if (!m.type.has() || !m.start.has() || m.dropped()) continue;
      if (*m.type != MilestoneType::Rollout && *m.type != MilestoneType::Pilot) continue;
      const std::string_view kind = *m.type == MilestoneType::Pilot ? "pilot" : "rollout";
      const Date start = *m.start;
      // A rollout is trained by trainings that reach its scope; a pilot, or a
      // rollout without a scope, by any training of its departments.
      const bool scoped = *m.type == MilestoneType::Rollout && m.scope.has();
      const std::size_t reach = scoped ? static_cast<std::size_t>(*m.scope) : 0;
      const std::string reachWords = scoped ? fmt::format(" that reaches scope '{}'", nameOf(*m.scope)) : "";
      auto trainedBy = [&](const Milestone* t) { return t && *t->due <= start; };

      if (!namesDepartments(m)) {
        if (trainedBy(dated.any(reach, dueEarlier))) continue;
        if (const Milestone* t = undated.any(reach, fileOrder)) {
          reportUndated(*t, m);
          continue;
        }
        ctx.report({.at = m.start.node,
                    .message = fmt::format("{} starts its {} on {}, but no training milestone{} is due by then{}",
                                           m.label("milestone"), kind, start.described(), reachWords,
                                           narrower(dated.any(0, dueEarlier), start, anyTraining)),
                    .help = fmt::format("add a milestone with 'type: training'{} due on or before {}, so the "
                                        "staff learn the new way of working before they are asked to use it",
                                        scoped ? fmt::format(" and 'scope: {}'", nameOf(*m.scope)) : "",
                                        start.iso())});
        continue;
      }
      // One finding per rollout, at the first untrained department, naming them all.
      std::unordered_set<std::string_view> seen;
      std::vector<const Ref*> untrained;
      const Milestone* narrowTraining = nullptr;
      for (const Ref& d : *m.departments) {
        if (!s.departments.find(d.id) || !seen.insert(d.id).second) continue;
        if (trainedBy(dated.find(reach, d.id, dueEarlier))) continue;
        if (const Milestone* t = undated.find(reach, d.id, fileOrder)) {
          reportUndated(*t, m);
          continue;
        }
        if (const Milestone* t = dated.find(0, d.id, dueEarlier); trainedBy(t) && !narrowTraining) narrowTraining = t;
        untrained.push_back(&d);
      }
      if (untrained.empty()) continue;
      std::vector<std::string> names;
      for (const Ref* d : untrained) names.push_back(fmt::format("'{}'", d->id));
      const bool one = names.size() == 1;
      // The finding is the rollout's, whichever of its departments comes first.
      ctx.report({.at = untrained.front()->node,
                  .message = fmt::format("{} starts its {} on {}, but no training{} for department{} {} is due by "
                                         "then{}",
                                         m.label("milestone"), kind, start.described(), reachWords, one ? "" : "s",
                                         fmt::join(names, ", "), narrower(narrowTraining, start, true)),
                  .help = fmt::format("schedule a 'type: training' milestone for {} (or one that names no "
                                      "departments){} due on or before {}, and list the training in this {}'s 'after'",
                                      one ? "that department" : "those departments",
                                      scoped ? fmt::format(" with 'scope: {}'", nameOf(*m.scope)) : "",
                                      start.iso(), kind),
                  .path = ctx.pathOf(m.node, "departments")});
    }
  }

 private:
  // Says so when a training is due in time but reaches too few people.
  static std::string narrower(const Milestone* training, Date start, bool show) {
    if (!show || !training || *training->due > start || !training->scope.has()) return {};
    return fmt::format(": {} reaches only scope '{}'", training->label("milestone"), nameOf(*training->scope));
  }
};

CRMLINT_REGISTER_RULE(TrainingAfterRollout);

}  // namespace
}  // namespace crmlint
