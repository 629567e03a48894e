#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "json_writer.h"
#include "utf8.h"

using namespace crmlint;

TEST_CASE("utf8: the first byte that is not UTF-8 is found") {
  CHECK_FALSE(findInvalidUtf8("plain ascii, café, 日本"));
  CHECK(findInvalidUtf8("caf\xE9") == 3u);
  CHECK(findInvalidUtf8("\xC0\xAF") == 0u);          // an overlong '/'
  CHECK(findInvalidUtf8("a\xED\xA0\x80") == 1u);     // a UTF-16 surrogate
  CHECK(findInvalidUtf8("ok\xF4\x90\x80\x80") == 2u);  // above U+10FFFF
  CHECK(findInvalidUtf8("cut \xE6\x97") == 4u);       // a truncated sequence
  // ASCII is skipped eight bytes at a time: a bad byte at each place of a word, and in the tail.
  const std::string ascii = "strategy: name: Litware plan";
  for (std::size_t at = 0; at < ascii.size(); ++at) {
    std::string text = ascii;
    text[at] = '\xFF';
    CAPTURE(at);
    CHECK(findInvalidUtf8(text) == at);
  }
  CHECK(findInvalidUtf8("0123456789abcdef caf\xC3\xA9 0123456789abcdef") == std::nullopt);
  CHECK(findInvalidUtf8("0123456789abcdef caf\xC3\xA9 01234567\x80") == 31u);
}

TEST_CASE("utf8: JSON output stays valid UTF-8 whatever bytes a file name holds") {
  CHECK(toValidUtf8("caf\xE9.yaml") == "caf\xEF\xBF\xBD.yaml");
  std::ostringstream out;
  JsonWriter(out).value("caf\xE9\x1b.yaml");
  CHECK(out.str() == "\"caf\xEF\xBF\xBD\\u001b.yaml\"");
}

TEST_CASE("utf8: UTF-16 and UTF-32 byte order marks are named") {
  using namespace std::string_view_literals;
  CHECK(wideEncodingOf("\xFF\xFEs\0"sv) == "UTF-16 (little-endian)");
  CHECK(wideEncodingOf("\xFE\xFF\0s"sv) == "UTF-16 (big-endian)");
  CHECK(wideEncodingOf("\xFF\xFE\0\0s\0\0\0"sv) == "UTF-32 (little-endian)");
  CHECK(wideEncodingOf("\0\0\xFE\xFF\0\0\0s"sv) == "UTF-32 (big-endian)");
  CHECK_FALSE(wideEncodingOf("\xEF\xBB\xBFstrategy:"sv));
  CHECK_FALSE(wideEncodingOf("strategy:"sv));
}

TEST_CASE("utf8: escapeControl shows every control character, including ESC, BEL, newlines and C1") {
  CHECK(escapeControl("a\x1b[31mb\a\n\r\x7f") == "a\\x1b[31mb\\x07\\x0a\\x0d\\x7f");
  CHECK(escapeControl("\xC2\x9B" "2J") == "\\u009b2J");
  CHECK(escapeControl("tab\tstays, café stays") == "tab\tstays, café stays");
}
