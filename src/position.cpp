#include "position.h"

#include <algorithm>

namespace crmlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // Counted first: a large file's index is then one exact allocation.
  starts_.reserve(1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  starts_.push_back(0);
  // Most files break lines with LF alone, which memchr finds fastest; CR
  // and CRLF take the byte-by-byte way.
  if (text.find('\r') == std::string_view::npos) {
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      starts_.push_back(static_cast<std::uint32_t>(at + 1));
    }
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

static bool isContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - starts_.begin()) - 1;
  std::size_t from = starts_[line];
  std::uint32_t column = 1;
  if (line == cachedLine_ && cachedOffset_ <= offset && cachedOffset_ >= from) {
    from = cachedOffset_;
    column = cachedColumn_;
  }
  for (std::size_t i = from; i < offset; ++i) {
    if (!isContinuationByte(text_[i])) ++column;
  }
  cachedLine_ = line;
  cachedOffset_ = offset;
  cachedColumn_ = column;
  return {static_cast<std::uint32_t>(line + 1), column};
}

std::string_view LineIndex::lineText(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  const std::size_t begin = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return text_.substr(begin, end - begin);
}

}  // namespace crmlint
