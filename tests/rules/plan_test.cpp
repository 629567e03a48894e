// plan/*: a prioritized, consistent delivery plan that is measured.
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool mentions(const Diagnostic& d, std::string_view text) { return d.message.find(text) != std::string::npos; }

// Only plan/dependency-cycle (and the always-on rules), so a very large plan
// tests that rule and not the others.
Config onlyDependencyCycle() {
  Config c = recommended();
  for (auto& [id, setting] : c.rules) setting.enabled = id == "plan/dependency-cycle";
  return c;
}

// `count` milestones, each waiting for the next; the last waits for the first
// when `closed`, making one loop through all of them.
std::string chainOfMilestones(std::size_t count, bool closed) {
  std::string yaml = "strategy:\n  name: A very long plan\nmilestones:\n";
  for (std::size_t i = 0; i < count; ++i) {
    yaml += "  - {id: m" + std::to_string(i) + ", title: Step " + std::to_string(i);
    if (i + 1 < count) yaml += ", after: [m" + std::to_string(i + 1) + "]";
    if (i + 1 == count && closed) yaml += ", after: [m0]";
    yaml += "}\n";
  }
  return yaml;
}

// Lint options for a run with --today DAY.
LintOptions onDay(std::string_view day) {
  LintOptions options;
  options.today = parseDate(day);
  return options;
}

}  // namespace

// ---- plan/dependency-cycle -----------------------------------------------------

TEST_CASE("plan/dependency-cycle: a loop of three milestones is named in order at the entry that closes it") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: requirements
    title: Requirements derived from the goals with each department
    type: requirements
    after: [review]
  - id: select-vendor
    title: Choose the platform that fits the requirements
    type: vendor-selection
    after: [requirements]
  - id: review
    title: Review the platform choice with the sponsor
    type: review
    after: [select-vendor]
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/dependency-cycle", 11, 13));
  const auto found = ofRule(d, "plan/dependency-cycle");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'select-vendor' waits for 'requirements'"));
  CHECK(mentions(found[0], "requirements -> review -> select-vendor -> requirements"));
  CHECK(found[0].severity == Severity::Error);
}

TEST_CASE("plan/dependency-cycle: a milestone waiting for itself is a loop of one") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    after: [pilot-west]
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/dependency-cycle", 7, 13));
  const auto found = ofRule(d, "plan/dependency-cycle");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "pilot-west -> pilot-west"));
}

TEST_CASE("plan/dependency-cycle: two separate loops are each reported once") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: train-west, title: Train the West team, after: [pilot-west]}
  - {id: pilot-west, title: Pilot with the West team, after: [train-west]}
  - {id: train-east, title: Train the East team, after: [pilot-east]}
  - {id: pilot-east, title: Pilot with the East team, after: [train-east]}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dependency-cycle").size() == 2);
  CHECK(fires(d, "plan/dependency-cycle", 5, 63));
  CHECK(fires(d, "plan/dependency-cycle", 7, 63));
}

TEST_CASE("plan/dependency-cycle: milestones that share dependencies without a loop are fine") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: requirements, title: Requirements from the goals}
  - {id: select-vendor, title: Choose the platform, after: [requirements]}
  - {id: redesign, title: Redesign the renewal process, after: [requirements]}
  - {id: pilot-west, title: Pilot with the West team, after: [select-vendor, redesign, requirements]}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dependency-cycle").empty());
}

