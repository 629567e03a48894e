#include "cli/output.h"

#include <fcntl.h>
#include <pthread.h>
#include <fmt/format.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <streambuf>
#include <utility>

#include "utf8.h"

namespace crmlint {

namespace fs = std::filesystem;

namespace {

mode_t g_umask = 022;

// The temporary being written, for the signal handler: a fixed buffer,
// because a handler may only call async-signal-safe functions.
std::array<char, PATH_MAX + 1> g_pendingTemp{};
volatile std::sig_atomic_t g_hasPendingTemp = 0;

extern "C" void removePendingTempAndDie(int signal) {
  if (g_hasPendingTemp) ::unlink(g_pendingTemp.data());
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void setPendingTemp(const std::string& path) {
  g_hasPendingTemp = 0;
  const std::size_t n = std::min(path.size(), g_pendingTemp.size() - 1);
  std::memcpy(g_pendingTemp.data(), path.data(), n);
  g_pendingTemp[n] = '\0';
  g_hasPendingTemp = 1;
}

void clearPendingTemp() { g_hasPendingTemp = 0; }

// Writes all of `data`, however many write() calls that takes.
bool writeAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// A stream buffer over a file descriptor that remembers the first error.
class FdBuffer final : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  std::streamsize xsputn(const char* data, std::streamsize size) override {
    if (size >= static_cast<std::streamsize>(buffer_.size())) {
      if (!drain()) return 0;
      if (!writeAll(fd_, data, static_cast<std::size_t>(size))) return fail();
      return size;
    }
    return std::streambuf::xsputn(data, size);
  }

  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_) return false;
    const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    if (pending == 0 || writeAll(fd_, buffer_.data(), pending)) return true;
    fail();
    return false;
  }

  std::streamsize fail() {
    error_ = errno ? errno : EIO;
    return 0;
  }

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_;
};

std::string cannotWrite(std::string_view option, const std::string& path, int error) {
  if (path.empty()) return fmt::format("cannot write to standard output: {}", std::strerror(error));
  return fmt::format("{}: cannot write '{}': {}", option, path, std::strerror(error));
}

// Writes into an open descriptor in place: standard output, a device, a FIFO.
class InPlaceOutput final : public Output {
 public:
  InPlaceOutput(int fd, bool owned, std::string option, std::string path)
      : fd_(fd), owned_(owned), option_(std::move(option)), path_(std::move(path)), buffer_(fd), stream_(&buffer_) {}
  ~InPlaceOutput() override {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }

  std::ostream& stream() override { return stream_; }

  void commit() override {
    stream_.flush();
    if (buffer_.error()) throw WriteError(cannotWrite(option_, path_, buffer_.error()));
    if (owned_) {
      const int fd = std::exchange(fd_, -1);
      if (::close(fd) != 0 && errno != EINTR) throw WriteError(cannotWrite(option_, path_, errno));
    }
  }

 private:
  int fd_;
  bool owned_;
  std::string option_;
  std::string path_;
  FdBuffer buffer_;
  std::ostream stream_;
};

// Writes a temporary beside a regular file (or where a new one goes), then
// renames it into place; or, for a file that must not exist yet, links it
// there, which fails if something appeared meanwhile.
class ReplacingOutput final : public Output {
 public:
  ReplacingOutput(int fd, std::string temp, std::string target, Existing existing, std::string option,
                  std::string shownPath)
      : fd_(fd),
        temp_(std::move(temp)),
        target_(std::move(target)),
        existing_(existing),
        option_(std::move(option)),
        path_(std::move(shownPath)),
        buffer_(fd),
        stream_(&buffer_) {}

  ~ReplacingOutput() override {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) {
      ::unlink(temp_.c_str());
      clearPendingTemp();
    }
  }

  std::ostream& stream() override { return stream_; }

  void commit() override {
    stream_.flush();
    if (buffer_.error()) throw WriteError(cannotWrite(option_, path_, buffer_.error()));
    // Without fsync a crash soon after the rename can leave an empty file
    // where the old one was.
    if (::fsync(fd_) != 0 && errno != EINVAL) throw WriteError(cannotWrite(option_, path_, errno));
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0 && errno != EINTR) throw WriteError(cannotWrite(option_, path_, errno));
    if (existing_ == Existing::Replace) {
      if (::rename(temp_.c_str(), target_.c_str()) != 0) throw WriteError(cannotWrite(option_, path_, errno));
    } else {
      if (::link(temp_.c_str(), target_.c_str()) != 0) {
        if (errno == EEXIST) throw WriteError(alreadyExists(option_, path_));
        throw WriteError(cannotWrite(option_, path_, errno));
      }
      ::unlink(temp_.c_str());
    }
    committed_ = true;
    clearPendingTemp();
  }

  static std::string alreadyExists(std::string_view option, const std::string& path) {
    return fmt::format("{}: '{}' already exists; pass --force to overwrite it", option, path);
  }

 private:
  int fd_;
  std::string temp_;
  std::string target_;
  Existing existing_;
  std::string option_;
  std::string path_;
  bool committed_ = false;
  FdBuffer buffer_;
  std::ostream stream_;
};

