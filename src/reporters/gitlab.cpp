// GitLab Code Quality JSON: the merge request widget lists what a change adds
// and fixes by comparing fingerprints between the source and target branches.
#include <fmt/format.h>

#include <algorithm>

#include "reporters/ci_text.h"
#include "reporters/fingerprint.h"
#include "reporters/formats.h"
#include "json_writer.h"

namespace crmlint {

namespace {

const char* severityOf(Severity severity) {
  switch (severity) {
    case Severity::Error: return "major";
    case Severity::Warning: return "minor";
    case Severity::Info: return "info";
  }
  return "major";
}

class GitlabReporter final : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    Fingerprints fingerprints;
    JsonWriter json(out);
    json.beginArray();
    for (const FileReport& f : files) {
      for (const Diagnostic& d : f.diagnostics) {
        const std::string_view path = repositoryPath(d.file);
        const std::string fingerprint = fingerprints.of(d);
        const std::uint32_t begin = d.span.empty() ? 1 : d.span.begin.line;
        const std::uint32_t end = std::max(begin, d.span.end.line);
        json.beginObject()
            .field("description", d.message)
            .field("check_name", d.rule)
            .field("fingerprint", fingerprint)
            .field("severity", severityOf(d.severity));
        json.key("location").beginObject().field("path", path);
        json.key("lines").beginObject().field("begin", begin).field("end", end).endObject();
        json.endObject();
        json.endObject();
      }
    }
    json.endArray().finish();
  }
};

}  // namespace

std::unique_ptr<Reporter> makeGitlabReporter() { return std::make_unique<GitlabReporter>(); }

}  // namespace crmlint
