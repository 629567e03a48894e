#pragma once
// Places in a source text, as a person counts them: 1-based lines and
// columns, columns in Unicode code points.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

struct Position {
  std::uint32_t line = 0;    // 1-based; 0 means "no position"
  std::uint32_t column = 0;  // 1-based, in code points
  friend auto operator<=>(const Position&, const Position&) = default;
};

// A range of text. `end` is exclusive: it names the character after the last
// one, as SARIF's endColumn does.
struct Span {
  Position begin;
  Position end;
  bool empty() const { return begin.line == 0; }
};

// Maps byte offsets of a text to positions. Line breaks are LF, CRLF and CR,
// as in YAML. Lookups that move forward along one line are amortised O(1),
// so a million-character line costs linear time, not quadratic.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  Position position(std::size_t offset) const;
  std::size_t lineCount() const { return starts_.size(); }
  std::size_t lineStart(std::uint32_t line) const { return starts_[line - 1]; }
  // The text of a line without its line break.
  std::string_view lineText(std::uint32_t line) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // 32 bits, as the tree's offsets: files stay under 4 GiB
  // Cache of the last lookup: columns are counted from there when the next
  // offset is further along the same line.
  mutable std::size_t cachedLine_ = 0;
  mutable std::size_t cachedOffset_ = 0;
  mutable std::uint32_t cachedColumn_ = 1;
};

}  // namespace crmlint
