#include "model.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "vocabulary.h"

namespace crmlint {

namespace {

using namespace vocabulary;

template <class E, std::size_t N>
std::optional<E> enumFrom(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

// Reads one entry's known keys. An entry has a dozen keys at most, so a
// scan of its entries beats hashing them: no allocation per entry read.
class EntryReader {
 public:
  EntryReader(const Document& doc, NodeId mapping, RefStore& refStore, std::vector<KeyRead>* keysRead)
      : doc_(doc), mapping_(mapping), entries_(doc.entries(mapping)), refStore_(refStore), keysRead_(keysRead) {}

  // The first entry with this key (a repeated key is schema/duplicate-key's).
  Entry entry(std::string_view key) const {
    if (keysRead_) keysRead_->push_back({mapping_, key});
    for (const Entry& e : entries_) {
      if (doc_.keyText(e.key) == key) return e;
    }
    return Entry{kNoNode, kNoNode};
  }

  // The field's key, value and state, without its value: Absent, Empty, or
  // WrongType until a reader sets the value.
  template <class T>
  Field<T> field(std::string_view key) const {
    Field<T> f;
    const Entry e = entry(key);
    f.key = e.key;
    f.node = e.value;
    if (e.key == kNoNode) {
      f.state = FieldState::Absent;
    } else if (doc_.isNull(e.value) || (doc_.isScalar(e.value) && doc_.text(e.value).empty())) {
      f.state = FieldState::Empty;
    } else {
      f.state = FieldState::WrongType;
    }
    return f;
  }

  // A non-empty scalar's text: what every scalar reader starts from.
  template <class T>
  std::optional<std::string_view> scalar(const Field<T>& f) const {
    if (f.state != FieldState::WrongType || !doc_.isScalar(f.node)) return std::nullopt;
    return doc_.text(f.node);
  }
  template <class T>
  bool plainScalar(const Field<T>& f) const {
    return scalar(f) && !doc_.quoted(f.node);
  }

  template <class T, class V>
  static void set(Field<T>& f, std::optional<V> value) {
    if (value) f.set(std::move(*value));
  }

  Field<Text> text(std::string_view key) const {
    auto f = field<Text>(key);
    set(f, scalar(f));
    return f;
  }

  Field<bool> boolean(std::string_view key) const {
    auto f = field<bool>(key);
    if (plainScalar(f)) set(f, parseBool(doc_.text(f.node)));
    return f;
  }

  Field<Quantity> quantity(std::string_view key) const {
    auto f = field<Quantity>(key);
    if (const auto s = scalar(f)) {
      if (!doc_.quoted(f.node) || s->back() == '%') set(f, parseQuantity(*s));
    }
    return f;
  }

  Field<Date> date(std::string_view key, PeriodEnd end) const {
    auto f = field<Date>(key);
    if (const auto s = scalar(f)) set(f, parsePlanDate(*s, end));
    return f;
  }

  Field<std::int64_t> positiveInt(std::string_view key) const {
    auto f = field<std::int64_t>(key);
    if (plainScalar(f)) {
      const auto n = parseInteger(doc_.text(f.node));
      if (n && *n >= 1) set(f, n);
    }
    return f;
  }

  template <class E, std::size_t N>
  Field<E> enumeration(std::string_view key, const std::array<std::string_view, N>& names) const {
    auto f = field<E>(key);
    if (const auto s = scalar(f)) set(f, enumFrom<E>(names, *s));
    return f;
  }

  Field<Ref> ref(std::string_view key) const {
    auto f = field<Ref>(key);
    if (const auto s = scalar(f)) set(f, std::optional<Ref>(Ref{*s, f.node}));
    return f;
  }

  // A list of scalars; a single scalar reads as a list of one.
  Field<Refs> refs(std::string_view key) const {
    auto f = field<Refs>(key);
    if (scalar(f)) {
      const Ref one{doc_.text(f.node), f.node};
      f.set(refStore_.add({&one, 1}));
    } else if (doc_.isSequence(f.node)) {
      std::vector<Ref> out;
      const auto items = doc_.items(f.node);
      out.reserve(items.size());
      for (NodeId item : items) {
        if (doc_.isScalar(item)) out.push_back({doc_.text(item), item});
      }
      f.set(refStore_.add(out));
    }
    return f;
  }

  Field<std::vector<Text>> texts(std::string_view key) const {
    auto refsField = refs(key);
    Field<std::vector<Text>> f;
    static_cast<FieldInfo&>(f) = refsField;
    if (refsField.has()) {
      std::vector<Text> out;
      out.reserve(refsField->size());
      for (const Ref& r : *refsField) out.push_back(r.id);
      f.set(std::move(out));
    }
    return f;
  }

  Field<Money> money(std::string_view key, Text defaultCurrency) const {
    auto f = field<Money>(key);
    if (plainScalar(f)) {
      if (auto n = parseNumber(doc_.text(f.node))) set(f, std::optional(Money{*n, defaultCurrency, Period::Once, f.node}));
    } else if (doc_.isMapping(f.node)) {
      const EntryReader inner(doc_, f.node, refStore_, keysRead_);
      const auto amount = inner.field<double>("amount");
      if (inner.plainScalar(amount)) {
        if (auto n = parseNumber(doc_.text(amount.node))) {
          Money m{*n, inner.text("currency").valueOr(defaultCurrency), Period::Once, amount.node};
          m.per = inner.enumeration<Period>("per", kPeriods).valueOr(Period::Once);
          m.cashable = inner.boolean("cashable").valueOr(true);
          set(f, std::optional(m));
        }
      }
    }
    return f;
  }

  template <class T>
  void entity(T& out, NodeId mapping) const {
    out.node = mapping;
    out.id = text("id");
  }

 private:
  const Document& doc_;
  NodeId mapping_;
  Entries entries_;
  RefStore& refStore_;
  std::vector<KeyRead>* keysRead_;
};

template <class T, class Read>
Section<T> readSection(const Document& doc, NodeId list, NodeId key, RefStore& refStore, std::vector<KeyRead>* keysRead,
                       Read read) {
  Section<T> section;
  section.declared = key != kNoNode;
  section.key = key;
  const auto items = doc.items(list);
  section.items.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const NodeId item = items[i];
    // A strategy lists each entry once: an alias to an entry is recorded for
    // schema/aliased-entry, and the entry is read once, where it is written.
    if (const auto alias = doc.aliasSpan(list, i)) {
      if (doc.isMapping(item)) section.aliases.push_back({item, *alias});
      continue;
    }
    if (!doc.isMapping(item)) continue;
    const EntryReader r(doc, item, refStore, keysRead);
    T entity;
    r.entity(entity, item);
    read(r, entity);
    section.items.push_back(std::move(entity));
  }
  section.reindex();
  return section;
}

Section<Department> defaultDepartments() {
  struct Default {
    std::string_view id, name;
    bool customerFacing;
    DepartmentFunction function;
  };
  static constexpr Default kDefaults[] = {
      {"sales", "Sales", true, DepartmentFunction::Business},
      {"marketing", "Marketing", true, DepartmentFunction::Business},
      {"service", "Customer Service", true, DepartmentFunction::Business},
      {"support", "Customer Support", true, DepartmentFunction::Business},
      {"it", "IT", false, DepartmentFunction::It},
      {"finance", "Finance", false, DepartmentFunction::Business},
      {"operations", "Operations", false, DepartmentFunction::Business},
      {"executive", "Executive leadership", false, DepartmentFunction::Business},
  };
  Section<Department> section;
  for (const Default& d : kDefaults) {
    Department dept;
    dept.id.set(d.id);
    dept.name.set(d.name);
    dept.customerFacing.set(d.customerFacing);
    dept.function.set(d.function);
    section.items.push_back(std::move(dept));
  }
  section.reindex();
  return section;
}

}  // namespace

MilestoneGroup groupOf(MilestoneType type) {
  switch (type) {
    case MilestoneType::Need:
    case MilestoneType::Vision:
    case MilestoneType::Requirements: return MilestoneGroup::Strategy;
    case MilestoneType::VendorSelection:
    case MilestoneType::Data:
    case MilestoneType::Integration: return MilestoneGroup::Technology;
    case MilestoneType::Process:
    case MilestoneType::Training:
    case MilestoneType::Communication:
    case MilestoneType::Consultation:
    case MilestoneType::Organisation: return MilestoneGroup::PeopleAndProcess;
    case MilestoneType::Pilot:
    case MilestoneType::Rollout:
    case MilestoneType::Review: return MilestoneGroup::Delivery;
  }
  return MilestoneGroup::Delivery;
}

std::string_view nameOf(MilestoneType type) { return kMilestoneTypes[static_cast<std::size_t>(type)]; }
std::string_view nameOf(Scope scope) { return kScopes[static_cast<std::size_t>(scope)]; }
std::string_view nameOf(Outcome outcome) { return kOutcomes[static_cast<std::size_t>(outcome)]; }

Refs RefStore::add(std::span<const Ref> refs) {
  if (refs.empty()) return {};
  if (refs.size() > capacity_ - used_) {
    capacity_ = std::max<std::size_t>(refs.size(), 1024);
    blocks_.push_back(std::make_unique<Ref[]>(capacity_));
    used_ = 0;
  }
  Ref* at = blocks_.back().get() + used_;
  std::copy(refs.begin(), refs.end(), at);
  used_ += refs.size();
  return {at, refs.size()};
}

bool Metric::isPercent() const {
  if (unit.has() && (*unit == "%" || *unit == "percent")) return true;
  return (baseline.has() && baseline->percent) || (target.has() && target->percent);
}

std::string Entity::label(std::string_view kind) const {
  if (id.has()) return fmt::format("{} '{}'", kind, *id);
  return fmt::format("a {} without an id", kind);
}

bool isStrategyDocument(const Document& doc) {
  return doc.isMapping(doc.root()) && doc.find(doc.root(), "strategy").key != kNoNode;
}

Strategy buildModel(const Document& doc, std::vector<KeyRead>* keysRead) {
  Strategy model;
  const EntryReader top(doc, doc.root(), model.refStore, keysRead);

  const Entry strategyEntry = top.entry("strategy");
  model.strategy.key = strategyEntry.key;
  Text currency = "USD";  // for amounts written as bare numbers
  if (doc.isMapping(strategyEntry.value)) {
    StrategyInfo& s = model.strategy;
    const EntryReader r(doc, strategyEntry.value, model.refStore, keysRead);
    s.node = strategyEntry.value;
    s.name = r.text("name");
    s.businessNeed = r.text("business_need");
    s.vision = r.text("vision");
    s.owner = r.ref("owner");
    s.sponsor = r.ref("sponsor");
    s.currency = r.text("currency");
    currency = s.currency.valueOr(currency);
    s.budget = r.money("budget", currency);
    s.sector = r.enumeration<Sector>("sector", kSectors);
    s.reviewCadence = r.enumeration<Cadence>(
        "review_cadence", kCadences);
    s.phase = r.positiveInt("phase");
    s.laterPhases = r.text("later_phases");
    const Entry objectives = r.entry("business_objectives");
    s.objectives = readSection<Objective>(doc, objectives.value, objectives.key, model.refStore, keysRead,
                                          [](const EntryReader& e, Objective& o) { o.title = e.text("title"); });
  }

  const Entry departments = top.entry("departments");
  if (departments.key != kNoNode) {
    model.departments = readSection<Department>(doc, departments.value, departments.key, model.refStore, keysRead,
                                                [](const EntryReader& r, Department& d) {
                                                  d.name = r.text("name");
                                                  d.customerFacing = r.boolean("customer_facing");
                                                  d.function = r.enumeration<DepartmentFunction>(
                                                      "function", kFunctions);
                                                });
  } else {
    model.departments = defaultDepartments();
  }

  const Entry stakeholders = top.entry("stakeholders");
  model.stakeholders = readSection<Stakeholder>(doc, stakeholders.value, stakeholders.key, model.refStore, keysRead,
                                                [](const EntryReader& r, Stakeholder& s) {
                                                  s.name = r.text("name");
                                                  s.role = r.text("role");
                                                  s.department = r.ref("department");
                                                  s.executive = r.boolean("executive");
                                                  s.wiifm = r.text("wiifm");
                                                });

  const Entry customers = top.entry("customers");
  model.customersKey = customers.key;
  if (doc.isMapping(customers.value)) {
    const EntryReader r(doc, customers.value, model.refStore, keysRead);
    const Entry segments = r.entry("segments");
    model.segments = readSection<Segment>(
        doc, segments.value, segments.key, model.refStore, keysRead, [](const EntryReader& e, Segment& s) {
          s.name = e.text("name");
          s.profitability = e.enumeration<Profitability>(
              "profitability", kProfitability);
          s.shareOfProfit = e.quantity("share_of_profit");
          s.needs = e.texts("needs");
        });
  }

  const Entry goals = top.entry("goals");
  model.goals = readSection<Goal>(doc, goals.value, goals.key, model.refStore, keysRead, [&](const EntryReader& r, Goal& g) {
    g.title = r.text("title");
    g.description = r.text("description");
    g.owner = r.ref("owner");
    g.supports = r.refs("supports");
    g.outcome = r.enumeration<Outcome>("outcome", kOutcomes);
    g.segments = r.refs("segments");
    g.departments = r.refs("departments");
    const Entry metric = r.entry("metric");
    g.metricKey = metric.key;
    if (doc.isMapping(metric.value)) {
      const EntryReader m(doc, metric.value, model.refStore, keysRead);
      Metric out;
      out.node = metric.value;
      out.name = m.text("name");
      out.baseline = m.quantity("baseline");
      out.target = m.quantity("target");
      out.unit = m.text("unit");
      out.source = m.text("source");
      g.metric = std::move(out);
    }
    g.due = r.date("due", PeriodEnd::Last);
    g.priority = r.positiveInt("priority");
    g.benefit = r.money("benefit", currency);
    g.cost = r.money("cost", currency);
  });

  const Entry milestones = top.entry("milestones");
  model.milestones = readSection<Milestone>(doc, milestones.value, milestones.key, model.refStore, keysRead, [](const EntryReader& r, Milestone& m) {
    m.title = r.text("title");
    m.description = r.text("description");
    m.goals = r.refs("goals");
    m.owner = r.ref("owner");
    m.type = r.enumeration<MilestoneType>("type", kMilestoneTypes);
    m.scope = r.enumeration<Scope>("scope", kScopes);
    m.departments = r.refs("departments");
    m.start = r.date("start", PeriodEnd::First);
    m.due = r.date("due", PeriodEnd::Last);
    m.after = r.refs("after");
    m.status = r.enumeration<Status>(
        "status", kStatuses);
  });
  const Entry risks = top.entry("risks");
  model.risks = readSection<Risk>(doc, risks.value, risks.key, model.refStore, keysRead, [](const EntryReader& r, Risk& k) {
    k.title = r.text("title");
    k.owner = r.ref("owner");
    k.mitigation = r.text("mitigation");
  });
  return model;
}

}  // namespace crmlint
