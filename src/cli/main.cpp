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
#include <mutex>
#include <sstream>
#include <thread>

#include "baseline.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "config_file.h"
#include "fix.h"
#include "json_schema.h"
#include "starter.h"
#include "linter.h"
#include "reporters/reporter.h"
#include "server/server.h"
#include "suggest.h"
#include "version.h"

namespace crmlint {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitFailure = 2;
constexpr std::string_view kOutOfMemory =
    "not enough memory to finish; lint fewer files at once (-j 1) or lower --max-file-size";

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
  std::string maxFileSize = "512KiB";
  std::string config;
  bool noConfig = false;
  std::string baseline;
  std::string writeBaseline;
  // For hooks and editors, which name every file: treat named files like
  // files found in a directory.
  bool forceExclude = false;
  bool skipNonStrategies = false;
  bool fix = false;
  bool diff = false;  // with fix: print the changes instead of writing them
};

// Usage errors: reported as "crmlint: message" with status 2.
struct UsageError {
  std::string message;
};

void failUsage(std::string message) { throw UsageError{std::move(message)}; }

// Every message to standard error goes through here, escaped: it may quote a
// file name, a config or a baseline.
void printMessage(std::string_view message) { std::cerr << "crmlint: " << escapeControl(message) << '\n'; }

std::string unknownRuleMessage(const Registry& registry, std::string_view selector, std::string_view option) {
  std::vector<std::string> names;
  for (const auto& rule : registry.rules()) {
    names.push_back(rule->meta().id);
    names.emplace_back(rule->meta().category());
  }
  return fmt::format("{}: no rule or category is called '{}'{} (crmlint rules lists them)", option, selector,
                     didYouMean(closestMatch(selector, names)));
}

// --select and --ignore keep the names given: a category may be that of a
// pack, known only once the config that names it is read (checkSelectors).
RuleSelection ruleSelection(const Registry& registry, const LintArgs& args) {
  RuleSelection selection;
  if (!args.select.empty()) selection.only.emplace(args.select.begin(), args.select.end());
  for (const std::string& selector : args.ignore) {
    for (const std::string& id : expandRuleSelector(registry, selector)) {
      if (isAlwaysOn(id)) {
        failUsage(fmt::format("--ignore: '{}' cannot be switched off: syntax and schema rules always run, because "
                              "no other check is reliable on a file that breaks the format",
                              selector));
      }
    }
    selection.ignored.insert(selector);
  }
  return selection;
}

// Once every config (and so every pack) is loaded: each --select and
// --ignore names a rule or a category.
void checkSelectors(const Registry& registry, const LintArgs& args) {
  for (const std::string& selector : args.select) {
    if (expandRuleSelector(registry, selector).empty()) failUsage(unknownRuleMessage(registry, selector, "--select"));
  }
  for (const std::string& selector : args.ignore) {
    if (expandRuleSelector(registry, selector).empty()) failUsage(unknownRuleMessage(registry, selector, "--ignore"));
  }
}

// --config FILE or --no-config give every file one config; otherwise each
// file gets the .crmlint.yaml nearest to it. --select and --ignore apply on top.
ConfigResolver configResolver(Registry& registry, const LintArgs& args) {
  const RuleSelection selection = ruleSelection(registry, args);
  if (args.noConfig) return ConfigResolver::fixed(Config::recommended(registry), selection);
  if (!args.config.empty()) return ConfigResolver::fixed(loadConfig(args.config, registry), selection);
  return ConfigResolver::discovering(registry, selection);
}

const std::vector<std::string> kFailOnValues = {"error", "warning", "info", "never"};
const std::vector<std::string> kColorValues = {"auto", "always", "never"};
const std::vector<std::string> kRulesFormats = {"text", "json"};
const std::vector<std::string> kExplainFormats = {"text", "markdown"};

std::optional<Severity> failThreshold(const std::string& failOn) {
  if (failOn == "never") return std::nullopt;
  if (auto s = severityFrom(failOn)) return s;
  failUsage(fmt::format("--fail-on: '{}' is not one of: {}", failOn, fmt::join(kFailOnValues, ", ")));
  return std::nullopt;
}

