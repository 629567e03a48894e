#pragma once
// Finding the files to lint and reading them safely.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace crmlint {

struct Target {
  std::string path;         // as reported; "-" reads standard input
  bool foundByWalk = false;  // skipped silently when it is not a strategy
};

struct InputError {
  std::string path;
  std::string message;
};

struct Targets {
  std::vector<Target> files;
  std::vector<InputError> errors;
};

// Whether a path met while walking a directory is left out (a config's
// exclude globs).
using ExcludeFilter = std::function<bool(const std::filesystem::path& path, bool isDirectory)>;

// Expands the command line's paths: files as given, directories walked for
// *.yaml and *.yml (hidden directories skipped, symlinked directories not
// followed, so a link loop cannot trap the walk; paths `excluded` names
// skipped, directories without descending), in a stable order. A file named
// on the command line is never excluded.
Targets collectTargets(const std::vector<std::string>& paths, const ExcludeFilter& excluded = {});

// Reads a regular file of at most maxBytes, or says why it cannot.
struct ReadResult {
  std::optional<std::string> text;
  std::string error;
};
ReadResult readInput(const std::string& path, std::uint64_t maxBytes);

// The largest --max-file-size accepted: a file needs about 100 times its
// size in memory while it is linted.
inline constexpr std::uint64_t kMaxFileSizeLimit = std::uint64_t{1} << 30;

// "64MiB", "500K", "1048576": a size in bytes (K, M, G are powers of 1024),
// at most kMaxFileSizeLimit.
std::optional<std::uint64_t> parseByteSize(const std::string& text);
std::string describeBytes(std::uint64_t bytes);

}  // namespace crmlint
