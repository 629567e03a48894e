#include "rule.h"

namespace crmlint {
namespace {

class Syntax final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "syntax",
        .severity = Severity::Error,
        .summary = "The file must be readable YAML in UTF-8.",
        .rationale =
            "Nothing else can be checked in a file that cannot be read, so a file with a syntax error gets "
            "this one diagnostic and no other, where the reading stopped and in words that say what to fix "
            "(an unclosed quote or bracket, a tab used for indentation, a missing comma). It covers YAML that "
            "does not parse, text that is not UTF-8, NUL bytes (a binary file), nesting deeper than 256 levels "
            "and aliases that refer to themselves or to no anchor.",
        .badExample = "strategy:\n  name: Acme loyalty\n  vision: [one record, one plan\n",
        .goodExample = "strategy:\n  name: Acme loyalty\n  vision: [one record, one plan]\n",
    };
    return meta;
  }
  // The parser performs this check (src/linter.cpp reports it) because no
  // model exists when the file cannot be read.
  void check(const Strategy&, RuleContext&) const override {}
};

CRMLINT_REGISTER_RULE(Syntax);

}  // namespace
}  // namespace crmlint
