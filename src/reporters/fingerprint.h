#pragma once
// The fingerprint of a finding, for the CI services that track findings
// across runs (GitLab Code Quality, SARIF's partialFingerprints): file, rule
// and path, never the line, so a finding keeps it when its entry moves.
#include <map>
#include <string>
#include <string_view>
#include <tuple>

#include "diagnostic.h"

namespace crmlint {

class Fingerprints {
 public:
  // The next diagnostic's fingerprint, 32 hex digits. Identical findings
  // (same file, rule and path) are told apart by their order of occurrence.
  std::string of(const Diagnostic& d);

 private:
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> occurrences_;
};

}  // namespace crmlint
