#include "cli/commands.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "category.h"
#include "json_writer.h"
#include "rule_doc.h"
#include "rule_examples.h"

namespace crmlint {

namespace {

std::string indent(std::string_view text, std::string_view prefix) {
  std::string out;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) out += line.empty() ? "\n" : fmt::format("{}{}\n", prefix, line);
  return out;
}

// Wraps prose at `width` columns.
std::string wrap(std::string_view text, std::size_t width, std::string_view prefix) {
  std::string out, line;
  std::istringstream words{std::string(text)};
  for (std::string word; words >> word;) {
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += fmt::format("{}{}\n", prefix, line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += fmt::format("{}{}\n", prefix, line);
  return out;
}

std::string_view kindName(OptionKind kind) {
  switch (kind) {
    case OptionKind::Integer: return "integer";
    case OptionKind::Number: return "number";
    case OptionKind::Words: return "list of words";
    case OptionKind::IntegerMap: return "mapping";
  }
  return "";
}

}  // namespace

void printRules(std::ostream& out, const Registry& registry, const Config& config, bool json) {
  if (json) {
    JsonWriter w(out);
    w.beginArray();
    for (const auto& rule : registry.rules()) {
      const RuleMeta& m = rule->meta();
      const RuleSetting& s = config.setting(m.id);
      w.beginObject()
          .field("id", m.id)
          .field("category", m.category())
          .field("default_severity", nameOf(m.severity))
          .field("severity", nameOf(s.severity))
          .field("enabled", s.enabled)
          .field("summary", m.summary)
          .endObject();
    }
    w.endArray().finish();
    return;
  }
  std::size_t idWidth = 0;
  for (const auto& rule : registry.rules()) idWidth = std::max(idWidth, rule->meta().id.size());
  out << fmt::format("{:<{}}  {:<14}  {:<8}  {:<3}  {}\n", "RULE", idWidth, "CATEGORY", "SEVERITY", "ON", "SUMMARY");
  for (const auto& rule : registry.rules()) {
    const RuleMeta& m = rule->meta();
    const RuleSetting& s = config.setting(m.id);
    out << fmt::format("{:<{}}  {:<14}  {:<8}  {:<3}  {}\n", m.id, idWidth, m.category(), nameOf(s.severity),
                       s.enabled ? "yes" : "no", m.summary);
  }
}

bool explainRule(std::ostream& out, const Registry& registry, const std::string& id, bool markdown) {
  const Rule* rule = registry.find(id);
  if (!rule) return false;
  const RuleMeta& m = rule->meta();
  if (markdown) {
    out << fmt::format("<a id=\"{}\"></a>\n\n## `{}`\n\n{}", ruleAnchor(m.id), m.id, ruleMarkdown(m));
    return true;
  }
  out << fmt::format("{}\n\n", m.id);
  out << fmt::format("  category: {}\n  default severity: {}\n  enabled by default: {}\n\n", m.category(),
                     nameOf(m.severity), m.enabledByDefault ? "yes" : "no");
  if (!m.pack.empty()) out << fmt::format("  from the rule pack: {}\n\n", m.pack);
  out << wrap(m.summary, 76, "  ") << '\n';
  out << "Why\n" << wrap(m.rationale, 76, "  ") << '\n';
  out << "Bad\n" << indent(m.badExample, "    ") << '\n';
  out << "Good\n" << indent(m.goodExample, "    ");
  if (!m.sources.empty()) {
    out << "\nSources\n";
    for (const Source source : m.sources) {
      const SourceInfo info = sourceInfo(source);
      out << fmt::format("  - \"{}\"{}\n", info.title, info.note.empty() ? "" : fmt::format(" ({})", info.note));
    }
  }
  if (!m.options.empty()) {
    out << "\nOptions\n";
    for (const OptionSpec& o : m.options) {
      out << fmt::format("  {} ({}, default {})\n", o.name, kindName(o.kind), formatOptionValue(o.defaultValue));
      out << wrap(o.description, 72, "      ");
    }
  }
  return true;
}

bool explainCategory(std::ostream& out, const Registry& registry, const std::string& category) {
  if (!registry.isCategory(category)) return false;
  out << fmt::format("{} (a category of rules)\n\n", category);
  const Category* registered = CategoryRegistry::instance().find(category);
  const std::string& purpose = registered->purpose.empty() ? registered->question : registered->purpose;
  out << wrap(purpose, 76, "  ") << '\n';
  out << "Rules\n";
  for (const auto& rule : registry.rules()) {
    const RuleMeta& m = rule->meta();
    if (m.category() != category) continue;
    out << fmt::format("  {}\n", m.id) << wrap(m.summary, 72, "      ");
  }
  out << fmt::format("\n'crmlint explain {}/NAME' explains one rule in full.\n", category);
  return true;
}

bool testPack(std::ostream& out, const Registry& registry, const pack::PackInfo& pack) {
  // Every rule on, as `strict` has them, with the pack's rules among them.
  Config config = Config::strict(registry);
  for (const std::string& id : pack.rules) config.rules[id] = RuleSetting{true, registry.find(id)->meta().severity, {}};
  std::size_t failed = 0;
  for (const std::string& id : pack.rules) {
    const RuleMeta& meta = registry.find(id)->meta();
    const ExampleCheck check = checkExamples(meta, config, registry);
    if (check.passed()) {
      out << fmt::format("ok    {}\n", id);
      continue;
    }
    ++failed;
    if (!check.error.empty()) out << fmt::format("FAIL  {}: an example cannot be linted: {}\n", id, check.error);
    if (check.bad.empty()) out << fmt::format("FAIL  {}: its bad example does not fire it\n", id);
    for (const Diagnostic& d : check.good) {
      out << fmt::format("FAIL  {}: its good example fires it at {}:{}: {}\n", id, d.span.begin.line,
                         d.span.begin.column, d.message);
    }
  }
  out << fmt::format("{}: {} of {} rules pass their examples\n", pack.path, pack.rules.size() - failed,
                     pack.rules.size());
  return failed == 0;
}

}  // namespace crmlint
