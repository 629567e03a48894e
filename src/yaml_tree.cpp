#include "yaml_tree.h"

#include <libfyaml.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace crmlint {

Span Document::spanOf(std::uint32_t begin, std::uint32_t end) const {
  return {lines_->position(begin), lines_->position(end)};
}

Node Document::node(NodeId id) const {
  const Stored& s = nodes_[id];
  const std::uint8_t flags = flags_[id];
  Node n;
  n.kind = static_cast<NodeKind>(flags & kKindMask);
  n.quoted = (flags & kQuoted) != 0;
  n.empty = (flags & kEmpty) != 0;
  n.span = spanOf(s.begin, s.end);
  n.value = text(id);
  return n;
}

Entry Document::find(NodeId mapping, std::string_view key) const {
  for (const Entry& e : entries(mapping)) {
    if (isScalar(e.key) && text(e.key) == key) return e;
  }
  return {kNoNode, kNoNode};
}

std::optional<Span> Document::aliasSpan(NodeId container, std::size_t index) const {
  const std::uint32_t slot = nodes_[container].first + static_cast<std::uint32_t>(index);
  const auto it = std::lower_bound(aliasUses_.begin(), aliasUses_.end(), slot,
                                   [](const AliasUse& use, std::uint32_t s) { return use.slot < s; });
  if (it == aliasUses_.end() || it->slot != slot) return std::nullopt;
  return spanOf(it->begin, it->end);
}

// A container's own children come in increasing id order (nodes are numbered
// as they are read), so the index of one is a binary search, unless aliases
// (ids from elsewhere) are mixed in.
std::size_t Document::indexInParent(NodeId id) const {
  const NodeId parentId = nodes_[id].parent;
  const std::uint32_t first = nodes_[parentId].first;
  const std::uint32_t count = childCount(parentId);
  const NodeId* kids = children_.data() + first;
  const auto firstAlias = std::lower_bound(aliasUses_.begin(), aliasUses_.end(), first,
                                           [](const AliasUse& use, std::uint32_t s) { return use.slot < s; });
  const bool hasAliases = firstAlias != aliasUses_.end() && firstAlias->slot < first + count;
  const NodeId* at = hasAliases ? std::find(kids, kids + count, id) : std::lower_bound(kids, kids + count, id);
  return static_cast<std::size_t>(at - kids);
}

