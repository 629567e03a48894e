#pragma once
// `crmlint server`: a Language Server Protocol server over a pair of file
// descriptors (standard input and output). It lints the editor's buffers as
// they change, with the config the CLI would use for the file's path, and
// offers hovers and quick fixes.
#include <chrono>
#include <cstddef>

#include "rule.h"

namespace crmlint::server {

struct ServerOptions {
  // A document larger than this gets one diagnostic saying so, not a lint.
  std::size_t maxDocumentBytes = std::size_t{64} << 20;
  // A message larger than this is dropped unread (a document at the limit,
  // JSON-escaped, fits).
  std::size_t maxMessageBytes = std::size_t{512} << 20;
  // Quiet time after the last change before a document is linted again.
  std::chrono::milliseconds debounce{200};
};

// Serves until the client sends `exit` or closes the input. Returns the exit
// status: 0 after a `shutdown` request, 1 otherwise (as the protocol asks).
int runServer(int in, int out, Registry& registry, const ServerOptions& options = {});

}  // namespace crmlint::server
