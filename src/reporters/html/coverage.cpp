// Who is involved: departments by goals, with the milestones that involve
// each department and whether it has a WIIFM.
#include <algorithm>

#include "reporters/html/parts.h"

namespace crmlint::html {

bool names(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool involvedAnywhere(const StrategyOverview& o, std::string_view department) {
  return std::any_of(o.goals.begin(), o.goals.end(),
                     [&](const GoalOverview& g) { return names(g.departments, department); }) ||
         std::any_of(o.milestones.begin(), o.milestones.end(),
                     [&](const MilestoneOverview& m) { return names(m.departments, department); });
}

void writeCoverage(Writer& w, const StrategyOverview& o, std::size_t index) {
  w.write("<section class=\"card coverage\">\n<h3>Who is involved</h3>\n");
  w.write(
      "<p class=\"lead\">Departments (rows) by goals (columns): a mark means the goal names the department. "
      "The last columns count the milestones that involve it and say whether one of its stakeholders knows "
      "what is in it for them (WIIFM); a dash marks a department the plan does not involve.</p>\n");
  if (o.departments.empty()) {
    w.write("<p>The strategy names no departments.</p>\n</section>\n");
    return;
  }
  w.write("<div class=\"matrix-wrap\"><table class=\"coverage-matrix\" id=\"coverage-matrix-{}\">\n",
                 index);
  w.write("<thead><tr><th scope=\"col\">Department</th>");
  for (const GoalOverview& g : o.goals) {
    w.write("<th scope=\"col\" data-goal=\"{}\">{}<span class=\"goal-title\">{}</span></th>",
                   g.id, g.id, shortened(g.title, 60));
  }
  w.write("<th scope=\"col\">Milestones</th><th scope=\"col\">WIIFM</th></tr></thead>\n<tbody>\n");
  for (const DepartmentOverview& d : o.departments) {
    const bool involved = involvedAnywhere(o, d.id);
    const auto milestones = std::count_if(o.milestones.begin(), o.milestones.end(),
                                          [&](const MilestoneOverview& m) { return names(m.departments, d.id); });
    w.write("<tr class=\"coverage-row{}\" data-department=\"{}\"><th scope=\"row\">{}",
                   d.customerFacing && !involved ? " not-involved" : "", d.id, d.name);
    if (d.customerFacing) w.write("<span class=\"tag\">customer-facing</span>");
    if (d.customerFacing && !involved) w.write("<span class=\"tag warn\">not involved</span>");
    w.write("<span class=\"dept-id\">{}</span></th>", d.id);
    for (const GoalOverview& g : o.goals) {
      const bool in = names(g.departments, d.id);
      w.write("<td class=\"coverage-cell{}\" data-goal=\"{}\"{}>{}</td>", in ? " involved" : "",
                     g.id, Markup{in ? " title=\"involved\"" : ""}, in ? "\xE2\x97\x8F" : "");
    }
    w.write("<td class=\"milestone-count\">{}</td>", milestones);
    // A WIIFM matters where the plan asks people to change.
    const std::string_view wiifm = d.hasWiifm ? "wiifm-yes" : involved ? "wiifm-no" : "wiifm-not-needed";
    const std::string_view mark = d.hasWiifm ? "\xE2\x9C\x93 yes"
                                  : involved ? "\xE2\x9C\x97 missing"
                                             : "\xE2\x80\x94";
    w.write("<td class=\"wiifm {}\">{}</td></tr>\n", wiifm, mark);
  }
  w.write("</tbody>\n</table></div>\n</section>\n");
}

}  // namespace crmlint::html
