#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/duty.h"
#include "common/sector.h"
#include "rule.h"

namespace crmlint {
namespace {

// The plan's length in whole years, rounded up and at least one: from the
// earliest date in the file (milestone starts and dues, goal dues) to the
// latest goal due date.
std::int64_t planYears(const Strategy& s, std::optional<Date>& start, std::optional<Date>& end) {
  auto earliest = [&](const Field<Date>& d) {
    if (d.has() && (!start || *d < *start)) start = *d;
  };
  for (const Goal& g : s.goals) {
    earliest(g.due);
    if (g.due.has() && (!end || *end < *g.due)) end = *g.due;
  }
  for (const Milestone& m : s.milestones) {
    earliest(m.start);
    earliest(m.due);
  }
  if (!start || !end) return 1;
  // iso() is YYYY-MM-DD: compare calendar years, then month and day.
  const std::string from = start->iso();
  const std::string to = end->iso();
  std::int64_t years = std::stoll(to.substr(0, to.size() - 6)) - std::stoll(from.substr(0, from.size() - 6));
  if (to.substr(to.size() - 5) > from.substr(from.size() - 5)) ++years;
  return std::max<std::int64_t>(years, 1);
}

// 1234567.5 -> "1,234,567.50"; whole amounts without decimals.
std::string formatAmount(double amount) {
  const double cents = std::round(amount * 100);
  const bool whole = std::fmod(cents, 100) == 0;
  std::string digits = fmt::format("{:.0f}", std::floor(std::abs(cents) / 100));
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  if (!whole) grouped += fmt::format(".{:02.0f}", std::fmod(std::abs(cents), 100));
  return (cents < 0 ? "-" : "") + grouped;
}

// A total and, when `part` of it is not cash, how much: "212,000 (112,000 of
// it non-cashable)"; `nested` in a message's own parentheses, "212,000, all
// of it non-cashable".
std::string withNonCashable(double total, double part, bool nested = false) {
  if (part <= 0) return formatAmount(total);
  const std::string howMuch = part >= total ? std::string("all") : formatAmount(part);
  if (nested) return fmt::format("{}, {} of it non-cashable", formatAmount(total), howMuch);
  return fmt::format("{} ({} of it non-cashable)", formatAmount(total), howMuch);
}

class NegativeRoi final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "business-case/negative-roi",
        .severity = Severity::Warning,
        .summary = "Summed over the goals, the benefits in each currency cover the costs.",
        .rationale =
            "A strategy whose goals cost more than they bring back will not keep its funding, and it "
            "signals that the goals were chosen for what the software can do rather than for a return. "
            "\"CRM Strategy Best Practices\" ranks the work by benefit and ROI in the business case and "
            "blames the poor payback of many CRM efforts on a missing strategy; \"Why Many CRM Projects "
            "Fail\" finds the best return in keeping customers. How the totals are formed: amounts are "
            "summed per currency (a bare number is in strategy.currency, USD when absent) and never "
            "converted. An amount with 'per: once' counts once. An amount with 'per: year', benefit or "
            "cost, counts once for each year of the plan: from its earliest date (milestone starts and "
            "dues, goal dues) to the latest goal due date, rounded up to whole years and at least one. "
            "The finding points at the largest cost in the currency and gives both totals. When some "
            "goals state no benefit at all, the finding says what is known (the stated totals) and what "
            "is missing (those goals' benefits) instead of saying the strategy does not pay back. A "
            "'strategy.budget' counts as the cost when it is more than the goals' own costs in its "
            "currency. A benefit marked 'cashable: false' (money's worth that is not cash, such as staff "
            "time released or complaints avoided) counts as value, as the economic case of a UK Treasury "
            "Green Book business case counts non-cash-releasing benefits valued in money; the finding "
            "says how much of the benefit it weighs is non-cashable, because that part pays no bill. "
            "Whether the cash is there to fund the plan (the financial case) is a question for the "
            "finance team, not this rule, so benefits that cover the costs only with non-cashable value "
            "are not reported. A non-cashable cost (existing staff's time) counts as a cost. A goal that its "
            "title or description marks as a duty the law imposes (one of 'duty_words') and that states no "
            "benefit is left out of both totals, and the finding says how much its cost is: it is done "
            "because the law requires it, whatever it returns, so it is not an investment that has to pay "
            "back, and its missing benefit does not make the case incomplete.",
        .sources = {Source::BestPractices, Source::ProjectsFail},
        .badExample = "strategy:\n"
                      "  name: Acme CRM\n"
                      "  currency: USD\n"
                      "goals:\n"
                      "  - id: single-view\n"
                      "    title: Give every rep one view of the account by June 2027\n"
                      "    due: 2027-06-30\n"
                      "    benefit: 100000\n"
                      "    cost: 900000\n",
        .goodExample = "strategy:\n"
                       "  name: Acme CRM\n"
                       "  currency: USD\n"
                       "goals:\n"
                       "  - id: reduce-churn\n"
                       "    title: Cut enterprise logo churn from 14% to 9% by end of 2028\n"
                       "    due: 2028-12-31\n"
                       "    benefit:\n"
                       "      amount: 600000\n"
                       "      per: year\n"
                       "    cost: 400000\n",
        .options = {{.name = "duty_words",
                     .kind = OptionKind::Words,
                     .defaultValue = duty::defaultWords(),
                     .description = "Phrases that mark a goal, in its title or description, as a duty the law "
                                    "imposes, whose cost is left out when it states no benefit (whole words, "
                                    "case-insensitive); business-case/no-benefit and smart/realistic have the "
                                    "same option."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    // A budget with no goals has nothing to be weighed against: nothing is known about the return.
    if (s.goals.empty()) return;
    std::optional<Date> start, end;
    const std::int64_t years = planYears(s, start, end);

    struct Totals {
      Text currency;
      double benefit = 0;
      double cost = 0;
      double nonCashableBenefit = 0;  // the part of `benefit` that is not cash
      double nonCashableCost = 0;
      double dutyCost = 0;  // left out: goals the law requires that state no benefit
      bool yearly = false;
      double largestCost = 0;
      NodeId largestCostNode = kNoNode;
      const Goal* largestCostGoal = nullptr;
    };
    std::vector<Totals> totals;  // in the order currencies first appear
    std::unordered_map<Text, std::size_t> byCurrency;
    auto totalsFor = [&](Text currency) -> Totals& {
      const auto [it, added] = byCurrency.emplace(currency, totals.size());
      if (added) totals.push_back({.currency = currency});
      return totals[it->second];
    };
    auto counted = [&](const Money& m) { return m.per == Period::Year ? m.amount * double(years) : m.amount; };

    // A duty the law imposes, stating no benefit, is not an investment to be paid back.
    const std::vector<std::string>& dutyWords = ctx.words("duty_words");
    // The goals that state no benefit in any currency: with them the case is
    // incomplete, not known to be negative.
    std::vector<const Goal*> withoutBenefit;
    for (const Goal& g : s.goals) {
      if (g.benefit.missing()) {
        if (!duty::phrase(g, dutyWords).empty()) {
          if (g.cost.has()) totalsFor(g.cost->currency).dutyCost += counted(*g.cost);
          continue;
        }
        withoutBenefit.push_back(&g);
      }
      if (g.benefit.has()) {
        Totals& t = totalsFor(g.benefit->currency);
        t.benefit += counted(*g.benefit);
        if (!g.benefit->cashable) t.nonCashableBenefit += counted(*g.benefit);
        t.yearly |= g.benefit->per == Period::Year;
      }
      if (g.cost.has()) {
        Totals& t = totalsFor(g.cost->currency);
        const double amount = counted(*g.cost);
        t.cost += amount;
        if (!g.cost->cashable) t.nonCashableCost += amount;
        t.yearly |= g.cost->per == Period::Year;
        if (!t.largestCostGoal || amount > t.largestCost) {
          t.largestCost = amount;
          t.largestCostNode = g.cost->amountNode;
          t.largestCostGoal = &g;
        }
      }
    }

    // A programme budget is the cost when it is more than the goals' own costs.
    const Field<Money>& budget = s.strategy.budget;
    bool budgetCounts = false;
    if (budget.has()) {
      Totals& t = totalsFor(budget->currency);
      // The budget is the whole programme's, duties and all: nothing is left out of it.
      if (counted(*budget) > t.cost + t.dutyCost) {
        t.cost = counted(*budget);
        t.dutyCost = 0;
        t.nonCashableCost = budget->cashable ? 0 : t.cost;
        t.yearly |= budget->per == Period::Year;
        t.largestCostGoal = nullptr;
        t.largestCostNode = budget->amountNode;
        budgetCounts = true;
      }
    }
    for (const Totals& t : totals) {
      if (t.cost <= t.benefit) continue;
      std::string period;
      if (t.yearly) {
        period = start && end ? fmt::format(" over the plan's {} year{} ({} to {}), counting yearly amounts once a year",
                                            years, years == 1 ? "" : "s", start->described(), end->described())
                              : " (yearly amounts counted once: no goal has a due date)";
      }
      const bool fromBudget = budgetCounts && t.currency == budget->currency;
      const std::string largest =
          fromBudget ? std::string("; the cost is the programme budget")
          : t.largestCostGoal ? fmt::format("; the largest cost is in {}", t.largestCostGoal->label("goal"))
                              : std::string();
      const NodeId at = t.largestCostGoal || fromBudget ? t.largestCostNode : s.anchor();
      const std::string duties = t.dutyCost > 0 ? fmt::format("; the cost of duties the law requires ({}) is left out",
                                                              formatAmount(t.dutyCost))
                                                : std::string();
      if (!withoutBenefit.empty()) {
        std::vector<std::string> names;
        for (const Goal* g : withoutBenefit) {
          if (names.size() == 3) break;
          names.push_back(g->id.has() ? fmt::format("'{}'", *g->id) : g->label("goal"));
        }
        const std::size_t more = withoutBenefit.size() - names.size();
        ctx.report({.at = at,
                    .message = fmt::format("in {}, the stated costs ({}) are more than the stated benefits ({}){}, "
                                           "but {} of the {} goals state no benefit at all, so the business case is "
                                           "incomplete rather than known not to pay back{}{}",
                                           t.currency, withNonCashable(t.cost, t.nonCashableCost, true),
                                           withNonCashable(t.benefit, t.nonCashableBenefit, true), period,
                                           withoutBenefit.size(), s.goals.size(), largest, duties),
                    .help = fmt::format("state the 'benefit' of goal{} {}{} in {} ({}; 'per: year' for recurring "
                                        "value), so the costs can be weighed against the whole return",
                                        withoutBenefit.size() == 1 ? "" : "s", fmt::join(names, ", "),
                                        more ? fmt::format(" and {} more", more) : "", t.currency,
                                        sector::valuesNonCashable(s.sector())
                                            ? "cash saved or earned, or money's worth that is not cash, such as "
                                              "staff time released, with 'cashable: false'"
                                            : "savings, income or cost to serve avoided")});
        continue;
      }
      ctx.report({.at = at,
                  .message = fmt::format("in {}, the goals cost {} but bring only {}{}: the strategy does not "
                                         "pay back{}{}",
                                         t.currency, withNonCashable(t.cost, t.nonCashableCost),
                                         withNonCashable(t.benefit, t.nonCashableBenefit), period, largest, duties),
                  .help = fmt::format("state the full benefits of the goals in {} (e.g. 'per: year' for "
                                      "recurring value{}), cut the costs, or drop goals that do not earn back "
                                      "what they cost; amounts in other currencies are not counted here",
                                      t.currency,
                                      sector::valuesNonCashable(s.sector())
                                          ? ", 'cashable: false' for staff time released or complaints avoided"
                                          : "")});
    }
  }
};

CRMLINT_REGISTER_RULE(NegativeRoi);

}  // namespace
}  // namespace crmlint
