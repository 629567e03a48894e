#include <doctest/doctest.h>

#include <string>

#include "yaml_tree.h"

using namespace crmlint;

namespace {

struct Parsed {
  std::string text;
  LineIndex lines;
  ParseResult result;
  explicit Parsed(std::string t, ParseLimits limits = {}) : text(std::move(t)), lines(text), result(parseYaml(text, lines, limits)) {}
  const Document& doc() const { return result.document; }
};

Position at(std::uint32_t line, std::uint32_t column) { return {line, column}; }

}  // namespace

TEST_CASE("yaml tree: keys and values keep their spans, columns in characters") {
  Parsed p("goals:\n  - id: café\n    title: \"Cut churn\"  # note\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const NodeId goal = doc.items(doc.get(doc.root(), "goals"))[0];
  const Entry id = doc.find(goal, "id");
  CHECK(doc.node(id.key).span.begin == at(2, 5));
  CHECK(doc.node(id.value).span.begin == at(2, 9));
  CHECK(doc.node(id.value).span.end == at(2, 13));  // "café" is 4 characters, 5 bytes
  const Entry title = doc.find(goal, "title");
  CHECK(doc.node(title.value).quoted);
  CHECK(doc.node(title.value).value == "Cut churn");
  CHECK(doc.node(title.value).span.begin == at(3, 12));
  CHECK(doc.node(title.value).span.end == at(3, 23));  // the closing quote, not the comment
}

TEST_CASE("yaml tree: CRLF line ends keep positions right") {
  Parsed p("strategy:\r\n  name: Acme\r\n  vision: One record\r\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId vision = p.doc().get(p.doc().get(p.doc().root(), "strategy"), "vision");
  CHECK(p.doc().node(vision).span.begin == at(3, 11));
  CHECK(p.doc().node(vision).span.end == at(3, 21));
}

TEST_CASE("yaml tree: duplicate keys are kept, not merged") {
  Parsed p("a: 1\na: 2\n");
  REQUIRE_FALSE(p.result.error);
  const auto entries = p.doc().entries(p.doc().root());
  REQUIRE(entries.size() == 2);
  CHECK(p.doc().node(entries[1].key).span.begin == at(2, 1));
}

TEST_CASE("yaml tree: an alias refers to the anchored node instead of copying it") {
  Parsed p("base: &b {name: x}\nuse: [*b, *b]\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const NodeId base = doc.get(doc.root(), "base");
  const auto uses = doc.items(doc.get(doc.root(), "use"));
  REQUIRE(uses.size() == 2);
  CHECK(uses[0] == base);
  CHECK(uses[1] == base);
}

TEST_CASE("yaml tree: a billion-laughs document stays small") {
  std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c, ++prev) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) text += std::string(i ? ", *" : "*") + prev;
    text += "]\n";
  }
  Parsed p(text);
  REQUIRE_FALSE(p.result.error);
  // 9^10 strings if copied; references keep it to the nodes written.
  CHECK(p.doc().nodeCount() < 100);
}

TEST_CASE("yaml tree: an alias inside the node it names is refused") {
  Parsed p("a: &x [1, *x]\n");
  REQUIRE(p.result.error);
  CHECK(p.result.error->position == at(1, 11));
  CHECK(p.result.error->message.find("contains it") != std::string::npos);
}

TEST_CASE("yaml tree: nesting deeper than the limit is an error, not a stack overflow") {
  const std::string text = std::string(100000, '[') + std::string(100000, ']');
  Parsed p(text, ParseLimits{256});
  REQUIRE(p.result.error);
  CHECK(p.result.error->message.find("deeper than 256") != std::string::npos);
  CHECK(p.result.error->position == at(1, 257));
}

TEST_CASE("yaml tree: brackets in quotes and comments do not count as nesting") {
  const std::string brackets(300, '[');
  Parsed p("a: \"" + brackets + "\"\nb: '" + brackets + "'\n# " + brackets + "\nc: [[1]]\n");
  CHECK_FALSE(p.result.error);
  Parsed flow("a: [{b: " + brackets + "\n");
  REQUIRE(flow.result.error);
  CHECK(flow.result.error->position == at(1, 263));
}

TEST_CASE("yaml tree: a second document is reported where it starts") {
  Parsed p("strategy:\n  name: a\n---\nstrategy:\n  name: b\n");
  REQUIRE(p.result.error);
  CHECK(p.result.error->position.line == 3);
  CHECK(p.result.error->message.find("second YAML document") != std::string::npos);
}

TEST_CASE("yaml tree: broken YAML reports the parser's position") {
  Parsed p("strategy:\n  name: [a, b\n");
  REQUIRE(p.result.error);
  CHECK(p.result.error->position.line >= 2);
  CHECK(p.result.error->message.rfind("invalid YAML:", 0) == 0);
}

TEST_CASE("yaml tree: paths name list entries by id, else by index") {
  Parsed p("goals:\n  - id: churn\n    metric: {target: 9}\n  - title: no id\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const auto goals = doc.items(doc.get(doc.root(), "goals"));
  const NodeId target = doc.get(doc.get(goals[0], "metric"), "target");
  CHECK(doc.path(target) == "goals[churn].metric.target");
  CHECK(doc.path(doc.get(goals[1], "title")) == "goals[1].title");
}

TEST_CASE("yaml tree: an empty value is a null that points after its key") {
  Parsed p("strategy:\n  owner:\n  name: x\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId owner = p.doc().get(p.doc().get(p.doc().root(), "strategy"), "owner");
  CHECK(p.doc().isNull(owner));
  CHECK(p.doc().node(owner).empty);
  CHECK(p.doc().node(owner).span.begin == at(2, 9));
}

TEST_CASE("yaml tree: block scalars span their content lines") {
  Parsed p("strategy:\n  vision: >-\n    one record\n    one plan\n  name: x\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId vision = p.doc().get(p.doc().get(p.doc().root(), "strategy"), "vision");
  CHECK(p.doc().node(vision).span.begin == at(2, 11));
  CHECK(p.doc().node(vision).span.end == at(4, 13));
}

TEST_CASE("line index: long lines are counted in linear time and columns in code points") {
  std::string line(1000000, 'x');
  line += "é|";
  const LineIndex lines(line);
  CHECK(lines.position(1000000) == at(1, 1000001));
  CHECK(lines.position(1000002) == at(1, 1000002));  // after the 2-byte é
}
