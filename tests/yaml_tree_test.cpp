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

TEST_CASE("yaml tree: a flow collection is marked flow, a block one is not; an implicit null value is empty") {
  Parsed p("departments:\n  - {id: ops, name: Finance, Operations}\n  - id: sales\n    tags: [a, b]\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const NodeId list = doc.get(doc.root(), "departments");
  CHECK_FALSE(doc.flow(doc.root()));
  CHECK_FALSE(doc.flow(list));
  const NodeId ops = doc.items(list)[0];
  const NodeId sales = doc.items(list)[1];
  CHECK(doc.flow(ops));
  CHECK(doc.isMapping(ops));  // the flag leaves the kind alone
  CHECK_FALSE(doc.flow(sales));
  CHECK(doc.flow(doc.get(sales, "tags")));
  CHECK_FALSE(doc.flow(doc.get(ops, "id")));
  // "Operations" after the comma is a key of its own, with a value written as nothing.
  const Entry split = doc.find(ops, "Operations");
  REQUIRE(split.key != kNoNode);
  CHECK(doc.isNull(split.value));
  CHECK(doc.node(split.value).empty);
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

TEST_CASE("yaml tree: nesting in a later document is limited too") {
  Parsed p("strategy:\n  name: Litware\n---\n" + std::string(100000, '['));
  REQUIRE(p.result.error);
  CHECK(p.result.error->message.find("deeper than 256") != std::string::npos);
  CHECK(p.result.error->position == at(4, 257));
}

TEST_CASE("yaml tree: text the nesting scan misreads is judged by the parser, not refused") {
  // The scan ends the quoted text at the first quote of the doubled '' and
  // counts the brackets after it; libfyaml reads them as the text they are.
  const std::string brackets(300, '[');
  Parsed p("strategy:\n  vision: 'what our customers'' " + brackets + "'\n  name: Litware\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId strategy = p.doc().get(p.doc().root(), "strategy");
  CHECK(p.doc().text(p.doc().get(strategy, "vision")) == "what our customers' " + brackets);
  CHECK(p.doc().text(p.doc().get(strategy, "name")) == "Litware");
}

TEST_CASE("yaml tree: brackets in quotes and comments do not count as nesting") {
  const std::string brackets(300, '[');
  Parsed p("a: \"" + brackets + "\"\nb: '" + brackets + "'\n# " + brackets + "\nc: [[1]]\n");
  CHECK_FALSE(p.result.error);
  Parsed flow("a: [{b: " + brackets + "\n");
  REQUIRE(flow.result.error);
  // The 257th level: the top mapping, '[', '{' and 254 of the brackets.
  CHECK(flow.result.error->position == at(1, 262));
}

TEST_CASE("yaml tree: a quote in a directive line does not hide nesting below it") {
  // Read as text, the directive's quote would run to the end of the file and
  // leave the brackets to libfyaml, which holds a token for each.
  Parsed p("%FOO x: \"abc\n" + std::string(100000, '['));
  REQUIRE(p.result.error);
  CHECK(p.result.error->message.find("deeper than 256") != std::string::npos);
  CHECK(p.result.error->position == at(2, 257));
}

TEST_CASE("yaml tree: the lines of a block scalar are text, not nesting") {
  const std::string brackets(300, '[');
  Parsed p("strategy:\n  vision: |\n    " + brackets + "\n\n    " + brackets + "\n  name: Litware\n");
  REQUIRE_FALSE(p.result.error);
  CHECK(p.doc().node(p.doc().get(p.doc().get(p.doc().root(), "strategy"), "name")).value == "Litware");
  // ... and a quote in them does not hide the nesting after the scalar ends.
  Parsed after("notes: >\n  \"Voice of the customer\nchannels: " + std::string(100000, '[') + "\n");
  REQUIRE(after.result.error);
  CHECK(after.result.error->message.find("deeper than 256") != std::string::npos);
  CHECK(after.result.error->position == at(3, 266));  // the top mapping is a level too
}

TEST_CASE("yaml tree: plain text that runs on over the next lines is text, not nesting") {
  const std::string brackets(300, '[');
  Parsed p("strategy:\n  vision: One view of\n    " + brackets + "\n\n    each customer\n  name: Litware\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId strategy = p.doc().get(p.doc().root(), "strategy");
  CHECK(p.doc().node(p.doc().get(strategy, "vision")).value == "One view of " + brackets + "\neach customer");
  // A line no deeper than the text's own is not part of it.
  Parsed flow("strategy:\n  vision: One view\n  channels: " + brackets + "\n");
  REQUIRE(flow.result.error);
  CHECK(flow.result.error->position == at(3, 267));  // two mappings, then 255 brackets
}

TEST_CASE("yaml tree: the error that stopped the parser is reported, not an earlier warning") {
  // libfyaml only warns about an unknown directive and reads on.
  Parsed p("%FOO bar\n---\nstrategy:\n  name: \"Litware\n");
  REQUIRE(p.result.error);
  CHECK(p.result.error->position == at(4, 9));
  CHECK(p.result.error->message == "this quoted text is never closed; it starts at 4:9");
  Parsed valid("%FOO bar\n---\nstrategy:\n  name: Litware\n");
  CHECK_FALSE(valid.result.error);
}

TEST_CASE("yaml tree: a valid second document is read for syntax, and where it starts is kept") {
  Parsed p("strategy:\n  name: a\n---\nstrategy:\n  name: b\n");
  REQUIRE_FALSE(p.result.error);
  REQUIRE(p.result.secondDocument);
  CHECK(*p.result.secondDocument == at(3, 1));
  CHECK(p.doc().node(p.doc().get(p.doc().get(p.doc().root(), "strategy"), "name")).value == "a");
  Parsed broken("strategy:\n  name: a\n---\nstrategy: [b\n");
  REQUIRE(broken.result.error);
  CHECK(broken.result.error->position == at(4, 11));
}

TEST_CASE("yaml tree: broken YAML is explained in plain words where it can be fixed") {
  Parsed list("strategy:\n  name: [a, b\n");
  REQUIRE(list.result.error);
  CHECK(list.result.error->position == at(2, 9));
  CHECK(list.result.error->message == "the list that opens with '[' at 2:9 is never closed");
  CHECK(list.result.error->help == "add the closing ']' where it ends");

  Parsed tab("strategy:\n\tname: a\n");
  REQUIRE(tab.result.error);
  CHECK(tab.result.error->position == at(2, 1));
  CHECK(tab.result.error->message == "a tab is not allowed for indentation; YAML indents with spaces");

  Parsed quote("strategy:\n  name: Litware plan\n  vision: \"One view of the customer\n  owner: amy\n");
  REQUIRE(quote.result.error);
  CHECK(quote.result.error->position == at(3, 11));
  CHECK(quote.result.error->message == "this quoted text is never closed; it starts at 3:11");
}

TEST_CASE("yaml tree: a block of text not indented under its key is refused, not swallowed") {
  // libfyaml would read `owner: amy` as the vision's text.
  Parsed p("strategy:\n  vision: >\n  owner: amy\n");
  REQUIRE(p.result.error);
  CHECK(p.result.error->position == at(2, 11));
  Parsed indented("strategy:\n  vision: >\n    One view\n  owner: amy\n");
  REQUIRE_FALSE(indented.result.error);
  const NodeId strategy = indented.doc().get(indented.doc().root(), "strategy");
  CHECK(indented.doc().text(indented.doc().get(strategy, "vision")) == "One view\n");
  CHECK(indented.doc().text(indented.doc().get(strategy, "owner")) == "amy");
}

TEST_CASE("yaml tree: an alias in a list is the node it names, and where it is written is kept") {
  Parsed p("goals:\n  - &g {id: churn}\n  - *g\n");
  REQUIRE_FALSE(p.result.error);
  const NodeId goals = p.doc().get(p.doc().root(), "goals");
  REQUIRE(p.doc().items(goals).size() == 2);
  CHECK(p.doc().items(goals)[1] == p.doc().items(goals)[0]);
  CHECK_FALSE(p.doc().aliasSpan(goals, 0));
  REQUIRE(p.doc().aliasSpan(goals, 1));
  CHECK(p.doc().aliasSpan(goals, 1)->begin == at(3, 5));
  CHECK(p.doc().aliasSpan(goals, 1)->end == at(3, 7));
}

TEST_CASE("yaml tree: escaped and folded text is unescaped; plain text is a view of the source") {
  Parsed p("a: \"tab\\there\"\nb: 'it''s'\nc: plain words\nd: folded\n  across lines\ne: |\n  kept\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  CHECK(doc.text(doc.get(doc.root(), "a")) == "tab\there");
  CHECK(doc.text(doc.get(doc.root(), "b")) == "it's");
  CHECK(doc.text(doc.get(doc.root(), "c")) == "plain words");
  CHECK(doc.text(doc.get(doc.root(), "c")).data() == p.text.data() + p.text.find("plain words"));
  CHECK(doc.text(doc.get(doc.root(), "d")) == "folded across lines");
  CHECK(doc.text(doc.get(doc.root(), "e")) == "kept\n");
  CHECK(doc.node(doc.get(doc.root(), "e")).span.begin == at(6, 4));
  CHECK(doc.node(doc.get(doc.root(), "e")).span.end == at(7, 7));
}

TEST_CASE("yaml tree: quoted and tagged text read from the source is its text, without the quote marks") {
  Parsed p("a: 'single'\nb: \"double\"\nc: !!str 42\nd: \"\"\ne: ''\nf: \"esc\\n\"\ng: {}\nh: []\ni: [x, 'y']\n");
  REQUIRE_FALSE(p.result.error);
  const Document& doc = p.doc();
  const auto value = [&](const char* key) { return doc.get(doc.root(), key); };
  CHECK(doc.text(value("a")) == "single");
  CHECK(doc.text(value("a")).data() == p.text.data() + p.text.find("single"));
  CHECK(doc.node(value("a")).span.begin == at(1, 4));
  CHECK(doc.node(value("a")).span.end == at(1, 12));
  CHECK(doc.text(value("b")) == "double");
  CHECK(doc.text(value("c")) == "42");
  CHECK(doc.quoted(value("c")));
  CHECK(doc.text(value("d")).empty());
  CHECK(doc.isScalar(value("d")));
  CHECK(doc.text(value("e")).empty());
  CHECK(doc.text(value("f")) == "esc\n");
  CHECK(doc.entries(value("g")).empty());
  CHECK(doc.items(value("h")).empty());
  REQUIRE(doc.items(value("i")).size() == 2);
  CHECK(doc.text(doc.items(value("i"))[1]) == "y");
  CHECK(doc.entries(doc.root()).size() == 9);
  CHECK(doc.keyText(doc.entries(doc.root())[8].key) == "i");
}

TEST_CASE("yaml tree: common mistakes get a message in plain words at their place") {
  struct Case {
    std::string text;
    Position position;
    std::string message;
  };
  const Case cases[] = {
      {"strategy:\n  channels: [email, , phone]\n", at(2, 21),
       "this list has an empty entry: a comma with no entry before it"},
      {"strategy:\n  vision: > One view of\n    each customer\n", at(2, 13),
       "the text of a block that starts with '|' or '>' goes on the lines below it, not after it"},
      {"strategy:\n  vision: \"Our customers\\' view\"\n", at(2, 25),
       "the escape \\' is not one that double-quoted text allows"},
      {"strategy:\n  vision: \"Un caf\\\u00e9\"\n", at(2, 18),
       "the escape \\\u00e9 is not one that double-quoted text allows"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Parsed p(c.text);
    REQUIRE(p.result.error);
    CHECK(p.result.error->message == c.message);
    CHECK(p.result.error->position == c.position);
  }
}

TEST_CASE("yaml tree: a %YAML directive with a version number too long for the parser is refused") {
  Parsed tooLong("%YAML 1.2555555555555\n---\nstrategy:\n  name: Acme\n");
  REQUIRE(tooLong.result.error);
  CHECK(tooLong.result.error->position == at(1, 9));
  CHECK(tooLong.result.error->message == "this %YAML directive's version number is far too long");
  Parsed major("%YAML 12345678901.2\n---\na: 1\n");
  REQUIRE(major.result.error);
  CHECK(major.result.error->position == at(1, 7));
  // A directive is a line's first word; a version in text is only text.
  CHECK_FALSE(Parsed("%YAML 1.2\n---\na: 1\n").result.error);
  CHECK_FALSE(Parsed("a: see %YAML 1.2555555555555\n").result.error);
}

TEST_CASE("yaml tree: CR-only line ends, as YAML 1.2 allows, are read") {
  Parsed p("strategy:\r  name: Acme\r  vision: One record\r");
  REQUIRE_FALSE(p.result.error);
  const NodeId vision = p.doc().get(p.doc().get(p.doc().root(), "strategy"), "vision");
  CHECK(p.doc().text(vision) == "One record");
  CHECK(p.doc().node(vision).span.begin == at(3, 11));
}

TEST_CASE("yaml tree: brackets inside plain text in block context are not nesting") {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "x[";
  Parsed p("a: " + deep + "\n");
  REQUIRE_FALSE(p.result.error);
  CHECK(p.doc().text(p.doc().get(p.doc().root(), "a")) == deep);
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
