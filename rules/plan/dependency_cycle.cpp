#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

// A long loop is named by its first and last few milestones.
constexpr std::size_t kNamedHead = 4;
constexpr std::size_t kNamedTail = 3;

// One milestone on the path of the depth-first search, with the next entry
// of its `after` list to follow.
struct Step {
  std::size_t milestone;
  std::size_t nextAfter;
};

class DependencyCycle final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/dependency-cycle",
        .severity = Severity::Error,
        .summary = "Milestones must not wait for each other in a loop through their 'after' lists.",
        .rationale =
            "\"CRM Strategy Best Practices\" ends with a prioritized delivery plan that the organisation "
            "can actually follow, step by step. A loop of 'after' dependencies (A waits for B, which "
            "waits for A) is a plan that can never start: none of the milestones in the loop can be done "
            "first, and every date around them is fiction. The message names the loop in order, each "
            "milestone waiting for the next, and points at the 'after' entry that closes it; each loop "
            "the search meets is reported once. The search is iterative and linear in milestones and "
            "dependencies, so very long plans are safe.",
        .sources = {Source::BestPractices},
        .badExample = "milestones:\n"
                      "  - id: train-west\n"
                      "    title: Train the West region's sales team\n"
                      "    type: training\n"
                      "    after: [pilot-west]\n"
                      "  - id: pilot-west\n"
                      "    title: Pilot shared account plans with the West region\n"
                      "    type: pilot\n"
                      "    after: [train-west]\n",
        .goodExample = "milestones:\n"
                       "  - id: train-west\n"
                       "    title: Train the West region's sales team\n"
                       "    type: training\n"
                       "  - id: pilot-west\n"
                       "    title: Pilot shared account plans with the West region\n"
                       "    type: pilot\n"
                       "    after: [train-west]\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::vector<Milestone>& items = s.milestones.items;
    enum class Mark : std::uint8_t { Unvisited, OnPath, Finished };
    std::vector<Mark> mark(items.size(), Mark::Unvisited);
    std::vector<std::size_t> positionOnPath(items.size(), 0);
    // An explicit stack, not recursion: a chain of any length cannot overflow
    // the call stack.
    std::vector<Step> path;
    auto enter = [&](std::size_t milestone) {
      mark[milestone] = Mark::OnPath;
      positionOnPath[milestone] = path.size();
      path.push_back({milestone, 0});
    };

    for (std::size_t root = 0; root < items.size(); ++root) {
      if (mark[root] != Mark::Unvisited) continue;
      enter(root);
      while (!path.empty()) {
        Step& step = path.back();
        const Milestone& m = items[step.milestone];
        if (!m.after.has() || step.nextAfter == m.after->size()) {
          mark[step.milestone] = Mark::Finished;
          path.pop_back();
          continue;
        }
        const Ref& ref = (*m.after)[step.nextAfter++];
        const Milestone* target = s.milestones.find(ref.id);
        if (!target) continue;  // schema/unknown-ref reports it
        const auto next = static_cast<std::size_t>(target - items.data());
        if (mark[next] == Mark::Unvisited) {
          enter(next);
        } else if (mark[next] == Mark::OnPath) {
          report(items, path, positionOnPath[next], ref, ctx);
        }
      }
    }
  }

 private:
  static void report(const std::vector<Milestone>& items, const std::vector<Step>& path, std::size_t loopStart, const Ref& closing,
                     RuleContext& ctx) {
    const std::size_t length = path.size() - loopStart;
    auto idAt = [&](std::size_t offset) { return items[path[loopStart + offset].milestone].id.valueOr("?"); };
    std::vector<std::string> names;
    if (length <= kNamedHead + kNamedTail + 1) {
      for (std::size_t i = 0; i < length; ++i) names.emplace_back(idAt(i));
    } else {
      for (std::size_t i = 0; i < kNamedHead; ++i) names.emplace_back(idAt(i));
      names.emplace_back(fmt::format("... {} more ...", length - kNamedHead - kNamedTail));
      for (std::size_t i = length - kNamedTail; i < length; ++i) names.emplace_back(idAt(i));
    }
    names.emplace_back(closing.id);
    const Milestone& closer = items[path.back().milestone];
    ctx.report({.at = closing.node,
                .message = fmt::format("{} waits for '{}', closing a loop in which each milestone waits for the "
                                       "next, so none of them can start: {}",
                                       closer.label("milestone"), closing.id, fmt::join(names, " -> ")),
                .help = "remove the dependency that is not real from one of these 'after' lists, so that the "
                        "milestones can be done one after another"});
  }
};

CRMLINT_REGISTER_RULE(DependencyCycle);

}  // namespace
}  // namespace crmlint
