#pragma once
// Baselines: record today's diagnostics so that a CI gate on an existing
// repository of strategies fails only on new ones.
//
// A diagnostic's fingerprint is its file, rule and path (the place by ids,
// not lines: editing above a goal or moving it keeps the match). Equal
// fingerprints are counted, not merged: a baseline that holds two and a run
// that finds three reports one as new.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "report.h"

namespace crmlint {

inline constexpr int kBaselineVersion = 1;
// The largest baseline read (about 50,000 distinct findings): it is parsed
// whole into memory.
inline constexpr std::uintmax_t kMaxBaselineBytes = 16 << 20;

struct BaselineEntry {
  std::string file;  // as fingerprintFile() gives it
  std::string rule;
  std::string path;
  std::size_t count = 0;
  std::string message;  // the first such diagnostic's message, for people reading the file
};

struct Baseline {
  std::vector<BaselineEntry> entries;  // sorted by file, rule, path
};

// A baseline file that cannot be used: what() says which and why.
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The file part of a fingerprint: normal and '/'-separated, an absolute path
// inside the current directory made relative to it, so `crmlint .` and
// `crmlint strategies` record the same names.
std::string fingerprintFile(std::string_view file);

Baseline makeBaseline(const std::vector<FileReport>& reports);
std::size_t diagnosticCount(const Baseline& baseline);
void writeBaselineJson(std::ostream& out, const Baseline& baseline);

// Parses a baseline's JSON text; `path` names it in messages.
Baseline parseBaseline(std::string_view text, const std::string& path);
Baseline readBaseline(const std::string& path);

// Moves the diagnostics the baseline records from each report's
// `diagnostics` to its `accepted` and returns how many it moved.
std::size_t acceptBaselined(std::vector<FileReport>& reports, const Baseline& baseline);

}  // namespace crmlint
