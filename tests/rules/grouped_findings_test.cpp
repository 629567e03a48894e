// The same weakness on many entries of one kind is one finding: at the first
// entry, naming them, with every other entry as a related location. One
// entry alone keeps its own finding, and a weakness that is fixed at its own
// line (a metric without a target) stays one finding per entry.
#include <string>
#include <vector>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

// The lines and columns of a finding's related locations, in order.
std::vector<std::pair<std::uint32_t, std::uint32_t>> relatedAt(const Diagnostic& d) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> at;
  for (const RelatedSpan& r : d.related) at.emplace_back(r.span.begin.line, r.span.begin.column);
  return at;
}

using Places = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// A council's three goals, none with a benefit, outcome, priority, due date,
// metric or business objective.
constexpr std::string_view kThreeBareGoals = R"(strategy:
  name: Customer access
  sector: public
  business_objectives:
    - id: access
      title: Residents reach every service online
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
  - id: waste-app
    title: Cut missed-bin reports from 900 to 300 a month
  - id: one-login
    title: Give 40000 residents one account for every service
)";

}  // namespace

TEST_CASE("grouped: goals without a benefit, outcome, priority, due date, metric or objective are one finding each") {
  const auto d = lint(kThreeBareGoals);
  INFO(describe(d));
  const Places others = {{10, 9}, {12, 9}};
  for (const char* rule : {"business-case/no-benefit", "customer/no-outcome", "plan/no-priority", "smart/time-bound",
                           "smart/measurable", "strategy/unlinked-goal"}) {
    INFO(rule);
    expectExactly(d, rule, {{8, 9}});
    const auto found = ofRule(d, rule);
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == "goals");
    CHECK(found[0].message.find("3 of the 3 goals") != std::string::npos);
    CHECK(found[0].message.find("goal 'tax-online', goal 'waste-app' and goal 'one-login'") != std::string::npos);
    CHECK(relatedAt(found[0]) == others);
    CHECK(found[0].related[0].message.find("goal 'waste-app'") != std::string::npos);
  }
}

TEST_CASE("grouped: one goal with the weakness keeps its own finding, with no related locations") {
  const auto d = lint(R"(strategy:
  name: Customer access
  sector: public
  business_objectives:
    - id: access
      title: Residents reach every service online
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    supports: [access]
    outcome: access
    priority: 1
    due: 2027-Q4
    benefit: 120000
    metric: {name: share of contacts online, baseline: 20, target: 60, unit: percent}
  - id: waste-app
    title: Cut missed-bin reports from 900 to 300 a month
)");
  INFO(describe(d));
  for (const char* rule : {"business-case/no-benefit", "customer/no-outcome", "plan/no-priority", "smart/time-bound",
                           "smart/measurable", "strategy/unlinked-goal"}) {
    INFO(rule);
    expectExactly(d, rule, {{16, 9}});
    const auto found = ofRule(d, rule);
    CHECK(found[0].message.find("goal 'waste-app'") == 0);
    CHECK(found[0].related.empty());
    CHECK(found[0].path.find("goals[waste-app]") == 0);
  }
}

TEST_CASE("grouped: metrics that lack a baseline stay one finding per goal, at the value to fix") {
  const auto d = lint(R"(strategy:
  name: Customer access
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    metric: {name: share of contacts online, target: 60}
  - id: waste-app
    title: Cut missed-bin reports to 300 a month
    metric: {name: missed-bin reports a month, target: 300}
)");
  INFO(describe(d));
  expectExactly(d, "smart/measurable", {{6, 5}, {9, 5}});
  for (const Diagnostic& x : ofRule(d, "smart/measurable")) CHECK(x.related.empty());
}

TEST_CASE("grouped: stakeholders without a wiifm are one finding naming them") {
  const auto d = lint(R"(strategy:
  name: Customer access
stakeholders:
  - id: grace
    name: Grace Liu
  - id: omar
    name: Omar Haddad
    wiifm: Fewer calls about missed bins reach his team.
  - id: ines
    name: Ines Okafor
)");
  INFO(describe(d));
  expectExactly(d, "wiifm/missing", {{4, 9}});
  const auto found = ofRule(d, "wiifm/missing");
  CHECK(found[0].message.find("2 of the 3 stakeholders") == 0);
  CHECK(found[0].message.find("stakeholder 'grace' (Grace Liu) and stakeholder 'ines' (Ines Okafor)") !=
        std::string::npos);
  CHECK(found[0].path == "stakeholders");
  CHECK(relatedAt(found[0]) == Places{{9, 9}});
}

TEST_CASE("grouped: departments nobody has been won over in are one finding") {
  const auto d = lint(R"(strategy:
  name: Customer access
departments:
  - id: revenues
    name: Revenues
    customer_facing: true
  - id: waste
    name: Waste Services
    customer_facing: true
  - id: libraries
    name: Libraries
    customer_facing: true
stakeholders:
  - id: omar
    department: libraries
    wiifm: Fewer renewals by phone.
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    departments: [revenues, waste, libraries]
)");
  INFO(describe(d));
  expectExactly(d, "wiifm/uncovered-department", {{4, 9}});
  const auto found = ofRule(d, "wiifm/uncovered-department");
  CHECK(found[0].message.find("2 departments") == 0);
  CHECK(found[0].message.find("'revenues' and 'waste'") != std::string::npos);
  CHECK(relatedAt(found[0]) == Places{{7, 9}});
  CHECK(found[0].related[0].message.find("goal 'tax-online'") != std::string::npos);
}

TEST_CASE("grouped: customer-facing departments left out of the plan are one finding") {
  const auto d = lint(R"(strategy:
  name: Customer access
departments:
  - id: revenues
    name: Revenues
    customer_facing: true
  - id: waste
    name: Waste Services
    customer_facing: true
  - id: libraries
    name: Libraries
    customer_facing: true
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    departments: [revenues]
)");
  INFO(describe(d));
  expectExactly(d, "alignment/missing-unit", {{7, 9}});
  const auto found = ofRule(d, "alignment/missing-unit");
  CHECK(found[0].message.find("2 customer-facing departments") == 0);
  CHECK(found[0].message.find("'waste' and 'libraries'") != std::string::npos);
  CHECK(relatedAt(found[0]) == Places{{10, 9}});
  // The built-in default departments have no place of their own: no related location repeats the finding's.
  const auto defaults = lint(R"(strategy:
  name: Customer access
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
)");
  INFO(describe(defaults));
  expectExactly(defaults, "alignment/missing-unit", {{3, 1}});
  const auto grouped = ofRule(defaults, "alignment/missing-unit");
  CHECK(grouped[0].related.empty());
  CHECK(grouped[0].message.find("default departments") != std::string::npos);
}

TEST_CASE("grouped: goals with a benefit but no cost are one finding; segments name every other segment") {
  const auto d = lint(R"(strategy:
  name: Customer access
customers:
  segments:
    - id: residents
      name: Residents
    - id: businesses
      name: Local businesses
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    benefit: 120000
  - id: waste-app
    title: Cut missed-bin reports from 900 to 300 a month
    benefit: 40000
)");
  INFO(describe(d));
  expectExactly(d, "business-case/no-cost", {{10, 9}});
  CHECK(relatedAt(ofRule(d, "business-case/no-cost")[0]) == Places{{13, 9}});
  expectExactly(d, "customer/unknown-customers", {{5, 11}});
  const auto segments = ofRule(d, "customer/unknown-customers");
  CHECK(segments[0].message.find("'residents' and 'businesses'") != std::string::npos);
  CHECK(relatedAt(segments[0]) == Places{{7, 11}});
}
