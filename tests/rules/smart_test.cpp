// smart/*: goals are Specific, Measurable, Actionable, Realistic and
// Time-bound. Each rule fires at the right line and column, stays quiet on a
// realistic near miss, and follows its options.
#include <cstdint>
#include <string>
#include <vector>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool mentions(const Diagnostic& d, std::string_view text) { return d.message.find(text) != std::string::npos; }

}  // namespace

// --- smart/specific ---------------------------------------------------------

TEST_CASE("smart/specific: fires on a vague title without a number and on a very short title") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: service
    title: Improve customer service quality
  - id: nps
    title: NPS up
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
)");
  INFO(describe(d));
  CHECK(fires(d, "smart/specific", 5, 12));
  CHECK(fires(d, "smart/specific", 7, 12));
  const auto found = ofRule(d, "smart/specific");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "goal 'service' is not specific: its title opens with the vague word 'improve' and "
                            "names no figure");
  CHECK(found[0].path == "goals[service].title");
  CHECK(found[1].message == "goal 'nps' is not specific: its title is only 2 words long");
  CHECK_FALSE(found[0].help.empty());
}

TEST_CASE("smart/specific: a vague verb with figures, or a vague word later in the title, is specific") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: first-contact
    title: Improve first-contact resolution from 62% to 75% by June 2027
  - id: renewals
    title: Agree renewal terms a quarter ahead to better plan enterprise accounts
  - id: Boosters
    title: Boosterism aside, cut onboarding time for new accounts in half
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/specific").empty());
}

TEST_CASE("smart/specific: the whole title is judged, and '24/7' or a year is not a figure") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: engage
    title: Engage and serve customers based on deep understanding
  - id: e-services
    title: Focus the e-services on the transactions residents use most
  - id: channel-shift
    title: Drive channel shift 24/7 by 2027
  - id: second-verb
    title: Map every resident contact, and improve how each is handled
)");
  INFO(describe(d));
  CHECK(fires(d, "smart/specific", 5, 12));
  CHECK(fires(d, "smart/specific", 7, 12));
  CHECK(fires(d, "smart/specific", 9, 12));
  CHECK(fires(d, "smart/specific", 11, 12));
  const auto found = ofRule(d, "smart/specific");
  REQUIRE(found.size() == 4);
  CHECK(mentions(found[3], "leads a clause with the vague word 'improve'"));
}

TEST_CASE("smart/specific: a figure anywhere makes a vague verb specific; dates and labels do not count") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: channel-shift
    title: Drive channel shift so 60% of council tax contacts are online by 2027-03-31
  - id: savings
    title: Save $75-80 million by the end of 2002
  - id: answer
    title: Answer 9 in 10 calls first time, 24/7, from Q3 2027
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/specific").empty());
  for (const std::string_view noFigure : {"by 2027-03-31", "by 31 March 2027", "in Q3 FY27", "24/7", "by the 3rd quarter"}) {
    const auto v = lint(R"(strategy:
  name: Council customer access
goals:
  - id: channel-shift
    title: Drive channel shift )" + std::string(noFigure) + "\n");
    INFO(noFigure);
    CHECK(fires(v, "smart/specific", 5, 12));
  }
}

TEST_CASE("smart/specific: vague_words and min_words are options") {
  const std::string yaml = R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: renewals
    title: Raise renewal rates for enterprise accounts
)";
  CHECK(ofRule(lint(yaml), "smart/specific").empty());

  Config vague = recommended();
  vague.rules["smart/specific"].options["vague_words"] = std::vector<std::string>{"raise"};
  const auto d = lintWith(yaml, vague);
  INFO(describe(d));
  CHECK(fires(d, "smart/specific", 5, 12));

  Config wordy = recommended();
  wordy.rules["smart/specific"].options["min_words"] = std::int64_t{8};
  const auto w = lintWith(yaml, wordy);
  INFO(describe(w));
  REQUIRE(fires(w, "smart/specific", 5, 12));
  CHECK(mentions(ofRule(w, "smart/specific")[0], "only 6 words long"));
}

// --- smart/measurable -------------------------------------------------------

