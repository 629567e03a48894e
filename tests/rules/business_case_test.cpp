// business-case/*: every goal states a benefit and a cost, and the benefits
// cover the costs in each currency.
#include <fmt/format.h>

#include <string>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

TEST_CASE("business-case/no-benefit: fires at the id of a goal without a benefit") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
  currency: EUR
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    due: 2027-12-31
    benefit: 900000
    cost: 300000
  - id: faster-cases
    title: Resolve 80% of support cases within one business day by 2027
    due: 2027-12-31
    cost: 120000
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/no-benefit", 10, 9));
  const auto found = ofRule(d, "business-case/no-benefit");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "goals[faster-cases].benefit");
  CHECK(found[0].message.find("goal 'faster-cases'") != std::string::npos);
}

TEST_CASE("business-case/no-benefit: an empty 'benefit:' is reported at the key") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    benefit:
    cost: 300000
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/no-benefit", 6, 5));
}

TEST_CASE("business-case/no-benefit: a yearly benefit mapping counts as a benefit") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    benefit:
      amount: 1200000
      currency: USD
      per: year
    cost: 400000
)");
  INFO(describe(d));
  CHECK(ofRule(d, "business-case/no-benefit").empty());
}

namespace {

// An NHS trust's patient-access strategy: one goal states cash, three state
// real benefits that are not cash (staff time, complaints) and none in money.
constexpr std::string_view kTrustAccess = R"(strategy:
  name: Patient Access Strategy 2027-2030
  sector: public
  currency: GBP
goals:
  - id: cut-dna
    title: Cut the outpatient did-not-attend rate from 8% to 6% by March 2029
    due: 2029-03-31
    benefit:
      amount: 40000
      per: year
    cost: 120000
  - id: release-ward-time
    title: Release 1.6 WTE of ward nursing time from answering phone enquiries by March 2029
    due: 2029-03-31
    cost: 180000
  - id: fewer-complaints
    title: Halve complaints about appointment letters from 240 to 120 a year by March 2029
    due: 2029-03-31
    cost: 45000
  - id: one-number
    title: Give patients one number for every outpatient booking query by September 2028
    due: 2028-09-30
    cost: 60000
)";

}  // namespace

TEST_CASE("business-case/no-benefit: a public body's goals are worth something to the organisation, not the business") {
  const auto d = lint(kTrustAccess);
  INFO(describe(d));
  CHECK(fires(d, "business-case/no-benefit", 13, 9));
  const auto found = ofRule(d, "business-case/no-benefit");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "goals");
  CHECK(found[0].message ==
        "3 of the 4 goals do not say what they are worth to the organisation: goal 'release-ward-time', goal "
        "'fewer-complaints' and goal 'one-number'");
  CHECK(found[0].help ==
        "add 'benefit:' to each goal with what it is worth in money, so it can be weighed against its cost; a "
        "non-cashable benefit counts too, such as staff time released or complaints avoided: value it in money "
        "and mark it 'cashable: false', e.g. 'benefit: {amount: 56000, per: year, cashable: false}'");
}

TEST_CASE("business-case/no-benefit: a non-cashable benefit valued in money is a benefit") {
  std::string plan(kTrustAccess);
  const std::string_view ward = "    cost: 180000\n";
  plan.insert(plan.find(ward), "    benefit: {amount: 56000, per: year, cashable: false}   # 1.6 WTE at Band 5\n");
  const auto d = lint(plan);
  INFO(describe(d));
  const auto found = ofRule(d, "business-case/no-benefit");
  REQUIRE(found.size() == 1);  // the two goals still without one
  CHECK(found[0].message.find("2 of the 4 goals") == 0);
  CHECK(found[0].message.find("release-ward-time") == std::string::npos);
}

TEST_CASE("business-case/no-benefit: the words fit the sector: the business for a company, the organisation for others") {
  const std::string goal = R"(goals:
  - id: first-contact
    title: Resolve 80% of enquiries at first contact by March 2028
    cost: 90000
)";
  for (const std::string_view sector : {"public", "education", "nonprofit"}) {
    INFO(sector);
    const auto found = ofRule(lint(fmt::format("strategy:\n  name: Contact 2028\n  sector: {}\n{}", sector, goal)),
                              "business-case/no-benefit");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "goal 'first-contact' does not say what it is worth to the organisation");
    CHECK(found[0].help.find("the business") == std::string::npos);
    CHECK(found[0].help.find("with what the goal is worth in money") != std::string::npos);
    CHECK(found[0].help.find("'cashable: false'") != std::string::npos);
  }
  const auto business = ofRule(lint("strategy:\n  name: Contact 2028\n" + goal), "business-case/no-benefit");
  REQUIRE(business.size() == 1);
  CHECK(business[0].message == "goal 'first-contact' does not say what it is worth to the business");
  CHECK(business[0].help.find("cashable") == std::string::npos);
}

