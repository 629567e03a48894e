#pragma once
// The typed model of a strategy file (format 1). It knows nothing of rules:
// it is what the file says, with the tree node behind every value so a rule
// can point at it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "scalar.h"
#include "yaml_tree.h"

namespace crmlint {

// What a key of an entry holds. Rules that want a value report Absent and
// Empty the same way (RuleContext::reportMissing); WrongType is
// schema/type's to report, once.
enum class FieldState : std::uint8_t {
  Absent,     // the key is not written
  Empty,      // written with no value: nothing, `~`, `null` or ""
  WrongType,  // written with a value that is not of the field's type
  Value,      // a usable value
};

// Where a field is written and in what state, whatever its type.
struct FieldInfo {
  NodeId key = kNoNode;   // the key, when written
  NodeId node = kNoNode;  // the value, when written
  FieldState state = FieldState::Absent;

  bool written() const { return key != kNoNode; }
  // Absent or written empty: what a "field is missing" rule reports.
  bool missing() const { return state == FieldState::Absent || state == FieldState::Empty; }
  bool wrongType() const { return state == FieldState::WrongType; }
};

// A value read from the file: meaningful exactly when the state is Value.
// It is stored in place, not in an optional: the state already says whether
// it is there, and a large file has a million fields.
template <class T>
struct Field : FieldInfo {
  T stored{};

  bool has() const { return state == FieldState::Value; }
  const T& operator*() const { return stored; }
  const T* operator->() const { return &stored; }
  T valueOr(T fallback) const { return has() ? stored : std::move(fallback); }
  std::optional<T> optional() const { return has() ? std::optional<T>(stored) : std::nullopt; }
  void set(T value) {
    stored = std::move(value);
    state = FieldState::Value;
  }
};

// Text of the file: a view into the source or the tree's arena. The model
// lives inside one lint of one file, within the Document's lifetime, so it
// copies no text (reports that outlive it copy what they keep).
using Text = std::string_view;

// An id naming an entry of another section.
struct Ref {
  Text id;
  NodeId node = kNoNode;
};

// A list of ids, as written: a view into the model's RefStore.
using Refs = std::span<const Ref>;

// Holds every list of ids of one model in blocks that never move, so the
// model of a large file makes no allocation per list. Moving the store
// (with its Strategy) keeps every Refs valid.
class RefStore {
 public:
  Refs add(std::span<const Ref> refs);

 private:
  std::vector<std::unique_ptr<Ref[]>> blocks_;
  std::size_t used_ = 0;
  std::size_t capacity_ = 0;
};

enum class Cadence { Weekly, Monthly, Quarterly, HalfYearly, Yearly };
enum class DepartmentFunction { Business, It };
enum class Profitability { High, Medium, Low, Unprofitable };
enum class Outcome {
  Retention, Loyalty, Satisfaction, Acquisition, Profitability, Experience, Advocacy,
  Access, Inclusion, CostToServe
};
// Who the strategy serves: companies keep customers, councils serve
// residents, universities students, charities supporters and beneficiaries.
enum class Sector { Business, Public, Education, Nonprofit };
enum class MilestoneType {
  Need, Vision, Requirements, VendorSelection, Data, Integration,
  Process, Training, Communication, Pilot, Rollout, Review,
  Consultation,  // asking customers, staff or the public what they need
  Organisation   // changing roles, teams and responsibilities
};
enum class MilestoneGroup { Strategy, Technology, PeopleAndProcess, Delivery };
enum class Scope { Team, Region, Department, Enterprise };
enum class Status { Planned, InProgress, Done, Dropped };
enum class Period { Once, Year };

MilestoneGroup groupOf(MilestoneType type);
std::string_view nameOf(MilestoneType type);
std::string_view nameOf(Scope scope);
std::string_view nameOf(Outcome outcome);

struct Money {
  double amount = 0;
  Text currency;  // resolved: the mapping's own, else strategy.currency, else USD
  Period per = Period::Once;
  NodeId amountNode = kNoNode;  // the amount's value: the bare number, or the mapping's `amount`
  // False for money's worth that is not cash (`cashable: false`): staff time
  // released or complaints avoided, valued in money but never banked.
  bool cashable = true;
};

struct Metric {
  NodeId node = kNoNode;
  Field<Text> name;
  Field<Quantity> baseline;
  Field<Quantity> target;
  Field<Text> unit;
  Field<Text> source;
  // "%" and "percent" units, or a percent string in baseline or target.
  bool isPercent() const;
};

// What every entry of a section has: its mapping and its id.
struct Entity {
  NodeId node = kNoNode;  // the entry's mapping; kNoNode for a built-in default
  Field<Text> id;
  // The node to point at when something is missing from the entry: its id
  // value, or the entry itself.
  NodeId anchor() const { return id.node != kNoNode ? id.node : node; }
  // "goal 'reduce-churn'", for messages.
  std::string label(std::string_view kind) const;
};

struct Objective : Entity {
  Field<Text> title;
};

struct Department : Entity {
  Field<Text> name;
  Field<bool> customerFacing;
  Field<DepartmentFunction> function;
  bool isCustomerFacing() const { return customerFacing.valueOr(false); }
  bool isIt() const { return function.valueOr(DepartmentFunction::Business) == DepartmentFunction::It; }
};

struct Stakeholder : Entity {
  Field<Text> name;
  Field<Text> role;
  Field<Ref> department;
  Field<bool> executive;
  Field<Text> wiifm;
};

struct Segment : Entity {
  Field<Text> name;
  Field<Profitability> profitability;
  Field<Quantity> shareOfProfit;
  Field<std::vector<Text>> needs;
};

struct Goal : Entity {
  Field<Text> title;
  Field<Text> description;
  Field<Ref> owner;
  Field<Refs> supports;
  Field<Outcome> outcome;
  Field<Refs> segments;
  Field<Refs> departments;
  std::optional<Metric> metric;  // present when `metric` is a mapping
  NodeId metricKey = kNoNode;
  Field<Date> due;
  Field<std::int64_t> priority;
  Field<Money> benefit;
  Field<Money> cost;
};

struct Milestone : Entity {
  Field<Text> title;
  Field<Text> description;
  Field<Refs> goals;
  Field<Ref> owner;
  Field<MilestoneType> type;
  Field<Scope> scope;
  Field<Refs> departments;
  Field<Date> start;
  Field<Date> due;
  Field<Refs> after;
  Field<Status> status;
  Status effectiveStatus() const { return status.valueOr(Status::Planned); }
  // A dropped milestone is no longer part of the plan: it covers nothing.
  bool dropped() const { return effectiveStatus() == Status::Dropped; }
  bool is(MilestoneType t) const { return type.has() && *type == t; }
};

struct Risk : Entity {
  Field<Text> title;
  Field<Ref> owner;
  Field<Text> mitigation;
};

// Looks entries up by id in O(1); the first entry wins when ids repeat.
template <class T>
class Section {
 public:
  Section() = default;
  // Move-only: a section is read once per file and passed on, never duplicated.
  Section(Section&&) noexcept = default;
  Section& operator=(Section&&) noexcept = default;
  Section(const Section&) = delete;
  Section& operator=(const Section&) = delete;