TEST_CASE("smart/measurable: fires once per goal, naming what is missing, at the most precise place") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: no-metric
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
  - id: no-figures
    title: Cut mid-market logo churn from 11% to 8% by end of 2027
    metric:
      name: annual mid-market logo churn
  - id: no-baseline
    title: Raise the cross-sell win rate to 24% by March 2028
    metric:
      name: cross-sell opportunities won
      target: 24
  - id: word-target
    title: Cut first-response time for support cases by June 2027
    metric:
      name: median first-response time in hours
      baseline: 20
      target: lower
)");
  INFO(describe(d));
  CHECK(fires(d, "smart/measurable", 4, 9));
  CHECK(fires(d, "smart/measurable", 8, 5));
  CHECK(fires(d, "smart/measurable", 12, 5));
  // A target written as a word is schema/type's finding, not a second one here.
  CHECK(fires(d, "schema/type", 20, 15));
  const auto found = ofRule(d, "smart/measurable");
  REQUIRE(found.size() == 3);
  CHECK(found[0].message == "goal 'no-metric' has no metric, so nobody can tell whether it was reached");
  CHECK(found[0].path == "goals[no-metric].metric");
  CHECK(mentions(found[1], "a numeric baseline (where you start) and a numeric target (where you aim)"));
  CHECK(found[1].path == "goals[no-figures].metric");
  CHECK(mentions(found[2], "lacks a numeric baseline"));
  CHECK_FALSE(mentions(found[2], "target"));
  CHECK(found[2].path == "goals[no-baseline].metric.baseline");
}

TEST_CASE("smart/measurable: a baseline written with a thousands separator is schema/type's finding only") {
  const auto d = lint(R"(strategy:
  name: Better homes 2028
  sector: public
goals:
  - id: complaints
    title: Cut formal complaints from 1,450 to 950 a year by March 2028
    outcome: satisfaction
    metric:
      name: stage 1 complaints a year
      baseline: 1,450
      target:
)");
  INFO(describe(d));
  // '1,450' is one mistake: schema/type says how to write it.
  expectExactly(d, "schema/type", {{10, 17}});
  // The empty target is this rule's, at its key; the baseline is not named again.
  expectExactly(d, "smart/measurable", {{11, 7}});
  const auto found = ofRule(d, "smart/measurable");
  CHECK(mentions(found[0], "lacks a numeric target"));
  CHECK_FALSE(mentions(found[0], "baseline"));
}

TEST_CASE("smart/measurable: an empty 'metric:' is reported at its key") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    metric:
)");
  INFO(describe(d));
  CHECK(fires(d, "smart/measurable", 6, 5));
}

TEST_CASE("smart/measurable: numbers and percent strings both count as figures") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    metric:
      name: annual enterprise logo churn
      baseline: "14%"
      target: "9%"
  - id: resolution
    title: Resolve 80% of support cases within one business day
    metric:
      name: share of cases resolved within a day
      baseline: 55.5
      target: 80
      unit: percent
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/measurable").empty());
}

// --- smart/actionable -------------------------------------------------------

TEST_CASE("smart/actionable: fires on a goal with no owner or no milestone, naming what is missing") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
goals:
  - id: planned
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    owner: dana
  - id: unowned
    title: Resolve 80% of support cases within one business day
  - id: unplanned
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
    owner: dana
  - id: orphan
    title: Win 40 new mid-market accounts by end of 2027
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    goals: [planned, unowned]
)");
  INFO(describe(d));
  CHECK(fires(d, "smart/actionable", 10, 9));
  CHECK(fires(d, "smart/actionable", 12, 9));
  CHECK(fires(d, "smart/actionable", 15, 9));
  const auto found = ofRule(d, "smart/actionable");
  REQUIRE(found.size() == 3);
  CHECK(found[0].message == "goal 'unowned' is not actionable: it has no owner");
  CHECK(found[0].path == "goals[unowned].owner");
  CHECK(found[1].message == "goal 'unplanned' is not actionable: it has no milestone that works towards it");
  CHECK(mentions(found[2], "no owner and no milestone"));
  CHECK(found[2].help.find("goals: [orphan]") != std::string::npos);
}

TEST_CASE("smart/actionable: a goal owned and listed by any milestone is actionable") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
  - id: raj
    name: Raj Mehta
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    owner: dana
  - id: resolution
    title: Resolve 80% of support cases within one business day
    owner: raj
milestones:
  - id: pilot-west
    title: Pilot shared account plans with the West region
    goals: churn
  - id: rollout
    title: Roll out shared account plans across the enterprise
    goals: [churn, resolution]
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/actionable").empty());
}

// --- smart/realistic --------------------------------------------------------

