#pragma once
// .crmlint.yaml: reading it, finding the one that applies to a file, and its
// exclude globs.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "config.h"

namespace crmlint {

// The largest config file read: a config is rule settings and globs, and is
// parsed whole into memory.
inline constexpr std::uintmax_t kMaxConfigBytes = 1 << 20;

inline constexpr std::string_view kConfigFileName = ".crmlint.yaml";

// A config that cannot be used. what() is "FILE:LINE:COL: message", or
// "FILE: message" when the file cannot be read at all.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses a config's text. `path` names it in messages; exclude globs are
// relative to `directory`. Throws ConfigError on any problem.
Config parseConfig(std::string_view text, const std::string& path, const std::filesystem::path& directory,
                   Registry& registry);

// Reads and parses the config file at `path`.
Config loadConfig(const std::string& path, Registry& registry);

// True when `glob` matches `relativePath` ('/'-separated) or one of the
// directories it lies in, so "archive/**" and "archive" both exclude
// archive/old/plan.yaml. `*` and `?` stay within one path segment, `[...]`
// is a character class, and a `**` segment matches any number of segments.
// A glob ending in '/' matches directories only.
bool globMatches(std::string_view glob, std::string_view relativePath, bool isDirectory = false);

// True when one of the config's exclude globs matches `path` relative to the
// config's directory.
bool isExcluded(const Config& config, const std::filesystem::path& path, bool isDirectory = false);

// Gives each directory its config: a fixed one (--config FILE, or the
// built-in one with --no-config), or the .crmlint.yaml found in the
// directory or its nearest parent, looked up once per directory. Not
// thread-safe: resolve every file's config before linting in parallel.
class ConfigResolver {
 public:
  static ConfigResolver fixed(Config config, const RuleSelection& selection);
  static ConfigResolver discovering(Registry& registry, const RuleSelection& selection);

  // The config for files in `directory` (relative or absolute).
  const Config& forDirectory(const std::filesystem::path& directory);
  // The config for the file at `path`: that of its directory.
  const Config& forFile(const std::filesystem::path& path);

 private:
  ConfigResolver(Registry* registry, RuleSelection selection, std::unique_ptr<Config> fallback)
      : registry_(registry), selection_(std::move(selection)), fallback_(std::move(fallback)) {}

  Registry* registry_;  // null for a fixed config: nothing is discovered
  RuleSelection selection_;
  std::unique_ptr<Config> fallback_;                      // the fixed config, or the built-in one
  std::map<std::string, std::unique_ptr<Config>> files_;  // by config file path
  std::map<std::filesystem::path, const Config*> directories_;
};

// The absolute, lexically normal form of `path`.
std::filesystem::path normalPath(const std::filesystem::path& path);
// `path` relative to the current directory when it lies inside it, for messages.
std::string displayPath(const std::filesystem::path& path);

}  // namespace crmlint
