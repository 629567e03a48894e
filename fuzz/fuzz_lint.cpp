// libFuzzer target: any bytes through the loader, every rule (strict: all
// on, with --today so time-aware rules run too) and every output format.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "config.h"
#include "linter.h"
#include "reporters/reporter.h"

namespace {

const crmlint::Config& strictConfig() {
  static const crmlint::Config config = crmlint::Config::strict(crmlint::Registry::instance());
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crmlint;
  LintOptions options;
  options.today = parseDate("2027-06-30");
  std::vector<FileReport> reports;
  reports.push_back(lintText("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), strictConfig(), options));
  for (const std::string& format : reporterFormats()) {
    std::ostringstream out;
    makeReporter(format, ReporterOptions{}, Registry::instance())->write(out, reports);
  }
  return 0;
}