bool useColor(const std::string& mode, bool toFile) {
  if (mode == "always") return true;
  if (mode == "never" || toFile) return false;
  const char* noColor = std::getenv("NO_COLOR");
  if (noColor && *noColor) return false;
  return ::isatty(STDOUT_FILENO) != 0;
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
  std::mutex crashMutex;
  std::exception_ptr crash;  // rethrown on the main thread once every worker is done
  auto worker = [&] {
    for (std::size_t i = next++; i < targets.size(); i = next++) {
      const Target& t = targets[i];
      const std::string name = t.path == "-" ? stdinName : t.path;
      auto skip = [&](std::string why) {
        failures[i] = InputError{name, std::move(why)};
        reports[i] = FileReport{};
        reports[i].path = name;
        reports[i].skipped = true;
      };
      try {
        ReadResult read = readInput(t.path, maxBytes);
        if (!read.text) {
          skip(std::move(read.error));
          continue;
        }
        LintOptions options = base;
        options.skipNonStrategies = t.foundByWalk || skipNamedNonStrategies;
        reports[i] = lintText(name, std::move(*read.text), *configs[i], options);
      } catch (const std::bad_alloc&) {
        // On any thread, as on the main one: a plain failure, not an abort.
        skip(std::string(kOutOfMemory));
      } catch (...) {
        std::lock_guard lock(crashMutex);
        if (!crash) crash = std::current_exception();
        return;
      }
    }
  };
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(targets.size())));
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs; ++j) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  if (crash) std::rethrow_exception(crash);
  for (auto& f : failures) {
    if (f) errors.push_back(std::move(*f));
  }
  return reports;
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr int kMaxFixRounds = 8;

struct FixSummary {
  std::string diff;
  std::size_t findings = 0;
  std::size_t files = 0;
};

// Applies the certain fixes to one linted file: fix, lint again, until no
// certain fix is left (one fix can settle another finding's spans). `report`
// becomes the lint of the fixed text. A file with a syntax error is left
// alone, as is one whose fixed text would not parse.
std::vector<Diagnostic> fixText(FileReport& report, const Config& config, const LintOptions& options) {
  auto broken = [](const FileReport& r) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) { return d.rule == "syntax"; });
  };
  std::vector<Diagnostic> fixed;
  if (broken(report)) return fixed;
  FileReport current = report;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    FixResult result = applyCertainFixes(current.source, current.diagnostics);
    if (result.fixed.empty()) break;
    FileReport next = lintText(current.path, std::move(result.text), config, options);
    if (broken(next)) break;
    fixed.insert(fixed.end(), result.fixed.begin(), result.fixed.end());
    current = std::move(next);
  }
  if (!fixed.empty()) report = std::move(current);
  return fixed;
}

