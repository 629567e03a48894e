#pragma once
// Writing a file so that a reader never sees half of it.
#include <filesystem>
#include <optional>
#include <string>

namespace crmlint {

// Writes `content` to a temporary file beside `path`, then renames it into
// place. The file gets `mode` (rw-r--r-- by default). On failure, the reason,
// and `path` is untouched.
std::optional<std::string> writeAtomically(const std::string& path, const std::string& content,
                                           std::filesystem::perms mode = std::filesystem::perms::owner_read |
                                                                         std::filesystem::perms::owner_write |
                                                                         std::filesystem::perms::group_read |
                                                                         std::filesystem::perms::others_read);

}  // namespace crmlint
