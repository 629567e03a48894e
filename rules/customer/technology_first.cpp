#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "common/sector.h"
#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

using Words = std::vector<std::string>;

// A word list's phrases, each split into words once per check.
struct Phrases {
  explicit Phrases(const std::vector<std::string>& list) : text(list) {
    for (const std::string& phrase : list) split.push_back(text::words(phrase));
  }
  const std::vector<std::string>& text;
  std::vector<Words> split;
};

// The phrase of `phrases` that `words` holds at `at`, or empty.
std::string phraseAt(const Words& words, std::size_t at, const Phrases& phrases) {
  for (std::size_t i = 0; i < phrases.split.size(); ++i) {
    const Words& needle = phrases.split[i];
    if (!needle.empty() && at + needle.size() <= words.size() &&
        std::equal(needle.begin(), needle.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) {
      return phrases.text[i];
    }
  }
  return {};
}

// The first phrase of `phrases` anywhere in `words`, or empty.
std::string phraseIn(const Words& words, const Phrases& phrases) {
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (std::string found = phraseAt(words, at, phrases); !found.empty()) return found;
  }
  return {};
}

bool oneOf(const std::string& word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// What the text sets out to do: its first sentence, without a leading
// subject ("We will ..."), and after "Use the new CRM to ..." the part that
// follows "to". Technology named as the means ("using the newly installed
// CRM") is not the aim.
Words aimOf(std::string_view text) {
  std::size_t end = text.size();
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == ';') && text[i + 1] == ' ') {
      end = i;
      break;
    }
  }
  Words words = text::words(text.substr(0, end));
  std::size_t from = 0;
  while (from < words.size() && oneOf(words[from], {"we", "we'll", "will", "shall", "must", "i", "they", "to"})) ++from;
  if (from < words.size() && oneOf(words[from], {"use", "using", "leverage", "through", "with", "via"})) {
    for (std::size_t i = from + 1; i < words.size(); ++i) {
      if (words[i] == "to" || words[i] == "so") {
        from = i + 1;
        break;
      }
    }
  }
  return Words(words.begin() + static_cast<std::ptrdiff_t>(from), words.end());
}

// Why a text's aim is a technology purchase or deployment: the words found.
// The aim is technology when it opens with a technology verb acting on a
// technology noun or product ("Replace the legacy mainframe ..."), or when
// it opens with the technology itself ("Zendesk in use by ...").
std::optional<std::string> technologyWording(std::string_view text, const Phrases& verbs, const Phrases& nouns,
                                             const Phrases& products) {
  const Words aim = aimOf(text);
  if (aim.empty()) return std::nullopt;
  if (const std::string verb = phraseAt(aim, 0, verbs); !verb.empty()) {
    std::string object = phraseIn(aim, products);
    if (object.empty()) object = phraseIn(aim, nouns);
    if (object.empty()) return std::nullopt;
    return fmt::format("'{}' ... '{}'", verb, object);
  }
  std::size_t at = 0;
  while (at < aim.size() && oneOf(aim[at], {"a", "an", "the", "new", "one", "single", "our", "modern", "shared"})) ++at;
  std::string subject = phraseAt(aim, at, products);
  if (subject.empty()) subject = phraseAt(aim, at, nouns);
  if (subject.empty()) return std::nullopt;
  return fmt::format("'{}'", subject);
}

