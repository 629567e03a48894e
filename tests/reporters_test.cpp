// The CI formats (sarif, junit, github, gitlab): what each one writes for
// diagnostics built here or linted from small strategies. JSON output is read
// back with crmlint's own YAML reader (JSON is YAML), so the tests check structure, not layout.
#include <fmt/format.h>
#include "json_value.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "reporters/reporter.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

const char* const kSource = "crmlint: 1\nstrategy:\n  name: Acme \xC3\xA9t\xC3\xA9\n";

std::string render(std::string_view format, const std::vector<FileReport>& files) {
  const auto reporter = makeReporter(format, {}, Registry::instance());
  REQUIRE(reporter);
  std::ostringstream out;
  reporter->write(out, files);
  return out.str();
}

JsonValue renderJson(std::string_view format, const std::vector<FileReport>& files) {
  return JsonValue::parse(render(format, files));
}

Diagnostic diagnostic(std::string file, Span span, Severity severity, std::string rule, std::string message,
                      std::string help = "", std::string path = "") {
  return Diagnostic{.file = std::move(file),
                    .span = span,
                    .severity = severity,
                    .rule = std::move(rule),
                    .message = std::move(message),
                    .help = std::move(help),
                    .path = std::move(path)};
}

Span span(std::uint32_t line, std::uint32_t column, std::uint32_t endLine, std::uint32_t endColumn) {
  return {{line, column}, {endLine, endColumn}};
}

FileReport report(std::string path, std::vector<Diagnostic> diagnostics = {}) {
  return FileReport{
      .path = std::move(path), .source = kSource, .diagnostics = std::move(diagnostics), .skipped = false};
}

// A file found by walking a directory that is not a strategy.
FileReport skipped(std::string path) {
  return FileReport{.path = std::move(path), .source = "a: 1\n", .diagnostics = {}, .skipped = true};
}

FileReport linted(std::string path, std::string yaml) {
  return lintText(std::move(path), std::move(yaml), recommended(), LintOptions{});
}

std::size_t count(std::string_view text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

// Two goals without a due date; `first` is written first.
std::string twoGoals(std::string_view first, std::string_view second) {
  const auto goal = [](std::string_view id) {
    return fmt::format("  - id: {}\n    title: Cut enterprise logo churn from 14% to 9%\n", id);
  };
  return fmt::format("crmlint: 1\nstrategy:\n  name: Acme\ngoals:\n{}{}", goal(first), goal(second));
}

}  // namespace

// --- sarif -----------------------------------------------------------------

TEST_CASE("sarif: the log is SARIF 2.1.0 with one run of crmlint counting columns in code points") {
  const JsonValue log = renderJson("sarif", {report("a.yaml")});
  CHECK(log["$schema"].as<std::string>() == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"].as<std::string>() == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const JsonValue run = log["runs"][0];
  CHECK(run["columnKind"].as<std::string>() == "unicodeCodePoints");
  const JsonValue driver = run["tool"]["driver"];
  CHECK(driver["name"].as<std::string>() == "crmlint");
  CHECK_FALSE(driver["version"].as<std::string>().empty());
  CHECK(driver["rules"].size() == 0);
  CHECK(run["results"].size() == 0);
}

TEST_CASE("sarif: every rule that fired is described once, in id order, and results name it by index") {
  const FileReport file{
      .path = "a.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("a.yaml", span(2, 1, 2, 9), Severity::Warning, "smart/time-bound", "one"),
                      diagnostic("a.yaml", span(2, 1, 2, 9), Severity::Error, "schema/unknown-key", "two"),
                      diagnostic("a.yaml", span(3, 3, 3, 7), Severity::Warning, "smart/time-bound", "three")}};
  const JsonValue run = renderJson("sarif", {file})["runs"][0];
  const JsonValue rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 2);
  CHECK(rules[0]["id"].as<std::string>() == "schema/unknown-key");
  CHECK(rules[1]["id"].as<std::string>() == "smart/time-bound");

  const RuleMeta& meta = Registry::instance().find("smart/time-bound")->meta();
  const JsonValue timeBound = rules[1];
  CHECK(timeBound["name"].as<std::string>() == "SmartTimeBound");
  CHECK(timeBound["shortDescription"]["text"].as<std::string>() == meta.summary);
  CHECK(timeBound["fullDescription"]["text"].as<std::string>() == meta.rationale);
  const std::string help = timeBound["help"]["text"].as<std::string>();
  CHECK(help.starts_with(meta.summary));
  CHECK(help.find(meta.goodExample) != std::string::npos);
  CHECK(timeBound["help"]["markdown"].as<std::string>().find("```yaml\n" + meta.goodExample) != std::string::npos);
  CHECK(timeBound["defaultConfiguration"]["level"].as<std::string>() == "warning");
  CHECK(timeBound["properties"]["category"].as<std::string>() == "smart");

  const JsonValue results = run["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0]["ruleIndex"].as<int>() == 1);
  CHECK(results[1]["ruleId"].as<std::string>() == "schema/unknown-key");
  CHECK(results[1]["ruleIndex"].as<int>() == 0);
  CHECK(results[2]["ruleIndex"].as<int>() == 1);
}

