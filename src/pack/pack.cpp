#include "pack/pack.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "category.h"
#include "config_file.h"
#include "pack/regex.h"
#include "scalar.h"
#include "schema.h"
#include "suggest.h"
#include "utf8.h"
#include "yaml_tree.h"

namespace crmlint::pack {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------
// The compiled form of a rule.

// One key of a selector: `goals[*]`, `goals[reduce-churn]`, `metric`.
struct Step {
  enum class Index { None, All, ById };
  std::string key;
  Index index = Index::None;
  std::string id;
  const FieldSpec* field = nullptr;
};

// A path of keys: from the top of the document (a selector) or from an entry
// (a field path such as `metric.target`).
struct Path {
  std::vector<Step> steps;
  std::string text;
  const EntitySpec* entity = nullptr;  // what a selector selects; for a field path, null
  const FieldSpec* last() const { return steps.back().field; }
};

enum class Fn {
  Equals, In, Not, Matches, Present, Absent, NonEmpty, MinLength, MaxLength, MinCount, MaxCount,
  LessThan, AtMost, GreaterThan, AtLeast, Before, After, OnOrBefore, OnOrAfter, Unique
};

struct FnName {
  std::string_view name;
  Fn fn;
};
constexpr std::array kFunctions{
    FnName{"equals", Fn::Equals},           FnName{"in", Fn::In},
    FnName{"not", Fn::Not},                 FnName{"matches", Fn::Matches},
    FnName{"present", Fn::Present},         FnName{"absent", Fn::Absent},
    FnName{"non-empty", Fn::NonEmpty},      FnName{"min-length", Fn::MinLength},
    FnName{"max-length", Fn::MaxLength},    FnName{"min-count", Fn::MinCount},
    FnName{"max-count", Fn::MaxCount},      FnName{"less-than", Fn::LessThan},
    FnName{"at-most", Fn::AtMost},          FnName{"greater-than", Fn::GreaterThan},
    FnName{"at-least", Fn::AtLeast},        FnName{"before", Fn::Before},
    FnName{"after", Fn::After},             FnName{"on-or-before", Fn::OnOrBefore},
    FnName{"on-or-after", Fn::OnOrAfter},   FnName{"unique", Fn::Unique},
};

// A value a test compares with: a literal, or `$.field` of the entry the
// rule is checking.
struct Operand {
  std::string literal;
  std::optional<Path> field;
};

struct Test {
  Fn fn = Fn::Equals;
  std::vector<Operand> operands;  // one, or the list of `in`
  std::vector<Test> negated;      // `not`: all of these, negated
  std::shared_ptr<const Regex> regex;
  std::int64_t bound = 0;         // length and count bounds
};

// A field and what must hold of it.
struct FieldTests {
  Path field;
  std::vector<Test> tests;
};

// Another entry that must exist: `exists: milestones[*]` with its `where`.
struct Exists {
  Path selector;
  std::vector<FieldTests> fixedWhere;  // tests without $.FIELD: run once per candidate
  std::vector<FieldTests> where;       // tests with $.FIELD: run per checked entry and candidate
  std::int64_t minCount = 1;
  std::optional<std::int64_t> maxCount;
};

struct CompiledRule {
  Path given;
  std::vector<FieldTests> where;
  std::vector<FieldTests> then;
  std::optional<Exists> exists;
  std::string message;
  std::string help;
  // The fields `{...}` in the message and help name.
  std::map<std::string, Path, std::less<>> placeholders;
};

namespace {

// ---------------------------------------------------------------------------
// Reading values out of the strategy.

// What a field holds, as a test sees it.
enum class State {
  Absent,     // not written
  Empty,      // written with no value
  WrongType,  // not what format 1 says: schema/type reports it
  Misspelt,   // not written, but an unknown key a typo away is: schema/unknown-key reports it
  Valid,
};

struct Value {
  State state = State::Absent;
  NodeId key = kNoNode;
  NodeId node = kNoNode;
};

// Three-valued: a test on a value schema rules already report neither holds
// nor fails, so a pack rule stays silent where a schema rule speaks.
enum class Truth { False, True, Unknown };

Truth truth(bool b) { return b ? Truth::True : Truth::False; }
Truth negate(Truth t) { return t == Truth::Unknown ? t : truth(t == Truth::False); }

bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool hasMisspelling(const Document& doc, NodeId mapping, const EntitySpec* spec, std::string_view key) {
  if (!spec || !doc.isMapping(mapping)) return false;
  for (const Entry& e : doc.entries(mapping)) {
    const std::string_view written = doc.keyText(e.key);
    if (doc.isScalar(e.key) && spec->field(written) == nullptr && editDistance(written, key) <= 2) return true;
  }
  return false;
}

Value valueOf(const Document& doc, NodeId entry, const Path& path, const EntitySpec* entity) {
  NodeId mapping = entry;
  Value v;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const Step& step = path.steps[i];
    const Entry found = doc.isMapping(mapping) ? doc.find(mapping, step.key) : Entry{kNoNode, kNoNode};
    if (found.key == kNoNode) {
      v.state = hasMisspelling(doc, mapping, entity, step.key) ? State::Misspelt : State::Absent;
      return v;
    }
    if (i + 1 < path.steps.size()) {
      if (!doc.isMapping(found.value)) {
        v.state = doc.isNull(found.value) ? State::Absent : State::WrongType;
        return v;
      }
      mapping = found.value;
      entity = step.field->entity;
      continue;
    }
    v.key = found.key;
    v.node = found.value;
    if (doc.isNull(found.value) || (doc.isScalar(found.value) && doc.text(found.value).empty())) {
      v.state = State::Empty;
    } else {
      v.state = checkValue(doc, found.value, *step.field) ? State::WrongType : State::Valid;
    }
  }
  return v;
}

// The texts of a value: a scalar's, or each scalar item of a list's.
std::vector<std::string_view> textsOf(const Document& doc, NodeId node) {
  std::vector<std::string_view> out;
  if (doc.isScalar(node)) {
    out.push_back(doc.text(node));
  } else if (doc.isSequence(node)) {
    for (const NodeId item : doc.items(node)) {
      if (doc.isScalar(item)) out.push_back(doc.text(item));
    }
  }
  return out;
}

std::size_t codePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Dates compare by the period they name: `2027-Q1` is its first day for
// `after`-like bounds of the period's start and its last day otherwise.
std::optional<Date> dateOf(std::string_view text, PeriodEnd end) { return parsePlanDate(text, end); }

// A field of type Date reads as the start of its period when it is a start.
PeriodEnd endOfField(const Path& path) { return path.steps.back().key == "start" ? PeriodEnd::First : PeriodEnd::Last; }

struct Evaluation {
  const Document& doc;
  NodeId subject;                    // the entry `given` selected: what `$.` names
  const EntitySpec* subjectEntity;
  const std::map<std::string, std::size_t>* uniqueCounts = nullptr;  // for `unique`, by value
};

std::optional<std::string> operandText(const Evaluation& ev, const Operand& op, PeriodEnd* end) {
  if (!op.field) return op.literal;
  const Value v = valueOf(ev.doc, ev.subject, *op.field, ev.subjectEntity);
  if (v.state != State::Valid || !ev.doc.isScalar(v.node)) return std::nullopt;
  if (end) *end = endOfField(*op.field);
  return std::string(ev.doc.text(v.node));
}

Truth compare(const Evaluation& ev, const Test& t, const Value& v, const Path& field) {
  if (!ev.doc.isScalar(v.node)) return Truth::Unknown;
  const std::string_view text = ev.doc.text(v.node);
  const bool dates = t.fn == Fn::Before || t.fn == Fn::After || t.fn == Fn::OnOrBefore || t.fn == Fn::OnOrAfter;
  if (dates) {
    // "before Q1" is before its first day, "on or before Q1" by its last.
    PeriodEnd bound = (t.fn == Fn::Before || t.fn == Fn::OnOrAfter) ? PeriodEnd::First : PeriodEnd::Last;
    const auto other = operandText(ev, t.operands.front(), &bound);
    if (!other) return Truth::Unknown;
    const auto mine = dateOf(text, endOfField(field));
    const auto theirs = dateOf(*other, bound);
    if (!mine || !theirs) return Truth::Unknown;
    switch (t.fn) {
      case Fn::Before: return truth(*mine < *theirs);
      case Fn::After: return truth(*mine > *theirs);
      case Fn::OnOrBefore: return truth(*mine <= *theirs);
      default: return truth(*mine >= *theirs);
    }
  }
  const auto other = operandText(ev, t.operands.front(), nullptr);
  if (!other) return Truth::Unknown;
  const auto mine = parseQuantity(text);
  const auto theirs = parseQuantity(*other);
  if (!mine || !theirs) return Truth::Unknown;
  switch (t.fn) {
    case Fn::LessThan: return truth(mine->value < theirs->value);
    case Fn::AtMost: return truth(mine->value <= theirs->value);
    case Fn::GreaterThan: return truth(mine->value > theirs->value);
    default: return truth(mine->value >= theirs->value);
  }
}

Truth apply(const Evaluation& ev, const Test& t, const Value& v, const Path& field) {
  const Document& doc = ev.doc;
  switch (t.fn) {
    case Fn::Present:
    case Fn::Absent: {
      const Truth present = v.state == State::Misspelt ? Truth::Unknown
                            : truth(v.state == State::Valid || v.state == State::WrongType);
      return t.fn == Fn::Present ? present : negate(present);
    }
    case Fn::Not: {
      Truth all = Truth::True;
      for (const Test& inner : t.negated) {
        const Truth r = apply(ev, inner, v, field);
        if (r == Truth::False) return Truth::True;
        if (r == Truth::Unknown) all = Truth::Unknown;
      }
      return negate(all);
    }
    default: break;
  }
  if (v.state == State::WrongType || v.state == State::Misspelt) return Truth::Unknown;
  if (t.fn == Fn::MinCount || t.fn == Fn::MaxCount) {
    std::int64_t count = 0;
    if (v.state == State::Valid) {
      count = doc.isSequence(v.node) ? static_cast<std::int64_t>(doc.items(v.node).size())
              : doc.isMapping(v.node) ? static_cast<std::int64_t>(doc.entries(v.node).size())
                                      : 1;
    }
    return truth(t.fn == Fn::MinCount ? count >= t.bound : count <= t.bound);
  }
  if (v.state != State::Valid) return Truth::False;
  switch (t.fn) {
    case Fn::NonEmpty: {
      if (doc.isScalar(v.node)) return truth(!blank(doc.text(v.node)));
      if (doc.isSequence(v.node)) return truth(!doc.items(v.node).empty());
      return truth(doc.isMapping(v.node) && !doc.entries(v.node).empty());
    }
    case Fn::Equals:
    case Fn::In: {
      std::vector<std::string> wanted;
      for (const Operand& op : t.operands) {
        if (auto text = operandText(ev, op, nullptr)) wanted.push_back(std::move(*text));
      }
      if (wanted.empty()) return Truth::Unknown;
      const auto texts = textsOf(doc, v.node);
      return truth(std::any_of(texts.begin(), texts.end(), [&](std::string_view text) {
        return std::find(wanted.begin(), wanted.end(), text) != wanted.end();
      }));
    }
    case Fn::Matches: {
      const auto texts = textsOf(doc, v.node);
      return truth(std::any_of(texts.begin(), texts.end(), [&](std::string_view text) { return t.regex->search(text); }));
    }
    case Fn::MinLength:
    case Fn::MaxLength: {
      if (!doc.isScalar(v.node)) return Truth::Unknown;
      const auto length = static_cast<std::int64_t>(codePoints(doc.text(v.node)));
      return truth(t.fn == Fn::MinLength ? length >= t.bound : length <= t.bound);
    }
    case Fn::Unique: {
      if (!doc.isScalar(v.node) || !ev.uniqueCounts) return Truth::Unknown;
      const auto it = ev.uniqueCounts->find(std::string(doc.text(v.node)));
      return truth(it == ev.uniqueCounts->end() || it->second <= 1);
    }
    default: return compare(ev, t, v, field);
  }
}

// The first field whose tests do not all hold, or nullptr. With
// `unknownFails`, a test that can be neither (a value schema rules report)
// fails too: for `where`, where an entry is selected only when all hold.
const FieldTests* firstFailing(const Evaluation& ev, NodeId entry, const EntitySpec* entity,
                               const std::vector<FieldTests>& conditions, bool unknownFails, Value* failedValue) {
  for (const FieldTests& ft : conditions) {
    const Value v = valueOf(ev.doc, entry, ft.field, entity);
    for (const Test& t : ft.tests) {
      const Truth r = apply(ev, t, v, ft.field);
      if (r == Truth::False || (r == Truth::Unknown && unknownFails)) {
        if (failedValue) *failedValue = v;
        return &ft;
      }
    }
  }
  return nullptr;
}

bool holds(const Evaluation& ev, NodeId entry, const EntitySpec* entity, const std::vector<FieldTests>& conditions) {
  return firstFailing(ev, entry, entity, conditions, true, nullptr) == nullptr;
}

// The entries a selector names, in file order. Each step visits each node
// once, so a selector costs at most a walk of the document; an entry written
// again as an alias is skipped, as the model skips it.
std::vector<NodeId> select(const Document& doc, const Path& selector) {
  std::vector<NodeId> at{doc.root()};
  for (const Step& step : selector.steps) {
    std::vector<NodeId> next;
    for (const NodeId mapping : at) {
      if (!doc.isMapping(mapping)) continue;
      const NodeId value = doc.get(mapping, step.key);
      if (step.index == Step::Index::None) {
        if (doc.isMapping(value)) next.push_back(value);
        continue;
      }
      if (!doc.isSequence(value)) continue;
      const auto items = doc.items(value);
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (!doc.isMapping(items[i]) || doc.aliasSpan(value, i)) continue;
        if (step.index == Step::Index::ById && doc.text(doc.get(items[i], "id")) != step.id) continue;
        next.push_back(items[i]);
      }
    }
    at = std::move(next);
  }
  return at;
}

