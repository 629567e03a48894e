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

}  // namespace crmlint
