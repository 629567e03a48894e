// Rule packs: a pack is refused with the place of its first problem, its
// rules fire where their tests fail and stay quiet elsewhere (including on
// values the schema rules report), and a hostile pattern runs in bounded time.
#include <fmt/format.h>

#include <chrono>
#include <string>

#include "category.h"
#include "config_file.h"
#include "linter.h"
#include "pack/pack.h"
#include "rule_examples.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

// A pack with one rule in category `category`, whose body is `rule` (indented
// four spaces under the rule's id), with a summary after it unless it has one.
std::string packWith(std::string_view category, std::string_view id, std::string_view rule) {
  const bool summarised = rule.find("    summary:") != std::string_view::npos;
  return fmt::format(
      "crmlint-pack: 1\ncategory: {{id: {0}, title: Test policy, question: Is it tested?}}\nrules:\n  {0}/{1}:\n{2}{3}",
      category, id, rule, summarised ? "" : "    summary: Follows the policy.\n");
}

// The common keys of a rule, after its given/where/then.
constexpr std::string_view kTail =
    "    message: \"{label} breaks the policy\"\n"
    "    help: follow the policy\n"
    "    examples: {bad: 'goals: []', good: 'goals: []'}\n";

// Removes a loaded pack's category when the test ends. Categories are one
// registry for the whole process, and the test binary may run every test in
// one process: a pack's category left behind would change the scores and
// the category lists that later tests check.
struct CategoryGuard {
  std::string id;
  CategoryGuard(std::string category) : id(std::move(category)) {}
  CategoryGuard(const CategoryGuard&) = delete;
  CategoryGuard& operator=(const CategoryGuard&) = delete;
  ~CategoryGuard() { CategoryRegistry::instance().remove(id); }
};

std::string refusal(const std::string& text) {
  Registry registry;
  try {
    const CategoryGuard loaded(pack::loadPackText(text, "p.yaml", pack::Origin::File, registry).category);
  } catch (const pack::PackError& e) {
    return e.what();
  }
  return "(loaded)";
}

// A pack's rules registered in a registry of their own, under a config that
// runs them; each test uses its own category, as a run has one per pack.
struct Loaded {
  Registry registry;
  Config config;
  CategoryGuard category;
  explicit Loaded(const std::string& text)
      : category(pack::loadPackText(text, "p.yaml", pack::Origin::File, registry).category) {
    for (const auto& rule : registry.rules()) config.rules[rule->meta().id] = RuleSetting{true, Severity::Warning, {}};
  }
  std::vector<Diagnostic> lint(const std::string& yaml) const {
    return lintText("s.yaml", yaml, config, LintOptions{}, registry).diagnostics;
  }
};

}  // namespace

TEST_CASE("packs: a broken pack is refused with file:line:col and a did-you-mean") {
  const std::string goals = "    given: goals[*]\n    then: {due: {present: true}}\n";
  struct Case {
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"crmlint-pack: 1\ncategory: {id: b1, title: T, question: Q}\nrule: {}\n",
       "p.yaml:3:1: unknown key 'rule' (a pack has the keys crmlint-pack, category and rules); did you mean 'rules'?"},
      {packWith("b2", "x", "    sevrity: warning\n" + goals + std::string(kTail)),
       "p.yaml:5:5: unknown key 'sevrity'"},
      {packWith("b3", "x", "    given: goals[*]\n    then: {title: {matchs: x}}\n" + std::string(kTail)),
       "p.yaml:6:20: unknown test 'matchs' (docs/packs.md lists them); did you mean 'matches'?"},
      {packWith("b4", "x", "    given: milestone[*]\n    then: {due: {present: true}}\n" + std::string(kTail)),
       "p.yaml:5:12: 'milestone[*]': format 1 has no key 'milestone' in the top level of a strategy"},
      {packWith("b5", "x", "    given: goals[*]\n    then: {metric.targt: {present: true}}\n" + std::string(kTail)),
       "did you mean 'target'?"},
      {packWith("b6", "x", "    given: goals[*]\n    then: {title: {matches: '(a+'}}\n" + std::string(kTail)),
       "p.yaml:6:29: '(a+' is not a regular expression crmlint can run: missing ): (a+"},
      {"crmlint-pack: 1\ncategory: {id: b8, title: T, question: Q}\nrules:\n  acme/x:\n" + goals + std::string(kTail),
       "p.yaml:4:3: rule 'acme/x' is outside the pack's category 'b8': its id is b8/NAME, such as 'b8/x'"},
      {"crmlint-pack: 1\ncategory: {id: smart, title: T, question: Q}\nrules:\n  smart/x:\n" + goals + std::string(kTail),
       "p.yaml:2:16: category 'smart' already exists"},
      {packWith("b9", "x", "    severity: warn\n" + goals + std::string(kTail)),
       "p.yaml:5:15: 'warn' is not a severity (info, warning or error); did you mean 'warning'?"},
      {packWith("b10", "x", goals + "    help: h\n    examples: {bad: a, good: b}\n"),
       "p.yaml:5:5: rule 'b10/x' needs 'message'"},
      {packWith("b11", "x", "    given: milestones[*]\n    where: {type: rolout}\n    then: {due: {present: true}}\n" +
                                std::string(kTail)),
       "p.yaml:6:19: 'rolout' is not a value of 'type'"},
      {packWith("b12", "x", "    given: goals[*]\n    then: {title: {before: 2027-01-01}}\n" + std::string(kTail)),
       "p.yaml:6:20: 'before' compares dates; 'title' is not a date"},
      {"crmlint-pack: 2\ncategory: {id: b13, title: T, question: Q}\nrules: {}\n",
       "p.yaml:1:15: this crmlint reads pack format 1"},
      {packWith("b14", "x", goals + "    message: \"{titel} is late\"\n    help: h\n    examples: {bad: a, good: b}\n"),
       "p.yaml:7:14: '{titel}': goal has no field 'titel'"},
      {packWith("b15", "x", "    given: goals\n    then: {due: {present: true}}\n" + std::string(kTail)),
       "p.yaml:5:12: 'goals' is a list: select its entries with goals[*]"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string got = refusal(c.text);
    INFO(got);
    CHECK(got.find(c.expected) != std::string::npos);
  }
}

