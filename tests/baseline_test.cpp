// Baselines: fingerprints, counting, the JSON file and its errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "baseline.h"

using namespace crmlint;

namespace {

Diagnostic diagnostic(std::string file, std::string rule, std::string path, std::uint32_t line,
                      std::string message = "a finding") {
  Diagnostic d;
  d.file = std::move(file);
  d.rule = std::move(rule);
  d.path = std::move(path);
  d.span = {{line, 3}, {line, 9}};
  d.message = std::move(message);
  return d;
}

FileReport fileReport(std::string path, std::vector<Diagnostic> diagnostics) {
  FileReport report;
  report.path = std::move(path);
  report.diagnostics = std::move(diagnostics);
  return report;
}

std::string json(const Baseline& baseline) {
  std::ostringstream out;
  writeBaselineJson(out, baseline);
  return out.str();
}

std::string errorOf(std::string_view text) {
  try {
    parseBaseline(text, "base.json");
  } catch (const BaselineError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("baseline: equal fingerprints are counted, entries sorted, the first message kept") {
  const std::vector<FileReport> reports{
      fileReport("b.yaml", {diagnostic("b.yaml", "smart/specific", "goals[x].title", 4)}),
      fileReport("./a.yaml", {diagnostic("./a.yaml", "wiifm/missing", "stakeholders[dana]", 9, "first"),
                              diagnostic("./a.yaml", "wiifm/missing", "stakeholders[dana]", 9, "second"),
                              diagnostic("./a.yaml", "plan/no-review", "", 1)})};
  const Baseline baseline = makeBaseline(reports);
  REQUIRE(baseline.entries.size() == 3);
  CHECK(baseline.entries[0].file == "a.yaml");
  CHECK(baseline.entries[0].rule == "plan/no-review");
  CHECK(baseline.entries[0].path.empty());
  CHECK(baseline.entries[1].rule == "wiifm/missing");
  CHECK(baseline.entries[1].count == 2);
  CHECK(baseline.entries[1].message == "first");
  CHECK(baseline.entries[2].file == "b.yaml");
  CHECK(diagnosticCount(baseline) == 4);
}

TEST_CASE("baseline: the JSON file has a version and entries, and reads back the same") {
  const Baseline baseline =
      makeBaseline({fileReport("a.yaml", {diagnostic("a.yaml", "smart/specific", "goals[x].title", 4, "goal 'x' \"vague\""),
                                          diagnostic("a.yaml", "smart/specific", "goals[x].title", 5)})});
  const std::string text = json(baseline);
  CHECK(text ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"entries\": [\n"
        "    {\n"
        "      \"file\": \"a.yaml\",\n"
        "      \"rule\": \"smart/specific\",\n"
        "      \"path\": \"goals[x].title\",\n"
        "      \"count\": 2,\n"
        "      \"message\": \"goal 'x' \\\"vague\\\"\"\n"
        "    }\n"
        "  ]\n"
        "}\n");
  const Baseline back = parseBaseline(text, "base.json");
  REQUIRE(back.entries.size() == 1);
  CHECK(back.entries[0].file == "a.yaml");
  CHECK(back.entries[0].rule == "smart/specific");
  CHECK(back.entries[0].path == "goals[x].title");
  CHECK(back.entries[0].count == 2);
  CHECK(back.entries[0].message == "goal 'x' \"vague\"");
}

TEST_CASE("baseline: only diagnostics beyond the recorded count are new") {
  const Baseline baseline = parseBaseline(
      R"({"version": 1, "entries": [
           {"file": "a.yaml", "rule": "wiifm/missing", "path": "stakeholders[dana]", "count": 2}]})",
      "base.json");
  std::vector<FileReport> reports{
      fileReport("a.yaml", {diagnostic("a.yaml", "wiifm/missing", "stakeholders[dana]", 9),
                            diagnostic("a.yaml", "wiifm/missing", "stakeholders[dana]", 12),
                            diagnostic("a.yaml", "wiifm/missing", "stakeholders[dana]", 15)})};
  CHECK(acceptBaselined(reports, baseline) == 2);
  REQUIRE(reports[0].diagnostics.size() == 1);
  CHECK(reports[0].diagnostics[0].span.begin.line == 15);
  // The recorded ones are kept aside as accepted, for the HTML report.
  REQUIRE(reports[0].accepted.size() == 2);
  CHECK(reports[0].accepted[0].span.begin.line == 9);
  CHECK(reports[0].accepted[1].span.begin.line == 12);
}

