#pragma once
// A plain summary of one strategy for the reports: the facts the HTML page
// draws (milestones, departments, goals) and the size of what each rule
// category checks (for the health score). It is built from the model, but
// this header does not include the model, so reporters that read it stay
// away from the model.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "scalar.h"

namespace crmlint {

struct Strategy;
class Document;

struct MilestoneOverview {
  std::string id;
  std::string title;
  std::string type;   // "pilot", ...; empty when not given
  std::string group;  // "strategy", "technology", "people-and-process", "delivery"; empty without a type
  std::string scope;  // "team", ...; empty when not given
  std::optional<Date> start;
  std::optional<Date> due;
  std::vector<std::string> departments;  // as written; empty means no department named
  std::vector<std::string> after;        // ids of the milestones it follows
  std::string status;                    // "planned" unless the file says otherwise
  std::uint32_t line = 0;                // the line of its entry, 0 when unknown
};

struct DepartmentOverview {
  std::string id;
  std::string name;  // the id when no name is given
  bool customerFacing = false;
  bool hasWiifm = false;  // some stakeholder in it has a non-blank wiifm
};

struct GoalOverview {
  std::string id;
  std::string title;
  std::vector<std::string> departments;
  std::optional<std::int64_t> priority;
};

struct StrategyOverview {
  std::string name;
  std::vector<MilestoneOverview> milestones;    // in file order; entries without an id are left out
  std::vector<DepartmentOverview> departments;  // declared, or the default set
  std::vector<GoalOverview> goals;              // in file order; entries without an id are left out
  // Per scored category that ran on the file, the number of things it checks
  // (its Category::counts, score.h); a category none of whose rules ran is absent.
  std::map<std::string, std::size_t, std::less<>> checked;
};

// `categoriesRun` names the categories with at least one rule enabled.
// Without `withPlan`, only the name and the counts are filled in.
StrategyOverview summarizeStrategy(const Strategy& strategy, const Document& doc,
                                   const std::set<std::string, std::less<>>& categoriesRun, bool withPlan = true);

}  // namespace crmlint
