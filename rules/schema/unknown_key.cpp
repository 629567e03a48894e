#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "rule.h"
#include "scalar.h"
#include "schema.h"
#include "suggest.h"

namespace crmlint {
namespace {

// Inside `{...}` an unquoted comma ends a value: `{name: Membership,
// Marketing and Events}` reads 'Marketing and Events' as a key written with
// no value. Such a key, unknown and not close to a known one, is a piece of
// the text, or of the number (`{baseline: 1,450}`), before it.
struct CommaSplit {
  enum Kind { None, First, Later } kind = None;
  Entry origin{kNoNode, kNoNode};  // the key whose value the comma cut short
  std::vector<NodeId> pieces;      // the keys that are the rest of it, in order
  std::string written;                // a number's value as written, commas and all ("1,450")
  std::optional<std::string> number;  // that number without separators ("1450")
};

bool isNumeric(ValueType type) {
  return type == ValueType::Quantity || type == ValueType::Number || type == ValueType::Money ||
         type == ValueType::Share || type == ValueType::PositiveInt;
}

CommaSplit commaSplit(const Document& doc, NodeId mapping, NodeId key, const EntitySpec& entity,
                      const std::vector<std::string_view>& known) {
  if (!doc.flow(mapping)) return {};
  auto isPiece = [&](Entry e) {
    if (!doc.isScalar(e.key) || doc.quoted(e.key) || !doc.isNull(e.value) || !doc.node(e.value).empty) return false;
    const std::string_view text = doc.keyText(e.key);
    return !entity.field(text) && !closestMatch(text, known);
  };
  const Entries entries = doc.entries(mapping);
  std::size_t at = 0;
  while (at < entries.size() && entries[at].key != key) ++at;
  if (at == entries.size() || !isPiece(entries[at])) return {};
  std::size_t first = at;
  while (first > 0 && isPiece(entries[first - 1])) --first;
  if (first == 0) return {};
  const Entry origin = entries[first - 1];
  // A quoted value ends at its quote, not at the comma.
  if (!doc.isScalar(origin.key) || !doc.isScalar(origin.value) || doc.quoted(origin.value)) return {};
  // Only text and numbers are cut short by a comma; an id or a date with a
  // comma after it is a different mistake.
  const FieldSpec* field = entity.field(doc.keyText(origin.key));
  if (!field || (field->type != ValueType::Text && !isNumeric(field->type))) return {};
  CommaSplit split;
  split.origin = origin;
  for (std::size_t i = first; i < entries.size() && isPiece(entries[i]); ++i) split.pieces.push_back(entries[i].key);
  if (isNumeric(field->type)) {
    split.written = doc.text(origin.value);
    for (NodeId piece : split.pieces) {
      split.written += ',';
      split.written += doc.keyText(piece);
    }
    split.number = numberWithoutSeparators(split.written);
    if (!split.number) return {};
  }
  split.kind = first < at ? CommaSplit::Later : CommaSplit::First;
  return split;
}

// `text` as a YAML double-quoted scalar, or single-quoted when it holds a
// double quote or a backslash.
std::string quotedText(std::string_view text) {
  if (text.find_first_of("\"\\") == std::string_view::npos) return fmt::format("\"{}\"", text);
  std::string out = "'";
  for (const char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

class UnknownKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "schema/unknown-key",
        .severity = Severity::Error,
        .summary = "Every key must be one that format 1 defines at that place.",
        .rationale =
            "A misspelt key is silently ignored by most YAML tools, so a goal with 'titel:' or 'deu:' looks "
            "complete to its author while every check that needs the real key sees nothing. The message "
            "suggests the closest known key (at most two edits away). Inside braces an unquoted comma ends a "
            "value, so `{id: membership, name: Membership, Marketing and Events}` reads 'Marketing and "
            "Events' as a key with no value: such a key is reported as the text a comma split off, with "
            "the whole value in quotes as the way to write it.",
        .badExample = "goals:\n  - id: reduce-churn\n    titel: Cut enterprise churn from 14% to 9% by 2027\n",
        .goodExample = "goals:\n  - id: reduce-churn\n    title: Cut enterprise churn from 14% to 9% by 2027\n",
        .phase = RulePhase::Schema,
    };
    return meta;
  }

