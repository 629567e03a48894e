// Suppression comments: finding comments in YAML, reading directives, and
// which diagnostics they suppress.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "config.h"
#include "linter.h"
#include "support.h"
#include "suppression.h"

using namespace crmlint;

namespace {

RuleMeta documented(std::string id, Severity severity) {
  RuleMeta meta;
  meta.id = std::move(id);
  meta.severity = severity;
  meta.summary = "a rule for the suppression tests";
  return meta;
}

// Flags every scalar value holding `word`, so a fixture says by itself where
// the findings are.
class WordFlag final : public Rule {
 public:
  WordFlag(std::string id, std::string word) : meta_(documented(std::move(id), Severity::Warning)), word_(std::move(word)) {}
  const RuleMeta& meta() const override { return meta_; }
  void check(const Strategy&, RuleContext& ctx) const override {
    const Document& doc = ctx.doc();
    for (NodeId id = 0; id < doc.nodeCount(); ++id) {
      if (doc.isScalar(id) && doc.node(id).value.find(word_) != std::string::npos) {
        ctx.report({.at = id, .message = fmt::format("found {}", word_), .help = ""});
      }
    }
  }

 private:
  RuleMeta meta_;
  std::string word_;
};

const Registry& flagRegistry() {
  static const Registry registry = [] {
    Registry r;
    r.add(std::make_unique<WordFlag>("demo/bad", "BAD"));
    r.add(std::make_unique<WordFlag>("demo/worse", "WORSE"));
    r.add(std::make_unique<WordFlag>("other/ugly", "UGLY"));
    r.add(test::builtInRule("syntax"));
    r.add(test::builtInRule("suppression/unused"));
    r.add(test::builtInRule("suppression/unknown-rule"));
    return r;
  }();
  return registry;
}

Config flagConfig() { return Config::recommended(flagRegistry()); }

std::vector<Diagnostic> lintFlags(std::string_view yaml, const Config& config = flagConfig()) {
  return lintText("s.yaml", std::string(yaml), config, {}, flagRegistry()).diagnostics;
}

std::vector<Comment> comments(std::string_view text) { return findComments(text); }

std::vector<std::string> commentTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Comment& c : findComments(text)) out.emplace_back(c.text);
  return out;
}

std::vector<Directive> directives(std::string_view text) {
  const LineIndex lines(text);
  return scanDirectives(text, lines);
}

}  // namespace

TEST_CASE("suppression: a comment starts at line start or after a blank, outside quotes") {
  const std::string text =
      "# head\n"
      "a: \"quoted # not\"  # one\n"
      "b: 'it''s # not' # two\n"
      "c: http://x.org/#anchor\n"
      "d: Don't # three\n"
      "e: [x, \"y # not\", {k: 'v # not'}] # four\n"
      "- \"item\" # five\n";
  CHECK(commentTexts(text) == std::vector<std::string>{" head", " one", " two", " three", " four", " five"});
  const auto found = comments(text);
  CHECK(found[1].offset == text.find("# one"));
}

TEST_CASE("suppression: a # inside a block scalar is text, and comments resume after it") {
  const std::string text =
      "vision: |\n"
      "  One record. # not a comment\n"
      "\n"
      "  # not a comment either\n"
      "business_need: >- # header comment\n"
      "    Churn rose\n"
      "    # still text\n"
      "  # a comment: less indented than the text\n"
      "goals: # after\n";
  CHECK(commentTexts(text) ==
        std::vector<std::string>{" header comment", " a comment: less indented than the text", " after"});
}

TEST_CASE("suppression: a quoted scalar over several lines hides its # marks") {
  CHECK(commentTexts("title: \"first line\n  # inside\n  last\" # real\n") == std::vector<std::string>{" real"});
  CHECK(commentTexts("title: 'first\n  # inside\n  last' # real\n") == std::vector<std::string>{" real"});
}

TEST_CASE("suppression: directives are read with their rule lists, positions and reasons") {
  const auto found = directives(
      "goals:\n"
      "  # crmlint-disable-next-line smart/measurable, smart/time-bound -- agreed in Q2 planning\n"
      "  - id: g  # crmlint-disable-line\n"
      "# crmlint-disable smart\n"
      "# crmlint-enable smart\n"
      "#crmlint-disable-file plan/no-review smart/specific\n");
  REQUIRE(found.size() == 5);
  CHECK(found[0].kind == DirectiveKind::DisableNextLine);
  REQUIRE(found[0].targets.size() == 2);
  CHECK(found[0].targets[0].name == "smart/measurable");
  CHECK(found[0].targets[0].span.begin == Position{2, 31});
  CHECK(found[0].targets[0].span.end == Position{2, 47});
  CHECK(found[0].targets[1].name == "smart/time-bound");
  CHECK(found[0].targets[1].span.begin == Position{2, 49});
  CHECK(found[0].reason == "agreed in Q2 planning");
  CHECK(found[0].span.begin == Position{2, 5});
  CHECK(found[0].span.end == Position{2, 65});
  CHECK(found[1].kind == DirectiveKind::DisableLine);
  CHECK(found[1].targets.empty());
  CHECK(found[1].span.begin == Position{3, 14});
  CHECK(found[2].kind == DirectiveKind::Disable);
  CHECK(found[3].kind == DirectiveKind::Enable);
  CHECK(found[4].kind == DirectiveKind::DisableFile);
  CHECK(found[4].targets.size() == 2);
  CHECK(found[4].targets[1].name == "smart/specific");
}

