// LSP positions against crmlint's: UTF-16 code units by default, code
// points when the client agrees to UTF-32.
#include "server/positions.h"

#include <doctest/doctest.h>

#include <string>

using namespace crmlint;
using namespace crmlint::server;

TEST_CASE("toLsp and fromLsp: a character above the BMP is two UTF-16 units and one code point") {
  // "a: é🙂x": é is one unit in both, 🙂 two in UTF-16.
  const std::string text = "first\na: \xC3\xA9\xF0\x9F\x99\x82x\n";
  const LineIndex lines(text);
  const Position x{2, 6};  // the x
  CHECK(toLsp(lines, x, Encoding::Utf16) == LspPosition{1, 6});
  CHECK(toLsp(lines, x, Encoding::Utf32) == LspPosition{1, 5});
  CHECK(fromLsp(lines, {1, 6}, Encoding::Utf16) == x);
  CHECK(fromLsp(lines, {1, 5}, Encoding::Utf32) == x);
  // Inside the surrogate pair: the emoji itself.
  CHECK(fromLsp(lines, {1, 5}, Encoding::Utf16) == Position{2, 5});
  // Past the end of a line, or of the text: clamped, never out of range.
  CHECK(fromLsp(lines, {1, 99}, Encoding::Utf16) == Position{2, 7});
  CHECK(fromLsp(lines, {40, 0}, Encoding::Utf16).line == 3);
  CHECK(toLsp(lines, Position{2, 7}, Encoding::Utf16) == LspPosition{1, 7});
}

TEST_CASE("byteOffsetOf: the byte an LSP position names, for ranged edits") {
  const std::string text = "a\r\n\xF0\x9F\x99\x82z\n";
  const LineIndex lines(text);
  CHECK(byteOffsetOf(lines, text.size(), {1, 0}, Encoding::Utf16) == 3u);
  CHECK(byteOffsetOf(lines, text.size(), {1, 2}, Encoding::Utf16) == 7u);
  CHECK(byteOffsetOf(lines, text.size(), {1, 1}, Encoding::Utf32) == 7u);
  CHECK(byteOffsetOf(lines, text.size(), {9, 9}, Encoding::Utf16) == text.size());
}
