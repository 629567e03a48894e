// --format html: a self-contained page with the health score, the milestone
// timeline, the coverage matrix and every finding; text from the strategy is
// escaped. tests/integration/html_report.sh renders it in a real browser.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "baseline.h"
#include "reporters/html.h"
#include "reporters/html/writer.h"
#include "reporters/reporter.h"
#include "support.h"

using namespace crmlint;
using namespace crmlint::test;

namespace {

std::string render(const std::vector<FileReport>& files, std::optional<Date> today = std::nullopt) {
  const auto reporter = makeReporter("html", ReporterOptions{.color = false, .today = today}, Registry::instance());
  REQUIRE(reporter);
  std::ostringstream out;
  reporter->write(out, files);
  return out.str();
}

FileReport linted(std::string path, std::string yaml, const LintOptions& options = {}) {
  return lintText(std::move(path), std::move(yaml), recommended(), options);
}

FileReport acme() { return linted("examples/acme-loyalty.yaml", readProjectFile("examples/acme-loyalty.yaml")); }

std::size_t count(std::string_view text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

constexpr std::string_view kHostile = R"(strategy:
  name: <script>alert(1)</script>
departments:
  - id: sales
    name: <img src=x onerror=alert(2)>
    customer_facing: true
goals:
  - id: g1
    title: "Cut churn \"now\" & <b>forever</b>"
    departments: [sales]
milestones:
  - id: m1
    title: <script>alert(3)</script>
    type: pilot
    start: 2027-01-04
    due: 2027-02-26
)";

}  // namespace

