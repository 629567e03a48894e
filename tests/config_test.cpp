// .crmlint.yaml: parsing, every error message, exclude globs, discovery.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "config_file.h"
#include "linter.h"

using namespace crmlint;
namespace fs = std::filesystem;

namespace {

// The documentation a test rule needs: the config reader reads ids and options.
RuleMeta documented(std::string id, Severity severity, std::vector<OptionSpec> options = {},
                    bool enabledByDefault = true) {
  RuleMeta meta;
  meta.id = std::move(id);
  meta.severity = severity;
  meta.summary = "a rule for the config tests";
  meta.options = std::move(options);
  meta.enabledByDefault = enabledByDefault;
  return meta;
}

// A rule with only documentation: the config reader needs ids and options.
class DocumentedRule final : public Rule {
 public:
  explicit DocumentedRule(RuleMeta meta) : meta_(std::move(meta)) {}
  const RuleMeta& meta() const override { return meta_; }
  void check(const Strategy&, RuleContext&) const override {}

 private:
  RuleMeta meta_;
};

// Reports one finding whose message shows the options the rule received.
class OptionEcho final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta = documented(
        "demo/options", Severity::Warning,
        {{.name = "limit", .kind = OptionKind::Integer, .defaultValue = std::int64_t{7}, .description = ""},
         {.name = "days",
          .kind = OptionKind::IntegerMap,
          .defaultValue = std::map<std::string, std::int64_t>{{"team", 14}, {"enterprise", 60}},
          .description = ""}});
    return meta;
  }
  void check(const Strategy& s, RuleContext& ctx) const override {
    ctx.report({.at = s.anchor(),
                .message = fmt::format("limit={} team={} enterprise={}", ctx.integer("limit"),
                                       ctx.mapValue("days", "team"), ctx.mapValue("days", "enterprise")),
                .help = ""});
  }
};

Registry& demoRegistry() {
  static Registry registry = [] {
    Registry r;
    auto add = [&](RuleMeta meta) { r.add(std::make_unique<DocumentedRule>(std::move(meta))); };
    add(documented("syntax", Severity::Error));
    add(documented("schema/type", Severity::Error));
    add(documented("schema/required", Severity::Error));
    add(documented("smart/specific", Severity::Warning,
                   {{.name = "vague_words",
                     .kind = OptionKind::Words,
                     .defaultValue = std::vector<std::string>{"improve", "enhance"},
                     .description = ""},
                    {.name = "min_words", .kind = OptionKind::Integer, .defaultValue = std::int64_t{4}, .description = ""}}));
    add(documented("smart/realistic", Severity::Warning,
                   {{.name = "max_change", .kind = OptionKind::Number, .defaultValue = 0.6, .description = ""}}));
    add(documented("pace/rushed-rollout", Severity::Warning,
                   {{.name = "min_days",
                     .kind = OptionKind::IntegerMap,
                     .defaultValue = std::map<std::string, std::int64_t>{{"team", 14}, {"region", 30}, {"enterprise", 60}},
                     .description = ""}}));
    add(documented("plan/overdue", Severity::Info));
    add(documented("plan/extra", Severity::Warning, {}, false));
    r.add(std::make_unique<OptionEcho>());
    return r;
  }();
  return registry;
}

Config parse(std::string_view text) { return parseConfig(text, "dir/.crmlint.yaml", "/work/dir", demoRegistry()); }

