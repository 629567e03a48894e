#include "schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "scalar.h"
#include "suggest.h"
#include "vocabulary.h"

namespace crmlint {

namespace {

using V = ValueType;
using R = RefTarget;

using namespace vocabulary;

constexpr FieldSpec kObjectiveFields[] = {
    {"id", V::Id, true, "A short id that goals name in `supports`."},
    {"title", V::Text, true, "The company goal, as the business states it."},
};
constexpr EntitySpec kObjective{"business objective", kObjectiveFields};

constexpr FieldSpec kMoneyFields[] = {
    {"amount", V::Number, true, "The amount of money."},
    {"currency", V::Text, false, "ISO 4217 code; strategy.currency when absent."},
    {"per", V::Enum, false, "`once` (default) or `year` for a recurring amount.", kPeriods},
    {"cashable", V::Bool, false,
     "`true` (default) for cash the organisation banks or pays; `false` for money's worth that is not cash, "
     "such as staff time released or complaints avoided, valued in money."},
};
constexpr EntitySpec kMoney{"amount", kMoneyFields};

constexpr FieldSpec kStrategyFields[] = {
    {"name", V::Text, true, "The strategy's name."},
    {"business_need", V::Text, false,
     "The pain or opportunity that makes change necessary, recognised across the organisation."},
    {"vision", V::Text, false, "The destination staff must understand and buy into."},
    {"owner", V::Ref, false, "The stakeholder who leads the strategy: a business leader, not IT.", {}, R::Stakeholder},
    {"sponsor", V::Ref, false, "The executive sponsor: a stakeholder with `executive: true`.", {}, R::Stakeholder},
    {"currency", V::Text, false, "ISO 4217 code for amounts written as bare numbers; USD when absent."},
    {"sector", V::Enum, false,
     "Who the organisation serves: `business` (default), `public`, `education` or `nonprofit`; it chooses the "
     "outcomes the rules expect and the words of their messages.",
     kSectors},
    {"review_cadence", V::Enum, false, "How often results are measured and the plan adjusted.", kCadences},
    {"budget", V::Money, false,
     "What the whole programme costs, when it is not split over the goals: a bare number or {amount, currency, "
     "per}.",
     {}, R::None, &kMoney},
    {"phase", V::PositiveInt, false,
     "When the plan covers one phase of a larger programme: its number (1 for the first phase)."},
    {"later_phases", V::Text, false,
     "With `phase`: what the later phases will roll out, and to whom, so the phase is judged against the whole."},
    {"business_objectives", V::EntityList, false, "The company goals this strategy serves.", {}, R::None,
     &kObjective},
};
constexpr EntitySpec kStrategy{"strategy", kStrategyFields};

constexpr FieldSpec kDepartmentFields[] = {
    {"id", V::Id, true, "A short id that goals, milestones and stakeholders name."},
    {"name", V::Text, false, "The department's name."},
    {"customer_facing", V::Bool, false, "True when the department deals with customers; false when absent."},
    {"function", V::Enum, false, "`business` (default) or `it`.", kFunctions},
};
constexpr EntitySpec kDepartment{"department", kDepartmentFields};

constexpr FieldSpec kStakeholderFields[] = {
    {"id", V::Id, true, "A short id that owners and sponsors name."},
    {"name", V::Text, true, "The person's name."},
    {"role", V::Text, false, "Their job title."},
    {"department", V::Ref, false, "The department they belong to.", {}, R::Department},
    {"executive", V::Bool, false, "True for executives; false when absent."},
    {"wiifm", V::Text, false, "What's in it for them: the benefit this person gets from the change."},
};
constexpr EntitySpec kStakeholder{"stakeholder", kStakeholderFields};

constexpr FieldSpec kSegmentFields[] = {
    {"id", V::Id, true, "A short id that goals name in `segments`."},
    {"name", V::Text, true, "The segment's name."},
    {"profitability", V::Enum, false, "How profitable the segment is.", kProfitability},
    {"share_of_profit", V::Share, false, "The segment's share of profit: a number 0-100 or \"NN%\"."},
    {"needs", V::TextList, false, "What these customers need from you."},
};
constexpr EntitySpec kSegment{"segment", kSegmentFields};

constexpr FieldSpec kCustomersFields[] = {
    {"segments", V::EntityList, false, "The customer segments the strategy serves.", {}, R::None, &kSegment},
};
constexpr EntitySpec kCustomers{"customers", kCustomersFields};

constexpr FieldSpec kMetricFields[] = {
    {"name", V::Text, true, "What is measured."},
    {"baseline", V::Quantity, false, "Today's value: a number, or \"NN%\"."},
    {"target", V::Quantity, false, "The value to reach by the due date: a number, or \"NN%\"."},
    {"unit", V::Text, false, "The unit; \"%\" and \"percent\" mean percent."},
    {"source", V::Text, false, "Where the figure is measured."},
};
constexpr EntitySpec kMetric{"metric", kMetricFields};


constexpr FieldSpec kGoalFields[] = {
    {"id", V::Id, true, "A short id that milestones name in `goals`."},
    {"title", V::Text, true, "The goal in one specific sentence, with its number and date."},
    {"description", V::Text, false, "More detail about the goal."},
    {"owner", V::Ref, false, "The stakeholder accountable for the goal.", {}, R::Stakeholder},
    {"supports", V::RefList, false, "The business objectives this goal serves.", {}, R::Objective},
    {"outcome", V::Enum, false,
     "The outcome the goal delivers for customers; access, inclusion and cost-to-serve suit public services.",
     kOutcomes},
    {"segments", V::RefList, false, "The customer segments the goal serves.", {}, R::Segment},
    {"departments", V::RefList, false, "The departments that work on the goal.", {}, R::Department},
    {"metric", V::Entity, false, "How the goal is measured.", {}, R::None, &kMetric},
    {"due", V::Date, false,
     "When the target must be reached: YYYY-MM-DD, or a month YYYY-MM or quarter YYYY-Qn, read as its last day."},
    {"priority", V::PositiveInt, false, "1 is the highest priority."},
    {"benefit", V::Money, false,
     "The value the goal brings, in money: a bare number or {amount, currency, per, cashable}.", {},
     R::None, &kMoney},
    {"cost", V::Money, false, "What the goal costs: a bare number or {amount, currency, per}.", {}, R::None,
     &kMoney},
};
constexpr EntitySpec kGoal{"goal", kGoalFields};

constexpr FieldSpec kMilestoneFields[] = {
    {"id", V::Id, true, "A short id that other milestones name in `after`."},
    {"title", V::Text, true, "What is delivered."},
    {"description", V::Text, false, "More detail: what the step involves and who takes part."},
    {"goals", V::RefList, false, "The goals this milestone advances.", {}, R::Goal},
    {"owner", V::Ref, false, "The stakeholder accountable for the milestone.", {}, R::Stakeholder},
    {"type", V::Enum, false, "What kind of step this is.", kMilestoneTypes},
    {"scope", V::Enum, false, "How far it reaches.", kScopes},
    {"departments", V::RefList, false, "The departments involved.", {}, R::Department},
    {"start", V::Date, false,
     "When work starts: YYYY-MM-DD, or a month YYYY-MM or quarter YYYY-Qn, read as its first day."},
    {"due", V::Date, false,
     "When it is done: YYYY-MM-DD, or a month YYYY-MM or quarter YYYY-Qn, read as its last day."},
    {"after", V::RefList, false, "Milestones that must be done first.", {}, R::Milestone},
    {"status", V::Enum, false, "Where it stands; `planned` when absent.", kStatuses},
};
constexpr EntitySpec kMilestone{"milestone", kMilestoneFields};

constexpr FieldSpec kRiskFields[] = {
    {"id", V::Id, true, "A short id for the risk."},
    {"title", V::Text, true, "What could go wrong, and what it would do to the programme."},
    {"owner", V::Ref, false, "The stakeholder who watches the risk and acts on it.", {}, R::Stakeholder},
    {"mitigation", V::Text, false, "What is being done to make it less likely or less harmful."},
};
constexpr EntitySpec kRisk{"risk", kRiskFields};

constexpr FieldSpec kDocumentFields[] = {
    {"crmlint", V::FormatVersion, false, "The format version: 1."},
    {"strategy", V::Entity, true, "The strategy: its name, need, vision, owner and sponsor.", {}, R::None,
     &kStrategy},
    {"departments", V::EntityList, false, "The departments; when absent, a default set is used.", {}, R::None,
     &kDepartment},
    {"stakeholders", V::EntityList, false, "The people the strategy involves.", {}, R::None, &kStakeholder},
    {"customers", V::Entity, false, "Who the customers are.", {}, R::None, &kCustomers},
    {"goals", V::EntityList, false, "The strategy's SMART goals.", {}, R::None, &kGoal},
    {"milestones", V::EntityList, false, "The delivery plan.", {}, R::None, &kMilestone},
    {"risks", V::EntityList, false, "What could go wrong, who owns each risk and how it is mitigated.", {},
     R::None, &kRisk},
};
constexpr EntitySpec kDocument{"document", kDocumentFields};

// The schema walk keeps one bit a field.
static_assert(std::ranges::all_of(
    std::initializer_list<const EntitySpec*>{&kObjective, &kMoney, &kStrategy, &kDepartment, &kStakeholder, &kSegment,
                                             &kCustomers, &kMetric, &kGoal, &kMilestone, &kRisk, &kDocument},
    [](const EntitySpec* spec) { return spec->fields.size() <= 64; }));

std::string quoted(std::string_view text) { return fmt::format("'{}'", text); }

}  // namespace

std::string_view sectionName(RefTarget target) {
  switch (target) {
    case R::Stakeholder: return "stakeholders";
    case R::Department: return "departments";
    case R::Objective: return "strategy.business_objectives";
    case R::Segment: return "customers.segments";
    case R::Goal: return "goals";
    case R::Milestone: return "milestones";
    case R::None: break;
  }
  return "";
}

std::string_view entityKind(RefTarget target) {
  switch (target) {
    case R::Stakeholder: return "stakeholder";
    case R::Department: return "department";
    case R::Objective: return "business objective";
    case R::Segment: return "segment";
    case R::Goal: return "goal";
    case R::Milestone: return "milestone";
    case R::None: break;
  }
  return "";
}

const FieldSpec* EntitySpec::field(std::string_view key) const {
  for (const FieldSpec& f : fields) {
    // Most keys differ in length or first letter from most fields.
    if (f.key.size() == key.size() && f.key.front() == key.front() && f.key == key) return &f;
  }
  return nullptr;
}

const EntitySpec& documentSpec() { return kDocument; }

std::string describeAllowed(const FieldSpec& field) {
  std::string out = "one of: ";
  for (std::size_t i = 0; i < field.allowed.size(); ++i) {
    if (i > 0) out += ", ";
    out += field.allowed[i];
  }
  return out;
}

namespace {

// What a number written with thousands separators means: YAML reads "1,450"
// as text, so the message says how the number is written.
std::string separatorNote(std::string_view text) {
  const auto plain = numberWithoutSeparators(text);
  return plain ? fmt::format(": a number is written without separators ({})", *plain) : std::string();
}

}  // namespace

std::optional<std::string> checkValue(const Document& doc, NodeId value, const FieldSpec& field) {
  if (doc.isNull(value)) return std::nullopt;
  // Kind, flags and text only: a span would cost position lookups on every value.
  const NodeKind kind = doc.kind(value);
  const bool isQuoted = doc.quoted(value);
  const bool scalar = kind == NodeKind::Scalar;
  const std::string_view text = doc.text(value);
  // Messages are built only for a value that is wrong: this runs on every value of a file.
  auto key = [&] { return quoted(field.key); };
  auto scalarOnly = [&](std::string_view what) -> std::optional<std::string> {
    if (!scalar) return fmt::format("{} must be {}, not a {}", key(), what, kind == NodeKind::Mapping ? "mapping" : "list");
    return std::nullopt;
  };
  switch (field.type) {
    case V::Text:
      return scalarOnly("text");
    case V::Bool:
      if (auto e = scalarOnly("true or false")) return e;
      if (isQuoted || !parseBool(text)) return fmt::format("{} must be true or false, not {}", key(), quoted(text));
      return std::nullopt;
    case V::PositiveInt: {
      if (auto e = scalarOnly("a whole number from 1")) return e;
      const auto n = isQuoted ? std::nullopt : parseInteger(text);
      if (!n || *n < 1) return fmt::format("{} must be a whole number from 1 (1 is highest), not {}", key(), quoted(text));
      return std::nullopt;
    }
    case V::Quantity:
      if (auto e = scalarOnly("a number or a percent such as \"14%\"")) return e;
      if (!parseQuantity(text) || (isQuoted && text.back() != '%')) {
        return fmt::format("{} must be a number or a percent such as \"14%\", not {}{}", key(), quoted(text),
                           separatorNote(text));
      }
      return std::nullopt;
    case V::Share: {
      if (auto e = scalarOnly("a number from 0 to 100 or a percent such as \"62%\"")) return e;
      const auto q = parseQuantity(text);
      if (!q || q->value < 0 || q->value > 100) {
        return fmt::format("{} must be a number from 0 to 100 or a percent such as \"62%\", not {}", key(), quoted(text));
      }
      return std::nullopt;
    }
    case V::Number:
      if (auto e = scalarOnly("a number")) return e;
      if (isQuoted || !parseNumber(text)) {
        return fmt::format("{} must be a number, not {}{}", key(), quoted(text), separatorNote(text));
      }
      return std::nullopt;
    case V::Date: {
      if (auto e = scalarOnly("a date YYYY-MM-DD, a month YYYY-MM or a quarter YYYY-Qn")) return e;
      std::string why;
      if (!parsePlanDate(text, PeriodEnd::Last, &why)) {
        // A malformed date needs no reason beyond the expected form; a real-looking one does.
        const bool wellFormed = why != kDateFormatReason;
        return fmt::format("{} must be a date YYYY-MM-DD, a month YYYY-MM or a quarter YYYY-Qn, not {}{}{}", key(),
                           quoted(text), wellFormed ? fmt::format(" ({})", why) : std::string(),
                           didYouMean(quarterSpelling(text)));
      }
      return std::nullopt;
    }
    case V::Enum:
      if (!scalar) return scalarOnly(describeAllowed(field));
      for (std::string_view allowed : field.allowed) {
        if (allowed == text) return std::nullopt;
      }
      return fmt::format("{} is {}, which is not {}{}", key(), quoted(text), describeAllowed(field),
                         didYouMean(closestMatch(text, field.allowed)));
    case V::Id:
      if (auto e = scalarOnly("an id")) return e;
      if (!isValidId(text)) {
        return fmt::format("id {} must start with a letter or digit and use only letters, digits, '_', '.' and '-'", quoted(text));
      }
      return std::nullopt;
    case V::Ref:
      if (!scalar) return scalarOnly(fmt::format("one {} id", entityKind(field.ref)));
      return std::nullopt;
    case V::RefList:
    case V::TextList:
      if (kind == NodeKind::Mapping) return fmt::format("{} must be a list, not a mapping", key());
      for (NodeId item : doc.items(value)) {
        if (!doc.isScalar(item) && !doc.isNull(item)) {
          return fmt::format("{} must be a list of {}, but an entry is a {}", key(),
                             field.type == V::RefList ? fmt::format("{} ids", entityKind(field.ref)) : "text",
                             doc.isMapping(item) ? "mapping" : "list");
        }
      }
      return std::nullopt;  // a single scalar is read as a list of one
    case V::Money:
      if (kind == NodeKind::Sequence) return fmt::format("{} must be a number or a mapping with amount, currency and per, not a list", key());
      if (scalar && (isQuoted || !parseNumber(text))) {
        return fmt::format("{} must be a number or a mapping with amount, currency and per, not {}{}", key(),
                           quoted(text), separatorNote(text));
      }
      return std::nullopt;
    case V::Entity:
      if (kind != NodeKind::Mapping) return fmt::format("{} must be a mapping of keys, not {}", key(), scalar ? quoted(text) : "a list");
      return std::nullopt;
    case V::EntityList:
      if (kind != NodeKind::Sequence) {
        return fmt::format("{} must be a list of {} entries (each starting with '- id:'), not {}", key(),
                           field.entity->kind, scalar ? quoted(text) : "a mapping");
      }
      return std::nullopt;
    case V::FormatVersion:
      if (scalar && !isQuoted && text == "1") return std::nullopt;
      return fmt::format("format version {} is not supported; this crmlint reads format 1 (crmlint: 1)",
                         scalar ? quoted(text) : "of this shape");
  }
  return std::nullopt;
}

namespace {

class Walker {
 public:
  Walker(const Document& doc, std::span<SchemaVisitor* const> visitors)
      : doc_(doc), visitors_(visitors), visited_(doc.nodeCount(), false) {}

