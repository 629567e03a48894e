#include <fmt/format.h>

#include "rule.h"
#include "scalar.h"
#include "schema.h"
#include "suggest.h"

namespace crmlint {
namespace {

class Type final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/type",
        .severity = Severity::Error,
        .summary = "Every value must have the kind the format expects: text, number, date, list or one of the "
                   "allowed words.",
        .rationale =
            "A target written as 'nine percent', a due date of 2027-02-30 or an outcome of 'retain' cannot be "
            "measured, compared or scheduled, so every rule that reads it would be guessing. Enumerations "
            "list their allowed values in the message; dates must name a real day. A number written "
            "with thousands separators (1,450) is text to YAML: the message says so, and the fix writes "
            "it without them (1450).",
        .badExample = "goals:\n  - id: reduce-churn\n    title: Cut churn from 14% to 9%\n    due: 2027-02-30\n"
                      "    outcome: retain\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut churn from 14% to 9%\n    due: 2027-02-28\n"
                       "    outcome: retention\n",
        .phase = RulePhase::Schema,
    };
    return meta;
  }

  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void wrongValue(NodeId key, NodeId value, const FieldSpec& field, const EntitySpec& entity,
                      const std::string& problem) override {
        const std::string label = entryLabel(ctx.doc(), ctx.doc().parent(key), entity);
        std::vector<Fix> fixes;
        // checkValue's message already says "did you mean"; the fix is the same word.
        if (field.type == ValueType::Date && ctx.doc().isScalar(value)) {
          // 'Q3 2027' can only mean the quarter 2027-Q3.
          if (const auto quarter = quarterSpelling(ctx.doc().text(value))) {
            if (auto fix = ctx.replaceScalar(value, *quarter, true)) fixes.push_back(std::move(*fix));
          }
        }
        if (field.type == ValueType::Enum && ctx.doc().isScalar(value)) {
          const std::string text(ctx.doc().text(value));
          if (const auto suggestion = closestMatch(text, field.allowed)) {
            if (auto fix = ctx.replaceScalar(value, *suggestion, certainMatch(text, field.allowed) == suggestion)) {
              fixes.push_back(std::move(*fix));
            }
          }
        }
        std::string help = helpFor(field);
        const bool numeric =
            field.type == ValueType::Quantity || field.type == ValueType::Number || field.type == ValueType::Money;
        if (numeric && ctx.doc().isScalar(value)) {
          // Groups of exactly three digits are thousands: '1,450' is 1450.
          if (const auto plain = numberWithoutSeparators(ctx.doc().text(value))) {
            const bool isQuoted = ctx.doc().quoted(value);
            help = fmt::format("write '{}: {}', without separators{}", field.key, *plain,
                               isQuoted ? " or quotes" : "");
            if (auto fix = ctx.replaceScalar(value, *plain, true)) {
              fix->title = fmt::format("write {} without separators", *plain);
              fixes.push_back(std::move(*fix));
            }
          }
        }
        ctx.report({.at = value,
                    .message = fmt::format("{}: {}", label, problem),
                    .help = std::move(help),
                    .fixes = std::move(fixes)});
      }
      void item(NodeId item, const FieldSpec& list) override {
        const Document& doc = ctx.doc();
        if (doc.isMapping(item)) return;
        const std::string got = doc.isNull(item)       ? "an empty entry"
                                : doc.isSequence(item) ? "a list"
                                                       : fmt::format("'{}'", doc.node(item).value);
        ctx.report({.at = item,
                    .message = fmt::format("each entry of '{}' must be a {} mapping (id, {}, ...), not {}",
                                           list.key, list.entity->kind, list.entity->fields[1].key, got),
                    .help = fmt::format("write the entry as '- id: ...' followed by its keys")});
      }
      // How to write the value, not what the key means.
      static std::string helpFor(const FieldSpec& field) {
        const std::string_view key = field.key;
        switch (field.type) {
          case ValueType::Date:
            return "write the date as YYYY-MM-DD (2027-06-30), a month YYYY-MM (2027-06) or a quarter YYYY-Qn "
                   "(2027-Q2); until it is one, the entry counts as having no date";
          case ValueType::Enum: return "use " + describeAllowed(field);
          case ValueType::Quantity: return "write a number (9) or a percent string (\"9%\")";
          case ValueType::Share: return "write a number from 0 to 100, or a percent string such as \"62%\"";
          case ValueType::FormatVersion: return "write 'crmlint: 1', or remove the key";
          case ValueType::RefList:
          case ValueType::TextList: return "write a list: [a, b] or one '- item' per line";
          case ValueType::Bool:
            return fmt::format("write '{0}: true' or '{0}: false' without quotes (yes, no, on and off are read "
                               "as text)",
                               key);
          case ValueType::PositiveInt: return fmt::format("write a whole number without quotes: '{}: 1'", key);
          case ValueType::Number: return fmt::format("write a number without quotes or currency signs: '{}: 250000'", key);
          case ValueType::Money:
            return fmt::format("write a bare number ('{0}: 250000') or a mapping ('{0}: {{amount: 250000, "
                               "currency: EUR, per: year}}'), without quotes or currency signs",
                               key);
          case ValueType::Ref: return fmt::format("write one id from '{}': '{}: some-id'", sectionName(field.ref), key);
          case ValueType::Id: return "use letters, digits, '_', '.' and '-', starting with a letter or digit";
          case ValueType::Entity:
          case ValueType::EntityList:
            return fmt::format("write '{}:' on its own line, with its keys indented below it", key);
          case ValueType::Text: return fmt::format("write '{}' as one line of text, or a '>-' block", key);
        }
        return {};
      }
    };
    return std::make_unique<Visitor>(ctx);
  }
};

CRMLINT_REGISTER_RULE(Type);

}  // namespace
}  // namespace crmlint
