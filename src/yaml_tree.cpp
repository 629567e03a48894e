#include "yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace crmlint {

std::span<const NodeId> Document::items(NodeId sequence) const {
  if (!isSequence(sequence)) return {};
  const Node& n = nodes_[sequence];
  return {children_.data() + n.firstChild, n.childCount};
}

std::vector<Entry> Document::entries(NodeId mapping) const {
  std::vector<Entry> out;
  if (!isMapping(mapping)) return out;
  const Node& n = nodes_[mapping];
  out.reserve(n.childCount / 2);
  for (std::uint32_t i = 0; i + 1 < n.childCount; i += 2) {
    out.push_back({children_[n.firstChild + i], children_[n.firstChild + i + 1]});
  }
  return out;
}

Entry Document::find(NodeId mapping, std::string_view key) const {
  if (!isMapping(mapping)) return {kNoNode, kNoNode};
  const Node& n = nodes_[mapping];
  for (std::uint32_t i = 0; i + 1 < n.childCount; i += 2) {
    const NodeId k = children_[n.firstChild + i];
    if (nodes_[k].kind == NodeKind::Scalar && nodes_[k].value == key) {
      return {k, children_[n.firstChild + i + 1]};
    }
  }
  return {kNoNode, kNoNode};
}

std::string_view Document::keyText(NodeId key) const {
  if (!isScalar(key)) return {};
  return nodes_[key].value;
}

