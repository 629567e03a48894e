// ownership/*: business-led, IT-supported, visibly sponsored; and the
// bundled IT-led example fires what its name promises.
#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

TEST_CASE("ownership/it-led: fires at a strategy owner from the default IT department") {
  const auto d = lint(R"(strategy:
  name: Globex CRM platform 2027
  owner: ivan
  sponsor: grace
stakeholders:
  - id: ivan
    name: Ivan Petrov
    role: Head of IT Applications
    department: it
  - id: grace
    name: Grace Liu
    role: Chief Operating Officer
    department: executive
    executive: true
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-led", 3, 10));
  const auto found = ofRule(d, "ownership/it-led");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("stakeholder 'ivan'") != std::string::npos);
  CHECK(found[0].path == "strategy.owner");
}

TEST_CASE("ownership/it-led: fires at a goal owner from a declared department with function it") {
  const auto d = lint(R"(strategy:
  name: Globex CRM platform 2027
  owner: dana
departments:
  - id: service
    name: Customer Service
    customer_facing: true
  - id: business-systems
    name: Business Systems
    function: it
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
  - id: ivan
    name: Ivan Petrov
    department: business-systems
goals:
  - id: single-view
    title: Show 95% of open cases on the account page by June 2027
    owner: ivan
    departments: [service]
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-led", 21, 12));
  const auto found = ofRule(d, "ownership/it-led");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("goal 'single-view'") != std::string::npos);
  CHECK(found[0].message.find("IT department 'business-systems'") != std::string::npos);
}

TEST_CASE("ownership/it-led: a business owner with IT as a supporting stakeholder is fine") {
  // The declared department `it` here is an ordinary business team: what
  // counts is `function`, not the id.
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  owner: dana
departments:
  - id: service
    customer_facing: true
  - id: it
    name: Inside Team (inside sales)
    customer_facing: true
  - id: apps
    name: IT Applications
    function: it
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
  - id: tom
    name: Tom Berg
    department: it
  - id: ivan
    name: Ivan Petrov
    department: apps
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    owner: tom
    departments: [service, it]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "ownership/it-led").empty());
}

TEST_CASE("ownership/no-sponsor: a missing sponsor is reported at the strategy key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  owner: dana
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/no-sponsor", 1, 1));
  const auto found = ofRule(d, "ownership/no-sponsor");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "strategy.sponsor");
}

TEST_CASE("ownership/no-sponsor: a sponsor who is not an executive is reported at the sponsor value") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  sponsor: sam
stakeholders:
  - id: sam
    name: Sam Patel
    role: Head of Enterprise Sales
    department: sales
    executive: false
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/no-sponsor", 3, 12));
  const auto found = ofRule(d, "ownership/no-sponsor");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("stakeholder 'sam'") != std::string::npos);
}

TEST_CASE("ownership/no-sponsor: an executive sponsor, or an unknown one, is not reported") {
  const auto executive = lint(R"(strategy:
  name: Acme customer loyalty 2027
  sponsor: lee
stakeholders:
  - id: lee
    name: Lee Okafor
    role: Chief Operating Officer
    department: executive
    executive: true
)");
  INFO(describe(executive));
  CHECK(ofRule(executive, "ownership/no-sponsor").empty());

  // A misspelt sponsor is schema/unknown-ref's finding, not this rule's.
  const auto unknown = lint(R"(strategy:
  name: Acme customer loyalty 2027
  sponsor: leee
stakeholders:
  - id: lee
    name: Lee Okafor
    executive: true
)");
  INFO(describe(unknown));
  CHECK(ofRule(unknown, "ownership/no-sponsor").empty());
  CHECK(fires(unknown, "schema/unknown-ref", 3, 12));
}

TEST_CASE("ownership/it-not-involved: fires at the stakeholders key when IT takes no part") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
milestones:
  - id: select-vendor
    title: Choose the platform that fits the requirements
    type: vendor-selection
    departments: [service, sales]
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-not-involved", 3, 1));
  const auto found = ofRule(d, "ownership/it-not-involved");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}