// --fix: fixes every linted file and writes it back, or with --diff only
// collects the changes. Reports each fix on standard error.
FixSummary fixFiles(std::vector<FileReport>& reports, const std::vector<Target>& targets,
                    const std::vector<const Config*>& configs, const LintOptions& base, const LintArgs& args,
                    std::uint64_t maxBytes, std::vector<InputError>& errors) {
  FixSummary summary;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    FileReport& report = reports[i];
    if (report.skipped || targets[i].path == "-") continue;
    const std::string original = report.source;
    LintOptions options = base;
    options.skipNonStrategies = targets[i].foundByWalk || args.skipNonStrategies;
    const std::vector<Diagnostic> fixed = fixText(report, *configs[i], options);
    if (fixed.empty()) continue;
    // The text on disk must still be the one that was linted.
    const ReadResult disk = readInput(targets[i].path, maxBytes);
    const bool bom = disk.text && disk.text->starts_with(kByteOrderMark);
    if (!disk.text || std::string_view(*disk.text).substr(bom ? 3 : 0) != original) {
      errors.push_back({report.path, "changed while it was being fixed; not written"});
      continue;
    }
    const std::string after = (bom ? std::string(kByteOrderMark) : std::string()) + report.source;
    if (args.diff) {
      summary.diff += unifiedDiff(report.path, *disk.text, after);
    } else {
      try {
        // Replaced whole through the one writer, keeping the file's mode.
        const auto out = Output::open(targets[i].path, "--fix");
        out->stream() << after;
        out->commit();
      } catch (const WriteError& e) {
        errors.push_back({report.path, fmt::format("cannot write the fixes: {}", e.what())});
        continue;
      }
    }
    for (const Diagnostic& d : fixed) {
      printMessage(fmt::format("{} {}:{}:{}: {} [{}]", args.diff ? "would fix" : "fixed", d.file, d.span.begin.line,
                               d.span.begin.column, d.fixes.front().title, d.rule));
    }
    summary.findings += fixed.size();
    ++summary.files;
  }
  return summary;
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
  for (const InputError& e : targets.errors) printMessage(fmt::format("{}: {}", e.path, e.message));
  if (!targets.errors.empty()) {
    printMessage(fmt::format("--write-baseline: '{}' not written, because not every input could be linted",
                             args.writeBaseline));
    return kExitFailure;
  }
  const Baseline baseline = makeBaseline(reports);
  const auto out = Output::open(args.writeBaseline, "--write-baseline");
  writeBaselineJson(out->stream(), baseline);
  out->commit();
  printMessage(fmt::format("recorded {} diagnostics ({} distinct) in {}", diagnosticCount(baseline),
                           baseline.entries.size(), args.writeBaseline));
  return kExitClean;
}

int runLint(const LintArgs& args) {
  Registry& registry = Registry::instance();
  ConfigResolver configs = configResolver(registry, args);
  const std::optional<Severity> threshold = failThreshold(args.failOn);
  LintOptions options;
  if (!args.today.empty()) {
    std::string why;
    options.today = parseDate(args.today, &why);
    if (!options.today) failUsage(fmt::format("--today: '{}' is not a date: {}", args.today, why));
  }
  const auto maxBytes = parseByteSize(args.maxFileSize);
  if (!maxBytes) failUsage(fmt::format("--max-file-size: '{}' is not a size from 1 byte to {}, such as 4MiB", args.maxFileSize,
                          describeBytes(kMaxFileSizeLimit)));
  const ReporterOptions reporterOptions{.color = useColor(args.color, !args.output.empty()), .today = options.today};
  const ReportFormat* format = findReportFormat(args.format);
  if (!format) {
    failUsage(fmt::format("--format: '{}' is not one of: {}{}", args.format, fmt::join(reporterFormats(), ", "),
                          didYouMean(closestMatch(args.format, reporterFormats()))));
  }
  if (std::count(args.paths.begin(), args.paths.end(), "-") > 1) failUsage("'-' (standard input) can be named once");
  const auto reporter = format->make(reporterOptions, registry);
  options.overviewOfPlan = format->drawsPlan;
  if (args.fix && std::count(args.paths.begin(), args.paths.end(), "-") > 0) {
    failUsage("--fix: '-' (standard input) cannot be fixed in place; name the file");
  }

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
  checkSelectors(registry, args);
  // Before anything is linted: an output that is an input would destroy it.
  InputFiles inputs;
  for (const Target& t : targets.files) {
    if (t.path != "-") inputs.add(t.path);
  }
  for (const Config* config : fileConfigs) {
    if (!config->path.empty()) inputs.add(config->path);
  }
  if (!args.baseline.empty()) inputs.add(args.baseline);
  inputs.refuseAsOutput(args.output, "-o");
  inputs.refuseAsOutput(args.writeBaseline, "--write-baseline");
  const unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<FileReport> reports =
      lintAll(targets.files, fileConfigs, options, args.skipNonStrategies, *maxBytes, args.stdinFilename, jobs,
              targets.errors);
  if (!args.writeBaseline.empty()) return writeBaselineFile(args, reports, targets);
  if (args.fix) {
    const FixSummary fixed = fixFiles(reports, targets.files, fileConfigs, options, args, *maxBytes, targets.errors);
    printMessage(fmt::format("{} {} finding{} in {} file{}{}", args.diff ? "would fix" : "fixed", fixed.findings,
                             fixed.findings == 1 ? "" : "s", fixed.files, fixed.files == 1 ? "" : "s",
                             args.diff ? "; nothing written" : ""));
    if (args.diff) {
      const auto out = Output::open(args.output, "-o");
      out->stream() << fixed.diff;
      out->commit();
      for (const InputError& e : targets.errors) printMessage(fmt::format("{}: {}", e.path, e.message));
      if (!targets.errors.empty()) return kExitFailure;
      return fixed.diff.empty() ? kExitClean : kExitFindings;
    }
  }
  if (baseline) acceptBaselined(reports, *baseline);

  if (args.quiet) {
    for (FileReport& f : reports) {
      std::erase_if(f.diagnostics, [](const Diagnostic& d) { return d.severity != Severity::Error; });
      std::erase_if(f.accepted, [](const Diagnostic& d) { return d.severity != Severity::Error; });
    }
  }
  const Summary summary = summarize(reports);
  // A hook that was handed only other YAML files has nothing to do: that is not a failure.
  const bool filesMayBeLeftOut = args.forceExclude || args.skipNonStrategies;
  if (summary.files == 0 && targets.errors.empty() && !filesMayBeLeftOut) {
    targets.errors.push_back({args.paths.empty() ? "." : fmt::format("{}", fmt::join(args.paths, ", ")),
                              "no strategy files found (YAML files with a top-level 'strategy' key)"});
  }

  // Rendered straight into its destination: the report is never held whole.
  const auto out = Output::open(args.output, "-o");
  reporter->write(out->stream(), reports);
  if (args.statistics) printStatistics(format->human ? out->stream() : std::cerr, reports);
  out->commit();
  for (const InputError& e : targets.errors) printMessage(fmt::format("{}: {}", e.path, e.message));
  if (!targets.errors.empty()) return kExitFailure;
  if (!threshold) return kExitClean;
  for (const FileReport& f : reports) {
    for (const Diagnostic& d : f.diagnostics) {
      if (d.severity >= *threshold) return kExitFindings;
    }
  }
  return kExitClean;
}

