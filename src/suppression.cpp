#include "suppression.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "category.h"

namespace crmlint {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// Follows YAML's scalar syntax closely enough to tell a comment from a `#`
// inside a value: quoted scalars (which may span lines), block scalars (`|`,
// `>`: their more-indented lines are text), and flow collections.
class CommentScanner {
 public:
  explicit CommentScanner(std::string_view text) : text_(text) {}

  std::vector<Comment> scan() {
    std::size_t start = 0;
    while (start < text_.size()) {
      std::size_t end = text_.find_first_of("\r\n", start);
      if (end == std::string_view::npos) end = text_.size();
      line(start, text_.substr(start, end - start));
      start = end;
      if (start < text_.size() && text_[start] == '\r') ++start;
      if (start < text_.size() && text_[start] == '\n') ++start;
    }
    return std::move(comments_);
  }

 private:
  enum class Quote { None, Single, Double };

  void line(std::size_t offset, std::string_view line) {
    const std::size_t indent = line.find_first_not_of(' ');
    const bool blank = indent == std::string_view::npos || line.find_first_not_of(" \t") == std::string_view::npos;
    if (inBlock_) {
      if (blank) return;
      if (!contentIndent_ && indent > blockParentIndent_) contentIndent_ = indent;
      if (contentIndent_ && indent >= *contentIndent_) return;
      inBlock_ = false;
    }
    if (blank && quote_ == Quote::None) return;

    bool expectValue = quote_ == Quote::None;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quote_ == Quote::Double) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          quote_ = Quote::None;
          expectValue = false;
        }
        continue;
      }
      if (quote_ == Quote::Single) {
        if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
        } else if (c == '\'') {
          quote_ = Quote::None;
          expectValue = false;
        }
        continue;
      }
      if (c == '#' && (i == 0 || isBlank(line[i - 1]))) {
        comments_.push_back({offset + i, line.substr(i + 1)});
        return;
      }
      if (isBlank(c)) continue;
      const bool spaceAfter = i + 1 == line.size() || isBlank(line[i + 1]);
      if (expectValue) {
        if (c == '"') {
          quote_ = Quote::Double;
        } else if (c == '\'') {
          quote_ = Quote::Single;
        } else if ((c == '-' || c == '?' || c == ':') && spaceAfter) {
          // an entry or key indicator: a value follows
        } else if (c == '[' || c == '{') {
          ++flowDepth_;
        } else if (c == ',' && flowDepth_ > 0) {
          // the next flow entry
        } else if (c == ']' || c == '}') {
          flowDepth_ = std::max(0, flowDepth_ - 1);
          expectValue = false;
        } else if ((c == '|' || c == '>') && flowDepth_ == 0 && isBlockHeader(line.substr(i + 1))) {
          inBlock_ = true;
          blockParentIndent_ = indent;
          contentIndent_.reset();
          expectValue = false;
        } else if (c == '&' || c == '!') {
          // an anchor or tag: the value comes after it
          while (i + 1 < line.size() && !isBlank(line[i + 1])) ++i;
        } else {
          expectValue = false;  // a plain scalar starts
        }
        continue;
      }
      // Inside a plain scalar or after a value.
      if (c == ':' && (spaceAfter || (flowDepth_ > 0 && std::string_view(",]}").find(line[i + 1]) != std::string_view::npos))) {
        expectValue = true;
      } else if (flowDepth_ > 0 && c == ',') {
        expectValue = true;
      } else if (flowDepth_ > 0 && (c == ']' || c == '}')) {
        --flowDepth_;
      }
    }
  }

  // The rest of a `|` or `>` line: chomping and indentation indicators, then
  // nothing but an optional comment.
  static bool isBlockHeader(std::string_view rest) {
    std::size_t i = 0;
    while (i < rest.size() && (rest[i] == '+' || rest[i] == '-' || (rest[i] >= '1' && rest[i] <= '9'))) ++i;
    if (i == rest.size()) return true;
    if (!isBlank(rest[i])) return false;
    while (i < rest.size() && isBlank(rest[i])) ++i;
    return i == rest.size() || rest[i] == '#';
  }

  std::string_view text_;
  std::vector<Comment> comments_;
  Quote quote_ = Quote::None;
  int flowDepth_ = 0;
  bool inBlock_ = false;
  std::size_t blockParentIndent_ = 0;
  std::optional<std::size_t> contentIndent_;
};

