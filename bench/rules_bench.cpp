// Times loading a strategy (read + parseYaml + buildModel) apart from running
// the rules on it as a lint does (the schema rules sharing one walk), and
// each rule alone, so a slow rule shows up by name. Given a second file about twice the size of the first, it also
// reports how each part scales: a rule that is worse than O(n log n) costs
// far more than twice as much on the double file.
//
//   rules_bench [--runs N] FILE [DOUBLE_FILE]
//
// Prints markdown. Lines starting with "summary:" are for bench/run.sh.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "config.h"
#include "ignore_events.h"
#include "linter.h"
#include "model.h"
#include "rule.h"
#include "schema.h"
#include "yaml_tree.h"

namespace {

using crmlint::Registry;
using Clock = std::chrono::steady_clock;

// The targets of issue 3 ("Scale").
constexpr double kMaxRulesOverLoad = 0.25;
constexpr double kMaxScaling = 2.2;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// The medians of one file's runs.
struct FileTimes {
  std::string path;
  std::size_t bytes = 0;
  std::size_t goals = 0;
  std::size_t milestones = 0;
  std::size_t stakeholders = 0;
  double loadMs = 0;
  double yamlOnlyMs = 0;  // libfyaml's events alone on the same text: the floor under load
  double rulesMs = 0;
  std::vector<double> ruleMs;           // per registered rule, in registry order
  std::vector<std::size_t> ruleFindings;  // per registered rule, from the last run

  double totalMs() const { return loadMs + rulesMs; }
};

FileTimes measure(const std::string& path, int runs, const crmlint::Config& config) {
  const auto& rules = Registry::instance().rules();
  FileTimes result;
  result.path = path;
  std::vector<double> load, yamlOnly, total;
  std::vector<std::vector<double>> perRule(rules.size());
  result.ruleFindings.assign(rules.size(), 0);

  for (int run = 0; run < runs; ++run) {
    const Clock::time_point loadStart = Clock::now();
    const std::string text = readFile(path);
    const crmlint::LineIndex lines(text);
    crmlint::ParseResult parsed = crmlint::parseYaml(text, lines);
    if (parsed.error) {
      throw std::runtime_error(fmt::format("{}:{}:{}: {}", path, parsed.error->position.line,
                                           parsed.error->position.column, parsed.error->message));
    }
    const crmlint::Strategy model = crmlint::buildModel(parsed.document);
    load.push_back(millisecondsSince(loadStart));

    const Clock::time_point yamlStart = Clock::now();
    parseIgnoringEvents(text.data(), text.size());
    yamlOnly.push_back(millisecondsSince(yamlStart));

    // Each rule alone: a schema rule with a walk of its own.
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const crmlint::RuleMeta& meta = rules[i]->meta();
      const crmlint::RuleSetting& setting = config.setting(meta.id);
      std::vector<crmlint::Diagnostic> findings;
      crmlint::DiagnosticSink sink(path, config, findings);
      crmlint::RuleContext ctx(parsed.document, meta, setting.options, std::nullopt, sink);
      const Clock::time_point ruleStart = Clock::now();
      if (meta.phase == crmlint::RulePhase::Schema) {
        if (auto visitor = rules[i]->schemaVisitor(ctx)) crmlint::walkSchema(parsed.document, *visitor);
      } else {
        rules[i]->check(model, ctx);
      }
      perRule[i].push_back(millisecondsSince(ruleStart));
      result.ruleFindings[i] = findings.size();
    }
    // All of them as a lint runs them: the schema rules share one walk.
    std::vector<crmlint::Diagnostic> findings;
    crmlint::DiagnosticSink sink(path, config, findings);
    const Clock::time_point rulesStart = Clock::now();
    crmlint::checkStrategy(parsed.document, model, config, std::nullopt, Registry::instance(), path, sink);
    total.push_back(millisecondsSince(rulesStart));

    result.bytes = text.size();
    result.goals = model.goals.size();
    result.milestones = model.milestones.size();
    result.stakeholders = model.stakeholders.size();
  }
  result.loadMs = median(load);
  result.yamlOnlyMs = median(yamlOnly);
  result.rulesMs = median(total);
  for (const auto& times : perRule) result.ruleMs.push_back(median(times));
  return result;
}

