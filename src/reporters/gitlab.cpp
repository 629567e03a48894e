// GitLab Code Quality JSON: the merge request widget lists what a change adds
// and fixes by comparing fingerprints between the source and target branches.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "reporters/ci_text.h"
#include "reporters/formats.h"
#include "reporters/json_writer.h"

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

__extension__ using Uint128 = unsigned __int128;

// 128-bit FNV-1a: stable across platforms, compilers and releases, unlike
// std::hash, so a fingerprint recorded on one runner matches on the next.
class Fnv128 {
 public:
  // Each part is prefixed with its length, so ("ab", "c") and ("a", "bc") differ.
  Fnv128& add(std::string_view part) {
    feed(std::to_string(part.size()));
    feed(":");
    feed(part);
    return *this;
  }
  std::string hex() const {
    return fmt::format("{:016x}{:016x}", static_cast<std::uint64_t>(state_ >> 64), static_cast<std::uint64_t>(state_));
  }

 private:
  void feed(std::string_view bytes) {
    for (const char c : bytes) {
      state_ ^= static_cast<unsigned char>(c);
      state_ *= kPrime;
    }
  }
  static constexpr Uint128 kPrime = (Uint128{1} << 88) + 0x13B;
  Uint128 state_ = (Uint128{0x6c62272e07bb0142} << 64) | 0x62b821756295c58d;
};

class GitlabReporter final : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    // Identical findings (same file, rule and path) are told apart by their
    // order of occurrence; the line is left out so that a finding keeps its
    // fingerprint when the entry moves within the file.
    std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::size_t> occurrences;
    JsonWriter json(out);
    json.beginArray();
    for (const FileReport& f : files) {
      for (const Diagnostic& d : f.diagnostics) {
        const std::string_view path = repositoryPath(d.file);
        const std::size_t occurrence = occurrences[{path, d.rule, d.path}]++;
        const std::string fingerprint =
            Fnv128().add(path).add(d.rule).add(d.path).add(std::to_string(occurrence)).hex();
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
