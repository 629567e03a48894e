#include <fmt/format.h>

#include "rule.h"

namespace crmlint {
namespace {

class DuplicateId final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/duplicate-id",
        .severity = Severity::Error,
        .summary = "Entries of one section must have different ids.",
        .rationale =
            "Goals, milestones, stakeholders and the rest refer to each other by id. When two goals share an "
            "id, a milestone that names it advances one of them by accident, and every ownership, WIIFM and "
            "plan check becomes ambiguous. The second entry is reported, with the line of the first.",
        .badExample = "goals:\n  - id: churn\n    title: Cut enterprise churn from 14% to 9%\n"
                      "  - id: churn\n    title: Cut SMB churn from 20% to 15%\n",
        .goodExample = "goals:\n  - id: enterprise-churn\n    title: Cut enterprise churn from 14% to 9%\n"
                       "  - id: smb-churn\n    title: Cut SMB churn from 20% to 15%\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    forEachSection(s, [&](const auto& section, std::string_view kind) { checkSection(ctx, section, kind); });
  }

 private:
  template <class T>
  static void checkSection(RuleContext& ctx, const Section<T>& section, std::string_view kind) {
    for (const T& entry : section) {
      if (!entry.id.has() || entry.id.node == kNoNode) continue;
      // The section's index gives the first entry with an id: any other is a repeat.
      const T* first = section.find(*entry.id);
      if (first == &entry) continue;
      ctx.report({.at = entry.id.node,
                  .message = fmt::format("{} id '{}' is already used on line {}", kind, *entry.id,
                                         ctx.doc().node(first->id.node).span.begin.line),
                  .help = fmt::format("give each {} its own id", kind),
                  .related = {{.span = ctx.doc().node(first->id.node).span,
                               .message = fmt::format("the first {} with id '{}'", kind, *entry.id)}}});
    }
  }
};

CRMLINT_REGISTER_RULE(DuplicateId);

}  // namespace
}  // namespace crmlint
