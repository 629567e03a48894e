#include <fmt/format.h>

#include "rule.h"
#include "utf8.h"

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
        .phase = RulePhase::Text,
    };
    return meta;
  }
  // The text is checked before the parser sees it: the parser is not asked
  // to read bytes that are not UTF-8.
  void checkText(TextContext& ctx) const override {
    const std::string_view text = ctx.text();
    if (const auto encoding = wideEncodingOf(text)) {
      return ctx.reportAt(0, fmt::format("the file is encoded as {}, not UTF-8", *encoding),
                          "save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)");
    }
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
      return ctx.reportAt(nul, "the file contains a NUL byte; it looks like a binary file, not YAML",
                          "lint only YAML text files; check the path");
    }
    if (const auto bad = findInvalidUtf8(text)) {
      return ctx.reportAt(*bad,
                          fmt::format("the file is not valid UTF-8 (byte 0x{:02X})",
                                      static_cast<unsigned char>(text[*bad])),
                          "save the file as UTF-8");
    }
    if (const SyntaxError* error = ctx.parseError()) ctx.reportAt(error->position, error->message, error->help);
  }
};

CRMLINT_REGISTER_RULE(Syntax);

}  // namespace
}  // namespace crmlint
