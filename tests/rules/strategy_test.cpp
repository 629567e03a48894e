// strategy/*: a business need, a vision, goals linked to the business, and
// few enough goals. Each rule fires at the right line and column and stays
// quiet on a realistic near miss; the bundled example is clean under the
// smart, customer and strategy rules.
#include <cstdint>
#include <string>
#include <string_view>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

// A goals section with `count` goals, two lines each (id, title).
std::string goals(int count) {
  std::string out = "goals:\n";
  for (int i = 1; i <= count; ++i) {
    out += "  - id: goal-" + std::to_string(i) + "\n    title: Cut churn in region " + std::to_string(i) +
           " from 14% to 9% by end of 2027\n";
  }
  return out;
}

}  // namespace

// --- strategy/no-business-need ----------------------------------------------

TEST_CASE("strategy/no-business-need: fires at 'strategy' when missing, at the key when empty") {
  const auto missing = lint("strategy:\n  name: Acme customer loyalty 2027\n  vision: One customer record.\n");
  INFO(describe(missing));
  REQUIRE(fires(missing, "strategy/no-business-need", 1, 1));
  const auto found = ofRule(missing, "strategy/no-business-need");
  CHECK(found[0].message ==
        "the strategy does not state the business need: the pain or opportunity that makes change necessary");
  CHECK(found[0].path == "strategy.business_need");

  const auto empty = lint("strategy:\n  name: Acme customer loyalty 2027\n  business_need: \"\"\n");
  INFO(describe(empty));
  CHECK(fires(empty, "strategy/no-business-need", 3, 3));

  const auto blank = lint("strategy:\n  name: Acme customer loyalty 2027\n  business_need: >-\n\n");
  INFO(describe(blank));
  CHECK(fires(blank, "strategy/no-business-need", 3, 3));
}

TEST_CASE("strategy/no-business-need: a stated need, even a short one, is enough") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  business_need: Churn rose to 14%.
)");
  INFO(describe(d));
  CHECK(ofRule(d, "strategy/no-business-need").empty());
}

// --- strategy/no-vision -----------------------------------------------------

TEST_CASE("strategy/no-vision: fires at 'strategy' when missing, at the key when empty") {
  const auto missing = lint("strategy:\n  name: Acme customer loyalty 2027\n  business_need: Churn rose to 14%.\n");
  INFO(describe(missing));
  REQUIRE(fires(missing, "strategy/no-vision", 1, 1));
  const auto found = ofRule(missing, "strategy/no-vision");
  CHECK(found[0].message == "the strategy has no vision: staff are not told what the destination is");
  CHECK(found[0].path == "strategy.vision");

  const auto empty = lint("strategy:\n  name: Acme customer loyalty 2027\n  vision:\n");
  INFO(describe(empty));
  CHECK(fires(empty, "strategy/no-vision", 3, 3));
}

TEST_CASE("strategy/no-vision: a vision written as a folded block is found") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  vision: >-
    Every customer-facing team works from one customer record and one
    account plan.
)");
  INFO(describe(d));
  CHECK(ofRule(d, "strategy/no-vision").empty());
}

// --- strategy/unlinked-goal -------------------------------------------------

TEST_CASE("strategy/unlinked-goal: fires on a goal that supports no business objective") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  business_objectives:
    - id: nrr
      title: Grow net revenue retention to 115% by FY2028
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    supports: [nrr]
  - id: resolution
    title: Resolve 80% of support cases within one business day
  - id: cross-sell
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
    supports: []
)");
  INFO(describe(d));
  expectExactly(d, "strategy/unlinked-goal", {{10, 9}});
  const auto found = ofRule(d, "strategy/unlinked-goal");
  CHECK(found[0].message == "2 of the 3 goals support no business objective, so nothing ties them to what the "
                            "organisation is trying to achieve: goal 'resolution' and goal 'cross-sell'");
  CHECK(found[0].path == "goals");
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 14);
  CHECK(found[0].related[0].span.begin.column == 5);
  CHECK(found[0].help.find("supports: [nrr]") != std::string::npos);
}

TEST_CASE("strategy/unlinked-goal: a strategy without business objectives is reported once") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
  - id: resolution
    title: Resolve 80% of support cases within one business day
)");
  INFO(describe(d));
  REQUIRE(fires(d, "strategy/unlinked-goal", 1, 1));
  const auto found = ofRule(d, "strategy/unlinked-goal");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "the strategy defines no business objectives, so none of its 2 goals is linked to what "
                            "the organisation is trying to achieve");

  const auto emptyList = lint(R"(strategy:
  name: Acme customer loyalty 2027
  business_objectives: []
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
)");
  INFO(describe(emptyList));
  CHECK(fires(emptyList, "strategy/unlinked-goal", 3, 3));
}

TEST_CASE("strategy/unlinked-goal: goals that each support an objective, in any form, are linked") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
  business_objectives:
    - id: nrr
      title: Grow net revenue retention to 115% by FY2028
    - id: cost-to-serve
      title: Hold cost to serve flat while the customer base grows 20%
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    supports: nrr
  - id: resolution
    title: Resolve 80% of support cases within one business day
    supports:
      - cost-to-serve
      - nrr
)");
  INFO(describe(d));
  CHECK(ofRule(d, "strategy/unlinked-goal").empty());
}

// --- strategy/too-many-goals ------------------------------------------------

TEST_CASE("strategy/too-many-goals: fires at 'goals' past seven goals") {
  const auto d = lint("strategy:\n  name: Acme customer loyalty 2027\n" + goals(8));
  INFO(describe(d));
  REQUIRE(fires(d, "strategy/too-many-goals", 3, 1));
  const auto found = ofRule(d, "strategy/too-many-goals");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[0].message == "the strategy has 8 goals; more than 7 spreads owners, budget and attention too thin");
}

TEST_CASE("strategy/too-many-goals: seven goals are fine") {
  const auto d = lint("strategy:\n  name: Acme customer loyalty 2027\n" + goals(7));
  INFO(describe(d));
  CHECK(ofRule(d, "strategy/too-many-goals").empty());
}

TEST_CASE("strategy/too-many-goals: max_goals is an option") {
  Config tight = recommended();
  tight.rules["strategy/too-many-goals"].options["max_goals"] = std::int64_t{2};
  const std::string yaml = "strategy:\n  name: Acme customer loyalty 2027\n" + goals(3);
  const auto d = lintWith(yaml, tight);
  INFO(describe(d));
  REQUIRE(fires(d, "strategy/too-many-goals", 3, 1));
  CHECK(ofRule(d, "strategy/too-many-goals")[0].message.find("more than 2") != std::string::npos);
  CHECK(ofRule(lint(yaml), "strategy/too-many-goals").empty());
}

// --- the bundled example ----------------------------------------------------

TEST_CASE("strategy: examples/acme-loyalty.yaml is clean under the smart, customer and strategy rules") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  for (const Diagnostic& x : d) {
    const std::string_view rule = x.rule;
    CHECK_FALSE(rule.starts_with("smart/"));
    CHECK_FALSE(rule.starts_with("customer/"));
    CHECK_FALSE(rule.starts_with("strategy/"));
  }
}
