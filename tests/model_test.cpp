// The model: every field knows its state and its key; RuleContext's
// reportMissing points the same way for every missing field; and the model
// reads exactly the keys the schema table defines.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "config.h"
#include "model.h"
#include "rule.h"
#include "schema.h"
#include "support.h"

using namespace crmlint;

namespace {

struct Parsed {
  std::string text;
  LineIndex lines;
  ParseResult result;
  explicit Parsed(std::string t) : text(std::move(t)), lines(text), result(parseYaml(text, lines)) {}
  const Document& doc() const { return result.document; }
};

// A strategy with one goal whose `due` line is `dueLine` (empty: no due key).
std::string goalWithDue(std::string_view dueLine) {
  std::string text = "strategy:\n  name: Acme\ngoals:\n  - id: reduce-churn\n    title: Cut churn\n";
  if (!dueLine.empty()) text += fmt::format("    {}\n", dueLine);
  return text;
}

}  // namespace

TEST_CASE("model: a field knows whether it is absent, empty, of the wrong type or has a value") {
  struct Case {
    std::string_view dueLine;
    FieldState state;
  };
  for (const Case& c : {Case{"", FieldState::Absent}, Case{"due:", FieldState::Empty}, Case{"due: ~", FieldState::Empty},
                        Case{"due: \"\"", FieldState::Empty}, Case{"due: soon", FieldState::WrongType},
                        Case{"due: [2027-12-31]", FieldState::WrongType}, Case{"due: 2027-12-31", FieldState::Value}}) {
    CAPTURE(c.dueLine);
    const Parsed p(goalWithDue(c.dueLine));
    REQUIRE_FALSE(p.result.error);
    const Strategy model = buildModel(p.doc());
    REQUIRE(model.goals.size() == 1);
    const Field<Date>& due = model.goals.items[0].due;
    CHECK(due.state == c.state);
    CHECK(due.has() == (c.state == FieldState::Value));
    CHECK(due.written() == (c.state != FieldState::Absent));
    CHECK(due.missing() == (c.state == FieldState::Absent || c.state == FieldState::Empty));
    if (due.written()) CHECK(p.doc().keyText(due.key) == "due");
  }
}

TEST_CASE("model: text, references and money keep views of the file and the amount's node") {
  const Parsed p(
      "strategy:\n  name: \"Acme \\u00e9\"\n  currency: EUR\n  owner: dana\n"
      "goals:\n  - id: g1\n    departments: [sales, service]\n    cost: {amount: 5, per: year}\n    benefit: 7\n"
      "  - id: g2\n    benefit: {amount: 56000, per: year, cashable: false}\n    cost: {amount: 9, cashable: maybe}\n");
  REQUIRE_FALSE(p.result.error);
  const Strategy model = buildModel(p.doc());
  CHECK(*model.strategy.name == "Acme \xC3\xA9");  // an escape: its text lives in the tree's arena
  CHECK(model.strategy.owner->id == "dana");
  const Goal& g = model.goals.items[0];
  REQUIRE(g.departments.has());
  CHECK(g.departments->size() == 2);
  CHECK((*g.departments)[1].id == "service");
  REQUIRE(g.cost.has());
  CHECK(g.cost->currency == "EUR");
  CHECK(g.cost->per == Period::Year);
  CHECK(p.doc().text(g.cost->amountNode) == "5");
  REQUIRE(g.benefit.has());
  CHECK(g.benefit->amountNode == g.benefit.node);
  CHECK(g.benefit->cashable);  // a bare number is cash
  // 'cashable: false' is money's worth that is not cash; a word that is not
  // true or false is schema/type's, and the amount is read as cash.
  const Goal& g2 = model.goals.items[1];
  REQUIRE(g2.benefit.has());
  CHECK_FALSE(g2.benefit->cashable);
  CHECK(g2.benefit->amount == 56000);
  REQUIRE(g2.cost.has());
  CHECK(g2.cost->cashable);
  CHECK(model.goals.find("g1") == &g);
}

TEST_CASE("reportMissing: absent at the entry's anchor, empty at the key, wrong type and a value not at all") {
  const RuleMeta meta{.id = "test/missing"};
  const std::map<std::string, OptionValue> options;
  Config config;
  config.rules["test/missing"].enabled = true;
  struct Case {
    std::string_view dueLine;
    bool reported;
    Position at;  // where, when reported
  };
  for (const Case& c : {Case{"", true, {4, 9}}, Case{"due:", true, {6, 5}}, Case{"due: \"\"", true, {6, 5}},
                        Case{"due: soon", false, {}}, Case{"due: 2027-12-31", false, {}}}) {
    CAPTURE(c.dueLine);
    const Parsed p(goalWithDue(c.dueLine));
    const Strategy model = buildModel(p.doc());
    const Goal& goal = model.goals.items[0];
    std::vector<Diagnostic> sink;
    DiagnosticSink diagnostics("test.yaml", config, sink);
    RuleContext ctx(p.doc(), meta, options, std::nullopt, diagnostics);
    CHECK(ctx.reportMissing(goal.due, goal, {.message = "no due date", .help = "add one", .path = "goals[0].due"}) ==
          c.reported);
    REQUIRE(sink.size() == (c.reported ? 1u : 0u));
    if (c.reported) {
      CHECK(sink[0].span.begin == c.at);
      CHECK(sink[0].message == "no due date");
      CHECK(sink[0].path == "goals[0].due");
    }
  }
}