// What each option's value and each positional word completes to, by
// command and name; an option missing here takes free text.
std::optional<CompletionValues> completionValues(const Registry& registry, std::string_view command,
                                                 std::string_view name) {
  std::vector<std::string> ruleIds, selectors;
  for (const auto& rule : registry.rules()) {
    ruleIds.push_back(rule->meta().id);
    const std::string category(rule->meta().category());
    if (std::find(selectors.begin(), selectors.end(), category) == selectors.end()) selectors.push_back(category);
  }
  selectors.insert(selectors.end(), ruleIds.begin(), ruleIds.end());
  if (name == "format") {
    return CompletionValues{.words = command == "rules"     ? kRulesFormats
                                     : command == "explain" ? kExplainFormats
                                                            : reporterFormats()};
  }
  if (name == "select" || name == "ignore") return CompletionValues{.words = selectors, .commaSeparated = true};
  if (name == "fail-on") return CompletionValues{.words = kFailOnValues};
  if (name == "color") return CompletionValues{.words = kColorValues};
  if (name == "rule") return CompletionValues{.words = ruleIds};
  if (name == "shell") return CompletionValues{.words = kCompletionShells};
  if (name == "paths" || name == "file" || name == "output" || name == "config" || name == "baseline" ||
      name == "write-baseline" || name == "stdin-filename") {
    return CompletionValues{.files = true, .words = {}};
  }
  return std::nullopt;
}