bool sameFile(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// /dev and /proc hold the system's files (/dev/stdout, /dev/null, ...):
// they are written into, never replaced.
bool isSystemPath(const fs::path& path) {
  const std::string text = path.lexically_normal().generic_string();
  return text.starts_with("/dev/") || text.starts_with("/proc/");
}

std::unique_ptr<Output> inPlace(const std::string& path, const struct stat& info, std::string_view option) {
  // Standard output or error reached by a name is written through the
  // descriptor crmlint already holds, so a shell's `>>` is not truncated.
  for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
    struct stat open {};
    if (::fstat(fd, &open) == 0 && sameFile(open, info)) {
      return std::make_unique<InPlaceOutput>(fd, false, std::string(option), path);
    }
  }
  const int flags = O_WRONLY | O_CLOEXEC | O_NOCTTY | (S_ISREG(info.st_mode) ? O_TRUNC : 0);
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) throw WriteError(cannotWrite(option, path, errno));
  return std::make_unique<InPlaceOutput>(fd, true, std::string(option), path);
}

std::unique_ptr<Output> replacing(const std::string& shown, const fs::path& target, mode_t mode,
                                  const struct stat* owner, Existing existing, std::string_view option) {
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // A short fixed name, so it fits wherever the target's name fits.
  std::string temp = (directory / ".crmlint-XXXXXX").string();
  // Creating the temporary and telling the signal handler about it is one
  // step: a signal in between would leave the temporary behind.
  sigset_t cleanupSignals, previous;
  sigemptyset(&cleanupSignals);
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&cleanupSignals, signal);
  ::pthread_sigmask(SIG_BLOCK, &cleanupSignals, &previous);
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  const int createErrno = errno;
  if (fd >= 0) setPendingTemp(temp);
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) throw WriteError(cannotWrite(option, shown, createErrno));
  auto output = std::make_unique<ReplacingOutput>(fd, temp, target.string(), existing, std::string(option), shown);
  if (owner && (owner->st_uid != ::geteuid() || owner->st_gid != ::getegid())) {
    // Keep the owner where crmlint may (as root); otherwise the file becomes
    // the writer's, as any editor's save would make it.
    [[maybe_unused]] const int ignored = ::fchown(fd, owner->st_uid, owner->st_gid);
  }
  if (::fchmod(fd, mode) != 0) throw WriteError(cannotWrite(option, shown, errno));
  return output;
}

}  // namespace

void prepareOutputs() {
  g_umask = ::umask(0);
  ::umask(g_umask);
  struct sigaction action {};
  action.sa_handler = removePendingTempAndDie;
  sigemptyset(&action.sa_mask);
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(signal, &action, nullptr);
}

void InputFiles::add(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) files_.push_back({info.st_dev, info.st_ino, path});
}

void InputFiles::refuseAsOutput(const std::string& path, std::string_view option) const {
  if (path.empty()) return;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return;
  for (const Identity& input : files_) {
    if (input.device == info.st_dev && input.inode == info.st_ino) {
      throw WriteError(fmt::format("{}: '{}' is {}, which this run reads; writing there would destroy it, so "
                                   "nothing was written; name another file",
                                   option, path, input.path == path ? "an input" : fmt::format("the input '{}'", input.path)));
    }
  }
}

std::unique_ptr<Output> Output::standardOutput() {
  return std::make_unique<InPlaceOutput>(STDOUT_FILENO, false, "", "");
}

std::unique_ptr<Output> Output::open(const std::string& path, std::string_view option, Existing existing) {
  if (path.empty()) return standardOutput();
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      throw WriteError(fmt::format("{}: '{}' is a directory; name a file to write", option, path));
    }
    if (existing == Existing::Refuse) throw WriteError(ReplacingOutput::alreadyExists(option, path));
    std::error_code ec;
    const fs::path resolved = fs::canonical(path, ec);
    if (!S_ISREG(info.st_mode) || ec || isSystemPath(fs::absolute(path, ec)) || isSystemPath(resolved)) {
      return inPlace(path, info, option);
    }
    return replacing(path, resolved, info.st_mode & 07777, &info, existing, option);
  }
  if (errno != ENOENT) throw WriteError(cannotWrite(option, path, errno));
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0) {
    // A symbolic link to a file that does not exist yet: create its target.
    if (existing == Existing::Refuse) throw WriteError(ReplacingOutput::alreadyExists(option, path));
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0666);
    if (fd < 0) throw WriteError(cannotWrite(option, path, errno));
    return std::make_unique<InPlaceOutput>(fd, true, std::string(option), path);
  }
  return replacing(path, fs::path(path), 0666 & ~g_umask, nullptr, existing, option);
}

}  // namespace crmlint