TEST_CASE("sarif: a result has its level, the message with help, the region with its text, and the path") {
  const FileReport file{
      .path = "a.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("a.yaml", span(3, 9, 3, 18), Severity::Info, "strategy/too-many-goals",
                                 "the name is odd", "rename it", "strategy.name")}};
  const JsonValue result = renderJson("sarif", {file})["runs"][0]["results"][0];
  CHECK(result["level"].as<std::string>() == "note");
  CHECK(result["message"]["text"].as<std::string>() == "the name is odd. Help: rename it.");
  const JsonValue physical = result["locations"][0]["physicalLocation"];
  CHECK(physical["artifactLocation"]["uri"].as<std::string>() == "a.yaml");
  CHECK(physical["artifactLocation"]["uriBaseId"].as<std::string>() == "%SRCROOT%");
  CHECK(physical["artifactLocation"]["index"].as<int>() == 0);
  const JsonValue region = physical["region"];
  CHECK(region["startLine"].as<int>() == 3);
  CHECK(region["startColumn"].as<int>() == 9);
  CHECK(region["endLine"].as<int>() == 3);
  CHECK(region["endColumn"].as<int>() == 18);
  // Columns count code points: "Acme été" is 8 of them and 10 bytes.
  CHECK(region["snippet"]["text"].as<std::string>() == "Acme \xC3\xA9t\xC3\xA9");
  CHECK(physical["contextRegion"]["startLine"].as<int>() == 3);
  CHECK(physical["contextRegion"]["snippet"]["text"].as<std::string>() == "  name: Acme \xC3\xA9t\xC3\xA9");
  const JsonValue logical = result["locations"][0]["logicalLocations"][0];
  CHECK(logical["fullyQualifiedName"].as<std::string>() == "strategy.name");
  CHECK(logical["kind"].as<std::string>() == "member");
}

TEST_CASE("sarif: a result without a path or a position leaves those out; syntax has no friendly name") {
  const FileReport file{.path = "a.yaml",
                        .source = kSource,
                        .diagnostics = {diagnostic("a.yaml", {}, Severity::Error, "syntax", "cannot read it.")}};
  const JsonValue result = renderJson("sarif", {file})["runs"][0]["results"][0];
  CHECK(result["message"]["text"].as<std::string>() == "cannot read it.");
  // "Syntax" would only repeat the id, which SARIF forbids.
  CHECK_FALSE(renderJson("sarif", {file})["runs"][0]["tool"]["driver"]["rules"][0]["name"]);
  const JsonValue location = result["locations"][0];
  CHECK(location["physicalLocation"]["artifactLocation"]["uri"].as<std::string>() == "a.yaml");
  CHECK_FALSE(location["physicalLocation"]["region"]);
  CHECK_FALSE(location["logicalLocations"]);
}

