#pragma once
// LSP positions: 0-based lines, and characters counted in UTF-16 code units
// unless the client agreed to UTF-32 (code points, as crmlint counts them).
#include <cstdint>
#include <string_view>

#include "position.h"

namespace crmlint::server {

enum class Encoding { Utf16, Utf32 };

struct LspPosition {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend auto operator<=>(const LspPosition&, const LspPosition&) = default;
};

// crmlint's 1-based line and code-point column as an LSP position.
LspPosition toLsp(const LineIndex& lines, Position at, Encoding encoding);
// An LSP position as crmlint's; a character past the end of its line (or
// inside a surrogate pair) lands on the line's end (or the pair's character).
Position fromLsp(const LineIndex& lines, LspPosition at, Encoding encoding);
// The byte offset of an LSP position in the text `lines` indexes, clamped
// to the text.
std::size_t byteOffsetOf(const LineIndex& lines, std::size_t textSize, LspPosition at, Encoding encoding);

}  // namespace crmlint::server
