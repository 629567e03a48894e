#pragma once
// The rule API. A rule is one class in one file under rules/<category>/:
// its documentation (RuleMeta) sits next to its check, and it registers
// itself with CRMLINT_REGISTER_RULE. A rule runs in one phase (RuleMeta::phase)
// and sees what exists then through that phase's context: the text, the YAML
// tree, the schema walk of a strategy's tree, the typed model, or the
// suppression comments; never the CLI, a
// config file or an output format. Every finding becomes a Diagnostic in one
// place, DiagnosticSink.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diagnostic.h"
#include "directive.h"
#include "model.h"
#include "rule_meta.h"
#include "schema.h"
#include "yaml_tree.h"

namespace crmlint {

struct Config;
class Registry;

// Builds every diagnostic of one file: its file name, its rule, the severity
// the config gives that rule, its span and path. A finding of a rule the
// config switches off is dropped.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string_view file, const Config& config, std::vector<Diagnostic>& out)
      : file_(file), config_(config), out_(out) {}

  void report(const RuleMeta& rule, Span span, std::string path, std::string message, std::string help,
              std::vector<Fix> fixes = {}, std::vector<RelatedSpan> related = {});
  // At one character: for findings about a place rather than a node.
  void reportAt(const RuleMeta& rule, Position at, std::string message, std::string help);

  std::size_t count() const { return out_.size(); }

 private:
  std::string_view file_;
  const Config& config_;
  std::vector<Diagnostic>& out_;
};

// The text phase: the file's text, before it is parsed, and the outcome of
// parsing it (parsed only when a rule asks, after the text checks).
class TextContext {
 public:
  TextContext(std::string_view text, const LineIndex& lines, const ParseLimits& limits,
              std::optional<ParseResult>& parsed, const RuleMeta& meta, DiagnosticSink& sink)
      : text_(text), lines_(lines), limits_(limits), parsed_(parsed), meta_(meta), sink_(sink) {}

  std::string_view text() const { return text_; }
  const LineIndex& lines() const { return lines_; }
  // The parser's error, or nullptr when the text is YAML.
  const SyntaxError* parseError();

  void reportAt(std::size_t offset, std::string message, std::string help) {
    reportAt(lines_.position(offset), std::move(message), std::move(help));
  }
  void reportAt(Position at, std::string message, std::string help) {
    sink_.reportAt(meta_, at, std::move(message), std::move(help));
  }

 private:
  std::string_view text_;
  const LineIndex& lines_;
  const ParseLimits& limits_;
  std::optional<ParseResult>& parsed_;
  const RuleMeta& meta_;
  DiagnosticSink& sink_;
};

// The tree phase: the parsed YAML, which may not be a strategy.
class TreeContext {
 public:
  TreeContext(const Document& doc, std::optional<Position> secondDocument, const RuleMeta& meta, DiagnosticSink& sink)
      : doc_(doc), secondDocument_(secondDocument), meta_(meta), sink_(sink) {}

  const Document& doc() const { return doc_; }
  // Where a second YAML document starts, if the file has one.
  std::optional<Position> secondDocument() const { return secondDocument_; }

  void reportAt(Position at, std::string message, std::string help) {
    sink_.reportAt(meta_, at, std::move(message), std::move(help));
  }

 private:
  const Document& doc_;
  std::optional<Position> secondDocument_;
  const RuleMeta& meta_;
  DiagnosticSink& sink_;
};

// The directives phase: the file's suppression comments and what applying
// them to every other finding showed.
class DirectivesContext {
 public:
  DirectivesContext(const std::vector<Directive>& directives, const SuppressionOutcome& outcome,
                    const Registry& registry, const RuleMeta& meta, DiagnosticSink& sink)
      : directives_(directives), outcome_(outcome), registry_(registry), meta_(meta), sink_(sink) {}

  const std::vector<Directive>& directives() const { return directives_; }
  const SuppressionOutcome& outcome() const { return outcome_; }
  // Every rule id and category, for suggestions.
  std::vector<std::string> ruleNames() const;

  void reportAt(Span span, std::string message, std::string help) {
    sink_.report(meta_, span, {}, std::move(message), std::move(help));
  }

