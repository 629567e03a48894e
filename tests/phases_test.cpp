// Rule phases (src/rule.h): each phase runs with what exists by then, in
// order text, tree, schema, model, directives, and every finding goes through one
// DiagnosticSink.
#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "linter.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

RuleMeta metaOf(std::string id, RulePhase phase) {
  return RuleMeta{.id = std::move(id), .severity = Severity::Warning, .summary = "a rule for the phase tests",
                  .rationale = "", .badExample = "", .goodExample = "", .phase = phase};
}

// Text: fires on the word STOP anywhere in the text, and says whether the text parses.
class StopWord final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  void checkText(TextContext& ctx) const override {
    if (const auto at = ctx.text().find("STOP"); at != std::string_view::npos) {
      ctx.reportAt(at, "the text says STOP", "");
    } else if (ctx.parseError()) {
      ctx.reportAt(ctx.parseError()->position, "the text is not YAML", "");
    }
  }

 private:
  RuleMeta meta_ = metaOf("test/stop-word", RulePhase::Text);
};

// Tree: reports the kind of the root node, strategy or not.
class RootKind final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  void checkTree(TreeContext& ctx) const override {
    const Document& doc = ctx.doc();
    ctx.reportAt({1, 1}, doc.isMapping(doc.root()) ? "root is a mapping" : "root is not a mapping", "");
  }

 private:
  RuleMeta meta_ = metaOf("test/root-kind", RulePhase::Tree);
};

// Model: one finding per goal.
class EachGoal final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  void check(const Strategy& strategy, RuleContext& ctx) const override {
    for (const Goal& goal : strategy.goals) ctx.report({.at = goal.node, .message = "a goal", .help = ""});
  }

 private:
  RuleMeta meta_ = metaOf("test/each-goal", RulePhase::Model);
};

// Directives: reports how many directives suppressed nothing, at the first one.
class CountUnused final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  void checkDirectives(DirectivesContext& ctx) const override {
    ctx.reportAt(ctx.directives().front().span, fmt::format("{} unused", ctx.outcome().unused.size()), "");
  }

 private:
  RuleMeta meta_ = metaOf("test/count-unused", RulePhase::Directives);
};

// Schema: two rules whose visitors write to one log, and report what they see.
std::vector<std::string> schemaLog;

class UnknownKeys final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void unknownKey(NodeId key, const EntitySpec& entity) override {
        ctx.report({.at = key, .message = fmt::format("{} has '{}'", entity.kind, ctx.doc().keyText(key)), .help = ""});
      }
      void value(NodeId key, NodeId, const FieldSpec&, const EntitySpec&) override {
        schemaLog.push_back(fmt::format("keys {}", ctx.doc().keyText(key)));
      }
    };
    return std::make_unique<Visitor>(ctx);
  }

 private:
  RuleMeta meta_ = metaOf("test/unknown-keys", RulePhase::Schema);
};

class WrongValues final : public Rule {
 public:
  const RuleMeta& meta() const override { return meta_; }
  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void value(NodeId key, NodeId, const FieldSpec&, const EntitySpec&) override {
        schemaLog.push_back(fmt::format("values {}", ctx.doc().keyText(key)));
        if (ctx.doc().keyText(key) == "vision") throw std::logic_error("a visitor bug");
      }
      void wrongValue(NodeId, NodeId value, const FieldSpec&, const EntitySpec&, const std::string& problem) override {
        ctx.report({.at = value, .message = problem, .help = ""});
      }
    };
    return std::make_unique<Visitor>(ctx);
  }

 private:
  RuleMeta meta_ = metaOf("test/wrong-values", RulePhase::Schema);
};

Registry schemaRules() {
  Registry registry;
  registry.add(std::make_unique<UnknownKeys>());
  registry.add(std::make_unique<WrongValues>());
  return registry;
}

Registry phaseRules() {
  Registry registry;
  registry.add(std::make_unique<StopWord>());
  registry.add(std::make_unique<RootKind>());
  registry.add(std::make_unique<EachGoal>());
  registry.add(std::make_unique<CountUnused>());
  return registry;
}

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(fmt::format("{}:{} {}: {}", d.span.begin.line, d.span.begin.column, d.rule, d.message));
  return out;
}

}  // namespace

TEST_CASE("phases: the built-in rules that read no model run in the phase where what they need exists") {
  const Registry& registry = Registry::instance();
  CHECK(registry.find("syntax")->meta().phase == RulePhase::Text);
  CHECK(registry.find("schema/not-a-strategy")->meta().phase == RulePhase::Tree);
  CHECK(registry.find("schema/multiple-documents")->meta().phase == RulePhase::Tree);
  CHECK(registry.find("suppression/unused")->meta().phase == RulePhase::Directives);
  CHECK(registry.find("suppression/unknown-rule")->meta().phase == RulePhase::Directives);
  const std::set<std::string_view> walkers = {"schema/type", "schema/required", "schema/unknown-key"};
  for (std::string_view id : walkers) CHECK(registry.find(id)->meta().phase == RulePhase::Schema);
  for (const auto& rule : registry.rules()) {
    const std::string_view category = rule->meta().category();
    if (category != "syntax" && category != "suppression" && rule->meta().id != "schema/not-a-strategy" &&
        rule->meta().id != "schema/multiple-documents" && !walkers.contains(rule->meta().id)) {
      CAPTURE(rule->meta().id);
      CHECK(rule->meta().phase == RulePhase::Model);
    }
  }
}