// `{field}` placeholders: a field's text, a list's items joined, `{label}`
// the entry as messages name it; `{{` and `}}` are braces.
std::string fill(const std::string& pattern, const Document& doc, NodeId entry, const EntitySpec* entity,
                 const std::map<std::string, Path, std::less<>>& placeholders) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    const std::size_t close = pattern.find('}', i);
    const std::string_view name = std::string_view(pattern).substr(i + 1, close - i - 1);
    i = close;
    if (name == "label") {
      out += entryLabel(doc, entry, *entity);
      continue;
    }
    const Value v = valueOf(doc, entry, placeholders.find(name)->second, entity);
    if (v.state == State::Absent || v.state == State::Misspelt || v.node == kNoNode) {
      out += "(none)";
    } else {
      const auto texts = textsOf(doc, v.node);
      out += texts.empty() ? std::string("(none)") : fmt::format("{}", fmt::join(texts, ", "));
    }
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Running a rule.

namespace {

// `exists` compares each checked entry with each candidate. A file's pack
// rules together may make this many comparisons; past it the run stops with
// a message instead of running for hours on a hostile pack.
constexpr std::size_t kMaxComparisonsPerFile = 10'000'000;

void chargeComparisons(const Document& doc, std::size_t count) {
  thread_local const Document* current = nullptr;
  thread_local std::size_t spent = 0;
  if (current != &doc) {
    current = &doc;
    spent = 0;
  }
  spent += count;
  if (spent > kMaxComparisonsPerFile) {
    throw std::runtime_error(fmt::format("its rule packs compare more than {} pairs of entries in this file; "
                                         "narrow the 'where' of their 'exists'",
                                         kMaxComparisonsPerFile));
  }
}

bool usesEntry(const Test& t) {
  return std::any_of(t.operands.begin(), t.operands.end(), [](const Operand& op) { return op.field.has_value(); }) ||
         std::any_of(t.negated.begin(), t.negated.end(), usesEntry);
}

}  // namespace

