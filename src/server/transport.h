#pragma once
// The Language Server Protocol's base protocol: messages framed by a
// Content-Length header, read from and written to file descriptors.
#include <cstddef>
#include <string>

namespace crmlint::server {

struct Frame {
  enum class Kind {
    Message,    // `body` holds one message
    End,        // the input closed
    BadHeader,  // a header block without a usable Content-Length; skipped
    TooLarge,   // a body longer than the limit; read and dropped
  };
  Kind kind = Kind::End;
  std::string body;
  std::string error;  // for BadHeader and TooLarge, what was wrong
};

class FrameReader {
 public:
  FrameReader(int fd, std::size_t maxBody) : fd_(fd), maxBody_(maxBody) {}
  // Blocks until the next frame or the end of the input.
  Frame next();

 private:
  bool fill();  // reads more input; false at the end
  // One header line without its line break; false at the end of the input.
  bool readLine(std::string& line);

  int fd_;
  std::size_t maxBody_;
  std::string buffer_;
  std::size_t pos_ = 0;
};

// Writes one framed message; false when the output is gone.
bool writeFrame(int fd, const std::string& body);

}  // namespace crmlint::server