std::string Document::path(NodeId id) const {
  std::vector<std::string> parts;
  // Appended piece by piece: GCC 12 warns (-Wrestrict, wrongly) on "." + std::string once text() is inline.
  auto part = [](std::string_view open, std::string_view text, std::string_view close = {}) {
    std::string out;
    out.reserve(open.size() + text.size() + close.size());
    out.append(open).append(text).append(close);
    return out;
  };
  while (id != kNoNode && nodes_[id].parent != kNoNode) {
    const NodeId parentId = nodes_[id].parent;
    if (isMapping(parentId)) {
      const std::size_t index = indexInParent(id);
      const NodeId key = children_[nodes_[parentId].first + (index & ~std::size_t{1})];
      parts.push_back(part(".", keyText(key)));
    } else {
      const NodeId entryId = get(id, "id");
      if (isScalar(id) && !text(id).empty()) {
        parts.push_back(part("[", text(id), "]"));
      } else if (isScalar(entryId) && !text(entryId).empty()) {
        parts.push_back(part("[", text(entryId), "]"));
      } else {
        parts.push_back(part("[", std::to_string(indexInParent(id)), "]"));
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

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isBreak(char c) { return c == '\n' || c == '\r'; }
bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Whether `text` holds any of `chars`: one memchr per character sought,
// not one per character of the text as string_view::find_first_of costs.
bool containsAny(std::string_view text, std::string_view chars) {
  for (char c : chars) {
    if (std::memchr(text.data(), c, text.size())) return true;
  }
  return false;
}

std::string depthMessage(std::uint32_t maxDepth) {
  return "the document nests deeper than " + std::to_string(maxDepth) + " levels; a strategy needs a handful";
}

// The tree of a large file is tens of megabytes written once, front to
// back: in 2 MiB pages it costs a page fault every 2 MiB instead of every
// 4 KiB (a third of the time crmlint spends past the parser on a 25 MB
// file). Only whole huge pages inside the block are advised, so memory the
// tree never reaches stays unmapped; where the kernel declines, nothing
// changes.
void adviseHugePages(void* data, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHugePage - 1) & ~(kHugePage - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data, (void)bytes;
#endif
}

// Stops building with our own message at a byte offset.
struct StopParse {
  std::size_t offset;
  std::string message;
  std::string help = "fix the YAML at this place";
  bool tooDeep = false;
};

struct ParserDeleter {
  void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};

// libfyaml 0.7.12 frees a simple key twice when it destroys a parser that
// stopped at "tab for indentation of block entry" (`? key:\t:\t` crashes),
// so such a parser is never destroyed. It is kept here rather than dropped:
// memory held on purpose, which LeakSanitizer (in the tests and the fuzzer)
// then does not report as a leak that would hide others.
void keepUndestroyed(fy_parser* parser) {
  static std::mutex mutex;
  static auto* const kept = new std::vector<fy_parser*>;  // never freed, so the parsers stay reachable
  const std::lock_guard lock(mutex);
  kept->push_back(parser);
}
struct DiagDeleter {
  void operator()(fy_diag* diag) const { fy_diag_destroy(diag); }
};
struct EventFree {
  fy_parser* parser;
  void operator()(fy_event* event) const { fy_parser_event_free(parser, event); }
};
struct TokenIterDeleter {
  void operator()(fy_token_iter* iter) const { fy_token_iter_destroy(iter); }
};

std::string_view tokenText(fy_token* token) {
  if (!token) return {};
  std::size_t length = 0;
  const char* text = fy_token_get_text(token, &length);
  return text ? std::string_view(text, length) : std::string_view();
}

}  // namespace

// Turns libfyaml's events into a Document.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const LineIndex& lines, const ParseLimits& limits, Document& doc)
      : text_(text), limits_(limits), doc_(doc) {
    doc_.source_ = text;
    doc_.lines_ = &lines;
    // About one node per 8 bytes of YAML is a generous estimate; reserving
    // it saves the copies of growing, and pages never written cost nothing.
    const std::size_t nodes = text.size() / 8 + 16;
    doc_.nodes_.reserve(nodes);
    doc_.flags_.reserve(nodes);
    doc_.children_.reserve(nodes);
    adviseHugePages(doc_.nodes_.data(), doc_.nodes_.capacity() * sizeof(Document::Stored));
    adviseHugePages(doc_.flags_.data(), doc_.flags_.capacity());
    adviseHugePages(doc_.children_.data(), doc_.children_.capacity() * sizeof(NodeId));
    if (!textReader_) throw std::bad_alloc();
  }

  // False once the first document is complete: later events are only read
  // for their syntax.
  bool building() const { return documents_ <= 1; }
  std::optional<std::size_t> secondDocument() const { return secondDocument_; }
  std::size_t lastEnd() const { return lastEnd_; }
  // The '[' or '{' of the innermost open flow collection, if any.
  std::optional<std::size_t> openFlow() const {
    for (auto it = openings_.rbegin(); it != openings_.rend(); ++it) {
      if (it->flow) return it->at;
    }
    return std::nullopt;
  }

  void handle(fy_event& event) {
    if (event.type == FYET_DOCUMENT_START) {
      if (++documents_ == 2) {
        const fy_mark* mark = fy_event_start_mark(&event);
        secondDocument_ = mark ? offset(*mark) : lastEnd_;
      }
      return;
    }
    trackOpenings(event);
    if (!building()) return;
    switch (event.type) {
      case FYET_SCALAR: scalar(event); break;
      case FYET_ALIAS: alias(event); break;
      case FYET_SEQUENCE_START: open(event, NodeKind::Sequence, event.sequence_start.anchor); break;
      case FYET_MAPPING_START: open(event, NodeKind::Mapping, event.mapping_start.anchor); break;
      case FYET_SEQUENCE_END:
      case FYET_MAPPING_END: close(event); break;
      default: break;
    }
  }

 private:
  struct Frame {
    NodeId id;
    std::size_t pendingStart;
    std::size_t aliasStart;
  };
  struct PendingAlias {
    std::size_t pendingIndex;
    std::uint32_t begin, end;
  };

  // Every open collection of any document, for messages about an unclosed
  // one and for the depth limit.
  void trackOpenings(fy_event& event) {
    if (event.type == FYET_SEQUENCE_START || event.type == FYET_MAPPING_START) {
      const fy_mark* start = fy_event_start_mark(&event);
      const std::uint32_t at = start ? offset(*start) : lastEnd_;
      if (openings_.size() >= limits_.maxDepth) {
        throw StopParse{at, depthMessage(limits_.maxDepth), "flatten the structure", true};
      }
      openings_.push_back({at, fy_event_get_node_style(&event) == FYNS_FLOW});
    } else if ((event.type == FYET_SEQUENCE_END || event.type == FYET_MAPPING_END) && !openings_.empty()) {
      openings_.pop_back();
    }
  }

  std::uint32_t offset(const fy_mark& mark) const {
    return static_cast<std::uint32_t>(std::min(mark.input_pos, text_.size()));
  }

  NodeId add(Document::Stored stored, std::uint8_t flags, fy_token* anchor) {
    const NodeId id = static_cast<NodeId>(doc_.nodes_.size());
    stored.parent = frames_.empty() ? kNoNode : frames_.back().id;
    doc_.nodes_.push_back(stored);
    doc_.flags_.push_back(flags);
    if (anchor) anchors_[std::string(tokenText(anchor))] = id;
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

  void scalar(fy_event& event) {
    fy_token* token = event.scalar.value;
    const fy_mark* start = fy_event_start_mark(&event);
    const fy_mark* end = fy_event_end_mark(&event);
    const fy_scalar_style style = fy_token_scalar_style(token);
    Document::Stored stored;
    std::uint8_t flags = static_cast<std::uint8_t>(NodeKind::Scalar);
    if (style != FYSS_PLAIN || event.scalar.tag) flags |= Document::kQuoted;

    if (!start || !end) {
      // Nothing was written (`owner:`): a null that points just after the
      // key or dash it belongs to.
      const std::uint32_t at = emptyValueOffset();
      stored.begin = stored.end = at;
      add(stored, static_cast<std::uint8_t>(NodeKind::Null) | Document::kEmpty, event.scalar.anchor);
      return;
    }
    std::uint32_t begin = offset(*start);
    std::uint32_t finish = offset(*end);
    const std::string_view written = text_.substr(begin, finish - begin);
    bool direct = false;  // the value is the written text itself
    switch (style) {
      case FYSS_SINGLE_QUOTED:
        direct = !containsAny(written, "'\r\n");
        begin -= 1, finish += 1;
        if (direct) flags |= Document::kQuoteMarks;
        break;
      case FYSS_DOUBLE_QUOTED:
        direct = !containsAny(written, "\\\r\n");
        begin -= 1, finish += 1;
        if (direct) flags |= Document::kQuoteMarks;
        break;
      case FYSS_LITERAL:
      case FYSS_FOLDED: {
        const std::uint32_t header = blockScalarHeader(begin);
        rejectUnindentedBlock(header, begin, finish);
        begin = header;
        finish = std::max(contentEnd(finish), begin + 1);
        break;
      }
      default:
        direct = !containsAny(written, "\r\n");
        break;
    }
    stored.begin = begin;
    stored.end = finish;
    if (direct) {
      stored.first = offset(*start);
    } else {
      const std::size_t lengthAt = doc_.arena_.size();
      doc_.arena_.append(sizeof(std::uint32_t), '\0');
      stored.first = static_cast<std::uint32_t>(doc_.arena_.size());
      appendText(token, begin);
      const auto length = static_cast<std::uint32_t>(doc_.arena_.size() - stored.first);
      std::memcpy(doc_.arena_.data() + lengthAt, &length, sizeof length);
      flags |= Document::kTextInArena;
    }
    if (!(flags & Document::kQuoted) && isNullLiteral(written)) flags = static_cast<std::uint8_t>(NodeKind::Null);
    lastEnd_ = finish;
    add(stored, flags, event.scalar.anchor);
  }

  // Appends a scalar's text to the arena chunk by chunk. fy_token_get_text
  // (libfyaml 0.7.12) formats into a buffer sized by the scanner's estimate,
  // which some folded scalars outgrow: it then returns no text at all and
  // leaks what it had formatted. The token iterator needs no estimate.
  void appendText(fy_token* token, std::uint32_t begin) {
    fy_token_iter_start(token, textReader_.get());
    int status = 0;
    for (const fy_iter_chunk* chunk = fy_token_iter_chunk_next(textReader_.get(), nullptr, &status); chunk;
         chunk = fy_token_iter_chunk_next(textReader_.get(), chunk, &status)) {
      doc_.arena_.append(chunk->str, chunk->len);
    }
    fy_token_iter_finish(textReader_.get());
    if (status != 0) throw StopParse{begin, "this text could not be read; check its quotes and escapes"};
  }

  void alias(fy_event& event) {
    const std::string_view name = tokenText(event.alias.anchor);
    const fy_mark* start = fy_event_start_mark(&event);
    const fy_mark* end = fy_event_end_mark(&event);
    std::uint32_t begin = start ? offset(*start) : lastEnd_;
    const std::uint32_t finish = end ? offset(*end) : begin;
    if (begin > 0 && text_[begin - 1] == '*') --begin;  // the mark is on the name; the alias starts at '*'
    const auto target = anchors_.find(std::string(name));
    if (target == anchors_.end()) {
      throw StopParse{begin, "the alias '*" + std::string(name) + "' names no anchor; an anchor '&" +
                                 std::string(name) + "' must come before it"};
    }
    for (const Frame& frame : frames_) {
      if (frame.id == target->second) {
        throw StopParse{begin, "this alias refers to a node that contains it; a strategy cannot be recursive"};
      }
    }
    lastEnd_ = finish;
    if (frames_.empty()) {
      doc_.root_ = target->second;
      return;
    }
    pendingAliases_.push_back({pending_.size(), begin, finish});
    pending_.push_back(target->second);
  }

  void open(fy_event& event, NodeKind kind, fy_token* anchor) {
    const fy_mark* start = fy_event_start_mark(&event);
    const std::uint32_t at = start ? offset(*start) : lastEnd_;
    Document::Stored stored;
    stored.begin = stored.end = at;
    const bool flow = fy_event_get_node_style(&event) == FYNS_FLOW;
    const auto flags = static_cast<std::uint8_t>(static_cast<std::uint8_t>(kind) | (flow ? Document::kFlow : 0));
    const NodeId id = add(stored, flags, anchor);
    frames_.push_back({id, pending_.size(), pendingAliases_.size()});
    if (flow) lastEnd_ = at + 1;
  }

  void close(fy_event& event) {
    const Frame frame = frames_.back();
    frames_.pop_back();
    Document::Stored& stored = doc_.nodes_[frame.id];
    doc_.children_.push_back(static_cast<std::uint32_t>(pending_.size() - frame.pendingStart));
    stored.first = static_cast<std::uint32_t>(doc_.children_.size());
    doc_.children_.insert(doc_.children_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(frame.pendingStart),
                          pending_.end());
    pending_.resize(frame.pendingStart);
    for (std::size_t i = frame.aliasStart; i < pendingAliases_.size(); ++i) {
      const PendingAlias& use = pendingAliases_[i];
      doc_.aliasUses_.push_back(
          {stored.first + static_cast<std::uint32_t>(use.pendingIndex - frame.pendingStart), use.begin, use.end});
    }
    pendingAliases_.resize(frame.aliasStart);
    // A flow collection ends after its bracket; a block one where its last
    // child does.
    const fy_mark* end = fy_event_end_mark(&event);
    if (doc_.flow(frame.id) && end) lastEnd_ = offset(*end);
    stored.end = std::max(stored.begin, lastEnd_);
  }

  // Where a value written as nothing points: after the key's colon, or
  // after the dash of its list item.
  std::uint32_t emptyValueOffset() const {
    if (!frames_.empty()) {
      const Frame& frame = frames_.back();
      const std::size_t count = pending_.size() - frame.pendingStart;
      if (doc_.kind(frame.id) == NodeKind::Mapping && count % 2 == 1) {
        return std::min(doc_.nodes_[pending_.back()].end + 1, static_cast<std::uint32_t>(text_.size()));
      }
    }
    std::size_t at = lastEnd_;
    while (at < text_.size()) {
      if (isBlank(text_[at]) || isBreak(text_[at])) {
        ++at;
      } else if (text_[at] == '#') {
        while (at < text_.size() && !isBreak(text_[at])) ++at;
      } else {
        break;
      }
    }
    if (at < text_.size() && (text_[at] == '-' || text_[at] == '?' || text_[at] == ':')) ++at;
    return static_cast<std::uint32_t>(std::min(at, text_.size()));
  }

  // A block scalar's span starts at its '|' or '>', on the line before its content.
  std::uint32_t blockScalarHeader(std::uint32_t contentStart) const {
    for (std::size_t i = lastEnd_; i < contentStart; ++i) {
      if (text_[i] == '|' || text_[i] == '>') return static_cast<std::uint32_t>(i);
    }
    return contentStart;
  }

  // libfyaml 0.7.12 can read the lines after a '|' or '>' inside an
  // indented mapping or list as the block's text even when they are not
  // indented under it (`  vision: >` then `  owner: amy` makes owner part of the
  // vision). YAML says such a block is empty; rather than misread the file,
  // crmlint refuses it with a message that says what to do.
  void rejectUnindentedBlock(std::uint32_t header, std::uint32_t contentStart, std::uint32_t contentEnd) const {
    if (frames_.empty() || doc_.flow(frames_.back().id)) return;
    std::size_t headerEnd = header;
    while (headerEnd < text_.size() && !isBreak(text_[headerEnd]) && text_[headerEnd] != '#') {
      if (text_[headerEnd] >= '1' && text_[headerEnd] <= '9') return;  // an explicit indentation
      ++headerEnd;
    }
    std::size_t line = contentStart;
    std::size_t indent = 0;
    while (line < text_.size()) {
      std::size_t i = line;
      while (i < text_.size() && text_[i] == ' ') ++i;
      if (i < text_.size() && !isBreak(text_[i]) && text_[i] != '\t') {
        indent = i - line;
        break;
      }
      while (i < text_.size() && !isBreak(text_[i])) ++i;
      if (i < text_.size() && text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      line = i + 1;
    }
    // Only a line that libfyaml took into the block, indented no further
    // than the key, was misread.
    if (line >= contentEnd) return;
    const std::size_t parentIndent = columnOf(doc_.nodes_[frames_.back().id].begin);
    if (indent > parentIndent) return;
    throw StopParse{header, std::string("'") + text_[header] +
                                "' starts a block of text, but the line after it is not indented under its key, "
                                "so it is unclear whether that line is the text or the next key; indent the text "
                                "further than the key, or write the value on this line"};
  }

  std::size_t columnOf(std::size_t offset) const {
    std::size_t start = offset;
    while (start > 0 && !isBreak(text_[start - 1])) --start;
    return offset - start;
  }

  // The end of the last non-blank character before `end`.
  std::uint32_t contentEnd(std::uint32_t end) const {
    while (end > 0 && (isBlank(text_[end - 1]) || isBreak(text_[end - 1]))) --end;
    return end;
  }

  static bool isNullLiteral(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
  }

  std::string_view text_;
  ParseLimits limits_;
  Document& doc_;
  std::vector<Frame> frames_;
  std::vector<NodeId> pending_;
  std::vector<PendingAlias> pendingAliases_;
  struct Opening {
    std::uint32_t at;
    bool flow;
  };
  std::vector<Opening> openings_;
  std::unordered_map<std::string, NodeId> anchors_;
  std::unique_ptr<fy_token_iter, TokenIterDeleter> textReader_{fy_token_iter_create(nullptr)};
  std::uint32_t lastEnd_ = 0;
  int documents_ = 0;
  std::optional<std::size_t> secondDocument_;
};

namespace {

// libfyaml 0.7.12 reads the numbers of a %YAML directive into an int with
// no bound, which overflows (undefined behaviour) on `%YAML 1.99999999999`.
// Where a directive line has a number of more than nine digits, the offset
// of that number, so crmlint refuses the line before the parser reads it.
std::optional<std::size_t> findOverlongYamlVersion(std::string_view text) {
  constexpr std::string_view kDirective = "%YAML";
  for (std::size_t at = text.find(kDirective); at != std::string_view::npos; at = text.find(kDirective, at + 1)) {
    if (at > 0 && !isBreak(text[at - 1])) continue;  // a directive starts a line
    std::size_t i = at + kDirective.size();
    while (i < text.size() && isBlank(text[i])) ++i;
    for (int number = 0; number < 2; ++number) {
      const std::size_t digits = i;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
      if (i - digits > 9) return digits;
      if (i >= text.size() || text[i] != '.') break;
      ++i;
    }
  }
  return std::nullopt;
}

// Where a scalar that goes on over the lines below the one starting at
// `lineStart` ends: at the break before the first line that is not blank and
// not indented deeper than that line. A block scalar's lines are all text; a
// plain scalar also ends at a comment.
enum class ScalarKind { Block, Plain };
std::size_t continuedScalarEnd(std::string_view text, std::size_t lineStart, std::size_t from, ScalarKind kind) {
  std::size_t lineIndent = 0;
  while (lineStart + lineIndent < text.size() && text[lineStart + lineIndent] == ' ') ++lineIndent;
  std::size_t i = text.find_first_of("\r\n", from);
  while (i < text.size()) {
    std::size_t next = i;
    while (next < text.size() && isBreak(text[next])) ++next;
    std::size_t indent = 0;
    while (next + indent < text.size() && text[next + indent] == ' ') ++indent;
    std::size_t rest = next + indent;
    while (rest < text.size() && text[rest] == '\t') ++rest;
    const bool blank = rest == text.size() || isBreak(text[rest]);
    if (!blank && (indent <= lineIndent || (kind == ScalarKind::Plain && text[rest] == '#'))) return i;
    i = text.find_first_of("\r\n", rest);
  }
  return text.size();
}

// libfyaml scans a run of nested '[' or '{' ahead before it reports any of
// them, holding a token for each: 100,000 brackets cost it about 40 MB before
// the depth limit could see an event. A linear pass over the text finds where
// flow nesting seems to pass the limit. It skips quoted scalars, comments,
// directives, block scalars and plain text in block context (`x[x[x[` is a
// scalar, not nesting); what it misses of YAML's grammar, libfyaml then
// corrects (see parseYaml), so a miss costs time, never a valid file.
std::optional<std::size_t> findTooDeepFlow(std::string_view text, std::uint32_t maxDepth) {
  std::uint32_t depth = 0;
  bool tokenStart = true;   // after whitespace, a line start or an indicator
  bool blockPlain = false;  // inside plain text in block context
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (isBreak(c)) {
      // Plain text runs on over the more indented lines below it.
      if (blockPlain) i = continuedScalarEnd(text, lineStart, i, ScalarKind::Plain);
      if (i == text.size()) break;
      tokenStart = true;
      blockPlain = false;
      lineStart = i + 1;
      continue;
    }
    // A '%' in the first column outside flow starts a directive, which runs
    // to the end of its line whatever it holds (libfyaml skips an unknown
    // one); reading it as text would let a quote in it hide the lines below.
    if (c == '%' && depth == 0 && (i == 0 || isBreak(text[i - 1]))) {
      while (i + 1 < text.size() && !isBreak(text[i + 1])) ++i;
      continue;
    }
    if (blockPlain) {
      // Plain text ends at ": " or " #".
      if (c == ':' && (i + 1 == text.size() || isBlank(text[i + 1]) || isBreak(text[i + 1]))) {
        blockPlain = false;
        tokenStart = true;
      } else if (c == '#' && isBlank(text[i - 1])) {
        while (i + 1 < text.size() && !isBreak(text[i + 1])) ++i;
        blockPlain = false;
      }
      continue;
    }
    if (isBlank(c)) {
      tokenStart = true;
      continue;
    }
    if (tokenStart && (c == '"' || c == '\'')) {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (c == '"' && text[i] == '\\') ++i;
      }
      tokenStart = false;
      continue;
    }
    if (tokenStart && c == '#') {
      while (i + 1 < text.size() && !isBreak(text[i + 1])) ++i;
      continue;
    }
    if ((c == '[' || c == '{') && (tokenStart || depth > 0)) {
      if (++depth > maxDepth) return i;
      tokenStart = true;
      continue;
    }
    if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      tokenStart = true;
      continue;
    }
    if (depth > 0) {
      tokenStart = isFlowIndicator(c) || c == ':';
      continue;
    }
    // A block scalar's lines are text: a quote in them opens nothing.
    if (tokenStart && (c == '|' || c == '>')) {
      i = continuedScalarEnd(text, lineStart, i, ScalarKind::Block) - 1;
      continue;
    }
    const bool indicator = (c == '-' || c == '?' || c == ':') &&
                           (i + 1 == text.size() || isBlank(text[i + 1]) || isBreak(text[i + 1]));
    if (indicator) {
      tokenStart = true;
    } else if (tokenStart && c != '&' && c != '!' && c != '*') {
      blockPlain = true;
    } else {
      tokenStart = false;
    }
  }
  return std::nullopt;
}

// Where a quoted scalar that starts at `open` is closed, if it is.
std::optional<std::size_t> closingQuote(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return std::nullopt;
}

std::string where(const LineIndex& lines, std::size_t offset) {
  const Position p = lines.position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

// libfyaml's message in words a strategy's author can act on.
SyntaxError explainError(std::string_view message, std::size_t at, std::string_view text, const LineIndex& lines,
                         std::optional<std::size_t> openFlow) {
  auto has = [&](std::string_view part) { return message.find(part) != std::string_view::npos; };
  SyntaxError error{lines.position(at), {}, {}};
  if (has("tab")) {
    error.message = "a tab is not allowed for indentation; YAML indents with spaces";
    error.help = "replace the tab with spaces";
  } else if ((has("double-quoted") || has("single-quoted")) && !has("escape") && !has("key") &&
             (has("without closing quote") || has("wrongly indented") || has("document"))) {
    std::size_t open = at;
    const char quote = has("double-quoted") ? '"' : '\'';
    while (open > 0 && text[open] != quote) --open;
    if (text[open] == quote && !closingQuote(text, open)) {
      error.position = lines.position(open);
      error.message = "this quoted text is never closed; it starts at " + where(lines, open);
      error.help = std::string("add the closing ") + quote + " where the text ends";
    } else {
      error.message = "the lines of this quoted text that follow the first must be indented further than its key";
      error.help = "indent the continuation lines, or write the text on one line";
    }
  } else if (has("without a closing bracket") || has("without a closing brace")) {
    const bool list = has("bracket");
    const std::size_t open = openFlow.value_or(at);
    error.position = lines.position(open);
    error.message = std::string(list ? "the list" : "the mapping") + " that opens with '" + (list ? "[" : "{") +
                    "' at " + where(lines, open) + " is never closed";
    error.help = std::string("add the closing '") + (list ? "]" : "}") + "' where it ends";
  } else if (has("mismatched flow") || has("extra closing")) {
    error.message = "this closing bracket has no matching opening one: ']' closes a '[' and '}' closes a '{'";
    error.help = "remove the extra bracket, or change it to the one that closes what is open";
  } else if (has("missing comma")) {
    error.message = "a comma is missing between two entries of this flow " +
                    std::string(has("sequence") ? "list" : "mapping");
    error.help = "separate the entries with ', '";
  } else if (has("invalid escape") && at + 1 < text.size() && text[at] == '\\') {
    // The character after the backslash, whole if it is several bytes.
    std::size_t end = at + 2;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    error.message = "the escape \\" + std::string(text.substr(at + 1, end - at - 1)) +
                    " is not one that double-quoted text allows";
    error.help = "write \\\\ for a backslash, or put the text in single quotes";
  } else if (has("extra comma") || has("comma in the beginning")) {
    error.message = "this list has an empty entry: a comma with no entry before it";
    error.help = "remove the extra comma";
  } else if (has("block scalar no linebreak")) {
    error.message = "the text of a block that starts with '|' or '>' goes on the lines below it, not after it";
    error.help = "move the text to the next line, indented under the key, or remove the '|' or '>'";
  } else if (has("comment")) {
    error.message = "a comment must be separated from what comes before it by a space";
    error.help = "put a space before the '#'";
  } else if (has("trailing content") || has("invalid value after mapping") || has("invalid scalar at the end")) {
    error.message = "this text does not belong to any key or list item above it";
    error.help = "check the indentation of this line, or quote the value it continues";
  } else if (has("same line")) {
    error.message = "a key or list item must start on a line of its own";
    error.help = "move it to a new line, indented like the entries it sits beside";
  } else if (has("plain") && (has("key") || has("multiline"))) {
    error.message = "a key must fit on one line; is a ':' missing on the line above, or a value unquoted?";
    error.help = "check the line above for a missing ':', or quote a value that contains ': '";
  } else if (has("indent") || has("indendation")) {
    error.message = "this line's indentation does not match the structure above it";
    error.help = "indent it with spaces like the keys or list items it belongs with";
  } else {
    error.message = "this is not valid YAML: " + std::string(message);
    error.help = "fix the YAML at this place; a YAML-aware editor shows the structure";
  }
  return error;
}

}  // namespace

namespace {

// One run of libfyaml over `text`, built into a tree.
struct ParserRun {
  ParseResult result;
  bool tooDeep = false;  // stopped by the depth limit
};

ParserRun runParser(std::string_view text, const LineIndex& lines, const ParseLimits& limits) {
  ParserRun run;
  ParseResult& result = run.result;
  // The diagnostic object collects errors with the token they are at;
  // anything it prints instead is kept as a fallback message.
  std::string printed;
  fy_diag_cfg diagConfig;
  fy_diag_cfg_default(&diagConfig);
  diagConfig.fp = nullptr;
  diagConfig.colorize = false;
  diagConfig.user = &printed;
  diagConfig.output_fn = [](fy_diag*, void* user, const char* buf, std::size_t len) {
    static_cast<std::string*>(user)->append(buf, len);
  };
  const std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagConfig));
  if (!diag) throw std::bad_alloc();
  fy_diag_set_collect_errors(diag.get(), true);

  fy_parse_cfg config{};
  // Duplicate keys are crmlint's to report, with both places.
  config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_ALLOW_DUPLICATE_KEYS);
  config.diag = diag.get();
  std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
  if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) throw std::bad_alloc();

  TreeBuilder builder(text, lines, limits, result.document);
  try {
    while (fy_event* raw = fy_parser_parse(parser.get())) {
      const std::unique_ptr<fy_event, EventFree> event(raw, EventFree{parser.get()});
      builder.handle(*event);
    }
  } catch (const StopParse& stop) {
    result.error = SyntaxError{lines.position(stop.offset), stop.message, stop.help};
    run.tooDeep = stop.tooDeep;
    return run;
  }
  if (fy_parser_get_stream_error(parser.get())) {
    // Warnings are collected too (an unknown directive is one); the error
    // that stopped the parser is the first of error level.
    void* iterator = nullptr;
    const fy_diag_error* first = fy_diag_errors_iterate(diag.get(), &iterator);
    while (first && first->type < FYET_ERROR) first = fy_diag_errors_iterate(diag.get(), &iterator);
    if (first) {
      std::size_t at = builder.lastEnd();
      if (first->fyt) at = std::min(fy_token_start_mark(first->fyt)->input_pos, text.size());
      result.error = explainError(first->msg ? first->msg : "", at, text, lines, builder.openFlow());
      if (first->msg && std::string_view(first->msg).find("tab for indentation of block entry") !=
                            std::string_view::npos) {
        keepUndestroyed(parser.release());
      }
    } else {
      std::string_view message = printed;
      if (const auto tag = message.find("]: "); tag != std::string_view::npos) message.remove_prefix(tag + 3);
      while (!message.empty() && isBreak(message.back())) message.remove_suffix(1);
      result.error = explainError(message.empty() ? "the parser stopped here" : message, builder.lastEnd(), text,
                                  lines, builder.openFlow());
    }
    return run;
  }
  if (const auto second = builder.secondDocument()) result.secondDocument = lines.position(*second);
  return run;
}

}  // namespace

ParseResult parseYaml(std::string_view text, const LineIndex& lines, const ParseLimits& limits) {
  if (text.size() >= UINT32_MAX) {
    ParseResult result;
    result.error = SyntaxError{{1, 1}, "the file is too large to read (4 GB or more)", "split it into several files"};
    return result;
  }
  if (const auto version = findOverlongYamlVersion(text)) {
    ParseResult result;
    result.error = SyntaxError{lines.position(*version), "this %YAML directive's version number is far too long",
                               "write '%YAML 1.2', or remove the line: a strategy needs no directive"};
    return result;
  }
  // The scan only suspects: libfyaml decides, reading the text just up to the
  // bracket the scan found too deep, which costs it a few hundred tokens
  // where the whole file could cost one per bracket. Text that only looks
  // like nesting to the scan is then read as a whole, as any other file.
  if (const auto tooDeep = findTooDeepFlow(text, limits.maxDepth)) {
    ParserRun prefix = runParser(text.substr(0, *tooDeep + 1), lines, limits);
    if (prefix.tooDeep) return std::move(prefix.result);
  }
  return runParser(text, lines, limits).result;
}

}  // namespace crmlint