PackRule::PackRule(RuleMeta meta, std::shared_ptr<const CompiledRule> compiled)
    : meta_(std::move(meta)), compiled_(std::move(compiled)) {}
PackRule::~PackRule() = default;

void PackRule::check(const Strategy& /*strategy*/, RuleContext& ctx) const {
  const CompiledRule& rule = *compiled_;
  const Document& doc = ctx.doc();
  const EntitySpec* entity = rule.given.entity;
  std::vector<NodeId> subjects;
  for (const NodeId entry : select(doc, rule.given)) {
    const Evaluation ev{doc, entry, entity};
    if (holds(ev, entry, entity, rule.where)) subjects.push_back(entry);
  }
  // `unique` compares a value with that field of every other selected entry.
  std::map<std::string, std::map<std::string, std::size_t>> uniqueCounts;
  for (const FieldTests& ft : rule.then) {
    if (std::none_of(ft.tests.begin(), ft.tests.end(), [](const Test& t) { return t.fn == Fn::Unique; })) continue;
    auto& counts = uniqueCounts[ft.field.text];
    for (const NodeId entry : subjects) {
      const Value v = valueOf(doc, entry, ft.field, entity);
      if (v.state == State::Valid && doc.isScalar(v.node)) ++counts[std::string(doc.text(v.node))];
    }
  }
  std::vector<NodeId> candidates;
  if (rule.exists) {
    const Evaluation none{doc, kNoNode, entity};
    for (const NodeId c : select(doc, rule.exists->selector)) {
      if (holds(none, c, rule.exists->selector.entity, rule.exists->fixedWhere)) candidates.push_back(c);
    }
  }
  const auto& placeholders = rule.placeholders;
  for (const NodeId entry : subjects) {
    const NodeId anchor = missingKeyAnchor(doc, entry);
    auto report = [&](NodeId at, std::string path) {
      ctx.report({.at = at,
                  .message = fill(rule.message, doc, entry, entity, placeholders),
                  .help = fill(rule.help, doc, entry, entity, placeholders),
                  .path = std::move(path)});
    };
    bool failed = false;
    for (const FieldTests& ft : rule.then) {
      const auto counts = uniqueCounts.find(ft.field.text);
      const Evaluation ev{doc, entry, entity, counts == uniqueCounts.end() ? nullptr : &counts->second};
      Value v;
      const std::vector<FieldTests> one{ft};
      if (firstFailing(ev, entry, entity, one, false, &v)) {
        report(v.key != kNoNode ? v.key : anchor, ctx.pathOf(entry, ft.field.text));
        failed = true;
        break;
      }
    }
    if (failed || !rule.exists) continue;
    const Evaluation ev{doc, entry, entity};
    chargeComparisons(doc, candidates.size());
    std::int64_t matched = 0;
    for (const NodeId candidate : candidates) {
      if (candidate != entry && holds(ev, candidate, rule.exists->selector.entity, rule.exists->where)) ++matched;
    }
    if (matched < rule.exists->minCount || (rule.exists->maxCount && matched > *rule.exists->maxCount)) {
      report(anchor, ctx.pathOf(entry));
    }
  }
}