  void entity(NodeId mapping, const EntitySpec& spec) {
    // An entry reached again through an alias was checked where it is written.
    if (visited_[mapping]) return;
    visited_[mapping] = true;
    // Which fields are written, and which of those are written empty, by
    // index into spec.fields: the required check then needs no lookups.
    std::uint64_t written = 0, empty = 0;
    for (const Entry& e : doc_.entries(mapping)) {
      const FieldSpec* field = doc_.isScalar(e.key) ? spec.field(doc_.keyText(e.key)) : nullptr;
      if (!field) {
        for (SchemaVisitor* v : visitors_) v->unknownKey(e.key, spec);
        continue;
      }
      const std::uint64_t bit = std::uint64_t{1} << (field - spec.fields.data());
      if (!(written & bit)) {  // the first of duplicate keys is the one that counts, as in find()
        written |= bit;
        if (doc_.isNull(e.value) || (doc_.isScalar(e.value) && doc_.text(e.value).empty())) empty |= bit;
      }
      for (SchemaVisitor* v : visitors_) v->value(e.key, e.value, *field, spec);
      if (const auto problem = checkValue(doc_, e.value, *field)) {
        for (SchemaVisitor* v : visitors_) v->wrongValue(e.key, e.value, *field, spec, *problem);
        continue;
      }
      if ((field->type == V::Entity || field->type == V::Money) && doc_.isMapping(e.value)) {
        entity(e.value, *field->entity);
      } else if (field->type == V::EntityList) {
        for (NodeId item : doc_.items(e.value)) {
          for (SchemaVisitor* v : visitors_) v->item(item, *field);
          if (doc_.isMapping(item)) entity(item, *field->entity);
        }
      }
    }
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
      const FieldSpec& field = spec.fields[i];
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (!field.required || (written & bit && !(empty & bit))) continue;
      const NodeId key = (written & bit) ? doc_.find(mapping, field.key).key : kNoNode;
      for (SchemaVisitor* v : visitors_) v->missing(mapping, key, field, spec);
    }
  }