constexpr std::array kDirectiveKinds{DirectiveKind::DisableNextLine, DirectiveKind::DisableLine,
                                     DirectiveKind::DisableFile, DirectiveKind::Disable, DirectiveKind::Enable};

std::optional<Directive> parseDirective(const Comment& comment, const LineIndex& lines) {
  std::string_view body = comment.text;
  const std::size_t lead = body.find_first_not_of(" \t");
  if (lead == std::string_view::npos) return std::nullopt;
  std::size_t at = comment.offset + 1 + lead;  // offset in the text of the directive word
  body.remove_prefix(lead);
  const std::string_view word = body.substr(0, body.find_first_of(" \t"));
  Directive directive;
  const auto kind = std::find_if(kDirectiveKinds.begin(), kDirectiveKinds.end(),
                                 [&](DirectiveKind k) { return nameOf(k) == word; });
  if (kind == kDirectiveKinds.end()) return std::nullopt;
  directive.kind = *kind;
  std::size_t end = at + word.size();

  // The rule list runs to a `--` that stands alone; the reason follows it.
  std::string_view rest = body.substr(word.size());
  std::size_t restAt = at + word.size();
  std::size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (isBlank(rest[i]) || rest[i] == ',')) ++i;
    if (i == rest.size()) break;
    std::size_t j = i;
    while (j < rest.size() && !isBlank(rest[j]) && rest[j] != ',') ++j;
    const std::string_view token = rest.substr(i, j - i);
    if (token.find_first_not_of('-') == std::string_view::npos && token.size() >= 2) {
      const std::string_view reason = rest.substr(j);
      const std::size_t first = reason.find_first_not_of(" \t");
      if (first != std::string_view::npos) {
        directive.reason = std::string(reason.substr(first, reason.find_last_not_of(" \t") - first + 1));
      }
      break;
    }
    directive.targets.push_back({std::string(token), {lines.position(restAt + i), lines.position(restAt + j)}});
    end = restAt + j;
    i = j;
  }
  directive.span = {lines.position(at), lines.position(end)};
  return directive;
}

// One rule-list entry of a directive, or a whole directive without a list.
struct Claim {
  std::size_t directive;
  std::optional<std::size_t> target;
  std::vector<std::string> rules;  // sorted
  bool used = false;

  bool covers(const std::string& rule) const { return std::binary_search(rules.begin(), rules.end(), rule); }
};

// Whether a rule runs and at what severity, under `config`.
const RuleSetting* enabledSetting(const Config& config, std::string_view rule) {
  const auto it = config.rules.find(rule);
  return it != config.rules.end() && it->second.enabled ? &it->second : nullptr;
}

}  // namespace

std::string_view nameOf(DirectiveKind kind) {
  switch (kind) {
    case DirectiveKind::DisableNextLine: return "crmlint-disable-next-line";
    case DirectiveKind::DisableLine: return "crmlint-disable-line";
    case DirectiveKind::Disable: return "crmlint-disable";
    case DirectiveKind::Enable: return "crmlint-enable";
    case DirectiveKind::DisableFile: return "crmlint-disable-file";
  }
  return "";
}

std::vector<Comment> findComments(std::string_view text) { return CommentScanner(text).scan(); }

std::vector<Directive> scanDirectives(std::string_view text, const LineIndex& lines) {
  std::vector<Directive> directives;
  // Most files have no directive: skip the scan then.
  if (text.find("crmlint-") == std::string_view::npos) return directives;
  for (const Comment& comment : findComments(text)) {
    if (auto directive = parseDirective(comment, lines)) directives.push_back(std::move(*directive));
  }
  return directives;
}

