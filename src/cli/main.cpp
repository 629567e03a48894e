// crmlint's command line: wires inputs, config, linter and reporters together.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include "baseline.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "config_file.h"
#include "json_schema.h"
#include "linter.h"
#include "reporters/reporter.h"
#include "suggest.h"
#include "version.h"

namespace crmlint {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitFailure = 2;

struct LintArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string failOn = "warning";
  std::string today;
  std::string stdinFilename = "<stdin>";
  unsigned jobs = 0;
  std::string color = "auto";
  bool quiet = false;
  bool statistics = false;
  std::string maxFileSize = "64MiB";
  std::string config;
  bool noConfig = false;
  std::string baseline;
  std::string writeBaseline;
  // For hooks and editors, which name every file: treat named files like
  // files found in a directory.
  bool forceExclude = false;
  bool skipNonStrategies = false;
};

// Usage errors: reported as "crmlint: message" with status 2.
struct UsageError {
  std::string message;
};

void failUsage(std::string message) { throw UsageError{std::move(message)}; }

std::string unknownRuleMessage(const Registry& registry, std::string_view selector, std::string_view option) {
  std::vector<std::string> names;
  for (const auto& rule : registry.rules()) {
    names.push_back(rule->meta().id);
    names.emplace_back(rule->meta().category());
  }
  return fmt::format("{}: no rule or category is called '{}'{} (crmlint rules lists them)", option, selector,
                     didYouMean(closestMatch(selector, names)));
}

RuleSelection ruleSelection(const Registry& registry, const LintArgs& args) {
  RuleSelection selection;
  auto expand = [&](const std::string& selector, std::string_view option) {
    auto ids = expandRuleSelector(registry, selector);
    if (ids.empty()) failUsage(unknownRuleMessage(registry, selector, option));
    return ids;
  };
  if (!args.select.empty()) {
    selection.only.emplace();
    for (const std::string& selector : args.select) {
      for (std::string& id : expand(selector, "--select")) selection.only->insert(std::move(id));
    }
  }
  for (const std::string& selector : args.ignore) {
    for (std::string& id : expand(selector, "--ignore")) {
      if (isAlwaysOn(id)) {
        failUsage(fmt::format("--ignore: '{}' cannot be switched off: syntax and schema rules always run, because "
                              "no other check is reliable on a file that breaks the format",
                              selector));
      }
      selection.ignored.insert(std::move(id));
    }
  }
  return selection;
}

// --config FILE or --no-config give every file one config; otherwise each
// file gets the .crmlint.yaml nearest to it. --select and --ignore apply on top.
ConfigResolver configResolver(const Registry& registry, const LintArgs& args) {
  const RuleSelection selection = ruleSelection(registry, args);
  if (args.noConfig) return ConfigResolver::fixed(Config::recommended(registry), selection);
  if (!args.config.empty()) return ConfigResolver::fixed(loadConfig(args.config, registry), selection);
  return ConfigResolver::discovering(registry, selection);
}

std::optional<Severity> failThreshold(const std::string& failOn) {
  if (failOn == "never") return std::nullopt;
  if (auto s = severityFrom(failOn)) return s;
  failUsage(fmt::format("--fail-on: '{}' is not one of: error, warning, info, never", failOn));
  return std::nullopt;
}

