// The findings: the three that matter most, every finding by category and
// rule, and those a baseline accepted.
#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

#include "category.h"
#include "reporters/html/parts.h"

namespace crmlint::html {

namespace {

// A category's title for reports; the id itself when none is registered.
std::string_view categoryTitle(std::string_view id) {
  const Category* category = CategoryRegistry::instance().find(id);
  return category ? std::string_view(category->title) : id;
}

}  // namespace

// The three findings to act on first: errors before warnings before infos,
// and judgement about the strategy before format details; named by what
// the rule checks, not by its id.
void writeMostImportant(Writer& w, const FileReport& file, const RuleCatalogue& rules) {
  if (file.diagnostics.empty()) return;
  auto categoryRank = [](std::string_view rule) {
    static constexpr std::string_view kOrder[] = {"ownership", "pace", "customer", "plan", "business-case",
                                                  "strategy", "alignment", "smart", "wiifm"};
    const std::string_view c = categoryOfRule(rule);
    for (std::size_t i = 0; i < std::size(kOrder); ++i) {
      if (kOrder[i] == c) return i;
    }
    return std::size(kOrder);
  };
  std::vector<const Diagnostic*> ranked;
  for (const Diagnostic& d : file.diagnostics) ranked.push_back(&d);
  std::stable_sort(ranked.begin(), ranked.end(), [&](const Diagnostic* a, const Diagnostic* b) {
    return std::pair(-static_cast<int>(a->severity), categoryRank(a->rule)) <
           std::pair(-static_cast<int>(b->severity), categoryRank(b->rule));
  });
  // One per rule, so that three of the same kind do not crowd out the rest.
  std::vector<const Diagnostic*> top;
  for (const Diagnostic* d : ranked) {
    if (top.size() == 3) break;
    if (std::none_of(top.begin(), top.end(), [&](const Diagnostic* t) { return t->rule == d->rule; })) {
      top.push_back(d);
    }
  }
  w.write("<section class=\"card top-findings\">\n<h3>What matters most</h3>\n<ol>\n");
  for (const Diagnostic* d : top) {
    const RuleMeta* rule = rules.meta(d->rule);
    const std::string title = rule ? rule->summary : d->rule;
    w.write("<li class=\"top-finding\" data-rule=\"{}\"><strong>{}</strong><br>{} <span class=\"where\">(line {})</span>",
            d->rule, title, d->message, d->span.begin.line);
    if (!d->help.empty()) w.write("<br><em>{}</em>", d->help);
    w.write("</li>\n");
  }
  w.write("</ol>\n</section>\n");
}

void writeFindings(Writer& w, const FileReport& file, const std::optional<HealthScore>& score,
                   const RuleCatalogue& rules) {
  w.write("<section class=\"card findings-list\">\n<h3>Findings</h3>\n");
  if (file.diagnostics.empty()) {
    if (file.accepted.empty()) {
      w.write("<p class=\"clean\">No findings: the strategy passes every check that ran.</p>\n</section>\n");
    } else {
      w.write("<p class=\"clean\">No new findings: every finding is one the baseline accepted (listed "
              "below).</p>\n</section>\n");
    }
    return;
  }
  // category -> rule -> diagnostics, categories in registration order.
  std::map<std::string_view, std::vector<const Diagnostic*>> byRule;
  std::vector<std::string_view> categories;
  for (const Diagnostic& d : file.diagnostics) {
    byRule[d.rule].push_back(&d);
    const std::string_view c = categoryOfRule(d.rule);
    if (std::find(categories.begin(), categories.end(), c) == categories.end()) categories.push_back(c);
  }
  const std::vector<Category>& registered = CategoryRegistry::instance().all();
  auto rank = [&](std::string_view c) {
    for (std::size_t i = 0; i < registered.size(); ++i) {
      if (registered[i].id == c) return i;
    }
    return registered.size();
  };
  std::stable_sort(categories.begin(), categories.end(), [&](std::string_view a, std::string_view b) {
    return std::pair(rank(a), a) < std::pair(rank(b), b);
  });

  for (const std::string_view category : categories) {
    std::size_t total = 0;
    for (const auto& [rule, list] : byRule) {
      if (categoryOfRule(rule) == category) total += list.size();
    }
    w.write("<section class=\"findings-category\" data-category=\"{}\">\n<header><h4>{}</h4>",
                   category, categoryTitle(category));
    w.write("<span class=\"tag\">{}</span>", plural(total, "finding", "findings"));
    if (score) {
      if (const auto value = score->category(category)) {
        w.write("<span class=\"tag\">score {}</span>", *value);
      }
    }
    if (const Category* registered = CategoryRegistry::instance().find(category)) {
      w.write("<span class=\"question\">{}</span>", registered->question);
    }
    w.write("</header>\n");
    for (const auto& [rule, list] : byRule) {
      if (categoryOfRule(rule) != category) continue;
      const RuleMeta* r = rules.meta(rule);
      w.write( "<div class=\"rule-group\" data-rule=\"{}\"><h5><code>{}</code>{}</h5>\n<ul class=\"findings\">\n",
          rule, rule, r ? r->summary : "");
      for (const Diagnostic* d : list) {
        const std::string_view severity = nameOf(d->severity);
        w.write(
                       "<li class=\"finding {}\"><span class=\"severity\">{}</span><span class=\"message\">{}"
                       "</span><span class=\"location\">{}:{}:{}</span>",
                       severity, severity, d->message, d->file, d->span.begin.line,
                       d->span.begin.column);
        if (!d->help.empty()) w.write("<p class=\"help\">How to fix: {}</p>", d->help);
        w.write("</li>\n");
      }
      w.write("</ul></div>\n");
    }
    w.write("</section>\n");
  }
  w.write("</section>\n");
}

// The findings a baseline records: still weaknesses of the plan, shown
// apart and marked, but costing nothing in the score.
void writeAccepted(Writer& w, const FileReport& file, const RuleCatalogue& rules) {
  if (file.accepted.empty()) return;
  w.write(
                 "<section class=\"card accepted-list\" data-accepted=\"{}\">\n<header><h3>Accepted (baseline)</h3>"
                 "<span class=\"tag accepted\">{} accepted</span></header>\n"
                 "<p class=\"lead\">These findings are recorded in the baseline given with --baseline: someone "
                 "accepted them, so they cost nothing in the score and do not fail the run. They are still "
                 "weaknesses of the plan.</p>\n<ul class=\"findings\">\n",
                 file.accepted.size(), plural(file.accepted.size(), "finding", "findings"));
  for (const Diagnostic& d : file.accepted) {
    const RuleMeta* rule = rules.meta(d.rule);
    const std::string_view severity = nameOf(d.severity);
    w.write(
                   "<li class=\"finding accepted {}\" data-rule=\"{}\"><span class=\"severity\">accepted \xC2\xB7 {}"
                   "</span><strong>{}</strong> <span class=\"message\">{}</span><span class=\"location\">{}:{}:{}"
                   "</span></li>\n",
                   severity, d.rule, severity, rule ? rule->summary : d.rule,
                   d.message, d.file, d.span.begin.line, d.span.begin.column);
  }
  w.write("</ul>\n</section>\n");
}

}  // namespace crmlint::html
