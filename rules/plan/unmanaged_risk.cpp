#include <fmt/format.h>

#include <string>
#include <vector>

#include "rule.h"

namespace crmlint {
namespace {

class UnmanagedRisk final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "plan/unmanaged-risk",
        .severity = Severity::Warning,
        .summary = "Every risk has an owner and a mitigation.",
        .rationale =
            "A risk register that names dangers but nobody to watch them, or nothing being done about "
            "them, is a list of ways the programme can fail. \"Reasons Why CRM Strategies Fail\" and "
            "\"These 3 Reasons Will Surprise You\" describe failures anyone could have seen coming "
            "(staff resistance, rushed rollouts, vendor-led scope) that no one was charged with heading "
            "off; \"CRM Strategy Best Practices\" asks for a plan that is managed and adjusted as it "
            "goes. The rule reports each entry of `risks` that lacks an `owner` or a `mitigation`, at "
            "the risk's id, naming what is missing. Each risk is its own finding: who watches it and "
            "what is done about it are decided risk by risk.",
        .sources = {Source::ReasonsStrategiesFail, Source::ThreeReasons, Source::BestPractices},
        .badExample = "risks:\n"
                      "  - id: adoption\n"
                      "    title: Staff keep their own spreadsheets and the CRM data goes stale\n",
        .goodExample = "risks:\n"
                       "  - id: adoption\n"
                       "    title: Staff keep their own spreadsheets and the CRM data goes stale\n"
                       "    owner: dana\n"
                       "    mitigation: Team leads review CRM use weekly; spreadsheets retire at go-live\n",
    };
    return meta;
  }

  void check(const Strategy& s, RuleContext& ctx) const override {
    for (const Risk& r : s.risks) {
      // A value of the wrong shape is schema/type's to report.
      std::vector<std::string> missing;
      std::string path;
      if (r.owner.missing()) {
        missing.emplace_back("owner who watches it");
        path = ctx.pathOf(r.node, "owner");
      }
      if (r.mitigation.missing()) {
        missing.emplace_back("mitigation");
        if (path.empty()) path = ctx.pathOf(r.node, "mitigation");
      }
      if (missing.empty()) continue;
      ctx.report({.at = r.anchor(),
                  .message = fmt::format("{} has no {}: nobody is charged with heading it off",
                                         r.label("risk"), fmt::join(missing, " and no ")),
                  .help = "add 'owner:' with the stakeholder who watches the risk and 'mitigation:' with what is "
                          "being done to make it less likely or less harmful",
                  .path = path});
    }
  }
};

CRMLINT_REGISTER_RULE(UnmanagedRisk);

}  // namespace
}  // namespace crmlint
