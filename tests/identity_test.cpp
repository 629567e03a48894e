// Document::path as an identity: a place in a strategy named by keys, ids and values, so
// that it survives reordering (baselines and CI fingerprints rely on it).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "linter.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

struct Parsed {
  std::string text;
  LineIndex lines;
  ParseResult result;
  explicit Parsed(std::string t) : text(std::move(t)), lines(text), result(parseYaml(text, lines)) {}
  const Document& doc() const { return result.document; }
};

}  // namespace

TEST_CASE("identity: list entries are named by id, list values by value, and only the rest by index") {
  Parsed p("goals:\n"
           "  - id: better-cx\n"
           "    departments: [sales, service]\n"
           "    metric: {target: 9}\n"
           "  - title: no id\n"
           "    departments: [\"\", service]\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const auto goals = doc.items(doc.get(doc.root(), "goals"));
  const auto departments = doc.items(doc.get(goals[0], "departments"));
  CHECK(doc.path(departments[1]) == "goals[better-cx].departments[service]");
  CHECK(doc.path(doc.get(doc.get(goals[0], "metric"), "target")) == "goals[better-cx].metric.target");
  CHECK(doc.path(doc.find(goals[0], "metric").key) == "goals[better-cx].metric");
  // Without an id or a value there is nothing else to name the entry by.
  const auto second = doc.items(doc.get(goals[1], "departments"));
  CHECK(doc.path(second[0]) == "goals[1].departments[0]");
  CHECK(doc.path(second[1]) == "goals[1].departments[service]");
  CHECK(doc.path(doc.root()).empty());
}

TEST_CASE("identity: a value keeps its path when its list is reordered or grows") {
  Parsed before("goals:\n  - id: a\n    departments: [sales, service]\n  - id: b\n");
  Parsed after("goals:\n  - id: new\n  - id: b\n  - id: a\n    departments: [it, service, sales]\n");
  REQUIRE_FALSE(before.result.error);
  REQUIRE_FALSE(after.result.error);
  auto serviceIn = [](const Document& doc, std::size_t goal, std::size_t item) {
    const NodeId g = doc.items(doc.get(doc.root(), "goals"))[goal];
    return doc.path(doc.items(doc.get(g, "departments"))[item]);
  };
  CHECK(serviceIn(before.doc(), 0, 1) == serviceIn(after.doc(), 2, 1));
}

TEST_CASE("identity: a department's finding is the department's, whichever goal names it first") {
  const std::string stakeholders =
      "strategy:\n  name: Acme customer loyalty 2027\n"
      "stakeholders:\n  - id: dana\n    name: Dana Ruiz\n    department: service\n";
  const auto first = lint(stakeholders +
                          "goals:\n"
                          "  - id: better-cx\n    title: Raise NPS from 31 to 45 by 2027\n    departments: [service]\n"
                          "  - id: repeat-rate\n    title: Raise repeat purchases from 20% to 30% by 2027\n"
                          "    departments: [sales, service]\n");
  const auto swapped = lint(stakeholders +
                            "goals:\n"
                            "  - id: repeat-rate\n    title: Raise repeat purchases from 20% to 30% by 2027\n"
                            "    departments: [service, sales]\n"
                            "  - id: better-cx\n    title: Raise NPS from 31 to 45 by 2027\n    departments: [service]\n");
  std::vector<std::string> before, after;
  for (const Diagnostic& d : ofRule(first, "wiifm/uncovered-department")) before.push_back(d.path);
  for (const Diagnostic& d : ofRule(swapped, "wiifm/uncovered-department")) after.push_back(d.path);
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  // Two uncovered departments are one finding about the departments.
  CHECK(before == std::vector<std::string>{"departments"});
  CHECK(after == before);
}
