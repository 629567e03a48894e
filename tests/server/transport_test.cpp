// Content-Length framing: messages, damaged headers and oversized bodies,
// read from a real pipe.
#include "server/transport.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <csignal>
#include <algorithm>

using namespace crmlint::server;

namespace {

// A reader over a pipe fed with `input` by another thread, then closed.
struct Pipe {
  int fds[2];
  std::thread writer;
  explicit Pipe(std::string input) {
    REQUIRE(::pipe(fds) == 0);
    writer = std::thread([this, input = std::move(input)] {
      // Small writes, so frames arrive split across reads.
      for (std::size_t i = 0; i < input.size(); i += 7) {
        const std::size_t n = std::min<std::size_t>(7, input.size() - i);
        if (::write(fds[1], input.data() + i, n) != static_cast<ssize_t>(n)) break;
      }
      ::close(fds[1]);
    });
  }
  ~Pipe() {
    writer.join();
    ::close(fds[0]);
  }
};

std::string frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

}  // namespace

TEST_CASE("FrameReader: framed messages in a row, split across reads, then the end") {
  Pipe pipe(frame("{\"a\":1}") + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame("{}"));
  FrameReader reader(pipe.fds[0], 1024);
  Frame first = reader.next();
  CHECK(first.kind == Frame::Kind::Message);
  CHECK(first.body == "{\"a\":1}");
  Frame second = reader.next();
  CHECK(second.kind == Frame::Kind::Message);
  CHECK(second.body == "{}");
  CHECK(reader.next().kind == Frame::Kind::End);
}

TEST_CASE("FrameReader: a damaged header or an oversized body is skipped, and the next message still reads") {
  Pipe pipe("Content-Length: ten\r\n\r\n" + std::string("X-Junk\r\n") + frame("[1]") + frame(std::string(2000, ' ')) +
            frame("\"ok\""));
  FrameReader reader(pipe.fds[0], 1024);
  Frame bad = reader.next();
  CHECK(bad.kind == Frame::Kind::BadHeader);
  CHECK(bad.error.find("Content-Length") != std::string::npos);
  // "X-Junk" has no colon: that header block is damaged, but it says how
  // long its body is, so the body is skipped whole.
  CHECK(reader.next().kind == Frame::Kind::BadHeader);
  Frame large = reader.next();
  CHECK(large.kind == Frame::Kind::TooLarge);
  Frame ok = reader.next();
  CHECK(ok.kind == Frame::Kind::Message);
  CHECK(ok.body == "\"ok\"");
  CHECK(reader.next().kind == Frame::Kind::End);
}

TEST_CASE("FrameReader: a body cut short by the end of input is not a message") {
  Pipe pipe("Content-Length: 50\r\n\r\n{\"partial\":");
  FrameReader reader(pipe.fds[0], 1024);
  CHECK(reader.next().kind == Frame::Kind::End);
}

TEST_CASE("writeFrame: a closed reader end is reported, not a crash") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]);
  ::signal(SIGPIPE, SIG_IGN);
  CHECK_FALSE(writeFrame(fds[1], "{}"));
  ::close(fds[1]);
}