TEST_CASE("baseline: a finding that moved keeps its match; another path, rule or file is new") {
  const Baseline baseline = parseBaseline(
      R"({"version": 1, "entries": [
           {"file": "a.yaml", "rule": "smart/specific", "path": "goals[x].title", "count": 1}]})",
      "base.json");
  std::vector<FileReport> reports{
      fileReport("./a.yaml", {diagnostic("./a.yaml", "smart/specific", "goals[x].title", 40),
                              diagnostic("./a.yaml", "smart/specific", "goals[y].title", 50),
                              diagnostic("./a.yaml", "smart/time-bound", "goals[x].title", 40)}),
      fileReport("b.yaml", {diagnostic("b.yaml", "smart/specific", "goals[x].title", 40)})};
  CHECK(acceptBaselined(reports, baseline) == 1);
  CHECK(reports[0].diagnostics.size() == 2);
  CHECK(reports[0].diagnostics[0].path == "goals[y].title");
  CHECK(reports[1].diagnostics.size() == 1);
}

TEST_CASE("baseline: file names are normal, and an absolute path inside the current directory is relative") {
  CHECK(fingerprintFile("./team/../a.yaml") == "a.yaml");
  CHECK(fingerprintFile((std::filesystem::current_path() / "team" / "a.yaml").string()) == "team/a.yaml");
  CHECK(fingerprintFile("/elsewhere-outside/a.yaml") == "/elsewhere-outside/a.yaml");
  CHECK(fingerprintFile("<stdin>") == "<stdin>");
}

TEST_CASE("baseline: a file that is not a baseline is an error with its position") {
  CHECK(errorOf("") == "base.json: not a crmlint baseline: the file is empty; write a new one with --write-baseline");
  CHECK(errorOf("{\"version\": 1, \"entries\": [}") ==
        "base.json:1:28: not a crmlint baseline: the JSON is broken (this closing bracket has no matching opening "
              "one: ']' closes a '[' and '}' closes a '{'); "
        "write a new one with --write-baseline");
  CHECK(errorOf("[]") ==
        "base.json:1:1: not a crmlint baseline: expected an object with \"version\" and \"entries\"; write a new one "
        "with --write-baseline");
  CHECK(errorOf("{\"entries\": []}") ==
        "base.json:1:1: not a crmlint baseline: it has no \"version\"; write a new one with --write-baseline");
  CHECK(errorOf("{\"version\": 2, \"entries\": []}") ==
        "base.json:1:13: not a crmlint baseline: version 2 is not supported; this crmlint reads and writes version "
        "1; write a new one with --write-baseline");
  CHECK(errorOf("{\"version\": 1}") ==
        "base.json:1:1: not a crmlint baseline: \"entries\" must be a list; write a new one with --write-baseline");
  CHECK(errorOf("{\"version\": 1, \"entries\": [{\"rule\": \"x\", \"path\": \"\", \"count\": 1}]}") ==
        "base.json:1:28: not a crmlint baseline: each entry needs a \"file\" string; write a new one with "
        "--write-baseline");
  CHECK(errorOf("{\"version\": 1, \"entries\": [{\"file\": \"a\", \"rule\": \"x\", \"path\": \"\", \"count\": 0}]}") ==
        "base.json:1:76: not a crmlint baseline: \"count\" must be a whole number of at least 1; write a new one "
        "with --write-baseline");
  CHECK(errorOf("{\"version\": 1, \"entries\": [{\"file\": \"a\", \"rule\": \"x\", \"path\": \"\", \"count\": \"2\"}]}") ==
        "base.json:1:76: not a crmlint baseline: \"count\" must be a whole number of at least 1; write a new one "
        "with --write-baseline");
}

TEST_CASE("baseline: a missing baseline file is an error that says how to create it") {
  try {
    readBaseline("no-such-baseline.json");
    FAIL("no error");
  } catch (const BaselineError& e) {
    CHECK(std::string(e.what()) ==
          "no-such-baseline.json: cannot read the baseline: no such file; create it with --write-baseline "
          "no-such-baseline.json");
  }
}