 private:
  const std::vector<Directive>& directives_;
  const SuppressionOutcome& outcome_;
  const Registry& registry_;
  const RuleMeta& meta_;
  DiagnosticSink& sink_;
};

// The model phase: what a rule sees while it checks one strategy.
class RuleContext {
 public:
  struct Finding {
    NodeId at = kNoNode;  // the node to point at
    std::string message;  // what is wrong, naming the entity
    std::string help;     // how to fix it
    std::string path = {};  // defaults to the path of `at`
    std::vector<Fix> fixes = {};
    std::vector<RelatedSpan> related = {};
  };

  RuleContext(const Document& doc, const RuleMeta& meta, const std::map<std::string, OptionValue>& options,
              std::optional<Date> today, DiagnosticSink& sink)
      : doc_(doc), meta_(meta), options_(options), today_(today), sink_(sink) {}

  const Document& doc() const { return doc_; }
  // The day given with --today; without it, time-aware rules stay silent.
  std::optional<Date> today() const { return today_; }

  std::int64_t integer(std::string_view option) const;
  double number(std::string_view option) const;
  const std::vector<std::string>& words(std::string_view option) const;
  std::int64_t mapValue(std::string_view option, std::string_view key) const;

  void report(Finding finding);
  // Reports a field that is missing (absent, or written empty) the same way
  // for every rule: at its key when the key is written, else at `anchor` (an
  // entry's anchor, or the strategy's); `finding.at` is replaced. A field
  // with a value is not missing, and one of the wrong type is schema/type's
  // finding: neither is reported. True when it reported.
  bool reportMissing(const FieldInfo& field, NodeId anchor, Finding finding);
  bool reportMissing(const FieldInfo& field, const Entity& entity, Finding finding) {
    return reportMissing(field, entity.anchor(), std::move(finding));
  }
  bool reportMissing(const FieldInfo& field, const Strategy& strategy, Finding finding) {
    return reportMissing(field, strategy.anchor(), std::move(finding));
  }
  // Reports at an explicit span (for findings that are not at one node).
  void reportAt(Span span, std::string path, std::string message, std::string help, std::vector<Fix> fixes = {},
                std::vector<RelatedSpan> related = {});

  // A fix that replaces the text of scalar `node` with `newText`, or nothing
  // when the node is quoted or not a scalar (its span then holds more than
  // its value, so the edit could not be checked).
  std::optional<Fix> replaceScalar(NodeId node, std::string newText, bool certain) const;

  // The path of `node` with `suffix` appended: pathOf(goal.node, "due").
  std::string pathOf(NodeId node, std::string_view suffix = {}) const;

 private:
  const OptionValue& option(std::string_view name) const;

  const Document& doc_;
  const RuleMeta& meta_;
  const std::map<std::string, OptionValue>& options_;
  std::optional<Date> today_;
  DiagnosticSink& sink_;
};

// A rule overrides the check of its phase (meta().phase); the linter calls
// no other.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  virtual void checkText(TextContext&) const {}
  virtual void checkTree(TreeContext&) const {}
  // The schema phase: the rule's visitor, reporting through `ctx`, which
  // outlives it. Every schema rule's visitor joins one walk of the tree, as
  // clang-tidy's checks share one AST traversal.
  virtual std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext&) const { return nullptr; }
  virtual void check(const Strategy&, RuleContext&) const {}
  virtual void checkDirectives(DirectivesContext&) const {}
};

// Every rule linked into the program, in id order.
class Registry final : public RuleCatalogue {
 public:
  static Registry& instance();
  const RuleMeta* meta(std::string_view id) const override;
  void add(std::unique_ptr<Rule> rule);
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  // True when `name` is a registered category (category.h).
  bool isCategory(std::string_view name) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
};

template <class R>
struct RuleRegistration {
  RuleRegistration() { Registry::instance().add(std::make_unique<R>()); }
};

#define CRMLINT_REGISTER_RULE(Class) \
  static const ::crmlint::RuleRegistration<Class> crmlintRegistration##Class {}

}  // namespace crmlint