// The command line as the parser knows it, for `crmlint completion`.
CompletionCommand completionCommand(const CLI::App& app, const Registry& registry, std::string name) {
  CompletionCommand command{.name = name, .help = app.get_description(), .options = {}, .positional = {}};
  for (const CLI::Option* opt : app.get_options()) {
    if (!opt->nonpositional()) {
      if (auto values = completionValues(registry, name, opt->get_name())) command.positional = std::move(*values);
      continue;
    }
    CompletionOption option{.names = {}, .help = opt->get_description(), .value = std::nullopt};
    for (const std::string& s : opt->get_snames()) option.names.push_back("-" + s);
    for (const std::string& l : opt->get_lnames()) option.names.push_back("--" + l);
    if (opt->get_expected_max() != 0) {
      const std::string longName = opt->get_lnames().empty() ? std::string() : opt->get_lnames().front();
      option.value = completionValues(registry, name, longName).value_or(CompletionValues{});
    }
    command.options.push_back(std::move(option));
  }
  return command;
}

CompletionSpec completionSpec(const CLI::App& app, const Registry& registry) {
  CompletionSpec spec{.top = completionCommand(app, registry, ""), .commands = {}};
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    spec.commands.push_back(completionCommand(*sub, registry, sub->get_name()));
  }
  return spec;
}

