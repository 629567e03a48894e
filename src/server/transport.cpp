#include "server/transport.h"

#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

namespace crmlint::server {

namespace {

constexpr std::size_t kMaxHeaderLine = 8192;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

bool FrameReader::fill() {
  buffer_.erase(0, pos_);
  pos_ = 0;
  char chunk[65536];
  for (;;) {
    const ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      buffer_.append(chunk, static_cast<std::size_t>(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
}

bool FrameReader::readLine(std::string& line) {
  line.clear();
  bool tooLong = false;
  for (;;) {
    const std::size_t nl = buffer_.find('\n', pos_);
    if (nl != std::string::npos) {
      if (!tooLong) line.append(buffer_, pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      // An over-long line is kept as a marker that cannot be a valid header.
      if (tooLong) line = "\x01";
      return true;
    }
    if (!tooLong) line.append(buffer_, pos_, std::string::npos);
    pos_ = buffer_.size();
    if (line.size() > kMaxHeaderLine) {
      tooLong = true;
      line.clear();
    }
    if (!fill()) return false;
  }
}

Frame FrameReader::next() {
  std::string line;
  std::optional<std::size_t> length;
  std::string problem;
  bool sawHeader = false;
  for (;;) {
    if (!readLine(line)) return {};
    if (line.empty()) {
      if (!sawHeader) continue;  // stray blank lines between messages
      break;
    }
    sawHeader = true;
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      problem = "a header line without ':'";
      continue;
    }
    const std::string_view name = trim(std::string_view(line).substr(0, colon));
    const std::string_view value = trim(std::string_view(line).substr(colon + 1));
    if (!equalsIgnoringCase(name, "Content-Length")) continue;
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      problem = "a Content-Length that is not a number";
      continue;
    }
    length = n;
  }
  if (!length) return {.kind = Frame::Kind::BadHeader, .body = {}, .error = problem.empty() ? "no Content-Length header" : problem};
  Frame frame{.kind = Frame::Kind::Message, .body = {}, .error = {}};
  const bool keep = *length <= maxBody_;
  std::size_t remaining = *length;
  while (remaining > 0) {
    if (pos_ == buffer_.size() && !fill()) return {};
    const std::size_t take = std::min(remaining, buffer_.size() - pos_);
    if (keep) frame.body.append(buffer_, pos_, take);
    pos_ += take;
    remaining -= take;
  }
  // A damaged header block still says how long its body is: skipping the
  // body keeps the next message readable.
  if (!problem.empty()) return {.kind = Frame::Kind::BadHeader, .body = {}, .error = problem};
  if (!keep) {
    return {.kind = Frame::Kind::TooLarge, .body = {},
            .error = "a message of " + std::to_string(*length) + " bytes, over the limit of " + std::to_string(maxBody_)};
  }
  return frame;
}

bool writeFrame(int fd, const std::string& body) {
  const std::string message = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  std::size_t done = 0;
  while (done < message.size()) {
    const ssize_t n = ::write(fd, message.data() + done, message.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace crmlint::server
