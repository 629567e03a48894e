// customer/*: the customer is the focus, not the software. Each rule fires at
// the right line and column, stays quiet on a realistic near miss, and
// follows its options; examples/tech-first.yaml fires what its name promises.
#include <string>
#include <vector>

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool mentions(const Diagnostic& d, std::string_view text) { return d.message.find(text) != std::string::npos; }

}  // namespace

// --- customer/no-outcome ----------------------------------------------------

TEST_CASE("customer/no-outcome: fires on a goal without an outcome, at its id or at an empty 'outcome:'") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
  - id: resolution
    title: Resolve 80% of support cases within one business day
    outcome:
  - id: cross-sell
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
    outcome: loyalty
)");
  INFO(describe(d));
  // Two goals without an outcome are one finding, at the first, with the other as a related location.
  expectExactly(d, "customer/no-outcome", {{4, 9}});
  const auto found = ofRule(d, "customer/no-outcome");
  CHECK(found[0].message == "2 of the 3 goals do not say which customer outcome they serve: goal 'churn' and "
                            "goal 'resolution'");
  CHECK(found[0].path == "goals");
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].related[0].span.begin.line == 8);
  CHECK(found[0].related[0].span.begin.column == 5);
  // One such goal keeps its own finding.
  const auto one = ofRule(lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
)"),
                          "customer/no-outcome");
  REQUIRE(one.size() == 1);
  CHECK(one[0].message == "goal 'churn' does not say which customer outcome it serves");
  CHECK(one[0].path == "goals[churn].outcome");
}

TEST_CASE("customer/no-outcome: every listed outcome counts") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
    outcome: retention
  - id: new-logos
    title: Win 40 new mid-market accounts by end of 2027
    outcome: acquisition
  - id: referrals
    title: Get 25 referenceable enterprise customers by end of 2027
    outcome: advocacy
)");
  INFO(describe(d));
  CHECK(ofRule(d, "customer/no-outcome").empty());
}

// --- customer/technology-first ----------------------------------------------

TEST_CASE("customer/technology-first: fires on a software goal with no outcome, in the title or description") {
  const auto d = lint(R"(strategy:
  name: Acme CRM programme 2027
goals:
  - id: go-live
    title: Implement a new CRM system for all 120 sales reps by June 2027
  - id: readiness
    title: Sales team ready for the new quarter by July 2027
    description: We will roll out the HubSpot sales hub to every rep.
  - id: zendesk
    title: Zendesk in use by every support agent by March 2027
  - id: upgrade
    title: UPGRADE the customer Portal to the latest release
)");
  INFO(describe(d));
  CHECK(fires(d, "customer/technology-first", 5, 12));   // verb + noun
  CHECK(fires(d, "customer/technology-first", 8, 18));   // in the description, verb + product
  CHECK(fires(d, "customer/technology-first", 10, 12));  // a product on its own
  CHECK(fires(d, "customer/technology-first", 12, 12));  // case does not matter
  const auto found = ofRule(d, "customer/technology-first");
  REQUIRE(found.size() == 4);
  CHECK(found[0].message == "goal 'go-live' is about technology ('implement' ... 'crm'), not about customers, and "
                            "names no customer outcome");
  CHECK(found[0].path == "goals[go-live].title");
  CHECK(mentions(found[1], "('roll out' ... 'HubSpot')"));
  CHECK(found[1].path == "goals[readiness].description");
  CHECK(mentions(found[2], "('Zendesk')"));
  CHECK_FALSE(found[0].help.empty());
}

TEST_CASE("customer/technology-first: an outcome, or no technology wording in whole words, keeps it quiet") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: go-live
    title: Implement Salesforce so reps see open cases before renewal calls
    outcome: retention
  - id: account-plans
    title: Roll out shared account plans across the enterprise by 2027
  - id: integrators
    title: Cut churn among system integrator partners from 12% to 8%
  - id: sapphire
    title: Win 10 Sapphire-tier accounts through the installer network
  - id: deployed
    title: Redeploy two account managers to the mid-market by May 2027
)");
  INFO(describe(d));
  CHECK(ofRule(d, "customer/technology-first").empty());
}

TEST_CASE("customer/technology-first: the word lists are options") {
  const std::string yaml = R"(strategy:
  name: Acme customer loyalty 2027
goals:
  - id: voice
    title: Adopt Acme Voice across the contact centre by June 2027
)";
  CHECK(ofRule(lint(yaml), "customer/technology-first").empty());

  Config withProduct = recommended();
  withProduct.rules["customer/technology-first"].options["products"] = std::vector<std::string>{"Acme Voice"};
  const auto d = lintWith(yaml, withProduct);
  INFO(describe(d));
  CHECK(fires(d, "customer/technology-first", 5, 12));

  Config withNoun = recommended();
  withNoun.rules["customer/technology-first"].options["technology_nouns"] = std::vector<std::string>{"contact centre"};
  const auto n = lintWith(yaml, withNoun);
  INFO(describe(n));
  CHECK(fires(n, "customer/technology-first", 5, 12));

  Config noVerbs = recommended();
  noVerbs.rules["customer/technology-first"].options["technology_verbs"] = std::vector<std::string>{};
  const auto v = lintWith(R"(strategy:
  name: Acme CRM programme 2027
goals:
  - id: go-live
    title: Implement a new CRM system for all 120 sales reps by June 2027
)",
                          noVerbs);
  INFO(describe(v));
  CHECK(ofRule(v, "customer/technology-first").empty());
}

