#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

class DataReadiness final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/data-readiness",
        .severity = Severity::Warning,
        .summary = "A plan that migrates or integrates systems readies the data before its big rollouts.",
        .rationale =
            "\"Why Many CRM Projects Fail\" says the data must be analysed, and the systems made "
            "compatible with each other, before the CRM goes live across the enterprise; a go-live on "
            "data nobody has cleaned or mapped shows staff duplicate and wrong records on day one, and "
            "they stop trusting the system. The rule applies when the plan moves or joins systems: it "
            "has an 'integration' milestone, or a goal or milestone whose title or description uses one "
            "of 'migration_words'. Then each 'rollout' with scope 'department' or 'enterprise' needs a "
            "'data' milestone due on or before its 'start' (any data milestone when the rollout has no "
            "start). Dropped milestones do not count. The plan is reported once, at the first rollout "
            "that is not covered, naming the others.",
        .sources = {Source::ProjectsFail},
        .badExample = "milestones:\n"
                      "  - {id: connect, title: Connect the CRM to the revenues system, type: integration}\n"
                      "  - id: go-live\n"
                      "    title: Go live for every council service\n"
                      "    type: rollout\n"
                      "    scope: enterprise\n"
                      "    start: 2027-09-01\n",
        .goodExample = "milestones:\n"
                       "  - id: cleanse\n"
                       "    title: Match and de-duplicate resident records from the three systems\n"
                       "    type: data\n"
                       "    due: 2027-07-30\n"
                       "  - {id: connect, title: Connect the CRM to the revenues system, type: integration}\n"
                       "  - id: go-live\n"
                       "    title: Go live for every council service\n"
                       "    type: rollout\n"
                       "    scope: enterprise\n"
                       "    start: 2027-09-01\n"
                       "    after: [cleanse]\n",
        .options = {{.name = "migration_words",
                     .kind = OptionKind::Words,
                     .defaultValue = std::vector<std::string>{
                         "migrate", "migrates", "migrated", "migrating", "migration", "integrate", "integrates",
                         "integrated", "integrating", "integration", "interface", "interfaces", "legacy",
                         "replace", "replaces", "replacing", "replacement", "consolidate", "consolidating",
                         "consolidation", "import", "conversion", "convert", "decommission"},
                     .description = "Words that say the plan moves data between systems or joins them (whole "
                                    "words, case-insensitive)."}},
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const std::optional<std::string> evidence = movesSystems(s, ctx.words("migration_words"));
    if (!evidence) return;
    std::optional<Date> earliestData;
    bool anyData = false;
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Data) || m.dropped()) continue;
      anyData = true;
      if (m.due.has() && (!earliestData || *m.due < *earliestData)) earliestData = *m.due;
    }
    std::vector<const Milestone*> uncovered;
    for (const Milestone& m : s.milestones) {
      if (!m.is(MilestoneType::Rollout) || m.dropped() || !m.scope.has()) continue;
      if (*m.scope != Scope::Department && *m.scope != Scope::Enterprise) continue;
      const bool covered = m.start.has() ? earliestData && *earliestData <= *m.start : anyData;
      if (!covered) uncovered.push_back(&m);
    }
    if (uncovered.empty()) return;
    const Milestone& first = *uncovered.front();
    const std::string reach = *first.scope == Scope::Enterprise ? "the whole enterprise" : "a whole department";
    const std::string when = first.start.has() ? fmt::format(" on {}", first.start->described()) : "";
    std::string found = "the plan has no data milestone";
    if (anyData) {
      found = earliestData ? fmt::format("the first data milestone is not due until {}", earliestData->described())
                           : "its data milestones have no due date";
    }
    std::string others;
    if (uncovered.size() > 1) {
      std::vector<std::string> names;
      for (std::size_t i = 1; i < uncovered.size(); ++i) names.push_back(uncovered[i]->label("milestone"));
      others = fmt::format(" (so do {})", fmt::join(names, ", "));
    }
    ctx.report({.at = first.start.has() ? first.start.node : first.anchor(),
                .message = fmt::format("{} rolls out to {}{} though the plan {}, but {}{}", first.label("milestone"),
                                       reach, when, *evidence, found, others),
                .help = fmt::format("add a milestone with 'type: data' that analyses, cleans and maps the customer "
                                    "data and makes the systems agree on it, due{} before the rollout, and list "
                                    "it in the rollout's 'after'",
                                    first.start.has() ? fmt::format(" on or before {}", first.start->iso()) : "")});
  }

 private:
  // How the plan moves or joins systems, for the message, or nothing.
  static std::optional<std::string> movesSystems(const Strategy& s, const std::vector<std::string>& words) {
    for (const Milestone& m : s.milestones) {
      if (m.is(MilestoneType::Integration) && !m.dropped()) {
        return fmt::format("integrates systems ({})", m.label("milestone"));
      }
    }
    auto said = [&](const Field<Text>& f) {
      return f.has() ? text::findAnyPhrase(*f, words) : std::string();
    };
    for (const Milestone& m : s.milestones) {
      if (m.dropped()) continue;
      for (const Field<Text>* f : {&m.title, &m.description}) {
        if (std::string w = said(*f); !w.empty()) return fmt::format("says '{}' ({})", w, m.label("milestone"));
      }
    }
    for (const Goal& g : s.goals) {
      for (const Field<Text>* f : {&g.title, &g.description}) {
        if (std::string w = said(*f); !w.empty()) return fmt::format("says '{}' ({})", w, g.label("goal"));
      }
    }
    return std::nullopt;
  }
};

CRMLINT_REGISTER_RULE(DataReadiness);

}  // namespace
}  // namespace crmlint
