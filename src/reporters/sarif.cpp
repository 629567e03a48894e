// SARIF 2.1.0, the format code-scanning services read (GitHub's among them):
// one run, the documentation of every rule that fired, one result per
// diagnostic, and the linted files as artifacts.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "position.h"
#include "rule_doc.h"
#include "reporters/ci_text.h"
#include "reporters/fingerprint.h"
#include "reporters/formats.h"
#include "json_writer.h"
#include "utf8.h"
#include "version.h"

namespace crmlint {

namespace {

constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
// The base that relative paths are resolved against: the checkout's root.
constexpr const char* kSourceRoot = "%SRCROOT%";

const char* levelOf(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// A file path as an RFC 3986 URI reference: unreserved characters and '/'
// stay, every other byte is percent-encoded (spaces, '#', '%', non-ASCII).
std::string percentEncode(std::string_view path) {
  std::string out;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved || c == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

struct ArtifactUri {
  std::string uri;
  bool relative;  // resolved against kSourceRoot
};

ArtifactUri artifactUri(std::string_view path) {
  if (path.starts_with('/')) return {"file://" + percentEncode(path), false};
  return {percentEncode(repositoryPath(path)), true};
}

// Validators and viewers expect messages to be sentences.
std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.back() != '.' && out.back() != '!' && out.back() != '?') out += '.';
  return out;
}

std::string resultText(const Diagnostic& d) {
  if (d.help.empty()) return sentence(d.message);
  return fmt::format("{} Help: {}", sentence(d.message), sentence(d.help));
}

void writeArtifactLocation(JsonWriter& json, const ArtifactUri& artifact) {
  json.field("uri", artifact.uri);
  if (artifact.relative) json.field("uriBaseId", kSourceRoot);
}

// The "friendly name" SARIF asks for: smart/time-bound becomes SmartTimeBound.
std::string pascalCase(std::string_view id) {
  std::string out;
  bool wordStart = true;
  for (const char c : id) {
    if (c == '/' || c == '-' || c == '_') {
      wordStart = true;
    } else {
      out += wordStart && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      wordStart = false;
    }
  }
  return out;
}

void writeRule(JsonWriter& json, std::string_view id, const RuleMeta* rule) {
  json.beginObject().field("id", id);
  // A name that differs from the id only in case (Syntax) is no name: SARIF says to leave it out.
  const std::string name = pascalCase(id);
  const bool sameAsId = std::equal(name.begin(), name.end(), id.begin(), id.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  if (!sameAsId) json.field("name", name);
  if (rule) {
    const RuleMeta& meta = *rule;
    json.key("shortDescription").beginObject().field("text", meta.summary).endObject();
    json.key("fullDescription").beginObject().field("text", meta.rationale).endObject();
    json.field("helpUri", ruleHelpUri(id));
    std::string helpText = meta.summary + "\n\n" + meta.rationale;
    if (!meta.goodExample.empty()) helpText += "\n\nFor example:\n" + meta.goodExample;
    json.key("help").beginObject().field("text", helpText).field("markdown", ruleMarkdown(meta)).endObject();
    json.key("defaultConfiguration").beginObject().field("level", levelOf(meta.severity));
    if (!meta.enabledByDefault) json.field("enabled", false);
    json.endObject();
    json.key("properties").beginObject().field("category", meta.category());
    json.key("tags").beginArray().value(meta.category()).endArray();
    json.endObject();
  }
  json.endObject();
}

// The byte offset of `at` in the text of `lines`; a column past the end of
// its line, or a line past the end of the text, is clamped to that end.
std::size_t offsetOf(const LineIndex& lines, std::size_t textSize, Position at) {
  if (at.line > lines.lineCount()) return textSize;
  const std::string_view line = lines.lineText(at.line);
  std::size_t i = 0;
  for (std::uint32_t column = 1; column < at.column && i < line.size(); ++column) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return lines.lineStart(at.line) + i;
}

void writeSnippet(JsonWriter& json, std::string_view text) {
  // The source of a file reported as not UTF-8 may not fit in JSON text.
  if (isValidUtf8(text)) json.key("snippet").beginObject().field("text", text).endObject();
}

// The region, with the text it covers, and as context the whole lines it
// spans, so that a viewer without the repository can still show the finding.
void writeRegions(JsonWriter& json, const Span& span, std::string_view source, const LineIndex& lines) {
  const bool hasEnd = span.end.line != 0 && span.begin <= span.end;
  const bool inText = span.begin.line <= lines.lineCount();
  json.key("region").beginObject().field("startLine", span.begin.line).field("startColumn", span.begin.column);
  if (hasEnd) json.field("endLine", span.end.line).field("endColumn", span.end.column);
  if (hasEnd && inText) {
    const std::size_t begin = offsetOf(lines, source.size(), span.begin);
    writeSnippet(json, source.substr(begin, offsetOf(lines, source.size(), span.end) - begin));
  }
  json.endObject();
  if (!inText) return;

  const std::uint32_t lastLine = std::min<std::uint32_t>(hasEnd ? span.end.line : span.begin.line, lines.lineCount());
  const std::size_t begin = lines.lineStart(span.begin.line);
  const std::size_t end = lines.lineStart(lastLine) + lines.lineText(lastLine).size();
  json.key("contextRegion").beginObject().field("startLine", span.begin.line).field("endLine", lastLine);
  writeSnippet(json, source.substr(begin, end - begin));
  json.endObject();
}

class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(const RuleCatalogue& registry) : registry_(registry) {}

  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    // Rules in id order; a result names its rule by index into this list.
    std::map<std::string, std::size_t, std::less<>> ruleIndex;
    for (const FileReport& f : files) {
      for (const Diagnostic& d : f.diagnostics) ruleIndex.emplace(d.rule, 0);
    }
    std::size_t next = 0;
    for (auto& [id, index] : ruleIndex) index = next++;

    // Each linted file once, even when named twice on the command line.
    std::map<std::string, std::size_t, std::less<>> artifactIndex;
    std::vector<ArtifactUri> artifacts;
    for (const FileReport& f : files) {
      if (f.skipped) continue;
      ArtifactUri artifact = artifactUri(f.path);
      if (artifactIndex.emplace(artifact.uri, artifacts.size()).second) artifacts.push_back(std::move(artifact));
    }

    JsonWriter json(out);
    json.beginObject().field("$schema", kSchemaUri).field("version", "2.1.0");
    json.key("runs").beginArray().beginObject();

    json.key("tool").beginObject().key("driver").beginObject();
    json.field("name", "crmlint").field("version", kVersion).field("semanticVersion", kVersion);
    json.field("informationUri", docsUrl());
    json.key("rules").beginArray();
    for (const auto& [id, index] : ruleIndex) writeRule(json, id, registry_.meta(id));
    json.endArray();
    json.endObject().endObject();

    json.key("artifacts").beginArray();
    for (const ArtifactUri& artifact : artifacts) {
      json.beginObject().key("location").beginObject();
      writeArtifactLocation(json, artifact);
      json.endObject();
      json.key("roles").beginArray().value("analysisTarget").endArray();
      json.endObject();
    }
    json.endArray();

    json.key("results").beginArray();
    Fingerprints fingerprints;
    for (const FileReport& f : files) {
      const LineIndex lines(f.source);
      for (const Diagnostic& d : f.diagnostics) {
        writeResult(json, d, ruleIndex.at(d.rule), fingerprints.of(d), artifactIndex, f.source, lines);
      }
    }
    json.endArray();

    json.field("columnKind", "unicodeCodePoints");
    json.endObject().endArray();
    json.endObject().finish();
  }

