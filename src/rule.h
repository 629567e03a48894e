#pragma once
// The rule API. A rule is one class in one file under rules/<category>/:
// its documentation (RuleMeta) sits next to its check, and it registers
// itself with CRMLINT_REGISTER_RULE. Rules see the typed model and the YAML
// tree through RuleContext; never the CLI, a config file or an output format.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diagnostic.h"
#include "model.h"
#include "sources.h"

namespace crmlint {

enum class OptionKind {
  Integer,     // a whole number
  Number,      // any number
  Words,       // a list of words or phrases
  IntegerMap,  // a mapping of fixed keys to whole numbers; a config sets some keys
};

using OptionValue = std::variant<std::int64_t, double, std::vector<std::string>, std::map<std::string, std::int64_t>>;

struct OptionSpec {
  std::string name;
  OptionKind kind;
  OptionValue defaultValue;
  std::string description;
  // The values a config may give a number (each value of an IntegerMap):
  // outside them a rule's arithmetic would overflow or mean nothing.
  double minimum = 0;
  double maximum = 1'000'000;
};

std::string formatOptionValue(const OptionValue& value);  // as YAML flow text

struct RuleMeta {
  std::string id;  // category/name, or a bare category for `syntax`
  Severity severity = Severity::Warning;
  std::string summary;    // one line
  std::string rationale;  // which failure it prevents and which practice it enforces
  std::vector<Source> sources = {};  // the articles the rationale draws on
  std::string badExample;
  std::string goodExample;
  std::vector<OptionSpec> options = {};
  // Rules that run only on request (with --select or a config).
  bool enabledByDefault = true;

  std::string_view category() const;
  const OptionSpec* option(std::string_view name) const;
};

// What a rule sees while it checks one file.
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
              std::optional<Date> today, std::vector<Diagnostic>& sink, std::string_view file, Severity severity)
      : doc_(doc), meta_(meta), options_(options), today_(today), sink_(sink), file_(file), severity_(severity) {}

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
  std::vector<Diagnostic>& sink_;
  std::string_view file_;
  Severity severity_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  virtual void check(const Strategy& strategy, RuleContext& ctx) const = 0;
};

// Every rule linked into the program, in id order.
class Registry {
 public:
  static Registry& instance();
  void add(std::unique_ptr<Rule> rule);
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  // True when `name` is a category of at least one rule.
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