TEST_CASE("suppression: comments that are not directives, and directives inside values, are ignored") {
  CHECK(directives("# crmlint is great\n# crmlint-disabled smart\n# see crmlint-disable-file\na: 1\n").empty());
  CHECK(directives("title: \"# crmlint-disable-file\"\nvision: |\n  # crmlint-disable-file\n").empty());
}

TEST_CASE("suppression: disable-next-line suppresses the next line only") {
  const auto d = lintFlags(
      "strategy:\n"
      "  # crmlint-disable-next-line demo/bad -- known\n"
      "  name: BAD\n"
      "  vision: BAD\n");
  INFO(test::describe(d));
  CHECK(d.size() == 1);
  CHECK(test::fires(d, "demo/bad", 4, 11));
}

TEST_CASE("suppression: disable-line suppresses its own line, and only the rules it names") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD WORSE  # crmlint-disable-line demo/bad\n");
  INFO(test::describe(d));
  CHECK(d.size() == 1);
  CHECK(test::fires(d, "demo/worse", 2, 9));
}

TEST_CASE("suppression: a directive without a list suppresses every rule") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD WORSE UGLY  # crmlint-disable-line\n");
  INFO(test::describe(d));
  CHECK(d.empty());
}

TEST_CASE("suppression: a category in the list suppresses its rules") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD WORSE UGLY  # crmlint-disable-line demo\n");
  INFO(test::describe(d));
  CHECK(d.size() == 1);
  CHECK(test::fires(d, "other/ugly", 2, 9));
}

TEST_CASE("suppression: disable and enable bound a range, from the comment's position on") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD  # crmlint-disable demo/bad\n"
      "  vision: BAD\n"
      "  owner: BAD\n"
      "  # crmlint-enable demo/bad\n"
      "  sponsor: BAD\n");
  INFO(test::describe(d));
  CHECK(d.size() == 2);
  CHECK(test::fires(d, "demo/bad", 2, 9));  // before the comment on its line
  CHECK(test::fires(d, "demo/bad", 6, 12));
}

TEST_CASE("suppression: enable of one rule inside a disable of all re-enables just that rule") {
  const auto d = lintFlags(
      "strategy:\n"
      "  # crmlint-disable\n"
      "  name: BAD\n"
      "  # crmlint-enable demo/worse\n"
      "  vision: BAD WORSE\n");
  INFO(test::describe(d));
  CHECK(d.size() == 1);
  CHECK(test::fires(d, "demo/worse", 5, 11));
}

TEST_CASE("suppression: a disable without enable runs to the end of the file") {
  const auto d = lintFlags("strategy:\n  # crmlint-disable demo/bad\n  name: BAD\n  vision: BAD\n");
  INFO(test::describe(d));
  CHECK(d.empty());
}

TEST_CASE("suppression: disable-file applies to the whole file, wherever it stands") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD WORSE\n"
      "  vision: BAD\n"
      "# crmlint-disable-file demo/bad\n");
  INFO(test::describe(d));
  CHECK(d.size() == 1);
  CHECK(test::fires(d, "demo/worse", 2, 9));
}

TEST_CASE("suppression: a # inside a quoted value does not suppress") {
  const auto d = lintFlags("strategy:\n  name: \"BAD # crmlint-disable-line\"\n");
  INFO(test::describe(d));
  CHECK(test::fires(d, "demo/bad", 2, 9));
  CHECK(d.size() == 1);
}

TEST_CASE("suppression/unknown-rule: a name that is no rule or category, with a suggestion") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD  # crmlint-disable-line demo/bda\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 2);
  CHECK(test::fires(d, "demo/bad", 2, 9));
  CHECK(test::fires(d, "suppression/unknown-rule", 2, 37));
  const Diagnostic unknown = test::ofRule(d, "suppression/unknown-rule")[0];
  CHECK(unknown.severity == Severity::Warning);
  CHECK(unknown.message ==
        "crmlint-disable-line names 'demo/bda', which is not a crmlint rule or category; did you mean 'demo/bad'?");
  CHECK(unknown.span.end == Position{2, 45});
}

