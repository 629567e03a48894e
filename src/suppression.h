#pragma once
// Suppression comments: `# crmlint-disable-next-line RULE[,RULE] [-- reason]`
// and its siblings. The YAML tree keeps no comments, so they are found in the raw
// text; a `#` inside a quoted or block scalar is not a comment.
#include <string>
#include <string_view>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "position.h"

namespace crmlint {

enum class DirectiveKind { DisableNextLine, DisableLine, Disable, Enable, DisableFile };

std::string_view nameOf(DirectiveKind kind);  // "crmlint-disable-next-line", ...

// One entry of a directive's rule list, as written: a rule id or a category.
struct DirectiveTarget {
  std::string name;
  Span span;
};

struct Directive {
  DirectiveKind kind = DirectiveKind::Disable;
  Span span;                             // the directive word and its rule list
  std::vector<DirectiveTarget> targets;  // empty: every rule
  std::string reason;                    // the text after ` -- `
};

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
// starts on; never `syntax` or `schema/*`, whose findings say a directive
// tried), then adds suppression/unknown-rule for list
// entries that name no rule or category and suppression/unused for
// directives (or list entries) that suppressed nothing, each only when the
// config enables it. Suppression findings cannot themselves be suppressed.
void applySuppressions(std::vector<Diagnostic>& diagnostics, const std::vector<Directive>& directives,
                       const std::string& file, const Config& config, const Registry& registry);

}  // namespace crmlint