TEST_CASE("sarif: a snippet is left out when the source is not UTF-8") {
  const std::string source = "strategy:\n  name: Acme \xFF\n";
  const FileReport file{
      .path = "a.yaml",
      .source = source,
      .diagnostics = {diagnostic("a.yaml", span(2, 14, 2, 15), Severity::Error, "syntax", "not UTF-8")}};
  const std::string text = render("sarif", {file});
  CHECK(text.find('\xFF') == std::string::npos);
  const JsonValue physical = JsonValue::parse(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  CHECK(physical["region"]["startColumn"].as<int>() == 14);
  CHECK_FALSE(physical["region"]["snippet"]);
  CHECK_FALSE(physical["contextRegion"]["snippet"]);
}

TEST_CASE("sarif: file paths become URI references: relative to %SRCROOT%, absolute as file URIs, odd bytes encoded") {
  const std::vector<FileReport> files = {
      report("./plans/q3 #1 50%.yaml"), report("/srv/plans/\xC3\xA9t\xC3\xA9.yaml"), skipped("skipped.yaml"),
      report("plans/q3 #1 50%.yaml"),  // the first again, without "./"
  };
  const JsonValue artifacts = renderJson("sarif", files)["runs"][0]["artifacts"];
  REQUIRE(artifacts.size() == 2);
  CHECK(artifacts[0]["location"]["uri"].as<std::string>() == "plans/q3%20%231%2050%25.yaml");
  CHECK(artifacts[0]["location"]["uriBaseId"].as<std::string>() == "%SRCROOT%");
  CHECK(artifacts[0]["roles"][0].as<std::string>() == "analysisTarget");
  CHECK(artifacts[1]["location"]["uri"].as<std::string>() == "file:///srv/plans/%C3%A9t%C3%A9.yaml");
  CHECK_FALSE(artifacts[1]["location"]["uriBaseId"]);
}

TEST_CASE("sarif: a linted strategy gives one result per diagnostic, each on a listed artifact") {
  const FileReport file = linted("plans/acme.yaml", twoGoals("reduce-churn", "grow-nrr"));
  REQUIRE_FALSE(file.diagnostics.empty());
  const JsonValue run = renderJson("sarif", {file})["runs"][0];
  REQUIRE(run["results"].size() == file.diagnostics.size());
  for (std::size_t i = 0; i < file.diagnostics.size(); ++i) {
    const Diagnostic& d = file.diagnostics[i];
    const JsonValue result = run["results"][i];
    INFO(d.rule << " at " << d.span.begin.line << ":" << d.span.begin.column);
    CHECK(result["ruleId"].as<std::string>() == d.rule);
    const int ruleIndex = result["ruleIndex"].as<int>();
    CHECK(run["tool"]["driver"]["rules"][ruleIndex]["id"].as<std::string>() == d.rule);
    const JsonValue physical = result["locations"][0]["physicalLocation"];
    CHECK(physical["artifactLocation"]["uri"].as<std::string>() == "plans/acme.yaml");
    CHECK(physical["region"]["startLine"].as<std::uint32_t>() == d.span.begin.line);
    CHECK(physical["region"]["startColumn"].as<std::uint32_t>() == d.span.begin.column);
  }
}

// --- junit -----------------------------------------------------------------

TEST_CASE("junit: a testsuite per file, a failing testcase per rule, and a passing testcase for a clean file") {
  const std::vector<FileReport> files = {
      FileReport{.path = "a.yaml",
                 .source = kSource,
                 .diagnostics = {diagnostic("a.yaml", span(5, 9, 5, 14), Severity::Warning, "smart/time-bound",
                                            "goal 'a' has no due date", "add 'due'"),
                                 diagnostic("a.yaml", span(7, 3, 7, 9), Severity::Error, "schema/unknown-key",
                                            "goal 'a' has an unknown key 'x'"),
                                 diagnostic("a.yaml", span(9, 9, 9, 14), Severity::Warning, "smart/time-bound",
                                            "goal 'b' has no due date", "add 'due'")}},
      report("./clean.yaml"),  // named as found by walking "."
      skipped("not-a-strategy.yaml"),
  };
  const std::string xml = render("junit", files);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  CHECK(xml.find("<testsuites name=\"crmlint\" tests=\"3\" failures=\"2\" errors=\"0\">") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"a.yaml\" tests=\"2\" failures=\"2\" errors=\"0\" skipped=\"0\">") !=
        std::string::npos);
  CHECK(xml.find("<testsuite name=\"clean.yaml\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">") !=
        std::string::npos);
  CHECK(xml.find("<testcase classname=\"clean.yaml\" name=\"no findings\"/>") != std::string::npos);
  CHECK(xml.find("not-a-strategy.yaml") == std::string::npos);
  CHECK(count(xml, "<testcase classname=\"a.yaml\"") == 2);
  CHECK(count(xml, "<failure ") == 2);
  // Testcases in rule id order, each with one failure.
  const auto unknownKey = xml.find("<testcase classname=\"a.yaml\" name=\"schema/unknown-key\">");
  const auto timeBound = xml.find("<testcase classname=\"a.yaml\" name=\"smart/time-bound\">");
  REQUIRE(unknownKey != std::string::npos);
  REQUIRE(timeBound != std::string::npos);
  CHECK(unknownKey < timeBound);
}

TEST_CASE("junit: a failure summarises the rule's findings and lists each with file, line, column and help") {
  const FileReport file{.path = "./a.yaml",
                        .source = kSource,
                        .diagnostics = {diagnostic("./a.yaml", span(5, 9, 5, 14), Severity::Info, "smart/time-bound",
                                                   "goal 'a' has no due date", "add due"),
                                        diagnostic("./a.yaml", span(9, 9, 9, 14), Severity::Warning, "smart/time-bound",
                                                   "goal 'b' has no due date", "add due")}};
  const std::string xml = render("junit", {file});
  CHECK(xml.find("<testsuite name=\"a.yaml\" tests=\"1\" failures=\"1\"") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"a.yaml\" name=\"smart/time-bound\">") != std::string::npos);
  CHECK(xml.find("<failure message=\"goal &apos;a&apos; has no due date (and 1 more)\" type=\"warning\">"
                 "a.yaml:5:9: info: goal &apos;a&apos; has no due date\n"
                 "  help: add due\n"
                 "a.yaml:9:9: warning: goal &apos;b&apos; has no due date\n"
                 "  help: add due\n"
                 "</failure>") != std::string::npos);
}