// The message of the ConfigError that `text` raises, or "" when it parses.
std::string errorOf(std::string_view text) {
  try {
    parse(text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

// A scratch directory tree, removed at the end of the test.
struct ScratchDir {
  fs::path root;
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "crmlint-config-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void write(const fs::path& relative, std::string_view text) const {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }
};

}  // namespace

TEST_CASE("config: an empty file is the recommended set") {
  const Config config = parse("");
  CHECK(config.path == "dir/.crmlint.yaml");
  CHECK(config.directory == "/work/dir");
  CHECK(config.setting("smart/specific").enabled);
  CHECK(config.setting("plan/overdue").severity == Severity::Info);
  CHECK_FALSE(config.setting("plan/extra").enabled);
  CHECK(config.exclude.empty());
}

TEST_CASE("config: extends strict turns every rule on and info into warning") {
  const Config config = parse("extends: strict\n");
  CHECK(config.setting("plan/extra").enabled);
  CHECK(config.setting("plan/overdue").severity == Severity::Warning);
  CHECK(parse("extends: recommended\n").setting("plan/overdue").severity == Severity::Info);
}

TEST_CASE("config: rules take off, info, warning or error") {
  const Config config = parse(
      "rules:\n"
      "  smart/specific: off\n"
      "  smart/realistic: error\n"
      "  plan/overdue: warning\n"
      "  plan/extra: info\n");
  CHECK_FALSE(config.setting("smart/specific").enabled);
  CHECK(config.setting("smart/realistic").severity == Severity::Error);
  CHECK(config.setting("plan/overdue").severity == Severity::Warning);
  CHECK(config.setting("plan/extra").enabled);
  CHECK(config.setting("plan/extra").severity == Severity::Info);
}

TEST_CASE("config: a category sets all its rules, and a rule entry wins over its category in any order") {
  const Config config = parse(
      "rules:\n"
      "  smart/realistic: error\n"
      "  smart: off\n"
      "  plan: error\n");
  CHECK_FALSE(config.setting("smart/specific").enabled);
  CHECK(config.setting("smart/realistic").enabled);
  CHECK(config.setting("smart/realistic").severity == Severity::Error);
  CHECK(config.setting("plan/extra").enabled);
  CHECK(config.setting("plan/overdue").severity == Severity::Error);
}

TEST_CASE("config: schema can be set to error, its only severity") {
  const Config config = parse("rules:\n  schema: error\n  syntax: error\n");
  CHECK(config.setting("schema/type").enabled);
  CHECK(config.setting("schema/type").severity == Severity::Error);
}

TEST_CASE("config: options of every kind are typed, and an integer map merges over its defaults") {
  const Config config = parse(
      "rules:\n"
      "  smart/specific:\n"
      "    vague_words: [revamp, \"work on\"]\n"
      "    min_words: 5\n"
      "  smart/realistic:\n"
      "    severity: error\n"
      "    max_change: 0.75\n"
      "  pace/rushed-rollout:\n"
      "    min_days: {enterprise: 90}\n");
  const auto& specific = config.setting("smart/specific");
  CHECK(specific.enabled);
  CHECK(std::get<std::vector<std::string>>(specific.options.at("vague_words")) ==
        std::vector<std::string>{"revamp", "work on"});
  CHECK(std::get<std::int64_t>(specific.options.at("min_words")) == 5);
  CHECK(config.setting("smart/realistic").severity == Severity::Error);
  CHECK(std::get<double>(config.setting("smart/realistic").options.at("max_change")) == 0.75);
  const auto days = std::get<std::map<std::string, std::int64_t>>(config.setting("pace/rushed-rollout").options.at("min_days"));
  CHECK(days == std::map<std::string, std::int64_t>{{"team", 14}, {"region", 30}, {"enterprise", 90}});
}

TEST_CASE("config: a whole number is accepted where any number is") {
  CHECK(std::get<double>(parse("rules:\n  smart/realistic: {max_change: 1}\n").setting("smart/realistic").options.at("max_change")) == 1.0);
}

TEST_CASE("config: options without a severity leave an opt-in rule off") {
  CHECK_FALSE(parse("rules:\n  plan/extra: {}\n").setting("plan/extra").enabled);
  CHECK(parse("rules:\n  plan/extra: {severity: warning}\n").setting("plan/extra").enabled);
}

TEST_CASE("config: exclude holds globs") {
  CHECK(parse("exclude: [\"archive/**\", drafts]\n").exclude == std::vector<std::string>{"archive/**", "drafts"});
}

TEST_CASE("config: the rules see the options the config sets, merged over the defaults") {
  Config config = parseConfig("rules:\n  demo/options: {limit: 3, days: {enterprise: 90}}\n", "c.yaml", "/", demoRegistry());
  const FileReport report = lintText("s.yaml", "strategy:\n  name: Acme\n", config, {}, demoRegistry());
  REQUIRE(report.diagnostics.size() == 1);
  CHECK(report.diagnostics[0].message == "limit=3 team=14 enterprise=90");
}

TEST_CASE("config: errors name the file, line and column, with a suggestion") {
  CHECK(errorOf("rule:\n  smart/specific: off\n") ==
        "dir/.crmlint.yaml:1:1: unknown key 'rule' (a config has the keys extends, packs, rules and exclude); did you mean "
        "'rules'?");
  CHECK(errorOf("extends: strickt\n") ==
        "dir/.crmlint.yaml:1:10: extends: 'strickt' is not a preset (recommended or strict); did you mean 'strict'?");
  CHECK(errorOf("rules:\n  smart/specfic: off\n") ==
        "dir/.crmlint.yaml:2:3: unknown rule 'smart/specfic' ('crmlint rules' lists the rules and categories); did "
        "you mean 'smart/specific'?");
  CHECK(errorOf("rules:\n  smart/specific: warn\n") ==
        "dir/.crmlint.yaml:2:19: 'warn' is not a severity for 'smart/specific' (off, info, warning or error); did "
        "you mean 'warning'?");
  CHECK(errorOf("rules:\n  smart/specific:\n    vage_words: [a]\n") ==
        "dir/.crmlint.yaml:3:5: rule 'smart/specific' has no option 'vage_words' (its settings: severity, "
        "vague_words, min_words); did you mean 'vague_words'?");
  CHECK(errorOf("rules:\n  pace/rushed-rollout:\n    min_days: {enterprize: 90}\n") ==
        "dir/.crmlint.yaml:3:16: option 'min_days' of 'pace/rushed-rollout' has no key 'enterprize' (its keys: "
        "enterprise, region, team); did you mean 'enterprise'?");
  CHECK(errorOf("rules:\n  smart/specific: {min_words: [5\n") ==
        "dir/.crmlint.yaml:2:31: the config cannot be read: the list that opens with '[' at 2:31 is never closed");
}

TEST_CASE("config: a value of the wrong type is an error that says what is expected") {
  CHECK(errorOf("rules:\n  smart/specific: {min_words: many}\n") ==
        "dir/.crmlint.yaml:2:31: option 'min_words' of 'smart/specific' must be a whole number (the default is 4)");
  CHECK(errorOf("rules:\n  smart/specific: {min_words: \"5\"}\n") ==
        "dir/.crmlint.yaml:2:31: option 'min_words' of 'smart/specific' must be a whole number (the default is 4)");
  CHECK(errorOf("rules:\n  smart/specific: {min_words: 4.5}\n") ==
        "dir/.crmlint.yaml:2:31: option 'min_words' of 'smart/specific' must be a whole number (the default is 4)");
  CHECK(errorOf("rules:\n  smart/realistic: {max_change: lots}\n") ==
        "dir/.crmlint.yaml:2:33: option 'max_change' of 'smart/realistic' must be a number (the default is 0.6)");
  CHECK(errorOf("rules:\n  smart/specific: {vague_words: improve}\n") ==
        "dir/.crmlint.yaml:2:33: option 'vague_words' of 'smart/specific' must be a list of words or phrases, such "
        "as [improve, enhance]");
  CHECK(errorOf("rules:\n  smart/specific: {vague_words: [improve, [a]]}\n") ==
        "dir/.crmlint.yaml:2:43: each entry of option 'vague_words' of 'smart/specific' must be a word or phrase");
  CHECK(errorOf("rules:\n  pace/rushed-rollout: {min_days: 30}\n") ==
        "dir/.crmlint.yaml:2:35: option 'min_days' of 'pace/rushed-rollout' must be a mapping of names to whole "
        "numbers (the default is {enterprise: 60, region: 30, team: 14})");
  CHECK(errorOf("rules:\n  pace/rushed-rollout: {min_days: {team: soon}}\n") ==
        "dir/.crmlint.yaml:2:42: 'team' in option 'min_days' of 'pace/rushed-rollout' must be a whole number");
  CHECK(errorOf("rules: [smart/specific]\n") ==
        "dir/.crmlint.yaml:1:8: 'rules' is a mapping of rule ids to off, info, warning or error");
  CHECK(errorOf("exclude: archive\n") == "dir/.crmlint.yaml:1:10: 'exclude' is a list of globs, such as [\"archive/**\"]");
  CHECK(errorOf("exclude: [\"\"]\n") == "dir/.crmlint.yaml:1:11: each entry of 'exclude' must be a glob such as \"archive/**\"");
  CHECK(errorOf("exclude: [../shared/**]\n") ==
        "dir/.crmlint.yaml:1:11: exclude glob '../shared/**' leaves the config's directory; globs are relative to it");
  CHECK(errorOf("- rules\n") == "dir/.crmlint.yaml:1:1: a config is a mapping with the keys extends, packs, rules and exclude");
}

TEST_CASE("config: a rule without a severity, a category with options and a duplicate are errors") {
  CHECK(errorOf("rules:\n  smart/specific:\n") ==
        "dir/.crmlint.yaml:2:18: 'smart/specific' needs a severity: off, info, warning or error");
  CHECK(errorOf("rules:\n  smart: {severity: off}\n") ==
        "dir/.crmlint.yaml:2:10: 'smart' is a category: it takes only a severity (off, info, warning or error); set "
        "options on one of its rules");
  CHECK(errorOf("rules:\n  smart/specific: off\n  smart/specific: error\n") ==
        "dir/.crmlint.yaml:3:3: rule 'smart/specific' is given twice; keep one");
  CHECK(errorOf("rules: {}\nrules: {}\n") == "dir/.crmlint.yaml:2:1: key 'rules' is given twice; keep one");
}

TEST_CASE("config: syntax and schema rules cannot be switched off or lowered") {
  CHECK(errorOf("rules:\n  schema/type: off\n") ==
        "dir/.crmlint.yaml:2:16: 'schema/type' cannot be switched off: syntax and schema rules always run as "
        "errors, because no other check is reliable on a file that breaks the format");
  CHECK(errorOf("rules:\n  syntax: warning\n") ==
        "dir/.crmlint.yaml:2:11: 'syntax' cannot be lowered to warning: syntax and schema rules always run as "
        "errors, because no other check is reliable on a file that breaks the format");
  CHECK(errorOf("rules:\n  schema: info\n") ==
        "dir/.crmlint.yaml:2:11: 'schema' cannot be lowered to info: syntax and schema rules always run as errors, "
        "because no other check is reliable on a file that breaks the format");
}

TEST_CASE("config: a missing config file is an error naming it") {
  try {
    loadConfig("no/such/.crmlint.yaml", demoRegistry());
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "no/such/.crmlint.yaml: cannot read the config: no such file");
  }
}

TEST_CASE("config: --select and --ignore apply on top of a config, and never switch off schema") {
  Config config = parse("rules:\n  smart/specific: off\n  smart/realistic: error\n");
  RuleSelection selection;
  selection.only = std::set<std::string>{"smart/specific", "smart/realistic"};
  selection.ignored = {"smart/realistic"};
  applySelection(config, selection);
  CHECK(config.setting("smart/specific").enabled);
  CHECK(config.setting("smart/specific").severity == Severity::Warning);
  CHECK_FALSE(config.setting("smart/realistic").enabled);
  CHECK_FALSE(config.setting("plan/overdue").enabled);
  CHECK(config.setting("schema/type").enabled);
}

TEST_CASE("config: exclude globs match paths and the directories they lie in") {
  CHECK(globMatches("archive/**", "archive/old/plan.yaml"));
  CHECK(globMatches("archive", "archive/plan.yaml"));
  CHECK(globMatches("**/draft-*.yaml", "a/b/draft-q3.yaml"));
  CHECK(globMatches("**/draft-*.yaml", "draft-q3.yaml"));
  CHECK(globMatches("*.bak.yaml", "plan.bak.yaml"));
  CHECK_FALSE(globMatches("*.bak.yaml", "team/plan.bak.yaml"));  // relative to the config's directory
  CHECK(globMatches("team/*/old", "team/emea/old/plan.yaml"));
  CHECK_FALSE(globMatches("team/*", "teams/plan.yaml"));
  CHECK(globMatches("./archive/**", "archive/plan.yaml"));
  CHECK(globMatches("/archive/**", "archive/plan.yaml"));
  CHECK(globMatches("q[12]/**", "q1/plan.yaml"));
  CHECK_FALSE(globMatches("q[12]/**", "q3/plan.yaml"));
  // A trailing slash matches directories only.
  CHECK(globMatches("old/", "old/plan.yaml"));
  CHECK(globMatches("old/", "old", true));
  CHECK_FALSE(globMatches("old/", "old"));
}

TEST_CASE("config: exclude is relative to the config's directory") {
  Config config = parse("exclude: [\"archive/**\"]\n");
  CHECK(isExcluded(config, "/work/dir/archive/a.yaml"));
  CHECK(isExcluded(config, "/work/dir/archive", true));
  CHECK_FALSE(isExcluded(config, "/work/dir/live/a.yaml"));
  CHECK_FALSE(isExcluded(config, "/work/other/archive/a.yaml"));
}

TEST_CASE("config: each directory gets the nearest .crmlint.yaml, found once") {
  ScratchDir dir;
  dir.write(".crmlint.yaml", "rules:\n  smart/specific: off\n");
  dir.write("team/.crmlint.yaml", "rules:\n  smart/realistic: error\n");
  fs::create_directories(dir.root / "team/emea/deep");
  fs::create_directories(dir.root / "other");
  ConfigResolver resolver = ConfigResolver::discovering(demoRegistry(), {});

  const Config& top = resolver.forDirectory(dir.root / "other");
  CHECK_FALSE(top.setting("smart/specific").enabled);
  CHECK(top.directory == dir.root.string());
  const Config& team = resolver.forFile(dir.root / "team/emea/deep/plan.yaml");
  CHECK(team.setting("smart/specific").enabled);  // one config per file: no merging with the parent's
  CHECK(team.setting("smart/realistic").severity == Severity::Error);
  CHECK(team.directory == (dir.root / "team").string());
  CHECK(&resolver.forDirectory(dir.root / "team") == &team);
  CHECK(&resolver.forDirectory(dir.root) == &top);

  // Cached per directory: a config written afterwards is not seen by this run.
  dir.write("other/.crmlint.yaml", "rules:\n  plan: off\n");
  CHECK(&resolver.forDirectory(dir.root / "other") == &top);
}

TEST_CASE("config: without a .crmlint.yaml up to the root, the built-in set applies with the selection") {
  ScratchDir dir;
  RuleSelection selection;
  selection.ignored = {"smart/specific"};
  ConfigResolver resolver = ConfigResolver::discovering(demoRegistry(), selection);
  const Config& config = resolver.forDirectory(dir.root);
  // A stray .crmlint.yaml above the temp directory would change this test's premise.
  REQUIRE(config.path.empty());
  CHECK_FALSE(config.setting("smart/specific").enabled);
  CHECK(config.setting("smart/realistic").enabled);
}

TEST_CASE("config: a discovered config with an error stops the run with its position") {
  ScratchDir dir;
  dir.write("team/.crmlint.yaml", "rules:\n  smart/specific: loud\n");
  ConfigResolver resolver = ConfigResolver::discovering(demoRegistry(), {});
  CHECK_THROWS_WITH_AS(resolver.forDirectory(dir.root / "team"),
                       doctest::Contains(".crmlint.yaml:2:19: 'loud' is not a severity for 'smart/specific'"),
                       ConfigError);
}

TEST_CASE("config: a fixed config serves every directory") {
  Config config = parse("rules:\n  smart/specific: off\n");
  ConfigResolver resolver = ConfigResolver::fixed(config, {});
  CHECK_FALSE(resolver.forDirectory("/").setting("smart/specific").enabled);
  CHECK(&resolver.forFile("/a/b.yaml") == &resolver.forDirectory("/elsewhere"));
}

TEST_CASE("config: exclude globs with many '**' and '*' match correctly without backtracking blow-up") {
  std::string glob;
  for (int i = 0; i < 12; ++i) glob += "**/a";
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "a/";
  CHECK_FALSE(globMatches(glob + "**/z.yaml", deep + "s.yaml"));
  CHECK(globMatches(glob + "**/s.yaml", deep + "s.yaml"));
  CHECK_FALSE(globMatches("*a*a*a*a*a*a*a*a*a*a*b", std::string(40, 'a')));
  CHECK(globMatches("*a*a*a*a*a*a*a*a*a*a*b", std::string(40, 'a') + "b"));
  // fnmatch's syntax, segment by segment.
  CHECK(globMatches("pl?n.yaml", "plan.yaml"));
  CHECK(globMatches("[!x]lan.yaml", "plan.yaml"));
  CHECK_FALSE(globMatches("[!p]lan.yaml", "plan.yaml"));
  CHECK(globMatches("q[1-3].yaml", "q2.yaml"));
  CHECK(globMatches("\\*.yaml", "*.yaml"));
  CHECK_FALSE(globMatches("\\*.yaml", "a.yaml"));
  CHECK(globMatches("[x", "[x"));  // an unclosed bracket is an ordinary character
}

TEST_CASE("config: numeric options out of their range are config errors that name the range") {
  const auto message = [](std::string_view text) {
    try {
      parseConfig(text, "c.yaml", "/", Registry::instance());
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("rules:\n  strategy/too-many-goals: {max_goals: -1}\n") ==
        "c.yaml:2:40: option 'max_goals' of 'strategy/too-many-goals' must be from 1 to 10000, not -1");
  CHECK(message("rules:\n  plan/technology-heavy: {max_share: 1.5}\n") ==
        "c.yaml:2:38: option 'max_share' of 'plan/technology-heavy' must be from 0 to 1, not 1.5");
  CHECK(message("rules:\n  strategy/too-many-goals: {max_goals: 10000}\n") == "no error");
}

TEST_CASE("config: a UTF-16 config is refused by its encoding") {
  const std::string text("\xFF\xFEr\0u\0", 6);
  CHECK_THROWS_WITH_AS(parseConfig(text, "c.yaml", "/", Registry::instance()),
                       "c.yaml: the config is encoded as UTF-16 (little-endian), not UTF-8; save it as UTF-8",
                       ConfigError);
}
