#include "fix.h"

#include <fmt/format.h>

#include <algorithm>

namespace crmlint {

namespace {

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool hasLineBreak(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

// The lines of a text, each with its line break.
std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back(text.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

void writeLine(std::string& out, char marker, std::string_view line) {
  out += marker;
  out += line;
  if (line.empty() || (line.back() != '\n' && line.back() != '\r')) out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::optional<std::size_t> byteOffset(const LineIndex& lines, Position at) {
  if (at.line == 0 || at.line > lines.lineCount() || at.column == 0) return std::nullopt;
  const std::string_view line = lines.lineText(at.line);
  std::size_t i = 0;
  for (std::uint32_t column = 1; column < at.column; ++column) {
    if (i >= line.size()) return std::nullopt;
    ++i;
    while (i < line.size() && isContinuationByte(line[i])) ++i;
  }
  return lines.lineStart(at.line) + i;
}

std::optional<std::vector<ByteEdit>> resolveFix(std::string_view text, const LineIndex& lines, const Fix& fix) {
  std::vector<ByteEdit> edits;
  for (const TextEdit& edit : fix.edits) {
    const auto begin = byteOffset(lines, edit.span.begin);
    const auto end = byteOffset(lines, edit.span.end);
    if (!begin || !end || *end < *begin || *end > text.size()) return std::nullopt;
    if (text.substr(*begin, *end - *begin) != edit.oldText) return std::nullopt;
    edits.push_back({*begin, *end, edit.newText});
  }
  return edits;
}

FixResult applyCertainFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics) {
  const LineIndex lines(text);
  std::vector<ByteEdit> taken;
  FixResult result;
  auto overlaps = [&](const ByteEdit& e) {
    return std::any_of(taken.begin(), taken.end(), [&](const ByteEdit& t) { return e.begin < t.end && t.begin < e.end; });
  };
  for (const Diagnostic& d : diagnostics) {
    for (const Fix& fix : d.fixes) {
      if (!fix.certain) continue;
      const bool breaksLines = std::any_of(fix.edits.begin(), fix.edits.end(), [](const TextEdit& e) {
        return hasLineBreak(e.oldText) || hasLineBreak(e.newText);
      });
      if (breaksLines) continue;
      auto edits = resolveFix(text, lines, fix);
      if (!edits || std::any_of(edits->begin(), edits->end(), overlaps)) continue;
      taken.insert(taken.end(), edits->begin(), edits->end());
      Diagnostic applied = d;
      applied.fixes = {fix};
      result.fixed.push_back(std::move(applied));
      break;  // one fix per finding
    }
  }
  std::sort(taken.begin(), taken.end(), [](const ByteEdit& a, const ByteEdit& b) { return a.begin < b.begin; });
  std::size_t at = 0;
  for (const ByteEdit& e : taken) {
    result.text.append(text.substr(at, e.begin - at));
    result.text += e.text;
    at = e.end;
  }
  result.text.append(text.substr(at));
  return result;
}

std::string unifiedDiff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const auto a = splitLines(before);
  const auto b = splitLines(after);
  // Pairs of changed line ranges [aBegin, aEnd) -> [bBegin, bEnd). Fixes keep
  // the line count, so lines are compared one for one; otherwise the text
  // between the common head and tail is one change.
  struct Change {
    std::size_t aBegin, aEnd, bBegin, bEnd;
  };
  std::vector<Change> changes;
  if (a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] == b[i]) continue;
      if (!changes.empty() && changes.back().aEnd == i) {
        changes.back().aEnd = changes.back().bEnd = i + 1;
      } else {
        changes.push_back({i, i + 1, i, i + 1});
      }
    }
  } else {
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    changes.push_back({head, a.size() - tail, head, b.size() - tail});
  }
  constexpr std::size_t kContext = 3;
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  for (std::size_t c = 0; c < changes.size();) {
    // A hunk takes every change whose context touches the previous one's.
    std::size_t last = c;
    while (last + 1 < changes.size() && changes[last + 1].aBegin <= changes[last].aEnd + 2 * kContext) ++last;
    const std::size_t aStart = changes[c].aBegin - std::min(kContext, changes[c].aBegin);
    const std::size_t bStart = changes[c].bBegin - (changes[c].aBegin - aStart);
    const std::size_t aStop = std::min(a.size(), changes[last].aEnd + kContext);
    const std::size_t bStop = changes[last].bEnd + (aStop - changes[last].aEnd);
    out += fmt::format("@@ -{},{} +{},{} @@\n", aStop > aStart ? aStart + 1 : aStart, aStop - aStart,
                       bStop > bStart ? bStart + 1 : bStart, bStop - bStart);
    std::size_t ai = aStart;
    for (std::size_t k = c; k <= last; ++k) {
      for (; ai < changes[k].aBegin; ++ai) writeLine(out, ' ', a[ai]);
      for (std::size_t i = changes[k].aBegin; i < changes[k].aEnd; ++i) writeLine(out, '-', a[i]);
      for (std::size_t i = changes[k].bBegin; i < changes[k].bEnd; ++i) writeLine(out, '+', b[i]);
      ai = changes[k].aEnd;
    }
    for (; ai < aStop; ++ai) writeLine(out, ' ', a[ai]);
    c = last + 1;
  }
  return out;
}

}  // namespace crmlint
