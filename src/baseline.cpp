#include "baseline.h"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "json_writer.h"
#include "scalar.h"
#include "utf8.h"
#include "yaml_tree.h"

namespace crmlint {

namespace fs = std::filesystem;

namespace {

using Fingerprint = std::tuple<std::string, std::string, std::string>;  // file, rule, path

constexpr std::string_view kFileBytesKey = "file_bytes";

std::string toHex(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  return out;
}

std::optional<std::string> fromHex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    unsigned value = 0;
    for (const char c : hex.substr(i, 2)) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                                                                    : -1;
      if (digit < 0) return std::nullopt;
      value = value * 16 + static_cast<unsigned>(digit);
    }
    out += static_cast<char>(value);
  }
  return out;
}

Fingerprint fingerprintOf(const Diagnostic& d) { return {fingerprintFile(d.file), d.rule, d.path}; }

// Reads the baseline document (JSON is YAML, so the YAML parser reads it and
// keeps positions for the messages).
class BaselineReader {
 public:
  BaselineReader(const Document& doc, const std::string& path) : doc_(doc), path_(path) {}

  Baseline read() const {
    const NodeId root = doc_.root();
    if (!doc_.isMapping(root)) fail(root, "expected an object with \"version\" and \"entries\"");
    const NodeId version = doc_.get(root, "version");
    if (version == kNoNode) fail(root, "it has no \"version\"");
    const auto number = integer(version);
    if (number != kBaselineVersion) {
      fail(version, fmt::format("version {} is not supported; this crmlint reads and writes version {}",
                                doc_.isScalar(version) ? std::string(doc_.text(version)) : std::string("(not a number)"),
                                kBaselineVersion));
    }
    const NodeId entries = doc_.get(root, "entries");
    if (!doc_.isSequence(entries)) fail(entries == kNoNode ? root : entries, "\"entries\" must be a list");
    Baseline baseline;
    for (const NodeId item : doc_.items(entries)) {
      if (!doc_.isMapping(item)) fail(item, "each entry must be an object with file, rule, path and count");
      BaselineEntry entry;
      entry.file = text(item, "file", false);
      if (const NodeId bytes = doc_.get(item, kFileBytesKey); bytes != kNoNode) {
        const auto name = doc_.isScalar(bytes) ? fromHex(doc_.node(bytes).value) : std::nullopt;
        if (!name) fail(bytes, fmt::format("\"{}\" must be the file name's bytes in hex", kFileBytesKey));
        entry.file = *name;
      }
      entry.rule = text(item, "rule", false);
      entry.path = text(item, "path", true);
      const NodeId count = doc_.get(item, "count");
      const auto n = integer(count);
      if (!n || *n < 1) fail(count == kNoNode ? item : count, "\"count\" must be a whole number of at least 1");
      entry.count = static_cast<std::size_t>(*n);
      if (doc_.isScalar(doc_.get(item, "message"))) entry.message = doc_.text(doc_.get(item, "message"));
      baseline.entries.push_back(std::move(entry));
    }
    return baseline;
  }

 private:
  [[noreturn]] void fail(NodeId at, const std::string& message) const {
    const Position p = at == kNoNode ? Position{1, 1} : doc_.node(at).span.begin;
    throw BaselineError(
        fmt::format("{}:{}:{}: not a crmlint baseline: {}; write a new one with --write-baseline", path_, p.line,
                    p.column, message));
  }

  std::optional<std::int64_t> integer(NodeId node) const {
    if (!doc_.isScalar(node) || doc_.node(node).quoted) return std::nullopt;
    return parseInteger(doc_.node(node).value);
  }

  std::string text(NodeId entry, std::string_view key, bool mayBeEmpty) const {
    const NodeId value = doc_.get(entry, key);
    if (!doc_.isScalar(value) || (!mayBeEmpty && doc_.text(value).empty())) {
      fail(value == kNoNode ? entry : value, fmt::format("each entry needs a \"{}\" string", key));
    }
    return std::string(doc_.text(value));
  }

  const Document& doc_;
  const std::string& path_;
};

}  // namespace

std::string fingerprintFile(std::string_view file) {
  const fs::path path = fs::path(file).lexically_normal();
  if (path.is_absolute()) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);  // symbolic links resolved
    // The path as given, then with its symbolic links resolved like the current directory's.
    for (const fs::path& candidate : {path, fs::weakly_canonical(path, ec)}) {
      const fs::path relative = candidate.lexically_relative(cwd);
      if (!cwd.empty() && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
    }
  }
  return path.generic_string();
}