TEST_CASE("packs: a pack rule is a rule of the registry, with its metadata from the pack") {
  const Loaded pack(packWith("meta", "dated", "    severity: error\n    summary: Goals are dated.\n"
                                              "    rationale: Undated goals slip.\n    enabled: false\n" +
                                              std::string("    given: goals[*]\n    then: {due: {present: true}}\n") +
                                              std::string(kTail)));
  const Rule* rule = pack.registry.find("meta/dated");
  REQUIRE(rule);
  CHECK(rule->meta().severity == Severity::Error);
  CHECK(rule->meta().summary == "Goals are dated.");
  CHECK(rule->meta().rationale == "Undated goals slip.");
  CHECK_FALSE(rule->meta().enabledByDefault);
  CHECK(rule->meta().pack == "p.yaml");
  const Category* category = CategoryRegistry::instance().find("meta");
  REQUIRE(category);
  CHECK(category->title == "Test policy");
  CHECK(category->scored);
  CHECK(category->counts == std::vector<Counted>{Counted::Goals});
}

TEST_CASE("packs: then-tests fire at the key when written, else at the entry, and skip what schema rules report") {
  const Loaded pack(packWith("where", "owned", "    given: goals[*]\n    where: {priority: {at-most: 2}}\n"
                                               "    then: {owner: {present: true}, title: {min-length: 10}}\n" +
                                               std::string(kTail)));
  const auto d = pack.lint(R"(strategy:
  name: S
goals:
  - id: a
    title: A goal title long enough
    priority: 1
  - id: b
    title: Short
    owner: x
    priority: 2
  - id: c
    title: Not selected, priority 3
    priority: 3
  - id: d
    title: Owner left empty here
    owner:
    priority: 1
  - id: e
    title: Owner misspelt, so schema/unknown-key speaks
    ownr: x
    priority: 1
)");
  INFO(describe(d));
  expectExactly(d, "where/owned", {{4, 9}, {8, 5}, {16, 5}});
  CHECK(ofRule(d, "where/owned")[0].message == "goal 'a' breaks the policy");
  CHECK(ofRule(d, "where/owned")[0].path == "goals[a].owner");
  CHECK(ofRule(d, "where/owned")[1].path == "goals[b].title");
}

TEST_CASE("packs: exists finds another entry relative to this one, with dates of a month or quarter") {
  const Loaded pack(packWith("rel", "comms", "    given: milestones[*]\n    where: {type: rollout}\n"
                                             "    then:\n      exists: milestones[*]\n"
                                             "      where: {type: communication, due: {on-or-before: $.start}}\n" +
                                             std::string(kTail)));
  const auto d = pack.lint(R"(strategy:
  name: S
milestones:
  - {id: tell, title: Tell, type: communication, due: 2027-Q3}
  - {id: r1, title: R1, type: rollout, start: 2027-10}
  - {id: r2, title: R2, type: rollout, start: 2027-09-30}
  - {id: r3, title: R3, type: pilot, start: 2027-01-01}
)");
  INFO(describe(d));
  // A quarter due is its last day and a month start its first: Q3 is done by 30 September, before October.
  expectExactly(d, "rel/comms", {});
  const auto late = pack.lint(R"(strategy:
  name: S
milestones:
  - {id: tell, title: Tell, type: communication, due: 2027-Q4}
  - {id: r1, title: R1, type: rollout, start: 2027-10}
)");
  INFO(describe(late));
  expectExactly(late, "rel/comms", {{5, 10}});
}

