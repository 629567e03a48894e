#include <fmt/format.h>

#include <unordered_map>

#include "rule.h"

namespace crmlint {
namespace {

class AliasedEntry final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/aliased-entry",
        .severity = Severity::Error,
        .summary = "Each goal, milestone, stakeholder or other entry is written once, not repeated with an alias.",
        .rationale =
            "A YAML alias (`- *churn`) repeats an entry under the same id, so the plan would count the same "
            "goal or milestone twice: twice the benefit in the business case, two rollouts where there is one. "
            "crmlint reads the entry once, where it is written, and reports the aliases; aliases of single "
            "values or of lists inside an entry (shared departments, say) are fine.",
        .badExample = "goals:\n  - &churn\n    id: churn\n    title: Cut logo churn from 14% to 9% by 2027\n"
                      "  - *churn\n",
        .goodExample = "goals:\n  - id: churn\n    title: Cut logo churn from 14% to 9% by 2027\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    forEachSection(s, [&](const auto& section, std::string_view kind) { checkSection(ctx, section, kind); });
  }

 private:
  // One finding per entry, at its first alias, however often it is repeated.
  template <class T>
  static void checkSection(RuleContext& ctx, const Section<T>& section, std::string_view kind) {
    std::unordered_map<NodeId, std::size_t> repeats;
    for (const auto& alias : section.aliases) ++repeats[alias.entry];
    for (const auto& alias : section.aliases) {
      const auto it = repeats.find(alias.entry);
      if (it == repeats.end()) continue;
      const std::size_t more = it->second - 1;
      repeats.erase(it);
      const NodeId id = ctx.doc().get(alias.entry, "id");
      const std::string name = ctx.doc().isScalar(id) && !ctx.doc().text(id).empty()
                                   ? fmt::format("{} '{}'", kind, ctx.doc().text(id))
                                   : fmt::format("the {}", kind);
      const std::string times = more == 0 ? "" : fmt::format(" (and {} more time{})", more, more == 1 ? "" : "s");
      ctx.reportAt(alias.at, ctx.pathOf(alias.entry),
                   fmt::format("this alias repeats {} from line {}{}; a strategy lists each entry once", name,
                               ctx.doc().node(alias.entry).span.begin.line, times),
                   "delete the alias; if a second entry is meant, write it out with its own id");
    }
  }
};

CRMLINT_REGISTER_RULE(AliasedEntry);

}  // namespace
}  // namespace crmlint