bool useColor(const std::string& mode, bool toFile) {
  if (mode == "always") return true;
  if (mode == "never" || toFile) return false;
  const char* noColor = std::getenv("NO_COLOR");
  if (noColor && *noColor) return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

// Writes the whole report to a temporary file beside `path`, then renames it
// into place, so a reader never sees half a report.
void writeAtomically(const std::string& path, const std::string& content, std::string_view option) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / (".crmlint-" + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) failUsage(fmt::format("{}: cannot write '{}': {}", option, path, std::strerror(errno)));
  const bool written = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  const bool closed = ::close(fd) == 0;
  std::error_code ec;
  if (!written || !closed) {
    fs::remove(pattern, ec);
    failUsage(fmt::format("{}: cannot write '{}': {}", option, path, std::strerror(errno)));
  }
  fs::permissions(pattern, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
  fs::rename(pattern, target, ec);
  if (ec) {
    fs::remove(pattern, ec);
    failUsage(fmt::format("{}: cannot write '{}': {}", option, path, ec.message()));
  }
}

// Lints the targets on `jobs` threads, each with its own config; results keep
// the targets' order, so the output is the same whatever the number of jobs.
std::vector<FileReport> lintAll(const std::vector<Target>& targets, const std::vector<const Config*>& configs,
                                const LintOptions& base, bool skipNamedNonStrategies,
                                std::uint64_t maxBytes, const std::string& stdinName, unsigned jobs,
                                std::vector<InputError>& errors) {
  std::vector<FileReport> reports(targets.size());
  std::vector<std::optional<InputError>> failures(targets.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < targets.size(); i = next++) {
      const Target& t = targets[i];
      const std::string name = t.path == "-" ? stdinName : t.path;
      ReadResult read = readInput(t.path, maxBytes);
      if (!read.text) {
        failures[i] = InputError{name, read.error};
        reports[i].path = name;
        reports[i].skipped = true;
        continue;
      }
      LintOptions options = base;
      options.skipNonStrategies = t.foundByWalk || skipNamedNonStrategies;
      reports[i] = lintText(name, std::move(*read.text), *configs[i], options);
    }
  };
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(targets.size())));
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs; ++j) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (auto& f : failures) {
    if (f) errors.push_back(std::move(*f));
  }
  return reports;
}

void printStatistics(std::ostream& out, const std::vector<FileReport>& reports) {
  std::map<std::string, std::size_t> counts;
  for (const FileReport& f : reports) {
    for (const Diagnostic& d : f.diagnostics) ++counts[d.rule];
  }
  std::vector<std::pair<std::string, std::size_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [rule, count] : rows) out << fmt::format("{:>6}  {}\n", count, rule);
}

// Records the run's diagnostics in args.writeBaseline. A run that could not
// read every input records nothing: the baseline would miss its findings.
int writeBaselineFile(const LintArgs& args, const std::vector<FileReport>& reports, const Targets& targets) {
  for (const InputError& e : targets.errors) {
    std::cerr << fmt::format("crmlint: {}: {}\n", escapeControl(e.path), e.message);
  }
  if (!targets.errors.empty()) {
    std::cerr << fmt::format("crmlint: --write-baseline: '{}' not written, because not every input could be linted\n",
                             args.writeBaseline);
    return kExitFailure;
  }
  const Baseline baseline = makeBaseline(reports);
  std::ostringstream json;
  writeBaselineJson(json, baseline);
  writeAtomically(args.writeBaseline, json.str(), "--write-baseline");
  std::cerr << fmt::format("crmlint: recorded {} diagnostics ({} distinct) in {}\n", diagnosticCount(baseline),
                           baseline.entries.size(), args.writeBaseline);
  return kExitClean;
}

