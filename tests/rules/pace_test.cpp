// pace/*: start small, educate first, do not rush, requirements before the vendor.
#include <cstdint>
#include <map>
#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool mentions(const Diagnostic& d, std::string_view text) { return d.message.find(text) != std::string::npos; }

}  // namespace

// ---- pace/no-pilot ---------------------------------------------------------

TEST_CASE("pace/no-pilot: an enterprise rollout in a plan without any pilot is reported at its start") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-03-01
    due: 2027-06-30
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/no-pilot", 8, 12));
  const auto found = ofRule(d, "pace/no-pilot");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'rollout-all'"));
  CHECK(mentions(found[0], "2027-03-01"));
  CHECK(mentions(found[0], "no pilot"));
  CHECK(found[0].path == "milestones[rollout-all].start");
}

TEST_CASE("pace/no-pilot: a department rollout that starts before the pilot is due names the pilot") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
    start: 2027-03-01
    due: 2027-04-30
  - id: rollout-sales
    title: Roll out shared account plans to the whole sales department
    type: rollout
    scope: department
    start: 2027-04-19
    due: 2027-06-30
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/no-pilot", 14, 12));
  const auto found = ofRule(d, "pace/no-pilot");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'pilot-west', is not due until 2027-04-30"));
}

TEST_CASE("pace/no-pilot: a pilot due on the rollout's first day, and small rollouts, need nothing more") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-team
    title: Roll out shared account plans to the West sales team
    type: rollout
    scope: team
    start: 2027-02-01
    due: 2027-02-26
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
    start: 2027-03-01
    due: 2027-04-30
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-04-30
    due: 2027-08-27
    after: [pilot-west]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "pace/no-pilot").empty());
}

// ---- pace/training-after-rollout ---------------------------------------------

TEST_CASE("pace/training-after-rollout: a pilot whose training ends after it starts is reported at the department") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
    departments: [sales, service]
    start: 2027-05-03
    due: 2027-06-30
  - id: train-west
    title: Train the West region's sales and service teams
    type: training
    departments: [sales, service]
    start: 2027-05-17
    due: 2027-05-28
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/training-after-rollout", 8, 19));
  const auto found = ofRule(d, "pace/training-after-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'pilot-west' starts its pilot on 2027-05-03"));
  CHECK(mentions(found[0], "departments 'sales', 'service'"));
}

TEST_CASE("pace/training-after-rollout: training for one department does not cover another") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-sales
    title: Train the West region's sales team
    type: training
    departments: [sales]
    start: 2027-04-19
    due: 2027-04-30
  - id: pilot-west
    title: Pilot shared account plans with the West region
    type: pilot
    scope: region
    departments: [sales, service]
    start: 2027-05-03
    due: 2027-06-30
    after: [train-sales]
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/training-after-rollout", 14, 26));
  const auto found = ofRule(d, "pace/training-after-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "department 'service' is due"));
  CHECK_FALSE(mentions(found[0], "'sales'"));
}

TEST_CASE("pace/training-after-rollout: a rollout naming no departments needs some training before it starts") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-08-16
    due: 2027-11-26
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/training-after-rollout", 8, 12));
  const auto found = ofRule(d, "pace/training-after-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "no training milestone that reaches scope 'enterprise' is due by then"));
}

TEST_CASE("pace/training-after-rollout: training for everyone due on the day the rollout starts is in time") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: train-sales
    title: Train the West region's sales team
    type: training
    departments: [sales]
    start: 2027-04-19
    due: 2027-04-30
  - id: pilot-west
    title: Pilot shared account plans with the West region's sales team
    type: pilot
    scope: region
    departments: [sales]
    start: 2027-05-03
    due: 2027-06-30
    after: [train-sales]
  - id: train-all
    title: Train every customer-facing team on the new account plans
    type: training
    start: 2027-07-05
    due: 2027-08-16
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    departments: [sales, marketing, service, support]
    start: 2027-08-16
    due: 2027-11-26
    after: [train-all]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "pace/training-after-rollout").empty());
}

// ---- pace/rushed-rollout -----------------------------------------------------

