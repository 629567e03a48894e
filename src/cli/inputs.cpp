#include "cli/inputs.h"

#include <fmt/format.h>
#include <sys/stat.h>

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

// Walks `root`; returns how many paths `excluded` left out.
std::size_t walk(const std::string& root, Targets& out, const ExcludeFilter& excluded) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.errors.push_back({root, fmt::format("cannot read directory: {}", ec.message())});
    return 0;
  }
  std::size_t excludedCount = 0;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.errors.push_back({it->path().string(), fmt::format("cannot read: {}", ec.message())});
      break;
    }
    const fs::directory_entry& entry = *it;
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      if (isHidden(entry.path())) {
        it.disable_recursion_pending();
      } else if (excluded && excluded(entry.path(), true)) {
        it.disable_recursion_pending();
        ++excludedCount;
      }
      continue;
    }
    if (!isYamlName(entry.path()) || !entry.is_regular_file(ec)) continue;
    if (excluded && excluded(entry.path(), false)) {
      ++excludedCount;
      continue;
    }
    found.push_back(entry.path().string());
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
      const std::size_t excludedCount = walk(path, out, excluded);
      if (out.files.size() == before && excludedCount == 0) {
        out.errors.push_back({path, "no *.yaml or *.yml files found in this directory"});
      } else if (out.files.size() == before) {
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
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
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
  std::uint64_t value = std::stoull(text.substr(0, digits));
  std::string unit = text.substr(digits);
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return std::tolower(c); });
  if (unit.empty() || unit == "b") return value;
  if (unit == "k" || unit == "kib" || unit == "kb") return value << 10;
  if (unit == "m" || unit == "mib" || unit == "mb") return value << 20;
  if (unit == "g" || unit == "gib" || unit == "gb") return value << 30;
  return std::nullopt;
}

std::string describeBytes(std::uint64_t bytes) {
  if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes >= (1ull << 20)) return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20));
  if (bytes >= 1024 && bytes % 1024 == 0) return fmt::format("{} KiB", bytes >> 10);
  return fmt::format("{} bytes", bytes);
}

}  // namespace crmlint
