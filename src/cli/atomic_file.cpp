#include "cli/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace crmlint {

std::optional<std::string> writeAtomically(const std::string& path, const std::string& content,
                                           std::filesystem::perms mode) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / (".crmlint-" + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return std::strerror(errno);
  const bool written = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  const int writeErrno = errno;
  const bool closed = ::close(fd) == 0;
  std::error_code ec;
  if (!written || !closed) {
    fs::remove(pattern, ec);
    return std::strerror(writeErrno ? writeErrno : errno);
  }
  fs::permissions(pattern, mode, ec);
  fs::rename(pattern, target, ec);
  if (ec) {
    fs::remove(pattern, ec);
    return ec.message();
  }
  return std::nullopt;
}

}  // namespace crmlint