TEST_CASE("ownership/it-not-involved: departments without any IT function are reported too") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
departments:
  - id: sales
    customer_facing: true
  - id: it
    name: IT
stakeholders:
  - id: ivan
    name: Ivan Petrov
    department: it
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-not-involved", 8, 1));
  const auto found = ofRule(d, "ownership/it-not-involved");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("function: it") != std::string::npos);
}

TEST_CASE("ownership/it-not-involved: an IT department in one milestone is enough") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
milestones:
  - id: clean-data
    title: Merge duplicate accounts and clean contact data
    type: data
    departments: [it, service]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "ownership/it-not-involved").empty());
}

TEST_CASE("ownership/it-not-involved: a small body with no IT department is reported, and told who to name") {
  const auto d = lint(R"(strategy:
  name: Member CRM 2027-2028
  sector: nonprofit
departments:
  - {id: membership, name: "Membership, Marketing and Events", customer_facing: true}
  - {id: ops, name: Finance and Operations}
stakeholders:
  - id: helen
    name: Helen Price
    role: Head of Audit and Credit Control
    department: ops
milestones:
  - id: migrate
    title: Clean and migrate member records from the Access database
    type: data
    departments: [ops, membership]
)");
  INFO(describe(d));
  // 'Audit' holds the letters, not the word: nobody here looks after IT.
  expectExactly(d, "ownership/it-not-involved", {{7, 1}});
  const auto found = ofRule(d, "ownership/it-not-involved");
  CHECK(found[0].message ==
        "no stakeholder looks after IT and no department has 'function: it', so IT has no part in the strategy: the "
        "people who must run the systems have not accepted the plan");
  CHECK(found[0].help.find("name whoever looks after IT as a stakeholder") == 0);
  CHECK(found[0].help.find("the contact at an outsourced IT provider") != std::string::npos);
  CHECK(found[0].help.find("'function: it'") != std::string::npos);
}

TEST_CASE("ownership/it-not-involved: a stakeholder whose role names IT work is IT's part, without an IT department") {
  // A 15-person institute: IT is outsourced, and the finance manager holds the contract.
  const auto institute = lint(R"(strategy:
  name: Member CRM 2027-2028
  sector: nonprofit
departments:
  - {id: membership, name: "Membership, Marketing and Events", customer_facing: true}
  - {id: ops, name: Finance and Operations}
stakeholders:
  - id: sarah
    name: Sarah Quinn
    role: Head of Membership, Marketing and Events
    department: membership
  - id: helen
    name: Helen Price
    role: Finance and Operations Manager (also IT contract and data protection lead)
    department: ops
)");
  INFO(describe(institute));
  CHECK(ofRule(institute, "ownership/it-not-involved").empty());

  // The contact at the outsourced provider, with no department of the organisation's own.
  for (const char* role : {"Service delivery manager, our managed service provider", "ICT Manager",
                           "Account manager at Northgate IT Services (outsourced)"}) {
    const auto d = lint(std::string(R"(strategy:
  name: Member CRM 2027-2028
departments:
  - {id: membership, name: Membership, customer_facing: true}
stakeholders:
  - id: sarah
    name: Sarah Quinn
    department: membership
  - id: tom
    name: Tom Reed
    role: )") + role + "\n");
    INFO(role);
    INFO(describe(d));
    CHECK(ofRule(d, "ownership/it-not-involved").empty());
  }
}

TEST_CASE("ownership: the bundled acme example has no ownership findings") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  CHECK_FALSE(inCategory(d, "ownership"));
}

TEST_CASE("examples/it-led.yaml: fires ownership/it-led, wiifm/missing and alignment/missing-unit") {
  const auto d = lint(readProjectFile("examples/it-led.yaml"));
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-led", 15, 10));          // strategy.owner: ivan, from IT
  CHECK(fires(d, "ownership/it-led", 54, 12));          // the goal's owner: ivan again
  expectExactly(d, "wiifm/missing", {{34, 9}});         // sam, sales; raj, support as a related location
  REQUIRE(ofRule(d, "wiifm/missing")[0].related.size() == 1);
  CHECK(ofRule(d, "wiifm/missing")[0].related[0].span.begin.line == 38);
  expectExactly(d, "alignment/missing-unit", {{51, 1}});  // marketing, service, support left out: one finding
  CHECK(ofRule(d, "alignment/missing-unit")[0].message.find("'marketing', 'service' and 'support'") !=
        std::string::npos);
  CHECK(fires(d, "alignment/siloed-goal", 58, 18));     // only sales works on the goal
  CHECK(fires(d, "wiifm/uncovered-department", 58, 19));
  CHECK(ofRule(d, "ownership/no-sponsor").empty());     // the CIO is a real executive sponsor
}