TEST_CASE("plan/dependency-cycle: a chain of 100,000 milestones does not overflow the stack") {
  const auto open = lintWith(chainOfMilestones(100000, false), onlyDependencyCycle());
  CHECK(ofRule(open, "plan/dependency-cycle").empty());

  const std::string closed = chainOfMilestones(100000, true);
  const auto d = lintWith(closed, onlyDependencyCycle());
  const auto found = ofRule(d, "plan/dependency-cycle");
  REQUIRE(found.size() == 1);
  // The last milestone's line closes the loop: 3 header lines, then one line each.
  const std::size_t lastLine = closed.rfind("  - {id: m99999");
  const auto column = static_cast<std::uint32_t>(closed.find("[m0]", lastLine) - lastLine + 2);
  CHECK(fires(d, "plan/dependency-cycle", 100003, column));
  // A long loop is named by its ends, not all 100,000 ids.
  CHECK(mentions(found[0], "m0 -> m1 -> m2 -> m3 -> ... 99993 more ... -> m99997 -> m99998 -> m99999 -> m0"));
}

// ---- plan/dependency-order -----------------------------------------------------

TEST_CASE("plan/dependency-order: a pilot starting before its training is due is reported at its start") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-west
    title: Train the West region's sales team
    type: training
    start: 2027-04-19
    due: 2027-05-07
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    start: 2027-05-03
    due: 2027-06-30
    after: [train-west]
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/dependency-order", 12, 12));
  const auto found = ofRule(d, "plan/dependency-order");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'pilot-west' starts on 2027-05-03, before milestone 'train-west' is due on "
                           "2027-05-07"));
}

TEST_CASE("plan/dependency-order: with several unfinished dependencies the one due last is named, once") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: train-west, title: Train the West team, start: 2027-04-19, due: 2027-05-07}
  - {id: clean-data, title: Clean the West accounts, start: 2027-04-12, due: 2027-05-14}
  - {id: pilot-west, title: Pilot with the West team, start: 2027-05-03, due: 2027-06-30, after: [train-west, clean-data]}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/dependency-order", 6, 62));
  const auto found = ofRule(d, "plan/dependency-order");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'clean-data' is due on 2027-05-14 (and 1 other milestone it waits for)"));
}

TEST_CASE("plan/dependency-order: starting on the day a dependency is due is in order") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-west
    title: Train the West region's sales team
    type: training
    start: 2027-04-19
    due: 2027-05-07
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    start: 2027-05-07
    due: 2027-06-30
    after: [train-west]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dependency-order").empty());
}

namespace {

// A housing association's plan written in months; the consultation waits
// for the case for change, due in 2026-09, and starts in `start`.
std::string tenantConsultation(std::string_view start) {
  return fmt::format(R"(strategy:
  name: Riverside Homes tenant services 2027
milestones:
  - id: case-for-change
    title: Board approves the case for change
    type: requirements
    start: 2026-06
    due: 2026-09
  - id: tenant-consultation
    title: Consult the tenant panel on the new repairs journey
    type: consultation
    start: {}
    due: 2026-11
    after: [case-for-change]
  - id: pick-supplier
    title: Select the housing CRM supplier
    type: vendor-selection
    start: 2026-10-15
    due: 2027-01
    after: [case-for-change]
)",
                     start);
}

}  // namespace

TEST_CASE("plan/dependency-order: a step starting in the month its dependency is due is in order") {
  const auto d = lint(tenantConsultation("2026-09"));
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dependency-order").empty());
}

TEST_CASE("plan/dependency-order: a month before the month a dependency is due is out of order") {
  const auto d = lint(tenantConsultation("2026-08"));
  INFO(describe(d));
  CHECK(fires(d, "plan/dependency-order", 12, 12));
  const auto found = ofRule(d, "plan/dependency-order");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "milestone 'tenant-consultation' starts in 2026-08, before milestone 'case-for-change' "
                            "is due in 2026-09, although it comes after it");
  CHECK(found[0].help.rfind("move 'start' to 2026-09 or later", 0) == 0);
}

TEST_CASE("plan/dependency-order: a milestone already done, or waiting on a dropped one, is not rescheduled") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-west
    title: Train the West region's sales team
    type: training
    start: 2026-04-19
    due: 2026-05-07
    status: done
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    start: 2026-05-03
    due: 2026-06-30
    after: [train-west]
    status: done
  - id: old-portal
    title: Extend the old partner portal
    start: 2026-03-01
    due: 2026-12-31
    status: dropped
  - id: partner-rollout
    title: Roll out deal registration to partners
    type: rollout
    start: 2026-09-01
    due: 2026-11-30
    after: [old-portal]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dependency-order").empty());
}

