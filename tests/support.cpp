#include "support.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <fstream>
#include <sstream>

namespace crmlint::test {

namespace {

class BuiltIn final : public Rule {
 public:
  explicit BuiltIn(const Rule& rule) : rule_(rule) {}
  const RuleMeta& meta() const override { return rule_.meta(); }
  void checkText(TextContext& ctx) const override { rule_.checkText(ctx); }
  void checkTree(TreeContext& ctx) const override { rule_.checkTree(ctx); }
  void check(const Strategy& strategy, RuleContext& ctx) const override { rule_.check(strategy, ctx); }
  void checkDirectives(DirectivesContext& ctx) const override { rule_.checkDirectives(ctx); }

 private:
  const Rule& rule_;
};

}  // namespace

std::unique_ptr<Rule> builtInRule(std::string_view id) {
  const Rule* rule = Registry::instance().find(id);
  REQUIRE(rule);
  return std::make_unique<BuiltIn>(*rule);
}

Config recommended() { return Config::recommended(Registry::instance()); }

std::vector<Diagnostic> lintWith(std::string_view yaml, const Config& config, const LintOptions& options) {
  return lintText("test.yaml", std::string(yaml), config, options).diagnostics;
}

std::vector<Diagnostic> lint(std::string_view yaml, const LintOptions& options) {
  return lintWith(yaml, recommended(), options);
}

std::vector<Diagnostic> ofRule(const std::vector<Diagnostic>& diagnostics, std::string_view rule) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == rule) out.push_back(d);
  }
  return out;
}

bool inCategory(const std::vector<Diagnostic>& diagnostics, std::string_view category) {
  for (const Diagnostic& d : diagnostics) {
    if (d.rule.starts_with(std::string(category) + "/")) return true;
  }
  return false;
}

bool fires(const std::vector<Diagnostic>& diagnostics, std::string_view rule, std::uint32_t line,
           std::uint32_t column) {
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == rule && d.span.begin.line == line && d.span.begin.column == column) return true;
  }
  return false;
}

void expectExactly(const std::vector<Diagnostic>& diagnostics, std::string_view rule, std::vector<At> expected) {
  std::vector<std::string> want, got;
  for (const At& at : expected) want.push_back(fmt::format("{}:{}", at.line, at.column));
  for (const Diagnostic& d : ofRule(diagnostics, rule)) {
    got.push_back(fmt::format("{}:{}", d.span.begin.line, d.span.begin.column));
  }
  std::string diff;
  for (const std::string& w : want) {
    if (std::find(got.begin(), got.end(), w) == got.end()) diff += fmt::format("  missing {}\n", w);
  }
  for (const std::string& g : got) {
    if (std::find(want.begin(), want.end(), g) == want.end()) diff += fmt::format("  extra   {}\n", g);
  }
  if (diff.empty() && got != want) diff = fmt::format("  order: got {}\n", fmt::join(got, ", "));
  INFO(rule << " at exactly " << fmt::format("{}", fmt::join(want, ", ")) << ":\n" << diff << describe(diagnostics));
  CHECK(diff.empty());
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out = fmt::format("{} diagnostics:\n", diagnostics.size());
  for (const Diagnostic& d : diagnostics) {
    out += fmt::format("  {}:{}: {} [{}] path={}\n", d.span.begin.line, d.span.begin.column, d.message, d.rule, d.path);
  }
  return out;
}

std::string readProjectFile(std::string_view relative) {
  std::ifstream in(fmt::format("{}/{}", CRMLINT_SOURCE_DIR, relative), std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace crmlint::test
