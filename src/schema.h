#pragma once
// Format 1 of the strategy file as data: every key, its type, whether it is
// required, its allowed values and what it means. The schema rules, the
// JSON Schema printed by `crmlint schema` and the docs all read this table.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "yaml_tree.h"

namespace crmlint {

enum class ValueType {
  Text,           // any scalar
  Bool,           // true | false
  PositiveInt,    // an integer >= 1
  Quantity,       // a number, or "NN%"
  Share,          // a number 0-100, or "NN%"
  Number,         // a number
  Date,           // YYYY-MM-DD
  Enum,           // one of `allowed`
  Id,             // [A-Za-z0-9][A-Za-z0-9_.-]*
  Ref,            // an id of `ref`
  RefList,        // a list of ids of `ref`
  TextList,       // a list of scalars
  Money,          // a bare number or the mapping `entity`
  Entity,         // the mapping `entity`
  EntityList,     // a list of mappings `entity`
  FormatVersion,  // the `crmlint` key
};

enum class RefTarget { None, Stakeholder, Department, Objective, Segment, Goal, Milestone };
std::string_view sectionName(RefTarget target);  // "stakeholders", ...
std::string_view entityKind(RefTarget target);   // "stakeholder", ...

struct EntitySpec;

struct FieldSpec {
  std::string_view key;
  ValueType type;
  bool required = false;
  std::string_view description;
  std::span<const std::string_view> allowed = {};
  RefTarget ref = RefTarget::None;
  const EntitySpec* entity = nullptr;
};

struct EntitySpec {
  std::string_view kind;  // "goal": how messages name an entry
  std::span<const FieldSpec> fields;
  const FieldSpec* field(std::string_view key) const;
};

const EntitySpec& documentSpec();

// What is wrong with `value` as a value of `field`, in words for a message,
// or nothing when it is fine. Empty values pass: `required` handles those.
// For Entity and EntityList it checks the shape only, not the contents.
std::optional<std::string> checkValue(const Document& doc, NodeId value, const FieldSpec& field);

// Walks a strategy document along the schema. Aliased entries are visited
// where they are used, and never twice through one alias chain.
class SchemaVisitor {
 public:
  virtual ~SchemaVisitor() = default;
  // A key the format does not define in `entity`.
  virtual void unknownKey(NodeId /*key*/, const EntitySpec& /*entity*/) {}
  // Every written key the format defines, with its value.
  virtual void value(NodeId /*key*/, NodeId /*value*/, const FieldSpec& /*field*/, const EntitySpec& /*entity*/) {}
  // A value that checkValue finds wrong, with what is wrong with it; the
  // walk does not descend into it.
  virtual void wrongValue(NodeId /*key*/, NodeId /*value*/, const FieldSpec& /*field*/, const EntitySpec& /*entity*/,
                          const std::string& /*problem*/) {}
  // A list entry of an EntityList field (checked for shape by checkValue on the item).
  virtual void item(NodeId /*item*/, const FieldSpec& /*list*/) {}
  // A required key missing or empty in `mapping`.
  virtual void missing(NodeId /*mapping*/, NodeId /*keyIfEmpty*/, const FieldSpec& /*field*/,
                       const EntitySpec& /*entity*/) {}
};
void walkSchema(const Document& doc, SchemaVisitor& visitor);
// One walk for several visitors, each told of every node in turn: the
// schema rules of a lint share it, so a large file is walked once.
void walkSchema(const Document& doc, std::span<SchemaVisitor* const> visitors);

// A description of the allowed values: "one of: a, b, c".
std::string describeAllowed(const FieldSpec& field);

}  // namespace crmlint

namespace crmlint {

// How messages name a mapping of the given entity: "goal 'reduce-churn'",
// "the strategy", "the metric of goal 'reduce-churn'", "the top level".
std::string entryLabel(const Document& doc, NodeId mapping, const EntitySpec& spec);

// Where to point when `mapping` lacks a key: its id value for a list entry,
// else the key that holds the mapping, else the mapping itself.
NodeId missingKeyAnchor(const Document& doc, NodeId mapping);

}  // namespace crmlint
