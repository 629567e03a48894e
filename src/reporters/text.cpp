// The default format for people at a terminal, and `compact` for editors'
// problem matchers.
#include <fmt/format.h>

#include <algorithm>

#include "position.h"
#include "reporters/formats.h"
#include "score.h"

namespace crmlint {

namespace {

struct Style {
  bool color;
  std::string paint(std::string_view text, std::string_view code) const {
    if (!color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
  static std::string_view severityCode(Severity s) {
    switch (s) {
      case Severity::Error: return "1;31";
      case Severity::Warning: return "1;33";
      case Severity::Info: return "1;36";
    }
    return "0";
  }
};

std::string headline(const Diagnostic& d, const Style& style) {
  return fmt::format("{}:{}:{}: {}: {} {}", style.paint(escapeControl(d.file), "1"), d.span.begin.line,
                     d.span.begin.column, style.paint(nameOf(d.severity), Style::severityCode(d.severity)),
                     escapeControl(d.message), style.paint("[" + d.rule + "]", "2"));
}

std::size_t codePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The byte offset of code point `column` (1-based) of `line`. Findings come
// in order, so the search resumes from the previous one on the same line:
// thousands of findings on one long line cost linear time.
class ColumnFinder {
 public:
  std::size_t offset(std::uint32_t lineNumber, std::string_view line, std::uint32_t column) {
    if (lineNumber != line_ || column < column_) {
      line_ = lineNumber;
      column_ = 1;
      offset_ = 0;
    }
    while (offset_ < line.size() && column_ < column) {
      ++offset_;
      while (offset_ < line.size() && (static_cast<unsigned char>(line[offset_]) & 0xC0) == 0x80) ++offset_;
      ++column_;
    }
    return offset_;
  }
  // The column the last offset() reached: the one asked for, or the end of the line.
  std::uint32_t reached() const { return column_; }

 private:
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 1;
  std::size_t offset_ = 0;
};

// The first `count` code points of `text`.
std::string_view firstCodePoints(std::string_view text, std::size_t count) {
  std::size_t i = 0;
  for (std::size_t at = 0; i < text.size() && at < count; ++at) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return text.substr(0, i);
}

// A snippet shows at most this many code points of its line, starting a
// little before the finding, so output stays linear in the input however
// long a line is.
constexpr std::size_t kSnippetWidth = 120;
constexpr std::uint32_t kSnippetLead = 40;
constexpr std::string_view kEllipsis = "\u2026";

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(const ReporterOptions& options) : style_{options.color} {}

  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    bool first = true;
    for (const FileReport& file : files) {
      if (file.diagnostics.empty()) continue;
      const LineIndex lines(file.source);
      ColumnFinder columns;
      for (const Diagnostic& d : file.diagnostics) {
        if (!first) out << '\n';
        first = false;
        out << headline(d, style_) << '\n';
        snippet(out, lines, d, columns);
        if (!d.help.empty()) out << "      = " << style_.paint("help", "1;36") << ": " << escapeControl(d.help) << '\n';
        // The other places the finding is about, such as the other entries of a grouped finding.
        for (const RelatedSpan& r : d.related) {
          out << "      = " << style_.paint("also", "1;36") << ": "
              << fmt::format("{}:{}:{}: {}", escapeControl(d.file), r.span.begin.line, r.span.begin.column,
                             escapeControl(r.message))
              << '\n';
        }
      }
    }
    if (!first) out << '\n';
    out << summaryLine(summarize(files), scoreRun(files)) << '\n';
  }

 private:
  void snippet(std::ostream& out, const LineIndex& lines, const Diagnostic& d, ColumnFinder& columns) const {
    if (d.span.begin.line == 0 || d.span.begin.line > lines.lineCount()) return;
    const std::string_view line = lines.lineText(d.span.begin.line);
    const std::size_t columnOffset =
        columns.offset(d.span.begin.line, line, std::max<std::uint32_t>(1, d.span.begin.column));
    const std::uint32_t column = columns.reached();  // a column past the line's end counts as its end
    // The window: from kSnippetLead code points before the finding.
    const std::uint32_t first = column > kSnippetLead + 1 ? column - kSnippetLead : 1;
    std::size_t firstOffset = columnOffset;  // stepped back from the finding, so the search only moves forward
    for (std::uint32_t back = column; back > first && firstOffset > 0; --back) {
      --firstOffset;
      while (firstOffset > 0 && (static_cast<unsigned char>(line[firstOffset]) & 0xC0) == 0x80) --firstOffset;
    }
    const std::string_view rest = line.substr(firstOffset);
    const std::string_view window = firstCodePoints(rest, kSnippetWidth);
    const bool cutBefore = firstOffset > 0;
    const bool cutAfter = window.size() < rest.size();
    const std::string shown = fmt::format("{}{}{}", cutBefore ? kEllipsis : "", escapeControl(window),
                                          cutAfter ? kEllipsis : "");
    const std::string gutter(std::max<std::size_t>(5, std::to_string(d.span.begin.line).size()), ' ');
    out << fmt::format("{:>{}} | {}\n", d.span.begin.line, gutter.size(), shown);
    // Columns count code points of the raw line; escapes widen the display.
    const std::string before = escapeControl(line.substr(firstOffset, columnOffset - firstOffset));
    std::string pad = cutBefore ? " " : "";
    for (char c : before) {
      if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
      pad += c == '\t' ? '\t' : ' ';
    }
    std::size_t width = 1;
    const std::size_t lineLength = codePoints(window) + first - 1;
    if (d.span.end.line == d.span.begin.line && d.span.end.column > column) {
      width = d.span.end.column - column;
    } else if (d.span.end.line > d.span.begin.line && lineLength >= column) {
      width = lineLength - column + 1;
    }
    // The marker ends where the window does.
    width = std::clamp<std::size_t>(width, 1, kSnippetWidth - (column - first));
    const std::string marker = "^" + std::string(width - 1, '~');
    out << gutter << " | " << pad << style_.paint(marker, Style::severityCode(d.severity)) << '\n';
  }

  Style style_;
};

class CompactReporter final : public Reporter {
 public:
  explicit CompactReporter(const ReporterOptions& options) : style_{options.color} {}
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    for (const FileReport& file : files) {
      for (const Diagnostic& d : file.diagnostics) out << headline(d, style_) << '\n';
    }
  }

 private:
  Style style_;
};

}  // namespace

std::unique_ptr<Reporter> makeTextReporter(const ReporterOptions& options) {
  return std::make_unique<TextReporter>(options);
}

std::unique_ptr<Reporter> makeCompactReporter(const ReporterOptions& options) {
  return std::make_unique<CompactReporter>(options);
}

}  // namespace crmlint