const char* verdict(bool met) { return met ? "met" : "NOT met"; }

void printFile(const FileTimes& t, int runs) {
  fmt::print("### {}\n\n", t.path);
  fmt::print("{:.2f} MB; {} goals, {} milestones, {} stakeholders; medians of {} runs.\n\n", t.bytes / 1e6, t.goals,
             t.milestones, t.stakeholders, runs);
  fmt::print("| part | median |\n| --- | ---: |\n");
  fmt::print("| load (read + parseYaml + buildModel) | {:.1f} ms |\n", t.loadMs);
  fmt::print("| libfyaml's events alone, same text (the floor under load) | {:.1f} ms |\n", t.yamlOnlyMs);
  fmt::print("| rules (as a lint runs them, with the recommended config) | {:.1f} ms |\n", t.rulesMs);
  const double ratio = t.rulesMs / t.loadMs;
  fmt::print("| rules / load | {:.3f} (target < {}: {}) |\n\n", ratio, kMaxRulesOverLoad,
             verdict(ratio < kMaxRulesOverLoad));
}

void printRuleTable(const FileTimes& t, const FileTimes* doubled) {
  const auto& rules = Registry::instance().rules();
  std::vector<std::size_t> order(rules.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return t.ruleMs[a] > t.ruleMs[b]; });

  fmt::print("Per rule, slowest first (share = the rule's time over the load time of {}):\n\n", t.path);
  if (doubled) {
    fmt::print("| rule | median | share of load | findings | 2x file | 2x / 1x |\n");
    fmt::print("| --- | ---: | ---: | ---: | ---: | ---: |\n");
  } else {
    fmt::print("| rule | median | share of load | findings |\n| --- | ---: | ---: | ---: |\n");
  }
  for (const std::size_t i : order) {
    fmt::print("| {} | {:.3f} ms | {:.1f}% | {} |", rules[i]->meta().id, t.ruleMs[i], 100 * t.ruleMs[i] / t.loadMs,
               t.ruleFindings[i]);
    if (doubled) {
      // Below a tenth of a millisecond the ratio is noise.
      const std::string scaling =
          t.ruleMs[i] < 0.1 ? std::string("-") : fmt::format("{:.2f}", doubled->ruleMs[i] / t.ruleMs[i]);
      fmt::print(" {:.3f} ms | {} |", doubled->ruleMs[i], scaling);
    }
    fmt::print("\n");
  }
  fmt::print("\n");
}

int run(int argc, char** argv) {
  int runs = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg.starts_with("-")) {
      throw std::invalid_argument("unknown option " + arg);
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty() || files.size() > 2) throw std::invalid_argument("usage: rules_bench [--runs N] FILE [DOUBLE_FILE]");

  const crmlint::Config config = crmlint::Config::recommended(Registry::instance());
  const FileTimes base = measure(files[0], runs, config);
  std::optional<FileTimes> doubled;
  if (files.size() == 2) doubled = measure(files[1], runs, config);

  fmt::print("## Rules vs load\n\n");
  printFile(base, runs);
  if (doubled) printFile(*doubled, runs);
  printRuleTable(base, doubled ? &*doubled : nullptr);
  fmt::print("summary: rules_over_load={:.4f} load_ms={:.2f} rules_ms={:.2f}\n", base.rulesMs / base.loadMs,
             base.loadMs, base.rulesMs);

  if (doubled) {
    const double goals = double(doubled->goals) / double(base.goals);
    const double scaling = doubled->totalMs() / base.totalMs();
    fmt::print("\nScaling: the second file has {:.2f}x the goals; load + rules took {:.2f}x the time "
               "(load {:.2f}x, rules {:.2f}x; target <= {}: {}).\n\n",
               goals, scaling, doubled->loadMs / base.loadMs, doubled->rulesMs / base.rulesMs, kMaxScaling,
               verdict(scaling <= kMaxScaling));
    fmt::print("summary: scaling={:.4f} rules_scaling={:.4f} goals_ratio={:.4f}\n", scaling,
               doubled->rulesMs / base.rulesMs, goals);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(stderr, "rules_bench: {}\n", e.what());
    return 2;
  }
}
