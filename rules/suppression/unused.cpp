#include <fmt/format.h>

#include "category.h"
#include "rule.h"

namespace crmlint {
namespace {

class Unused final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "suppression/unused",
        .severity = Severity::Info,
        .summary = "A crmlint-disable comment must suppress something.",
        .rationale =
            "A suppression comment records a decision: this finding is known and accepted here. Once the "
            "strategy changes so that the finding is gone, the comment stays behind and silently swallows the "
            "next, unrelated finding of the same rule on that line, which nobody has reviewed. Reporting "
            "directives that suppress nothing keeps every suppression tied to a real, current finding; ESLint "
            "and ruff do the same for their own suppression comments. Each entry of a directive's rule list is "
            "checked on its own, so 'crmlint-disable-next-line smart/measurable,smart/time-bound' points at the "
            "entry that is no longer needed. A crmlint-enable that ends no open crmlint-disable is reported "
            "too. The linter performs this check after every other rule has run (src/suppression.cpp), and a "
            "comment cannot silence it: switch it off in .crmlint.yaml instead.",
        .badExample =
            "goals:\n"
            "  # crmlint-disable-next-line smart/time-bound -- the date is agreed in Q2\n"
            "  - id: reduce-churn\n"
            "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
            "    due: 2027-12-31\n",
        .goodExample =
            "goals:\n"
            "  - id: reduce-churn\n"
            "    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
            "    due: 2027-12-31\n",
        .phase = RulePhase::Directives,
    };
    return meta;
  }
  // In the directives phase: it needs the findings of every other rule,
  // which src/suppression.cpp has matched against the comments.
  void checkDirectives(DirectivesContext& ctx) const override {
    for (const UnusedClaim& claim : ctx.outcome().unused) {
      const Directive& directive = ctx.directives()[claim.directive];
      const Span at = claim.target ? directive.targets[*claim.target].span : directive.span;
      ctx.reportAt(at, message(directive, claim), help(directive, claim));
    }
  }

 private:
  static std::string message(const Directive& directive, const UnusedClaim& claim) {
    const std::string what =
        claim.target ? fmt::format("'{}' finding", directive.targets[*claim.target].name) : std::string("finding");
    const std::string_view word = nameOf(directive.kind);
    switch (directive.kind) {
      case DirectiveKind::DisableNextLine:
        return fmt::format("{} suppresses nothing: line {} has no {}", word, directive.span.begin.line + 1, what);
      case DirectiveKind::DisableLine:
        return fmt::format("{} suppresses nothing: this line has no {}", word, what);
      case DirectiveKind::Disable:
        return fmt::format("{} suppresses nothing: no {} follows it", word, what);
      case DirectiveKind::DisableFile:
        return fmt::format("{} suppresses nothing: the file has no {}", word, what);
      case DirectiveKind::Enable:
        return claim.target ? fmt::format("{} ends nothing: no crmlint-disable of '{}' is open here", word,
                                          directive.targets[*claim.target].name)
                            : fmt::format("{} ends nothing: no crmlint-disable is open here", word);
    }
    return {};
  }

  // "syntax and schema": the categories no comment or config silences.
  static std::string alwaysOnCategories() {
    std::vector<std::string_view> ids;
    for (const Category& c : CategoryRegistry::instance().all()) {
      if (c.alwaysOn) ids.push_back(c.id);
    }
    if (ids.size() < 2) return fmt::format("{}", fmt::join(ids, ""));
    return fmt::format("{} and {}", fmt::join(ids.begin(), ids.end() - 1, ", "), ids.back());
  }

  static std::string help(const Directive& directive, const UnusedClaim& claim) {
    if (!claim.target) {
      return "remove the comment: a suppression that silences nothing would hide the next real finding there";
    }
    const std::string& name = directive.targets[*claim.target].name;
    if (const Category* category = CategoryRegistry::instance().ofRule(name); category && !category->suppressible) {
      if (category->alwaysOn) {
        return fmt::format("{} findings cannot be suppressed, by a comment or a config; fix the file and remove "
                           "'{}' here",
                           alwaysOnCategories(), name);
      }
      return fmt::format("a comment cannot silence {} findings; set '{}: off' under 'rules' in .crmlint.yaml "
                         "instead, and remove '{}' here",
                         category->id, name, name);
    }
    if (claim.rulesOff) {
      return fmt::format("'{}' is switched off (by the config, --select or --ignore), so there is nothing to "
                         "suppress; remove '{}' from the directive",
                         name, name);
    }
    return fmt::format("remove '{}' from the directive: a suppression that silences nothing would hide the next "
                       "real finding there",
                       name);
  }
};

CRMLINT_REGISTER_RULE(Unused);

}  // namespace
}  // namespace crmlint
