#pragma once
// Text helpers shared by the CI formats (sarif, junit, github, gitlab).
#include <string_view>

namespace crmlint {

// A file path as CI services expect it: relative to the repository root,
// without the "./" that walking "." puts in front.
std::string_view repositoryPath(std::string_view path);

}  // namespace crmlint
