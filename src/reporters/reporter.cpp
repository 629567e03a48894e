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

std::string escapeControl(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 control characters (U+0080-U+009F) also steer terminals.
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string summaryLine(const Summary& s, const std::optional<HealthScore>& score) {
  std::string line =
      fmt::format("{}, {}, {} in {}", plural(s.errors, "error", "errors"), plural(s.warnings, "warning", "warnings"),
                  plural(s.infos, "info", "infos"), plural(s.files, "file", "files"));
  if (score) line += fmt::format("; health score {}/100", score->overall);
  return line;
}

}  // namespace crmlint