int run(int argc, char** argv) {
  CLI::App app{"crmlint: a linter for CRM strategies written as YAML.", "crmlint"};
  app.set_version_flag("--version", fmt::format("crmlint {}", kVersion));
  app.footer(
      "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run failed.\n"
      "Commands: rules, explain RULE, init [FILE], schema, completion SHELL, server, pack test FILE. See crmlint(1).");
  LintArgs args;
  app.add_option("paths", args.paths, "Files, directories, or - for standard input (default: .)");
  std::vector<std::string_view> formatNames;
  for (const ReportFormat& format : reportFormats()) formatNames.push_back(format.name);
  app.add_option("-f,--format", args.format, fmt::format("Output format: {}", fmt::join(formatNames, ", ")));
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
  app.add_option("--color", args.color, "Colour: auto, always, never")->check(CLI::IsMember(kColorValues));
  app.add_flag("-q,--quiet", args.quiet, "Report errors only");
  app.add_flag("--statistics", args.statistics, "After the report, print a count per rule");
  app.add_option("--max-file-size", args.maxFileSize, "Refuse files larger than this (default 512KiB; see LIMITS in crmlint(1))");
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

  auto* fixFlag = app.add_flag("--fix", args.fix,
                               "Apply the certain fixes (such as a misspelt key) to the files, then report what remains");
  app.add_flag("--diff", args.diff, "With --fix: print the fixes as a unified diff and write nothing")->needs(fixFlag);

  auto* rulesCmd = app.add_subcommand("rules", "List every rule: id, category, severity, enabled, summary");
  std::string rulesFormat = "text";
  rulesCmd->add_option("-f,--format", rulesFormat, "text or json")->check(CLI::IsMember(kRulesFormats));
  // The settings that change what `rules` shows, accepted after it as well as before.
  auto* rulesConfig = rulesCmd->add_option("-c,--config", args.config, "Show the rules under this config file");
  rulesCmd->add_flag("--no-config", args.noConfig, "Show the built-in settings")->excludes(rulesConfig);
  rulesCmd->add_option("--select", args.select, "As for linting")->delimiter(',')->allow_extra_args(false);
  rulesCmd->add_option("--ignore", args.ignore, "As for linting")->delimiter(',')->allow_extra_args(false);
  auto* explainCmd = app.add_subcommand("explain", "Print a rule's full documentation");
  std::string ruleId;
  explainCmd->add_option("rule", ruleId, "The rule id, such as smart/specific, or a category, such as smart")->required();
  std::string explainFormat = "text";
  explainCmd->add_option("-f,--format", explainFormat, "text, or markdown as in docs/rules.md")
      ->check(CLI::IsMember(kExplainFormats));
  auto* initCmd = app.add_subcommand("init", "Write an annotated starter strategy that lints clean");
  std::string initFile;
  bool initForce = false;
  initCmd->add_option("file", initFile, "Write it to FILE instead of standard output");
  initCmd->add_flag("--force", initForce, "Overwrite FILE if it exists");
  auto* schemaCmd = app.add_subcommand("schema", "Print the JSON Schema of the strategy format, for editors");
  auto* completionCmd = app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  std::string shell;
  completionCmd->add_option("shell", shell, "bash, zsh or fish")->required()->check(CLI::IsMember(kCompletionShells));
  auto* serverCmd =
      app.add_subcommand("server", "Run the language server (LSP) on standard input and output, for editors");
  bool stdio = false;
  serverCmd->add_flag("--stdio", stdio, "Accepted for clients that pass it: standard input and output are the only transport");
  auto* packCmd = app.add_subcommand("pack", "Work with rule packs (docs/packs.md)");
  auto* packTestCmd =
      packCmd->add_subcommand("test", "Run each rule's bad and good example of a pack and say which fail");
  std::string packFile;
  packTestCmd->add_option("file", packFile, "The pack file")->required();
  packCmd->require_subcommand(1);
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    printMessage(e.what());
    std::cerr << "Run 'crmlint --help' for usage.\n";
    return kExitFailure;
  }

  Registry& registry = Registry::instance();
  if (rulesCmd->parsed()) {
    ConfigResolver configs = configResolver(registry, args);
    const auto out = Output::standardOutput();
    const Config& config = configs.forDirectory(".");
    checkSelectors(registry, args);
    printRules(out->stream(), registry, config, rulesFormat == "json");
    out->commit();
    return kExitClean;
  }
  if (explainCmd->parsed()) {
    // A pack's rule is known once the config that names the pack is read.
    if (!registry.find(ruleId) && !registry.isCategory(ruleId)) configResolver(registry, args).forDirectory(".");
    if (const auto out = Output::standardOutput();
        explainRule(out->stream(), registry, ruleId, explainFormat == "markdown") ||
        explainCategory(out->stream(), registry, ruleId)) {
      out->commit();
      return kExitClean;
    }
    std::vector<std::string> ids;
    for (const auto& rule : registry.rules()) ids.push_back(rule->meta().id);
    failUsage(fmt::format("explain: no rule is called '{}'{} (crmlint rules lists them)", ruleId,
                          didYouMean(closestMatch(ruleId, ids, 3))));
  }
  if (initCmd->parsed()) {
    const bool toFile = !initFile.empty() && initFile != "-";
    const auto out = Output::open(toFile ? initFile : "", "init", initForce ? Existing::Replace : Existing::Refuse);
    out->stream() << starterStrategy();
    out->commit();
    if (toFile) printMessage(fmt::format("wrote {}: replace its placeholders, then run 'crmlint {}'", initFile, initFile));
    return kExitClean;
  }
  if (completionCmd->parsed()) {
    const auto out = Output::standardOutput();
    out->stream() << *completionScript(shell, completionSpec(app, registry));
    out->commit();
    return kExitClean;
  }
  if (schemaCmd->parsed()) {
    const auto out = Output::standardOutput();
    writeJsonSchema(out->stream());
    out->commit();
    return kExitClean;
  }
  if (packTestCmd->parsed()) {
    const pack::PackInfo* pack = nullptr;
    try {
      pack = &pack::loadPackFile(packFile);
    } catch (const pack::PackError& e) {
      printMessage(e.what());
      return kExitFailure;
    }
    const auto out = Output::standardOutput();
    const bool passed = testPack(out->stream(), registry, *pack);
    out->commit();
    return passed ? kExitClean : kExitFindings;
  }
  if (serverCmd->parsed()) return server::runServer(STDIN_FILENO, STDOUT_FILENO, registry);
  return runLint(args);
}

}  // namespace
}  // namespace crmlint

int main(int argc, char** argv) {
  using namespace crmlint;
  prepareOutputs();
  try {
    return run(argc, argv);
  } catch (const UsageError& e) {
    printMessage(e.message);
  } catch (const ConfigError& e) {
    printMessage(e.what());
  } catch (const BaselineError& e) {
    printMessage(e.what());
  } catch (const WriteError& e) {
    printMessage(e.what());
  } catch (const std::bad_alloc&) {
    printMessage(kOutOfMemory);
  } catch (const std::exception& e) {
    printMessage(fmt::format("internal error: {}", e.what()));
  }
  return kExitFailure;
}
