// The JSON format of cli.md, field for field.
#include "reporters/formats.h"
#include "reporters/json_writer.h"
#include "version.h"

namespace crmlint {

namespace {

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
            .field("help", d.help)
            .endObject();
      }
    }
    json.endArray();
    const Summary s = summarize(files);
    json.key("summary")
        .beginObject()
        .field("errors", s.errors)
        .field("warnings", s.warnings)
        .field("infos", s.infos)
        .field("files", s.files)
        .endObject();
    json.endObject().finish();
  }
};

}  // namespace

std::unique_ptr<Reporter> makeJsonReporter() { return std::make_unique<JsonReporter>(); }

}  // namespace crmlint