namespace {

// Three rollouts with scope team; the third starts on `thirdStart`.
std::string threeTeamRollouts(std::string_view thirdStart) {
  return std::string(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-west
    title: Roll out account plans to the West sales team
    type: rollout
    scope: team
    start: 2027-03-01
    due: 2027-03-31
  - id: rollout-east
    title: Roll out account plans to the East sales team
    type: rollout
    scope: team
    start: 2027-03-15
    due: 2027-04-15
  - id: rollout-north
    title: Roll out account plans to the North sales team
    type: rollout
    scope: team
    start: )") + std::string(thirdStart) + R"(
    due: 2027-05-14
)";
}

}  // namespace

TEST_CASE("pace/rushed-rollout: a three-week enterprise rollout is reported at its due date") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-03-01
    due: 2027-03-22
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/rushed-rollout", 9, 10));
  const auto found = ofRule(d, "pace/rushed-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'rollout-all' gives the whole enterprise only 21 days"));
  CHECK(mentions(found[0], "needs at least 60"));
  CHECK(found[0].help.find("2027-04-30") != std::string::npos);
}

TEST_CASE("pace/rushed-rollout: rollouts that last exactly their scope's minimum are not rushed") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-team
    title: Roll out account plans to the West sales team
    type: rollout
    scope: team
    start: 2027-02-01
    due: 2027-02-15
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-03-01
    due: 2027-04-30
)");
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
}

TEST_CASE("pace/rushed-rollout: min_days from a config replaces only the scopes it sets") {
  constexpr std::string_view yaml = R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-team
    title: Roll out account plans to the West sales team
    type: rollout
    scope: team
    start: 2027-02-01
    due: 2027-02-15
  - id: rollout-all
    title: Roll out shared account plans across the enterprise
    type: rollout
    scope: enterprise
    start: 2027-03-01
    due: 2027-04-30
)";
  Config c = recommended();
  c.rules["pace/rushed-rollout"].options["min_days"] = std::map<std::string, std::int64_t>{{"enterprise", 90}};
  const auto d = lintWith(yaml, c);
  INFO(describe(d));
  CHECK(fires(d, "pace/rushed-rollout", 15, 10));
  const auto found = ofRule(d, "pace/rushed-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "needs at least 90"));
}

TEST_CASE("pace/rushed-rollout: a third rollout starting on the day another ends makes three at once") {
  const auto d = lint(threeTeamRollouts("2027-03-31"));
  INFO(describe(d));
  CHECK(fires(d, "pace/rushed-rollout", 20, 12));
  const auto found = ofRule(d, "pace/rushed-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'rollout-north' starts on 2027-03-31 while 2 other rollouts are still running"));
  CHECK(mentions(found[0], "'rollout-west', 'rollout-east'"));
}

TEST_CASE("pace/rushed-rollout: a third rollout starting the day after another ends keeps two at once") {
  const auto d = lint(threeTeamRollouts("2027-04-01"));
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
}

TEST_CASE("pace/rushed-rollout: max_parallel_rollouts from a config allows more at once") {
  Config c = recommended();
  c.rules["pace/rushed-rollout"].options["max_parallel_rollouts"] = std::int64_t{3};
  const auto d = lintWith(threeTeamRollouts("2027-03-31"), c);
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
}

TEST_CASE("pace/rushed-rollout: each rollout that pushes the count over the limit is reported once") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: rollout-a
    title: Roll out account plans to team A
    type: rollout
    scope: team
    start: 2027-03-01
    due: 2027-05-31
  - id: rollout-b
    title: Roll out account plans to team B
    type: rollout
    scope: team
    start: 2027-03-08
    due: 2027-05-31
  - id: rollout-c
    title: Roll out account plans to team C
    type: rollout
    scope: team
    start: 2027-03-15
    due: 2027-05-31
  - id: rollout-d
    title: Roll out account plans to team D
    type: rollout
    scope: team
    start: 2027-03-22
    due: 2027-05-31
)");
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").size() == 2);
  CHECK(fires(d, "pace/rushed-rollout", 20, 12));
  CHECK(fires(d, "pace/rushed-rollout", 26, 12));
}

