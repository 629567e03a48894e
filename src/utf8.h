#pragma once
// UTF-8 validation, shared by the linter (which rejects files that are not
// UTF-8) and the reporters (file names may hold any byte).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crmlint {

// The length of the well-formed UTF-8 sequence that `text` starts with, or 0
// when it starts with a byte that is not UTF-8.
std::size_t utf8SequenceLength(std::string_view text);

// The offset of the first byte that is not part of well-formed UTF-8.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);

inline bool isValidUtf8(std::string_view text) { return !findInvalidUtf8(text).has_value(); }

// `text` with each byte that is not UTF-8 replaced by U+FFFD.
std::string toValidUtf8(std::string_view text);

// "UTF-16 (little-endian)" and the like when `text` starts with a UTF-16 or
// UTF-32 byte order mark, which crmlint does not read.
std::optional<std::string_view> wideEncodingOf(std::string_view text);

// Text from a file, a file name, a config or a baseline made safe for a
// terminal or a log: control characters (ESC, newline and the C1 set among
// them) become visible escapes such as \x1b. Every message crmlint prints
// goes through this one function.
std::string escapeControl(std::string_view text);

}  // namespace crmlint
