// alignment/*: sales, marketing, service and support work together, and the
// plan reaches the whole enterprise.
#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

TEST_CASE("alignment/missing-unit: a default customer-facing department left out is reported at the goals key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    departments: [service, sales, support]
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/missing-unit", 3, 1));
  const auto found = ofRule(d, "alignment/missing-unit");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("department 'marketing' (a default department") != std::string::npos);
  CHECK(found[0].path == "departments[marketing]");
}

TEST_CASE("alignment/missing-unit: with no goals section a default department points at the strategy key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: share-vision
    title: Vision shared at the all-hands of every customer-facing team
    departments: [sales, service, support]
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/missing-unit", 1, 1));
  CHECK(ofRule(d, "alignment/missing-unit").size() == 1);
}

TEST_CASE("alignment/missing-unit: a declared customer-facing department is reported at its id") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
departments:
  - id: sales
    customer_facing: true
  - id: field-service
    name: Field Service
    customer_facing: true
  - id: finance
    name: Finance
goals:
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by 2028
    departments: [sales]
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/missing-unit", 6, 9));
  const auto found = ofRule(d, "alignment/missing-unit");
  REQUIRE(found.size() == 1);  // finance does not face customers
  CHECK(found[0].message.find("department 'field-service' faces customers") != std::string::npos);
}

TEST_CASE("alignment/missing-unit: a department named only by a milestone takes part") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    departments: [service, sales, support]
milestones:
  - id: announce
    title: Tell staff and key customers what changes and why
    type: communication
    departments: [marketing]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "alignment/missing-unit").empty());
}

TEST_CASE("alignment/siloed-goal: a customer goal with one department is reported at its departments") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    outcome: retention
    departments: [service, service]
  - id: happier-customers
    title: Raise the enterprise satisfaction score from 7.1 to 8.0 by 2027
    outcome: satisfaction
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/siloed-goal", 7, 18));
  CHECK(fires(d, "alignment/siloed-goal", 8, 9));
  const auto found = ofRule(d, "alignment/siloed-goal");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[0].message.find("involves only department 'service'") != std::string::npos);
  CHECK(found[1].message.find("names no department") != std::string::npos);
  CHECK(found[1].path == "goals[happier-customers].departments");
}

TEST_CASE("alignment/siloed-goal: two departments, or no customer outcome, is not reported") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    outcome: retention
    departments: [service, sales]
  - id: close-books
    title: Close the quarterly books in 5 working days by end of 2027
    departments: [finance]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "alignment/siloed-goal").empty());
}

TEST_CASE("alignment/no-enterprise-rollout: a plan that stops at a department rollout is reported") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
  - id: rollout-sales
    title: Roll out shared account plans to the sales department
    type: rollout
    scope: department
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/no-enterprise-rollout", 3, 1));
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("scope 'department'") != std::string::npos);
}

TEST_CASE("alignment/no-enterprise-rollout: an enterprise pilot is not a rollout") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-all
    title: Pilot shared account plans everywhere at once
    type: pilot
    scope: enterprise
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/no-enterprise-rollout", 3, 1));
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("no rollout milestone at all") != std::string::npos);
}

TEST_CASE("alignment/no-enterprise-rollout: an enterprise rollout, or no milestones, is not reported") {
  const auto rollout = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
  - id: rollout-enterprise
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
)");
  INFO(describe(rollout));
  CHECK(ofRule(rollout, "alignment/no-enterprise-rollout").empty());

  const auto noMilestones = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
)");
  INFO(describe(noMilestones));
  CHECK(ofRule(noMilestones, "alignment/no-enterprise-rollout").empty());
}

TEST_CASE("alignment: the bundled acme example has no alignment findings") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  CHECK_FALSE(inCategory(d, "alignment"));
}

TEST_CASE("alignment/no-enterprise-rollout: a dropped enterprise rollout does not reach anyone") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: go-live, title: Go live for every service, type: rollout, scope: enterprise, status: dropped}
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/no-enterprise-rollout", 3, 1));
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("its only rollout milestones are dropped") != std::string::npos);
}

TEST_CASE("alignment/no-enterprise-rollout: a phase that does not say what comes later is still reported") {
  const auto d = lint(R"(strategy:
  name: Council customer access, phase 1
  phase: 1
milestones:
  - {id: go-live, title: Go live in Revenues, type: rollout, scope: department}
)");
  INFO(describe(d));
  CHECK(fires(d, "alignment/no-enterprise-rollout", 4, 1));
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].help.find("later_phases") != std::string::npos);
}

TEST_CASE("alignment/siloed-goal: the help's example names the file's own customer-facing departments") {
  const auto d = lint(R"(strategy:
  name: Customer access
  sector: public
departments:
  - id: revenues
    name: Revenues
    customer_facing: true
  - id: finance
    name: Finance
  - id: waste
    name: Waste Services
    customer_facing: true
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online by 2027
    outcome: access
    departments: [revenues]
)");
  INFO(describe(d));
  expectExactly(d, "alignment/siloed-goal", {{17, 18}});
  const auto found = ofRule(d, "alignment/siloed-goal");
  CHECK(found[0].help.find("e.g. [revenues, waste]") != std::string::npos);
  CHECK(found[0].help.find("sales") == std::string::npos);
  // Without a departments section the defaults are the file's departments.
  const auto defaults = ofRule(lint(R"(strategy:
  name: Acme loyalty
goals:
  - id: churn
    title: Cut enterprise churn from 14% to 9% by end of 2027
    outcome: retention
    departments: [sales]
)"),
                               "alignment/siloed-goal");
  REQUIRE(defaults.size() == 1);
  CHECK(defaults[0].help.find("e.g. [sales, marketing, service]") != std::string::npos);
}