TEST_CASE("ownership/no-owner: fires at the strategy key when no owner is named") {
  const auto d = lint(R"(strategy:
  name: Resident access programme 2027
  sponsor: grace
departments:
  - id: resident-services
    name: Resident Services
    customer_facing: true
  - id: digital
    name: Digital and ICT
    function: it
stakeholders:
  - id: grace
    name: Grace Liu
    role: Chief Executive
    department: resident-services
    executive: true
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/no-owner", 1, 1));
  const auto found = ofRule(d, "ownership/no-owner");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "strategy.owner");
  // The help names the file's own business department, not the default set.
  CHECK(found[0].help.find("Resident Services") != std::string::npos);
  CHECK(found[0].help.find("sales") == std::string::npos);
  // A business sponsor: not IT-led.
  CHECK(ofRule(d, "ownership/it-led").empty());
}

TEST_CASE("ownership/no-owner: a named business owner is enough") {
  const auto d = lint(R"(strategy:
  name: Resident access programme 2027
  owner: dana
stakeholders:
  - id: dana
    name: Dana Ruiz
    role: Head of Customer Services
    department: service
)");
  INFO(describe(d));
  CHECK(ofRule(d, "ownership/no-owner").empty());
}

TEST_CASE("ownership/it-led: with no owner, a strategy whose only named leads are IT is IT-led") {
  const auto d = lint(R"(strategy:
  name: College student CRM charter
departments:
  - id: admissions
    name: Admissions
    customer_facing: true
  - id: registry
    name: Student Registry
  - id: ict
    name: ICT Services
    function: it
stakeholders:
  - id: priya
    name: Priya Shah
    role: IT Sponsor
  - id: tom
    name: Tom Hale
    role: IT Lead
    department: ict
  - id: ana
    name: Ana Costa
    role: Admissions Officer
    department: admissions
)");
  INFO(describe(d));
  CHECK(fires(d, "ownership/it-led", 15, 11));
  const auto found = ofRule(d, "ownership/it-led");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'priya' (IT Sponsor), 'tom' (IT Lead)") != std::string::npos);
  CHECK(found[0].help.find("Admissions or Student Registry") != std::string::npos);
}

TEST_CASE("ownership/it-led: with no owner, a business sponsor beside an IT lead is not IT-led") {
  const auto d = lint(R"(strategy:
  name: College student CRM charter
  sponsor: helen
departments:
  - id: admissions
    name: Admissions
    customer_facing: true
  - id: ict
    name: ICT Services
    function: it
stakeholders:
  - id: helen
    name: Helen Moss
    role: Deputy Principal, Students
    department: admissions
    executive: true
  - id: tom
    name: Tom Hale
    role: IT Lead
    department: ict
)");
  INFO(describe(d));
  CHECK(ofRule(d, "ownership/it-led").empty());
}

TEST_CASE("ownership/it-led: the help names the file's business departments, not the defaults") {
  const auto d = lint(R"(strategy:
  name: Council customer access
  owner: ivan
departments:
  - id: revenues
    name: Revenues and Benefits
    customer_facing: true
  - id: ict
    name: ICT
    function: it
stakeholders:
  - id: ivan
    name: Ivan Petrov
    department: ict
)");
  INFO(describe(d));
  const auto found = ofRule(d, "ownership/it-led");
  REQUIRE(found.size() == 1);
  CHECK(found[0].help.find("Revenues and Benefits") != std::string::npos);
  CHECK(found[0].help.find("sales") == std::string::npos);
}
