#pragma once
// Text helpers shared by the CI formats (sarif, junit, github, gitlab).
#include <cstddef>
#include <string_view>

namespace crmlint {

// A file path as CI services expect it: relative to the repository root,
// without the "./" that walking "." puts in front.
std::string_view repositoryPath(std::string_view path);

// The length of the well-formed UTF-8 sequence that `text` starts with, or 0
// when it starts with a byte that is not UTF-8 (a file name may hold any
// byte, and so may the source of a file reported as not UTF-8).
std::size_t utf8SequenceLength(std::string_view text);

bool isValidUtf8(std::string_view text);

}  // namespace crmlint
