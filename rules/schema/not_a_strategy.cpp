#include "rule.h"

namespace crmlint {
namespace {

class NotAStrategy final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/not-a-strategy",
        .severity = Severity::Error,
        .summary = "A file named on the command line must be a strategy: a mapping with a 'strategy' key.",
        .rationale =
            "A file passed by name that is empty, a list, or some other YAML is most likely the wrong path. "
            "Files found by walking a directory are skipped instead, so a repository can keep other YAML "
            "(CI configs, data) next to its strategies.",
        .badExample = "- name: Acme loyalty\n  vision: One customer record\n",
        .goodExample = "strategy:\n  name: Acme loyalty\n  vision: One customer record\n",
    };
    return meta;
  }
  // The linter reports this before any model exists (src/linter.cpp): a file
  // that is not a strategy has nothing for other checks to read.
  void check(const Strategy&, RuleContext&) const override {}
};

CRMLINT_REGISTER_RULE(NotAStrategy);

}  // namespace
}  // namespace crmlint