Baseline makeBaseline(const std::vector<FileReport>& reports) {
  std::map<Fingerprint, BaselineEntry> byFingerprint;
  for (const FileReport& report : reports) {
    for (const Diagnostic& d : report.diagnostics) {
      auto [it, added] = byFingerprint.try_emplace(fingerprintOf(d));
      BaselineEntry& entry = it->second;
      if (added) entry = {std::get<0>(it->first), d.rule, d.path, 0, d.message};
      ++entry.count;
    }
  }
  Baseline baseline;
  for (auto& [fingerprint, entry] : byFingerprint) baseline.entries.push_back(std::move(entry));
  return baseline;
}

std::size_t diagnosticCount(const Baseline& baseline) {
  std::size_t total = 0;
  for (const BaselineEntry& entry : baseline.entries) total += entry.count;
  return total;
}

void writeBaselineJson(std::ostream& out, const Baseline& baseline) {
  JsonWriter w(out);
  w.beginObject().field("version", kBaselineVersion).key("entries").beginArray();
  for (const BaselineEntry& entry : baseline.entries) {
    w.beginObject().field("file", entry.file);
    // JSON text is Unicode: a name that is not UTF-8 is kept exactly as hex bytes too.
    if (!isValidUtf8(entry.file)) w.field(kFileBytesKey, toHex(entry.file));
    w.field("rule", entry.rule)
        .field("path", entry.path)
        .field("count", entry.count)
        .field("message", entry.message)
        .endObject();
  }
  w.endArray().endObject().finish();
}

Baseline parseBaseline(std::string_view text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw BaselineError(fmt::format("{}: not a crmlint baseline: the file is empty; write a new one with "
                                    "--write-baseline",
                                    path));
  }
  if (const auto encoding = wideEncodingOf(text)) {
    throw BaselineError(fmt::format("{}: not a crmlint baseline: it is encoded as {}, not UTF-8; write a new one "
                                    "with --write-baseline",
                                    path, *encoding));
  }
  const LineIndex lines(text);
  const ParseResult parsed = parseYaml(text, lines);
  if (parsed.error) {
    throw BaselineError(fmt::format("{}:{}:{}: not a crmlint baseline: the JSON is broken ({}); write a new one "
                                    "with --write-baseline",
                                    path, parsed.error->position.line, parsed.error->position.column,
                                    parsed.error->message));
  }
  if (const auto second = parsed.secondDocument) {
    throw BaselineError(fmt::format("{}:{}:{}: not a crmlint baseline: it holds more than one document; write a new "
                                    "one with --write-baseline",
                                    path, second->line, second->column));
  }
  return BaselineReader(parsed.document, path).read();
}

Baseline readBaseline(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw BaselineError(fmt::format("{}: cannot read the baseline: {}; create it with --write-baseline {}", path,
                                    fs::exists(path, ec) ? "not a regular file" : "no such file", path));
  }
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxBaselineBytes) {
    throw BaselineError(fmt::format("{}: the baseline is {} bytes, over the {} MiB a baseline may have; record "
                                    "fewer findings (fix some, or split the run)",
                                    path, size, kMaxBaselineBytes >> 20));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw BaselineError(fmt::format("{}: cannot read the baseline: {}", path, std::strerror(errno)));
  return parseBaseline(text.str(), path);
}

std::size_t acceptBaselined(std::vector<FileReport>& reports, const Baseline& baseline) {
  std::map<Fingerprint, std::size_t> remaining;
  for (const BaselineEntry& entry : baseline.entries) {
    remaining[{fingerprintFile(entry.file), entry.rule, entry.path}] += entry.count;
  }
  std::size_t removed = 0;
  for (FileReport& report : reports) {
    std::vector<Diagnostic> kept;
    for (Diagnostic& d : report.diagnostics) {
      const auto it = remaining.find(fingerprintOf(d));
      if (it == remaining.end() || it->second == 0) {
        kept.push_back(std::move(d));
        continue;
      }
      --it->second;
      ++removed;
      report.accepted.push_back(std::move(d));
    }
    report.diagnostics = std::move(kept);
  }
  return removed;
}

}  // namespace crmlint
