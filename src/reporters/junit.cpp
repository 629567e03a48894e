// JUnit XML, for CI services that show test results: one testsuite per
// linted file, one failing testcase per rule that fired in it (its failure
// lists every finding), and one passing testcase for a clean file so the
// file still shows up as checked.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "reporters/ci_text.h"
#include "reporters/formats.h"
#include "utf8.h"

namespace crmlint {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// XML 1.0 excludes these two code points (U+FFFE, U+FFFF) besides controls.
bool isXmlNonCharacter(std::string_view sequence) { return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF"; }

// Text made safe for XML 1.0 element content and attribute values: control
// characters, which XML 1.0 forbids, become visible escapes such as \x1b;
// bytes that are not UTF-8 (a file name may hold any) become U+FFFD.
std::string xmlText(std::string_view raw) {
  const std::string escaped = escapeControl(raw);
  std::string out;
  out.reserve(escaped.size());
  for (std::string_view rest = escaped; !rest.empty();) {
    const std::size_t length = utf8SequenceLength(rest);
    if (length == 0 || isXmlNonCharacter(rest.substr(0, length))) {
      out += kReplacementCharacter;
      rest.remove_prefix(std::max<std::size_t>(length, 1));
      continue;
    }
    switch (rest[0]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;  // an attribute value would turn a raw tab into a space
      default: out += rest.substr(0, length);
    }
    rest.remove_prefix(length);
  }
  return out;
}

std::string location(const Diagnostic& d) {
  const std::string_view file = repositoryPath(d.file);
  if (d.span.empty()) return std::string(file);
  return fmt::format("{}:{}:{}", file, d.span.begin.line, d.span.begin.column);
}

// One testcase: a rule and what it found in one file, in report order.
struct RuleFindings {
  std::vector<const Diagnostic*> diagnostics;
  Severity worst = Severity::Info;
};

void writeFailure(std::ostream& out, std::string_view file, const std::string& rule, const RuleFindings& found) {
  const Diagnostic& first = *found.diagnostics.front();
  const std::size_t more = found.diagnostics.size() - 1;
  const std::string summary = more == 0 ? first.message : fmt::format("{} (and {} more)", first.message, more);
  out << fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", xmlText(file), xmlText(rule));
  out << fmt::format("      <failure message=\"{}\" type=\"{}\">", xmlText(summary), nameOf(found.worst));
  for (const Diagnostic* d : found.diagnostics) {
    out << xmlText(fmt::format("{}: {}: {}", location(*d), nameOf(d->severity), d->message)) << '\n';
    if (!d->help.empty()) out << "  help: " << xmlText(d->help) << '\n';
  }
  out << "</failure>\n    </testcase>\n";
}

class JunitReporter final : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    std::vector<std::pair<const FileReport*, std::map<std::string, RuleFindings>>> suites;
    std::size_t tests = 0;
    std::size_t failures = 0;
    for (const FileReport& f : files) {
      if (f.skipped) continue;
      std::map<std::string, RuleFindings> byRule;
      for (const Diagnostic& d : f.diagnostics) {
        RuleFindings& found = byRule[d.rule];
        found.diagnostics.push_back(&d);
        found.worst = std::max(found.worst, d.severity);
      }
      tests += std::max<std::size_t>(1, byRule.size());
      failures += byRule.size();
      suites.emplace_back(&f, std::move(byRule));
    }

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"crmlint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", tests, failures);
    for (const auto& [file, byRule] : suites) {
      const std::string_view path = repositoryPath(file->path);
      out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                         xmlText(path), std::max<std::size_t>(1, byRule.size()), byRule.size());
      if (byRule.empty()) out << fmt::format("    <testcase classname=\"{}\" name=\"no findings\"/>\n", xmlText(path));
      for (const auto& [rule, found] : byRule) writeFailure(out, path, rule, found);
      out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> makeJunitReporter() { return std::make_unique<JunitReporter>(); }

}  // namespace crmlint
