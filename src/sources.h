#pragma once
// The published articles the rules' rationales draw on, so that `crmlint
// explain` and docs/rules.md can name them by title. A rationale cites each
// of its sources by its short title, in double quotes.
#include <string_view>

namespace crmlint {

enum class Source { ReasonsStrategiesFail, ThreeReasons, ProjectsFail, BestPractices, NotSoftware };

struct SourceInfo {
  std::string_view title;
  std::string_view note;        // author or site, when the article gives one
  std::string_view shortTitle;  // as a rationale cites it
};

constexpr SourceInfo sourceInfo(Source s) {
  switch (s) {
    case Source::ReasonsStrategiesFail:
      return {"CRM Strategy - Reasons Why CRM Strategies Fail", "", "Reasons Why CRM Strategies Fail"};
    case Source::ThreeReasons:
      return {"Why Do CRM Strategies Fail: These 3 Reasons Will Surprise You?", "2015",
              "These 3 Reasons Will Surprise You"};
    case Source::ProjectsFail: return {"Why Many CRM Projects Fail", "", "Why Many CRM Projects Fail"};
    case Source::BestPractices: return {"CRM Strategy Best Practices", "", "CRM Strategy Best Practices"};
    case Source::NotSoftware:
      return {"CRM is not software: a CRM definition", "Mike Boysen, effective-crm-consulting.com",
              "CRM is not software"};
  }
  return {};
}

}  // namespace crmlint