TEST_CASE("junit: markup is escaped, and control characters and bytes that are not UTF-8 never reach the XML") {
  const FileReport file{
      .path = "a<&>\xFF.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("a<&>\xFF.yaml", span(2, 1, 2, 9), Severity::Error, "schema/unknown-key",
                                 "key 'x\"y' <b> & 'z' \x1b[31m\x01\x0b\x7f\r\ntab\there \xEF\xBF\xBF")}};
  const std::string xml = render("junit", {file});
  INFO(xml);
  CHECK(xml.find("<testsuite name=\"a&lt;&amp;&gt;\xEF\xBF\xBD.yaml\"") != std::string::npos);
  CHECK(xml.find("key &apos;x&quot;y&apos; &lt;b&gt; &amp; &apos;z&apos; \\x1b[31m\\x01\\x0b\\x7f\\x0d\\x0atab&#9;here "
                 "\xEF\xBF\xBD") != std::string::npos);
  for (const unsigned char c : xml) {
    CHECK_MESSAGE((c >= 0x20 || c == '\n'), "raw control character " << int(c));
  }
  CHECK(xml.find('\xFF') == std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBF") == std::string::npos);
}

// --- github ----------------------------------------------------------------

TEST_CASE("github: one workflow command per diagnostic, with file, position and the rule as title") {
  const FileReport file{
      .path = "./plans/a.yaml",
      .source = kSource,
      .diagnostics = {
          diagnostic("./plans/a.yaml", span(14, 12, 14, 60), Severity::Warning, "customer/technology-first",
                     "goal 'go-live' is about software", "name the customer outcome"),
          diagnostic("./plans/a.yaml", span(3, 1, 3, 5), Severity::Info, "plan/no-priority", "no priority"),
          diagnostic("./plans/a.yaml", span(5, 3, 5, 8), Severity::Error, "schema/unknown-key", "bad key")}};
  CHECK(render("github", {file}) ==
        "::warning file=plans/a.yaml,line=14,col=12,endLine=14,endColumn=60,title=customer/technology-first::"
        "goal 'go-live' is about software%0Ahelp: name the customer outcome\n"
        "::notice file=plans/a.yaml,line=3,col=1,endLine=3,endColumn=5,title=plan/no-priority::no priority\n"
        "::error file=plans/a.yaml,line=5,col=3,endLine=5,endColumn=8,title=schema/unknown-key::bad key\n");
}