 private:
  static void writeResult(JsonWriter& json, const Diagnostic& d, std::size_t ruleIndex, const std::string& fingerprint,
                          const std::map<std::string, std::size_t, std::less<>>& artifactIndex, std::string_view source,
                          const LineIndex& lines) {
    json.beginObject().field("ruleId", d.rule).field("ruleIndex", ruleIndex).field("level", levelOf(d.severity));
    json.key("message").beginObject().field("text", resultText(d)).endObject();
    json.key("locations").beginArray().beginObject();
    json.key("physicalLocation").beginObject();
    const ArtifactUri artifact = artifactUri(d.file);
    json.key("artifactLocation").beginObject();
    writeArtifactLocation(json, artifact);
    if (const auto it = artifactIndex.find(artifact.uri); it != artifactIndex.end()) json.field("index", it->second);
    json.endObject();
    if (!d.span.empty()) writeRegions(json, d.span, source, lines);
    json.endObject();
    if (!d.path.empty()) {
      json.key("logicalLocations").beginArray().beginObject();
      json.field("fullyQualifiedName", d.path).field("kind", "member");
      json.endObject().endArray();
    }
    json.endObject().endArray();
    if (!d.related.empty()) {
      json.key("relatedLocations").beginArray();
      for (std::size_t i = 0; i < d.related.size(); ++i) {
        json.beginObject().field("id", i);
        json.key("physicalLocation").beginObject();
        json.key("artifactLocation").beginObject();
        writeArtifactLocation(json, artifact);
        if (const auto it = artifactIndex.find(artifact.uri); it != artifactIndex.end()) json.field("index", it->second);
        json.endObject();
        if (!d.related[i].span.empty()) writeRegions(json, d.related[i].span, source, lines);
        json.endObject();
        json.key("message").beginObject().field("text", d.related[i].message).endObject();
        json.endObject();
      }
      json.endArray();
    }
    // What GitHub code scanning matches alerts by across runs: file, rule and
    // the place by ids, so a finding whose entry moves stays the same alert.
    json.key("partialFingerprints").beginObject().field("crmlintIdentity/v1", fingerprint).endObject();
    json.endObject();
  }

  const RuleCatalogue& registry_;
};

}  // namespace

std::unique_ptr<Reporter> makeSarifReporter(const RuleCatalogue& registry) {
  return std::make_unique<SarifReporter>(registry);
}

}  // namespace crmlint