TEST_CASE("packs: count bounds on a list and on selected entries, numbers against $.field, unique") {
  const Loaded counts(packWith("cnt", "risks", "    given: strategy\n    then:\n      exists: risks[*]\n"
                                               "      where: {owner: {present: true}}\n      min-count: 2\n"
                                               "      max-count: 3\n" + std::string(kTail)));
  auto risks = [&](int n) {
    std::string text = "strategy:\n  name: S\nrisks:\n";
    for (int i = 0; i < n; ++i) text += fmt::format("  - {{id: r{}, title: T, owner: o}}\n", i);
    return text;
  };
  expectExactly(counts.lint(risks(1)), "cnt/risks", {{1, 1}});
  expectExactly(counts.lint(risks(2)), "cnt/risks", {});
  expectExactly(counts.lint(risks(3)), "cnt/risks", {});
  expectExactly(counts.lint(risks(4)), "cnt/risks", {{1, 1}});

  const Loaded numbers(packWith("num", "down", "    given: goals[*].metric\n"
                                               "    then: {target: {less-than: $.baseline}, unit: {in: ['%', percent]}}\n" +
                                               std::string(kTail)));
  const auto n = numbers.lint(R"(strategy:
  name: S
goals:
  - {id: a, title: A, metric: {name: wait, baseline: 12, target: 3, unit: percent}}
  - {id: b, title: B, metric: {name: wait, baseline: 12%, target: 30%, unit: '%'}}
  - {id: c, title: C, metric: {name: wait, baseline: 12, target: 3, unit: minutes}}
)");
  INFO(describe(n));
  expectExactly(n, "num/down", {{5, 59}, {6, 69}});
  CHECK(ofRule(n, "num/down")[0].message == "the metric of goal 'b' breaks the policy");

  const Loaded unique(packWith("uniq", "metric", "    given: goals[*]\n    then: {metric.name: {unique: true}}\n" +
                                                 std::string(kTail)));
  const auto u = unique.lint(R"(strategy:
  name: S
goals:
  - {id: a, title: A, metric: {name: churn}}
  - {id: b, title: B, metric: {name: nps}}
  - {id: c, title: C, metric: {name: churn}}
)");
  INFO(describe(u));
  expectExactly(u, "uniq/metric", {{4, 32}, {6, 32}});
}

TEST_CASE("packs: a catastrophic pattern on a long value runs in linear time") {
  const Loaded pack(packWith("hostile", "re", "    given: goals[*]\n    then: {title: {not: {matches: '(a+)+$'}}}\n" +
                                              std::string(kTail)));
  const std::string title(200'000, 'a');
  const auto start = std::chrono::steady_clock::now();
  const auto d = pack.lint("strategy:\n  name: S\ngoals:\n  - id: g\n    title: " + title + "b\n");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(2));
  expectExactly(d, "hostile/re", {});
}

TEST_CASE("packs: the example PMO pack's rules fire on their bad examples and not on their good ones") {
  const std::string path = "examples/packs/northfield-pmo.yaml";
  Registry registry;
  const pack::PackInfo info = pack::loadPackText(readProjectFile(path), path, pack::Origin::File, registry);
  const CategoryGuard category(info.category);
  CHECK(info.rules.size() >= 6);
  Config config = Config::strict(registry);
  for (const std::string& id : info.rules) config.rules[id] = RuleSetting{true, Severity::Warning, {}};
  for (const std::string& id : info.rules) {
    INFO(id);
    const ExampleCheck check = checkExamples(registry.find(id)->meta(), config, registry);
    INFO("bad: " << describe(check.bad) << "\ngood: " << describe(check.good));
    CHECK(check.passed());
  }
}

TEST_CASE("packs: a config names packs relative to itself; their rules run only under it") {
  const std::string dir = std::string(CRMLINT_SOURCE_DIR) + "/examples/packs";
  Registry registry;
  const Config withPack = loadConfig(dir + "/.crmlint.yaml", registry);
  const CategoryGuard category("pmo");
  CHECK(withPack.packs.size() == 1);
  CHECK(withPack.setting("pmo/comms-before-rollout").enabled);
  CHECK(withPack.setting("pmo/milestone-in-programme").severity == Severity::Info);
  const Config without = Config::recommended(Registry::instance());
  CHECK_FALSE(without.setting("pmo/comms-before-rollout").enabled);
  const auto d =
      lintText("plan.yaml", readProjectFile("examples/packs/customer-service-2027.yaml"), withPack, {}, registry)
          .diagnostics;
  INFO(describe(d));
  CHECK(ofRule(d, "pmo/comms-before-rollout").size() == 1);
  CHECK(ofRule(d, "pmo/goal-owned-by-director").size() == 1);
  CHECK(ofRule(d, "pmo/privacy-review").size() == 1);
  CHECK(ofRule(lintText("plan.yaml", readProjectFile("examples/packs/customer-service-2027.yaml"), without, {})
                   .diagnostics,
               "pmo/goal-owned-by-director")
            .empty());
}