// ---------------------------------------------------------------------------
// Loading a pack.

namespace {

constexpr std::array kPackKeys{"crmlint-pack", "category", "rules"};
constexpr std::array kCategoryKeys{"id", "title", "question"};
constexpr std::array kRuleKeys{"severity", "summary", "rationale", "sources", "given", "where",
                               "then", "message", "help", "examples", "enabled"};
// The articles a rationale may cite (src/sources.h), by name.
struct SourceName {
  std::string_view name;
  Source source;
};
constexpr std::array kSourceNames{
    SourceName{"reasons-strategies-fail", Source::ReasonsStrategiesFail}, SourceName{"three-reasons", Source::ThreeReasons},
    SourceName{"projects-fail", Source::ProjectsFail}, SourceName{"best-practices", Source::BestPractices},
    SourceName{"not-software", Source::NotSoftware}};
constexpr std::array kRequiredRuleKeys{"summary", "given", "then", "message", "help", "examples"};
constexpr std::array kExampleKeys{"bad", "good"};
constexpr std::array kSeverities{"info", "warning", "error"};
// The keys of `then` besides field paths.
constexpr std::array kThenKeys{"exists", "where", "min-count", "max-count"};

bool isWord(std::string_view text) {
  if (text.empty() || !(text[0] >= 'a' && text[0] <= 'z')) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::vector<std::string> keyNames(const EntitySpec& spec) {
  std::vector<std::string> names;
  for (const FieldSpec& f : spec.fields) names.emplace_back(f.key);
  return names;
}

bool isList(const FieldSpec& f) {
  return f.type == ValueType::EntityList || f.type == ValueType::RefList || f.type == ValueType::TextList;
}
bool isDate(const FieldSpec& f) { return f.type == ValueType::Date; }
bool isNumeric(const FieldSpec& f) {
  return f.type == ValueType::Quantity || f.type == ValueType::Share || f.type == ValueType::Number ||
         f.type == ValueType::PositiveInt || f.type == ValueType::Money;
}

// What the category counts: one per entry of each section its rules select.
std::optional<Counted> countedBy(const Path& given) {
  const std::string_view first = given.steps.front().key;
  if (first == "goals") return Counted::Goals;
  if (first == "milestones") return Counted::Milestones;
  if (first == "stakeholders") return Counted::Stakeholders;
  if (first == "departments") return Counted::Departments;
  if (first == "risks") return Counted::Risks;
  if (first == "customers") return Counted::Segments;
  if (given.steps.size() > 1 && given.steps[1].key == "business_objectives") return Counted::Objectives;
  return std::nullopt;
}

class PackReader {
 public:
  PackReader(const Document& doc, const std::string& path, Origin origin, Registry& registry)
      : doc_(doc), path_(path), origin_(origin), registry_(registry) {}

  PackInfo read() {
    const NodeId root = doc_.root();
    if (!doc_.isMapping(root)) {
      fail(root, "a pack is a mapping with the keys crmlint-pack, category and rules (docs/packs.md)");
    }
    checkKeys(root, kPackKeys, "a pack has the keys crmlint-pack, category and rules");
    const Entry version = require(root, "crmlint-pack", "the top level");
    if (doc_.text(version.value) != std::to_string(kPackFormat) || doc_.quoted(version.value)) {
      fail(version.value, fmt::format("this crmlint reads pack format {}: write 'crmlint-pack: {}'", kPackFormat,
                                      kPackFormat));
    }
    readCategory(require(root, "category", "the top level").value);
    const Entry rules = require(root, "rules", "the top level");
    if (!doc_.isMapping(rules.value) || doc_.entries(rules.value).empty()) {
      fail(rules.value, "'rules' is a mapping of rule ids to rules, with at least one rule");
    }
    if (doc_.entries(rules.value).size() > kMaxPackRules) {
      fail(rules.key, fmt::format("a pack holds at most {} rules", kMaxPackRules));
    }
    checkUniqueKeys(rules.value, "rule");
    std::vector<std::unique_ptr<PackRule>> built;
    for (const Entry& e : doc_.entries(rules.value)) built.push_back(readRule(e));

    PackInfo info{path_, category_.id, {}};
    // Scored over one per entry of each section its rules select.
    std::sort(category_.counts.begin(), category_.counts.end());
    category_.counts.erase(std::unique(category_.counts.begin(), category_.counts.end()), category_.counts.end());
    // Registered only once the whole pack is valid.
    if (origin_ == Origin::File) CategoryRegistry::instance().add(category_);
    for (auto& rule : built) {
      info.rules.push_back(rule->meta().id);
      registry_.add(std::move(rule));
    }
    return info;
  }

 private:
  [[noreturn]] void fail(NodeId at, const std::string& message) const {
    const Position p = at == kNoNode ? Position{1, 1} : doc_.node(at).span.begin;
    throw PackError(fmt::format("{}:{}:{}: {}", path_, p.line, p.column, message));
  }

  template <class Keys>
  void checkKeys(NodeId mapping, const Keys& known, std::string_view what) const {
    checkUniqueKeys(mapping, "key");
    for (const Entry& e : doc_.entries(mapping)) {
      const std::string_view key = doc_.keyText(e.key);
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        fail(e.key, fmt::format("unknown key '{}' ({}){}", key, what, didYouMean(closestMatch(key, known))));
      }
    }
  }

  void checkUniqueKeys(NodeId mapping, std::string_view what) const {
    std::set<std::string_view> seen;
    for (const Entry& e : doc_.entries(mapping)) {
      if (!doc_.isScalar(e.key)) fail(e.key, fmt::format("a {} must be plain text", what));
      if (!seen.insert(doc_.keyText(e.key)).second) {
        fail(e.key, fmt::format("{} '{}' is given twice; keep one", what, doc_.keyText(e.key)));
      }
    }
  }

  Entry require(NodeId mapping, std::string_view key, std::string_view where) const {
    const Entry e = doc_.find(mapping, key);
    if (e.key == kNoNode) fail(mapping, fmt::format("{} needs '{}'", where, key));
    return e;
  }

  std::string text(NodeId node, std::string_view what) const {
    if (!doc_.isScalar(node) || doc_.text(node).empty()) fail(node, fmt::format("{} must be text", what));
    return std::string(doc_.text(node));
  }

  void readCategory(NodeId node) {
    if (!doc_.isMapping(node)) fail(node, "'category' is a mapping: {id, title, question}");
    checkKeys(node, kCategoryKeys, "a category has the keys id, title and question");
    const Entry id = require(node, "id", "'category'");
    category_.id = text(id.value, "the category's id");
    if (!isWord(category_.id)) {
      fail(id.value, fmt::format("category id '{}' must be lower-case letters, digits and dashes, such as 'acme'",
                                 category_.id));
    }
    const Category* existing = CategoryRegistry::instance().find(category_.id);
    if (origin_ == Origin::BuiltIn) {
      if (!existing) fail(id.value, fmt::format("a compiled-in pack extends a built-in category; '{}' is none", category_.id));
      return;
    }
    if (existing) {
      fail(id.value, fmt::format("category '{}' already exists ({}); give the pack a category of its own",
                                 category_.id, existing->title));
    }
    category_.title = text(require(node, "title", "'category'").value, "the category's title");
    category_.question = text(require(node, "question", "'category'").value, "the category's question");
  }

  std::unique_ptr<PackRule> readRule(const Entry& entry) {
    const std::string id(doc_.keyText(entry.key));
    const std::string prefix = category_.id + "/";
    if (!id.starts_with(prefix) || !isWord(std::string_view(id).substr(prefix.size()))) {
      const std::string name = id.substr(id.find('/') == std::string::npos ? 0 : id.find('/') + 1);
      fail(entry.key, fmt::format("rule '{}' is outside the pack's category '{}': its id is {}NAME, such as '{}{}'",
                                  id, category_.id, prefix, prefix, isWord(name) ? name : "my-rule"));
    }
    if (const Rule* existing = registry_.find(id)) {
      fail(entry.key, fmt::format("rule '{}' already exists{}; give it another name", id,
                                  existing->meta().pack.empty() ? " in crmlint"
                                                                : fmt::format(" (in {})", existing->meta().pack)));
    }
    const NodeId r = entry.value;
    if (!doc_.isMapping(r)) fail(r, fmt::format("rule '{}' is a mapping with the keys {}", id, fmt::join(kRuleKeys, ", ")));
    checkKeys(r, kRuleKeys, fmt::format("a rule has the keys {}", fmt::join(kRuleKeys, ", ")));
    for (const char* key : kRequiredRuleKeys) require(r, key, fmt::format("rule '{}'", id));

    RuleMeta meta;
    meta.id = id;
    meta.pack = origin_ == Origin::File ? path_ : std::string();
    if (const Entry s = doc_.find(r, "severity"); s.key != kNoNode) {
      const std::string_view word = doc_.text(s.value);
      const auto severity = severityFrom(word);
      if (!severity || !doc_.isScalar(s.value)) {
        fail(s.value, fmt::format("'{}' is not a severity (info, warning or error){}", word,
                                  didYouMean(closestMatch(word, kSeverities, 3))));
      }
      meta.severity = *severity;
    }
    meta.summary = text(doc_.get(r, "summary"), "'summary'");
    if (const NodeId rationale = doc_.get(r, "rationale"); rationale != kNoNode) meta.rationale = text(rationale, "'rationale'");
    if (const Entry sources = doc_.find(r, "sources"); sources.key != kNoNode) meta.sources = readSources(sources.value);
    if (const Entry enabled = doc_.find(r, "enabled"); enabled.key != kNoNode) {
      const auto b = doc_.isScalar(enabled.value) && !doc_.quoted(enabled.value) ? parseBool(doc_.text(enabled.value))
                                                                                 : std::nullopt;
      if (!b) fail(enabled.value, "'enabled' is true or false");
      meta.enabledByDefault = *b;
    }
    const NodeId examples = doc_.get(r, "examples");
    if (!doc_.isMapping(examples)) fail(examples, "'examples' is a mapping: {bad: ..., good: ...}");
    checkKeys(examples, kExampleKeys, "examples are 'bad' and 'good'");
    meta.badExample = text(require(examples, "bad", "'examples'").value, "the bad example");
    meta.goodExample = text(require(examples, "good", "'examples'").value, "the good example");

    auto compiled = std::make_shared<CompiledRule>();
    compiled->given = selector(doc_.get(r, "given"), "given");
    const EntitySpec* entity = compiled->given.entity;
    if (const Entry where = doc_.find(r, "where"); where.key != kNoNode) {
      compiled->where = conditions(where.value, *entity, *entity, "where");
    }
    readThen(doc_.get(r, "then"), *entity, *compiled);
    compiled->message = text(doc_.get(r, "message"), "'message'");
    compiled->help = text(doc_.get(r, "help"), "'help'");
    readPlaceholders(doc_.get(r, "message"), compiled->message, *entity, compiled->placeholders);
    readPlaceholders(doc_.get(r, "help"), compiled->help, *entity, compiled->placeholders);
    if (const auto counted = countedBy(compiled->given)) category_.counts.push_back(*counted);
    return std::make_unique<PackRule>(std::move(meta), std::move(compiled));
  }

  std::vector<Source> readSources(NodeId node) const {
    std::vector<std::string> names;
    for (const SourceName& n : kSourceNames) names.emplace_back(n.name);
    if (!doc_.isSequence(node)) fail(node, fmt::format("'sources' is a list of: {}", fmt::join(names, ", ")));
    std::vector<Source> out;
    for (const NodeId item : doc_.items(node)) {
      const std::string_view name = doc_.text(item);
      const auto found = std::find_if(kSourceNames.begin(), kSourceNames.end(), [&](const SourceName& n) { return n.name == name; });
      if (found == kSourceNames.end()) {
        fail(item, fmt::format("'{}' is not a source crmlint knows (one of: {}){}", name, fmt::join(names, ", "),
                               didYouMean(closestMatch(name, names))));
      }
      out.push_back(found->source);
    }
    return out;
  }

  // A selector over the document: goals[*], goals[reduce-churn], strategy,
  // customers.segments[*]. It must select entries (mappings).
  Path selector(NodeId node, std::string_view what) const {
    const std::string written = text(node, fmt::format("'{}'", what));
    Path path = parsePath(node, written, documentSpec(), true);
    const FieldSpec& last = *path.last();
    const bool list = last.type == ValueType::EntityList;
    if (list && path.steps.back().index == Step::Index::None) {
      fail(node, fmt::format("'{}' is a list: select its entries with {}[*], or one of them with {}[ID]", written,
                             written, written));
    }
    if (!list && last.type != ValueType::Entity) {
      fail(node, fmt::format("'{}' selects a value, not entries: '{}' selects entries such as goals[*] or "
                             "strategy, and its tests name the fields",
                             written, what));
    }
    path.entity = last.entity;
    return path;
  }

  // A path of keys from `spec`; `[*]` and `[ID]` only in a selector, on lists of entries.
  Path parsePath(NodeId at, std::string_view written, const EntitySpec& spec, bool allowIndex) const {
    if (written.size() > 500) fail(at, "a selector is at most 500 characters");
    Path path;
    path.text = std::string(written);
    const EntitySpec* entity = &spec;
    std::string_view rest = written;
    while (true) {
      const std::size_t dot = rest.find('.');
      std::string_view part = rest.substr(0, dot);
      Step step;
      if (const std::size_t open = part.find('['); open != std::string_view::npos) {
        if (!part.ends_with(']')) fail(at, fmt::format("'{}': a '[' is closed by ']' at the end of its key", written));
        const std::string_view index = part.substr(open + 1, part.size() - open - 2);
        step.index = index == "*" ? Step::Index::All : Step::Index::ById;
        if (step.index == Step::Index::ById) {
          if (!isValidId(index)) fail(at, fmt::format("'{}': '{}' is not an entry id; write [*] or [ID]", written, index));
          step.id = std::string(index);
        }
        part = part.substr(0, open);
      }
      if (!entity) fail(at, fmt::format("'{}': '{}' holds a value, not keys", written, path.steps.back().key));
      step.key = std::string(part);
      step.field = entity->field(part);
      if (!step.field) {
        const std::string where = path.steps.empty() ? std::string("the top level of a strategy")
                                                     : fmt::format("'{}'", path.steps.back().key);
        fail(at, fmt::format("'{}': format 1 has no key '{}' in {} (its keys: {}){}", written, part, where,
                             fmt::join(keyNames(*entity), ", "), didYouMean(closestMatch(part, keyNames(*entity)))));
      }
      if (step.index != Step::Index::None) {
        if (!allowIndex) fail(at, fmt::format("'{}': a field path names keys only; [..] selects entries in 'given' and 'exists'", written));
        if (step.field->type != ValueType::EntityList) {
          fail(at, fmt::format("'{}': '{}' is not a list of entries, so it takes no [..]", written, part));
        }
      } else if (step.field->type == ValueType::EntityList && dot != std::string_view::npos) {
        fail(at, fmt::format("'{}': '{}' is a list; write {}[*] or {}[ID] before going into its entries", written,
                             part, part, part));
      }
      const EntitySpec* next = step.field->entity;
      path.steps.push_back(std::move(step));
      if (dot == std::string_view::npos) break;
      rest = rest.substr(dot + 1);
      entity = next;
    }
    return path;
  }

  std::vector<FieldTests> conditions(NodeId node, const EntitySpec& entity, const EntitySpec& subject,
                                     std::string_view what) const {
    if (!doc_.isMapping(node)) fail(node, fmt::format("'{}' is a mapping of fields to tests, such as {{type: rollout}}", what));
    checkUniqueKeys(node, "field");
    std::vector<FieldTests> out;
    for (const Entry& e : doc_.entries(node)) out.push_back(fieldTests(e, entity, subject));
    return out;
  }

  FieldTests fieldTests(const Entry& e, const EntitySpec& entity, const EntitySpec& subject) const {
    FieldTests ft;
    const std::string_view key = doc_.keyText(e.key);
    if (isFunction(key)) {
      fail(e.key, fmt::format("'{}' is a test, not a field: write FIELD: {{{}: ...}}", key, key));
    }
    ft.field = parsePath(e.key, key, entity, false);
    ft.tests = tests(e.value, *ft.field.last(), subject);
    return ft;
  }

  static bool isFunction(std::string_view name) {
    return std::any_of(kFunctions.begin(), kFunctions.end(), [&](const FnName& f) { return f.name == name; });
  }

  // A scalar is `equals`; a mapping holds tests that must all hold.
  std::vector<Test> tests(NodeId node, const FieldSpec& field, const EntitySpec& subject) const {
    if (doc_.isScalar(node)) {
      Test t;
      t.operands.push_back(operand(node, field, subject));
      return {t};
    }
    if (!doc_.isMapping(node) || doc_.entries(node).empty()) {
      fail(node, "a test is a value to equal, or a mapping of tests such as {in: [a, b]} or {present: true}");
    }
    checkUniqueKeys(node, "test");
    std::vector<Test> out;
    for (const Entry& e : doc_.entries(node)) out.push_back(test(e, field, subject));
    return out;
  }

  Test test(const Entry& e, const FieldSpec& field, const EntitySpec& subject) const {
    const std::string_view name = doc_.keyText(e.key);
    const auto found = std::find_if(kFunctions.begin(), kFunctions.end(), [&](const FnName& f) { return f.name == name; });
    if (found == kFunctions.end()) {
      std::vector<std::string> names;
      for (const FnName& f : kFunctions) names.emplace_back(f.name);
      fail(e.key, fmt::format("unknown test '{}' (docs/packs.md lists them){}", name, didYouMean(closestMatch(name, names))));
    }
    Test t;
    t.fn = found->fn;
    const NodeId v = e.value;
    switch (t.fn) {
      case Fn::Present:
      case Fn::Absent:
      case Fn::NonEmpty:
      case Fn::Unique:
        if (doc_.text(v) != "true" || !doc_.isScalar(v) || doc_.quoted(v)) {
          fail(v, fmt::format("'{}' takes true; for the opposite write {{not: {{{}: true}}}}", name, name));
        }
        return t;
      case Fn::Not:
        t.negated = tests(v, field, subject);
        return t;
      case Fn::Equals:
        t.operands.push_back(operand(v, field, subject));
        return t;
      case Fn::In:
        if (!doc_.isSequence(v) || doc_.items(v).empty()) fail(v, "'in' takes a list of values, such as [a, b]");
        for (const NodeId item : doc_.items(v)) t.operands.push_back(operand(item, field, subject));
        return t;
      case Fn::Matches: {
        const std::string pattern = text(v, "'matches'");
        std::string error;
        auto regex = Regex::compile(pattern, error);
        if (!regex) fail(v, fmt::format("'{}' is not a regular expression crmlint can run: {}", pattern, error));
        t.regex = std::make_shared<const Regex>(std::move(*regex));
        return t;
      }
      case Fn::MinLength:
      case Fn::MaxLength:
      case Fn::MinCount:
      case Fn::MaxCount: {
        const auto n = doc_.isScalar(v) && !doc_.quoted(v) ? parseInteger(doc_.text(v)) : std::nullopt;
        if (!n || *n < 0) fail(v, fmt::format("'{}' takes a whole number of 0 or more", name));
        if ((t.fn == Fn::MinCount || t.fn == Fn::MaxCount) && !isList(field)) {
          fail(e.key, fmt::format("'{}' counts the entries of a list; '{}' is not a list", name, field.key));
        }
        t.bound = *n;
        return t;
      }
      case Fn::Before:
      case Fn::After:
      case Fn::OnOrBefore:
      case Fn::OnOrAfter:
        if (!isDate(field)) fail(e.key, fmt::format("'{}' compares dates; '{}' is not a date", name, field.key));
        t.operands.push_back(operand(v, field, subject));
        if (!t.operands.back().field && !parsePlanDate(t.operands.back().literal, PeriodEnd::First)) {
          fail(v, fmt::format("'{}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY-Qn) or $.FIELD", doc_.text(v)));
        }
        return t;
      case Fn::LessThan:
      case Fn::AtMost:
      case Fn::GreaterThan:
      case Fn::AtLeast:
        if (!isNumeric(field)) fail(e.key, fmt::format("'{}' compares numbers; '{}' is not a number", name, field.key));
        t.operands.push_back(operand(v, field, subject));
        if (!t.operands.back().field && !parseQuantity(t.operands.back().literal)) {
          fail(v, fmt::format("'{}' is not a number or $.FIELD", doc_.text(v)));
        }
        return t;
    }
    fail(e.key, fmt::format("'{}' cannot be used here", name));
  }

  // A literal, or `$.field` of the entry the rule checks.
  // A literal of an enum field must be one of its values, so a typo
  // (`type: rolout`) is refused instead of never matching.
  Operand operand(NodeId node, const FieldSpec& field, const EntitySpec& subject) const {
    if (!doc_.isScalar(node)) fail(node, "a value to compare with is text, a number, a date or $.FIELD");
    const std::string_view written = doc_.text(node);
    Operand op;
    if (written.starts_with("$.") && !doc_.quoted(node)) {
      op.field = parsePath(node, written.substr(2), subject, false);
      return op;
    }
    if (field.type == ValueType::Enum &&
        std::find(field.allowed.begin(), field.allowed.end(), written) == field.allowed.end()) {
      fail(node, fmt::format("'{}' is not a value of '{}' ({}){}", written, field.key, describeAllowed(field),
                             didYouMean(closestMatch(written, field.allowed))));
    }
    op.literal = std::string(written);
    return op;
  }

  void readThen(NodeId node, const EntitySpec& entity, CompiledRule& rule) const {
    if (!doc_.isMapping(node)) {
      fail(node, "'then' is a mapping of fields to tests, and/or 'exists' with its 'where'");
    }
    checkUniqueKeys(node, "key");
    const Entry exists = doc_.find(node, "exists");
    for (const Entry& e : doc_.entries(node)) {
      const std::string_view key = doc_.keyText(e.key);
      if (std::find(kThenKeys.begin(), kThenKeys.end(), key) != kThenKeys.end()) {
        if (key != "exists" && exists.key == kNoNode) {
          fail(e.key, fmt::format("'{}' in 'then' goes with 'exists', which names the entries to look for", key));
        }
        continue;
      }
      if (!entity.field(key) && key.find('.') == std::string_view::npos && !isFunction(key)) {
        std::vector<std::string> names = keyNames(entity);
        names.insert(names.end(), kThenKeys.begin(), kThenKeys.end());
        fail(e.key, fmt::format("'{}' is neither a field of {} nor exists, where, min-count or max-count{}", key,
                                entity.kind, didYouMean(closestMatch(key, names))));
      }
      rule.then.push_back(fieldTests(e, entity, entity));
    }
    if (exists.key == kNoNode) {
      if (rule.then.empty()) fail(node, "'then' needs at least one test");
      return;
    }
    Exists ex;
    ex.selector = selector(exists.value, "exists");
    if (const Entry where = doc_.find(node, "where"); where.key != kNoNode) {
      for (FieldTests& ft : conditions(where.value, *ex.selector.entity, entity, "where")) {
        const bool relative = std::any_of(ft.tests.begin(), ft.tests.end(), usesEntry);
        (relative ? ex.where : ex.fixedWhere).push_back(std::move(ft));
      }
    }
    auto count = [&](std::string_view key) -> std::optional<std::int64_t> {
      const NodeId v = doc_.get(node, key);
      if (v == kNoNode) return std::nullopt;
      const auto n = doc_.isScalar(v) && !doc_.quoted(v) ? parseInteger(doc_.text(v)) : std::nullopt;
      if (!n || *n < 0) fail(v, fmt::format("'{}' takes a whole number of 0 or more", key));
      return n;
    };
    if (const auto min = count("min-count")) ex.minCount = *min;
    ex.maxCount = count("max-count");
    if (ex.maxCount && !doc_.get(node, "min-count")) ex.minCount = 0;
    rule.exists = std::move(ex);
  }

  // `{field}` names a field of the entry; `{label}` names the entry.
  void readPlaceholders(NodeId at, const std::string& pattern, const EntitySpec& entity,
                        std::map<std::string, Path, std::less<>>& out) const {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if ((pattern[i] == '{' || pattern[i] == '}') && i + 1 < pattern.size() && pattern[i + 1] == pattern[i]) {
        ++i;
        continue;
      }
      if (pattern[i] == '}') fail(at, "a '}' with no '{' before it; write '}}' for a brace");
      if (pattern[i] != '{') continue;
      const std::size_t close = pattern.find('}', i);
      if (close == std::string::npos) fail(at, "a '{' is not closed; write '{{' for a brace");
      const std::string name = pattern.substr(i + 1, close - i - 1);
      if (name != "label" && !out.contains(name)) {
        if (!entity.field(name.substr(0, name.find('.')))) {
          std::vector<std::string> names = keyNames(entity);
          names.emplace_back("label");
          fail(at, fmt::format("'{{{}}}': {} has no field '{}' to put here (its fields: {}, or label){}", name,
                               entity.kind, name, fmt::join(keyNames(entity), ", "),
                               didYouMean(closestMatch(name, names))));
        }
        out.emplace(name, parsePath(at, name, entity, false));
      }
      i = close;
    }
  }