namespace {

// A 15-person professional institute: three small departments, a summer
// pilot with the membership team, then everyone goes live before renewals
// open; the go-live is due on `due`.
std::string institute(std::string_view due, std::string_view extraDepartment = "") {
  return std::string(R"(strategy:
  name: Member CRM 2027-2028
  sector: nonprofit
departments:
  - {id: membership, name: "Membership, Marketing and Events", customer_facing: true}
  - {id: standards, name: Professional Standards and Education, customer_facing: true}
  - {id: ops, name: Finance and Operations}
)") + std::string(extraDepartment) +
         R"(milestones:
  - id: pilot
    title: Membership team uses the CRM for enquiries and event bookings
    type: pilot
    scope: team
    departments: [membership]
    start: 2027-07-05
    due: 2027-08-13
  - id: go-live
    title: Everyone on the CRM; old database read-only before renewals open
    type: rollout
    scope: enterprise
    departments: [membership, standards, ops]
    start: 2027-09-06
    due: )" + std::string(due) + "\n";
}

}  // namespace

TEST_CASE("pace/rushed-rollout: a small organisation's enterprise go-live needs only a team's minimum") {
  // Three departments: going live everywhere in 18 days is a team's pace, not a rush.
  const auto d = lint(institute("2027-09-24"));
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
}

TEST_CASE("pace/rushed-rollout: a small organisation's go-live shorter than a team's minimum says why that minimum") {
  const auto d = lint(institute("2027-09-15"));
  INFO(describe(d));
  expectExactly(d, "pace/rushed-rollout", {{22, 10}});
  const auto found = ofRule(d, "pace/rushed-rollout");
  CHECK(mentions(found[0], "milestone 'go-live' gives the whole enterprise only 9 days to roll out"));
  CHECK(mentions(found[0], "the organisation has only 3 departments, so the whole enterprise is about the size of "
                           "a team and needs a team's minimum, at least 14"));
  CHECK(found[0].help.find("2027-09-20") != std::string::npos);
}

TEST_CASE("pace/rushed-rollout: an organisation of more departments than small_organisation_departments needs the "
          "enterprise minimum") {
  const auto d = lint(institute("2027-09-24", "  - {id: it, name: IT and Data, function: it}\n"));
  INFO(describe(d));
  expectExactly(d, "pace/rushed-rollout", {{23, 10}});
  const auto found = ofRule(d, "pace/rushed-rollout");
  CHECK(mentions(found[0], "only 18 days to roll out"));
  CHECK(mentions(found[0], "a rollout with scope 'enterprise' needs at least 60"));
  CHECK(found[0].help.find("2027-11-05") != std::string::npos);

  Config c = recommended();
  c.rules["pace/rushed-rollout"].options["small_organisation_departments"] = std::int64_t{4};
  const auto four = lintWith(institute("2027-09-24", "  - {id: it, name: IT and Data, function: it}\n"), c);
  INFO(describe(four));
  CHECK(ofRule(four, "pace/rushed-rollout").empty());
}

TEST_CASE("pace/rushed-rollout: small_organisation_departments 0 judges every organisation by its scope") {
  Config c = recommended();
  c.rules["pace/rushed-rollout"].options["small_organisation_departments"] = std::int64_t{0};
  const auto d = lintWith(institute("2027-09-24"), c);
  INFO(describe(d));
  expectExactly(d, "pace/rushed-rollout", {{22, 10}});
  CHECK(mentions(ofRule(d, "pace/rushed-rollout")[0], "needs at least 60"));
}

TEST_CASE("pace/rushed-rollout: a small organisation's department rollout needs no more than its enterprise one") {
  // Nor does the smaller scope need longer than the whole organisation would.
  std::string plan = institute("2027-09-24");
  plan.replace(plan.find("scope: enterprise"), std::string_view("scope: enterprise").size(), "scope: department");
  const auto d = lint(plan);
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
}

// ---- pace/vendor-before-requirements -------------------------------------------

TEST_CASE("pace/vendor-before-requirements: choosing a vendor before requirements are due is reported at its start") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: requirements
    title: Requirements derived from the goals with each department
    type: requirements
    start: 2027-01-18
    due: 2027-02-26
  - id: select-vendor
    title: Choose the CRM platform
    type: vendor-selection
    start: 2027-01-11
    due: 2027-02-05
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/vendor-before-requirements", 12, 12));
  const auto found = ofRule(d, "pace/vendor-before-requirements");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'select-vendor' starts choosing a vendor on 2027-01-11"));
  CHECK(mentions(found[0], "milestone 'requirements' is due 2027-02-26"));
}