TEST_CASE("business-case/no-cost: fires at the id of a goal with a benefit but no cost") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
goals:
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by 2028
    due: 2028-03-31
    benefit:
      amount: 500000
      per: year
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/no-cost", 4, 9));
  const auto found = ofRule(d, "business-case/no-cost");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "goals[cross-sell].cost");
}

TEST_CASE("business-case/no-cost: a goal with no benefit at all is left to no-benefit") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
goals:
  - id: cross-sell
    title: Raise the mid-market cross-sell win rate from 18% to 24% by 2028
    due: 2028-03-31
)");
  INFO(describe(d));
  CHECK(ofRule(d, "business-case/no-cost").empty());
  CHECK(fires(d, "business-case/no-benefit", 4, 9));
}

TEST_CASE("business-case/negative-roi: fires at the largest cost when costs exceed benefits") {
  const auto d = lint(R"(strategy:
  name: Acme single view
goals:
  - id: single-view
    title: Give every rep one view of the account by June 2027
    due: 2027-06-30
    benefit: 100000
    cost:
      amount: 900000
      currency: USD
  - id: faster-cases
    title: Resolve 80% of support cases within one business day by June 2027
    due: 2027-06-30
    benefit: 50000
    cost: 20000
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/negative-roi", 9, 15));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("in USD") != std::string::npos);
  CHECK(found[0].message.find("cost 920,000 but bring only 150,000") != std::string::npos);
  CHECK(found[0].message.find("goal 'single-view'") != std::string::npos);
}

namespace {

// A yearly benefit of 400,000 against a one-off cost, with the plan running
// from 2027-01-04 to the goal's due date.
std::string yearlyPlan(std::string_view due, std::string_view cost) {
  return std::string(R"(strategy:
  name: Acme retention 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by the due date
    due: )") + std::string(due) + R"(
    benefit:
      amount: 400000
      per: year
    cost: )" + std::string(cost) + R"(
milestones:
  - id: agree-need
    title: Leadership agrees the churn problem and the case for change
    type: need
    start: 2027-01-04
    due: 2027-01-15
)";
}

}  // namespace

TEST_CASE("business-case/negative-roi: a yearly benefit counts once per started year of the plan") {
  // 2027-01-04 to 2028-12-31 is two years (rounded up): 800,000 < 1,000,000.
  const auto twoYears = lint(yearlyPlan("2028-12-31", "1000000"));
  INFO(describe(twoYears));
  CHECK(fires(twoYears, "business-case/negative-roi", 10, 11));
  const auto found = ofRule(twoYears, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("bring only 800,000 over the plan's 2 years (2027-01-04 to 2028-12-31)") !=
        std::string::npos);

  // 2027-01-04 to 2029-06-30 is three years: 1,200,000 covers the cost.
  const auto threeYears = lint(yearlyPlan("2029-06-30", "1000000"));
  INFO(describe(threeYears));
  CHECK(ofRule(threeYears, "business-case/negative-roi").empty());
}

TEST_CASE("business-case/negative-roi: a plan of exactly one year counts a yearly benefit once") {
  // From 2027-01-04 to 2028-01-04 is one whole year (400,000 < 700,000); one
  // day more starts a second year (800,000 covers 700,000).
  const auto oneYear = lint(yearlyPlan("2028-01-04", "700000"));
  INFO(describe(oneYear));
  CHECK(fires(oneYear, "business-case/negative-roi", 10, 11));
  const auto secondYear = lint(yearlyPlan("2028-01-05", "700000"));
  INFO(describe(secondYear));
  CHECK(ofRule(secondYear, "business-case/negative-roi").empty());
}

TEST_CASE("business-case/negative-roi: currencies are totalled apart and never netted") {
  const auto d = lint(R"(strategy:
  name: Acme Europe and US
  currency: EUR
goals:
  - id: us-churn
    title: Cut US enterprise logo churn from 14% to 9% by end of 2027
    due: 2027-12-31
    benefit:
      amount: 2000000
      currency: USD
    cost:
      amount: 300000
      currency: USD
  - id: eu-churn
    title: Cut EU enterprise logo churn from 12% to 8% by end of 2027
    due: 2027-12-31
    benefit: 200000
    cost: 250000
  - id: eu-cases
    title: Resolve 80% of EU support cases within one business day by 2027
    due: 2027-12-31
    benefit: 40000
    cost: 60000
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/negative-roi", 18, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("in EUR, the goals cost 310,000 but bring only 240,000") != std::string::npos);
}

TEST_CASE("business-case/negative-roi: benefits that cover the costs are not reported") {
  const auto d = lint(R"(strategy:
  name: Acme retention 2027
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    due: 2027-12-31
    benefit: 400000
    cost: 400000
)");
  INFO(describe(d));
  CHECK(ofRule(d, "business-case/negative-roi").empty());
}

TEST_CASE("business-case: the bundled acme example has no business-case findings") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  INFO(describe(d));
  CHECK_FALSE(inCategory(d, "business-case"));
}

TEST_CASE("business-case/negative-roi: goals without a benefit make the case incomplete, not negative") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: contact-centre
    title: Answer 80% of calls at first contact by 2028
    cost: 2000000
    benefit: 400000
  - id: online
    title: Move 60% of council tax contacts online by 2028
  - id: carers
    title: Give 500 carers one named contact by 2028
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/negative-roi", 6, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("stated costs (2,000,000) are more than the stated benefits (400,000)") !=
        std::string::npos);
  CHECK(found[0].message.find("2 of the 3 goals state no benefit at all") != std::string::npos);
  CHECK(found[0].message.find("does not pay back") == std::string::npos);
  CHECK(found[0].help.find("goals 'online', 'carers'") != std::string::npos);
}

