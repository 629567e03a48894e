#include "server/rule_docs.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "version.h"

namespace crmlint::server {

std::string ruleMarkdown(const RuleMeta& m) {
  std::string out = fmt::format("# {}\n\n{} · default severity **{}**{}\n\n{}\n\n## Why\n\n{}\n\n", m.id,
                                m.category(), nameOf(m.severity),
                                m.enabledByDefault ? "" : " · runs only when selected", m.summary, m.rationale);
  out += fmt::format("## Bad\n\n```yaml\n{}```\n\n## Good\n\n```yaml\n{}```\n", m.badExample, m.goodExample);
  if (!m.options.empty()) {
    out += "\n## Options\n\n";
    for (const OptionSpec& o : m.options) {
      out += fmt::format("- `{}` (default `{}`): {}\n", o.name, formatOptionValue(o.defaultValue), o.description);
    }
  }
  return out;
}

std::string rulePagesDirectory() {
  if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache == '/') {
    return fmt::format("{}/crmlint/{}/rules", cache, kVersion);
  }
  if (const char* home = std::getenv("HOME"); home && *home == '/') {
    return fmt::format("{}/.cache/crmlint/{}/rules", home, kVersion);
  }
  return {};
}

std::map<std::string, std::string> writeRulePages(const Registry& registry, const std::string& directory) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> uris;
  std::error_code ec;
  if (directory.empty() || (fs::create_directories(directory, ec), ec)) return {};
  for (const auto& rule : registry.rules()) {
    const RuleMeta& m = rule->meta();
    std::string name = m.id;
    std::replace(name.begin(), name.end(), '/', '.');
    const fs::path page = fs::path(directory) / (name + ".md");
    // Another server may be writing the same page: each writes its own
    // temporary file and renames it into place.
    const fs::path temporary = fs::path(directory) / fmt::format(".{}.{}", name, ::getpid());
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << ruleMarkdown(m);
      if (!out.flush()) return {};
    }
    fs::rename(temporary, page, ec);
    if (ec) {
      fs::remove(temporary, ec);
      return {};
    }
    uris.emplace(m.id, fileUri(page.string()));
  }
  return uris;
}

std::string fileUri(const std::string& absolutePath) {
  std::string uri = "file://";
  for (const unsigned char c : absolutePath) {
    const bool unreserved = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    uri += unreserved ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return uri;
}

std::string pathFromUri(const std::string& uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.compare(0, scheme.size(), scheme) != 0) return {};
  std::string_view rest = std::string_view(uri).substr(scheme.size());
  // file://host/path: only the local host is a local file.
  if (const std::size_t slash = rest.find('/'); slash != 0) {
    if (slash == std::string_view::npos || rest.substr(0, slash) != "localhost") return {};
    rest.remove_prefix(slash);
  }
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  if (path.find('\0') != std::string::npos) return {};
  return path;
}

}  // namespace crmlint::server
