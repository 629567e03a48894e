#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/group.h"
#include "common/sector.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

class Measurable final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/measurable",
        .severity = Severity::Warning,
        .summary = "Every goal has a metric with a numeric baseline and a numeric target.",
        .rationale =
            "\"CRM Strategy Best Practices\" wants SMART objectives and benefits expressed in measurable "
            "value, and \"CRM is not software\" says CRM is about setting measurable economic goals and "
            "then measuring them. Without a metric, or without the figure you start from and the figure "
            "you aim for, nobody can tell whether the programme worked, and the review at the end of the "
            "plan has nothing to compare. Goals with no metric at all are one finding, at the first, "
            "that names them, with the others as related locations; a metric that lacks its baseline or "
            "its target is reported goal by goal, at the key written empty or else at `metric`, naming "
            "everything that is missing; a value written but not a number ('1,450', 'lower') is "
            "schema/type's to report, once. A savings goal (its title or description uses one of 'savings_words') that states "
            "its money 'benefit' is measured by that amount and needs no separate metric.",
        .sources = {Source::BestPractices, Source::NotSoftware},
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn by end of 2027\n"
                      "    metric:\n      name: annual enterprise logo churn\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    metric:\n      name: annual enterprise logo churn\n      baseline: 14\n      target: 9\n"
                       "      unit: percent\n",
        .options = {{.name = "savings_words",
                     .kind = OptionKind::Words,
                     .defaultValue = std::vector<std::string>{"save", "saves", "saving", "savings", "cut costs",
                                                              "cut the cost", "reduce costs", "reduce the cost",
                                                              "cost reduction", "cashable"},
                     .description = "Words that make a goal a savings goal, measured by its money 'benefit' "
                                    "(whole words, case-insensitive)."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::vector<std::string>& savingsWords = ctx.words("savings_words");
    auto savesMoney = [&](const Goal& g) {
      if (!g.benefit.has()) return false;
      for (const Field<Text>* f : {&g.title, &g.description}) {
        if (f->has() && !text::findAnyPhrase(**f, savingsWords).empty()) return true;
      }
      return false;
    };
    std::vector<const Goal*> unmeasured;  // goals with no metric at all
    for (const Goal& g : s.goals) {
      // A savings goal's money benefit is its measure: what is saved, in money.
      if (!g.metric && savesMoney(g)) continue;
      if (!g.metric) {
        unmeasured.push_back(&g);
        continue;
      }
      const Metric& m = *g.metric;
      std::vector<const Field<Quantity>*> missing;
      std::vector<std::string> names;
      // A value of the wrong type ('1,450', 'lower') is schema/type's finding, once.
      if (m.baseline.missing()) {
        missing.push_back(&m.baseline);
        names.emplace_back("a numeric baseline (where you start)");
      }
      if (m.target.missing()) {
        missing.push_back(&m.target);
        names.emplace_back("a numeric target (where you aim)");
      }
      if (missing.empty()) continue;

      // One value written empty is the precise place; otherwise the metric
      // key, the mapping that lacks the values.
      NodeId at = g.metricKey;
      std::string path = ctx.pathOf(g.node, "metric");
      if (missing.size() == 1) {
        const Field<Quantity>& field = *missing.front();
        path = ctx.pathOf(m.node, &field == &m.baseline ? "baseline" : "target");
        if (field.written()) at = field.key;
      }
      ctx.report({.at = at,
                  .message = fmt::format("{} cannot be measured: its metric lacks {}", g.label("goal"),
                                         fmt::join(names, " and ")),
                  .help = "give 'baseline' and 'target' as numbers (or percent strings such as \"14%\") in the same "
                          "unit, measured from the same 'source'",
                  .path = path});
    }
    reportUnmeasured(unmeasured, s, ctx);
  }

 private:
  static void reportUnmeasured(const std::vector<const Goal*>& unmeasured, const Strategy& s, RuleContext& ctx) {
    if (unmeasured.empty()) return;
    // A `metric:` written without a mapping reads as no metric; point at that key.
    auto at = [](const Goal& g) { return g.metricKey != kNoNode ? g.metricKey : g.anchor(); };
    const std::string help = fmt::format("add a 'metric' with a name, the 'baseline' you start from and the 'target' "
                                         "you aim for, e.g. metric: {}",
                                         sector::exampleMetric(s.sector()));
    std::vector<group::Member> members;
    for (const Goal* g : unmeasured) {
      members.push_back({.at = at(*g), .name = g->label("goal"), .note = g->label("goal") + " has no metric"});
    }
    const Goal& g = *unmeasured.front();
    group::report(ctx, members,
                  {.message = fmt::format("{} has no metric, so nobody can tell whether it was reached",
                                          g.label("goal")),
                   .help = help,
                   .path = ctx.pathOf(g.node, "metric")},
                  {.message = fmt::format("{} of the {} goals have no metric, so nobody can tell whether they were "
                                          "reached: {}",
                                          unmeasured.size(), s.goals.size(), group::names(members)),
                   .help = help + ", for each of them",
                   .path = "goals"});
  }
};

CRMLINT_REGISTER_RULE(Measurable);

}  // namespace
}  // namespace crmlint