namespace {

constexpr const char* kOverreaching = R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
goals:
  - id: zero-churn
    title: Cut enterprise logo churn from 14% to 0% by end of 2027
    owner: dana
    metric:
      name: annual enterprise logo churn
      baseline: 14
      target: 0
      unit: percent
  - id: nps-leap
    title: Lift enterprise NPS from 20 to 45 by end of 2027
    owner: dana
    metric:
      name: enterprise NPS
      baseline: 20
      target: 45
  - id: win-rate
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
    owner: dana
    metric:
      name: cross-sell opportunities won
      baseline: 18
      target: "24%"
  - id: perfect-csat
    title: Every support case rated satisfied by end of 2027
    owner: dana
    metric:
      name: share of cases rated satisfied
      baseline: "81%"
      target: "100%"
)";

}  // namespace

TEST_CASE("smart/realistic: fires on absolute targets, big leaps and an overloaded owner, once each") {
  const auto d = lint(kOverreaching);
  INFO(describe(d));
  CHECK(fires(d, "smart/realistic", 13, 15));  // target 0 percent
  CHECK(fires(d, "smart/realistic", 21, 15));  // 20 -> 45 is a 125% change
  CHECK(fires(d, "smart/realistic", 35, 15));  // target "100%"
  CHECK(fires(d, "smart/realistic", 31, 12));  // dana's 4th goal
  const auto found = ofRule(d, "smart/realistic");
  REQUIRE(found.size() == 4);
  CHECK(mentions(found[0], "goal 'zero-churn' aims for 0%"));
  CHECK(found[0].path == "goals[zero-churn].metric.target");
  CHECK(found[1].message == "goal 'nps-leap' plans to move its measure from 20 to 45, a change of 125% of the "
                            "baseline in one goal (the limit is 60%)");
  CHECK(mentions(found[2], "goal 'perfect-csat' is the 4th goal owned by 'dana', who holds 4 goals"));
  CHECK(found[2].path == "goals[perfect-csat].owner");
  CHECK(mentions(found[3], "goal 'perfect-csat' aims for 100%"));
}

TEST_CASE("smart/realistic: a percentage that rises is measured in points") {
  const auto d = lint(R"(strategy:
  name: Northbridge Hospital patient experience 2026-2028
goals:
  - id: fft
    title: Raise the Friends and Family Test response rate from 14% to 25% by March 2028
    metric:
      name: outpatient FFT response rate
      baseline: 14
      target: 25
      unit: percent
  - id: quote-same-day
    title: Quote 90% of distributor RFQs within one working day by end of 2027
    metric:
      name: RFQs quoted within one working day
      baseline: "22%"
      target: "90%"
)");
  INFO(describe(d));
  // 14% to 25% is a rise of 79% of the baseline, but of 11 points.
  CHECK(fires(d, "smart/realistic", 16, 15));
  const auto found = ofRule(d, "smart/realistic");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "goal 'quote-same-day' plans to raise its measure from 22% to 90%, a rise of 68 points "
                            "in one goal (the limit is 40)");
}

TEST_CASE("smart/realistic: a 100% target that the law sets is the duty, not an overreach") {
  const std::string goal = R"(strategy:
  name: Riverside Homes tenant services 2027
goals:
  - id: damp-mould
    title: Investigate every damp and mould report within 10 working days by March 2028
DESCRIPTION    metric:
      name: damp and mould reports investigated within 10 working days
      baseline: 78
      target: 100
      unit: percent
)";
  auto with = [&](const std::string& description) {
    std::string text = goal;
    text.replace(text.find("DESCRIPTION"), 11, description);
    return lint(text);
  };
  const auto duty = with("    description: Awaab's Law makes this a legal duty for social landlords.\n");
  INFO(describe(duty));
  CHECK(ofRule(duty, "smart/realistic").empty());
  const auto plain = with("");
  INFO(describe(plain));
  CHECK(fires(plain, "smart/realistic", 9, 15));
  const auto found = ofRule(plain, "smart/realistic");
  REQUIRE(found.size() == 1);
  CHECK(found[0].help.find("if the law sets this target, say so in the goal's description") != std::string::npos);
}

TEST_CASE("smart/realistic: 100 of a non-percent unit, a modest change and three goals per owner are fine") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
  - id: sam
    name: Sam Patel