class TechnologyFirst final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/technology-first",
        .severity = Severity::Warning,
        .summary = "Goals are about customers, not about buying or deploying software.",
        .rationale =
            "The five sources agree on the most common way CRM fails: the project becomes about the "
            "software or the vendor, and the customer drops out of view (\"Reasons Why CRM Strategies "
            "Fail\", \"These 3 Reasons Will Surprise You\", \"Why Many CRM Projects Fail\"). \"CRM "
            "Strategy Best Practices\" calls software the enabler of a strategy, and \"CRM is not "
            "software\" asks that requirements follow from the strategy rather than from a product's "
            "features. A goal whose aim is implementing, buying, replacing or migrating to a system or a "
            "named product, and that gives no customer 'outcome', is a technology project dressed as a "
            "goal. The aim is the first sentence of the title (or of the description): it opens with a "
            "technology verb acting on a technology noun or product, or opens with the technology "
            "itself. Technology named as the means ('Use the newly installed CRM to answer ...', '... "
            "using the new portal') is not the aim. The software work belongs in milestones "
            "(vendor-selection, integration, rollout) under a goal that says what changes for customers.",
        .sources = {Source::ReasonsStrategiesFail, Source::ThreeReasons, Source::ProjectsFail, Source::BestPractices, Source::NotSoftware},
        .badExample = "goals:\n  - id: go-live\n    title: Implement Salesforce for all sales reps by Q3 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise logo churn from 14% to 9% by end of 2027\n"
                       "    outcome: retention\nmilestones:\n  - id: rollout-enterprise\n"
                       "    title: Roll out shared account plans in the new CRM\n    goals: [reduce-churn]\n"
                       "    type: rollout\n",
        .options = {
            {.name = "technology_verbs",
             .kind = OptionKind::Words,
             .defaultValue = std::vector<std::string>{
                 "implement", "implements", "implemented", "implementing", "implementation",
                 "deploy", "deploys", "deployed", "deploying", "deployment",
                 "install", "installs", "installed", "installing", "installation",
                 "roll out", "rolls out", "rolled out", "rolling out", "roll-out", "rollout",
                 "migrate to", "migrate onto", "migrated to", "migrating to", "migration to",
                 "buy", "buys", "bought", "buying", "purchase", "purchased", "purchasing",
                 "license", "licence",
                 "go live with", "go-live", "go live", "launch", "launched",
                 "upgrade", "upgraded", "upgrading", "switch to", "move to", "replace", "replacing", "modernise",
                 "modernize", "re-platform", "replatform", "procure", "build",
                 "adopt", "integrate", "configure", "customize", "customise", "set up"},
             .description = "Verbs of acquiring or deploying technology (whole words, case-insensitive)."},
            {.name = "technology_nouns",
             .kind = OptionKind::Words,
             .defaultValue = std::vector<std::string>{
                 "crm", "software", "system", "systems", "platform", "platforms", "tool", "tools", "tooling",
                 "app", "apps", "application", "applications", "cloud", "saas", "solution", "suite", "module",
                 "modules", "portal", "database", "erp", "chatbot", "dashboard", "dashboards",
                 "licenses", "licences", "version", "instance", "technology", "mainframe", "architecture",
                 "client-server", "legacy", "infrastructure", "server", "servers", "hardware", "data warehouse"},
             .description = "Nouns naming technology; with a technology verb they make a goal technology-first."},
            {.name = "products",
             .kind = OptionKind::Words,
             .defaultValue = std::vector<std::string>{
                 "Salesforce", "Sales Cloud", "Service Cloud", "HubSpot", "Dynamics 365", "Microsoft Dynamics",
                 "Zoho", "SAP", "Oracle", "Siebel", "Pipedrive", "Zendesk", "Freshsales", "Freshdesk",
                 "Freshworks", "Sugar CRM", "SugarCRM", "Monday.com", "Insightly", "Keap",
                 "Close.io", "ServiceNow", "Genesys", "Marketo", "Pardot", "NetSuite", "Odoo",
                 "Vtiger", "Intercom"},
             .description = "Product and vendor names; naming one makes a goal technology-first on its own."},
        },
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    const Phrases verbs(ctx.words("technology_verbs"));
    const Phrases nouns(ctx.words("technology_nouns"));
    const Phrases products(ctx.words("products"));
    for (const Goal& g : s.goals) {
      if (g.outcome.has()) continue;
      const Field<Text>* where = nullptr;
      std::optional<std::string> wording;
      for (const Field<Text>* field : {&g.title, &g.description}) {
        if (!field->has()) continue;
        wording = technologyWording(**field, verbs, nouns, products);
        if (wording) {
          where = field;
          break;
        }
      }
      if (!where) continue;
      ctx.report({.at = where->node,
                  .message = fmt::format("{} is about technology ({}), not about customers, and names no "
                                         "customer outcome",
                                         g.label("goal"), *wording),
                  .help = fmt::format("restate the goal as the change {} will see (e.g. '{}'), set its "
                                      "'outcome', and move the software work into milestones that serve it",
                                      sector::customers(s.sector()), sector::exampleGoal(s.sector()))});
    }
  }
};

CRMLINT_REGISTER_RULE(TechnologyFirst);

}  // namespace
}  // namespace crmlint
