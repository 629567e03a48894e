#include "linter.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <new>
#include <set>
#include <stdexcept>

#include "model.h"
#include "overview.h"
#include "suppression.h"

namespace crmlint {

namespace {

// Runs `check`; a rule that throws is a bug in crmlint, reported as such
// with the rule and file named.
template <class Check>
void guarded(const RuleMeta& meta, const std::string& path, const Check& check) {
  try {
    check();
  } catch (const std::bad_alloc&) {
    throw;  // not the rule's fault: the caller reports it as such
  } catch (const std::exception& e) {
    throw std::runtime_error(fmt::format("rule {} failed on {}: {}", meta.id, path, e.what()));
  }
}

// Runs `check` on every enabled rule of `phase`.
template <class Check>
void runPhase(RulePhase phase, const Registry& registry, const Config& config, const std::string& path,
              const Check& check) {
  for (const auto& rule : registry.rules()) {
    const RuleMeta& meta = rule->meta();
    if (meta.phase != phase || !config.setting(meta.id).enabled) continue;
    guarded(meta, path, [&] { check(*rule, meta); });
  }
}

// One schema rule's visitor in the shared walk, so that a visitor that
// throws is named as a rule that throws is.
class GuardedVisitor final : public SchemaVisitor {
 public:
  GuardedVisitor(std::unique_ptr<SchemaVisitor> visitor, const RuleMeta& meta, const std::string& path)
      : visitor_(std::move(visitor)), meta_(meta), path_(path) {}

  void unknownKey(NodeId key, const EntitySpec& entity) override {
    guarded(meta_, path_, [&] { visitor_->unknownKey(key, entity); });
  }
  void value(NodeId key, NodeId value, const FieldSpec& field, const EntitySpec& entity) override {
    guarded(meta_, path_, [&] { visitor_->value(key, value, field, entity); });
  }
  void wrongValue(NodeId key, NodeId value, const FieldSpec& field, const EntitySpec& entity,
                  const std::string& problem) override {
    guarded(meta_, path_, [&] { visitor_->wrongValue(key, value, field, entity, problem); });
  }
  void item(NodeId item, const FieldSpec& list) override {
    guarded(meta_, path_, [&] { visitor_->item(item, list); });
  }
  void missing(NodeId mapping, NodeId keyIfEmpty, const FieldSpec& field, const EntitySpec& entity) override {
    guarded(meta_, path_, [&] { visitor_->missing(mapping, keyIfEmpty, field, entity); });
  }

 private:
  std::unique_ptr<SchemaVisitor> visitor_;
  const RuleMeta& meta_;
  const std::string& path_;
};

bool isStrategy(const Document& doc) { return doc.hasRoot() && isStrategyDocument(doc); }

}  // namespace

void checkStrategy(const Document& doc, const Strategy& model, const Config& config, std::optional<Date> today,
                   const Registry& registry, const std::string& path, DiagnosticSink& sink) {
  std::deque<RuleContext> contexts;  // each visitor reports through its own, so they must not move
  std::vector<std::unique_ptr<SchemaVisitor>> visitors;
  runPhase(RulePhase::Schema, registry, config, path, [&](const Rule& rule, const RuleMeta& meta) {
    RuleContext& ctx = contexts.emplace_back(doc, meta, config.setting(meta.id).options, today, sink);
    if (auto visitor = rule.schemaVisitor(ctx)) {
      visitors.push_back(std::make_unique<GuardedVisitor>(std::move(visitor), meta, path));
    }
  });
  std::vector<SchemaVisitor*> walk;
  for (const auto& visitor : visitors) walk.push_back(visitor.get());
  walkSchema(doc, walk);

  runPhase(RulePhase::Model, registry, config, path, [&](const Rule& rule, const RuleMeta& meta) {
    RuleContext ctx(doc, meta, config.setting(meta.id).options, today, sink);
    rule.check(model, ctx);
  });
}

// The phases in order, each with what exists by then: the text; the YAML
// tree; the schema walk and the model, only for a strategy; the suppression
// comments, once every other finding is known. A text-phase finding (the
// file cannot be read) is the file's one diagnostic.
FileReport lintText(std::string path, std::string text, const Config& config, const LintOptions& options,
                    const Registry& registry) {
  FileReport report;
  report.path = std::move(path);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  report.source = std::move(text);
  const std::string_view source = report.source;
  const LineIndex lines(source);
  DiagnosticSink sink(report.path, config, report.diagnostics);

  std::optional<ParseResult> parsed;
  runPhase(RulePhase::Text, registry, config, report.path, [&](const Rule& rule, const RuleMeta& meta) {
    TextContext ctx(source, lines, options.limits, parsed, meta, sink);
    rule.checkText(ctx);
  });
  if (sink.count() > 0) return report;
  if (!parsed) parsed = parseYaml(source, lines, options.limits);
  if (parsed->error) return report;
  const Document& doc = parsed->document;

  const bool strategy = isStrategy(doc);
  if (!strategy && options.skipNonStrategies) {
    report.skipped = true;
    return report;
  }
  runPhase(RulePhase::Tree, registry, config, report.path, [&](const Rule& rule, const RuleMeta& meta) {
    TreeContext ctx(doc, parsed->secondDocument, meta, sink);
    rule.checkTree(ctx);
  });

  if (strategy) {
    const Strategy model = buildModel(doc);
    checkStrategy(doc, model, config, options.today, registry, report.path, sink);
    std::set<std::string, std::less<>> categoriesRun;
    for (const auto& rule : registry.rules()) {
      if (config.setting(rule->meta().id).enabled) categoriesRun.emplace(rule->meta().category());
    }
    report.overview = summarizeStrategy(model, doc, categoriesRun, options.overviewOfPlan);
  }

  // Comments are read only from a file that parsed: a syntax error stays the
  // file's one diagnostic.
  const std::vector<Directive> directives = scanDirectives(source, lines);
  if (!directives.empty()) {
    const SuppressionOutcome outcome = applySuppressions(report.diagnostics, directives, config, registry);
    runPhase(RulePhase::Directives, registry, config, report.path, [&](const Rule& rule, const RuleMeta& meta) {
      DirectivesContext ctx(directives, outcome, registry, meta, sink);
      rule.checkDirectives(ctx);
    });
  }
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(), reportOrder);
  return report;
}

}  // namespace crmlint
