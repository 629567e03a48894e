#pragma once
// A YAML document as a tree that keeps the span of every key and value.
//
// Built from libfyaml's event API (src/yaml_tree.cpp is the only file that
// knows the library): that keeps key positions, sees duplicate keys, and
// lets an alias be a reference to the anchored node instead of a copy, so a
// "billion laughs" file stays small. Nodes are stored compactly (byte
// offsets, text kept as views into the source where it can be) so that the
// tree of a large file costs a few times the file, not tens of times.
#include <cstdint>
#include <cstring>
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

// A node as callers see it, made on request from the compact storage. Its
// span costs two position lookups: code on a hot path that needs only the
// kind, text or flags asks the Document for those.
struct Node {
  NodeKind kind = NodeKind::Null;
  // A quoted, block or tagged scalar is always text: never a number, bool or null.
  bool quoted = false;
  // A null written as nothing at all (`owner:`), not as `~` or `null`.
  bool empty = false;
  Span span;
  std::string_view value;  // the scalar's text
};

// One key of a mapping with its value.
struct Entry {
  NodeId key;
  NodeId value;
};

// A mapping's entries in file order: a view of its keys and values, which
// the tree stores interleaved, so listing them allocates nothing.
class Entries {
 public:
  class iterator {
   public:
    explicit iterator(const NodeId* at) : at_(at) {}
    Entry operator*() const { return {at_[0], at_[1]}; }
    iterator& operator++() {
      at_ += 2;
      return *this;
    }
    bool operator==(const iterator&) const = default;

   private:
    const NodeId* at_;
  };

  Entries() = default;
  Entries(const NodeId* keysAndValues, std::size_t count) : first_(keysAndValues), count_(count) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(first_ + 2 * count_); }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  Entry operator[](std::size_t index) const { return {first_[2 * index], first_[2 * index + 1]}; }

 private:
  const NodeId* first_ = nullptr;
  std::size_t count_ = 0;
};

class Document {
 public:
  NodeId root() const { return root_; }
  bool hasRoot() const { return root_ != kNoNode; }
  Node node(NodeId id) const;
  std::size_t nodeCount() const { return nodes_.size(); }

  NodeKind kind(NodeId id) const { return static_cast<NodeKind>(flags_[id] & kKindMask); }
  bool isMapping(NodeId id) const { return id != kNoNode && kind(id) == NodeKind::Mapping; }
  bool isSequence(NodeId id) const { return id != kNoNode && kind(id) == NodeKind::Sequence; }
  bool isScalar(NodeId id) const { return id != kNoNode && kind(id) == NodeKind::Scalar; }
  // Absent, `~`, or written as nothing.
  bool isNull(NodeId id) const { return id == kNoNode || kind(id) == NodeKind::Null; }
  // A scalar's text (empty for anything else), without building a Node.
  std::string_view text(NodeId id) const;
  NodeId parent(NodeId id) const { return nodes_[id].parent; }
  // A quoted, block or tagged scalar: text, never a number, bool or null.
  bool quoted(NodeId id) const { return id != kNoNode && (flags_[id] & kQuoted) != 0; }
  // A mapping or list written in flow style, `{a: 1, b: 2}` or `[a, b]`,
  // where an unquoted comma ends a value.
  bool flow(NodeId id) const { return id != kNoNode && (flags_[id] & kFlow) != 0; }

  // A sequence's entries; an entry written as an alias is the node it names.
  std::span<const NodeId> items(NodeId sequence) const;
  // A mapping's entries in file order, duplicates included.
  Entries entries(NodeId mapping) const;
  // The first entry with this key, or {kNoNode, kNoNode}.
  Entry find(NodeId mapping, std::string_view key) const;
  NodeId get(NodeId mapping, std::string_view key) const { return find(mapping, key).value; }
  // The scalar text of a key node, or empty for a complex key.
  std::string_view keyText(NodeId key) const { return text(key); }