// ---- plan/date-order -------------------------------------------------------------

TEST_CASE("plan/date-order: a milestone that starts after its due date is reported at its start") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-west
    title: Train the West region's sales team
    type: training
    start: 2027-05-17
    due: 2027-05-07
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/date-order", 7, 12));
  const auto found = ofRule(d, "plan/date-order");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'train-west' starts on 2027-05-17, after its due date 2027-05-07"));
}

TEST_CASE("plan/date-order: a milestone due after a goal it serves is reported at its due date") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    due: 2027-12-31
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    goals: [reduce-churn]
    type: rollout
    start: 2027-09-01
    due: 2028-02-28
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/date-order", 13, 10));
  const auto found = ofRule(d, "plan/date-order");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'rollout-all' is due on 2028-02-28, after goal 'reduce-churn' it serves is "
                           "due on 2027-12-31"));
}

TEST_CASE("plan/date-order: a one-day milestone due on its goal's date is in order") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    due: 2027-12-31
milestones:
  - id: sign-off
    title: Sponsor signs off the churn results
    goals: [reduce-churn]
    type: review
    start: 2027-12-31
    due: 2027-12-31
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/date-order").empty());
}

// ---- plan/no-priority --------------------------------------------------------------

TEST_CASE("plan/no-priority: a missing priority is reported at the goal's id, a shared one at its value") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    priority: 1
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028
    priority: 1
  - id: faster-resolution
    title: Resolve 80% of support cases within one business day by end of 2027
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/no-priority").size() == 2);
  CHECK(fires(d, "plan/no-priority", 9, 15));
  CHECK(fires(d, "plan/no-priority", 10, 9));
  for (const Diagnostic& x : ofRule(d, "plan/no-priority")) {
    if (x.span.begin.line == 9) {
      CHECK(mentions(x, "goal 'cross-sell' has priority 1, the same as goal 'reduce-churn'"));
    } else {
      CHECK(mentions(x, "goal 'faster-resolution' has no priority"));
      CHECK(x.path == "goals[faster-resolution].priority");
      CHECK(x.severity == Severity::Info);
    }
  }
}

TEST_CASE("plan/no-priority: goals ranked 1, 2, 3 are prioritized") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    priority: 1
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by March 2028
    priority: 3
  - id: faster-resolution
    title: Resolve 80% of support cases within one business day by end of 2027
    priority: 2
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/no-priority").empty());
}

// ---- plan/no-review ------------------------------------------------------------------

TEST_CASE("plan/no-review: a plan without a review milestone or cadence is reported at the milestones key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/no-review", 3, 1));
  const auto found = ofRule(d, "plan/no-review");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "milestones");
}

TEST_CASE("plan/no-review: a strategy with no milestones and no cadence is reported at the strategy key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  vision: Every customer-facing team works from one customer record.
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/no-review", 1, 1));
  const auto found = ofRule(d, "plan/no-review");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "strategy.review_cadence");
}

TEST_CASE("plan/no-review: a review milestone, or a review cadence, is enough") {
  const auto withMilestone = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: review-q4
    title: Review churn against the baseline
    type: review
)");
  INFO(describe(withMilestone));
  CHECK(ofRule(withMilestone, "plan/no-review").empty());

  const auto withCadence = lint(R"(strategy:
  name: Acme customer loyalty 2027
  review_cadence: quarterly
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
)");
  INFO(describe(withCadence));
  CHECK(ofRule(withCadence, "plan/no-review").empty());
}

// ---- plan/technology-heavy --------------------------------------------------------------