TEST_CASE("phases: each phase runs in order, with the findings of all of them") {
  const Registry registry = phaseRules();
  const std::string yaml = "strategy:\n  name: Acme\ngoals:\n  # crmlint-disable-next-line test/root-kind\n  - id: g1\n";
  const FileReport report = lintText("s.yaml", yaml, Config::recommended(registry), {}, registry);
  CHECK(messages(report.diagnostics) == std::vector<std::string>{
                                           "1:1 test/root-kind: root is a mapping",
                                           "4:5 test/count-unused: 1 unused",
                                           "5:5 test/each-goal: a goal",
                                       });
  CHECK(report.overview);
}

TEST_CASE("phases: a text-phase finding ends the lint: no tree, model or directive rule runs") {
  const Registry registry = phaseRules();
  const Config config = Config::recommended(registry);
  const FileReport stopped =
      lintText("s.yaml", "strategy:\n  name: STOP\ngoals:\n  # crmlint-disable smart\n  - id: g1\n", config, {}, registry);
  CHECK(messages(stopped.diagnostics) == std::vector<std::string>{"2:9 test/stop-word: the text says STOP"});
  CHECK_FALSE(stopped.overview);
  // The parse the text rule asked for is the one the linter uses: a broken
  // file reaches no later phase either.
  const FileReport broken = lintText("s.yaml", "strategy: [a\n", config, {}, registry);
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(broken.diagnostics[0].message == "the text is not YAML");
}

TEST_CASE("phases: a file that is not a strategy reaches the tree phase but no model") {
  const Registry registry = phaseRules();
  const FileReport report = lintText("s.yaml", "- id: g1\n", Config::recommended(registry), {}, registry);
  CHECK(messages(report.diagnostics) == std::vector<std::string>{"1:1 test/root-kind: root is not a mapping"});
  CHECK_FALSE(report.overview);
  // Found by walking a directory, it is skipped before the tree phase.
  const FileReport skipped = lintText("s.yaml", "- id: g1\n", Config::recommended(registry),
                                      LintOptions{.skipNonStrategies = true}, registry);
  CHECK(skipped.skipped);
  CHECK(skipped.diagnostics.empty());
}

TEST_CASE("phases: the sink gives every finding its file, the config's severity, and drops a rule switched off") {
  const Registry registry = phaseRules();
  Config config = Config::recommended(registry);
  config.rules["test/each-goal"].severity = Severity::Error;
  config.rules["test/root-kind"].enabled = false;
  const std::string yaml = "strategy:\n  name: Acme\ngoals:\n  - id: g1\n";
  const FileReport report = lintText("team/s.yaml", yaml, config, {}, registry);
  REQUIRE(report.diagnostics.size() == 1);
  const Diagnostic& d = report.diagnostics[0];
  CHECK(d.file == "team/s.yaml");
  CHECK(d.rule == "test/each-goal");
  CHECK(d.severity == Severity::Error);
  CHECK(d.path == "goals[g1]");

  // A finding reported through the sink for a rule the config switches off is dropped.
  std::vector<Diagnostic> out;
  DiagnosticSink sink("s.yaml", config, out);
  sink.reportAt(registry.find("test/root-kind")->meta(), {2, 3}, "off", "");
  sink.reportAt(registry.find("test/each-goal")->meta(), {2, 3}, "on", "");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message == "on");
  CHECK(out[0].span.begin == Position{2, 3});
  CHECK(out[0].span.end == Position{2, 4});
}

TEST_CASE("phases: directive-phase findings come after suppression, so a comment cannot silence them") {
  const Registry registry = phaseRules();
  const std::string yaml = "strategy:\n  name: Acme\n# crmlint-disable-file test\n";
  const FileReport report = lintText("s.yaml", yaml, Config::recommended(registry), {}, registry);
  // The file-wide directive silences the tree rule's finding, but not the count.
  CHECK(messages(report.diagnostics) == std::vector<std::string>{"3:3 test/count-unused: 0 unused"});
}

TEST_CASE("phases: the schema rules share one walk of the tree, each reporting as its own rule") {
  const Registry registry = schemaRules();
  const std::string yaml = "strategy:\n  name: Acme\n  sector: charity\n  colour: blue\n";
  schemaLog.clear();
  const FileReport report = lintText("s.yaml", yaml, Config::recommended(registry), {}, registry);
  CHECK(messages(report.diagnostics) ==
        std::vector<std::string>{"3:11 test/wrong-values: 'sector' is 'charity', which is not one of: business, public, "
                                 "education, nonprofit",
                                 "4:3 test/unknown-keys: strategy has 'colour'"});
  // One walk: both visitors hear of each key before the walk moves on.
  CHECK(schemaLog == std::vector<std::string>{"keys strategy", "values strategy", "keys name", "values name",
                                              "keys sector", "values sector"});
}

TEST_CASE("phases: a schema rule switched off has no visitor, and one on a file that is not a strategy never runs") {
  const Registry registry = schemaRules();
  Config config = Config::recommended(registry);
  config.rules["test/wrong-values"].enabled = false;
  schemaLog.clear();
  const FileReport report = lintText("s.yaml", "strategy:\n  name: Acme\n  sector: charity\n", config, {}, registry);
  CHECK(report.diagnostics.empty());
  CHECK(schemaLog == std::vector<std::string>{"keys strategy", "keys name", "keys sector"});

  schemaLog.clear();
  CHECK(lintText("s.yaml", "- colour: blue\n", Config::recommended(registry), {}, registry).diagnostics.empty());
  CHECK(schemaLog.empty());
}

TEST_CASE("phases: a schema visitor that throws is named as the rule that failed") {
  const Registry registry = schemaRules();
  CHECK_THROWS_WITH_AS(lintText("s.yaml", "strategy:\n  name: Acme\n  vision: One view\n",
                                Config::recommended(registry), {}, registry),
                       "rule test/wrong-values failed on s.yaml: a visitor bug", std::runtime_error);
}
