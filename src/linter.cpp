#include "linter.h"

#include <fmt/format.h>

#include <algorithm>
#include <new>
#include <set>
#include <stdexcept>

#include "model.h"
#include "overview.h"
#include "utf8.h"
#include "suppression.h"

namespace crmlint {

namespace {

Diagnostic fileDiagnostic(const std::string& path, std::string_view rule, Position at, std::string message,
                          std::string help, const Config& config) {
  Diagnostic d;
  d.file = path;
  d.span = {at, {at.line, at.column + 1}};
  d.rule = std::string(rule);
  d.severity = config.setting(rule).severity;
  d.message = std::move(message);
  d.help = std::move(help);
  return d;
}

// Runs the enabled rules on a parsed document. False when the file is
// skipped: found by walking a directory, and not a strategy.
bool checkDocument(FileReport& report, const Document& doc, const Config& config, const LintOptions& options,
                   const Registry& registry) {
  auto notAStrategy = [&](std::string message) {
    if (options.skipNonStrategies) {
      report.skipped = true;
      return false;
    }
    report.diagnostics.push_back(fileDiagnostic(report.path, "schema/not-a-strategy", {1, 1}, std::move(message),
                                                "a strategy file is a mapping whose first key is 'strategy:'; see "
                                                "'crmlint init' for a starting point",
                                                config));
    return true;
  };
  if (!doc.hasRoot()) return notAStrategy("the file is empty; a strategy file needs a 'strategy' section");
  if (!doc.isMapping(doc.root())) {
    return notAStrategy(fmt::format("the file's top level is a {}, not a mapping with a 'strategy' key",
                                    doc.isSequence(doc.root()) ? "list" : "single value"));
  }
  if (!isStrategyDocument(doc)) return notAStrategy("the file has no top-level 'strategy' key");

  const Strategy model = buildModel(doc);
  std::set<std::string, std::less<>> categoriesRun;
  for (const auto& rule : registry.rules()) {
    const RuleMeta& meta = rule->meta();
    const RuleSetting& setting = config.setting(meta.id);
    if (!setting.enabled) continue;
    categoriesRun.emplace(meta.category());
    RuleContext ctx(doc, meta, setting.options, options.today, report.diagnostics, report.path, setting.severity);
    try {
      rule->check(model, ctx);
    } catch (const std::bad_alloc&) {
      throw;  // not the rule's fault: the caller reports it as such
    } catch (const std::exception& e) {
      throw std::runtime_error(fmt::format("rule {} failed on {}: {}", meta.id, report.path, e.what()));
    }
  }
  report.overview = summarizeStrategy(model, doc, categoriesRun, options.overviewOfPlan);
  return true;
}

}  // namespace

FileReport lintText(std::string path, std::string text, const Config& config, const LintOptions& options,
                    const Registry& registry) {
  FileReport report;
  report.path = std::move(path);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  report.source = std::move(text);
  const std::string_view source = report.source;
  const LineIndex lines(source);
  auto syntax = [&](std::size_t offset, std::string message, std::string help) {
    report.diagnostics.push_back(
        fileDiagnostic(report.path, "syntax", lines.position(offset), std::move(message), std::move(help), config));
    return report;
  };
  if (const auto encoding = wideEncodingOf(source)) {
    return syntax(0, fmt::format("the file is encoded as {}, not UTF-8", *encoding),
                  "save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)");
  }
  if (const std::size_t nul = source.find('\0'); nul != std::string_view::npos) {
    return syntax(nul, "the file contains a NUL byte; it looks like a binary file, not YAML",
                  "lint only YAML text files; check the path");
  }
  if (const auto bad = findInvalidUtf8(source)) {
    return syntax(*bad,
                  fmt::format("the file is not valid UTF-8 (byte 0x{:02X})",
                              static_cast<unsigned char>(source[*bad])),
                  "save the file as UTF-8");
  }
  ParseResult parsed = parseYaml(source, lines, options.limits);
  if (parsed.error) {
    const Position at = parsed.error->position;
    report.diagnostics.push_back(
        fileDiagnostic(report.path, "syntax", at, parsed.error->message, parsed.error->help, config));
    return report;
  }
  if (!checkDocument(report, parsed.document, config, options, registry)) return report;
  if (parsed.secondDocument && config.setting("schema/multiple-documents").enabled) {
    report.diagnostics.push_back(fileDiagnostic(
        report.path, "schema/multiple-documents", *parsed.secondDocument,
        "a second YAML document starts here; crmlint checked only the first, and a strategy file holds one",
        "move the second strategy into a file of its own, or delete the '---' line if it is one strategy", config));
  }
  // Comments are read only from a file that parsed: a syntax error stays the
  // file's one diagnostic.
  applySuppressions(report.diagnostics, scanDirectives(source, lines), report.path, config, registry);
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), reportOrder);
  return report;
}

}  // namespace crmlint
