// Fixes attached to diagnostics, and applying the certain ones as --fix does.
#include "fix.h"

#include <algorithm>

#include "suggest.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

const Fix* onlyFix(const std::vector<Diagnostic>& d, std::string_view rule) {
  const auto found = ofRule(d, rule);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].fixes.size() == 1);
  static Fix fix;
  fix = found[0].fixes[0];
  return &fix;
}

constexpr std::string_view kGoal =
    "strategy:\n  name: Acme\ngoals:\n  - id: churn\n    title: Cut churn from 14% to 9% by 2027\n";

}  // namespace

TEST_CASE("certainMatch: only the one candidate at most one edit away") {
  const std::vector<std::string_view> keys{"title", "due", "owner", "outcome", "metric"};
  CHECK(certainMatch("titel", keys) == "title");  // two letters swapped
  CHECK(certainMatch("deu", keys) == "due");
  CHECK(certainMatch("Owner", keys) == "owner");  // letter case only
  CHECK_FALSE(certainMatch("tilte2", keys));      // two edits: a suggestion, not a certainty
  CHECK_FALSE(certainMatch("ow", keys));          // too short to be sure
  const std::vector<std::string_view> twins{"cart", "card"};
  CHECK_FALSE(certainMatch("carx", twins));  // two candidates one edit away
}

TEST_CASE("schema/unknown-key: a misspelt key carries a certain rename of exactly the key") {
  const std::string yaml = std::string(kGoal) + "    deu: 2027-06-30\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  const Fix* fix = onlyFix(d, "schema/unknown-key");
  CHECK(fix->certain);
  CHECK(fix->title == "rename 'deu' to 'due'");
  REQUIRE(fix->edits.size() == 1);
  CHECK(fix->edits[0].span.begin == Position{6, 5});
  CHECK(fix->edits[0].span.end == Position{6, 8});
  CHECK(fix->edits[0].oldText == "deu");
  CHECK(fix->edits[0].newText == "due");
}

TEST_CASE("schema/unknown-key: no fix that would duplicate a key, and a distant guess is not certain") {
  const std::string duplicate = std::string(kGoal) + "    titel: Cut churn again\n";
  const auto d1 = lint(duplicate);
  INFO(describe(d1));
  REQUIRE(ofRule(d1, "schema/unknown-key").size() == 1);
  CHECK(ofRule(d1, "schema/unknown-key")[0].fixes.empty());

  const std::string twoEdits = std::string(kGoal) + "    outcme: retention\n    ownr_: dana\n";
  const auto d2 = lint(twoEdits);
  INFO(describe(d2));
  for (const Diagnostic& x : ofRule(d2, "schema/unknown-key")) {
    if (x.message.find("outcme") != std::string::npos) {
      REQUIRE(x.fixes.size() == 1);
      CHECK(x.fixes[0].certain);
    } else {
      // 'ownr_' is two edits from 'owner': offered to an editor, never applied by --fix.
      REQUIRE(x.fixes.size() == 1);
      CHECK_FALSE(x.fixes[0].certain);
    }
  }
}

TEST_CASE("schema/unknown-ref and schema/type: misspelt ids and allowed words carry fixes") {
  const std::string yaml =
      "strategy:\n  name: Acme\n  owner: dnaa\nstakeholders:\n  - id: dana\n    name: Dana Ruiz\n"
      "goals:\n  - id: churn\n    title: Cut churn from 14% to 9% by 2027\n    outcome: retension\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  const Fix* ref = onlyFix(d, "schema/unknown-ref");
  CHECK(ref->certain);
  CHECK(ref->edits[0].newText == "dana");
  CHECK(ref->edits[0].span.begin == Position{3, 10});
  const auto type = ofRule(d, "schema/type");
  REQUIRE(type.size() == 1);
  CHECK(type[0].message.find("did you mean 'retention'?") != std::string::npos);
  REQUIRE(type[0].fixes.size() == 1);
  CHECK(type[0].fixes[0].certain);
  CHECK(type[0].fixes[0].edits[0].newText == "retention");
}

TEST_CASE("schema: a quoted value gets no fix, since its span holds the quotes") {
  const std::string yaml = std::string(kGoal) + "    outcome: \"retension\"\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  const auto type = ofRule(d, "schema/type");
  REQUIRE(type.size() == 1);
  CHECK(type[0].fixes.empty());
}

TEST_CASE("applyCertainFixes: edits only the fixed words and keeps every other byte") {
  const std::string yaml =
      "# a comment: deu\r\nstrategy:\r\n  name: Acme   # trailing\r\ngoals:\r\n  - id: churn\r\n"
      "    titel:   Cut churn from 14% to 9% by 2027\r\n    deu: 2027-06-30\r\n    ownr_: x\r\n";
  const auto d = lint(yaml);
  INFO(describe(d));
  const FixResult result = applyCertainFixes(yaml, d);
  CHECK(result.fixed.size() == 2);
  std::string expected = yaml;
  expected.replace(expected.find("titel"), 5, "title");
  expected.replace(expected.find("    deu") + 4, 3, "due");
  CHECK(result.text == expected);
  // A second pass has nothing certain left to do.
  const auto again = lint(result.text);
  CHECK(applyCertainFixes(result.text, again).fixed.empty());
}

TEST_CASE("applyCertainFixes: an edit whose text no longer matches is dropped") {
  const std::string yaml = std::string(kGoal) + "    deu: 2027-06-30\n";
  const auto d = lint(yaml);
  std::string edited = yaml;
  edited.replace(edited.find("deu"), 3, "dxu");
  const FixResult result = applyCertainFixes(edited, d);
  CHECK(result.fixed.empty());
  CHECK(result.text == edited);
}

TEST_CASE("byteOffset: columns count code points") {
  const std::string text = "a: \xC3\xA9\xF0\x9F\x99\x82x\n";  // a: é🙂x
  const LineIndex lines(text);
  CHECK(byteOffset(lines, {1, 4}) == 3u);
  CHECK(byteOffset(lines, {1, 5}) == 5u);
  CHECK(byteOffset(lines, {1, 6}) == 9u);
  CHECK_FALSE(byteOffset(lines, {1, 30}));
  CHECK_FALSE(byteOffset(lines, {9, 1}));
}

TEST_CASE("unifiedDiff: hunks with context that patch can apply") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += "line " + std::to_string(i) + "\n";
    after += (i == 2 || i == 18 ? "LINE " : "line ") + std::to_string(i) + "\n";
  }
  const std::string diff = unifiedDiff("plan.yaml", before, after);
  CHECK(diff ==
        "--- a/plan.yaml\n+++ b/plan.yaml\n"
        "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n"
        "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n line 19\n line 20\n");
  CHECK(unifiedDiff("plan.yaml", before, before).empty());
  CHECK(unifiedDiff("x", "a\nb", "a\nc") == "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}
