// The JSON format of cli.md, field for field.
#include "reporters/formats.h"
#include "json_writer.h"
#include "score.h"
#include "version.h"

namespace crmlint {

namespace {

// {"overall": N, "smart": N, ...}; null for a category that did not run, and
// null instead of the object when no file has a score.
void writeScores(JsonWriter& json, const std::optional<HealthScore>& score) {
  json.key("scores");
  if (!score) {
    json.null();
    return;
  }
  json.beginObject().field("overall", score->overall);
  for (const std::string& category : scoredCategories()) {
    json.key(category);
    if (const auto value = score->category(category)) {
      json.value(*value);
    } else {
      json.null();
    }
  }
  json.endObject();
}

class JsonReporter final : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<FileReport>& files) const override {
    JsonWriter json(out);
    json.beginObject();
    json.key("tool").beginObject().field("name", "crmlint").field("version", kVersion).endObject();
    json.key("files").beginArray();
    for (const FileReport& f : files) {
      if (!f.skipped) json.value(f.path);
    }
    json.endArray();
    json.key("diagnostics").beginArray();
    for (const FileReport& f : files) {
      for (const Diagnostic& d : f.diagnostics) {
        json.beginObject()
            .field("file", d.file)
            .field("line", d.span.begin.line)
            .field("column", d.span.begin.column)
            .field("end_line", d.span.end.line)
            .field("end_column", d.span.end.column)
            .field("severity", nameOf(d.severity))
            .field("rule", d.rule)
            .field("message", d.message)
            .field("path", d.path)
            .field("help", d.help);
        // Only when the finding is about other places too, such as the other entries of a grouped finding.
        if (!d.related.empty()) {
          json.key("related").beginArray();
          for (const RelatedSpan& r : d.related) {
            json.beginObject()
                .field("line", r.span.begin.line)
                .field("column", r.span.begin.column)
                .field("end_line", r.span.end.line)
                .field("end_column", r.span.end.column)
                .field("message", r.message)
                .endObject();
          }
          json.endArray();
        }
        json.endObject();
      }
    }
    json.endArray();
    const Summary s = summarize(files);
    json.key("summary")
        .beginObject()
        .field("errors", s.errors)
        .field("warnings", s.warnings)
        .field("infos", s.infos)
        .field("files", s.files);
    writeScores(json, scoreRun(files));
    json.endObject();
    json.endObject().finish();
  }
};

}  // namespace

std::unique_ptr<Reporter> makeJsonReporter() { return std::make_unique<JsonReporter>(); }

}  // namespace crmlint
