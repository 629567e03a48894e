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

// The prefix of `line` before code point `column` (1-based).
std::string_view prefixBefore(std::string_view line, std::uint32_t column) {
  std::size_t i = 0;
  for (std::uint32_t at = 1; i < line.size() && at < column; ++at) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return line.substr(0, i);
}

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(const ReporterOptions& options) : style_{options.color} {}

  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    bool first = true;
    for (const FileReport& file : files) {
      if (file.diagnostics.empty()) continue;
      const LineIndex lines(file.source);
      for (const Diagnostic& d : file.diagnostics) {
        if (!first) out << '\n';
        first = false;
        out << headline(d, style_) << '\n';
        snippet(out, lines, d);
        if (!d.help.empty()) out << "      = " << style_.paint("help", "1;36") << ": " << escapeControl(d.help) << '\n';
      }
    }
    if (!first) out << '\n';
    out << summaryLine(summarize(files), scoreRun(files)) << '\n';
  }

 private:
  void snippet(std::ostream& out, const LineIndex& lines, const Diagnostic& d) const {
    if (d.span.begin.line == 0 || d.span.begin.line > lines.lineCount()) return;
    const std::string_view line = lines.lineText(d.span.begin.line);
    const std::string shown = escapeControl(line);
    const std::string gutter(std::max<std::size_t>(5, std::to_string(d.span.begin.line).size()), ' ');
    out << fmt::format("{:>{}} | {}\n", d.span.begin.line, gutter.size(), shown);
    // Columns count code points of the raw line; escapes widen the display.
    const std::string before = escapeControl(prefixBefore(line, d.span.begin.column));
    std::string pad;
    for (char c : before) {
      if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
      pad += c == '\t' ? '\t' : ' ';
    }
    std::size_t width = 1;
    const std::size_t lineLength = codePoints(line);
    if (d.span.end.line == d.span.begin.line && d.span.end.column > d.span.begin.column) {
      width = d.span.end.column - d.span.begin.column;
    } else if (d.span.end.line > d.span.begin.line && lineLength >= d.span.begin.column) {
      width = lineLength - d.span.begin.column + 1;
    }
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
