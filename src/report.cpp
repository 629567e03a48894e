#include "report.h"

namespace crmlint {

Summary summarize(const std::vector<FileReport>& files) {
  Summary s;
  for (const FileReport& f : files) {
    if (f.skipped) continue;
    ++s.files;
    for (const Diagnostic& d : f.diagnostics) {
      switch (d.severity) {
        case Severity::Error: ++s.errors; break;
        case Severity::Warning: ++s.warnings; break;
        case Severity::Info: ++s.infos; break;
      }
    }
  }
  return s;
}

}  // namespace crmlint
