#include "config_file.h"

#include "category.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "pack/pack.h"
#include "scalar.h"
#include "suggest.h"
#include "utf8.h"
#include "yaml_tree.h"

namespace crmlint {

namespace fs = std::filesystem;

namespace {

constexpr std::array kTopLevelKeys{"extends", "packs", "rules", "exclude"};
constexpr std::array kPresets{"recommended", "strict"};
constexpr std::array kSeverityWords{"off", "info", "warning", "error"};

std::string_view kindDescription(OptionKind kind) {
  switch (kind) {
    case OptionKind::Integer: return "a whole number";
    case OptionKind::Number: return "a number";
    case OptionKind::Words: return "a list of words or phrases, such as [improve, enhance]";
    case OptionKind::IntegerMap: return "a mapping of names to whole numbers";
  }
  return "";
}

// Reads one config document, failing with the place of the first problem.
class ConfigReader {
 public:
  ConfigReader(const Document& doc, const std::string& path, Registry& registry)
      : doc_(doc), path_(path), registry_(registry) {}

  Config read(const fs::path& directory) {
    const NodeId root = doc_.root();
    if (doc_.isNull(root)) return base("recommended", directory);
    if (!doc_.isMapping(root)) fail(root, "a config is a mapping with the keys extends, packs, rules and exclude");
    rejectDuplicateKeys(root, "key");
    for (const Entry& e : doc_.entries(root)) {
      const std::string_view key = doc_.keyText(e.key);
      if (std::find(kTopLevelKeys.begin(), kTopLevelKeys.end(), key) == kTopLevelKeys.end()) {
        fail(e.key, fmt::format("unknown key '{}' (a config has the keys extends, packs, rules and exclude){}", key,
                                didYouMean(closestMatch(key, kTopLevelKeys))));
      }
    }

    const NodeId extends = doc_.get(root, "extends");
    const std::string_view presetName = extends == kNoNode ? "recommended" : preset(extends);
    // Packs first: their rules are registered before 'rules' names them.
    const std::vector<const pack::PackInfo*> packs = readPacks(doc_.get(root, "packs"), directory);
    Config config = base(presetName, directory);
    for (const pack::PackInfo* p : packs) {
      config.packs.push_back(p->path);
      for (const std::string& id : p->rules) {
        const RuleMeta& meta = registry_.find(id)->meta();
        const bool strict = presetName == "strict";
        config.rules[id] = RuleSetting{strict || meta.enabledByDefault,
                                       strict && meta.severity == Severity::Info ? Severity::Warning : meta.severity, {}};
      }
    }
    if (const Entry rules = doc_.find(root, "rules"); rules.key != kNoNode) readRules(rules.value, config);
    if (const Entry exclude = doc_.find(root, "exclude"); exclude.key != kNoNode) {
      config.exclude = readExclude(exclude.value);
    }
    return config;
  }

 private:
  [[noreturn]] void fail(NodeId at, const std::string& message) const {
    const Position p = doc_.node(at).span.begin;
    throw ConfigError(fmt::format("{}:{}:{}: {}", path_, p.line, p.column, message));
  }

  // `packs: [policies/acme.yaml]`, relative to the config's directory.
  std::vector<const pack::PackInfo*> readPacks(NodeId packs, const fs::path& directory) const {
    std::vector<const pack::PackInfo*> out;
    if (packs == kNoNode || doc_.isNull(packs)) return out;
    if (!doc_.isSequence(packs)) fail(packs, "'packs' is a list of pack files, such as [policies/acme.yaml]");
    for (const NodeId item : doc_.items(packs)) {
      const std::string_view file = scalarText(item);
      if (file.empty()) fail(item, "each entry of 'packs' must be the path of a pack file, such as policies/acme.yaml");
      const fs::path full = fs::path(file).is_absolute() ? fs::path(file) : directory / fs::path(file);
      std::error_code ec;
      if (!fs::is_regular_file(full, ec)) {
        fail(item, fmt::format("pack '{}' cannot be read: {} (a pack's path is relative to the config)", file,
                               fs::exists(full, ec) ? "not a regular file" : "no such file"));
      }
      try {
        const pack::PackInfo& info = pack::loadPackFile(displayPath(normalPath(full)), registry_);
        if (std::find(out.begin(), out.end(), &info) != out.end()) fail(item, fmt::format("pack '{}' is named twice", file));
        out.push_back(&info);
      } catch (const pack::PackError& e) {
        throw ConfigError(e.what());
      }
    }
    return out;
  }

