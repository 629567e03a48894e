#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

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

// The vague phrase the title opens with, or empty.
std::string leadingVagueWord(const std::vector<std::string>& titleWords, const std::vector<VaguePhrase>& vague) {
  for (const VaguePhrase& phrase : vague) {
    if (!phrase.words.empty() && phrase.words.size() <= titleWords.size() &&
        std::equal(phrase.words.begin(), phrase.words.end(), titleWords.begin())) {
      return phrase.text;
    }
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
            "The CRM best-practices article asks for SMART objectives, and 'S' comes first: a goal such as "
            "'Improve customer service' cannot be planned, owned or checked, because nobody can say what "
            "'improved' means or when it is reached. The failure articles show where such goals lead: the "
            "software ends up defining what the project is for. A title that leads with a vague verb (improve, "
            "enhance, optimize, boost, ...) and carries no figure, or a title of only a few words, is reported; "
            "a title that names the measure and the figures, such as 'Cut enterprise churn from 14% to 9%', is not.",
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
                 "revolutionize", "revolutionise", "focus on", "work on", "ensure"},
             .description = "Words that, leading a title that holds no number, make the goal vague. Matched as "
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
      const std::string lead = text::hasNumber(*g.title) ? std::string() : leadingVagueWord(titleWords, vague);
      const bool tooShort = titleWords.size() < minWords;
      if (lead.empty() && !tooShort) continue;

      std::string why;
      if (!lead.empty()) {
        why = fmt::format("opens with the vague word '{}' and names no figure", lead);
      }
      if (tooShort) {
        if (!why.empty()) why += ", and ";
        why += fmt::format("is only {} word{} long", titleWords.size(), titleWords.size() == 1 ? "" : "s");
      }
      ctx.report({.at = g.title.node,
                  .message = fmt::format("{} is not specific: its title {}", g.label("goal"), why),
                  .help = "say what changes, for whom, and by how much: 'Cut enterprise churn from 14% to 9% by "
                          "end of 2027' rather than 'Improve retention'"});
    }
  }
};

CRMLINT_REGISTER_RULE(Specific);

}  // namespace
}  // namespace crmlint
