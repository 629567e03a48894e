#pragma once
// One factory per output format; the table of formats (src/reporters/reporter.cpp) names them.
#include <memory>

#include "reporters/reporter.h"

namespace crmlint {

std::unique_ptr<Reporter> makeTextReporter(const ReporterOptions& options);
std::unique_ptr<Reporter> makeCompactReporter(const ReporterOptions& options);
std::unique_ptr<Reporter> makeJsonReporter();
std::unique_ptr<Reporter> makeSarifReporter(const RuleCatalogue& registry);
std::unique_ptr<Reporter> makeJunitReporter();
std::unique_ptr<Reporter> makeGithubReporter();
std::unique_ptr<Reporter> makeGitlabReporter();
std::unique_ptr<Reporter> makeHtmlReporter(const ReporterOptions& options, const RuleCatalogue& registry);

}  // namespace crmlint
