// Categories are registered things (src/category.h): the health score, the
// HTML report, config and suppression all read them, so a category
// registered after the built-ins behaves like one of them.
#include <algorithm>
#include <sstream>

#include "category.h"
#include "reporters/reporter.h"
#include "score.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

// A category for the length of one test: registered on construction,
// removed on destruction, so other tests see only the built-ins.
class TestCategory {
 public:
  explicit TestCategory(Category category) : id_(category.id) {
    REQUIRE(CategoryRegistry::instance().add(std::move(category)));
  }
  ~TestCategory() { CategoryRegistry::instance().remove(id_); }
  TestCategory(const TestCategory&) = delete;
  TestCategory& operator=(const TestCategory&) = delete;

 private:
  std::string id_;
};

// Reports every goal, so the test category has one finding per goal.
class EveryGoal final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{.id = "house/every-goal", .severity = Severity::Warning,
                               .summary = "Flags every goal, for the category tests.", .rationale = "",
                               .badExample = "", .goodExample = ""};
    return meta;
  }
  void check(const Strategy& strategy, RuleContext& ctx) const override {
    for (const Goal& goal : strategy.goals) ctx.report({.at = goal.node, .message = "a goal", .help = ""});
  }
};

Category houseCategory() {
  return Category{.id = "house", .title = "House policy", .question = "Does the plan follow house policy?",
                  .alwaysOn = false, .suppressible = true, .scored = true, .counts = {Counted::Goals}};
}

constexpr std::string_view kTwoGoals = R"(strategy:
  name: Acme
goals:
  - id: g1
    title: First goal
  - id: g2
    title: Second goal
)";

}  // namespace

TEST_CASE("categories: a category registered after the built-ins is scored over what it counts") {
  const TestCategory house(houseCategory());
  Registry registry;
  registry.add(std::make_unique<EveryGoal>());
  const FileReport report = lintText("s.yaml", std::string(kTwoGoals), Config::recommended(registry), {}, registry);
  REQUIRE(report.overview);
  CHECK(report.overview->checked.at("house") == 3);  // the strategy and 2 goals
  const auto score = scoreFile(report);
  REQUIRE(score);
  // Two warnings (penalty 4) over 3 things: 100 - 25 * 4 / 3 = 66.7.
  CHECK(score->category("house") == 67);
  CHECK(score->overall == 67);
  const std::vector<std::string> scored = scoredCategories();
  CHECK(std::find(scored.begin(), scored.end(), "house") != scored.end());
}

TEST_CASE("categories: the HTML report shows a registered category by its title and question") {
  const TestCategory house(houseCategory());
  Registry registry;
  registry.add(std::make_unique<EveryGoal>());
  const FileReport report = lintText("s.yaml", std::string(kTwoGoals), Config::recommended(registry), {}, registry);
  const auto reporter = makeReporter("html", {}, registry);
  std::ostringstream out;
  reporter->write(out, {report});
  const std::string html = out.str();
  CHECK(html.find("<h4>House policy</h4>") != std::string::npos);
  CHECK(html.find("Does the plan follow house policy?") != std::string::npos);
  CHECK(html.find("data-category=\"house\" data-score=\"67\"") != std::string::npos);
  // The JSON scores name it too.
  std::ostringstream json;
  makeReporter("json", {}, registry)->write(json, {report});
  CHECK(json.str().find("\"house\": 67") != std::string::npos);
}

TEST_CASE("categories: a registered category's findings are suppressed by a comment; an unsuppressible one's are not") {
  const std::string yaml = R"(strategy:
  name: Acme
goals:
  # crmlint-disable-next-line house
  - id: g1
    title: First goal
  - id: g2
    title: Second goal
)";
  SUBCASE("suppressible") {
    const TestCategory house(houseCategory());
    Registry registry;
    registry.add(std::make_unique<EveryGoal>());
    const auto diagnostics = lintText("s.yaml", yaml, Config::recommended(registry), {}, registry).diagnostics;
    expectExactly(diagnostics, "house/every-goal", {{7, 5}});
    CHECK(isSuppressible("house/every-goal"));
    CHECK_FALSE(isAlwaysOn("house/every-goal"));
  }
  SUBCASE("not suppressible") {
    Category category = houseCategory();
    category.suppressible = false;
    const TestCategory house(std::move(category));
    Registry registry;
    registry.add(std::make_unique<EveryGoal>());
    const auto diagnostics = lintText("s.yaml", yaml, Config::recommended(registry), {}, registry).diagnostics;
    expectExactly(diagnostics, "house/every-goal", {{5, 5}, {7, 5}});
    CHECK(ofRule(diagnostics, "house/every-goal")[0].help.find("house findings cannot be suppressed by a comment") !=
          std::string::npos);
  }
}

TEST_CASE("categories: syntax and schema are always on and unsuppressible, as their registration says") {
  const CategoryRegistry& registry = CategoryRegistry::instance();
  for (const std::string_view id : {"syntax", "schema"}) {
    CAPTURE(id);
    REQUIRE(registry.find(id));
    CHECK(registry.find(id)->alwaysOn);
    CHECK_FALSE(registry.find(id)->suppressible);
    CHECK_FALSE(registry.find(id)->scored);
  }
  CHECK(isAlwaysOn("syntax"));
  CHECK(isAlwaysOn("schema/type"));
  CHECK_FALSE(isSuppressible("schema/type"));
  CHECK_FALSE(isAlwaysOn("smart/specific"));
  CHECK(isSuppressible("smart/specific"));
  CHECK_FALSE(isSuppressible("suppression/unused"));
  CHECK(isSuppressible("no-such-category/rule"));  // as a category registered with the defaults
}

TEST_CASE("categories: every rule belongs to a registered category, and a category is what the registry names") {
  for (const auto& rule : Registry::instance().rules()) {
    CAPTURE(rule->meta().id);
    CHECK(CategoryRegistry::instance().ofRule(rule->meta().id) != nullptr);
  }
  CHECK(Registry::instance().isCategory("pace"));
  CHECK_FALSE(Registry::instance().isCategory("pace/no-pilot"));
}