 private:
  const Document& doc_;
  std::span<SchemaVisitor* const> visitors_;
  std::vector<bool> visited_;
};

}  // namespace

void walkSchema(const Document& doc, std::span<SchemaVisitor* const> visitors) {
  if (visitors.empty() || !doc.isMapping(doc.root())) return;
  Walker(doc, visitors).entity(doc.root(), kDocument);
}

void walkSchema(const Document& doc, SchemaVisitor& visitor) {
  SchemaVisitor* const one[] = {&visitor};
  walkSchema(doc, one);
}

}  // namespace crmlint

namespace crmlint {

namespace {

std::string idLabel(const Document& doc, NodeId mapping, std::string_view kind) {
  const NodeId id = doc.get(mapping, "id");
  if (doc.isScalar(id) && !doc.text(id).empty()) return fmt::format("{} '{}'", kind, doc.text(id));
  return fmt::format("a {} without an id", kind);
}

}  // namespace

std::string entryLabel(const Document& doc, NodeId mapping, const EntitySpec& spec) {
  if (&spec == &kDocument) return "the top level";
  if (&spec == &kStrategy) return "the strategy";
  if (&spec == &kCustomers) return "'customers'";
  if (spec.field("id")) return idLabel(doc, mapping, spec.kind);
  // A metric or an amount: name it after the goal (or the strategy) that holds it.
  const NodeId parent = doc.parent(mapping);
  const std::string key = doc.path(mapping);
  const std::string_view own = std::string_view(key).substr(key.rfind('.') + 1);
  if (key == "strategy.budget") return "the strategy's budget";
  if (doc.isMapping(parent)) return fmt::format("the {} of {}", own, idLabel(doc, parent, "goal"));
  return fmt::format("'{}'", key);
}

NodeId missingKeyAnchor(const Document& doc, NodeId mapping) {
  const NodeId id = doc.get(mapping, "id");
  if (doc.isScalar(id)) return id;
  const NodeId parent = doc.parent(mapping);
  if (doc.isMapping(parent)) {
    for (const Entry& e : doc.entries(parent)) {
      if (e.value == mapping) return e.key;
    }
  }
  return mapping;
}

}  // namespace crmlint
