#include <fmt/format.h>

#include <vector>

#include "rule.h"
#include "schema.h"
#include "suggest.h"

namespace crmlint {
namespace {

class UnknownKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/unknown-key",
        .severity = Severity::Error,
        .summary = "Every key must be one that format 1 defines at that place.",
        .rationale =
            "A misspelt key is silently ignored by most YAML tools, so a goal with 'titel:' or 'deu:' looks "
            "complete to its author while every check that needs the real key sees nothing. The message "
            "suggests the closest known key (at most two edits away).",
        .badExample = "goals:\n  - id: reduce-churn\n    titel: Cut enterprise churn from 14% to 9% by 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise churn from 14% to 9% by 2027\n",
        .phase = RulePhase::Schema,
    };
    return meta;
  }

  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void unknownKey(NodeId key, const EntitySpec& entity) override {
        const Document& doc = ctx.doc();
        std::vector<std::string_view> known;
        for (const FieldSpec& f : entity.fields) known.push_back(f.key);
        const NodeId mapping = doc.parent(key);
        const std::string label = entryLabel(doc, mapping, entity);
        if (!doc.isScalar(key)) {
          ctx.report({.at = key,
                      .message = fmt::format("{} has a key that is not plain text", label),
                      .help = fmt::format("keys allowed here: {}", fmt::join(known, ", "))});
          return;
        }
        const std::string_view text = doc.keyText(key);
        const auto suggestion = closestMatch(text, known);
        std::vector<Fix> fixes;
        // Renaming onto a key the mapping already has would make a duplicate.
        if (suggestion && doc.find(mapping, *suggestion).key == kNoNode) {
          const bool certain = certainMatch(text, known) == suggestion;
          if (auto fix = ctx.replaceScalar(key, *suggestion, certain)) {
            fix->title = fmt::format("rename '{}' to '{}'", text, *suggestion);
            fixes.push_back(std::move(*fix));
          }
        }
        ctx.report({.at = key,
                    .message = fmt::format("{} has an unknown key '{}'{}", label, text, didYouMean(suggestion)),
                    .help = suggestion ? fmt::format("rename '{}' to '{}'", text, *suggestion)
                                       : fmt::format("keys allowed here: {}", fmt::join(known, ", ")),
                    .fixes = std::move(fixes)});
      }
    };
    return std::make_unique<Visitor>(ctx);
  }
};

CRMLINT_REGISTER_RULE(UnknownKey);

}  // namespace
}  // namespace crmlint
