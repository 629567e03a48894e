#include <fmt/format.h>

#include "rule.h"
#include "schema.h"

namespace crmlint {
namespace {

class Required final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/required",
        .severity = Severity::Error,
        .summary = "Required keys must be present and not empty: strategy.name, every entry's id and "
                   "title or name, and metric.name.",
        .rationale =
            "Ids are how goals, milestones and stakeholders refer to each other, and titles and names are "
            "how people recognise them. Without them no reference can be checked and no finding can name "
            "the entry it is about.",
        .badExample = "goals:\n  - title: Cut enterprise churn from 14% to 9% by 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise churn from 14% to 9% by 2027\n",
        .phase = RulePhase::Schema,
    };
    return meta;
  }

  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void missing(NodeId mapping, NodeId emptyKey, const FieldSpec& field, const EntitySpec& entity) override {
        const std::string label = entryLabel(ctx.doc(), mapping, entity);
        const std::string help = fmt::format("add '{}: ...' ({})", field.key, field.description);
        if (emptyKey != kNoNode) {
          ctx.report({.at = emptyKey, .message = fmt::format("{} has an empty '{}'", label, field.key), .help = help});
        } else {
          ctx.report({.at = missingKeyAnchor(ctx.doc(), mapping),
                      .message = fmt::format("{} has no '{}'", label, field.key),
                      .help = help,
                      .path = ctx.pathOf(mapping, field.key)});
        }
      }
    };
    return std::make_unique<Visitor>(ctx);
  }
};

CRMLINT_REGISTER_RULE(Required);

}  // namespace
}  // namespace crmlint
