// alignment/*: sales, marketing, service and support work together, and the
// plan reaches the whole enterprise.
#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool mentions(const Diagnostic& d, std::string_view text) { return d.message.find(text) != std::string::npos; }

}  // namespace

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
  // The rollout names no departments, so it shows no department reached.
  CHECK(mentions(found[0], "no rollout reaches the customer-facing departments 'sales', 'marketing', 'service' and "
                           "'support' (default departments: the file has no 'departments' section; no rollout lists "
                           "its 'departments')"));
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

namespace {

// An industrial manufacturer's plan: a DACH pilot, then regional waves. The
// `waves` text is spliced in as the rollout milestones.
std::string manufacturer(std::string_view waves) {
  return std::string(R"(strategy:
  name: Commercial Excellence - Key Account and Channel CRM 2027-2028
departments:
  - {id: kam, name: Key Account Management, customer_facing: true}
  - {id: inside-sales, name: Inside Sales and Order Management, customer_facing: true}
  - {id: channel, name: Channel Management (distributors), customer_facing: true}
  - {id: service, name: Technical Service and Aftermarket, customer_facing: true}
  - {id: ops, name: Operations and Supply Chain}
  - {id: it, name: IT (ERP and Business Applications), function: it}
milestones:
  - id: pilot-dach
    title: Pilot in DACH (12 OEM accounts, inside sales Stuttgart)
    type: pilot
    scope: region
    departments: [kam, inside-sales]
    start: 2027-09-13
    due: 2027-11-05
)") + std::string(waves);
}

constexpr std::string_view kWave1 = R"(  - id: wave1
    title: Wave 1 go-live - UK, Benelux, Nordics
    type: rollout
    scope: region
    departments: [kam, inside-sales, service]
    start: 2027-11-29
    due: 2028-01-28
)";

constexpr std::string_view kWave2 = R"(  - id: wave2
    title: Wave 2 go-live - France, Iberia, Italy, North America
    type: rollout
    scope: region
    departments: [kam, inside-sales, service]
    start: 2028-02-07
    due: 2028-04-07
)";

constexpr std::string_view kDistributors = R"(  - id: distributor-onboarding
    title: Onboard distributors to the partner portal (top 25 first, then the rest)
    type: rollout
    scope: region
    departments: [channel]
    start: 2028-01-10
    due: 2028-04-28
)";

}  // namespace

TEST_CASE("alignment/no-enterprise-rollout: regional waves that together reach every customer-facing department "
          "are the enterprise rollout") {
  const auto d = lint(manufacturer(std::string(kWave1) + std::string(kWave2) + std::string(kDistributors)));
  INFO(describe(d));
  CHECK(ofRule(d, "alignment/no-enterprise-rollout").empty());
}

TEST_CASE("alignment/no-enterprise-rollout: waves that leave a customer-facing department out name it") {
  const auto d = lint(manufacturer(std::string(kWave1) + std::string(kWave2)));
  INFO(describe(d));
  expectExactly(d, "alignment/no-enterprise-rollout", {{10, 1}});
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  CHECK(found[0].message ==
        "the plan never rolls CRM out to the whole enterprise: the widest rollout reaches only scope 'region', and "
        "no rollout reaches the customer-facing department 'channel'");
  CHECK(found[0].help.find("or list channel in the 'departments' of rollouts") != std::string::npos);
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 6);
  CHECK(found[0].related[0].span.begin.column == 10);
  CHECK(found[0].related[0].message == "no rollout reaches department 'channel'");
}

TEST_CASE("alignment/no-enterprise-rollout: one regional rollout reaches one region, whatever departments it lists") {
  const auto d = lint(manufacturer(R"(  - id: wave1
    title: Go live in the UK, Benelux and Nordics
    type: rollout
    scope: region
    departments: [kam, inside-sales, channel, service]
    start: 2027-11-29
    due: 2028-01-28
)"));
  INFO(describe(d));
  expectExactly(d, "alignment/no-enterprise-rollout", {{10, 1}});
  const auto found = ofRule(d, "alignment/no-enterprise-rollout");
  CHECK(mentions(found[0], "no rollout reaches the customer-facing departments 'kam', 'inside-sales', 'channel' and "
                           "'service'"));
  CHECK(mentions(found[0], "(milestone 'wave1' is the only rollout to a region or team: it reaches its departments "
                           "in one region only)"));
  CHECK(found[0].related.size() == 4);
}

TEST_CASE("alignment/no-enterprise-rollout: a dropped wave leaves the other alone in its region") {
  std::string second(kWave2);
  second += "    status: dropped\n";
  const auto d = lint(manufacturer(R"(  - id: wave1
    title: Wave 1 go-live - UK, Benelux, Nordics
    type: rollout
    scope: region
    departments: [kam, inside-sales, channel, service]
    start: 2027-11-29
    due: 2028-01-28
)" + second));
  INFO(describe(d));
  expectExactly(d, "alignment/no-enterprise-rollout", {{10, 1}});
  CHECK(mentions(ofRule(d, "alignment/no-enterprise-rollout")[0], "'wave1' is the only rollout to a region or team"));
}

TEST_CASE("alignment/no-enterprise-rollout: department rollouts that between them reach every customer-facing "
          "department are not reported") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West sales team
    type: pilot
    scope: team
    departments: [sales]
  - id: rollout-sales-marketing
    title: Roll out shared account plans to sales and marketing
    type: rollout
    scope: department
    departments: [sales, marketing]
  - id: rollout-service
    title: Roll out the case desk to service and support
    type: rollout
    scope: department
    departments: [service, support]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "alignment/no-enterprise-rollout").empty());
}

TEST_CASE("alignment/no-enterprise-rollout: with no department marked customer-facing every department must be "
          "reached") {
  const auto d = lint(R"(strategy:
  name: Member CRM 2027
departments:
  - {id: membership, name: Membership}
  - {id: standards, name: Professional Standards}
milestones:
  - id: go-live
    title: The membership team goes live
    type: rollout
    scope: department
    departments: [membership]
)");
  INFO(describe(d));
  expectExactly(d, "alignment/no-enterprise-rollout", {{6, 1}});
  CHECK(mentions(ofRule(d, "alignment/no-enterprise-rollout")[0],
                 "no rollout reaches the department 'standards'"));
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