  // When the `index`-th child of `container` is written as an alias
  // (`*name`), where the alias is; the node itself lives at its anchor.
  std::optional<Span> aliasSpan(NodeId container, std::size_t index) const;

  // Where a node sits, by keys and by what names each list entry rather than
  // where it stands: goals[reduce-churn].departments[service]. A mapping is
  // named by its `id`, a scalar by its value; only an entry with neither is
  // named by its index (goals[3]), so reordering a list keeps every other
  // path. Baselines, GitLab and SARIF fingerprints rely on this.
  std::string path(NodeId id) const;

 private:
  friend class TreeBuilder;
  static constexpr std::uint8_t kKindMask = 0x03;
  static constexpr std::uint8_t kQuoted = 0x04;
  static constexpr std::uint8_t kEmpty = 0x08;
  static constexpr std::uint8_t kTextInArena = 0x10;
  static constexpr std::uint8_t kQuoteMarks = 0x20;  // the span is the text and its two quote marks
  static constexpr std::uint8_t kFlow = 0x40;        // a collection in flow style

  // 16 bytes a node, plus one byte of flags in flags_: the tree of a large
  // file is most of its memory.
  struct Stored {
    std::uint32_t begin = 0, end = 0;  // byte offsets of the span in the source
    NodeId parent = kNoNode;
    // A collection: where its children start in children_ (a mapping's keys
    // and values interleaved), just after their count. A scalar: where its
    // text starts, in the source, or in arena_ just after its length. A
    // scalar read from the source is its span (less its quote marks), so
    // the length is not stored for the common case.
    std::uint32_t first = 0;
  };
  struct AliasUse {
    std::uint32_t slot;  // index into children_
    std::uint32_t begin, end;
  };

  Span spanOf(std::uint32_t begin, std::uint32_t end) const;
  std::size_t indexInParent(NodeId id) const;
  std::uint32_t childCount(NodeId collection) const { return children_[nodes_[collection].first - 1]; }

  std::string_view source_;
  const LineIndex* lines_ = nullptr;
  std::vector<Stored> nodes_;
  std::vector<std::uint8_t> flags_;
  std::vector<NodeId> children_;
  std::vector<AliasUse> aliasUses_;  // in slot order
  std::string arena_;  // scalar text that differs from its source (escapes, folding), each after its length
  NodeId root_ = kNoNode;
};

// Inline: the rules call these on every node of a file.
inline std::string_view Document::text(NodeId id) const {
  if (id == kNoNode || kind(id) != NodeKind::Scalar) return {};
  const Stored& s = nodes_[id];
  const std::uint8_t flags = flags_[id];
  if (flags & kTextInArena) {
    std::uint32_t length;
    std::memcpy(&length, arena_.data() + s.first - sizeof length, sizeof length);
    return std::string_view(arena_).substr(s.first, length);
  }
  const std::uint32_t marks = (flags & kQuoteMarks) ? 2 : 0;
  return source_.substr(s.first, s.end - s.begin - marks);
}

inline std::span<const NodeId> Document::items(NodeId sequence) const {
  if (!isSequence(sequence)) return {};
  return {children_.data() + nodes_[sequence].first, childCount(sequence)};
}

inline Entries Document::entries(NodeId mapping) const {
  if (!isMapping(mapping)) return {};
  return {children_.data() + nodes_[mapping].first, childCount(mapping) / 2};
}

struct SyntaxError {
  Position position;
  std::string message;
  std::string help;  // how to fix it, when the error is one crmlint knows
};

struct ParseLimits {
  std::uint32_t maxDepth = 256;
};

// Parses UTF-8 text (no BOM: the caller strips it). The tree is of the
// first document; a later one is checked for syntax and its start reported
// in `secondDocument`. An empty text gives a Document without a root. The
// Document refers to `text` and `lines`, which must outlive it.
struct ParseResult {
  Document document;
  std::optional<SyntaxError> error;
  std::optional<Position> secondDocument;
};
ParseResult parseYaml(std::string_view text, const LineIndex& lines, const ParseLimits& limits = {});

}  // namespace crmlint