  Config base(std::string_view preset, const fs::path& directory) const {
    Config config = preset == "strict" ? Config::strict(registry_) : Config::recommended(registry_);
    config.path = path_;
    config.directory = directory.string();
    return config;
  }

  std::string_view scalarText(NodeId node) const {
    return doc_.isScalar(node) ? std::string_view(doc_.node(node).value) : std::string_view();
  }

  void rejectDuplicateKeys(NodeId mapping, std::string_view what) const {
    std::set<std::string_view> seen;
    for (const Entry& e : doc_.entries(mapping)) {
      if (!doc_.isScalar(e.key)) fail(e.key, fmt::format("a {} must be plain text", what));
      if (!seen.insert(doc_.keyText(e.key)).second) {
        fail(e.key, fmt::format("{} '{}' is given twice; keep one", what, doc_.keyText(e.key)));
      }
    }
  }

  std::string_view preset(NodeId node) const {
    const std::string_view name = scalarText(node);
    for (const char* p : kPresets) {
      if (name == p) return p;
    }
    fail(node, fmt::format("extends: '{}' is not a preset (recommended or strict){}", name,
                           didYouMean(closestMatch(name, kPresets))));
  }

  // A severity word: nullopt for `off`.
  std::optional<Severity> severity(NodeId node, std::string_view ruleName) const {
    if (doc_.isNull(node)) fail(node, fmt::format("'{}' needs a severity: off, info, warning or error", ruleName));
    const std::string_view word = scalarText(node);
    if (word == "off") return std::nullopt;
    if (const auto s = severityFrom(word); s && doc_.isScalar(node)) return s;
    const std::string shown = doc_.isScalar(node) ? fmt::format("'{}'", word) : std::string("this value");
    // Three edits, so that `warn` finds `warning`.
    fail(node, fmt::format("{} is not a severity for '{}' (off, info, warning or error){}", shown, ruleName,
                           didYouMean(closestMatch(word, kSeverityWords, 3))));
  }

  void setSeverity(NodeId at, const std::string& id, std::optional<Severity> severity,
                   std::string_view ruleName, Config& config) const {
    if (isAlwaysOn(id) && severity != Severity::Error) {
      fail(at, fmt::format("'{}' {}: syntax and schema rules always run as errors, because no other check is "
                           "reliable on a file that breaks the format",
                           ruleName, severity ? "cannot be lowered to " + std::string(nameOf(*severity))
                                              : std::string("cannot be switched off")));
    }
    RuleSetting& setting = config.rules[id];
    setting.enabled = severity.has_value();
    if (severity) setting.severity = *severity;
  }

  // Categories first, then single rules, so `smart: off` with
  // `smart/specific: warning` leaves only smart/specific on, whatever the order.
  void readRules(NodeId rules, Config& config) const {
    if (doc_.isNull(rules)) return;
    if (!doc_.isMapping(rules)) fail(rules, "'rules' is a mapping of rule ids to off, info, warning or error");
    rejectDuplicateKeys(rules, "rule");
    std::vector<std::string> names;
    for (const auto& rule : registry_.rules()) {
      names.push_back(rule->meta().id);
      names.emplace_back(rule->meta().category());
    }
    std::vector<Entry> ruleEntries;
    for (const Entry& e : doc_.entries(rules)) {
      const std::string_view name = doc_.keyText(e.key);
      const std::string_view category = categoryOfRule(name);
      if (const Rule* rule = registry_.find(name); rule && !config.rules.contains(name)) {
        fail(e.key, fmt::format("rule '{}' comes from the pack {}, which this config does not name in 'packs'", name,
                                rule->meta().pack));
      } else if (!registry_.find(name) && registry_.isCategory(name) && !hasRuleOf(config, category)) {
        fail(e.key, fmt::format("category '{}' comes from a pack this config does not name in 'packs'", name));
      }
      if (registry_.find(name)) {
        ruleEntries.push_back(e);
      } else if (registry_.isCategory(name)) {
        if (!doc_.isScalar(e.value)) {
          fail(e.value, fmt::format("'{}' is a category: it takes only a severity (off, info, warning or error); "
                                    "set options on one of its rules",
                                    name));
        }
        const auto level = severity(e.value, name);
        for (const std::string& id : expandRuleSelector(registry_, name)) setSeverity(e.value, id, level, name, config);
      } else {
        fail(e.key, fmt::format("unknown rule '{}' ('crmlint rules' lists the rules and categories){}", name,
                                didYouMean(closestMatch(name, names))));
      }
    }
    for (const Entry& e : ruleEntries) readRule(e, config);
  }

