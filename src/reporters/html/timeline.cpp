// The delivery timeline: an SVG Gantt chart of the milestones, with their
// dependencies, today and the training that comes after its rollout.
#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "reporters/html/parts.h"

namespace crmlint::html {

namespace {

// Milestone kinds drawn in the timeline: pilots, training and rollouts each
// have their own colour; the other types are coloured by their group.
struct Kind {
  std::string_view id;
  std::string_view label;
  std::string_view color;
};

constexpr std::array<Kind, 8> kKinds = {{
    {"strategy", "Need, vision, requirements", "#64748b"},
    {"technology", "Vendor, data, integration", "#8e44ad"},
    {"people", "Process, communication", "#0e7490"},
    {"training", "Training", "#15803d"},
    {"pilot", "Pilot", "#d97706"},
    {"rollout", "Rollout", "#1d4ed8"},
    {"review", "Review", "#1f2937"},
    {"untyped", "No type given", "#cbd5e1"},
}};

const Kind& kindOf(const MilestoneOverview& m) {
  auto find = [](std::string_view id) -> const Kind& {
    return *std::find_if(kKinds.begin(), kKinds.end(), [&](const Kind& k) { return k.id == id; });
  };
  if (m.type == "training" || m.type == "pilot" || m.type == "rollout" || m.type == "review") return find(m.type);
  if (m.group == "strategy" || m.group == "technology") return find(m.group);
  if (m.group == "people-and-process") return find("people");
  return find("untyped");
}

// --- dates ------------------------------------------------------------------

struct YearMonth {
  int year;
  int month;
  YearMonth next(int months) const {
    const int index = year * 12 + (month - 1) + months;
    return {index / 12, index % 12 + 1};
  }
  Date first() const { return Date::fromCivil(year, static_cast<unsigned>(month), 1); }
  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

YearMonth yearMonthOf(Date d) {
  const std::string iso = d.iso();
  return {std::stoi(iso.substr(0, iso.size() - 6)), std::stoi(iso.substr(iso.size() - 5, 2))};
}

constexpr std::array<std::string_view, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void legend(Writer& w, bool withToday) {
  w.write("<ul class=\"legend\">");
  for (const Kind& k : kKinds) {
    w.write("<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>", k.color, k.label);
  }
  w.write("<li><span class=\"swatch arrow\"></span>Depends on</li>");
  if (withToday) w.write("<li><span class=\"swatch line\"></span>Today</li>");
  w.write("</ul>\n");
}

}  // namespace

void writeTimeline(Writer& w, const StrategyOverview& o, std::size_t index, std::optional<Date> today) {
  w.write("<section class=\"card timeline\">\n<h3>Delivery timeline</h3>\n");
  if (o.milestones.empty()) {
    w.write("<p class=\"lead\">The strategy has no milestones yet.</p>\n</section>\n");
    return;
  }
  w.write(
      "<p class=\"lead\">One bar per milestone, from its start to its due date; arrows lead from a "
      "milestone to the ones that wait for it.</p>\n");

  std::optional<Date> lo, hi;
  auto widen = [&](std::optional<Date> d) {
    if (!d) return;
    lo = lo ? std::min(*lo, *d) : *d;
    hi = hi ? std::max(*hi, *d) : *d;
  };
  for (const MilestoneOverview& m : o.milestones) {
    widen(m.start);
    widen(m.due);
  }
  if (!lo) {
    legend(w, false);
    w.write("<p class=\"note\">No milestone has a start or due date, so there is nothing to draw.</p>\n</section>\n");
    return;
  }
  // Today widens the chart only when it is near the plan; a distant today
  // would squash every bar into a sliver.
  bool todayShown = false;
  if (today) {
    const int span = std::max(hi->days - lo->days, 30);
    if (today->days >= lo->days - span / 2 && today->days <= hi->days + span / 2) {
      widen(today);
      todayShown = true;
    }
  }
  legend(w, todayShown);

  const YearMonth first = yearMonthOf(*lo);
  const YearMonth last = yearMonthOf(*hi).next(1);
  const int from = first.first().days;
  const int to = last.first().days;

  constexpr int kLabel = 340, kPlot = 720, kRight = 140, kAxis = 34, kRow = 30, kBar = 16, kFoot = 22;
  const int width = kLabel + kPlot + kRight;
  const int bottom = kAxis + static_cast<int>(o.milestones.size()) * kRow;
  const int height = bottom + kFoot;
  auto xOf = [&](Date d) { return kLabel + kPlot * static_cast<double>(d.days - from) / (to - from); };
  auto rowY = [&](std::size_t row) { return kAxis + static_cast<double>(row) * kRow; };

  w.write(
                 "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Timeline of {}\">\n<defs>"
                 "<marker id=\"arrow-{}\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" "
                 "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#6b7280\"/></marker>"
                 "<marker id=\"arrow-late-{}\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" "
                 "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#b91c1c\"/></marker>"
                 "</defs>\n",
                 width, height, plural(o.milestones.size(), "milestone", "milestones"), index, index);

  // Zebra rows, then the month grid and its labels.
  for (std::size_t row = 0; row < o.milestones.size(); row += 2) {
    w.write("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f8fafc\"/>", rowY(row),
                   kLabel + kPlot, kRow);
  }
  const int months = (last.year * 12 + last.month) - (first.year * 12 + first.month);
  // At most 14 or so labels: every 1, 2, 3 or 6 months, or every few years.
  int step = 1;
  for (int candidate : {1, 2, 3, 6, 12}) {
    step = candidate;
    if (months / candidate <= 14) break;
  }
  if (months / step > 14) step = 12 * ((months / 12 + 13) / 14);
  w.write("\n");
  for (YearMonth m = first; m <= last; m = m.next(step)) {
    const double x = xOf(m.first());
    w.write("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#e5e7eb\"/>", x, kAxis - 6,
                   x, bottom);
    if (m < last) {
      const std::string label =
          step >= 12 ? std::to_string(m.year) : fmt::format("{} {}", kMonthNames[m.month - 1], m.year);
      w.write("<text class=\"axis\" x=\"{:.1f}\" y=\"{}\">{}</text>", x + 4, kAxis - 12, label);
    }
  }
  w.write("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9ca3af\"/>\n", kLabel, kAxis - 6,
                 kLabel + kPlot, kAxis - 6);

  // Where each bar is, for the arrows.
  struct Placed {
    double x1, x2, y;
  };
  std::unordered_map<std::string_view, std::size_t> rowOf;
  std::vector<std::optional<Placed>> placed(o.milestones.size());
  for (std::size_t row = 0; row < o.milestones.size(); ++row) {
    const MilestoneOverview& m = o.milestones[row];
    rowOf.try_emplace(m.id, row);
    const std::optional<Date> start = m.start ? m.start : m.due;
    const std::optional<Date> due = m.due ? m.due : m.start;
    if (!start) continue;
    // A bar covers whole days: from the start of its first to the end of its last.
    const double x1 = xOf(std::min(*start, *due));
    const double x2 = std::max(xOf(Date{std::max(start->days, due->days) + 1}), x1 + 4);
    placed[row] = Placed{x1, x2, rowY(row) + kRow / 2.0};
  }

  // Arrows first, so that bars cover the elbows.
  for (std::size_t row = 0; row < o.milestones.size(); ++row) {
    const MilestoneOverview& m = o.milestones[row];
    if (!placed[row]) continue;
    for (const std::string& before : m.after) {
      const auto it = rowOf.find(before);
      if (it == rowOf.end() || !placed[it->second]) continue;
      const Placed& from = *placed[it->second];
      const Placed& to = *placed[row];
      const bool late = to.x1 < from.x2 - 0.5;  // starts before the milestone it waits for is due
      const double elbow = std::min(from.x2 + 6, to.x1 - 8);
      w.write(
          "<path class=\"dependency{}\" data-from=\"{}\" data-to=\"{}\" d=\"M{:.1f},{:.1f} H{:.1f} "
          "V{:.1f} H{:.1f}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.4\" marker-end=\"url(#{}-{})\"/>\n",
          late ? " late" : "", before, m.id, from.x2, from.y, elbow, to.y, to.x1,
          late ? "#b91c1c" : "#6b7280", late ? "arrow-late" : "arrow", index);
    }
  }

  // A training is late when a rollout or pilot of its departments starts
  // before it is due and no other training has prepared them by then:
  // the staff meet the new way of working before they learn it.
  std::unordered_map<std::string_view, Date> trainedBy;  // department ("" for all) -> earliest training due
  std::vector<const MilestoneOverview*> goLives;
  for (const MilestoneOverview& m : o.milestones) {
    if (m.status == "dropped") continue;
    if ((m.type == "rollout" || m.type == "pilot") && m.start) goLives.push_back(&m);
    if (m.type != "training" || !m.due) continue;
    auto note = [&](std::string_view key) {
      const auto [it, added] = trainedBy.emplace(key, *m.due);
      if (!added) it->second = std::min(it->second, *m.due);
    };
    if (m.departments.empty()) note("");
    for (const std::string& d : m.departments) note(d);
  }
  auto preparedBy = [&](std::string_view department, Date start) {
    for (const std::string_view key : {department, std::string_view()}) {
      const auto it = trainedBy.find(key);
      if (it != trainedBy.end() && it->second <= start) return true;
    }
    return false;
  };
  auto trainsLate = [&](const MilestoneOverview& m) {
    if (m.type != "training" || m.status == "dropped" || !m.due) return false;
    for (const MilestoneOverview* g : goLives) {
      if (*g->start >= *m.due) continue;
      for (const std::string& d : g->departments) {
        const bool shared = m.departments.empty() ||
                            std::find(m.departments.begin(), m.departments.end(), d) != m.departments.end();
        if (shared && !preparedBy(d, *g->start)) return true;
      }
    }
    return false;
  };

  for (std::size_t row = 0; row < o.milestones.size(); ++row) {
    const MilestoneOverview& m = o.milestones[row];
    const Kind& kind = kindOf(m);
    const double y = rowY(row);
    const std::string title = m.title.empty() ? m.id : m.title;
    w.write("<g class=\"milestone\" data-milestone=\"{}\">", m.id);
    w.write("<text x=\"8\" y=\"{:.1f}\"><title>{}</title>{}</text>", y + kRow / 2.0 + 4,
                   title, shortened(title, 48));
    if (!placed[row]) {
      w.write("<text class=\"undated\" x=\"{}\" y=\"{:.1f}\">no start or due date</text></g>\n",
                     kLabel + 8, y + kRow / 2.0 + 4);
      continue;
    }
    const Placed& p = *placed[row];
    const double opacity = m.status == "dropped" ? 0.3 : m.status == "done" ? 0.6 : 1.0;
    const std::string when = m.start && m.due ? fmt::format("{} to {}", m.start->iso(), m.due->iso())
                             : m.due          ? fmt::format("due {}", m.due->iso())
                                              : fmt::format("starts {}", m.start->iso());
    w.write(
                   "<rect class=\"milestone-bar\" data-milestone=\"{}\" data-type=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" "
                   "width=\"{:.1f}\" height=\"{}\" rx=\"3\" fill=\"{}\" fill-opacity=\"{}\"{}>"
                   "<title>{}: {} ({}, line {})</title></rect>",
                   m.id, m.type, p.x1, p.y - kBar / 2.0, p.x2 - p.x1, kBar, kind.color,
                   opacity, Markup{kind.id == "untyped" ? " stroke=\"#64748b\" stroke-dasharray=\"3 2\"" : ""},
                   m.id, title, when, m.line);
    std::string label = m.type.empty() ? "no type" : m.type;
    if (!m.scope.empty()) label += " \xC2\xB7 " + m.scope;
    if (m.status == "done" || m.status == "dropped" || m.status == "in-progress") label += " \xC2\xB7 " + m.status;
    const bool overdue = today && m.due && *m.due < *today && m.status != "done" && m.status != "dropped";
    const bool late = trainsLate(m);
    // About 6.5 units per character at this size: a label that would run off
    // the chart goes before the bar instead.
    const double labelWidth = 6.5 * static_cast<double>(label.size() + (overdue ? 10 : 0) + (late ? 19 : 0));
    const bool labelLeft = p.x2 + 6 + labelWidth > width;
    w.write("<text class=\"kind\" x=\"{:.1f}\" y=\"{:.1f}\"{}>{}", labelLeft ? p.x1 - 6 : p.x2 + 6,
                   p.y + 4, Markup{labelLeft ? " text-anchor=\"end\"" : ""}, label);
    if (overdue) w.write("<tspan class=\"overdue\"> \xC2\xB7 overdue</tspan>");
    if (late) w.write("<tspan class=\"late-training\"> \xC2\xB7 after its rollout</tspan>");
    w.write("</text></g>\n");
  }

  if (todayShown) {
    const double x = xOf(*today);
    w.write(
        "<line class=\"today-line\" x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#b91c1c\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/><text class=\"today\" x=\"{0:.1f}\" y=\"{3}\" "
        "text-anchor=\"middle\">today {4}</text>\n",
        x, kAxis - 6, bottom + 4, height - 6, today->iso());
  }
  w.write("</svg>\n");
  if (today && !todayShown) {
    w.write("<p class=\"note\">Today ({}) is far outside the plan's dates, so it is not drawn.</p>\n",
                   today->iso());
  }
  w.write("</section>\n");
}

}  // namespace crmlint::html