std::string Document::path(NodeId id) const {
  std::vector<std::string> parts;
  while (id != kNoNode && nodes_[id].parent != kNoNode) {
    const NodeId parentId = nodes_[id].parent;
    const Node& parent = nodes_[parentId];
    const NodeId* kids = children_.data() + parent.firstChild;
    if (parent.kind == NodeKind::Mapping) {
      for (std::uint32_t i = 0; i + 1 < parent.childCount; i += 2) {
        if (kids[i] == id || kids[i + 1] == id) {
          parts.push_back("." + std::string(keyText(kids[i])));
          break;
        }
      }
    } else {
      // An entry is named by its id; only an entry without one needs the
      // (linear) search for its index.
      const NodeId entryId = get(id, "id");
      if (isScalar(entryId) && !nodes_[entryId].value.empty()) {
        parts.push_back("[" + nodes_[entryId].value + "]");
      } else {
        const auto at = std::find(kids, kids + parent.childCount, id);
        parts.push_back("[" + std::to_string(at - kids) + "]");
      }
    }
    id = parentId;
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += *it;
  if (!out.empty() && out.front() == '.') out.erase(0, 1);
  return out;
}

namespace {

// Lets yaml-cpp read the text in place instead of from a copy.
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Stops parsing with our own message at a byte offset.
struct StopParse {
  std::size_t offset;
  std::string message;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isBreak(char c) { return c == '\n' || c == '\r'; }
bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

std::string depthMessage(std::uint32_t maxDepth) {
  return "the document nests deeper than " + std::to_string(maxDepth) + " levels; a strategy needs a handful";
}

}  // namespace

// Turns parser events into a Document.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const LineIndex& lines, const ParseLimits& limits)
      : text_(text), lines_(lines), limits_(limits) {}

  Document take() { return std::move(doc_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      throw StopParse{offsetOf(mark),
                      "a second YAML document starts here; a strategy file holds exactly one document"};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::size_t at = skipProperties(offsetOf(mark));
    Node node;
    node.kind = NodeKind::Null;
    const std::size_t literal = nullLiteralLength(at);
    if (literal > 0) {
      node.span = {lines_.position(at), lines_.position(at + literal)};
    } else {
      // Nothing was written: point just after the key it belongs to.
      node.empty = true;
      const Position where = pendingKeyEnd().value_or(lines_.position(at));
      node.span = {where, where};
    }
    add(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const NodeId target = anchor < anchors_.size() ? anchors_[anchor] : kNoNode;
    if (target == kNoNode) throw StopParse{offsetOf(mark), "this alias names no anchor"};
    if (open_[target]) {
      throw StopParse{offsetOf(mark), "this alias refers to a node that contains it; a strategy cannot be recursive"};
    }
    attach(target);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::size_t at = skipProperties(offsetOf(mark));
    Node node;
    node.kind = NodeKind::Scalar;
    node.quoted = tag != "?";
    node.value = value;
    node.span = {lines_.position(at), lines_.position(scalarEnd(at))};
    add(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(NodeKind::Sequence, mark, anchor, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(NodeKind::Mapping, mark, anchor, style);
  }
  void OnMapEnd() override { close(); }

  std::size_t offsetOf(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return text_.size();
    return std::min(static_cast<std::size_t>(mark.pos), text_.size());
  }

 private:
  struct Frame {
    NodeId id;
    std::size_t pendingStart;
    bool flow;
  };

  NodeId add(Node node, YAML::anchor_t anchor) {
    const NodeId id = static_cast<NodeId>(doc_.nodes_.size());
    node.parent = frames_.empty() ? kNoNode : frames_.back().id;
    doc_.nodes_.push_back(std::move(node));
    open_.push_back(false);
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, kNoNode);
      anchors_[anchor] = id;
    }
    attach(id);
    return id;
  }

  void attach(NodeId id) {
    if (frames_.empty()) {
      doc_.root_ = id;
    } else {
      pending_.push_back(id);
    }
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
    const std::size_t at = skipProperties(offsetOf(mark));
    if (frames_.size() >= limits_.maxDepth) {
      throw StopParse{at, depthMessage(limits_.maxDepth)};
    }
    Node node;
    node.kind = kind;
    node.span.begin = lines_.position(at);
    const NodeId id = add(std::move(node), anchor);
    open_[id] = true;
    frames_.push_back({id, pending_.size(), style == YAML::EmitterStyle::Flow});
  }

  void close() {
    const Frame frame = frames_.back();
    frames_.pop_back();
    Node& node = doc_.nodes_[frame.id];
    open_[frame.id] = false;
    node.firstChild = static_cast<std::uint32_t>(doc_.children_.size());
    node.childCount = static_cast<std::uint32_t>(pending_.size() - frame.pendingStart);
    doc_.children_.insert(doc_.children_.end(), pending_.begin() + frame.pendingStart, pending_.end());
    pending_.resize(frame.pendingStart);
    // yaml-cpp gives no end mark: a collection ends where its last child does.
    node.span.end = node.span.begin;
    for (std::uint32_t i = 0; i < node.childCount; ++i) {
      const Position childEnd = doc_.nodes_[doc_.children_[node.firstChild + i]].span.end;
      if (doc_.nodes_[doc_.children_[node.firstChild + i]].parent == frame.id) {
        node.span.end = std::max(node.span.end, childEnd);
      }
    }
  }

  // The end of the key whose value comes next, when a mapping awaits a value.
  std::optional<Position> pendingKeyEnd() const {
    if (frames_.empty()) return std::nullopt;
    const Frame& frame = frames_.back();
    const Node& parent = doc_.nodes_[frame.id];
    const std::size_t count = pending_.size() - frame.pendingStart;
    if (parent.kind != NodeKind::Mapping || count % 2 == 0) return std::nullopt;
    Position end = doc_.nodes_[pending_.back()].span.end;
    // Point at the colon after the key rather than into the key.
    end.column += 1;
    return end;
  }

  bool inFlow() const { return !frames_.empty() && frames_.back().flow; }

  // A node's mark sits on its anchor or tag, if any; spans start at the value.
  std::size_t skipProperties(std::size_t at) const {
    while (at < text_.size() && (text_[at] == '&' || text_[at] == '!')) {
      while (at < text_.size() && !isBlank(text_[at]) && !isBreak(text_[at])) ++at;
      while (at < text_.size() && (isBlank(text_[at]) || isBreak(text_[at]))) ++at;
    }
    return at;
  }

  std::size_t nullLiteralLength(std::size_t at) const {
    for (std::string_view literal : {"~", "null", "Null", "NULL"}) {
      if (text_.substr(at, literal.size()) != literal) continue;
      const std::size_t after = at + literal.size();
      if (after == text_.size() || isBlank(text_[after]) || isBreak(text_[after]) ||
          isFlowIndicator(text_[after]) || text_[after] == '#') {
        return literal.size();
      }
    }
    return 0;
  }

  std::size_t scalarEnd(std::size_t at) const {
    const std::size_t n = text_.size();
    if (at >= n) return n;
    const char first = text_[at];
    if (first == '"') {
      for (std::size_t i = at + 1; i < n; ++i) {
        if (text_[i] == '\\') {
          ++i;
        } else if (text_[i] == '"') {
          return i + 1;
        }
      }
      return n;
    }
    if (first == '\'') {
      for (std::size_t i = at + 1; i < n; ++i) {
        if (text_[i] != '\'') continue;
        if (i + 1 < n && text_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return i + 1;
      }
      return n;
    }
    if (first == '|' || first == '>') return blockScalarEnd(at);
    std::size_t i = at;
    const bool flow = inFlow();
    while (i < n) {
      const char c = text_[i];
      if (isBreak(c)) break;
      if (c == ':' && (i + 1 == n || isBlank(text_[i + 1]) || isBreak(text_[i + 1]) ||
                       (flow && isFlowIndicator(text_[i + 1])))) {
        break;
      }
      if (c == '#' && i > at && isBlank(text_[i - 1])) break;
      if (flow && isFlowIndicator(c)) break;
      ++i;
    }
    while (i > at && isBlank(text_[i - 1])) --i;
    return i;
  }

  // A block scalar's content is the run of lines indented at least as far as
  // its first non-blank line (YAML's own rule).
  std::size_t blockScalarEnd(std::size_t at) const {
    const std::size_t n = text_.size();
    std::size_t i = at;
    while (i < n && !isBreak(text_[i])) ++i;
    std::size_t end = i;
    std::size_t contentIndent = 0;
    while (i < n) {
      if (text_[i] == '\r' && i + 1 < n && text_[i + 1] == '\n') ++i;
      ++i;  // past the line break
      const std::size_t lineStart = i;
      while (i < n && text_[i] == ' ') ++i;
      const std::size_t indent = i - lineStart;
      std::size_t lineEnd = i;
      while (lineEnd < n && !isBreak(text_[lineEnd])) ++lineEnd;
      const bool blank = std::all_of(text_.begin() + i, text_.begin() + lineEnd, isBlank);
      if (!blank) {
        if (contentIndent == 0) contentIndent = indent;
        if (indent < contentIndent || indent == 0) break;
        end = lineEnd;
        while (end > i && isBlank(text_[end - 1])) --end;
      }
      i = lineEnd;
    }
    return end;
  }

  std::string_view text_;
  const LineIndex& lines_;
  ParseLimits limits_;
  Document doc_;
  std::vector<Frame> frames_;
  std::vector<NodeId> pending_;
  std::vector<NodeId> anchors_;
  std::vector<bool> open_;
  int documents_ = 0;
};

namespace {

// yaml-cpp scans a whole run of nested '[' or '{' ahead before it reports any
// of them, holding a token for each: 100,000 brackets cost it 20 MB before
// the depth limit could see an event. A linear pass over the text finds
// flow nesting beyond the limit first. It skips quoted scalars and comments;
// brackets inside plain text only count when a run of them is absurdly deep.
std::optional<std::size_t> findTooDeepFlow(std::string_view text, std::uint32_t maxDepth) {
  std::uint32_t depth = 0;
  bool tokenStart = true;  // after whitespace, a line start or a flow indicator
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (tokenStart && (c == '"' || c == '\'')) {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (c == '"' && text[i] == '\\') ++i;
      }
      tokenStart = false;
      continue;
    }
    if (tokenStart && c == '#') {
      while (i < text.size() && !isBreak(text[i])) ++i;
      continue;
    }
    if (c == '[' || c == '{') {
      if (++depth > maxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    tokenStart = isBlank(c) || isBreak(c) || isFlowIndicator(c) || c == ':';
  }
  return std::nullopt;
}

}  // namespace

ParseResult parseYaml(std::string_view text, const LineIndex& lines, const ParseLimits& limits) {
  ParseResult result;
  if (const auto tooDeep = findTooDeepFlow(text, limits.maxDepth)) {
    result.error = SyntaxError{lines.position(*tooDeep), depthMessage(limits.maxDepth)};
    return result;
  }
  ViewStreamBuf buffer(text);
  std::istream input(&buffer);
  TreeBuilder builder(text, lines, limits);
  try {
    YAML::Parser parser(input);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParse& stop) {
    result.error = SyntaxError{lines.position(stop.offset), stop.message};
  } catch (const YAML::Exception& e) {
    result.error = SyntaxError{lines.position(builder.offsetOf(e.mark)), "invalid YAML: " + e.msg};
  }
  if (result.error) return result;
  result.document = builder.take();
  return result;
}

}  // namespace crmlint
