#include "cli/inputs.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace crmlint {

namespace fs = std::filesystem;

namespace {

bool isYamlName(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

bool isHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Walks `root`; returns how many paths `excluded` left out. A directory that
// cannot be read is an error naming it, like a file that cannot be read: a
// silent skip would pass a run that linted nothing there.
std::size_t walk(const std::string& root, Targets& out, const ExcludeFilter& excluded) {
  std::vector<std::string> found;
  std::size_t excludedCount = 0;
  std::vector<fs::path> pending{fs::path(root)};
  while (!pending.empty()) {
    const fs::path directory = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(directory, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code entryEc;
      if (entry.is_directory(entryEc) && !entry.is_symlink(entryEc)) {
        if (isHidden(entry.path())) continue;
        if (excluded && excluded(entry.path(), true)) {
          ++excludedCount;
          continue;
        }
        pending.push_back(entry.path());
        continue;
      }
      if (!isYamlName(entry.path()) || !entry.is_regular_file(entryEc)) continue;
      if (excluded && excluded(entry.path(), false)) {
        ++excludedCount;
        continue;
      }
      found.push_back(entry.path().string());
    }
    if (ec) out.errors.push_back({directory.string(), fmt::format("cannot read directory: {}", ec.message())});
  }
  std::sort(found.begin(), found.end());
  for (std::string& path : found) out.files.push_back({std::move(path), true});
  return excludedCount;
}

}  // namespace

Targets collectTargets(const std::vector<std::string>& paths, const ExcludeFilter& excluded) {
  Targets out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.files.push_back({path, false});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back({path, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      const std::size_t before = out.files.size();
      const std::size_t errorsBefore = out.errors.size();
      const std::size_t excludedCount = walk(path, out, excluded);
      // An unreadable directory in the walk is named already.
      const bool nothingFound = out.files.size() == before && out.errors.size() == errorsBefore;
      if (nothingFound && excludedCount == 0) {
        out.errors.push_back({path, "no *.yaml or *.yml files found in this directory"});
      } else if (nothingFound) {
        out.errors.push_back({path, "every *.yaml or *.yml file in this directory is left out by the config's "
                                    "'exclude' globs"});
      }
    } else {
      out.files.push_back({path, false});
    }
  }
  return out;
}

ReadResult readInput(const std::string& path, std::uint64_t maxBytes) {
  ReadResult result;
  if (path == "-") {
    // read(2) itself, so that a closed or unreadable standard input is an
    // error, not an empty file.
    std::string text;
    char buffer[65536];
    for (;;) {
      const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        result.error = fmt::format("cannot read standard input: {}", errno == EBADF ? "it is closed" : std::strerror(errno));
        return result;
      }
      if (n == 0) break;
      text.append(buffer, static_cast<std::size_t>(n));
      if (text.size() > maxBytes) {
        result.error = fmt::format("standard input is larger than the {} limit (--max-file-size)", describeBytes(maxBytes));
        return result;
      }
    }
    result.text = std::move(text);
    return result;
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    result.error = std::strerror(errno);
    return result;
  }
  // A FIFO or a device could block or never end: only regular files are read.
  if (!S_ISREG(info.st_mode)) {
    result.error = "not a regular file (a FIFO, device or socket cannot be linted)";
    return result;
  }
  if (static_cast<std::uint64_t>(info.st_size) > maxBytes) {
    result.error = fmt::format("the file is {}, over the {} limit; raise it with --max-file-size if this is really a strategy",
                               describeBytes(static_cast<std::uint64_t>(info.st_size)), describeBytes(maxBytes));
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = fmt::format("cannot open: {}", std::strerror(errno));
    return result;
  }
  std::string text;
  text.resize(static_cast<std::size_t>(info.st_size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad() || (in.fail() && !in.eof())) {
    result.error = fmt::format("cannot read: {}", std::strerror(errno));
    return result;
  }
  text.resize(static_cast<std::size_t>(in.gcount()));
  result.text = std::move(text);
  return result;
}

std::optional<std::uint64_t> parseByteSize(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 15) return std::nullopt;
  const std::uint64_t value = std::stoull(text.substr(0, digits));
  std::string unit = text.substr(digits);
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return std::tolower(c); });
  unsigned shift = 0;
  if (unit.empty() || unit == "b") {
    shift = 0;
  } else if (unit == "k" || unit == "kib" || unit == "kb") {
    shift = 10;
  } else if (unit == "m" || unit == "mib" || unit == "mb") {
    shift = 20;
  } else if (unit == "g" || unit == "gib" || unit == "gb") {
    shift = 30;
  } else {
    return std::nullopt;
  }
  // Checked before shifting, so that no value wraps round to a small one.
  if (value == 0 || value > (kMaxFileSizeLimit >> shift)) return std::nullopt;
  return value << shift;
}

std::string describeBytes(std::uint64_t bytes) {
  if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes >= (1ull << 20)) return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20));
  if (bytes >= 1024 && bytes % 1024 == 0) return fmt::format("{} KiB", bytes >> 10);
  return fmt::format("{} bytes", bytes);
}

}  // namespace crmlint
