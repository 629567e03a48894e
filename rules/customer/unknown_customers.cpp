#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/group.h"
#include "rule.h"

namespace crmlint {
namespace {

bool hasAnyNeed(const Segment& segment) {
  if (!segment.needs.has()) return false;
  for (const Text need : *segment.needs) {
    if (!need.empty()) return true;
  }
  return false;
}

class UnknownCustomers final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/unknown-customers",
        .severity = Severity::Warning,
        .summary = "The strategy defines its customer segments, and says for each how profitable it is or what "
                   "it needs.",
        .rationale =
            "\"CRM is not software\" asks for cold, hard facts about customers: which ones are truly "
            "profitable, so effort goes where it pays, and what they need; \"Why Many CRM Projects "
            "Fail\" warns that a company which does not understand its customers cannot succeed with "
            "CRM. A strategy with no segments, or a segment with neither "
            "'profitability'/'share_of_profit' nor any 'needs', is planning for customers it does not "
            "know. Several such segments are one finding, at the first, that names them, with the others "
            "as related locations.",
        .sources = {Source::NotSoftware, Source::ProjectsFail},
        .badExample = "customers:\n  segments:\n    - id: enterprise\n      name: Enterprise accounts\n",
        .goodExample = "customers:\n  segments:\n    - id: enterprise\n      name: Enterprise accounts\n"
                       "      profitability: high\n      share_of_profit: 62%\n      needs:\n"
                       "        - one account team across sales and service\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    if (s.segments.empty()) {
      // The most precise place that exists: the `segments` key, the `customers` key, or the strategy.
      NodeId at = s.anchor();
      std::string path = "customers";
      if (s.segments.key != kNoNode) {
        at = s.segments.key;
        path = "customers.segments";
      } else if (s.customersKey != kNoNode) {
        at = s.customersKey;
      }
      ctx.report({.at = at,
                  .message = "the strategy defines no customer segments, so it cannot say whom it serves",
                  .help = "add 'customers: segments:' with an entry per group of customers, each with its "
                          "'profitability' or 'share_of_profit' and its 'needs'",
                  .path = path});
      return;
    }
    std::vector<const Segment*> unknown;
    for (const Segment& seg : s.segments) {
      if (!seg.profitability.has() && !seg.shareOfProfit.has() && !hasAnyNeed(seg)) unknown.push_back(&seg);
    }
    if (unknown.empty()) return;
    const std::string help = "add 'profitability' (high, medium, low, unprofitable) or 'share_of_profit', and the "
                             "'needs' these customers have told you about";
    // The same gap on many segments is one finding that names them.
    std::vector<group::Member> members;
    for (const Segment* seg : unknown) {
      members.push_back({.at = seg->anchor(),
                         .name = seg->id.has() ? fmt::format("'{}'", *seg->id) : seg->label("segment"),
                         .note = fmt::format("{} says neither how profitable it is nor what its customers need",
                                             seg->label("segment"))});
    }
    group::report(ctx, members,
                  {.message = members.front().note, .help = help, .path = ctx.pathOf(unknown.front()->node)},
                  {.message = fmt::format("{} of the {} segments say neither how profitable they are nor what "
                                          "their customers need: {}",
                                          unknown.size(), s.segments.size(), group::names(members)),
                   .help = help + ", for each of them",
                   .path = "customers.segments"});
  }
};

CRMLINT_REGISTER_RULE(UnknownCustomers);

}  // namespace
}  // namespace crmlint