  std::unique_ptr<SchemaVisitor> schemaVisitor(RuleContext& ctx) const override {
    struct Visitor : SchemaVisitor {
      RuleContext& ctx;
      explicit Visitor(RuleContext& c) : ctx(c) {}
      void unknownKey(NodeId key, const EntitySpec& entity) override {
        const Document& doc = ctx.doc();
        std::vector<std::string_view> known;
        for (const FieldSpec& f : entity.fields) known.push_back(f.key);
        const NodeId mapping = doc.parent(key);
        const std::string label = entryLabel(doc, mapping, entity);
        if (!doc.isScalar(key)) {
          ctx.report({.at = key,
                      .message = fmt::format("{} has a key that is not plain text", label),
                      .help = fmt::format("keys allowed here: {}", fmt::join(known, ", "))});
          return;
        }
        const std::string_view text = doc.keyText(key);
        switch (const CommaSplit split = commaSplit(doc, mapping, key, entity, known); split.kind) {
          case CommaSplit::None: break;
          case CommaSplit::Later: return;  // the first piece's finding names it
          case CommaSplit::First: reportSplit(split, label); return;
        }
        const auto suggestion = closestMatch(text, known);
        std::vector<Fix> fixes;
        // Renaming onto a key the mapping already has would make a duplicate.
        if (suggestion && doc.find(mapping, *suggestion).key == kNoNode) {
          const bool certain = certainMatch(text, known) == suggestion;
          if (auto fix = ctx.replaceScalar(key, *suggestion, certain)) {
            fix->title = fmt::format("rename '{}' to '{}'", text, *suggestion);
            fixes.push_back(std::move(*fix));
          }
        }
        ctx.report({.at = key,
                    .message = fmt::format("{} has an unknown key '{}'{}", label, text, didYouMean(suggestion)),
                    .help = suggestion ? fmt::format("rename '{}' to '{}'", text, *suggestion)
                                       : fmt::format("keys allowed here: {}", fmt::join(known, ", ")),
                    .fixes = std::move(fixes)});
      }

      void reportSplit(const CommaSplit& split, const std::string& label) {
        const Document& doc = ctx.doc();
        const std::string_view field = doc.keyText(split.origin.key);
        std::string whole(doc.text(split.origin.value));
        std::vector<std::string> pieces;
        for (NodeId piece : split.pieces) {
          whole += ", ";
          whole += doc.keyText(piece);
          pieces.push_back(fmt::format("'{}'", doc.keyText(piece)));
        }
        const std::string readAs = pieces.size() == 1 ? "is read as a key of its own"
                                                       : "are read as keys of their own";
        if (split.number) {
          ctx.report({.at = split.pieces.front(),
                      .message = fmt::format("{}: the comma in '{}: {}' ends the number at {}, so {} {}; a number "
                                             "is written without separators ({})",
                                             label, field, split.written, doc.text(split.origin.value),
                                             fmt::join(pieces, " and "), readAs, *split.number),
                      .help = fmt::format("write '{}: {}'", field, *split.number)});
          return;
        }
        ctx.report({.at = split.pieces.front(),
                    .message = fmt::format("{}: the comma after '{}' ends the {}, so {} {}", label,
                                           doc.text(split.origin.value), field, fmt::join(pieces, " and "), readAs),
                    .help = fmt::format("put the whole {} in quotes: {}: {}", field, field, quotedText(whole))});
      }
    };
    return std::make_unique<Visitor>(ctx);
  }
};

CRMLINT_REGISTER_RULE(UnknownKey);

}  // namespace
}  // namespace crmlint