TEST_CASE("plan/technology-heavy: three technology milestones of five with one training is reported at milestones") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: connect-billing, title: Connect billing to the CRM, type: integration}
  - {id: train, title: Train every customer-facing team, type: training}
  - {id: rollout-all, title: Roll out shared account plans, type: rollout}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/technology-heavy", 3, 1));
  const auto found = ofRule(d, "plan/technology-heavy");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "3 of the plan's 4 technology and people-and-process milestones (75%) are technology"));
  CHECK(mentions(found[0], "only 1 is about people and process"));
}

TEST_CASE("plan/technology-heavy: milestones without a type are not counted") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: train, title: Train every customer-facing team, type: training}
  - {id: kickoff, title: Kick-off meeting}
  - {id: workshop, title: Workshop with the sales team}
  - {id: offsite, title: Leadership offsite}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/technology-heavy", 3, 1));
}

TEST_CASE("plan/technology-heavy: half technology is not more than max_share") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: redesign, title: Redesign the renewal process, type: process}
  - {id: train, title: Train every customer-facing team, type: training}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/technology-heavy").empty());
}

TEST_CASE("plan/technology-heavy: max_share is the technology share of technology and people-and-process work") {
  Config c = recommended();
  c.rules["plan/technology-heavy"].options["max_share"] = 0.3;
  const auto balanced = lintWith(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: redesign, title: Redesign the renewal process, type: process}
  - {id: train, title: Train every customer-facing team, type: training}
  - {id: tell, title: Tell customers what changes, type: communication}
  - {id: rollout-all, title: Roll out shared account plans, type: rollout}
)",
                                 c);
  INFO(describe(balanced));
  CHECK(ofRule(balanced, "plan/technology-heavy").empty());

  const auto heavy = lintWith(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: redesign, title: Redesign the renewal process, type: process}
  - {id: train, title: Train every customer-facing team, type: training}
  - {id: tell, title: Tell customers what changes, type: communication}
)",
                              c);
  INFO(describe(heavy));
  CHECK(fires(heavy, "plan/technology-heavy", 3, 1));
}

TEST_CASE("plan/technology-heavy: two technology milestones and no people-and-process work are reported") {
  // Today's share counts every typed milestone, so two strategy milestones
  // bring it down to exactly 50% and the rule stays silent.
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: need, title: Agree the case for change, type: need}
  - {id: requirements, title: Gather requirements, type: requirements}
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: connect, title: Connect the CRM to the revenues system, type: integration}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/technology-heavy", 3, 1));
  const auto found = ofRule(d, "plan/technology-heavy");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "2 technology milestones"));
  CHECK(mentions(found[0], "none about people and process"));
}

TEST_CASE("plan/technology-heavy: a trivial need milestone does not dilute the technology share") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: need, title: Agree the case for change, type: need}
  - {id: select-vendor, title: Choose the CRM platform, type: vendor-selection}
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: connect, title: Connect the CRM to the revenues system, type: integration}
  - {id: train, title: Train the contact centre, type: training}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/technology-heavy", 3, 1));
}

TEST_CASE("plan/technology-heavy: a dropped training is not people-and-process work") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: migrate, title: Migrate the account data, type: data}
  - {id: train, title: Train the contact centre, type: training, status: dropped}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/technology-heavy", 3, 1));
}

// ---- plan/overdue --------------------------------------------------------------------------

namespace {

constexpr std::string_view kTrackedPlan = R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-west
    title: Train the West region's sales team
    type: training
    due: 2027-05-07
    status: in-progress
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    due: 2027-04-30
    status: done
  - id: clean-data
    title: Merge duplicate accounts
    type: data
    due: 2027-05-03
    status: dropped
  - id: announce
    title: Tell staff what changes and why
    type: communication
    due: 2027-06-01
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    due: 2027-05-31
)";

}  // namespace