TEST_CASE("suppression/unused: a directive that suppresses nothing is reported at the directive") {
  const auto d = lintFlags(
      "strategy:\n"
      "  # crmlint-disable-next-line\n"
      "  name: fine\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 1);
  CHECK(test::fires(d, "suppression/unused", 2, 5));
  CHECK(d[0].severity == Severity::Info);
  CHECK(d[0].message == "crmlint-disable-next-line suppresses nothing: line 3 has no finding");
  CHECK(d[0].help == "remove the comment: a suppression that silences nothing would hide the next real finding there");
}

TEST_CASE("suppression/unused: one entry of a list that suppressed nothing is reported at that entry") {
  const auto d = lintFlags(
      "strategy:\n"
      "  name: BAD  # crmlint-disable-line demo/bad,demo/worse\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 1);
  CHECK(test::fires(d, "suppression/unused", 2, 46));
  CHECK(d[0].message == "crmlint-disable-line suppresses nothing: this line has no 'demo/worse' finding");
  CHECK(d[0].help ==
        "remove 'demo/worse' from the directive: a suppression that silences nothing would hide the next real "
        "finding there");
}

TEST_CASE("suppression/unused: each kind of directive says what it missed") {
  const auto d = lintFlags(
      "strategy:\n"
      "  # crmlint-disable demo/bad\n"
      "  name: fine\n"
      "  # crmlint-enable other/ugly\n"
      "# crmlint-disable-file demo/worse\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 3);
  CHECK(test::fires(d, "suppression/unused", 2, 21));
  CHECK(test::ofRule(d, "suppression/unused")[0].message == "crmlint-disable suppresses nothing: no 'demo/bad' finding follows it");
  CHECK(test::fires(d, "suppression/unused", 4, 20));
  CHECK(test::ofRule(d, "suppression/unused")[1].message ==
        "crmlint-enable ends nothing: no crmlint-disable of 'other/ugly' is open here");
  CHECK(test::fires(d, "suppression/unused", 5, 24));
  CHECK(test::ofRule(d, "suppression/unused")[2].message ==
        "crmlint-disable-file suppresses nothing: the file has no 'demo/worse' finding");
}

TEST_CASE("suppression/unused: a directive naming a rule that is switched off says so") {
  Config config = flagConfig();
  config.rules["demo/bad"].enabled = false;
  const auto d = lintFlags("strategy:\n  name: BAD  # crmlint-disable-line demo/bad\n", config);
  INFO(test::describe(d));
  REQUIRE(d.size() == 1);
  CHECK(test::fires(d, "suppression/unused", 2, 37));
  CHECK(d[0].help ==
        "'demo/bad' is switched off (by the config, --select or --ignore), so there is nothing to suppress; remove "
        "'demo/bad' from the directive");
}

TEST_CASE("suppression/unused: a comment cannot silence suppression findings") {
  const auto d = lintFlags("strategy:\n  name: fine  # crmlint-disable-line suppression/unused\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 1);
  CHECK(test::fires(d, "suppression/unused", 2, 38));
  CHECK(d[0].help.starts_with("a comment cannot silence suppression findings; set 'suppression/unused: off'"));
}

TEST_CASE("suppression/unused: switched off by the config, it reports nothing; its severity comes from the config") {
  const std::string yaml = "strategy:\n  name: fine  # crmlint-disable-line demo/bad\n";
  Config off = flagConfig();
  off.rules["suppression/unused"].enabled = false;
  CHECK(lintFlags(yaml, off).empty());
  Config loud = flagConfig();
  loud.rules["suppression/unused"].severity = Severity::Error;
  const auto d = lintFlags(yaml, loud);
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::Error);
}

TEST_CASE("suppression/unknown-rule: switched off by the config, it reports nothing") {
  Config config = flagConfig();
  config.rules["suppression/unknown-rule"].enabled = false;
  CHECK(lintFlags("strategy:\n  name: fine  # crmlint-disable-line nope\n", config).empty());
}

TEST_CASE("suppression: a syntax error cannot be suppressed, and is the file's only diagnostic") {
  const auto d = lintFlags("# crmlint-disable-file\nstrategy: [BAD\n");
  INFO(test::describe(d));
  REQUIRE(d.size() == 1);
  CHECK(d[0].rule == "syntax");
}

TEST_CASE("suppression: the spec's example silences smart/measurable on the goal below it") {
  std::string yaml = test::readProjectFile("examples/acme-loyalty.yaml");
  const std::string metric =
      "    metric:\n"
      "      name: annual enterprise logo churn\n"
      "      baseline: 14\n"
      "      target: 9\n"
      "      unit: percent\n"
      "      source: billing system monthly export\n";
  const std::size_t at = yaml.find(metric);
  REQUIRE_MESSAGE(at != std::string::npos, "the bundled example's reduce-churn metric changed");
  yaml.erase(at, metric.size());
  const auto before = test::lint(yaml);
  REQUIRE_MESSAGE(test::ofRule(before, "smart/measurable").size() == 1, test::describe(before));

  const std::string goal = "  - id: reduce-churn\n";
  yaml.insert(yaml.find(goal), "  # crmlint-disable-next-line smart/measurable -- metric agreed in Q2 planning\n");
  const auto after = test::lint(yaml);
  INFO(test::describe(after));
  CHECK(test::ofRule(after, "smart/measurable").empty());
  CHECK(test::ofRule(after, "suppression/unused").empty());
  CHECK(test::ofRule(after, "suppression/unknown-rule").empty());
}
