// wiifm/*: every stakeholder, and every department the plan relies on, knows
// what is in it for them.
#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

TEST_CASE("wiifm/missing: fires at the id of a stakeholder without a wiifm") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
    wiifm: >-
      Fewer escalations reach her desk, and renewals at risk are visible a
      quarter ahead.
  - id: sam
    name: Sam Patel
    role: Head of Enterprise Sales
    department: sales
)");
  INFO(describe(d));
  CHECK(fires(d, "wiifm/missing", 10, 9));
  const auto found = ofRule(d, "wiifm/missing");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "stakeholders[sam].wiifm");
  CHECK(found[0].message.find("stakeholder 'sam' (Sam Patel)") != std::string::npos);
}

TEST_CASE("wiifm/missing: an empty or blank wiifm is reported where it is written") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: sam
    name: Sam Patel
    department: sales
    wiifm:
  - id: raj
    name: Raj Mehta
    department: support
    wiifm: "   "
)");
  INFO(describe(d));
  // One finding at the first; the second, where its blank wiifm is written, is a related location.
  expectExactly(d, "wiifm/missing", {{7, 5}});
  const auto found = ofRule(d, "wiifm/missing");
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 11);
  CHECK(found[0].related[0].span.begin.column == 12);
}

TEST_CASE("wiifm/missing: a short but real wiifm is enough") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: mia
    name: Mia Novak
    department: marketing
    wiifm: Campaigns target accounts by real health scores.
)");
  INFO(describe(d));
  CHECK(ofRule(d, "wiifm/missing").empty());
}

TEST_CASE("wiifm/uncovered-department: fires once for a default department nobody briefed, at its first mention") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
    wiifm: Fewer escalations reach her desk.
  - id: sam
    name: Sam Patel
    department: sales
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    departments: [service, sales]
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    goals: [reduce-churn]
    departments: [sales, service]
)");
  INFO(describe(d));
  CHECK(fires(d, "wiifm/uncovered-department", 14, 28));
  const auto found = ofRule(d, "wiifm/uncovered-department");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "departments[sales]");
  CHECK(found[0].message.find("department 'sales' (a default department)") != std::string::npos);
  CHECK(found[0].message.find("goal 'reduce-churn'") != std::string::npos);
  CHECK(found[0].message.find("none of its stakeholders") != std::string::npos);
}

TEST_CASE("wiifm/uncovered-department: a declared department is reported at its own entry, named by the first mention") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
departments:
  - id: sales
    customer_facing: true
  - id: support
    customer_facing: true
milestones:
  - id: train-support
    title: Train the support desk on the shared account history
    departments: [support]
goals:
  - id: faster-cases
    title: Resolve 80% of support cases within one business day by 2027
    departments: [support, sales]
)");
  INFO(describe(d));
  // Two departments are one finding, at the first department's entry, with the other as a related location.
  expectExactly(d, "wiifm/uncovered-department", {{4, 9}});
  const auto found = ofRule(d, "wiifm/uncovered-department");
  CHECK(found[0].path == "departments");
  CHECK(found[0].message.find("'sales' and 'support'") != std::string::npos);
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 6);
  // Milestones may come first in the file: the related location names the earliest mention.
  CHECK(found[0].related[0].message.find("department 'support' is asked to take part in milestone 'train-support'") !=
        std::string::npos);
  CHECK(found[0].related[0].message.find("no stakeholder from that department is listed") != std::string::npos);
}

TEST_CASE("wiifm/uncovered-department: a department named 'it' is never confused with the pronoun") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
departments:
  - id: service
    customer_facing: true
  - {id: it, name: IT Applications, function: it}
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
    wiifm: Fewer escalations reach her desk.
milestones:
  - id: integrate
    title: Connect the contact centre telephony to the CRM
    type: integration
    departments: [it, service]
)");
  INFO(describe(d));
  expectExactly(d, "wiifm/uncovered-department", {{6, 10}});
  const auto found = ofRule(d, "wiifm/uncovered-department");
  CHECK(found[0].message ==
        "department 'it' is asked to take part in milestone 'integrate', but no stakeholder from that department is "
        "listed, so nobody there has been told what is in it for them");
  CHECK(found[0].message.find("from it ") == std::string::npos);
}

TEST_CASE("wiifm/uncovered-department: one briefed stakeholder covers the department") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: sam
    name: Sam Patel
    department: sales
    wiifm: Reps see open service cases before a renewal call.
  - id: kim
    name: Kim Lee
    department: sales
goals:
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by 2028
    departments: [sales]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "wiifm/uncovered-department").empty());
}

TEST_CASE("wiifm: the bundled acme example has no wiifm findings") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  CHECK_FALSE(inCategory(d, "wiifm"));
}
