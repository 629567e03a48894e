#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "common/sector.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

// A word-list entry may be a phrase ("work on"): each is split into words
// once, and the title's first words are compared to them.
struct VaguePhrase {
  std::string text;
  std::vector<std::string> words;
};

// The vague phrase that opens one of the title's clauses, or empty. A clause
// starts the title, follows ',', ';', ':' or a dash, or follows 'and' / 'or':
// "Engage and serve customers" is as vague in its second verb as its first.
struct VagueLead {
  std::string phrase;  // empty when no clause leads with a vague phrase
  bool opensTitle = false;
};

VagueLead vagueClauseLead(std::string_view title, const std::vector<VaguePhrase>& vague) {
  auto opens = [&](const std::vector<std::string>& words, std::size_t at) -> std::string {
    for (const VaguePhrase& phrase : vague) {
      if (!phrase.words.empty() && at + phrase.words.size() <= words.size() &&
          std::equal(phrase.words.begin(), phrase.words.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) {
        return phrase.text;
      }
    }
    return {};
  };
  std::size_t begin = 0;
  while (begin <= title.size()) {
    std::size_t end = title.find_first_of(",;:", begin);
    const std::size_t dash = title.find(" - ", begin);
    if (dash < end) end = dash;
    if (end == std::string_view::npos) end = title.size();
    const std::vector<std::string> words = text::words(title.substr(begin, end - begin));
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0 && words[i - 1] != "and" && words[i - 1] != "or") continue;
      if (std::string lead = opens(words, i); !lead.empty()) return {lead, begin == 0 && i == 0};
    }
    begin = end + 1;
  }
  return {};
}

class Specific final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "smart/specific",
        .severity = Severity::Warning,
        .summary = "A goal's title says what changes and by how much, not just 'improve ...'.",
        .rationale =
            "\"CRM Strategy Best Practices\" asks for SMART objectives, and 'S' comes first: a goal such "
            "as 'Improve customer service' cannot be planned, owned or checked, because nobody can say "
            "what 'improved' means or when it is reached. It also shows where such goals lead: the "
            "software ends up defining what the project is for. A title whose clauses lead with a vague "
            "verb (improve, engage, focus, drive, ...: the title's start, or after a comma, a dash, "
            "'and' or 'or') and that states no figure, or a title of only a few words, is reported. A "
            "year, a date, a quarter or '24/7' is not a figure: it says when, not how much. A title that "
            "names the measure and the figures, such as 'Cut enterprise churn from 14% to 9%', is not.",
        .sources = {Source::BestPractices},
        .badExample = "goals:\n  - id: service\n    title: Improve customer service\n",
        .goodExample = "goals:\n  - id: service\n"
                       "    title: Resolve 80% of support cases within one business day by end of 2027\n",
        .options = {
            {.name = "vague_words",
             .kind = OptionKind::Words,
             .defaultValue = std::vector<std::string>{
                 "improve", "enhance", "optimize", "optimise", "better", "boost", "strengthen", "leverage",
                 "streamline", "maximize", "maximise", "increase", "grow", "drive", "transform", "support",
                 "develop", "empower", "enable", "foster", "advance", "elevate", "modernize", "modernise",
                 "revolutionize", "revolutionise", "focus on", "work on", "ensure", "focus", "engage", "serve",
                 "promote", "facilitate", "embed", "embrace", "harness", "deepen", "nurture", "encourage",
                 "prioritise", "prioritize", "champion", "explore"},
             .description = "Words that, leading a clause of a title that states no figure, make the goal vague. "
                            "Matched as "
                            "whole words, case-insensitively."},
            {.name = "min_words",
             .kind = OptionKind::Integer,
             .defaultValue = std::int64_t{4},
             .description = "A title with fewer words than this is too short to be specific.",
             .minimum = 1,
             .maximum = 100},
        },
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    std::vector<VaguePhrase> vague;
    for (const std::string& phrase : ctx.words("vague_words")) vague.push_back({phrase, text::words(phrase)});
    const auto minWords = static_cast<std::size_t>(std::max<std::int64_t>(0, ctx.integer("min_words")));
    for (const Goal& g : s.goals) {
      if (!g.title.has()) continue;  // schema/required reports a missing title
      const std::vector<std::string> titleWords = text::words(*g.title);
      const VagueLead vagueLead = text::hasFigure(*g.title) ? VagueLead{} : vagueClauseLead(*g.title, vague);
      const std::string& lead = vagueLead.phrase;
      const bool tooShort = titleWords.size() < minWords;
      if (lead.empty() && !tooShort) continue;

      std::string why;
      if (!lead.empty()) {
        why = fmt::format("{} the vague word '{}' and names no figure",
                          vagueLead.opensTitle ? "opens with" : "leads a clause with", lead);
      }
      if (tooShort) {
        if (!why.empty()) why += ", and ";
        why += fmt::format("is only {} word{} long", titleWords.size(), titleWords.size() == 1 ? "" : "s");
      }
      ctx.report({.at = g.title.node,
                  .message = fmt::format("{} is not specific: its title {}", g.label("goal"), why),
                  .help = fmt::format("say what changes, for whom, and by how much: '{}' rather than 'Improve "
                                      "service'",
                                      sector::exampleGoal(s.sector()))});
    }
  }
};

CRMLINT_REGISTER_RULE(Specific);

}  // namespace
}  // namespace crmlint
