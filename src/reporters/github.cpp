// GitHub Actions workflow commands: each diagnostic becomes an annotation on
// the pull request's diff, at its file, line and column.
#include <fmt/format.h>

#include "reporters/ci_text.h"
#include "reporters/formats.h"

namespace crmlint {

namespace {

const char* commandOf(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "notice";
  }
  return "error";
}

// Percent-encodes what the runner would read as part of the command, as
// GitHub's toolkit does; then control characters that the runner would pass
// to the log raw (ESC among them) become visible escapes.
std::string escapeCommandText(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return escapeControl(out);
}

std::string escapeData(std::string_view text) { return escapeCommandText(text, false); }
std::string escapeProperty(std::string_view text) { return escapeCommandText(text, true); }

std::string annotation(const Diagnostic& d) {
  std::string properties = "file=" + escapeProperty(repositoryPath(d.file));
  const Span& span = d.span;
  if (!span.empty()) {
    properties += fmt::format(",line={}", span.begin.line);
    const bool oneLine = span.end.line == 0 || span.end.line == span.begin.line;
    // GitHub takes columns only for an annotation within one line.
    if (oneLine) properties += fmt::format(",col={}", span.begin.column);
    if (span.end.line != 0 && span.begin <= span.end) {
      properties += fmt::format(",endLine={}", span.end.line);
      if (oneLine) properties += fmt::format(",endColumn={}", span.end.column);
    }
  }
  properties += ",title=" + escapeProperty(d.rule);
  // The help goes on a second line of the annotation, as in the text format.
  const std::string message = d.help.empty() ? d.message : fmt::format("{}\nhelp: {}", d.message, d.help);
  return fmt::format("::{} {}::{}", commandOf(d.severity), properties, escapeData(message));
}

class GithubReporter final : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    for (const FileReport& f : files) {
      for (const Diagnostic& d : f.diagnostics) out << annotation(d) << '\n';
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> makeGithubReporter() { return std::make_unique<GithubReporter>(); }

}  // namespace crmlint
