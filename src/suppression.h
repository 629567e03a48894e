#pragma once
// Suppression comments: `# crmlint-disable-next-line RULE[,RULE] [-- reason]`
// and its siblings. The YAML tree keeps no comments, so they are found in the raw
// text; a `#` inside a quoted or block scalar is not a comment.
#include <string>
#include <string_view>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "directive.h"
#include "position.h"

namespace crmlint {

// A comment: the offset of its `#` and its text after the `#`.
struct Comment {
  std::size_t offset;
  std::string_view text;
};

// The comments of a YAML text, in order.
std::vector<Comment> findComments(std::string_view text);

// The crmlint directives among the comments, in order. A comment that starts
// with something other than a directive word is not a directive.
std::vector<Directive> scanDirectives(std::string_view text, const LineIndex& lines);

// Drops the diagnostics that `directives` suppress (by the line a diagnostic
// starts on; never those of an unsuppressible category, such as syntax and
// schema, whose findings then say that a directive tried) and says which
// list entries name no rule or category and which directives (or list
// entries) suppressed nothing: the directives-phase rules
// (rules/suppression/) report those. Their own findings come after this, so
// no comment can suppress them.
SuppressionOutcome applySuppressions(std::vector<Diagnostic>& diagnostics, const std::vector<Directive>& directives,
                                     const Config& config, const Registry& registry);

}  // namespace crmlint