TEST_CASE("reportMissing: a strategy field without its key points at the 'strategy' key") {
  const RuleMeta meta{.id = "test/missing"};
  const std::map<std::string, OptionValue> options;
  Config config;
  config.rules["test/missing"].enabled = true;
  const Parsed p("crmlint: 1\nstrategy:\n  name: Acme\n");
  const Strategy model = buildModel(p.doc());
  std::vector<Diagnostic> sink;
  DiagnosticSink diagnostics("test.yaml", config, sink);
  RuleContext ctx(p.doc(), meta, options, std::nullopt, diagnostics);
  CHECK(ctx.reportMissing(model.strategy.owner, model, {.message = "no owner", .help = "add one"}));
  REQUIRE(sink.size() == 1);
  CHECK(sink[0].span.begin == Position{2, 1});
}

TEST_CASE("reportMissing: the rules that use it point the same way for an absent and an empty field") {
  // smart/time-bound and business-case/no-benefit: the goal's id when the key
  // is absent, the key when it is written empty, nothing when it is of the
  // wrong type (schema/type reports that once).
  const auto absent = test::lint(goalWithDue(""));
  test::expectExactly(absent, "smart/time-bound", {{4, 9}});
  test::expectExactly(absent, "business-case/no-benefit", {{4, 9}});
  const auto empty = test::lint(goalWithDue("due: \"\"\n    benefit:"));
  test::expectExactly(empty, "smart/time-bound", {{6, 5}});
  test::expectExactly(empty, "business-case/no-benefit", {{7, 5}});
  const auto wrong = test::lint(goalWithDue("due: soon\n    benefit: lots"));
  test::expectExactly(wrong, "smart/time-bound", {});
  test::expectExactly(wrong, "business-case/no-benefit", {});
  CHECK(test::ofRule(wrong, "schema/type").size() == 2);
}

namespace {

// A valid value of `field`, as YAML at `indent`, with every key of an entity:
// the document it builds holds every key of format 1 once.
std::string valueOf(const FieldSpec& field, int indent);

std::string entityText(const EntitySpec& spec, int indent) {
  std::string out;
  for (const FieldSpec& f : spec.fields) {
    out += fmt::format("\n{:{}}{}:{}", "", indent, f.key, valueOf(f, indent + 2));
  }
  return out;
}

std::string valueOf(const FieldSpec& field, int indent) {
  switch (field.type) {
    case ValueType::Text: return " some text";
    case ValueType::Bool: return " true";
    case ValueType::PositiveInt: return " 1";
    case ValueType::Quantity:
    case ValueType::Share:
    case ValueType::Number: return " 5";
    case ValueType::Date: return " 2027-12-31";
    case ValueType::Enum: return fmt::format(" {}", field.allowed.front());
    case ValueType::Id:
    case ValueType::Ref: return " a";
    case ValueType::RefList:
    case ValueType::TextList: return " [a]";
    case ValueType::Money:
    case ValueType::Entity: return entityText(*field.entity, indent);
    case ValueType::EntityList: return fmt::format("\n{:{}}-{}", "", indent, entityText(*field.entity, indent + 2).substr(indent + 2));
    case ValueType::FormatVersion: return " 1";
  }
  return "";
}

void collectSpecs(const EntitySpec& spec, std::set<const EntitySpec*>& out) {
  if (!out.insert(&spec).second) return;
  for (const FieldSpec& f : spec.fields) {
    if (f.entity) collectSpecs(*f.entity, out);
  }
}

}  // namespace

TEST_CASE("model and schema table: buildModel reads every key of the table, and only those") {
  const Parsed p(entityText(documentSpec(), 0).substr(1) + "\n");
  REQUIRE_FALSE(p.result.error);
  // The document is valid: no schema finding, so every key is where the table puts it.
  const auto diagnostics = test::lint(p.text);
  for (const Diagnostic& d : diagnostics) {
    INFO(d.rule << " " << d.message);
    CHECK_FALSE(d.rule.starts_with("schema/"));
  }

  // Which entity each mapping of the document is, by the schema walk.
  struct Entities : SchemaVisitor {
    const Document& doc;
    std::map<NodeId, const EntitySpec*> of;
    explicit Entities(const Document& d) : doc(d) {}
    void value(NodeId key, NodeId, const FieldSpec&, const EntitySpec& entity) override {
      of[doc.parent(key)] = &entity;
    }
  } entities(p.doc());
  walkSchema(p.doc(), entities);
  std::set<const EntitySpec*> everySpec;
  collectSpecs(documentSpec(), everySpec);
  std::set<const EntitySpec*> seen;
  for (const auto& [mapping, spec] : entities.of) seen.insert(spec);
  REQUIRE(seen == everySpec);  // the document holds every entity of the table

  std::vector<KeyRead> keysRead;
  buildModel(p.doc(), &keysRead);
  std::map<const EntitySpec*, std::set<std::string_view>> read;
  for (const KeyRead& k : keysRead) {
    const auto it = entities.of.find(k.mapping);
    REQUIRE_MESSAGE(it != entities.of.end(), "the model read '" << k.key << "' in a mapping the schema does not walk");
    INFO("the model reads '" << k.key << "' of a " << it->second->kind);
    CHECK(it->second->field(k.key) != nullptr);
    read[it->second].insert(k.key);
  }
  // The format version is the schema's alone: the model has nothing to read from it.
  const std::set<std::string_view> notModelled = {"crmlint"};
  for (const EntitySpec* spec : everySpec) {
    for (const FieldSpec& f : spec->fields) {
      if (spec == &documentSpec() && notModelled.contains(f.key)) continue;
      INFO("the table's '" << f.key << "' of a " << spec->kind);
      CHECK(read[spec].contains(f.key));
    }
  }
}