TEST_CASE("plan/overdue: with --today, unfinished milestones past their due date are reported at it") {
  const auto d = lint(kTrackedPlan, onDay("2027-06-01"));
  INFO(describe(d));
  const auto found = ofRule(d, "plan/overdue");
  CHECK(found.size() == 2);
  CHECK(fires(d, "plan/overdue", 7, 10));
  CHECK(fires(d, "plan/overdue", 26, 10));
  for (const Diagnostic& x : found) {
    if (x.span.begin.line == 7) {
      CHECK(mentions(x, "milestone 'train-west' was due on 2027-05-07 and is still in progress: 25 days overdue"));
    } else {
      CHECK(mentions(x, "milestone 'rollout-all' was due on 2027-05-31 and is still planned: 1 day overdue"));
    }
  }
}

TEST_CASE("plan/overdue: without --today nothing is ever reported") {
  const auto d = lint(kTrackedPlan);
  INFO(describe(d));
  CHECK(ofRule(d, "plan/overdue").empty());
}

// ---- the bundled example ---------------------------------------------------------------------

TEST_CASE("plan: examples/acme-loyalty.yaml has no plan findings, also with --today before the plan starts") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"), onDay("2026-12-31"));
  INFO(describe(d));
  for (const Diagnostic& x : d) CHECK_FALSE(x.rule.starts_with("plan/"));
}

// ---- plan/dropped-prerequisite ---------------------------------------------------------

TEST_CASE("plan/dropped-prerequisite: a rollout waiting for a dropped training is reported at the entry") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: train-all, title: Train every team, type: training, status: dropped}
  - {id: go-live, title: Go live everywhere, type: rollout, after: [train-all]}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/dropped-prerequisite", 5, 69));
  const auto found = ofRule(d, "plan/dropped-prerequisite");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'go-live' waits for milestone 'train-all' (training), which is dropped"));
}

TEST_CASE("plan/dropped-prerequisite: a replacement step, or a milestone dropped with it, is fine") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: train-all, title: Train every team, type: training, status: dropped}
  - {id: train-online, title: Train every team online, type: training}
  - {id: go-live, title: Go live everywhere, type: rollout, after: [train-online]}
  - {id: go-live-old, title: Go live on the old plan, type: rollout, after: [train-all], status: dropped}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/dropped-prerequisite").empty());
}

// ---- plan/data-readiness ---------------------------------------------------------------

TEST_CASE("plan/data-readiness: an enterprise rollout in a plan that integrates systems needs data work first") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: connect, title: Connect the CRM to the revenues system, type: integration}
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    start: 2027-09-01
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/data-readiness", 9, 12));
  const auto found = ofRule(d, "plan/data-readiness");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "integrates systems (milestone 'connect')"));
  CHECK(mentions(found[0], "the plan has no data milestone"));
}

TEST_CASE("plan/data-readiness: a migration named in a goal, with the data milestone due too late") {
  const auto d = lint(R"(strategy:
  name: Student services
goals:
  - id: one-record
    title: Migrate the legacy student records so every adviser sees one record by 2028
milestones:
  - {id: cleanse, title: Match student records, type: data, due: 2027-10-29}
  - id: go-live
    title: Go live for all student services
    type: rollout
    scope: department
    start: 2027-09-01
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/data-readiness", 12, 12));
  const auto found = ofRule(d, "plan/data-readiness");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "says 'migrate' (goal 'one-record')"));
  CHECK(mentions(found[0], "not due until 2027-10-29"));
}

TEST_CASE("plan/data-readiness: data cleaned before go-live, or a plan that moves no systems, is fine") {
  const auto ready = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: cleanse, title: De-duplicate resident records, type: data, due: 2027-07-30}
  - {id: connect, title: Connect the CRM to the revenues system, type: integration}
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    start: 2027-09-01
    after: [cleanse]
)");
  INFO(describe(ready));
  CHECK(ofRule(ready, "plan/data-readiness").empty());
  // A new service with no systems to move or join: nothing to ready.
  const auto fresh = lint(R"(strategy:
  name: Volunteer relationships
milestones:
  - id: go-live
    title: Start logging every volunteer enquiry in one place
    type: rollout
    scope: enterprise
    start: 2027-09-01
)");
  INFO(describe(fresh));
  CHECK(ofRule(fresh, "plan/data-readiness").empty());
}