int runLint(const LintArgs& args) {
  const Registry& registry = Registry::instance();
  ConfigResolver configs = configResolver(registry, args);
  const std::optional<Severity> threshold = failThreshold(args.failOn);
  LintOptions options;
  if (!args.today.empty()) {
    std::string why;
    options.today = parseDate(args.today, &why);
    if (!options.today) failUsage(fmt::format("--today: '{}' is not a date: {}", args.today, why));
  }
  const auto maxBytes = parseByteSize(args.maxFileSize);
  if (!maxBytes) failUsage(fmt::format("--max-file-size: '{}' is not a size such as 64MiB", args.maxFileSize));
  const ReporterOptions reporterOptions{.color = useColor(args.color, !args.output.empty()), .today = options.today};
  const auto reporter = makeReporter(args.format, reporterOptions, registry);
  if (!reporter) {
    failUsage(fmt::format("--format: '{}' is not one of: {}{}", args.format, fmt::join(reporterFormats(), ", "),
                          didYouMean(closestMatch(args.format, reporterFormats()))));
  }
  if (std::count(args.paths.begin(), args.paths.end(), "-") > 1) failUsage("'-' (standard input) can be named once");

  const std::optional<Baseline> baseline =
      args.baseline.empty() ? std::nullopt : std::optional<Baseline>(readBaseline(args.baseline));

  // A path in a walked directory is excluded by the config of the directory
  // it sits in.
  const ExcludeFilter excluded = [&](const std::filesystem::path& path, bool isDirectory) {
    return isExcluded(configs.forDirectory(normalPath(path).parent_path()), path, isDirectory);
  };
  Targets targets = collectTargets(args.paths.empty() ? std::vector<std::string>{"."} : args.paths, excluded);
  if (args.forceExclude) {
    std::erase_if(targets.files, [&](const Target& t) { return !t.foundByWalk && t.path != "-" && excluded(t.path, false); });
  }
  // Configs are resolved here, on one thread; linting only reads them.
  std::vector<const Config*> fileConfigs;
  for (const Target& t : targets.files) {
    const bool namedStdin = t.path == "-" && args.stdinFilename != "<stdin>";
    fileConfigs.push_back(t.path != "-" ? &configs.forFile(t.path)
                          : namedStdin  ? &configs.forFile(args.stdinFilename)
                                        : &configs.forDirectory("."));
  }
  const unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<FileReport> reports =
      lintAll(targets.files, fileConfigs, options, args.skipNonStrategies, *maxBytes, args.stdinFilename, jobs,
              targets.errors);
  if (!args.writeBaseline.empty()) return writeBaselineFile(args, reports, targets);
  if (baseline) removeBaselined(reports, *baseline);

  if (args.quiet) {
    for (FileReport& f : reports) {
      std::erase_if(f.diagnostics, [](const Diagnostic& d) { return d.severity != Severity::Error; });
    }
  }
  const Summary summary = summarize(reports);
  // A hook that was handed only other YAML files has nothing to do: that is not a failure.
  const bool filesMayBeLeftOut = args.forceExclude || args.skipNonStrategies;
  if (summary.files == 0 && targets.errors.empty() && !filesMayBeLeftOut) {
    targets.errors.push_back({args.paths.empty() ? "." : fmt::format("{}", fmt::join(args.paths, ", ")),
                              "no strategy files found (YAML files with a top-level 'strategy' key)"});
  }

  std::ostringstream rendered;
  reporter->write(rendered, reports);
  const bool human = args.format == "text" || args.format == "compact";
  if (args.statistics) printStatistics(human ? rendered : std::cerr, reports);
  if (args.output.empty()) {
    std::cout << rendered.str() << std::flush;
  } else {
    writeAtomically(args.output, rendered.str(), "-o");
  }
  for (const InputError& e : targets.errors) {
    std::cerr << fmt::format("crmlint: {}: {}\n", escapeControl(e.path), e.message);
  }
  if (!targets.errors.empty()) return kExitFailure;
  if (!threshold) return kExitClean;
  for (const FileReport& f : reports) {
    for (const Diagnostic& d : f.diagnostics) {
      if (d.severity >= *threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

int run(int argc, char** argv) {
  CLI::App app{"crmlint: a linter for CRM strategies written as YAML.", "crmlint"};
  app.set_version_flag("--version", fmt::format("crmlint {}", kVersion));
  app.footer(
      "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run failed.\n"
      "Commands: rules, explain RULE, init [FILE], schema. See crmlint(1).");
  LintArgs args;
  app.add_option("paths", args.paths, "Files, directories, or - for standard input (default: .)");
  app.add_option("-f,--format", args.format, "Output format: text, compact, json, sarif, junit, github, gitlab, html");
  app.add_option("-o,--output", args.output, "Write the report to FILE (whole, then renamed into place)");
  app.add_option("--select", args.select, "Run only these rules or categories (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", args.ignore, "Do not run these rules or categories (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--fail-on", args.failOn, "Least severity that makes the exit status 1: error, warning, info, never");
  app.add_option("--today", args.today, "The day for time-aware rules (YYYY-MM-DD); without it no rule reads the clock");
  app.add_option("--stdin-filename", args.stdinFilename, "The name to report for -");
  app.add_option("-j,--jobs", args.jobs, "Files linted in parallel (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--color", args.color, "Colour: auto, always, never")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", args.quiet, "Report errors only");
  app.add_flag("--statistics", args.statistics, "After the report, print a count per rule");
  app.add_option("--max-file-size", args.maxFileSize, "Refuse files larger than this (default 64MiB)");
  auto* configOption = app.add_option("-c,--config", args.config,
                                      "Use this config file instead of the .crmlint.yaml nearest to each file");
  app.add_flag("--no-config", args.noConfig, "Use no config file: the built-in recommended settings")
      ->excludes(configOption);
  app.add_option("--baseline", args.baseline, "Report only diagnostics not recorded in this baseline file");
  app.add_option("--write-baseline", args.writeBaseline,
                 "Record the current diagnostics in this file and exit 0");
  app.add_flag("--force-exclude", args.forceExclude,
               "Apply the config's exclude globs to files named on the command line too (for hooks)");
  app.add_flag("--skip-non-strategies", args.skipNonStrategies,
               "Skip named YAML files that have no top-level 'strategy' key, as a directory walk does (for hooks)");

  auto* rulesCmd = app.add_subcommand("rules", "List every rule: id, category, severity, enabled, summary");
  std::string rulesFormat = "text";
  rulesCmd->add_option("-f,--format", rulesFormat, "text or json")->check(CLI::IsMember({"text", "json"}));
  // The settings that change what `rules` shows, accepted after it as well as before.
  auto* rulesConfig = rulesCmd->add_option("-c,--config", args.config, "Show the rules under this config file");
  rulesCmd->add_flag("--no-config", args.noConfig, "Show the built-in settings")->excludes(rulesConfig);
  rulesCmd->add_option("--select", args.select, "As for linting")->delimiter(',')->allow_extra_args(false);
  rulesCmd->add_option("--ignore", args.ignore, "As for linting")->delimiter(',')->allow_extra_args(false);
  auto* explainCmd = app.add_subcommand("explain", "Print a rule's full documentation");
  std::string ruleId;
  explainCmd->add_option("rule", ruleId, "The rule id, such as smart/specific, or a category, such as smart")->required();
  auto* initCmd = app.add_subcommand("init", "Write an annotated starter strategy that lints clean");
  std::string initFile;
  bool initForce = false;
  initCmd->add_option("file", initFile, "Write it to FILE instead of standard output");
  initCmd->add_flag("--force", initForce, "Overwrite FILE if it exists");
  auto* schemaCmd = app.add_subcommand("schema", "Print the JSON Schema of the strategy format, for editors");
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << fmt::format("crmlint: {}\nRun 'crmlint --help' for usage.\n", e.what());
    return kExitFailure;
  }

  const Registry& registry = Registry::instance();
  if (rulesCmd->parsed()) {
    ConfigResolver configs = configResolver(registry, args);
    printRules(std::cout, registry, configs.forDirectory("."), rulesFormat == "json");
    return kExitClean;
  }
  if (explainCmd->parsed()) {
    if (explainRule(std::cout, registry, ruleId) || explainCategory(std::cout, registry, ruleId)) return kExitClean;
    std::vector<std::string> ids;
    for (const auto& rule : registry.rules()) ids.push_back(rule->meta().id);
    failUsage(fmt::format("explain: no rule is called '{}'{} (crmlint rules lists them)", ruleId,
                          didYouMean(closestMatch(ruleId, ids, 3))));
  }
  if (initCmd->parsed()) {
    if (auto error = initStrategy(std::cout, initFile, initForce)) failUsage(*error);
    if (!initFile.empty() && initFile != "-") {
      std::cerr << fmt::format("crmlint: wrote {}: replace its placeholders, then run 'crmlint {}'\n", initFile, initFile);
    }
    return kExitClean;
  }
  if (schemaCmd->parsed()) {
    writeJsonSchema(std::cout);
    return kExitClean;
  }
  return runLint(args);
}

}  // namespace
}  // namespace crmlint

int main(int argc, char** argv) {
  try {
    return crmlint::run(argc, argv);
  } catch (const crmlint::UsageError& e) {
    std::cerr << "crmlint: " << e.message << '\n';
    return crmlint::kExitFailure;
  } catch (const crmlint::ConfigError& e) {
    std::cerr << "crmlint: " << e.what() << '\n';
    return crmlint::kExitFailure;
  } catch (const crmlint::BaselineError& e) {
    std::cerr << "crmlint: " << e.what() << '\n';
    return crmlint::kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "crmlint: internal error: " << e.what() << '\n';
    return crmlint::kExitFailure;
  }
}
