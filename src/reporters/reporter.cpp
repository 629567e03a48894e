#include "reporter.h"

#include <fmt/format.h>

#include <functional>
#include <map>

#include "reporters/formats.h"

namespace crmlint {

namespace {

using Factory = std::function<std::unique_ptr<Reporter>(const ReporterOptions&, const Registry&)>;

const std::map<std::string, Factory, std::less<>>& factories() {
  static const std::map<std::string, Factory, std::less<>> table = {
      {"text", [](const ReporterOptions& o, const Registry&) { return makeTextReporter(o); }},
      {"compact", [](const ReporterOptions& o, const Registry&) { return makeCompactReporter(o); }},
      {"json", [](const ReporterOptions&, const Registry&) { return makeJsonReporter(); }},
      {"sarif", [](const ReporterOptions&, const Registry& r) { return makeSarifReporter(r); }},
      {"junit", [](const ReporterOptions&, const Registry&) { return makeJunitReporter(); }},
      {"github", [](const ReporterOptions&, const Registry&) { return makeGithubReporter(); }},
      {"gitlab", [](const ReporterOptions&, const Registry&) { return makeGitlabReporter(); }},
      {"html", [](const ReporterOptions& o, const Registry& r) { return makeHtmlReporter(o, r); }},
  };
  return table;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::unique_ptr<Reporter> makeReporter(std::string_view format, const ReporterOptions& options,
                                       const Registry& registry) {
  const auto it = factories().find(format);
  return it == factories().end() ? nullptr : it->second(options, registry);
}

std::vector<std::string> reporterFormats() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : factories()) names.push_back(name);
  return names;
}

std::string summaryLine(const Summary& s, const std::optional<HealthScore>& score) {
  std::string line =
      fmt::format("{}, {}, {} in {}", plural(s.errors, "error", "errors"), plural(s.warnings, "warning", "warnings"),
                  plural(s.infos, "info", "infos"), plural(s.files, "file", "files"));
  if (score) line += fmt::format("; health score {}/100", score->overall);
  return line;
}

}  // namespace crmlint
