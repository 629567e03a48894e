// The health score (src/score.h): the formula pinned on small fixtures, and
// what the linter tells it about the size of each category.
#include "score.h"

#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

Diagnostic finding(std::string rule, Severity severity) {
  return Diagnostic{.file = "s.yaml",
                    .span = {{1, 1}, {1, 2}},
                    .severity = severity,
                    .rule = std::move(rule),
                    .message = "a finding",
                    .help = "",
                    .path = ""};
}

// A linted strategy whose every category checks `checked` things.
FileReport strategyReport(std::vector<Diagnostic> diagnostics, std::size_t checked = 4) {
  StrategyOverview overview;
  for (const std::string& category : scoredCategories()) overview.checked.emplace(category, checked);
  return FileReport{.path = "s.yaml", .source = "", .diagnostics = std::move(diagnostics), .overview = overview};
}

}  // namespace

TEST_CASE("score: severities weigh error 4, warning 2, info 1") {
  CHECK(severityWeight(Severity::Error) == 4);
  CHECK(severityWeight(Severity::Warning) == 2);
  CHECK(severityWeight(Severity::Info) == 1);
}

TEST_CASE("score: a category loses 25 points per point of penalty per thing checked, rounded, never below 0") {
  CHECK(categoryScore(0, 4) == 100);
  CHECK(categoryScore(1, 4) == 94);  // 93.75
  CHECK(categoryScore(2, 4) == 88);  // 87.5 rounds up
  CHECK(categoryScore(8, 4) == 50);  // a warning for each thing checked halves the score
  CHECK(categoryScore(16, 4) == 0);  // an error for each thing checked leaves nothing
  CHECK(categoryScore(40, 4) == 0);  // clamped
  CHECK(categoryScore(1, 3) == 92);  // 91.67
}

TEST_CASE("score: a big strategy is not punished for being big") {
  // One warning among 4 things checked scores as two among 8.
  CHECK(categoryScore(2, 4) == categoryScore(4, 8));
  const auto small = scoreFile(strategyReport({finding("smart/specific", Severity::Warning)}, 4));
  const auto big = scoreFile(strategyReport(
      {finding("smart/specific", Severity::Warning), finding("smart/time-bound", Severity::Warning)}, 8));
  REQUIRE(small);
  REQUIRE(big);
  CHECK(small->category("smart") == 88);
  CHECK(big->category("smart") == 88);
}

TEST_CASE("score: a file's categories come from their rules' findings, the overall score is their mean") {
  const auto score = scoreFile(strategyReport({
      finding("smart/specific", Severity::Warning), finding("smart/measurable", Severity::Warning),
      finding("smart/realistic", Severity::Error),    // smart: 2 + 2 + 4 = 8 over 4: 50
      finding("pace/no-pilot", Severity::Info),       // pace: 1 over 4: 93.75, 94
      finding("suppression/unused", Severity::Info),  // in no category
  }));
  REQUIRE(score);
  CHECK(score->category("smart") == 50);
  CHECK(score->category("pace") == 94);
  for (const std::string_view category :
       {"customer", "strategy", "business-case", "ownership", "wiifm", "alignment", "plan"}) {
    CHECK(score->category(category) == 100);
  }
  CHECK(score->overall == 94);  // (50 + 94 + 7 * 100) / 9 = 93.8
}

TEST_CASE("score: a schema finding caps the overall score at 50 and leaves the categories alone") {
  const auto score = scoreFile(
      strategyReport({finding("schema/unknown-key", Severity::Error), finding("pace/no-pilot", Severity::Info)}));
  REQUIRE(score);
  CHECK(score->category("pace") == 94);
  CHECK(score->category("plan") == 100);
  CHECK(score->overall == 50);
}

TEST_CASE("score: a category that did not run has no score and stays out of the mean") {
  FileReport report = strategyReport({finding("pace/no-pilot", Severity::Warning)});
  report.overview->checked = {{"smart", 3}, {"pace", 2}};
  const auto score = scoreFile(report);
  REQUIRE(score);
  CHECK(score->category("smart") == 100);
  CHECK(score->category("pace") == 75);  // 100 - 25 * 2 / 2
  CHECK_FALSE(score->category("wiifm").has_value());
  CHECK(score->overall == 88);  // (100 + 75) / 2 = 87.5
}