  const Document& doc_;
  const std::string& path_;
  Origin origin_;
  Registry& registry_;
  Category category_;
};

}  // namespace

PackInfo loadPackText(std::string_view text, const std::string& path, Origin origin, Registry& registry) {
  if (const auto encoding = wideEncodingOf(text)) {
    throw PackError(fmt::format("{}: the pack is encoded as {}, not UTF-8; save it as UTF-8", path, *encoding));
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const auto bad = findInvalidUtf8(text)) {
    throw PackError(fmt::format("{}: the pack is not valid UTF-8 (at byte {})", path, *bad));
  }
  const LineIndex lines(text);
  const ParseResult parsed = parseYaml(text, lines);
  if (parsed.error) {
    throw PackError(fmt::format("{}:{}:{}: the pack cannot be read: {}", path, parsed.error->position.line,
                                parsed.error->position.column, parsed.error->message));
  }
  if (parsed.secondDocument) {
    throw PackError(fmt::format("{}:{}:{}: a second YAML document starts here; a pack file holds one", path,
                                parsed.secondDocument->line, parsed.secondDocument->column));
  }
  if (!parsed.document.hasRoot()) throw PackError(fmt::format("{}:1:1: the pack is empty", path));
  return PackReader(parsed.document, path, origin, registry).read();
}

const PackInfo& loadPackFile(const std::string& path, Registry& registry) {
  static std::map<fs::path, PackInfo> loaded;
  // By the file itself, so a pack reached through a symlink or `..` loads once.
  std::error_code canonicalError;
  fs::path key = fs::weakly_canonical(path, canonicalError);
  if (canonicalError) key = normalPath(path);
  if (const auto it = loaded.find(key); it != loaded.end()) return it->second;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw PackError(fmt::format("{}: cannot read the pack: {}", path, fs::exists(path, ec) ? "not a regular file" : "no such file"));
  }
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxPackBytes) {
    throw PackError(fmt::format("{}: the pack is {} bytes, over the {} KiB a pack may have", path, size,
                                kMaxPackBytes >> 10));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw PackError(fmt::format("{}: cannot read the pack: {}", path, std::strerror(errno)));
  return loaded.emplace(key, loadPackText(text.str(), path, Origin::File, registry)).first->second;
}

}  // namespace crmlint::pack