TEST_CASE("business-case: a programme budget stands in for goal costs and is weighed against the benefits") {
  const std::string plan = R"(strategy:
  name: Council customer access
  budget: 1200000
goals:
  - id: online
    title: Move 60% of council tax contacts online by 2028
    benefit: 900000
)";
  const auto d = lint(plan);
  INFO(describe(d));
  CHECK(ofRule(d, "business-case/no-cost").empty());
  CHECK(fires(d, "business-case/negative-roi", 3, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("the cost is the programme budget") != std::string::npos);
  // Without the budget the goal is asked for its cost.
  std::string noBudget = plan;
  noBudget.erase(noBudget.find("  budget: 1200000\n"), std::string_view("  budget: 1200000\n").size());
  CHECK_FALSE(ofRule(lint(noBudget), "business-case/no-cost").empty());
}

namespace {

// An NHS trust's contact-centre plan over two years (2027-04-01 to
// 2029-03-31): ward nursing time released (non-cashable, 56,000 a year) and
// fewer missed outpatient appointments (cash, 40,000 a year).
std::string trustPlan(std::string_view wardTimeCost) {
  return std::string(R"(strategy:
  name: Patient Contact Centre Programme 2027-2029
  sector: public
  currency: GBP
goals:
  - id: release-ward-time
    title: Release 1.6 WTE of ward nursing time from answering phone enquiries by March 2029
    due: 2029-03-31
    benefit:
      amount: 56000
      per: year
      cashable: false
    cost: )") + std::string(wardTimeCost) + R"(
  - id: cut-dna
    title: Cut the outpatient did-not-attend rate from 8% to 6% by March 2029
    due: 2029-03-31
    benefit:
      amount: 40000
      per: year
    cost: 120000
milestones:
  - id: agree-need
    title: Trust board agrees the case for a single patient contact centre
    type: need
    start: 2027-04-01
    due: 2027-04-30
)";
}

}  // namespace