// --- customer/no-retention-goal ---------------------------------------------

TEST_CASE("customer/no-retention-goal: fires at 'goals' when no goal aims to keep customers") {
  const auto d = lint(R"(strategy:
  name: Acme growth 2027
goals:
  - id: new-logos
    title: Win 40 new mid-market accounts by end of 2027
    outcome: acquisition
  - id: resolution
    title: Resolve 80% of support cases within one business day
    outcome: satisfaction
)");
  INFO(describe(d));
  REQUIRE(fires(d, "customer/no-retention-goal", 3, 1));
  const auto found = ofRule(d, "customer/no-retention-goal");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "no goal aims to keep existing customers: none has the outcome retention or loyalty");
}

TEST_CASE("customer/no-retention-goal: a strategy without goals is reported at 'strategy'") {
  const auto d = lint("strategy:\n  name: Acme growth 2027\n");
  INFO(describe(d));
  CHECK(fires(d, "customer/no-retention-goal", 1, 1));
}

TEST_CASE("customer/no-retention-goal: one loyalty goal among others is enough") {
  const auto d = lint(R"(strategy:
  name: Acme growth 2027
goals:
  - id: new-logos
    title: Win 40 new mid-market accounts by end of 2027
    outcome: acquisition
  - id: cross-sell
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
    outcome: loyalty
)");
  INFO(describe(d));
  CHECK(ofRule(d, "customer/no-retention-goal").empty());
}

// --- customer/unknown-customers ---------------------------------------------

TEST_CASE("customer/unknown-customers: fires when no segment is defined, at the most precise key") {
  const auto none = lint("strategy:\n  name: Acme customer loyalty 2027\n");
  INFO(describe(none));
  CHECK(fires(none, "customer/unknown-customers", 1, 1));

  const auto noSegments = lint("strategy:\n  name: Acme customer loyalty 2027\ncustomers: {}\n");
  INFO(describe(noSegments));
  CHECK(fires(noSegments, "customer/unknown-customers", 3, 1));

  const auto emptyList = lint("strategy:\n  name: Acme customer loyalty 2027\ncustomers:\n  segments: []\n");
  INFO(describe(emptyList));
  REQUIRE(fires(emptyList, "customer/unknown-customers", 4, 3));
  CHECK(ofRule(emptyList, "customer/unknown-customers")[0].message ==
        "the strategy defines no customer segments, so it cannot say whom it serves");
}

TEST_CASE("customer/unknown-customers: fires on a segment with neither profitability nor needs") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
customers:
  segments:
    - id: enterprise
      name: Enterprise accounts
      profitability: high
    - id: smb
      name: Small-business accounts
      needs: []
)");
  INFO(describe(d));
  CHECK(fires(d, "customer/unknown-customers", 8, 11));
  const auto found = ofRule(d, "customer/unknown-customers");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "segment 'smb' says neither how profitable it is nor what its customers need");
  CHECK(found[0].path == "customers.segments[smb]");
}

TEST_CASE("customer/unknown-customers: profitability, a share of profit or needs each make a segment known") {
  const auto d = lint(R"(strategy:
  name: Acme customer loyalty 2027
customers:
  segments:
    - id: enterprise
      name: Enterprise accounts
      profitability: high
    - id: mid-market
      name: Mid-market accounts
      share_of_profit: 28%
    - id: smb
      name: Small-business accounts
      needs:
        - answers to billing questions the same day
)");
  INFO(describe(d));
  CHECK(ofRule(d, "customer/unknown-customers").empty());
}

// --- examples/tech-first.yaml -----------------------------------------------

TEST_CASE("customer/technology-first: examples/tech-first.yaml fires technology-first and no-outcome") {
  const auto d = lint(readProjectFile("examples/tech-first.yaml"));
  INFO(describe(d));
  CHECK(fires(d, "customer/technology-first", 53, 12));  // go-live: Implement Salesforce Sales Cloud
  CHECK(fires(d, "customer/technology-first", 71, 18));  // migrate-service: its description
  CHECK(fires(d, "customer/technology-first", 87, 12));  // mobile-app: Roll out the CRM mobile app
  CHECK(ofRule(d, "customer/technology-first").size() == 3);
  // The three goals without an outcome are one finding at the first, naming the others.
  expectExactly(d, "customer/no-outcome", {{52, 9}});
  const auto outcome = ofRule(d, "customer/no-outcome");
  REQUIRE(outcome[0].related.size() == 2);
  CHECK(outcome[0].related[0].span.begin.line == 69);
  CHECK(outcome[0].related[1].span.begin.line == 86);
  CHECK_FALSE(ofRule(d, "customer/no-retention-goal").empty());
}