TEST_CASE("score: no score for a file that is not a strategy, or when no scored category ran") {
  FileReport broken{.path = "bad.yaml", .source = "a: [", .diagnostics = {finding("syntax", Severity::Error)}};
  CHECK_FALSE(scoreFile(broken).has_value());
  FileReport schemaOnly = strategyReport({});
  schemaOnly.overview->checked.clear();
  CHECK_FALSE(scoreFile(schemaOnly).has_value());
  FileReport skipped = strategyReport({});
  skipped.skipped = true;
  CHECK_FALSE(scoreFile(skipped).has_value());
  CHECK_FALSE(scoreRun({broken, skipped}).has_value());
}

TEST_CASE("score: a run scores the mean over the files that have a score") {
  FileReport partial = strategyReport({});
  partial.overview->checked = {{"smart", 1}};
  const auto run = scoreRun({
      strategyReport({finding("smart/specific", Severity::Error)}),  // smart 75, overall 97 (97.2)
      partial,                                                       // smart 100, overall 100
      FileReport{.path = "bad.yaml", .source = "", .diagnostics = {finding("syntax", Severity::Error)}},
  });
  REQUIRE(run);
  CHECK(run->category("smart") == 88);  // (75 + 100) / 2 = 87.5
  CHECK(run->category("pace") == 100);  // the first file alone
  CHECK(run->overall == 99);            // (97 + 100) / 2 = 98.5
}

TEST_CASE("score: the linter counts what each category checks, plus one for the strategy") {
  const std::string yaml = R"(strategy:
  name: Acme customer loyalty 2027
  business_objectives:
    - id: nrr
      title: Grow net revenue retention to 115% by FY2028
departments:
  - id: sales
    name: Sales
  - id: service
    name: Service
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: service
customers:
  segments:
    - id: enterprise
      name: Enterprise accounts
goals:
  - id: reduce-churn
    title: Cut enterprise logo churn from 14% to 9% by end of 2027
  - id: cross-sell
    title: Raise the cross-sell win rate from 18% to 24% by March 2028
milestones:
  - id: pilot
    title: Pilot shared account plans with the West region
  - id: rollout
    title: Roll out shared account plans across the enterprise
  - id: review
    title: Review churn against the baseline
)";
  const FileReport report = lintText("s.yaml", yaml, recommended(), {});
  REQUIRE(report.overview);
  const auto& checked = report.overview->checked;
  CHECK(checked.at("smart") == 3);          // 2 goals
  CHECK(checked.at("customer") == 4);       // 2 goals, 1 segment
  CHECK(checked.at("strategy") == 4);       // 2 goals, 1 objective
  CHECK(checked.at("business-case") == 3);  // 2 goals
  CHECK(checked.at("ownership") == 3);      // 2 goals
  CHECK(checked.at("wiifm") == 4);          // 1 stakeholder, 2 departments
  CHECK(checked.at("alignment") == 5);      // 2 goals, 2 departments
  CHECK(checked.at("pace") == 4);           // 3 milestones
  CHECK(checked.at("plan") == 6);           // 2 goals, 3 milestones
  CHECK(checked.size() == scoredCategories().size());
}

TEST_CASE("score: categories switched off are not counted, and a file that does not parse has no overview") {
  Config config = recommended();
  applySelection(config, RuleSelection{.only = std::set<std::string>{"smart/time-bound"}, .ignored = {}});
  const FileReport selected = lintText("s.yaml", "strategy:\n  name: Acme\n", config, {});
  REQUIRE(selected.overview);
  CHECK(selected.overview->checked.size() == 1);
  CHECK(selected.overview->checked.contains("smart"));

  CHECK_FALSE(lintText("s.yaml", "strategy: [\n", recommended(), {}).overview.has_value());
  CHECK_FALSE(lintText("s.yaml", "goals: []\n", recommended(), {}).overview.has_value());
}
