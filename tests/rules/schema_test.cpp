// syntax and schema/*: each fires at the right line and column, and stays
// quiet on a realistic near miss.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>

#include "schema.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool anyMessageContains(const std::vector<Diagnostic>& d, std::string_view text) {
  for (const Diagnostic& x : d) {
    if (x.message.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("syntax: broken YAML gets one diagnostic and no other") {
  const auto d = lint("strategy:\n  name: Acme\ngoals: [a, b\nmilestones: 3\n");
  INFO(describe(d));
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "syntax");
  CHECK(d[0].severity == Severity::Error);
  CHECK(d[0].span.begin.line >= 3);
}

TEST_CASE("syntax: NUL bytes and invalid UTF-8 are reported where they are") {
  const auto nul = lint(std::string("strategy:\n  name: Ac\0me\n", 23));
  INFO(describe(nul));
  CHECK(fires(nul, "syntax", 2, 11));
  CHECK(anyMessageContains(nul, "binary file"));
  const auto utf8 = lint("strategy:\n  name: Acme \xff\n");
  INFO(describe(utf8));
  CHECK(fires(utf8, "syntax", 2, 14));
  CHECK(anyMessageContains(utf8, "not valid UTF-8 (byte 0xFF)"));
}

TEST_CASE("syntax: a byte-order mark and CRLF line ends are fine") {
  const auto d = lint("\xEF\xBB\xBFstrategy:\r\n  name: Acme\r\n  titel: x\r\n");
  INFO(describe(d));
  CHECK(ofRule(d, "syntax").empty());
  CHECK(fires(d, "schema/unknown-key", 3, 3));
}

TEST_CASE("schema/unknown-key: a misspelt key is reported with the closest known key") {
  const auto d = lint(R"(strategy:
  name: Acme
goals:
  - id: churn
    titel: Cut churn from 14% to 9% by 2027
)");
  INFO(describe(d));
  REQUIRE(fires(d, "schema/unknown-key", 5, 5));
  const auto found = ofRule(d, "schema/unknown-key");
  CHECK(found[0].message == "goal 'churn' has an unknown key 'titel'; did you mean 'title'?");
  CHECK(found[0].path == "goals[churn].titel");
}

TEST_CASE("schema/unknown-key: every key of the bundled example is known") {
  const auto d = lint(readProjectFile("examples/acme-loyalty.yaml"));
  CHECK(ofRule(d, "schema/unknown-key").empty());
}

TEST_CASE("schema/type: an impossible date, a wrong enumeration and a non-number target") {
  const auto d = lint(R"(strategy:
  name: Acme
goals:
  - id: churn
    title: Cut churn from 14% to 9% by 2027
    due: 2027-02-30
    outcome: retain
    metric:
      name: churn
      target: nine percent
    departments: sales and service
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/type", 6, 10));
  CHECK(fires(d, "schema/type", 7, 14));
  CHECK(fires(d, "schema/type", 10, 15));
  CHECK(anyMessageContains(d, "not '2027-02-30' (2027-02 has 28 days)"));
  CHECK(anyMessageContains(d, "which is not one of: retention, loyalty, satisfaction"));
  // A single scalar is read as a list of one id, so this is an unknown ref, not a type error.
  CHECK(fires(d, "schema/unknown-ref", 11, 18));
}

TEST_CASE("schema/type: an unsupported format version names the supported one") {
  const auto d = lint("crmlint: 2\nstrategy:\n  name: Acme\n");
  INFO(describe(d));
  CHECK(fires(d, "schema/type", 1, 10));
  CHECK(anyMessageContains(d, "this crmlint reads format 1"));
}

TEST_CASE("schema/type: text where a list of goals is expected") {
  const auto d = lint("strategy:\n  name: Acme\ngoals: churn\n");
  INFO(describe(d));
  CHECK(fires(d, "schema/type", 3, 8));
}

TEST_CASE("schema/type: quoted dates, percent strings and flow lists are fine") {
  const auto d = lint(R"(strategy:
  name: Acme
customers:
  segments:
    - id: smb
      name: Small business
      share_of_profit: 30%
goals:
  - id: churn
    title: Cut churn from 14% to 9% by 2027
    due: "2027-02-28"
    metric: {name: churn, baseline: "14%", target: 9.5}
    departments: [sales]
    priority: 2
    benefit: {amount: 100, per: year}
)");
  INFO(describe(d));
  CHECK(ofRule(d, "schema/type").empty());
}

TEST_CASE("schema/required: missing and empty required keys") {
  const auto d = lint(R"(strategy:
  owner: dana
goals:
  - id: churn
    metric:
      target: 9
  - title: Win back lapsed customers
stakeholders:
  - id: dana
    name:
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/required", 1, 1));   // strategy has no name: at the `strategy` key
  CHECK(fires(d, "schema/required", 4, 9));   // goal 'churn' has no title: at its id
  CHECK(fires(d, "schema/required", 5, 5));   // its metric has no name: at the `metric` key
  CHECK(fires(d, "schema/required", 7, 5));   // an entry without an id: at the entry
  CHECK(fires(d, "schema/required", 10, 5));  // an empty name: at the key
  CHECK(anyMessageContains(d, "the strategy has no 'name'"));
  CHECK(anyMessageContains(d, "stakeholder 'dana' has an empty 'name'"));
  const auto found = ofRule(d, "schema/required");
  const bool pathOfMissing = std::any_of(found.begin(), found.end(), [](const Diagnostic& x) {
    return x.path == "goals[churn].title";
  });
  CHECK(pathOfMissing);
}

TEST_CASE("schema/required: the bundled example has everything required") {
  CHECK(ofRule(lint(readProjectFile("examples/acme-loyalty.yaml")), "schema/required").empty());
}

TEST_CASE("schema/duplicate-key: the second key is reported with the first's line") {
  const auto d = lint("strategy:\n  name: Acme\n  vision: a\n  vision: b\n");
  INFO(describe(d));
  CHECK(fires(d, "schema/duplicate-key", 4, 3));
  CHECK(anyMessageContains(d, "key 'vision' appears twice in 'strategy' (first on line 3)"));
}

TEST_CASE("schema/duplicate-key: a key written three times is reported twice, each naming the first") {
  const auto d = lint("strategy:\n  name: Acme\n  vision: a\n  owner: amy\n  vision: b\n  vision: c\n");
  INFO(describe(d));
  CHECK(fires(d, "schema/duplicate-key", 5, 3));
  CHECK(fires(d, "schema/duplicate-key", 6, 3));
  CHECK(ofRule(d, "schema/duplicate-key").size() == 2);
  CHECK_FALSE(anyMessageContains(d, "(first on line 5)"));
}

TEST_CASE("schema/duplicate-key: a mapping of many keys is checked the same way") {
  // Past 32 keys the rule hashes them instead of comparing each with those before.
  std::string yaml = "strategy:\n  name: Acme\nextra:\n";
  for (int i = 0; i < 40; ++i) yaml += "  key" + std::to_string(i) + ": x\n";
  yaml += "  key7: again\n  key39: again\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  CHECK(fires(d, "schema/duplicate-key", 44, 3));
  CHECK(fires(d, "schema/duplicate-key", 45, 3));
  CHECK(anyMessageContains(d, "key 'key7' appears twice in 'extra' (first on line 11)"));
  CHECK(ofRule(d, "schema/duplicate-key").size() == 2);
}

TEST_CASE("schema/duplicate-key: equal keys in different mappings are fine") {
  const auto d = lint("strategy:\n  name: Acme\ngoals:\n  - id: a\n    title: x\n  - id: b\n    title: y\n");
  CHECK(ofRule(d, "schema/duplicate-key").empty());
}

TEST_CASE("schema/duplicate-id: the second entry is reported, naming the first's line") {
  const auto d = lint(R"(strategy:
  name: Acme
goals:
  - id: churn
    title: Cut enterprise churn from 14% to 9%
  - id: churn
    title: Cut SMB churn from 20% to 15%
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/duplicate-id", 6, 9));
  CHECK(anyMessageContains(d, "goal id 'churn' is already used on line 4"));
}

TEST_CASE("schema/duplicate-id: an id used three times is reported at each repeat, naming the first") {
  const auto d = lint(R"(strategy:
  name: Acme
stakeholders:
  - id: amy
    name: Amy Lee
  - id: ben
    name: Ben Ito
  - id: amy
    name: Amy Park
  - id: amy
    name: Amy Stone
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/duplicate-id", 8, 9));
  CHECK(fires(d, "schema/duplicate-id", 10, 9));
  CHECK(ofRule(d, "schema/duplicate-id").size() == 2);
  CHECK_FALSE(anyMessageContains(d, "is already used on line 8"));
}

TEST_CASE("schema/duplicate-id: one id in two sections is fine, and so is one entry used twice by alias") {
  const auto d = lint(R"(strategy:
  name: Acme
goals:
  - &g
    id: churn
    title: Cut churn from 14% to 9%
  - *g
milestones:
  - id: churn
    title: Churn pilot
)");
  INFO(describe(d));
  CHECK(ofRule(d, "schema/duplicate-id").empty());
}

TEST_CASE("schema/unknown-ref: a reference to nothing suggests the closest id") {
  const auto d = lint(R"(strategy:
  name: Acme
  sponsor: lea
stakeholders:
  - id: lee
    name: Lee Okafor
goals:
  - id: churn
    title: Cut churn from 14% to 9%
    departments: [sales, servce]
milestones:
  - id: pilot
    title: Pilot
    goals: [churn, upsell]
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/unknown-ref", 3, 12));
  CHECK(fires(d, "schema/unknown-ref", 10, 26));
  CHECK(fires(d, "schema/unknown-ref", 14, 20));
  CHECK(anyMessageContains(d, "no stakeholder has the id 'lea'; did you mean 'lee'?"));
  CHECK(anyMessageContains(d, "no department has the id 'servce'; did you mean 'service'?"));
  CHECK(ofRule(d, "schema/unknown-ref").size() == 3);
}

TEST_CASE("schema/unknown-ref: declared departments replace the default set") {
  const auto d = lint(R"(strategy:
  name: Acme
departments:
  - id: field-sales
    name: Field sales
goals:
  - id: churn
    title: Cut churn from 14% to 9%
    departments: [field-sales, sales]
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/unknown-ref", 9, 32));
  CHECK(ofRule(d, "schema/unknown-ref").size() == 1);
}

TEST_CASE("schema/not-a-strategy: a list, an empty file, a mapping without strategy") {
  for (const char* text : {"- a\n- b\n", "", "# only a comment\n", "name: Acme\n"}) {
    const auto d = lint(text);
    INFO(describe(d));
    REQUIRE(d.size() == 1);
    CHECK(fires(d, "schema/not-a-strategy", 1, 1));
  }
}

TEST_CASE("schema/not-a-strategy: a file found by walking is skipped instead") {
  LintOptions walked;
  walked.skipNonStrategies = true;
  const FileReport r = lintText("ci.yaml", "jobs: {build: {}}\n", recommended(), walked);
  CHECK(r.skipped);
  CHECK(r.diagnostics.empty());
}

TEST_CASE("schema/aliased-entry: a goal repeated by alias is read once and reported once, at its first alias") {
  std::string text = R"(strategy:
  name: Acme
goals:
  - &g
    id: churn
    title: Cut churn
)";
  for (int i = 0; i < 2000; ++i) text += "  - *g\n";
  const auto d = lint(text);
  INFO(describe(d));
  expectExactly(d, "schema/aliased-entry", {{7, 5}});
  const auto aliased = ofRule(d, "schema/aliased-entry");
  REQUIRE(aliased.size() == 1);
  CHECK(aliased[0].message ==
        "this alias repeats goal 'churn' from line 5 (and 1999 more times); a strategy lists each entry once");
  CHECK(aliased[0].path == "goals[churn]");
  // The vague title is one finding, not one per alias.
  CHECK(ofRule(d, "smart/specific").size() == 1);
}

TEST_CASE("schema/aliased-entry: aliases of values and of lists inside entries are fine") {
  const auto d = lint(R"(strategy:
  name: Acme
  owner: &amy amy
stakeholders:
  - id: amy
    name: Amy Lee
    department: sales
goals:
  - id: churn
    title: Cut logo churn from 14% to 9% by 2027
    owner: *amy
    departments: &teams [sales, service]
  - id: repeat
    title: Raise repeat purchases from 20% to 30% by 2027
    owner: *amy
    departments: *teams
)");
  INFO(describe(d));
  CHECK(ofRule(d, "schema/aliased-entry").empty());
}

TEST_CASE("schema/multiple-documents: the first document is linted, the second reported where it starts") {
  const auto d = lint("strategy:\n  name: Acme\n---\nstrategy:\n  name: Other\n");
  INFO(describe(d));
  expectExactly(d, "schema/multiple-documents", {{3, 1}});
  CHECK(ofRule(d, "syntax").empty());
  CHECK_FALSE(ofRule(d, "strategy/no-vision").empty());
  const auto one = lint("---\nstrategy:\n  name: Acme\n...\n");
  CHECK(ofRule(one, "schema/multiple-documents").empty());
}

// ---- one finding per mistake ---------------------------------------------------------

TEST_CASE("schema/type: a due date that is not a date is reported once, not also as missing") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: online
    title: Move 60% of council tax contacts online
    due: Q3 2027
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/type", 6, 10));
  CHECK(ofRule(d, "smart/time-bound").empty());
  const auto found = ofRule(d, "schema/type");
  REQUIRE(found.size() == 1);
  CHECK(found[0].help.find("YYYY-MM-DD") != std::string::npos);
  // A due key left empty is still a goal without a due date.
  const auto empty = lint(R"(strategy:
  name: Council customer access
goals:
  - id: online
    title: Move 60% of council tax contacts online
    due:
)");
  INFO(describe(empty));
  CHECK(fires(empty, "smart/time-bound", 6, 5));
}

TEST_CASE("schema/unknown-key: a misspelt business_need is one finding, not also no-business-need") {
  const auto d = lint(R"(strategy:
  name: Council customer access
  bussiness_need: Residents wait 12 minutes on the phone and 30% give up
  visoin: One front door for every council service
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/unknown-key", 3, 3));
  CHECK(fires(d, "schema/unknown-key", 4, 3));
  CHECK(ofRule(d, "strategy/no-business-need").empty());
  CHECK(ofRule(d, "strategy/no-vision").empty());
  // An unrelated unknown key does not stand in for the need.
  const auto other = lint(R"(strategy:
  name: Council customer access
  budget_holder: Finance
)");
  INFO(describe(other));
  CHECK_FALSE(ofRule(other, "strategy/no-business-need").empty());
}

TEST_CASE("schema/type: a misspelt allowed word gets a did-you-mean, and help says how to fix") {
  const auto d = lint(R"(strategy:
  name: Council customer access
stakeholders:
  - id: grace
    name: Grace Liu
    executive: yes
goals:
  - id: online
    title: Move 60% of council tax contacts online by 2027
    outcome: retension
)");
  INFO(describe(d));
  CHECK(fires(d, "schema/type", 10, 14));
  CHECK(fires(d, "schema/type", 6, 16));
  const auto found = ofRule(d, "schema/type");
  REQUIRE(found.size() == 2);
  CHECK(found[0].help.find("'executive: true'") != std::string::npos);
  CHECK(found[1].message.find("did you mean 'retention'?") != std::string::npos);
  // An allowed word far from every allowed one gets no guess.
  const auto far = lint(R"(strategy:
  name: Council customer access
goals:
  - id: online
    title: Move 60% of council tax contacts online by 2027
    outcome: happiness
)");
  const auto farFound = ofRule(far, "schema/type");
  REQUIRE(farFound.size() == 1);
  CHECK(farFound[0].message.find("did you mean") == std::string::npos);
}

namespace {

// Every key whose value is one of a list of allowed words, anywhere in the format.
void collectEnumKeys(const EntitySpec& spec, std::set<std::string>& keys, std::set<const EntitySpec*>& seen) {
  if (!seen.insert(&spec).second) return;
  for (const FieldSpec& f : spec.fields) {
    if (f.type == ValueType::Enum) keys.insert(std::string(f.key));
    if (f.entity) collectEnumKeys(*f.entity, keys, seen);
  }
}

struct Misspelt {
  std::string key;  // the enumerated key the case covers
  std::string yaml;
  At at;
  std::string meant;
};

}  // namespace

TEST_CASE("schema/type: every misspelt allowed word gets one did-you-mean, a certain fix, and no second finding") {
  const std::vector<Misspelt> cases = {
      {"sector", "strategy:\n  name: Customer access\n  sector: publik\n", {3, 11}, "public"},
      {"review_cadence", "strategy:\n  name: Customer access\n  review_cadence: quartrly\n", {3, 19}, "quarterly"},
      {"per", "strategy:\n  name: Customer access\n  budget: {amount: 100, per: yaer}\n", {3, 30}, "year"},
      {"function", "strategy:\n  name: Customer access\ndepartments:\n  - id: rev\n    name: Revenues\n"
                   "    function: busness\n",
       {6, 15}, "business"},
      {"profitability", "strategy:\n  name: Customer access\ncustomers:\n  segments:\n    - id: a\n      name: A\n"
                        "      profitability: hihg\n",
       {7, 22}, "high"},
      {"outcome", "strategy:\n  name: Customer access\ngoals:\n  - id: g\n    title: Keep 90% of members\n"
                  "    outcome: retension\n",
       {6, 14}, "retention"},
      {"type", "strategy:\n  name: Customer access\nmilestones:\n  - id: m\n    title: Train the contact centre\n"
               "    type: trainng\n",
       {6, 11}, "training"},
      {"scope", "strategy:\n  name: Customer access\nmilestones:\n  - id: m\n    title: Go live\n"
                "    scope: entreprise\n",
       {6, 12}, "enterprise"},
      {"status", "strategy:\n  name: Customer access\nmilestones:\n  - id: m\n    title: Go live\n"
                 "    status: droped\n",
       {6, 13}, "dropped"},
  };
  std::set<std::string> enumKeys;
  std::set<const EntitySpec*> seen;
  collectEnumKeys(documentSpec(), enumKeys, seen);
  std::set<std::string> covered;
  for (const Misspelt& c : cases) covered.insert(c.key);
  CHECK(covered == enumKeys);  // a new enumerated key needs its case here

  for (const Misspelt& c : cases) {
    INFO(c.yaml);
    const auto d = lint(c.yaml);
    INFO(describe(d));
    expectExactly(d, "schema/type", {c.at});
    const auto found = ofRule(d, "schema/type");
    REQUIRE(found.size() == 1);
    const std::string suggestion = fmt::format("did you mean '{}'?", c.meant);
    const auto first = found[0].message.find(suggestion);
    CHECK(first != std::string::npos);
    CHECK(found[0].message.find("did you mean", first + 1) == std::string::npos);  // said once
    REQUIRE(found[0].fixes.size() == 1);
    CHECK(found[0].fixes[0].certain);
    CHECK(found[0].fixes[0].edits[0].newText == c.meant);
    // The mistake is reported once: no other rule finds fault on its line.
    for (const Diagnostic& x : d) {
      if (x.rule != "schema/type") CHECK(x.span.begin.line != c.at.line);
    }
  }
  // A sector or an outcome nobody can read is not taken for the default.
  CHECK(ofRule(lint(cases[0].yaml), "customer/no-retention-goal").empty());
  CHECK(ofRule(lint(cases[5].yaml), "customer/no-outcome").empty());
  CHECK(ofRule(lint(cases[5].yaml), "customer/no-retention-goal").empty());
  CHECK(ofRule(lint(cases[1].yaml), "plan/no-review").empty());
  CHECK_FALSE(ofRule(lint("strategy:\n  name: Customer access\n"), "plan/no-review").empty());
}

TEST_CASE("schema/type: a word two edits away is a suggestion, not a certain fix; a distant word gets none") {
  const auto twoEdits = ofRule(lint("strategy:\n  name: Customer access\n  review_cadence: quartly\n"), "schema/type");
  REQUIRE(twoEdits.size() == 1);
  CHECK(twoEdits[0].message.find("did you mean 'quarterly'?") != std::string::npos);
  REQUIRE(twoEdits[0].fixes.size() == 1);
  CHECK_FALSE(twoEdits[0].fixes[0].certain);
  const auto distant = ofRule(lint("strategy:\n  name: Customer access\n  review_cadence: sometimes\n"), "schema/type");
  REQUIRE(distant.size() == 1);
  CHECK(distant[0].message.find("did you mean") == std::string::npos);
  CHECK(distant[0].fixes.empty());
  // An outcome misspelt far from retention still leaves the retention rule to judge the plan.
  const auto acquisition = lint("strategy:\n  name: Shop\ngoals:\n  - id: g\n    title: Win 40 new accounts\n"
                                "    outcome: acqusition\n");
  CHECK_FALSE(ofRule(acquisition, "customer/no-retention-goal").empty());
}

TEST_CASE("schema/type: the strategy's budget is named as the strategy's") {
  const auto found =
      ofRule(lint("strategy:\n  name: Customer access\n  budget: {amount: 100, per: yaer}\n"), "schema/type");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("the strategy's budget: ") == 0);
}

TEST_CASE("schema/type: a benefit's 'cashable' that is not true or false is reported at its value") {
  // 'no' is true or false to YAML 1.1 only; crmlint reads it as text, so the
  // benefit is not taken for non-cashable on a guess.
  const auto d = lint(R"(strategy:
  name: Patient contact centre 2027-2029
  sector: public
  currency: GBP
goals:
  - id: release-nurse-time
    title: Release 1.6 WTE of ward nurse time from answering phone enquiries by March 2028
    due: 2028-03-31
    benefit:
      amount: 56000
      per: year
      cashable: no
    cost: 120000
)");
  INFO(describe(d));
  expectExactly(d, "schema/type", {{12, 17}});
  const auto found = ofRule(d, "schema/type");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "the benefit of goal 'release-nurse-time': 'cashable' must be true or false, not 'no'");
  CHECK(found[0].help.find("'cashable: true' or 'cashable: false'") != std::string::npos);
  CHECK(found[0].path == "goals[release-nurse-time].benefit.cashable");
  // The benefit is still stated: no-benefit has nothing to say.
  CHECK(ofRule(d, "business-case/no-benefit").empty());
}

TEST_CASE("schema/type: a quarter written 'Q3 2027' is told it means 2027-Q3, with a certain fix, and once") {
  const auto d = lint(R"(strategy:
  name: Council customer access
goals:
  - id: tax-online
    title: Move 60% of council tax contacts online
    due: Q3 2027
)");
  INFO(describe(d));
  expectExactly(d, "schema/type", {{6, 10}});
  const auto found = ofRule(d, "schema/type");
  CHECK(found[0].message.find("not 'Q3 2027'; did you mean '2027-Q3'?") != std::string::npos);
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].certain);
  CHECK(found[0].fixes[0].edits[0].newText == "2027-Q3");
  CHECK(ofRule(d, "smart/time-bound").empty());  // one finding for one mistake
  // A date that is wrong in another way gets no guess.
  const auto month = ofRule(lint("strategy:\n  name: X\ngoals:\n  - id: g\n    title: Y\n    due: 2027-13\n"),
                            "schema/type");
  REQUIRE(month.size() == 1);
  CHECK(month[0].message.find("did you mean") == std::string::npos);
  CHECK(month[0].fixes.empty());
}

TEST_CASE("schema/type: a figure written with thousands separators is told how a number is written, with a certain fix") {
  const auto d = lint(R"(strategy:
  name: Better homes 2028
  sector: public
  currency: GBP
goals:
  - id: complaints
    title: Cut formal complaints from 1,450 to 950 a year by March 2028
    outcome: satisfaction
    metric:
      name: stage 1 complaints a year
      baseline: 1,450
      target: 950
      unit: complaints
    due: 2028-03
    benefit:
      amount: 12,500,000
      per: year
    cost: "85,000"
)");
  INFO(describe(d));
  expectExactly(d, "schema/type", {{11, 17}, {16, 15}, {18, 11}});
  const auto found = ofRule(d, "schema/type");
  CHECK(found[0].message ==
        "the metric of goal 'complaints': 'baseline' must be a number or a percent such as \"14%\", not '1,450': a "
        "number is written without separators (1450)");
  CHECK(found[0].help == "write 'baseline: 1450', without separators");
  REQUIRE(found[0].fixes.size() == 1);
  CHECK(found[0].fixes[0].certain);
  CHECK(found[0].fixes[0].edits[0].newText == "1450");
  CHECK(found[1].message.find("not '12,500,000': a number is written without separators (12500000)") !=
        std::string::npos);
  REQUIRE(found[1].fixes.size() == 1);
  CHECK(found[1].fixes[0].edits[0].newText == "12500000");
  // Quoted, it is still text: the help says so; the fix is left to the author, as for any quoted value.
  CHECK(found[2].message.find("not '85,000': a number is written without separators (85000)") != std::string::npos);
  CHECK(found[2].help == "write 'cost: 85000', without separators or quotes");
  // One mistake, one finding: the goal is not also reported as unmeasurable.
  CHECK(ofRule(d, "smart/measurable").empty());
}

TEST_CASE("schema/type: a figure that is not a number with separators gets no separator advice") {
  const auto d = lint(R"(strategy:
  name: Better homes 2028
goals:
  - id: arrears
    title: Cut rent arrears from 4.1% to 3.2% of the rent roll by March 2028
    metric:
      name: current tenant arrears
      baseline: 4,1
      target: 950 a year
    cost: 0,450
)");
  INFO(describe(d));
  expectExactly(d, "schema/type", {{8, 17}, {9, 15}, {10, 11}});
  for (const Diagnostic& x : ofRule(d, "schema/type")) {
    CHECK(x.message.find("separators") == std::string::npos);
    CHECK(x.fixes.empty());
  }
}

TEST_CASE("schema/unknown-key: text cut short by a comma in braces is reported as such, once") {
  const auto d = lint(R"(strategy:
  name: Member CRM 2027-2028
  sector: nonprofit
departments:
  - {id: membership, name: Membership, Marketing and Events, customer_facing: true}
  - {id: standards, name: Professional Standards, Education, Careers, customer_facing: true}
  - {id: ops, name: Finance and Operations}
)");
  INFO(describe(d));
  expectExactly(d, "schema/unknown-key", {{5, 40}, {6, 51}});
  const auto found = ofRule(d, "schema/unknown-key");
  CHECK(found[0].message ==
        "department 'membership': the comma after 'Membership' ends the name, so 'Marketing and Events' is read as "
        "a key of its own");
  CHECK(found[0].help == "put the whole name in quotes: name: \"Membership, Marketing and Events\"");
  CHECK(found[0].fixes.empty());
  // Two pieces of one name are one mistake.
  CHECK(found[1].message ==
        "department 'standards': the comma after 'Professional Standards' ends the name, so 'Education' and "
        "'Careers' are read as keys of their own");
  CHECK(found[1].help == "put the whole name in quotes: name: \"Professional Standards, Education, Careers\"");
}

TEST_CASE("schema/unknown-key: a number cut short by a comma in braces is told how a number is written") {
  const auto d = lint(R"(strategy:
  name: Better homes 2028
goals:
  - id: complaints
    title: Cut formal complaints from 1,450 to 950 a year by March 2028
    metric: {name: stage 1 complaints a year, baseline: 1,450, target: 950}
)");
  INFO(describe(d));
  expectExactly(d, "schema/unknown-key", {{6, 59}});
  const auto found = ofRule(d, "schema/unknown-key");
  CHECK(found[0].message ==
        "the metric of goal 'complaints': the comma in 'baseline: 1,450' ends the number at 1, so '450' is read as "
        "a key of its own; a number is written without separators (1450)");
  CHECK(found[0].help == "write 'baseline: 1450'");
}

TEST_CASE("schema/unknown-key: a comma split is not guessed where the key is misspelt, the text quoted or the style block") {
  const auto d = lint(R"(strategy:
  name: Member CRM 2027-2028
departments:
  - {id: membership, name: "Membership, Marketing and Events", customer_facing: true}
  - {id: ops, name: Finance, nam}
  - {id: standards, Professional Standards}
  - id: events
    name: Events, Conferences and CPD
    Awards and Prizes:
)");
  INFO(describe(d));
  // A quoted name and a block-style name with commas are fine; the others are unknown keys as before.
  expectExactly(d, "schema/unknown-key", {{5, 30}, {6, 21}, {9, 5}});
  const auto found = ofRule(d, "schema/unknown-key");
  CHECK(found[0].message == "department 'ops' has an unknown key 'nam'; did you mean 'name'?");
  // After an id, a comma does not cut text short: an id has no commas.
  CHECK(found[1].message == "department 'standards' has an unknown key 'Professional Standards'");
  CHECK(found[2].message == "department 'events' has an unknown key 'Awards and Prizes'");
}