TEST_CASE("pace/vendor-before-requirements: the last requirements milestone to be due is the one that counts") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: requirements-sales
    title: Sales requirements derived from the goals
    type: requirements
    start: 2027-01-18
    due: 2027-02-12
  - id: requirements-service
    title: Service requirements derived from the goals
    type: requirements
    start: 2027-01-18
    due: 2027-03-05
  - id: select-vendor
    title: Choose the platform that fits the requirements
    type: vendor-selection
    start: 2027-02-15
    due: 2027-03-26
    after: [requirements-sales]
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/vendor-before-requirements", 17, 12));
  const auto found = ofRule(d, "pace/vendor-before-requirements");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "milestone 'requirements-service' is due 2027-03-05"));
}

TEST_CASE("pace/vendor-before-requirements: vendor selection without any requirements milestone is reported at its type") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: select-vendor
    title: Choose the CRM platform
    type: vendor-selection
    start: 2027-01-11
    due: 2027-02-05
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/vendor-before-requirements", 6, 11));
  const auto found = ofRule(d, "pace/vendor-before-requirements");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "no requirements milestone"));
}

TEST_CASE("pace/vendor-before-requirements: selection starting the day requirements are due, or no selection, is fine") {
  const auto inOrder = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: requirements
    title: Requirements derived from the goals with each department
    type: requirements
    start: 2027-01-18
    due: 2027-02-26
  - id: select-vendor
    title: Choose the platform that fits the requirements
    type: vendor-selection
    start: 2027-02-26
    due: 2027-03-26
    after: [requirements]
)");
  INFO(describe(inOrder));
  CHECK(ofRule(inOrder, "pace/vendor-before-requirements").empty());

  const auto noVendor = lint(R"(strategy:
  name: Acme customer loyalty 2027
milestones:
  - id: redesign
    title: Redesign the renewal process
    type: process
    start: 2027-01-18
    due: 2027-02-26
)");
  INFO(describe(noVendor));
  CHECK(ofRule(noVendor, "pace/vendor-before-requirements").empty());
}

// ---- the bundled examples ------------------------------------------------------

TEST_CASE("pace: examples/rushed-rollout.yaml fires the pace rules its name promises") {
  const auto d = lint(readProjectFile("examples/rushed-rollout.yaml"));
  INFO(describe(d));
  CHECK(fires(d, "pace/vendor-before-requirements", 121, 12));  // select-vendor.start
  CHECK(fires(d, "pace/training-after-rollout", 146, 19));      // rollout-all.departments[0]
  CHECK(fires(d, "pace/no-pilot", 147, 12));                    // rollout-all.start
  CHECK(fires(d, "pace/rushed-rollout", 148, 10));              // rollout-all.due
}

TEST_CASE("pace: examples/acme-loyalty.yaml has no pace findings") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  for (const Diagnostic& x : d) CHECK_FALSE(x.rule.starts_with("pace/"));
}

// ---- dropped and undated milestones, training scope, phased plans ----------------------

TEST_CASE("pace/no-pilot: a dropped pilot does not count as the pilot") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: pilot-east
    title: Pilot the contact centre in the East area
    type: pilot
    scope: region
    status: dropped
    due: 2027-04-30
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    start: 2027-05-03
    due: 2027-08-27
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/no-pilot", 14, 12));
}

TEST_CASE("pace/no-pilot: a phased plan's first department rollout is its own pilot") {
  const std::string plan = R"(strategy:
  name: Council customer access, phase 1
  phase: 1
  later_phases: Phase 2 takes the contact centre model to housing, planning and parking in 2028
milestones:
  - id: go-live-revenues
    title: Go live in Revenues and Benefits
    type: rollout
    scope: department
    start: 2027-05-03
    due: 2027-08-27
)";
  const auto d = lint(plan);
  INFO(describe(d));
  CHECK(ofRule(d, "pace/no-pilot").empty());
  CHECK(ofRule(d, "alignment/no-enterprise-rollout").empty());
  // The same rollout in a plan that does not say it is a phase needs a pilot.
  std::string whole = plan;
  whole.erase(whole.find("  phase: 1\n"), std::string_view("  phase: 1\n").size());
  const auto unphased = lint(whole);
  INFO(describe(unphased));
  CHECK(fires(unphased, "pace/no-pilot", 9, 12));
}