TEST_CASE("plan/technology-heavy: consultation and organisation milestones are people-and-process work") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: connect, title: Connect the CRM to the revenues system, type: integration}
  - {id: ask, title: Ask residents which services they want online, type: consultation}
  - {id: teams, title: Form one contact team from the six service desks, type: organisation}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/technology-heavy").empty());
  CHECK(ofRule(d, "schema/type").empty());
}

// ---- plan/unmanaged-risk ---------------------------------------------------------------

TEST_CASE("plan/unmanaged-risk: a risk without an owner or a mitigation is reported at its id") {
  const auto d = lint(R"(strategy:
  name: Council customer access
risks:
  - id: adoption
    title: Officers keep their own spreadsheets and the CRM data goes stale
  - id: vendor
    title: The supplier misses the integration date
    owner: kwame
    mitigation: Fixed-price integration with a penalty for late delivery
stakeholders:
  - {id: kwame, name: Kwame Mensah}
)");
  INFO(describe(d));
  CHECK(fires(d, "plan/unmanaged-risk", 4, 9));
  const auto found = ofRule(d, "plan/unmanaged-risk");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "risk 'adoption' has no owner who watches it and no mitigation"));
  CHECK(ofRule(d, "schema/unknown-key").empty());
}

TEST_CASE("plan/unmanaged-risk: a risk owner must be a stakeholder") {
  const auto d = lint(R"(strategy:
  name: Council customer access
risks:
  - {id: vendor, title: The supplier misses the integration date, owner: kwam, mitigation: Penalty clause}
stakeholders:
  - {id: kwame, name: Kwame Mensah}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "plan/unmanaged-risk").empty());
  CHECK_FALSE(ofRule(d, "schema/unknown-ref").empty());
}

TEST_CASE("plan/date-order: a date written as a quarter or a month is named as such, with the day it was read as") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online by 2027
    due: 2027-06
milestones:
  - id: portal
    title: Open the council tax portal to all residents
    goals: [tax-online]
    type: rollout
    start: 2027-Q3
    due: 2027-Q3
)");
  INFO(describe(d));
  expectExactly(d, "plan/date-order", {{13, 10}});
  const auto found = ofRule(d, "plan/date-order");
  CHECK(mentions(found[0], "milestone 'portal' is due on 2027-Q3 (read as the quarter's last day, 2027-09-30), "
                           "after goal 'tax-online' it serves is due on 2027-06 (read as the month's last day, "
                           "2027-06-30)"));
  // The help names the day to write, which needs no explaining.
  CHECK(found[0].help.find("2027-06-30") != std::string::npos);
  CHECK(found[0].help.find("read as") == std::string::npos);
}

TEST_CASE("pace/no-pilot: a rollout starting in a quarter says it was read as the quarter's first day") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: portal
    title: Open the council tax portal to all residents
    type: rollout
    scope: enterprise
    start: 2027-Q3
    due: 2027-12-31
)");
  INFO(describe(d));
  const auto found = ofRule(d, "pace/no-pilot");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "on 2027-Q3 (read as the quarter's first day, 2027-07-01)"));
  // A day written as a day is shown as it is.
  const auto day = ofRule(lint(R"(strategy:
  name: Council customer access
milestones:
  - id: portal
    title: Open the council tax portal to all residents
    type: rollout
    scope: enterprise
    start: 2027-07-01
    due: 2027-12-31
)"),
                          "pace/no-pilot");
  REQUIRE(day.size() == 1);
  CHECK(mentions(day[0], "on 2027-07-01,"));
  CHECK_FALSE(mentions(day[0], "read as"));
}
