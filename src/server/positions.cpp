#include "server/positions.h"

#include <algorithm>

namespace crmlint::server {

namespace {

// The length of the UTF-8 sequence a lead byte starts (text is valid UTF-8).
std::size_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// Code units one code point takes: two UTF-16 units above the BMP.
std::uint32_t unitsOf(std::size_t utf8Length, Encoding encoding) {
  return encoding == Encoding::Utf16 && utf8Length == 4 ? 2 : 1;
}

}  // namespace

LspPosition toLsp(const LineIndex& lines, Position at, Encoding encoding) {
  if (at.line == 0) return {};
  if (at.line > lines.lineCount()) return {static_cast<std::uint32_t>(lines.lineCount() - 1), 0};
  const std::string_view text = lines.lineText(at.line);
  std::uint32_t character = 0;
  std::size_t i = 0;
  for (std::uint32_t column = 1; column < at.column; ++column) {
    if (i < text.size()) {
      const std::size_t n = std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
      character += unitsOf(n, encoding);
      i += n;
    } else {
      ++character;  // past the end of the line: the line break, then nothing
    }
  }
  return {at.line - 1, character};
}

Position fromLsp(const LineIndex& lines, LspPosition at, Encoding encoding) {
  if (lines.lineCount() == 0) return {1, 1};
  const std::uint32_t line = std::min<std::uint32_t>(at.line + 1, static_cast<std::uint32_t>(lines.lineCount()));
  const std::string_view text = lines.lineText(line);
  std::uint32_t units = 0;
  std::uint32_t column = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t n = std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::uint32_t next = units + unitsOf(n, encoding);
    if (next > at.character) break;
    units = next;
    i += n;
    ++column;
  }
  return {line, column};
}

std::size_t byteOffsetOf(const LineIndex& lines, std::size_t textSize, LspPosition at, Encoding encoding) {
  if (at.line >= lines.lineCount()) return textSize;
  const Position p = fromLsp(lines, at, encoding);
  const std::string_view text = lines.lineText(p.line);
  std::size_t i = 0;
  for (std::uint32_t column = 1; column < p.column && i < text.size(); ++column) {
    i += std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
  }
  return std::min(lines.lineStart(p.line) + i, textSize);
}

}  // namespace crmlint::server