TEST_CASE("pace/training-after-rollout: region training for the pilot teams does not train the enterprise") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: train-pilot
    title: Train the East area contact centre team
    type: training
    scope: region
    departments: [service]
    due: 2027-03-31
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    departments: [service]
    start: 2027-05-03
    due: 2027-08-27
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/training-after-rollout", 14, 19));
  const auto found = ofRule(d, "pace/training-after-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "no training that reaches scope 'enterprise'"));
  CHECK(mentions(found[0], "milestone 'train-pilot' reaches only scope 'region'"));
}

TEST_CASE("pace/training-after-rollout: enterprise training, or training without a scope, covers the enterprise") {
  for (const std::string scope : {"    scope: enterprise\n", ""}) {
    const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: train-all
    title: Train every contact centre and service desk team
    type: training
)" + scope + R"(    departments: [service]
    due: 2027-04-30
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    departments: [service]
    start: 2027-05-03
    due: 2027-08-27
)");
    INFO(describe(d));
    CHECK(ofRule(d, "pace/training-after-rollout").empty());
  }
}

TEST_CASE("pace/training-after-rollout: a training with no due date is reported as such, once") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: train-all
    title: Train every contact centre team
    type: training
    departments: [service]
  - id: pilot-east
    title: Pilot in the East area
    type: pilot
    scope: region
    departments: [service]
    start: 2027-03-01
    due: 2027-04-30
  - id: go-live
    title: Go live for every council service
    type: rollout
    scope: enterprise
    departments: [service]
    start: 2027-05-03
    due: 2027-08-27
)");
  INFO(describe(d));
  const auto found = ofRule(d, "pace/training-after-rollout");
  REQUIRE(found.size() == 1);
  CHECK(fires(d, "pace/training-after-rollout", 4, 9));
  CHECK(mentions(found[0], "training milestone 'train-all' has no due date"));
  CHECK(found[0].message.find("no training") == std::string::npos);
}

TEST_CASE("pace/training-after-rollout: a dropped training trains nobody") {
  const auto d = lint(R"(strategy:
  name: Council customer access
milestones:
  - id: train-all
    title: Train every contact centre team
    type: training
    status: dropped
    due: 2027-04-30
  - id: go-live
    title: Go live for every council service
    type: rollout
    start: 2027-05-03
    due: 2027-08-27
)");
  INFO(describe(d));
  CHECK(fires(d, "pace/training-after-rollout", 12, 12));
}

TEST_CASE("pace/rushed-rollout: a dropped rollout is not running in parallel") {
  const std::string plan = R"(strategy:
  name: Council customer access
milestones:
  - {id: r1, title: Go live in revenues, type: rollout, start: 2027-05-03, due: 2027-08-27}
  - {id: r2, title: Go live in housing, type: rollout, start: 2027-05-03, due: 2027-08-27}
  - {id: r3, title: Go live in planning, type: rollout, start: 2027-05-03, due: 2027-08-27, status: dropped}
)";
  const auto d = lint(plan);
  INFO(describe(d));
  CHECK(ofRule(d, "pace/rushed-rollout").empty());
  std::string live = plan;
  live.erase(live.find(", status: dropped"), std::string_view(", status: dropped").size());
  CHECK(fires(lint(live), "pace/rushed-rollout", 6, 64));
}

TEST_CASE("pace/rushed-rollout: a month or quarter start is its first day and a due its last") {
  const auto settled = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: go-live, title: Go live everywhere, type: rollout, scope: enterprise, start: 2027-05, due: 2027-Q2}
)");
  INFO(describe(settled));
  CHECK(ofRule(settled, "pace/rushed-rollout").empty());
  CHECK(ofRule(settled, "schema/type").empty());
  const auto rushed = lint(R"(strategy:
  name: Council customer access
milestones:
  - {id: go-live, title: Go live everywhere, type: rollout, scope: enterprise, start: 2027-05, due: 2027-05}
)");
  INFO(describe(rushed));
  const auto found = ofRule(rushed, "pace/rushed-rollout");
  REQUIRE(found.size() == 1);
  CHECK(mentions(found[0], "only 30 days to roll out (2027-05 (read as the month's first day, 2027-05-01) to "
                           "2027-05 (read as the month's last day, 2027-05-31))"));
}
