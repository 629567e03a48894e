#pragma once
// One factory per output format; src/reporters/reporter.cpp maps names to them.
#include <memory>

#include "reporters/reporter.h"

namespace crmlint {

std::unique_ptr<Reporter> makeTextReporter(const ReporterOptions& options);
std::unique_ptr<Reporter> makeCompactReporter(const ReporterOptions& options);
std::unique_ptr<Reporter> makeJsonReporter();

}  // namespace crmlint
