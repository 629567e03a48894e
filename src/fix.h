#pragma once
// Applying the fixes attached to diagnostics to a text, as `crmlint --fix`
// and the language server do, and showing what changed as a unified diff.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "position.h"

namespace crmlint {

// The byte offset of `at` in the text `lines` indexes, or nothing when the
// text has no such line or column.
std::optional<std::size_t> byteOffset(const LineIndex& lines, Position at);

// One edit as bytes: replace [begin, end) with `text`.
struct ByteEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// The edits of `fix` as byte ranges of `text`, or nothing when one of them no
// longer covers its oldText (the text changed since the lint).
std::optional<std::vector<ByteEdit>> resolveFix(std::string_view text, const LineIndex& lines, const Fix& fix);

struct FixResult {
  std::string text;
  // The diagnostics whose certain fix was applied, each with only that fix.
  std::vector<Diagnostic> fixed;
};

// Applies the certain fixes of `diagnostics` to `text`. A fix whose edits
// overlap one already taken waits for the next lint. Edits never add or
// remove a line break.
FixResult applyCertainFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics);

// A unified diff (3 lines of context) from `before` to `after`, named
// a/PATH and b/PATH; empty when they are equal. Lines keep their own line
// breaks, so `patch` and `git apply` reproduce `after` exactly.
std::string unifiedDiff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace crmlint