TEST_CASE("business-case/negative-roi: a non-cashable benefit counts as value, and the finding says how much of it") {
  // 112,000 of released staff time and 80,000 of cash over two years do not cover 300,000.
  const auto d = lint(trustPlan("180000"));
  INFO(describe(d));
  CHECK(fires(d, "business-case/negative-roi", 13, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "in GBP, the goals cost 300,000 but bring only 192,000 (112,000 of it non-cashable) over the plan's 2 years "
        "(2027-04-01 to 2029-03-31), counting yearly amounts once a year: the strategy does not pay back; the "
        "largest cost is in goal 'release-ward-time'");
  CHECK(found[0].help.find("'cashable: false' for staff time released or complaints avoided") != std::string::npos);
  // The same staff time against a cost of 60,000: 192,000 covers 180,000,
  // although the cash alone (80,000) does not. Whether the cash is there is
  // the financial case's question, not a negative return.
  const auto covered = lint(trustPlan("60000"));
  INFO(describe(covered));
  CHECK(ofRule(covered, "business-case/negative-roi").empty());
}

TEST_CASE("business-case/negative-roi: a business's help does not mention non-cashable benefits") {
  const auto d = lint(R"(strategy:
  name: Acme single view
goals:
  - id: single-view
    title: Give every rep one view of the account by June 2027
    due: 2027-06-30
    benefit: 100000
    cost: 900000
)");
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("non-cashable") == std::string::npos);
  CHECK(found[0].help.find("cashable") == std::string::npos);
}

TEST_CASE("business-case/negative-roi: an incomplete public-sector case says what is non-cashable and how to value the rest") {
  const auto d = lint(R"(strategy:
  name: Outpatient Booking Programme 2027-2028
  sector: public
  currency: GBP
goals:
  - id: release-booking-time
    title: Release 0.8 WTE of booking clerk time by moving 50% of rebookings online by March 2028
    benefit: {amount: 28000, cashable: false}
    cost: 250000
  - id: digital-letters
    title: Send 90% of clinic letters to patients digitally within 7 days of the appointment by March 2028
)");
  INFO(describe(d));
  CHECK(fires(d, "business-case/negative-roi", 9, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("the stated costs (250,000) are more than the stated benefits (28,000, all of it "
                              "non-cashable), but 1 of the 2 goals state no benefit at all") != std::string::npos);
  CHECK(found[0].help.find("goal 'digital-letters' in GBP (cash saved or earned, or money's worth that is not "
                           "cash, such as staff time released, with 'cashable: false';") != std::string::npos);
}

namespace {

// A trust's plan with one goal it is obliged to meet: the Accessible
// Information Standard is a statutory duty, met whatever it returns.
constexpr std::string_view kTrustWithDuty = R"(strategy:
  name: Patient Access Strategy 2027-2029
  sector: public
  currency: GBP
goals:
  - id: cut-dna
    title: Cut the outpatient did-not-attend rate from 8% to 6% by March 2029
    due: 2029-03-31
    benefit:
      amount: 40000
      per: year
    cost: 120000
  - id: accessible-information
    title: Record the communication needs of 95% of outpatients by March 2028
    description: Our statutory duty under the Accessible Information Standard (DCB1605).
    due: 2028-03-31
    cost: 45000
milestones:
  - id: agree-need
    title: Trust board agrees the case for a single patient contact centre
    type: need
    start: 2027-04-01
    due: 2027-04-30
)";

}  // namespace

TEST_CASE("business-case: a goal the strategy marks as a statutory duty needs no benefit and its cost is left out") {
  const auto d = lint(kTrustWithDuty);
  INFO(describe(d));
  CHECK(ofRule(d, "business-case/no-benefit").empty());
  // 80,000 over two years against 120,000: the duty's 45,000 is neither a
  // cost to pay back nor a missing benefit.
  CHECK(fires(d, "business-case/negative-roi", 12, 11));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "in GBP, the goals cost 120,000 but bring only 80,000 over the plan's 2 years (2027-04-01 to 2029-03-31), "
        "counting yearly amounts once a year: the strategy does not pay back; the largest cost is in goal "
        "'cut-dna'; the cost of duties the law requires (45,000) is left out");
}

TEST_CASE("business-case: a goal that does not say it is a duty the law imposes is asked for its benefit") {
  // "statutory" alone names a kind of service, not a duty: improving it has a benefit like any goal.
  std::string plan(kTrustWithDuty);
  const std::string_view duty = "    description: Our statutory duty under the Accessible Information Standard (DCB1605).\n";
  plan.replace(plan.find(duty), duty.size(), "    description: Part of the statutory complaints and access service.\n");
  const auto d = lint(plan);
  INFO(describe(d));
  CHECK(fires(d, "business-case/no-benefit", 13, 9));
  const auto found = ofRule(d, "business-case/negative-roi");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("the stated costs (165,000) are more than the stated benefits (80,000)") !=
        std::string::npos);
  CHECK(found[0].message.find("left out") == std::string::npos);
}
