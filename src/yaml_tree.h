#pragma once
// A YAML document as a tree that keeps the span of every key and value.
//
// Built from yaml-cpp's event API rather than YAML::Load: that keeps key
// positions, sees duplicate keys, and lets an alias be a reference to the
// anchored node instead of a copy, so a "billion laughs" file stays small.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "position.h"

namespace crmlint {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeKind : std::uint8_t { Null, Scalar, Sequence, Mapping };

struct Node {
  NodeKind kind = NodeKind::Null;
  // A quoted or block scalar is always text: never a number, bool or null.
  bool quoted = false;
  // A null written as nothing at all (`owner:`), not as `~` or `null`.
  bool empty = false;
  NodeId parent = kNoNode;
  Span span;
  // Children live in Document's child table: a sequence's entries, or a
  // mapping's keys and values interleaved (key, value, key, value, ...).
  // An alias is stored as the id of the node it names.
  std::uint32_t firstChild = 0;
  std::uint32_t childCount = 0;
  std::string value;  // the scalar's text
};

// One key of a mapping with its value.
struct Entry {
  NodeId key;
  NodeId value;
};

class Document {
 public:
  NodeId root() const { return root_; }
  bool hasRoot() const { return root_ != kNoNode; }
  const Node& node(NodeId id) const { return nodes_[id]; }
  std::size_t nodeCount() const { return nodes_.size(); }

  bool isMapping(NodeId id) const { return id != kNoNode && nodes_[id].kind == NodeKind::Mapping; }
  bool isSequence(NodeId id) const { return id != kNoNode && nodes_[id].kind == NodeKind::Sequence; }
  bool isScalar(NodeId id) const { return id != kNoNode && nodes_[id].kind == NodeKind::Scalar; }
  // Absent, `~`, or written as nothing.
  bool isNull(NodeId id) const { return id == kNoNode || nodes_[id].kind == NodeKind::Null; }

  // A sequence's entries.
  std::span<const NodeId> items(NodeId sequence) const;
  // A mapping's entries in file order, duplicates included.
  std::vector<Entry> entries(NodeId mapping) const;
  // The first entry with this key, or {kNoNode, kNoNode}.
  Entry find(NodeId mapping, std::string_view key) const;
  NodeId get(NodeId mapping, std::string_view key) const { return find(mapping, key).value; }
  // The scalar text of a key node, or empty for a complex key.
  std::string_view keyText(NodeId key) const;

  // Where a node sits, by keys and entry ids: goals[reduce-churn].metric.target.
  // An entry without a usable `id` is named by its index: goals[3].
  std::string path(NodeId id) const;

 private:
  friend class TreeBuilder;
  std::vector<Node> nodes_;
  std::vector<NodeId> children_;
  NodeId root_ = kNoNode;
};

struct SyntaxError {
  Position position;
  std::string message;
};

struct ParseLimits {
  std::uint32_t maxDepth = 256;
};

// Parses UTF-8 text (no BOM: the caller strips it) holding at most one YAML
// document. An empty text gives a Document without a root.
struct ParseResult {
  Document document;
  std::optional<SyntaxError> error;
};
ParseResult parseYaml(std::string_view text, const LineIndex& lines, const ParseLimits& limits = {});

}  // namespace crmlint