  std::vector<T> items;
  // True when the file declares the section (always, except the default departments).
  bool declared = false;
  NodeId key = kNoNode;
  // Entries written again as an alias (`- *goal`): the node they name and
  // where the alias is. They are not in `items`.
  struct Alias {
    NodeId entry;
    Span at;
  };
  std::vector<Alias> aliases;

  const T* find(std::string_view id) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = std::hash<std::string_view>{}(id) & mask;; at = (at + 1) & mask) {
      const std::uint32_t slot = slots_[at];
      if (slot == kEmptySlot) return nullptr;
      if (*items[slot].id == id) return &items[slot];
    }
  }
  void reindex() {
    // Open addressing at most half full: 8 bytes an entry, no allocation per id.
    std::size_t capacity = 8;
    while (capacity < 2 * items.size()) capacity *= 2;
    slots_.assign(capacity, kEmptySlot);
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].id.has()) continue;
      const std::string_view id = *items[i].id;
      for (std::size_t at = std::hash<std::string_view>{}(id) & mask;; at = (at + 1) & mask) {
        if (slots_[at] == kEmptySlot) {
          slots_[at] = static_cast<std::uint32_t>(i);
          break;
        }
        if (*items[slots_[at]].id == id) break;  // the first entry keeps the id
      }
    }
  }
  auto begin() const { return items.begin(); }
  auto end() const { return items.end(); }
  std::size_t size() const { return items.size(); }
  bool empty() const { return items.empty(); }

 private:
  static constexpr std::uint32_t kEmptySlot = UINT32_MAX;
  std::vector<std::uint32_t> slots_;  // indexes into `items`, by the hash of their ids
};

struct StrategyInfo {
  NodeId node = kNoNode;  // the `strategy` mapping
  NodeId key = kNoNode;   // the `strategy` key
  Field<Text> name;
  Field<Text> businessNeed;
  Field<Text> vision;
  Field<Ref> owner;
  Field<Ref> sponsor;
  Field<Text> currency;
  Field<Sector> sector;
  Field<Money> budget;  // the whole programme's cost, when not split over the goals
  Field<Cadence> reviewCadence;
  Field<std::int64_t> phase;
  Field<Text> laterPhases;
  Section<Objective> objectives;
};

struct Strategy {
  RefStore refStore;  // what every Field<Refs> views
  StrategyInfo strategy;
  Section<Department> departments;
  Section<Stakeholder> stakeholders;
  Section<Segment> segments;
  NodeId customersKey = kNoNode;
  Section<Goal> goals;
  Section<Milestone> milestones;
  Section<Risk> risks;

  // Where to point when a finding concerns the whole strategy or a built-in
  // default department: the `strategy` key.
  NodeId anchor() const { return strategy.key; }
  // True when the file says it plans one phase of a larger programme.
  bool phased() const { return strategy.phase.has(); }
  Sector sector() const { return strategy.sector.valueOr(Sector::Business); }
};

// Calls visit(section, kind) for every section of entries that have ids,
// with the kind's name for messages ("goal", "business objective").
template <class Visit>
void forEachSection(const Strategy& s, Visit&& visit) {
  visit(s.strategy.objectives, std::string_view("business objective"));
  visit(s.departments, std::string_view("department"));
  visit(s.stakeholders, std::string_view("stakeholder"));
  visit(s.segments, std::string_view("segment"));
  visit(s.goals, std::string_view("goal"));
  visit(s.milestones, std::string_view("milestone"));
  visit(s.risks, std::string_view("risk"));
}

// True when the document's top level is a mapping with a `strategy` key.
bool isStrategyDocument(const Document& doc);

// A key buildModel looked up in a mapping.
struct KeyRead {
  NodeId mapping;
  std::string_view key;
};

// Builds the model leniently: a value of the wrong type is left without a
// value, in state WrongType (the schema rules report it); nothing here
// reports anything. With `keysRead`, every key looked up is recorded there:
// the test that the model reads exactly the keys of the schema table uses it.
Strategy buildModel(const Document& doc, std::vector<KeyRead>* keysRead = nullptr);

}  // namespace crmlint
