#pragma once
// The one way crmlint writes a file or standard output (reports, baselines,
// starters), so that no write can lose a file:
// - a path that is one of the run's inputs is refused before anything runs;
// - a regular file (reached through any symbolic links) is replaced whole: a
//   temporary beside it is written, fsynced and renamed onto it, keeping its
//   mode; a new file gets the umask's mode;
// - anything else (a device, a FIFO, /dev/stdout, a dangling link) is written
//   in place, never replaced or unlinked;
// - every failed or short write is a WriteError, and a temporary crmlint
//   made is removed on failure, SIGINT and SIGTERM.
#include <sys/types.h>

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

// A write that failed: what() names the option, the path and why.
class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The files a run reads, to refuse an output that would overwrite one.
class InputFiles {
 public:
  void add(const std::string& path);  // ignores paths that do not exist
  // Throws WriteError when `path` (through symbolic links and '..') is one of them.
  void refuseAsOutput(const std::string& path, std::string_view option) const;

 private:
  struct Identity {
    dev_t device;
    ino_t inode;
    std::string path;
  };
  std::vector<Identity> files_;
};

enum class Existing { Replace, Refuse };

// An output being written: stream() takes the content, commit() puts it in
// place. Destroyed without commit(), it leaves the destination as it was
// (a temporary is removed; a device or FIFO may have received part).
class Output {
 public:
  // Standard output, written with a checked loop.
  static std::unique_ptr<Output> standardOutput();
  // `path`, or standard output for "" and "-". `option` names the setting in messages.
  static std::unique_ptr<Output> open(const std::string& path, std::string_view option,
                                      Existing existing = Existing::Replace);

  virtual ~Output() = default;
  virtual std::ostream& stream() = 0;
  // Flushes, syncs and renames into place; throws WriteError.
  virtual void commit() = 0;
};

// Installs the SIGINT and SIGTERM handlers that remove a pending temporary,
// and records the umask for new files. Call once, early in main.
void prepareOutputs();

}  // namespace crmlint