goals:
  - id: onboard
    title: Onboard 100 new mid-market accounts in 2027
    owner: sam
    metric:
      name: accounts onboarded per year
      baseline: 80
      target: 100
      unit: accounts
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    owner: dana
    metric:
      name: annual enterprise logo churn
      baseline: 14
      target: 9
      unit: percent
  - id: new-product
    title: Sell the analytics add-on to 30 accounts by end of 2027
    owner: dana
    metric:
      name: accounts using the add-on
      baseline: 0
      target: 30
  - id: resolution
    title: Resolve 80% of support cases within one business day
    owner: dana
    metric:
      name: share of cases resolved within a day
      baseline: 55
      target: 80
      unit: "%"
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/realistic").empty());
}

TEST_CASE("smart/realistic: max_change and max_goals_per_owner are options") {
  Config strict = recommended();
  strict.rules["smart/realistic"].options["max_change"] = 30.0;
  strict.rules["smart/realistic"].options["max_goals_per_owner"] = std::int64_t{1};
  const auto d = lintWith(R"(strategy:
  name: Acme customer loyalty 2027
stakeholders:
  - id: dana
    name: Dana Ruiz
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    owner: dana
    metric:
      name: annual enterprise logo churn
      baseline: 14
      target: 9
      unit: percent
  - id: resolution
    title: Resolve 80% of support cases within one business day
    owner: dana
)",
                          strict);
  INFO(describe(d));
  CHECK(fires(d, "smart/realistic", 13, 15));  // 14 -> 9 is a 36% change
  CHECK(fires(d, "smart/realistic", 17, 12));  // dana's 2nd goal
  CHECK(ofRule(d, "smart/realistic").size() == 2);
}

// --- smart/time-bound -------------------------------------------------------

TEST_CASE("smart/time-bound: fires on a goal without a due date, at its id or at an empty 'due:'") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9%
  - id: resolution
    title: Resolve 80% of support cases within one business day
    due:
)");
  INFO(describe(d));
  // One finding at the first goal's id; the empty 'due:' of the second is its related location.
  expectExactly(d, "smart/time-bound", {{4, 9}});
  const auto found = ofRule(d, "smart/time-bound");
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 8);
  CHECK(found[0].related[0].span.begin.column == 5);
  const auto one = ofRule(lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: resolution
    title: Resolve 80% of support cases within one business day
    due:
)"),
                          "smart/time-bound");
  expectExactly(one, "smart/time-bound", {{6, 5}});
  CHECK(one[0].message == "goal 'resolution' has no due date, so it can never be reached or missed");
  CHECK(one[0].path == "goals[resolution].due");
}

TEST_CASE("smart/time-bound: a goal with a due date, quoted or not, is time-bound") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9%
    due: 2027-12-31
  - id: resolution
    title: Resolve 80% of support cases within one business day
    due: "2027-06-30"
)");
  INFO(describe(d));
  CHECK(ofRule(d, "smart/time-bound").empty());
}

TEST_CASE("smart/measurable: a savings goal is measured by its money benefit") {
  const auto d = lint(R"(strategy:
  name: Enterprise systems programme
goals:
  - id: savings
    title: Save $75-80 million by the end of 2002
    benefit: 75000000
  - id: service
    title: Answer 80% of customer calls at first contact by 2002
    benefit: 2000000
)");
  INFO(describe(d));
  const auto found = ofRule(d, "smart/measurable");
  // The service goal's benefit is not its measure: it still needs a metric.
  REQUIRE(found.size() == 1);
  CHECK(fires(d, "smart/measurable", 7, 9));
}

TEST_CASE("smart/measurable: the help's example metric is in the sector's own terms") {
  const auto council = ofRule(lint(R"(strategy:
  name: Customer access
  sector: public
goals:
  - id: first-contact
    title: Resolve 80% of resident enquiries at first contact by March 2028
)"),
                              "smart/measurable");
  REQUIRE(council.size() == 1);
  CHECK(council[0].help.find("enquiries resolved at first contact") != std::string::npos);
  CHECK(council[0].help.find("churn") == std::string::npos);
  // A business keeps the business example.
  const auto shop = ofRule(lint(R"(strategy:
  name: Acme loyalty
goals:
  - id: churn
    title: Cut enterprise churn from 14% to 9% by end of 2027
)"),
                           "smart/measurable");
  REQUIRE(shop.size() == 1);
  CHECK(shop[0].help.find("annual logo churn") != std::string::npos);
}
