// `crmlint init`: the starter strategy lints clean with every rule on, uses
// every key of the format, and explains every key in a comment.
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "position.h"
#include "schema.h"
#include "starter.h"
#include "support.h"
#include "yaml_tree.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

bool isCommentLine(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first != std::string_view::npos && line[first] == '#';
}

// The lines of keys with no comment on the key's line nor on the line above.
// The texts checked here hold no '#' inside a value.
std::vector<std::uint32_t> uncommentedKeys(std::string_view text) {
  const LineIndex lines(text);
  const ParseResult parsed = parseYaml(text, lines);
  REQUIRE_FALSE(parsed.error);
  const Document& doc = parsed.document;
  std::set<std::uint32_t> out;
  for (NodeId id = 0; id < doc.nodeCount(); ++id) {
    if (!doc.isMapping(id)) continue;
    for (const Entry& e : doc.entries(id)) {
      const std::uint32_t line = doc.node(e.key).span.begin.line;
      const bool commented = lines.lineText(line).find('#') != std::string_view::npos ||
                             (line > 1 && isCommentLine(lines.lineText(line - 1)));
      if (!commented) out.insert(line);
    }
  }
  return {out.begin(), out.end()};
}

// Every (entity kind, key) written in a strategy, as the schema walk sees it.
std::set<std::pair<std::string_view, std::string_view>> keysWritten(std::string_view text) {
  const LineIndex lines(text);
  const ParseResult parsed = parseYaml(text, lines);
  REQUIRE_FALSE(parsed.error);
  struct Collector : SchemaVisitor {
    std::set<std::pair<std::string_view, std::string_view>> keys;
    void value(NodeId, NodeId, const FieldSpec& field, const EntitySpec& entity) override {
      keys.emplace(entity.kind, field.key);
    }
  } collector;
  walkSchema(parsed.document, collector);
  return collector.keys;
}

void allKeysOf(const EntitySpec& entity, std::set<std::pair<std::string_view, std::string_view>>& out) {
  for (const FieldSpec& field : entity.fields) {
    if (!out.emplace(entity.kind, field.key).second) continue;
    if (field.entity) allKeysOf(*field.entity, out);
  }
}

}  // namespace

TEST_CASE("init: the starter lints clean with every rule on") {
  const Config strict = Config::strict(Registry::instance());
  const auto diagnostics = lintWith(starterStrategy(), strict);
  INFO(describe(diagnostics));
  CHECK(diagnostics.empty());
}

TEST_CASE("init: the starter lints clean on a day before its plan starts, when plan/overdue runs") {
  LintOptions options;
  options.today = parseDate("2027-01-04");
  const auto diagnostics = lintWith(starterStrategy(), Config::strict(Registry::instance()), options);
  INFO(describe(diagnostics));
  CHECK(diagnostics.empty());
}

TEST_CASE("init: the starter writes every key of the format") {
  std::set<std::pair<std::string_view, std::string_view>> all;
  allKeysOf(documentSpec(), all);
  const auto written = keysWritten(starterStrategy());
  for (const auto& [kind, key] : all) {
    INFO(kind << "." << key);
    CHECK(written.count({kind, key}) == 1);
  }
}

TEST_CASE("init: every key of the starter has a comment on its line or the line above") {
  std::string missing;
  for (std::uint32_t line : uncommentedKeys(starterStrategy())) missing.append(" ").append(std::to_string(line));
  INFO("lines without a comment:" << missing);
  CHECK(missing.empty());
}

TEST_CASE("init: the comment check finds a key with no comment") {
  const std::string_view text =
      "# the strategy\n"
      "strategy:\n"
      "  name: Acme   # its name\n"
      "  owner: dana\n"
      "  # the vision\n"
      "  vision: >-\n"
      "    One record: for everyone\n";
  CHECK(uncommentedKeys(text) == std::vector<std::uint32_t>{4});
}

TEST_CASE("init: the starter's plan runs from the need to a review, through an enterprise rollout") {
  const LineIndex lines(starterStrategy());
  const ParseResult parsed = parseYaml(starterStrategy(), lines);
  REQUIRE_FALSE(parsed.error);
  const Document& doc = parsed.document;
  std::vector<std::string> types;
  bool enterpriseRollout = false;
  for (NodeId milestone : doc.items(doc.get(doc.root(), "milestones"))) {
    const NodeId typeValue = doc.get(milestone, "type");
    REQUIRE(doc.isScalar(typeValue));
    const std::string type(doc.text(typeValue));
    if (types.empty() || types.back() != type) types.push_back(type);
    const NodeId scope = doc.get(milestone, "scope");
    enterpriseRollout |= type == "rollout" && doc.isScalar(scope) && doc.node(scope).value == "enterprise";
  }
  // Training comes twice: for the pilot's teams, then for everyone before the rollout.
  const std::vector<std::string> want = {"need",          "vision",   "requirements", "vendor-selection",
                                         "data",          "process",  "training",     "pilot",
                                         "communication", "training", "rollout",      "review"};
  CHECK(types == want);
  CHECK(enterpriseRollout);
}
