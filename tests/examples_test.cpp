// The bundled examples: the good one is clean under every rule, and each bad
// one fires the rules its name promises. (The other bad examples are tested
// beside their rules: tests/rules/customer_test.cpp for tech-first.yaml,
// alignment/ownership/wiifm for it-led.yaml, pace_test.cpp for rushed-rollout.yaml.)
#include <string>
#include <vector>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

TEST_CASE("examples: acme-loyalty.yaml is clean with every rule on") {
  const std::string text = readProjectFile("examples/acme-loyalty.yaml");
  const Config strict = Config::strict(Registry::instance());
  LintOptions beforeThePlan;
  beforeThePlan.today = parseDate("2026-12-01");
  const auto d = lintWith(text, strict, beforeThePlan);
  INFO(describe(d));
  CHECK(d.empty());
  // Written before the plan starts, every milestone is still planned: in
  // March 2027 the first three are overdue, and nothing else changes.
  LintOptions midPlan;
  midPlan.today = parseDate("2027-03-15");
  const auto later = lintWith(text, strict, midPlan);
  INFO(describe(later));
  CHECK(later.size() == 3);
  CHECK(ofRule(later, "plan/overdue").size() == 3);
}

TEST_CASE("examples: vague-goals.yaml fires the SMART and strategy rules its name promises") {
  const auto d = lint(readProjectFile("examples/vague-goals.yaml"));
  INFO(describe(d));
  CHECK(fires(d, "strategy/no-business-need", 7, 1));
  CHECK(fires(d, "strategy/no-vision", 7, 1));
  CHECK(fires(d, "smart/specific", 43, 12));  // "Improve the customer experience"
  CHECK(fires(d, "smart/specific", 52, 12));  // "Boost engagement"
  CHECK(fires(d, "smart/measurable", 42, 9));  // no metric at all
  CHECK(fires(d, "smart/measurable", 57, 5));  // a metric without baseline or target
  CHECK(fires(d, "smart/time-bound", 42, 9));
  CHECK(fires(d, "smart/actionable", 42, 9));
  CHECK(ofRule(d, "schema/type").empty());
  CHECK(ofRule(d, "schema/unknown-key").empty());
}

TEST_CASE("examples: failed-enterprise-programme.yaml is caught on the root causes of a failed programme") {
  const auto d = lint(readProjectFile("examples/failed-enterprise-programme.yaml"));
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-led", 16, 12));              // no owner; the only leads are the CIO and the IT lead
  CHECK(fires(d, "plan/technology-heavy", 100, 1));         // systems work and no people-and-process work
  CHECK(fires(d, "pace/rushed-rollout", 148, 10));          // every division live in 24 days
  CHECK(fires(d, "pace/no-pilot", 147, 12));                // ... with no pilot
  CHECK(fires(d, "pace/training-after-rollout", 146, 19));  // the training was dropped
  CHECK(fires(d, "plan/dropped-prerequisite", 149, 22));    // ... but the go-live still waits for it
  CHECK(fires(d, "plan/data-readiness", 147, 12));          // records migrated as they stand
  CHECK(fires(d, "pace/vendor-before-requirements", 106, 12));
  CHECK(fires(d, "customer/technology-first", 65, 12));
  // The savings goal is measured by its money benefit.
  CHECK_FALSE(fires(d, "smart/measurable", 76, 9));
  CHECK(ofRule(d, "schema/type").empty());
  CHECK(ofRule(d, "schema/unknown-key").empty());
}

TEST_CASE("examples: failed-enterprise-programme.yaml reports exactly these findings, and nothing else") {
  const auto d = lint(readProjectFile("examples/failed-enterprise-programme.yaml"));
  INFO(describe(d));
  struct Found {
    std::string rule;
    std::uint32_t line;
    std::uint32_t column;
    bool operator==(const Found&) const = default;
  };
  std::vector<Found> found;
  for (const Diagnostic& x : d) found.push_back({x.rule, x.span.begin.line, x.span.begin.column});
  const std::vector<Found> expected = {
      {"customer/unknown-customers", 8, 1},  // no segments: whom does the ERP serve?
      {"ownership/no-owner", 8, 1},
      {"ownership/it-led", 16, 12},  // the sponsor and the programme lead are both IT
      {"customer/no-retention-goal", 63, 1},
      {"business-case/no-benefit", 64, 9},  // two of the three goals, one finding
      {"customer/no-outcome", 64, 9},
      {"smart/actionable", 64, 9},
      {"customer/technology-first", 65, 12},
      {"ownership/it-led", 66, 12},
      {"smart/realistic", 72, 15},
      {"business-case/no-cost", 76, 9},
      {"smart/actionable", 76, 9},
      {"ownership/it-led", 78, 12},
      {"smart/actionable", 85, 9},
      {"plan/technology-heavy", 100, 1},
      {"pace/vendor-before-requirements", 106, 12},
      {"plan/dependency-order", 130, 12},
      {"pace/training-after-rollout", 146, 19},
      {"pace/no-pilot", 147, 12},
      {"plan/data-readiness", 147, 12},
      {"pace/rushed-rollout", 148, 10},
      {"plan/dropped-prerequisite", 149, 22},
  };
  CHECK(found == expected);
}

TEST_CASE("examples: council-customer-access.yaml, a public-sector phase 1, is clean with every rule on") {
  // A council serves residents: no retention goal is asked for, the phase is
  // judged against the programme it belongs to, and its month dates read as
  // the first day for a start and the last for a due date.
  const Config strict = Config::strict(Registry::instance());
  LintOptions beforeThePlan;
  beforeThePlan.today = parseDate("2026-12-01");
  const auto d = lintWith(readProjectFile("examples/council-customer-access.yaml"), strict, beforeThePlan);
  INFO(describe(d));
  CHECK(d.empty());
}

TEST_CASE("examples: the university and the charity strategies are clean with every rule on") {
  // A university serves students (no retention goal is asked for); a charity
  // keeps its regular donors, and its retention goal is what the rule wants.
  const Config strict = Config::strict(Registry::instance());
  LintOptions beforeThePlan;
  beforeThePlan.today = parseDate("2026-12-01");
  for (const char* file : {"examples/university-student-journey.yaml", "examples/charity-supporter-care.yaml"}) {
    const auto d = lintWith(readProjectFile(file), strict, beforeThePlan);
    INFO(file << "\n" << describe(d));
    CHECK(d.empty());
  }
  // Without its retention goal, the charity would be asked for one.
  std::string charity = readProjectFile("examples/charity-supporter-care.yaml");
  charity.replace(charity.find("    outcome: retention\n"), std::string_view("    outcome: retention\n").size(),
                  "    outcome: satisfaction\n");
  CHECK_FALSE(ofRule(lint(charity), "customer/no-retention-goal").empty());
}
