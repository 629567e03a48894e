#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "common/text.h"
#include "rule.h"

namespace crmlint {
namespace {

// Why a text reads as a technology purchase or deployment: the words found.
std::optional<std::string> technologyWording(const std::string& text, const std::vector<std::string>& verbs,
                                             const std::vector<std::string>& nouns,
                                             const std::vector<std::string>& products) {
  const std::string product = text::findAnyPhrase(text, products);
  const std::string verb = text::findAnyPhrase(text, verbs);
  if (!product.empty()) {
    return verb.empty() ? fmt::format("'{}'", product) : fmt::format("'{}' ... '{}'", verb, product);
  }
  if (verb.empty()) return std::nullopt;
  const std::string noun = text::findAnyPhrase(text, nouns);
  if (noun.empty()) return std::nullopt;
  return fmt::format("'{}' ... '{}'", verb, noun);
}

class TechnologyFirst final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "customer/technology-first",
        .severity = Severity::Warning,
        .summary = "Goals are about customers, not about buying or deploying software.",
        .rationale =
            "The seed articles agree on the most common way CRM fails: the project becomes about the software "
            "or the vendor, and the customer drops out of view. Software is a tool that serves the strategy, "
            "and requirements should follow from the strategy rather than from a product's features. A goal "
            "whose title or description is about implementing, buying or migrating to a system or a named "
            "product, and that gives no customer 'outcome', is a technology project dressed as a goal. The "
            "software work belongs in milestones (vendor-selection, integration, rollout) under a goal that "
            "says what changes for customers.",
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
                 "upgrade", "upgraded", "upgrading", "switch to", "move to", "replace",
                 "adopt", "integrate", "configure", "customize", "customise", "set up"},
             .description = "Verbs of acquiring or deploying technology (whole words, case-insensitive)."},
            {.name = "technology_nouns",
             .kind = OptionKind::Words,
             .defaultValue = std::vector<std::string>{
                 "crm", "software", "system", "systems", "platform", "platforms", "tool", "tools", "tooling",
                 "app", "apps", "application", "applications", "cloud", "saas", "solution", "suite", "module",
                 "modules", "portal", "database", "erp", "chatbot", "dashboard", "dashboards",
                 "licenses", "licences", "version", "instance", "technology"},
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
    const std::vector<std::string>& verbs = ctx.words("technology_verbs");
    const std::vector<std::string>& nouns = ctx.words("technology_nouns");
    const std::vector<std::string>& products = ctx.words("products");
    for (const Goal& g : s.goals) {
      if (g.outcome.has()) continue;
      const Field<std::string>* where = nullptr;
      std::optional<std::string> wording;
      for (const Field<std::string>* field : {&g.title, &g.description}) {
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
                  .help = "restate the goal as the change customers will see (e.g. 'Cut enterprise churn from 14% "
                          "to 9%'), set its 'outcome', and move the software work into milestones that serve it"});
    }
  }
};

CRMLINT_REGISTER_RULE(TechnologyFirst);

}  // namespace
}  // namespace crmlint