  void readRule(const Entry& entry, Config& config) const {
    const std::string id(doc_.keyText(entry.key));
    if (!doc_.isMapping(entry.value)) {
      setSeverity(entry.value, id, severity(entry.value, id), id, config);
      return;
    }
    const RuleMeta& meta = registry_.find(id)->meta();
    rejectDuplicateKeys(entry.value, "option");
    for (const Entry& option : doc_.entries(entry.value)) {
      const std::string_view name = doc_.keyText(option.key);
      if (name == "severity") {
        setSeverity(option.value, id, severity(option.value, id), id, config);
        continue;
      }
      const OptionSpec* spec = meta.option(name);
      if (!spec) {
        std::vector<std::string> known{"severity"};
        for (const OptionSpec& o : meta.options) known.push_back(o.name);
        fail(option.key, fmt::format("rule '{}' has no option '{}' (its settings: {}){}", id, name,
                                     fmt::join(known, ", "), didYouMean(closestMatch(name, known))));
      }
      config.rules[id].options[spec->name] = optionValue(*spec, option.value, id);
    }
  }

  [[noreturn]] void wrongType(const OptionSpec& spec, NodeId value, std::string_view ruleId) const {
    // A default word list is too long to quote in a message.
    const std::string example = spec.kind == OptionKind::Words
                                    ? std::string()
                                    : fmt::format(" (the default is {})", formatOptionValue(spec.defaultValue));
    fail(value, fmt::format("option '{}' of '{}' must be {}{}", spec.name, ruleId, kindDescription(spec.kind), example));
  }

  // An unquoted whole number.
  std::optional<std::int64_t> integer(NodeId node) const {
    if (!doc_.isScalar(node) || doc_.node(node).quoted) return std::nullopt;
    return parseInteger(doc_.node(node).value);
  }

  // Every number a config gives an option passes here.
  template <class Number>
  Number inRange(const OptionSpec& spec, NodeId at, Number number, std::string_view ruleId,
                 std::string_view key = {}) const {
    if (number >= spec.minimum && number <= spec.maximum) return number;  // false for NaN as well
    const std::string what = key.empty() ? fmt::format("option '{}' of '{}'", spec.name, ruleId)
                                         : fmt::format("'{}' in option '{}' of '{}'", key, spec.name, ruleId);
    auto shown = [](double bound) {
      return bound == std::floor(bound) ? fmt::format("{}", static_cast<std::int64_t>(bound)) : fmt::format("{}", bound);
    };
    fail(at, fmt::format("{} must be from {} to {}, not {}", what, shown(spec.minimum), shown(spec.maximum),
                         doc_.node(at).value));
  }

  OptionValue optionValue(const OptionSpec& spec, NodeId value, std::string_view ruleId) const {
    switch (spec.kind) {
      case OptionKind::Integer:
        if (const auto n = integer(value)) return inRange(spec, value, *n, ruleId);
        wrongType(spec, value, ruleId);
      case OptionKind::Number:
        if (doc_.isScalar(value) && !doc_.node(value).quoted) {
          if (const auto n = parseNumber(doc_.node(value).value)) return inRange(spec, value, *n, ruleId);
        }
        wrongType(spec, value, ruleId);
      case OptionKind::Words: {
        if (!doc_.isSequence(value)) wrongType(spec, value, ruleId);
        std::vector<std::string> words;
        for (const NodeId item : doc_.items(value)) {
          if (!doc_.isScalar(item) || doc_.node(item).value.empty()) {
            fail(item, fmt::format("each entry of option '{}' of '{}' must be a word or phrase", spec.name, ruleId));
          }
          words.emplace_back(doc_.text(item));
        }
        return words;
      }
      case OptionKind::IntegerMap: {
        if (!doc_.isMapping(value)) wrongType(spec, value, ruleId);
        rejectDuplicateKeys(value, "key");
        auto merged = std::get<std::map<std::string, std::int64_t>>(spec.defaultValue);
        std::vector<std::string> keys;
        for (const auto& [key, number] : merged) keys.push_back(key);
        for (const Entry& e : doc_.entries(value)) {
          const std::string key(doc_.keyText(e.key));
          if (!merged.contains(key)) {
            fail(e.key, fmt::format("option '{}' of '{}' has no key '{}' (its keys: {}){}", spec.name, ruleId, key,
                                    fmt::join(keys, ", "), didYouMean(closestMatch(key, keys))));
          }
          const auto n = integer(e.value);
          if (!n) fail(e.value, fmt::format("'{}' in option '{}' of '{}' must be a whole number", key, spec.name, ruleId));
          merged[key] = inRange(spec, e.value, *n, ruleId, key);
        }
        return merged;
      }
    }
    wrongType(spec, value, ruleId);
  }

