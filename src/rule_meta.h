#pragma once
// What a rule is, as documentation: its id, severity, texts and options.
// Reporters and documentation read this; it does not include the model, so
// they cannot reach into a strategy (src/reporters/ is built without
// model.h, CMakeLists.txt).
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diagnostic.h"
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

// When a rule runs while a file is linted; each phase's context holds only
// what exists by then (rule.h).
enum class RulePhase {
  Text,        // the raw text and whether it parses as YAML (syntax)
  Tree,        // the YAML tree, before any model: is it a strategy at all
  Schema,      // a strategy's tree walked along the format's schema, once for every such rule
  Model,       // the typed model of a strategy: nearly every rule
  Directives,  // the suppression comments, once every other finding is known
};

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
  // The pack file that defines the rule (docs/packs.md); empty for a rule
  // built into crmlint. A file's rules run only where a config names it.
  std::string pack = {};
  RulePhase phase = RulePhase::Model;

  std::string_view category() const;
  const OptionSpec* option(std::string_view name) const;
};

// What reporters need of the rule registry: each rule's metadata by id.
class RuleCatalogue {
 public:
  virtual ~RuleCatalogue() = default;
  // nullptr for an unknown id.
  virtual const RuleMeta* meta(std::string_view id) const = 0;
};

}  // namespace crmlint