SuppressionOutcome applySuppressions(std::vector<Diagnostic>& diagnostics, const std::vector<Directive>& directives,
                                     const Config& config, const Registry& registry) {
  SuppressionOutcome outcome;
  if (directives.empty()) return outcome;
  std::vector<std::string> everyRule;
  for (const auto& rule : registry.rules()) everyRule.push_back(rule->meta().id);

  std::vector<Claim> claims;
  std::vector<std::vector<std::size_t>> claimsOf(directives.size());
  for (std::size_t d = 0; d < directives.size(); ++d) {
    const Directive& directive = directives[d];
    if (directive.targets.empty()) {
      claimsOf[d].push_back(claims.size());
      claims.push_back({d, std::nullopt, everyRule});
      continue;
    }
    for (std::size_t t = 0; t < directive.targets.size(); ++t) {
      const DirectiveTarget& target = directive.targets[t];
      std::vector<std::string> rules = expandRuleSelector(registry, target.name);
      if (rules.empty()) {
        outcome.unknown.push_back({d, t});
        continue;
      }
      std::sort(rules.begin(), rules.end());
      claimsOf[d].push_back(claims.size());
      claims.push_back({d, t, std::move(rules)});
    }
  }

  std::vector<std::size_t> fileClaims;
  std::map<std::uint32_t, std::vector<std::size_t>> lineClaims;
  std::vector<std::size_t> ranges;  // Disable and Enable directives, in file order
  for (std::size_t d = 0; d < directives.size(); ++d) {
    const std::uint32_t line = directives[d].span.begin.line;
    switch (directives[d].kind) {
      case DirectiveKind::DisableFile:
        fileClaims.insert(fileClaims.end(), claimsOf[d].begin(), claimsOf[d].end());
        break;
      case DirectiveKind::DisableLine:
        std::ranges::copy(claimsOf[d], std::back_inserter(lineClaims[line]));
        break;
      case DirectiveKind::DisableNextLine:
        std::ranges::copy(claimsOf[d], std::back_inserter(lineClaims[line + 1]));
        break;
      case DirectiveKind::Disable:
      case DirectiveKind::Enable:
        ranges.push_back(d);
        break;
    }
  }

  // Range directives act from where they stand: sweep them and the
  // diagnostics together in file order. `openBy` says which claim holds each
  // rule disabled; the first one to disable a rule gets the credit.
  std::map<std::string, std::size_t, std::less<>> openBy;
  auto applyRange = [&](std::size_t d) {
    for (const std::size_t c : claimsOf[d]) {
      Claim& claim = claims[c];
      for (const std::string& rule : claim.rules) {
        if (directives[d].kind == DirectiveKind::Disable) {
          openBy.try_emplace(rule, c);
        } else if (openBy.erase(rule) > 0) {
          claim.used = true;
        }
      }
    }
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(), reportOrder);
  std::size_t nextRange = 0;
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (Diagnostic& diagnostic : diagnostics) {
    while (nextRange < ranges.size() && directives[ranges[nextRange]].span.begin < diagnostic.span.begin) {
      applyRange(ranges[nextRange++]);
    }
    // An unsuppressible category's findings stay (syntax and schema, as
    // they cannot be in a config: a file that breaks the format cannot be
    // waved through), and say that a comment tried.
    const bool suppressible = isSuppressible(diagnostic.rule);
    bool suppressed = false;
    bool tried = false;
    auto credit = [&](std::size_t c) {
      if (!claims[c].covers(diagnostic.rule)) return;
      tried = true;
      if (!suppressible) return;
      claims[c].used = true;
      suppressed = true;
    };
    std::ranges::for_each(fileClaims, credit);
    if (const auto it = lineClaims.find(diagnostic.span.begin.line); it != lineClaims.end()) {
      std::ranges::for_each(it->second, credit);
    }
    if (const auto it = openBy.find(diagnostic.rule); it != openBy.end()) credit(it->second);
    if (tried && !suppressible) {
      diagnostic.help += fmt::format("{}a crmlint-disable comment covers this finding, but {} findings cannot be "
                                     "suppressed{}: fix the file",
                                     diagnostic.help.empty() ? "" : "; ", categoryOfRule(diagnostic.rule),
                                     isAlwaysOn(diagnostic.rule) ? " (by a comment or a config)" : " by a comment");
    }
    if (!suppressed) kept.push_back(std::move(diagnostic));
  }
  while (nextRange < ranges.size()) applyRange(ranges[nextRange++]);
  diagnostics = std::move(kept);

  for (const Claim& claim : claims) {
    if (claim.used) continue;
    const bool rulesOff = std::none_of(claim.rules.begin(), claim.rules.end(),
                                       [&](const std::string& id) { return enabledSetting(config, id) != nullptr; });
    outcome.unused.push_back({claim.directive, claim.target, rulesOff});
  }
  return outcome;
}

}  // namespace crmlint