  std::vector<std::string> readExclude(NodeId exclude) const {
    std::vector<std::string> globs;
    if (doc_.isNull(exclude)) return globs;
    if (!doc_.isSequence(exclude)) fail(exclude, "'exclude' is a list of globs, such as [\"archive/**\"]");
    for (const NodeId item : doc_.items(exclude)) {
      const std::string_view glob = scalarText(item);
      if (glob.empty()) fail(item, "each entry of 'exclude' must be a glob such as \"archive/**\"");
      const std::string relative = fs::path(glob).lexically_normal().generic_string();
      if (relative == ".." || relative.starts_with("../")) {
        fail(item, fmt::format("exclude glob '{}' leaves the config's directory; globs are relative to it", glob));
      }
      globs.emplace_back(glob);
    }
    return globs;
  }

  static bool hasRuleOf(const Config& config, std::string_view category) {
    return std::any_of(config.rules.begin(), config.rules.end(),
                       [&](const auto& r) { return categoryOfRule(r.first) == category; });
  }

  const Document& doc_;
  const std::string& path_;
  Registry& registry_;
};

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    if (!part.empty() && part != ".") out.push_back(part);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

// The end of the bracket expression that starts at glob[at] ('['), or npos
// when it is not closed (then '[' is an ordinary character, as in fnmatch).
std::size_t bracketEnd(std::string_view glob, std::size_t at) {
  std::size_t i = at + 1;
  if (i < glob.size() && (glob[i] == '!' || glob[i] == '^')) ++i;
  if (i < glob.size() && glob[i] == ']') ++i;  // a leading ']' is a member
  for (; i < glob.size(); ++i) {
    if (glob[i] == ']') return i;
  }
  return std::string_view::npos;
}

bool bracketMatches(std::string_view set, char c) {
  const bool negated = !set.empty() && (set[0] == '!' || set[0] == '^');
  if (negated) set.remove_prefix(1);
  bool found = false;
  for (std::size_t i = 0; i < set.size(); ++i) {
    if (i + 2 < set.size() && set[i + 1] == '-') {
      found = found || (set[i] <= c && c <= set[i + 2]);
      i += 2;
    } else {
      found = found || set[i] == c;
    }
  }
  return found != negated;
}

// One path segment against one glob segment (*, ?, [...], \ escapes), in
// O(pattern x name) time: on a mismatch only the latest '*' is retried,
// which is enough because a later '*' can absorb whatever an earlier one would.
bool segmentMatches(std::string_view glob, std::string_view name) {
  std::size_t g = 0, n = 0;
  std::size_t starG = std::string_view::npos, starN = 0;
  while (n < name.size()) {
    if (g < glob.size() && glob[g] == '*') {
      starG = g++;
      starN = n;
      continue;
    }
    if (g < glob.size()) {
      std::size_t next = g + 1;
      bool ok = false;
      if (glob[g] == '?') {
        ok = true;
      } else if (glob[g] == '[' && bracketEnd(glob, g) != std::string_view::npos) {
        const std::size_t end = bracketEnd(glob, g);
        ok = bracketMatches(glob.substr(g + 1, end - g - 1), name[n]);
        next = end + 1;
      } else if (glob[g] == '\\' && g + 1 < glob.size()) {
        ok = glob[g + 1] == name[n];
        next = g + 2;
      } else {
        ok = glob[g] == name[n];
      }
      if (ok) {
        g = next;
        ++n;
        continue;
      }
    }
    if (starG == std::string_view::npos) return false;
    g = starG + 1;
    n = ++starN;
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

}  // namespace

Config parseConfig(std::string_view text, const std::string& path, const fs::path& directory,
                   Registry& registry) {
  if (const auto encoding = wideEncodingOf(text)) {
    throw ConfigError(fmt::format("{}: the config is encoded as {}, not UTF-8; save it as UTF-8", path, *encoding));
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const LineIndex lines(text);
  const ParseResult parsed = parseYaml(text, lines);
  if (parsed.error) {
    throw ConfigError(fmt::format("{}:{}:{}: the config cannot be read: {}", path, parsed.error->position.line,
                                  parsed.error->position.column, parsed.error->message));
  }
  if (const auto second = parsed.secondDocument) {
    throw ConfigError(fmt::format("{}:{}:{}: a second YAML document starts here; a config file holds one", path,
                                  second->line, second->column));
  }
  return ConfigReader(parsed.document, path, registry).read(directory);
}

Config loadConfig(const std::string& path, Registry& registry) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw ConfigError(fmt::format("{}: cannot read the config: {}", path,
                                  fs::exists(path, ec) ? "not a regular file" : "no such file"));
  }
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxConfigBytes) {
    throw ConfigError(fmt::format("{}: the config is {} bytes, over the {} KiB a config may have; a config holds "
                                  "rule settings and globs, so this is probably not one",
                                  path, size, kMaxConfigBytes >> 10));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw ConfigError(fmt::format("{}: cannot read the config: {}", path, std::strerror(errno)));
  return parseConfig(text.str(), path, normalPath(path).parent_path(), registry);
}

bool globMatches(std::string_view glob, std::string_view relativePath, bool isDirectory) {
  // A trailing slash means "this directory": it matches only the directories
  // a path lies in, never the path itself.
  const bool directoryOnly = glob.ends_with('/');
  const std::vector<std::string_view> pattern = segments(glob);
  const std::vector<std::string_view> path = segments(relativePath);
  if (pattern.empty()) return false;
  const std::size_t longest = directoryOnly && !isDirectory ? path.size() - std::min<std::size_t>(path.size(), 1)
                                                            : path.size();
  // reached[j]: the glob's first g segments can match the path's first j
  // segments. One pass per glob segment: O(glob x path) segment matches,
  // however many '**' the glob holds.
  std::vector<char> reached(longest + 1, 0);
  reached[0] = 1;
  for (const std::string_view part : pattern) {
    std::vector<char> next(longest + 1, 0);
    if (part == "**") {
      char any = 0;
      for (std::size_t j = 0; j <= longest; ++j) next[j] = any = static_cast<char>(any || reached[j]);
    } else {
      for (std::size_t j = 0; j < longest; ++j) {
        if (reached[j] && segmentMatches(part, path[j])) next[j + 1] = 1;
      }
    }
    reached = std::move(next);
  }
  // A glob matches a path when it matches the path or a directory it lies in.
  return std::any_of(reached.begin() + 1, reached.end(), [](char r) { return r != 0; });
}

bool isExcluded(const Config& config, const fs::path& path, bool isDirectory) {
  if (config.exclude.empty()) return false;
  const fs::path relative = normalPath(path).lexically_relative(config.directory);
  const std::string text = relative.generic_string();
  if (text.empty() || text == "." || text.starts_with("../") || text == "..") return false;
  return std::any_of(config.exclude.begin(), config.exclude.end(),
                     [&](const std::string& glob) { return globMatches(glob, text, isDirectory); });
}

std::string displayPath(const fs::path& path) {
  std::error_code ec;
  const fs::path relative = path.lexically_relative(fs::current_path(ec));
  if (ec || relative.empty() || *relative.begin() == "..") return path.string();
  return relative.string();
}

fs::path normalPath(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  return absolute.lexically_normal();
}

ConfigResolver ConfigResolver::fixed(Config config, const RuleSelection& selection) {
  applySelection(config, selection);
  return ConfigResolver(nullptr, selection, std::make_unique<Config>(std::move(config)));
}

ConfigResolver ConfigResolver::discovering(Registry& registry, const RuleSelection& selection) {
  Config builtIn = Config::recommended(registry);
  builtIn.directory = normalPath(".").string();
  applySelection(builtIn, selection);
  return ConfigResolver(&registry, selection, std::make_unique<Config>(std::move(builtIn)));
}

const Config& ConfigResolver::forDirectory(const fs::path& directory) {
  if (!registry_) return *fallback_;
  fs::path dir = normalPath(directory);
  if (!dir.has_filename()) dir = dir.parent_path();  // "/a/b/" names the directory "/a/b"
  std::vector<fs::path> visited;
  const Config* found = fallback_.get();
  for (fs::path at = dir;; at = at.parent_path()) {
    if (const auto it = directories_.find(at); it != directories_.end()) {
      found = it->second;
      break;
    }
    visited.push_back(at);
    const fs::path candidate = at / kConfigFileName;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) {
      auto& slot = files_[candidate.string()];
      if (!slot) {
        slot = std::make_unique<Config>(loadConfig(displayPath(candidate), *registry_));
        applySelection(*slot, selection_);
      }
      found = slot.get();
      break;
    }
    if (at == at.root_path() || !at.has_parent_path()) break;
  }
  for (const fs::path& at : visited) directories_[at] = found;
  return *found;
}

const Config& ConfigResolver::forFile(const fs::path& path) {
  const fs::path absolute = normalPath(path);
  return forDirectory(absolute.parent_path());
}

}  // namespace crmlint