TEST_CASE("customer/technology-first: replacing a mainframe with a new architecture is technology-first") {
  const auto d = lint(R"(strategy:
  name: Customer systems renewal
goals:
  - id: replace
    title: Replace legacy mainframe IS with an enterprise client-server architecture
)");
  INFO(describe(d));
  CHECK(fires(d, "customer/technology-first", 5, 12));
  const auto found = ofRule(d, "customer/technology-first");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'replace' ... 'legacy'") != std::string::npos);
}

TEST_CASE("customer/technology-first: a system named as the means is not the goal's aim") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: first-contact
    title: Use the newly installed CRM to answer 80% of resident queries at first contact
  - id: callbacks
    title: Call back every resident within one working day, using the newly installed CRM
    description: Contact centre staff log each request in the newly installed CRM.
)");
  INFO(describe(d));
  CHECK(ofRule(d, "customer/technology-first").empty());
}

TEST_CASE("customer/unknown-customers: many segments with the same gap are one finding that names them") {
  std::string yaml = "strategy:\n  name: Council customer access\ncustomers:\n  segments:\n";
  for (int i = 1; i <= 12; ++i) yaml += "    - {id: ward-" + std::to_string(i) + ", name: Ward " + std::to_string(i) + "}\n";
  yaml += "    - {id: carers, name: Carers, needs: [one named contact]}\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  const auto found = ofRule(d, "customer/unknown-customers");
  REQUIRE(found.size() == 1);
  CHECK(fires(d, "customer/unknown-customers", 5, 12));
  CHECK(found[0].message.find("12 of the 13 segments") != std::string::npos);
  CHECK(found[0].message.find("'ward-1', 'ward-2', 'ward-3', 'ward-4', 'ward-5' and 7 more") != std::string::npos);
  CHECK(found[0].message.find("carers") == std::string::npos);
}

// ---- strategy.sector ----------------------------------------------------------------

TEST_CASE("customer/no-retention-goal: residents and students do not churn, so public and education are exempt") {
  for (const std::string sector : {"public", "education"}) {
    const auto d = lint(R"(strategy:
  name: Customer access strategy 2027-2030
  sector: )" + sector + R"(
goals:
  - id: first-contact
    title: Resolve 80% of enquiries at first contact by March 2028
    outcome: access
)");
    INFO(sector << "\n" << describe(d));
    CHECK(ofRule(d, "customer/no-retention-goal").empty());
    CHECK(ofRule(d, "schema/type").empty());
  }
}

TEST_CASE("customer/no-retention-goal: a business (the default) and a charity still need one, in their own words") {
  const auto business = lint(R"(strategy:
  name: Customer access strategy 2027-2030
goals:
  - id: first-contact
    title: Resolve 80% of enquiries at first contact by March 2028
    outcome: access
)");
  CHECK(fires(business, "customer/no-retention-goal", 3, 1));
  const auto charity = lint(R"(strategy:
  name: Supporter care 2027
  sector: nonprofit
goals:
  - id: thank-you
    title: Thank 95% of new donors within two days by 2027
    outcome: satisfaction
)");
  INFO(describe(charity));
  const auto found = ofRule(charity, "customer/no-retention-goal");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("existing supporters and donors") != std::string::npos);
  CHECK(found[0].help.find("regular-donor retention") != std::string::npos);
}

TEST_CASE("customer/no-retention-goal: keeping_outcomes is an option") {
  Config c = recommended();
  c.rules["customer/no-retention-goal"].options["keeping_outcomes"] = std::vector<std::string>{"satisfaction"};
  const auto d = lintWith(R"(strategy:
  name: Supporter care 2027
goals:
  - id: thank-you
    title: Thank 95% of new donors within two days by 2027
    outcome: satisfaction
)",
                          c);
  INFO(describe(d));
  CHECK(ofRule(d, "customer/no-retention-goal").empty());
}

TEST_CASE("smart/specific and customer/technology-first: help speaks the sector's language") {
  const auto d = lint(R"(strategy:
  name: Council customer access
  sector: public
goals:
  - id: portal
    title: Implement a new CRM platform for the contact centre by 2027
  - id: better
    title: Improve services for residents
)");
  INFO(describe(d));
  const auto tech = ofRule(d, "customer/technology-first");
  REQUIRE(tech.size() == 1);
  CHECK(tech[0].help.find("the change residents will see") != std::string::npos);
  CHECK(tech[0].help.find("churn") == std::string::npos);
  const auto vague = ofRule(d, "smart/specific");
  REQUIRE(vague.size() == 1);
  CHECK(vague[0].help.find("resident enquiries at first contact") != std::string::npos);
}
