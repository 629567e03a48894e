// The catalogue of rules as a whole: ids are unique and name their file,
// every rule is documented, and every rule's own bad example fires it while
// its good example does not, so `crmlint explain` never shows an example
// that the check contradicts.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "pack/pack.h"
#include "rule.h"
#include "rule_examples.h"
#include "scalar.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

// rules/<category>/<name with dashes as underscores>.cpp; `syntax` is rules/syntax/syntax.cpp.
std::string expectedFile(std::string_view id) {
  std::string category(id.substr(0, id.find('/')));
  std::string name(id.find('/') == std::string_view::npos ? id : id.substr(id.find('/') + 1));
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  return "rules/" + category + "/" + name + ".cpp";
}

}  // namespace

TEST_CASE("rule catalogue: ids are unique, documented, and each lives in the file its id names") {
  std::set<std::string> seen;
  for (const auto& rule : Registry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (!meta.pack.empty()) continue;  // a pack file's rule, registered by another test
    INFO(meta.id);
    CHECK(seen.insert(meta.id).second);
    CHECK_FALSE(meta.summary.empty());
    CHECK_FALSE(meta.rationale.empty());
    CHECK_FALSE(meta.badExample.empty());
    CHECK_FALSE(meta.goodExample.empty());
    // A rule of a compiled-in pack lives in its category's pack file.
    if (dynamic_cast<const pack::PackRule*>(rule.get())) {
      const std::string packFile = "rules/" + std::string(meta.category()) + "/pack.yaml";
      CHECK(readProjectFile(packFile).find("\n  " + meta.id + ":\n") != std::string::npos);
    } else {
      CHECK(std::filesystem::is_regular_file(std::string(CRMLINT_SOURCE_DIR) + "/" + expectedFile(meta.id)));
    }
  }
}

TEST_CASE("rule catalogue: a rationale names its sources by title, and only those") {
  constexpr Source kAll[] = {Source::ReasonsStrategiesFail, Source::ThreeReasons, Source::ProjectsFail,
                             Source::BestPractices, Source::NotSoftware};
  for (const auto& rule : Registry::instance().rules()) {
    const RuleMeta& m = rule->meta();
    INFO(m.id);
    // "the article on ..." leaves a reader to guess which one.
    CHECK(m.rationale.find("article") == std::string::npos);
    for (const Source source : kAll) {
      const std::string cited = fmt::format("\"{}\"", sourceInfo(source).shortTitle);
      const bool listed = std::find(m.sources.begin(), m.sources.end(), source) != m.sources.end();
      INFO(cited);
      CHECK(listed == (m.rationale.find(cited) != std::string::npos));
    }
  }
}

TEST_CASE("rule catalogue: every rule's bad example fires it and its good example does not") {
  const Config config = Config::strict(Registry::instance());
  for (const auto& rule : Registry::instance().rules()) {
    const RuleMeta& meta = rule->meta();
    if (!meta.pack.empty()) continue;  // a pack file's rule: pack_test.cpp runs its examples
    INFO(meta.id);
    const ExampleCheck check = checkExamples(meta, config, Registry::instance());
    CHECK(check.error.empty());
    INFO("bad example: " << describe(check.bad));
    CHECK_FALSE(check.bad.empty());
    INFO("good example: " << describe(check.good));
    CHECK(check.good.empty());
  }
}
