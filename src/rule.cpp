#include "rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "category.h"
#include "config.h"

namespace crmlint {

std::string formatOptionValue(const OptionValue& value) {
  struct Formatter {
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const { return fmt::format("{}", v); }
    std::string operator()(const std::vector<std::string>& v) const { return fmt::format("[{}]", fmt::join(v, ", ")); }
    std::string operator()(const std::map<std::string, std::int64_t>& v) const {
      std::vector<std::string> parts;
      for (const auto& [key, number] : v) parts.push_back(fmt::format("{}: {}", key, number));
      return fmt::format("{{{}}}", fmt::join(parts, ", "));
    }
  };
  return std::visit(Formatter{}, value);
}

std::string_view RuleMeta::category() const { return categoryOfRule(id); }

const OptionSpec* RuleMeta::option(std::string_view name) const {
  for (const OptionSpec& o : options) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

const OptionValue& RuleContext::option(std::string_view name) const {
  if (const auto it = options_.find(std::string(name)); it != options_.end()) return it->second;
  if (const OptionSpec* spec = meta_.option(name)) return spec->defaultValue;
  // A rule asking for an option it does not declare is a programming error.
  throw std::logic_error(fmt::format("rule {} has no option '{}'", meta_.id, name));
}

std::int64_t RuleContext::integer(std::string_view name) const { return std::get<std::int64_t>(option(name)); }

double RuleContext::number(std::string_view name) const {
  const OptionValue& v = option(name);
  if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  return std::get<double>(v);
}

const std::vector<std::string>& RuleContext::words(std::string_view name) const {
  return std::get<std::vector<std::string>>(option(name));
}

std::int64_t RuleContext::mapValue(std::string_view name, std::string_view key) const {
  // A config sets some keys; the others keep their defaults.
  const auto& chosen = std::get<std::map<std::string, std::int64_t>>(option(name));
  if (const auto it = chosen.find(std::string(key)); it != chosen.end()) return it->second;
  const auto& defaults = std::get<std::map<std::string, std::int64_t>>(meta_.option(name)->defaultValue);
  if (const auto it = defaults.find(std::string(key)); it != defaults.end()) return it->second;
  throw std::logic_error(fmt::format("rule {} option '{}' has no key '{}'", meta_.id, name, key));
}

std::string RuleContext::pathOf(NodeId node, std::string_view suffix) const {
  std::string path = node == kNoNode ? std::string() : doc_.path(node);
  if (!suffix.empty()) {
    if (!path.empty() && suffix.front() != '[') path += '.';
    path += suffix;
  }
  return path;
}

void RuleContext::report(Finding finding) {
  Span span{{1, 1}, {1, 1}};
  if (finding.at != kNoNode) span = doc_.node(finding.at).span;
  std::string path = finding.path.empty() ? pathOf(finding.at) : std::move(finding.path);
  reportAt(span, std::move(path), std::move(finding.message), std::move(finding.help), std::move(finding.fixes),
           std::move(finding.related));
}

bool RuleContext::reportMissing(const FieldInfo& field, NodeId anchor, Finding finding) {
  if (!field.missing()) return false;
  finding.at = field.written() ? field.key : anchor;
  report(std::move(finding));
  return true;
}

void RuleContext::reportAt(Span span, std::string path, std::string message, std::string help,
                           std::vector<Fix> fixes, std::vector<RelatedSpan> related) {
  sink_.report(meta_, span, std::move(path), std::move(message), std::move(help), std::move(fixes),
               std::move(related));
}

void DiagnosticSink::report(const RuleMeta& rule, Span span, std::string path, std::string message,
                            std::string help, std::vector<Fix> fixes, std::vector<RelatedSpan> related) {
  const RuleSetting& setting = config_.setting(rule.id);
  if (!setting.enabled) return;
  out_.push_back(Diagnostic{.file = std::string(file_),
                            .span = span,
                            .severity = setting.severity,
                            .rule = rule.id,
                            .message = std::move(message),
                            .help = std::move(help),
                            .path = std::move(path),
                            .fixes = std::move(fixes),
                            .related = std::move(related)});
}

void DiagnosticSink::reportAt(const RuleMeta& rule, Position at, std::string message, std::string help) {
  report(rule, {at, {at.line, at.column + 1}}, {}, std::move(message), std::move(help));
}

const SyntaxError* TextContext::parseError() {
  if (!parsed_) parsed_ = parseYaml(text_, lines_, limits_);
  return parsed_->error ? &*parsed_->error : nullptr;
}

std::vector<std::string> DirectivesContext::ruleNames() const {
  std::vector<std::string> names;
  for (const auto& rule : registry_.rules()) {
    names.push_back(rule->meta().id);
    names.emplace_back(rule->meta().category());
  }
  return names;
}

std::optional<Fix> RuleContext::replaceScalar(NodeId node, std::string newText, bool certain) const {
  if (!doc_.isScalar(node) || doc_.node(node).quoted) return std::nullopt;
  const Node& n = doc_.node(node);
  if (n.span.empty() || n.span.begin.line != n.span.end.line) return std::nullopt;
  Fix fix{.title = fmt::format("change '{}' to '{}'", n.value, newText), .edits = {}, .certain = certain};
  fix.edits.push_back({.span = n.span, .oldText = std::string(n.value), .newText = std::move(newText)});
  return fix;
}

Registry& Registry::instance() {
  static Registry registry;
  return registry;
}

void Registry::add(std::unique_ptr<Rule> rule) {
  const auto at = std::lower_bound(rules_.begin(), rules_.end(), rule->meta().id,
                                   [](const auto& r, const std::string& id) { return r->meta().id < id; });
  rules_.insert(at, std::move(rule));
}

const RuleMeta* Registry::meta(std::string_view id) const {
  const Rule* rule = find(id);
  return rule ? &rule->meta() : nullptr;
}

const Rule* Registry::find(std::string_view id) const {
  for (const auto& r : rules_) {
    if (r->meta().id == id) return r.get();
  }
  return nullptr;
}

bool Registry::isCategory(std::string_view name) const { return CategoryRegistry::instance().find(name) != nullptr; }

}  // namespace crmlint
