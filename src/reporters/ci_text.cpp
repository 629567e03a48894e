#include "reporters/ci_text.h"

namespace crmlint {

std::string_view repositoryPath(std::string_view path) {
  while (path.starts_with("./")) {
    path.remove_prefix(2);
    while (path.starts_with('/')) path.remove_prefix(1);
  }
  return path;
}

}  // namespace crmlint