TEST_CASE("html: escapeHtml makes text safe for elements and quoted attributes") {
  CHECK(escapeHtml("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(escapeHtml("two\nlines\tand\x1b[31m") == "two lines and\xEF\xBF\xBD[31m");
  CHECK(escapeHtml("caf\xC3\xA9 \xFF") == "caf\xC3\xA9 \xEF\xBF\xBD");
}

TEST_CASE("html: text from the strategy shows as text and runs nothing") {
  const std::string page = render({linted("hostile.yaml", std::string(kHostile))});
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(3)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  CHECK(page.find("Cut churn &quot;now&quot; &amp; &lt;b&gt;forever&lt;/b&gt;") != std::string::npos);
  const std::string folded = lower(page);
  CHECK(folded.find("<script") == std::string::npos);
  CHECK(folded.find("<img") == std::string::npos);
  CHECK(folded.find("<b>") == std::string::npos);
}

TEST_CASE("html: a file name is escaped too") {
  const std::string page = render({linted("<i>odd</i>.yaml", "strategy:\n  name: Acme\n")});
  CHECK(page.find("&lt;i&gt;odd&lt;/i&gt;.yaml") != std::string::npos);
  CHECK(page.find("<i>") == std::string::npos);
}

TEST_CASE("html: the page fetches nothing: no external script, stylesheet, font or image") {
  const std::string page = lower(render({acme(), linted("hostile.yaml", std::string(kHostile))}));
  for (const std::string_view external :
       {"src=\"http", "src='http", "<link", "@import", "url(http", "url(//", "<script", "href=\"http", "href=\"//"}) {
    INFO(external);
    CHECK(page.find(external) == std::string::npos);
  }
  CHECK(page.find("<style>") != std::string::npos);
}

TEST_CASE("html: the timeline has exactly one bar per milestone, and an arrow per dependency") {
  const std::string page = render({acme()});
  CHECK(count(page, "class=\"milestone-bar\"") == 12);
  for (const std::string_view id :
       {"agree-need", "share-vision", "requirements", "select-vendor", "redesign-handoffs", "clean-data", "train-west",
        "pilot-west", "train-all", "announce", "rollout-enterprise", "review-q4"}) {
    INFO(id);
    CHECK(count(page, fmt::format("class=\"milestone-bar\" data-milestone=\"{}\"", id)) == 1);
  }
  // The after lists of examples/acme-loyalty.yaml name 13 milestones.
  CHECK(count(page, "class=\"dependency") == 13);
  CHECK(count(page, "class=\"dependency late\"") == 0);
  CHECK(count(page, "data-type=\"pilot\"") == 1);
  CHECK(count(page, "data-type=\"training\"") == 2);
  CHECK(count(page, "data-type=\"rollout\"") == 1);
}

TEST_CASE("html: a milestone that starts before the one it waits for is due gets a red arrow") {
  const std::string page = render({linted("late.yaml", R"(strategy:
  name: Acme
milestones:
  - id: train
    title: Train the sales team on the new account plans
    type: training
    start: 2027-03-01
    due: 2027-03-31
  - id: pilot
    title: Pilot shared account plans with the West region
    type: pilot
    start: 2027-03-15
    due: 2027-04-30
    after: [train]
)")});
  CHECK(count(page, "class=\"dependency late\" data-from=\"train\" data-to=\"pilot\"") == 1);
}

TEST_CASE("html: milestones with one date, no date, or dates millennia apart") {
  const std::string page = render({linted("dates.yaml", R"(strategy:
  name: Acme
milestones:
  - id: first
    title: The first day the format allows
    type: need
    due: 0001-01-01
  - id: last
    title: The last day the format allows
    type: review
    start: 9999-12-31
  - id: someday
    title: Not yet scheduled
    type: pilot
)")});
  CHECK(count(page, "class=\"milestone-bar\" data-milestone=\"first\"") == 1);
  CHECK(count(page, "class=\"milestone-bar\" data-milestone=\"last\"") == 1);
  CHECK(count(page, "class=\"milestone-bar\"") == 2);
  CHECK(page.find("no start or due date") != std::string::npos);
  // The axis is labelled every few centuries, not every month.
  CHECK(count(page, "class=\"axis\"") <= 16);
}

TEST_CASE("html: the today line appears only with --today") {
  CHECK(count(render({acme()}), "class=\"today-line\"") == 0);
  const std::string page = render({acme()}, parseDate("2027-05-20"));
  CHECK(count(page, "class=\"today-line\"") == 1);
  CHECK(page.find("today 2027-05-20") != std::string::npos);
}

TEST_CASE("html: the coverage matrix marks each department a goal names, and who has a WIIFM") {
  const std::string page = render({acme()});
  CHECK(count(page, "class=\"coverage-matrix\" id=\"coverage-matrix-1\"") == 1);
  // Departments (the default set of 8) by 3 goals; the goals name 7 pairs.
  CHECK(count(page, "<tr class=\"coverage-row") == 8);
  CHECK(count(page, "class=\"coverage-cell") == 24);
  CHECK(count(page, "class=\"coverage-cell involved\"") == 7);
  CHECK(page.find("data-department=\"sales\"") != std::string::npos);
  // Finance and operations take part in nothing, and nobody there has a WIIFM.
  CHECK(count(page, "class=\"wiifm wiifm-yes\"") == 6);
  CHECK(count(page, "class=\"wiifm wiifm-not-needed\"") == 2);
  CHECK(count(page, "class=\"wiifm wiifm-no\"") == 0);
}

TEST_CASE("html: an involved department without a WIIFM is marked missing") {
  const std::string page = render({linted("s.yaml", std::string(kHostile))});
  CHECK(count(page, "class=\"wiifm wiifm-no\"") == 1);
}

TEST_CASE("html: the score and the chart of category scores") {
  const std::string page = render({acme()});
  CHECK(count(page, "id=\"overall-score\" class=\"overall-score\" data-score=\"100\"") == 1);
  CHECK(count(page, "class=\"category-bar\"") == 9);
  CHECK(count(page, "data-category=\"smart\" data-score=\"100\"") == 1);
}

TEST_CASE("html: every finding is listed under its category with its rule's summary and help") {
  const FileReport report = linted("examples/tech-first.yaml", readProjectFile("examples/tech-first.yaml"));
  REQUIRE_FALSE(report.diagnostics.empty());
  const std::string page = render({report});
  CHECK(count(page, "<li class=\"finding ") == report.diagnostics.size());
  for (const Diagnostic& d : report.diagnostics) {
    INFO(d.rule);
    CHECK(page.find(escapeHtml(d.message)) != std::string::npos);
    CHECK(page.find(escapeHtml(d.help)) != std::string::npos);
    CHECK(page.find(fmt::format("{}:{}:{}", d.file, d.span.begin.line, d.span.begin.column)) != std::string::npos);
    const Rule* rule = Registry::instance().find(d.rule);
    REQUIRE(rule);
    CHECK(page.find(escapeHtml(rule->meta().summary)) != std::string::npos);
  }
  CHECK(page.find("<section class=\"findings-category\" data-category=\"customer\">") != std::string::npos);
  CHECK(page.find("<section class=\"findings-category\" data-category=\"pace\">") != std::string::npos);
  // Categories keep the order of the score chart: customer before pace.
  CHECK(page.find("data-category=\"customer\">") < page.find("data-category=\"pace\">"));
}

TEST_CASE("html: several files get a section each and a run summary") {
  const std::string page =
      render({acme(), linted("examples/tech-first.yaml", readProjectFile("examples/tech-first.yaml")),
              FileReport{.path = "notes.yaml", .source = "a: 1\n", .diagnostics = {}, .skipped = true}});
  CHECK(count(page, "<section class=\"file-report\"") == 2);
  CHECK(page.find("id=\"file-1\" data-file=\"examples/acme-loyalty.yaml\"") != std::string::npos);
  CHECK(page.find("id=\"file-2\" data-file=\"examples/tech-first.yaml\"") != std::string::npos);
  CHECK(page.find("notes.yaml") == std::string::npos);
  CHECK(count(page, "id=\"overall-score\"") == 1);  // the run's
  CHECK(count(page, "class=\"file-score\"") == 2);
  CHECK(count(page, "href=\"#file-") == 2);
  CHECK(count(page, "class=\"milestone-bar\"") == 12 + 4);
  CHECK(count(page, "class=\"coverage-matrix\"") == 2);
}

TEST_CASE("html: a file that is not a strategy has its findings and no score, timeline or matrix") {
  const std::string page = render({linted("broken.yaml", "strategy: [\n")});
  CHECK(page.find("could not be read as a strategy") != std::string::npos);
  CHECK(page.find("data-category=\"syntax\"") != std::string::npos);
  CHECK(page.find("data-score=") == std::string::npos);
  CHECK(page.find("class=\"milestone-bar\"") == std::string::npos);
  CHECK(page.find("class=\"coverage-matrix\"") == std::string::npos);
}

TEST_CASE("html: leads with the three findings that matter most, by title, and marks late training") {
  const std::string page = render({linted("examples/failed-enterprise-programme.yaml",
                                          readProjectFile("examples/failed-enterprise-programme.yaml"))});
  const auto top = page.find("<h3>What matters most</h3>");
  REQUIRE(top != std::string::npos);
  // Before the timeline and the full list.
  CHECK(top < page.find("<h3>Delivery timeline</h3>"));
  CHECK(top < page.find("<h3>Findings</h3>"));
  const std::string card = page.substr(top, page.find("</section>", top) - top);
  CHECK(count(card, "<li class=\"top-finding\"") == 3);
  // Ownership comes first among the warnings, named by what the rule checks.
  CHECK(card.find("data-rule=\"ownership/") < card.find("data-rule=\"pace/"));
  CHECK(card.find("<strong>The strategy and its goals are owned by business leaders, not by IT.</strong>") !=
        std::string::npos);
  // The dropped training is not drawn as late; a clean plan has no late marker at all.
  CHECK(count(page, "after its rollout</tspan>") == 0);
  CHECK(count(render({acme()}), "class=\"late-training\"") == 0);
  CHECK(render({acme()}).find("What matters most") == std::string::npos);
}

TEST_CASE("html: a training due after its rollout has started is marked on the timeline") {
  const std::string page = render({linted("late.yaml", R"(strategy:
  name: Council customer access
milestones:
  - {id: go-live, title: Go live, type: rollout, departments: [service], start: 2027-05-03, due: 2027-08-27}
  - {id: train, title: Train the contact centre, type: training, departments: [service], start: 2027-05-10, due: 2027-05-28}
  - {id: train-sales, title: Train sales, type: training, departments: [sales], start: 2027-05-10, due: 2027-05-28}
)")});
  CHECK(count(page, "after its rollout</tspan>") == 1);
  // On the contact centre's training, whose rollout starts before it is due;
  // sales have no rollout, so their training is not late.
  const auto train = page.find("<g class=\"milestone\" data-milestone=\"train\">");
  REQUIRE(train != std::string::npos);
  CHECK(page.substr(train, page.find("</g>", train) - train).find("after its rollout") != std::string::npos);
}

TEST_CASE("html: findings a baseline accepted are listed apart, counted and marked, and cost nothing") {
  const std::string path = "examples/failed-enterprise-programme.yaml";
  FileReport report = linted(path, readProjectFile(path));
  REQUIRE(report.diagnostics.size() > 2);
  // A baseline that records all but the last finding.
  FileReport recorded = report;
  recorded.diagnostics.pop_back();
  const Baseline baseline = makeBaseline({recorded});
  std::vector<FileReport> reports{report};
  const std::size_t accepted = acceptBaselined(reports, baseline);
  REQUIRE(accepted == report.diagnostics.size() - 1);
  const std::string page = render(reports);
  const auto list = page.find("<section class=\"card accepted-list\"");
  REQUIRE(list != std::string::npos);
  CHECK(list > page.find("<h3>Findings</h3>"));
  const std::string card = page.substr(list, page.find("</section>", list) - list);
  CHECK(card.find("<h3>Accepted (baseline)</h3>") != std::string::npos);
  CHECK(card.find(fmt::format("data-accepted=\"{}\"", accepted)) != std::string::npos);
  CHECK(card.find(fmt::format("{} findings accepted", accepted)) != std::string::npos);
  CHECK(count(card, "<li class=\"finding accepted ") == accepted);
  // Only the new finding is in the findings list and the score.
  const std::string findings = page.substr(page.find("<h3>Findings</h3>"), list - page.find("<h3>Findings</h3>"));
  CHECK(count(findings, "<li class=\"finding ") == 1);
  FileReport withoutAccepted = reports[0];
  withoutAccepted.accepted.clear();
  REQUIRE(scoreFile(reports[0]));
  CHECK(scoreFile(reports[0])->overall == scoreFile(withoutAccepted)->overall);
  CHECK(scoreFile(reports[0])->overall > scoreFile(report)->overall);
}

TEST_CASE("html: a report without a baseline has no accepted list; other formats never show one") {
  CHECK(render({acme()}).find("<section class=\"card accepted-list\"") == std::string::npos);
  const std::string path = "examples/failed-enterprise-programme.yaml";
  FileReport report = linted(path, readProjectFile(path));
  std::vector<FileReport> reports{report};
  acceptBaselined(reports, makeBaseline({report}));
  FileReport plain = reports[0];
  plain.accepted.clear();
  for (const std::string format : {"text", "json", "sarif", "junit", "github", "gitlab", "compact"}) {
    CAPTURE(format);
    const auto reporter = makeReporter(format, {}, Registry::instance());
    std::ostringstream with, without;
    reporter->write(with, reports);
    reporter->write(without, {plain});
    CHECK(with.str() == without.str());
  }
}

TEST_CASE("html: the writer escapes every value, and writes markup as is only when asked") {
  html::Writer w;
  w.write("<p title=\"{}\">{} {}</p>", "a\"b", std::string("<script>&"), 42);
  w.write("{}", html::Markup{"<br>"});
  w.text("x<y");
  CHECK(w.take() == "<p title=\"a&quot;b\">&lt;script&gt;&amp; 42</p><br>x&lt;y");
}