TEST_CASE("github: an annotation over several lines has no columns, and one without a position has no line") {
  const FileReport file{
      .path = "a.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("a.yaml", span(4, 3, 9, 1), Severity::Warning, "smart/actionable", "spread"),
                      diagnostic("a.yaml", {}, Severity::Error, "syntax", "unreadable")}};
  CHECK(render("github", {file}) ==
        "::warning file=a.yaml,line=4,endLine=9,title=smart/actionable::spread\n"
        "::error file=a.yaml,title=syntax::unreadable\n");
}

TEST_CASE("github: in the message %, CR and LF are percent-encoded and ':' and ',' stay as they are") {
  const FileReport file{
      .path = "a.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("a.yaml", span(1, 1, 1, 2), Severity::Warning, "r/x", "50% done: a, b\r\nnext %0A")}};
  CHECK(render("github", {file}) ==
        "::warning file=a.yaml,line=1,col=1,endLine=1,endColumn=2,title=r/x::50%25 done: a, b%0D%0Anext %250A\n");
}

TEST_CASE("github: in property values %, CR, LF, ':' and ',' are all percent-encoded") {
  const std::string path = "q3,50%:\r\nplan.yaml";
  const FileReport file{.path = path,
                        .source = kSource,
                        .diagnostics = {diagnostic(path, span(1, 1, 1, 2), Severity::Warning, "r:1,2%\r\n", "m")}};
  CHECK(render("github", {file}) ==
        "::warning file=q3%2C50%25%3A%0D%0Aplan.yaml,line=1,col=1,endLine=1,endColumn=2,"
        "title=r%3A1%2C2%25%0D%0A::m\n");
}

TEST_CASE("github: ESC and other control characters reach the log only as visible escapes") {
  const std::string path = "a\x1b[2J.yaml";
  const FileReport file{.path = path,
                        .source = kSource,
                        .diagnostics = {diagnostic(path, span(1, 1, 1, 2), Severity::Error, "r\x1b]0;x\x07",
                                                   "key '\x1b[31mred\x1b[0m' \x08\x7f", "help \x1b")}};
  const std::string out = render("github", {file});
  CHECK(out ==
        "::error file=a\\x1b[2J.yaml,line=1,col=1,endLine=1,endColumn=2,title=r\\x1b]0;x\\x07::"
        "key '\\x1b[31mred\\x1b[0m' \\x08\\x7f%0Ahelp: help \\x1b\n");
  CHECK(std::none_of(out.begin(), out.end() - 1, [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
}

// --- gitlab ----------------------------------------------------------------

TEST_CASE("gitlab: one issue per diagnostic with description, check name, severity, path and lines") {
  const FileReport file{
      .path = "./plans/a.yaml",
      .source = kSource,
      .diagnostics = {diagnostic("./plans/a.yaml", span(14, 12, 15, 3), Severity::Warning, "smart/specific", "vague",
                                 "say more", "goals[a].title"),
                      diagnostic("./plans/a.yaml", span(3, 1, 3, 5), Severity::Info, "plan/no-priority", "no priority"),
                      diagnostic("./plans/a.yaml", span(5, 3, 5, 8), Severity::Error, "schema/type", "bad type"),
                      diagnostic("./plans/a.yaml", {}, Severity::Error, "syntax", "unreadable")}};
  const JsonValue issues = renderJson("gitlab", {file});
  REQUIRE(issues.IsSequence());
  REQUIRE(issues.size() == 4);
  CHECK(issues[0]["description"].as<std::string>() == "vague");
  CHECK(issues[0]["check_name"].as<std::string>() == "smart/specific");
  CHECK(issues[0]["severity"].as<std::string>() == "minor");
  CHECK(issues[0]["location"]["path"].as<std::string>() == "plans/a.yaml");
  CHECK(issues[0]["location"]["lines"]["begin"].as<int>() == 14);
  CHECK(issues[0]["location"]["lines"]["end"].as<int>() == 15);
  CHECK(issues[1]["severity"].as<std::string>() == "info");
  CHECK(issues[2]["severity"].as<std::string>() == "major");
  // GitLab needs a line; a finding about the whole file gets the first.
  CHECK(issues[3]["location"]["lines"]["begin"].as<int>() == 1);
  std::set<std::string> fingerprints;
  for (const JsonValue& issue : issues) {
    const std::string fingerprint = issue["fingerprint"].as<std::string>();
    CHECK(fingerprint.size() == 32);
    CHECK(fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos);
    fingerprints.insert(fingerprint);
  }
  CHECK(fingerprints.size() == 4);
  CHECK(renderJson("gitlab", {}).size() == 0);
}

TEST_CASE("gitlab: a finding keeps its fingerprint when its goal moves up the file") {
  const FileReport before = linted("plans/acme.yaml", twoGoals("reduce-churn", "grow-nrr"));
  const FileReport after = linted("plans/acme.yaml", twoGoals("grow-nrr", "reduce-churn"));
  // "rule path" -> (fingerprint, line); a grouped finding's message names its goals in file order, its path does not.
  const auto byFinding = [](const FileReport& file) {
    std::map<std::string, std::pair<std::string, int>> out;
    const JsonValue issues = renderJson("gitlab", {file});
    REQUIRE(issues.size() == file.diagnostics.size());
    for (std::size_t i = 0; i < issues.size(); ++i) {
      const Diagnostic& d = file.diagnostics[i];
      out[fmt::format("{} {}", d.rule, d.path)] = {issues[i]["fingerprint"].as<std::string>(),
                                                   issues[i]["location"]["lines"]["begin"].as<int>()};
    }
    return out;
  };
  const auto was = byFinding(before);
  const auto is = byFinding(after);
  INFO(describe(before.diagnostics));
  const std::string moved = "smart/actionable goals[grow-nrr].owner";
  REQUIRE(was.contains(moved));
  REQUIRE(is.contains(moved));
  CHECK(was.at(moved).second > is.at(moved).second);  // the goal did move up
  CHECK(was.at(moved).first == is.at(moved).first);
  REQUIRE(was.size() == is.size());
  for (const auto& [finding, value] : was) {
    INFO(finding);
    REQUIRE(is.contains(finding));
    CHECK(is.at(finding).first == value.first);
  }
}

TEST_CASE("gitlab: identical findings get different fingerprints, the same on every run") {
  const auto twice = [](std::string file, std::string rule) {
    return FileReport{
        .path = file,
        .source = kSource,
        .diagnostics = {diagnostic(file, span(2, 1, 2, 9), Severity::Warning, rule, "same", "", "strategy"),
                        diagnostic(file, span(2, 1, 2, 9), Severity::Warning, rule, "same", "", "strategy")}};
  };
  const std::vector<FileReport> files = {twice("a.yaml", "r/one"), twice("b.yaml", "r/one"), twice("a.yaml", "r/two")};
  const JsonValue first = renderJson("gitlab", files);
  const JsonValue again = renderJson("gitlab", files);
  REQUIRE(first.size() == 6);
  std::set<std::string> fingerprints;
  for (std::size_t i = 0; i < first.size(); ++i) {
    fingerprints.insert(first[i]["fingerprint"].as<std::string>());
    CHECK(first[i]["fingerprint"].as<std::string>() == again[i]["fingerprint"].as<std::string>());
  }
  CHECK(fingerprints.size() == 6);
  // "./a.yaml" is the same file as "a.yaml", so it gets the same fingerprints.
  const JsonValue dotted = renderJson("gitlab", {twice("./a.yaml", "r/one")});
  CHECK(dotted[0]["fingerprint"].as<std::string>() == first[0]["fingerprint"].as<std::string>());
  CHECK(dotted[1]["fingerprint"].as<std::string>() == first[1]["fingerprint"].as<std::string>());
}

TEST_CASE("reporters: the CI formats are known by name") {
  const std::vector<std::string> formats = reporterFormats();
  for (const char* name : {"sarif", "junit", "github", "gitlab"}) {
    CHECK(std::find(formats.begin(), formats.end(), name) != formats.end());
  }
}

TEST_CASE("reporters: the man page and README list exactly the formats of the table") {
  std::set<std::string> table;
  for (const ReportFormat& format : reportFormats()) table.emplace(format.name);

  // man/crmlint.1: the words set in bold (.B name, .BR name ,) in the --format paragraph.
  const std::string man = readProjectFile("man/crmlint.1");
  const auto begin = man.find(".BI \\-f \", \\-\\-format \" FORMAT\n");
  REQUIRE(begin != std::string::npos);
  const std::string paragraph = man.substr(begin, man.find(".TP", begin) - begin);
  std::set<std::string> inMan;
  std::istringstream lines(paragraph);
  for (std::string line; std::getline(lines, line);) {
    for (const std::string_view macro : {".B ", ".BR "}) {
      if (!line.starts_with(macro)) continue;
      const std::string word = line.substr(macro.size(), line.find_first_of(" ,", macro.size()) - macro.size());
      if (!word.starts_with("\\-")) inMan.insert(word);  // not an option such as \-o
    }
  }
  CHECK(inMan == table);

  // README.md: the backquoted words of the --format row of the options table.
  const std::string readme = readProjectFile("README.md");
  const auto row = readme.find("| `-f, --format FMT` |");
  REQUIRE(row != std::string::npos);
  const std::string cells = readme.substr(row + 22, readme.find('\n', row) - row - 22);
  std::set<std::string> inReadme;
  for (auto open = cells.find('`'); open != std::string::npos; open = cells.find('`', cells.find('`', open + 1) + 1)) {
    inReadme.insert(cells.substr(open + 1, cells.find('`', open + 1) - open - 1));
  }
  CHECK(inReadme == table);
}

TEST_CASE("reporters: the table of formats names each once, and only html draws the plan") {
  std::set<std::string_view> names;
  for (const ReportFormat& format : reportFormats()) {
    CAPTURE(format.name);
    CHECK(names.insert(format.name).second);
    CHECK_FALSE(format.description.empty());
    CHECK(static_cast<bool>(format.make));
    CHECK(findReportFormat(format.name) == &format);
    CHECK(format.drawsPlan == (format.name == "html"));
    CHECK(format.human == (format.name == "text" || format.name == "compact"));
  }
  CHECK(findReportFormat("xml") == nullptr);
}

// --- related locations -------------------------------------------------------

TEST_CASE("related locations: text, JSON and SARIF show every other place a grouped finding is about") {
  Diagnostic d = diagnostic("a.yaml", span(2, 1, 2, 9), Severity::Warning, "wiifm/missing",
                            "2 of the 2 stakeholders have not been told what is in it for them", "add 'wiifm:'",
                            "stakeholders");
  d.related = {{.span = span(3, 3, 3, 7), .message = "stakeholder 'raj' has no wiifm"}};
  const FileReport file = report("a.yaml", {d});

  const std::string text = render("text", {file});
  CHECK(text.find("= also: a.yaml:3:3: stakeholder 'raj' has no wiifm\n") != std::string::npos);

  const JsonValue json = renderJson("json", {file});
  const JsonValue related = json["diagnostics"][0]["related"];
  REQUIRE(related.size() == 1);
  CHECK(related[0]["line"].as<int>() == 3);
  CHECK(related[0]["column"].as<int>() == 3);
  CHECK(related[0]["end_column"].as<int>() == 7);
  CHECK(related[0]["message"].as<std::string>() == "stakeholder 'raj' has no wiifm");

  const JsonValue sarif = renderJson("sarif", {file})["runs"][0]["results"][0]["relatedLocations"];
  REQUIRE(sarif.size() == 1);
  CHECK(sarif[0]["id"].as<int>() == 0);
  CHECK(sarif[0]["physicalLocation"]["region"]["startLine"].as<int>() == 3);
  CHECK(sarif[0]["physicalLocation"]["artifactLocation"]["uri"].as<std::string>() == "a.yaml");
  CHECK(sarif[0]["message"]["text"].as<std::string>() == "stakeholder 'raj' has no wiifm");

  // A finding about one place has no related key at all, as before.
  const FileReport plain = report("a.yaml", {diagnostic("a.yaml", span(2, 1, 2, 9), Severity::Warning, "x/y", "m")});
  CHECK(render("json", {plain}).find("\"related\"") == std::string::npos);
  CHECK(render("sarif", {plain}).find("relatedLocations") == std::string::npos);
  CHECK(render("text", {plain}).find("also:") == std::string::npos);
}
