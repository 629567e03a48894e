#include "server/server.h"

#include <fmt/format.h>
#include <signal.h>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>

#include "config_file.h"
#include "fix.h"
#include "linter.h"
#include "model.h"
#include "schema.h"
#include "server/positions.h"
#include "server/rule_docs.h"
#include "server/transport.h"
#include "category.h"
#include "suppression.h"
#include "version.h"

namespace crmlint::server {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestCancelled = -32800;

// Client messages nest a few levels; a deeper one is hostile.
constexpr int kMaxNesting = 64;

void log(std::string_view message) { std::cerr << "crmlint server: " << message << std::endl; }

bool nestedTooDeep(std::string_view body) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// A message from the reader thread: a parsed message, or a body that could
// not be one (answered with `code`, id null).
struct Incoming {
  json message;
  int errorCode = 0;
  std::string error;
};

// Messages pass from the reader thread to the main one through here.
// `$/cancelRequest` is taken on arrival, so a request still waiting in the
// queue is answered as cancelled.
class Inbox {
 public:
  void push(Incoming incoming) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(incoming));
    }
    ready_.notify_one();
  }
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_one();
  }
  void cancel(std::string id) {
    std::lock_guard lock(mutex_);
    if (cancelled_.size() < 10000) cancelled_.insert(std::move(id));
  }
  bool takeCancelled(const std::string& id) {
    std::lock_guard lock(mutex_);
    return cancelled_.erase(id) > 0;
  }
  // The next message; nothing when `deadline` passes first or the input has
  // closed with nothing left (then `closed` is set).
  std::optional<Incoming> pop(std::optional<Clock::time_point> deadline, bool& closed) {
    std::unique_lock lock(mutex_);
    auto ready = [&] { return !queue_.empty() || closed_; };
    if (deadline) {
      ready_.wait_until(lock, *deadline, ready);
    } else {
      ready_.wait(lock, ready);
    }
    if (!queue_.empty()) {
      Incoming next = std::move(queue_.front());
      queue_.pop_front();
      return next;
    }
    closed = closed_;
    return std::nullopt;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Incoming> queue_;
  std::set<std::string> cancelled_;
  bool closed_ = false;
};

void readMessages(const std::shared_ptr<Inbox>& inbox, int fd, std::size_t maxBytes) {
  FrameReader reader(fd, maxBytes);
  for (;;) {
    Frame frame = reader.next();
    switch (frame.kind) {
      case Frame::Kind::End: inbox->close(); return;
      case Frame::Kind::BadHeader:
      case Frame::Kind::TooLarge: log("dropped a message: " + frame.error); continue;
      case Frame::Kind::Message: break;
    }
    if (nestedTooDeep(frame.body)) {
      inbox->push({.message = {}, .errorCode = kInvalidRequest, .error = "the message nests too deeply"});
      continue;
    }
    json message = json::parse(frame.body, nullptr, false);
    if (message.is_discarded()) {
      inbox->push({.message = {}, .errorCode = kParseError, .error = "the message is not valid JSON"});
      continue;
    }
    if (message.is_object() && message.value("method", json()) == "$/cancelRequest") {
      const json params = message.value("params", json::object());
      if (params.is_object() && params.contains("id")) inbox->cancel(params["id"].dump());
      continue;
    }
    inbox->push({.message = std::move(message), .errorCode = 0, .error = {}});
  }
}

// A request that cannot be served: answered with this code and message.
struct RequestError {
  int code;
  std::string message;
};

struct OpenDocument {
  std::string uri;
  std::string path;  // the file it is, for config discovery and messages
  std::string text;
  std::optional<std::int64_t> version;
  bool dirty = true;
  Clock::time_point due;
  FileReport report;                   // the last lint; report.source is the text it read
  std::unique_ptr<LineIndex> lines;    // over report.source
};

bool contains(const Span& span, Position p) {
  if (span.empty()) return false;
  if (span.begin == span.end) return p == span.begin;
  return span.begin <= p && p < span.end;
}

class Server {
 public:
  Server(int out, Registry& registry, const ServerOptions& options)
      : out_(out), registry_(registry), options_(options) {}

  int run(Inbox& inbox) {
    for (;;) {
      bool closed = false;
      std::optional<Incoming> incoming = inbox.pop(nextDeadline(), closed);
      if (incoming) {
        if (incoming->errorCode) {
          sendError(json(), incoming->errorCode, incoming->error);
        } else {
          handle(incoming->message, inbox);
        }
        if (exitRequested_) break;
      } else if (closed) {
        break;
      }
      lintDue();
      if (!outputOpen_) break;
    }
    return shutdown_ ? 0 : 1;
  }

 private:
  // ---- messages ----

  void handle(const json& message, Inbox& inbox) {
    if (!message.is_object()) return sendError(json(), kInvalidRequest, "a message must be a JSON object");
    const bool hasId = message.contains("id");
    const json id = hasId ? message["id"] : json();
    if (hasId && !id.is_number_integer() && !id.is_string()) {
      return sendError(json(), kInvalidRequest, "a request id must be a number or a string");
    }
    if (message.value("jsonrpc", json()) != "2.0") {
      if (hasId) sendError(id, kInvalidRequest, "the message is not JSON-RPC 2.0 (\"jsonrpc\": \"2.0\" is missing)");
      return;
    }
    const auto method = message.find("method");
    if (method == message.end()) return;  // a response to a request of ours: none are sent
    if (!method->is_string()) {
      if (hasId) sendError(id, kInvalidRequest, "the method must be a string");
      return;
    }
    const json params = message.value("params", json::object());
    if (hasId) {
      request(id, method->get<std::string>(), params, inbox);
    } else {
      notification(method->get<std::string>(), params);
    }
  }

  void request(const json& id, const std::string& method, const json& params, Inbox& inbox) {
    if (inbox.takeCancelled(id.dump())) return sendError(id, kRequestCancelled, "the request was cancelled");
    if (!initialized_ && method != "initialize") {
      return sendError(id, kServerNotInitialized, "the server has not been initialized");
    }
    if (shutdown_) return sendError(id, kInvalidRequest, "the server is shutting down");
    try {
      if (method == "initialize") {
        if (initialized_) return sendError(id, kInvalidRequest, "the server is already initialized");
        return respond(id, initialize(params));
      }
      if (method == "shutdown") {
        shutdown_ = true;
        return respond(id, json());
      }
      if (method == "textDocument/hover") return respond(id, hover(params));
      if (method == "textDocument/codeAction") return respond(id, codeActions(params));
      sendError(id, kMethodNotFound, fmt::format("crmlint server does not handle '{}'", method));
    } catch (const RequestError& e) {
      sendError(id, e.code, e.message);
    } catch (const json::exception& e) {
      sendError(id, kInvalidParams, fmt::format("invalid params for '{}': {}", method, e.what()));
    } catch (const std::exception& e) {
      sendError(id, kInternalError, fmt::format("'{}' failed: {}", method, e.what()));
    }
  }

  void notification(const std::string& method, const json& params) {
    if (method == "exit") {
      exitRequested_ = true;
      return;
    }
    if (!initialized_) return;  // the protocol drops notifications before initialize
    try {
      if (method == "textDocument/didOpen") return didOpen(params);
      if (method == "textDocument/didChange") return didChange(params);
      if (method == "textDocument/didClose") return didClose(params);
      if (method == "workspace/didChangeWatchedFiles" || method == "workspace/didChangeConfiguration") {
        // A .crmlint.yaml may have changed: every open document is linted again.
        for (auto& [uri, doc] : documents_) schedule(doc, Clock::now());
        return;
      }
      // initialized, didSave, $/setTrace and the rest need nothing.
    } catch (const std::exception& e) {
      log(fmt::format("ignored '{}': {}", method, e.what()));
    }
  }

  json initialize(const json& params) {
    initialized_ = true;
    const json capabilities = params.value("capabilities", json::object());
    const json offered = capabilities.is_object() && capabilities.contains("general") && capabilities["general"].is_object()
                             ? capabilities["general"].value("positionEncodings", json::array())
                             : json::array();
    encoding_ = Encoding::Utf16;
    if (offered.is_array()) {
      for (const json& e : offered) {
        if (e == "utf-32") encoding_ = Encoding::Utf32;
      }
    }
    rulePages_ = writeRulePages(registry_, rulePagesDirectory());
    return {
        {"capabilities",
         {{"positionEncoding", encoding_ == Encoding::Utf32 ? "utf-32" : "utf-16"},
          {"textDocumentSync", {{"openClose", true}, {"change", 1}}},
          {"hoverProvider", true},
          {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}}},
        {"serverInfo", {{"name", "crmlint"}, {"version", std::string(kVersion)}}},
    };
  }

  void didOpen(const json& params) {
    const json& item = params.at("textDocument");
    const std::string uri = item.at("uri").get<std::string>();
    OpenDocument& doc = documents_[uri];
    doc.uri = uri;
    doc.path = pathFromUri(uri);
    if (doc.path.empty()) doc.path = uri;
    doc.text = item.at("text").get<std::string>();
    doc.version = item.contains("version") ? std::optional(item["version"].get<std::int64_t>()) : std::nullopt;
    lint(doc);  // opening a file shows its findings at once
  }

  void didChange(const json& params) {
    const json& item = params.at("textDocument");
    const auto found = documents_.find(item.at("uri").get<std::string>());
    if (found == documents_.end()) return;
    OpenDocument& doc = found->second;
    for (const json& change : params.at("contentChanges")) {
      if (!change.contains("range")) {
        doc.text = change.at("text").get<std::string>();
        continue;
      }
      // A ranged change, should a client send one although the server asks
      // for whole documents.
      const LineIndex lines(doc.text);
      const std::size_t begin = byteOffsetOf(lines, doc.text.size(), lspPosition(change["range"].at("start")), encoding_);
      const std::size_t end = byteOffsetOf(lines, doc.text.size(), lspPosition(change["range"].at("end")), encoding_);
      doc.text.replace(begin, std::max(begin, end) - begin, change.at("text").get<std::string>());
    }
    if (item.contains("version") && item["version"].is_number_integer()) doc.version = item["version"].get<std::int64_t>();
    schedule(doc, Clock::now() + options_.debounce);
  }

  void didClose(const json& params) {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    if (documents_.erase(uri) == 0) return;
    // The editor keeps no findings for a file that is no longer open.
    sendNotification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  }

  // ---- linting ----

  void schedule(OpenDocument& doc, Clock::time_point when) {
    doc.dirty = true;
    doc.due = when;
  }

  std::optional<Clock::time_point> nextDeadline() const {
    std::optional<Clock::time_point> next;
    for (const auto& [uri, doc] : documents_) {
      if (doc.dirty && (!next || doc.due < *next)) next = doc.due;
    }
    return next;
  }

  void lintDue() {
    const auto now = Clock::now();
    for (auto& [uri, doc] : documents_) {
      if (doc.dirty && doc.due <= now) lint(doc);
    }
  }

  // The document as its last lint saw it, linted now if it changed since.
  OpenDocument* current(const json& params) {
    const auto found = documents_.find(params.at("textDocument").at("uri").get<std::string>());
    if (found == documents_.end()) return nullptr;
    if (found->second.dirty) lint(found->second);
    return &found->second;
  }

  static Diagnostic serverDiagnostic(const std::string& path, std::string rule, std::string message, std::string help) {
    Diagnostic d;
    d.file = path;
    d.span = {{1, 1}, {1, 2}};
    d.severity = Severity::Error;
    d.rule = std::move(rule);
    d.message = std::move(message);
    d.help = std::move(help);
    return d;
  }

  void lint(OpenDocument& doc) {
    doc.dirty = false;
    FileReport report;
    if (doc.text.size() > options_.maxDocumentBytes) {
      report.path = doc.path;
      report.diagnostics.push_back(serverDiagnostic(
          doc.path, "crmlint",
          fmt::format("this document is {} bytes, more than crmlint lints ({} bytes)", doc.text.size(),
                      options_.maxDocumentBytes),
          "split the strategy into smaller files"));
    } else {
      report = lintWithConfig(doc);
    }
    doc.report = std::move(report);
    doc.lines = std::make_unique<LineIndex>(doc.report.source);
    publish(doc);
  }

  static FileReport emptyReport(const OpenDocument& doc) {
    FileReport report;
    report.path = doc.path;
    report.source = doc.text;
    return report;
  }

  FileReport lintWithConfig(const OpenDocument& doc) {
    LintOptions options;
    // An editor opens every YAML file; only strategies get findings.
    options.skipNonStrategies = true;
    std::optional<Diagnostic> configProblem;
    try {
      ConfigResolver resolver = ConfigResolver::discovering(registry_, {});
      const bool isFile = doc.path != doc.uri;
      const Config& config = isFile ? resolver.forFile(doc.path) : resolver.forDirectory(".");
      if (isFile && isExcluded(config, doc.path)) return emptyReport(doc);
      return lintText(doc.path, doc.text, config, options, registry_);
    } catch (const ConfigError& e) {
      configProblem = serverDiagnostic(doc.path, "config", fmt::format("crmlint cannot use its config: {}", e.what()),
                                       "fix the config; until then the built-in settings apply");
    } catch (const std::exception& e) {
      log(fmt::format("linting {} failed: {}", doc.path, e.what()));
      FileReport failed = emptyReport(doc);
      failed.diagnostics.push_back(serverDiagnostic(doc.path, "crmlint", fmt::format("crmlint failed: {}", e.what()),
                                                    "please report this as a bug in crmlint"));
      return failed;
    }
    FileReport report = lintText(doc.path, doc.text, Config::recommended(registry_), options, registry_);
    report.skipped = false;
    report.diagnostics.insert(report.diagnostics.begin(), *configProblem);
    return report;
  }

  void publish(const OpenDocument& doc) {
    json diagnostics = json::array();
    for (const Diagnostic& d : doc.report.diagnostics) diagnostics.push_back(lspDiagnostic(doc, d));
    json params = {{"uri", doc.uri}, {"diagnostics", std::move(diagnostics)}};
    if (doc.version) params["version"] = *doc.version;
    sendNotification("textDocument/publishDiagnostics", params);
  }

  // ---- positions ----

  static LspPosition lspPosition(const json& p) {
    const auto line = p.at("line").get<std::int64_t>();
    const auto character = p.at("character").get<std::int64_t>();
    if (line < 0 || character < 0) throw RequestError{kInvalidParams, "a position cannot be negative"};
    return {static_cast<std::uint32_t>(std::min<std::int64_t>(line, UINT32_MAX)),
            static_cast<std::uint32_t>(std::min<std::int64_t>(character, UINT32_MAX))};
  }

  json position(const OpenDocument& doc, Position p) const {
    const LspPosition at = toLsp(*doc.lines, p, encoding_);
    return {{"line", at.line}, {"character", at.character}};
  }

  json range(const OpenDocument& doc, const Span& span) const {
    if (span.empty()) return {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}};
    return {{"start", position(doc, span.begin)}, {"end", position(doc, span.end)}};
  }

  Position fromClient(const OpenDocument& doc, const json& p) const {
    return fromLsp(*doc.lines, lspPosition(p), encoding_);
  }

  json lspDiagnostic(const OpenDocument& doc, const Diagnostic& d) const {
    const int severity = d.severity == Severity::Error ? 1 : d.severity == Severity::Warning ? 2 : 3;
    json out = {{"range", range(doc, d.span)},
                {"severity", severity},
                {"code", d.rule},
                {"source", "crmlint"},
                {"message", d.help.empty() ? d.message : d.message + "\nhelp: " + d.help}};
    if (const auto page = rulePages_.find(d.rule); page != rulePages_.end()) {
      out["codeDescription"] = {{"href", page->second}};
    }
    if (!d.related.empty()) {
      json related = json::array();
      for (const RelatedSpan& r : d.related) {
        related.push_back({{"location", {{"uri", doc.uri}, {"range", range(doc, r.span)}}}, {"message", r.message}});
      }
      out["relatedInformation"] = std::move(related);
    }
    return out;
  }

  // ---- hover ----

  json hover(const json& params) {
    const OpenDocument* doc = current(params);
    if (!doc) return json();
    const Position at = fromClient(*doc, params.at("position"));
    std::vector<std::string> parts;
    std::optional<Span> where;
    for (const Diagnostic& d : doc->report.diagnostics) {
      if (!contains(d.span, at)) continue;
      std::string text = fmt::format("**{}** `{}`: {}", nameOf(d.severity), d.rule, d.message);
      if (!d.help.empty()) text += fmt::format("\n\n**How to fix:** {}", d.help);
      if (const Rule* rule = registry_.find(d.rule)) text += fmt::format("\n\n*{}*", rule->meta().summary);
      parts.push_back(std::move(text));
      where = d.span;
    }
    if (parts.empty()) {
      if (auto doc_ = directiveHover(*doc, at)) {
        parts.push_back(std::move(doc_->first));
        where = doc_->second;
      } else if (auto key = keyHover(*doc, at)) {
        parts.push_back(std::move(key->first));
        where = key->second;
      }
    }
    if (parts.empty()) return json();
    std::string value;
    for (const std::string& p : parts) value += (value.empty() ? "" : "\n\n---\n\n") + p;
    return {{"contents", {{"kind", "markdown"}, {"value", value}}}, {"range", range(*doc, *where)}};
  }

  // A rule or category named in a crmlint-disable comment: its documentation.
  std::optional<std::pair<std::string, Span>> directiveHover(const OpenDocument& doc, Position at) const {
    for (const Directive& directive : scanDirectives(doc.report.source, *doc.lines)) {
      for (const DirectiveTarget& target : directive.targets) {
        if (!contains(target.span, at)) continue;
        if (const Rule* rule = registry_.find(target.name)) return std::pair(ruleMarkdown(rule->meta()), target.span);
        if (!registry_.isCategory(target.name)) return std::nullopt;
        std::string text = fmt::format("# {}\n\nThe rules of this category:\n\n", target.name);
        for (const auto& r : registry_.rules()) {
          if (r->meta().category() == target.name) text += fmt::format("- `{}`: {}\n", r->meta().id, r->meta().summary);
        }
        return std::pair(text, target.span);
      }
    }
    return std::nullopt;
  }

  // A key of the format: what it means and what it takes.
  std::optional<std::pair<std::string, Span>> keyHover(const OpenDocument& doc, Position at) const {
    const ParseResult parsed = parseYaml(doc.report.source, *doc.lines);
    if (parsed.error || !parsed.document.hasRoot() || !isStrategyDocument(parsed.document)) return std::nullopt;
    struct Finder : SchemaVisitor {
      const Document& doc;
      Position at;
      std::optional<std::pair<std::string, Span>> found;
      Finder(const Document& d, Position p) : doc(d), at(p) {}
      void value(NodeId key, NodeId, const FieldSpec& field, const EntitySpec& entity) override {
        if (found || !contains(doc.node(key).span, at)) return;
        std::string text = fmt::format("**`{}`** of a {}: {}", field.key, entity.kind, field.description);
        if (field.required) text += "\n\nRequired.";
        if (!field.allowed.empty()) text += fmt::format("\n\nAllowed: {}.", describeAllowed(field));
        found = std::pair(std::move(text), doc.node(key).span);
      }
    } finder(parsed.document, at);
    walkSchema(parsed.document, finder);
    return finder.found;
  }

  // ---- code actions ----

  json codeActions(const json& params) {
    json actions = json::array();
    const OpenDocument* doc = current(params);
    if (!doc) return actions;
    const json context = params.value("context", json::object());
    if (context.is_object() && context.contains("only") && context["only"].is_array()) {
      bool quickfix = false;
      for (const json& kind : context["only"]) {
        if (kind == "quickfix" || kind == "") quickfix = true;
      }
      if (!quickfix) return actions;
    }
    const Position from = fromClient(*doc, params.at("range").at("start"));
    const Position to = fromClient(*doc, params.at("range").at("end"));
    std::set<std::string> fileSuppressions;
    for (const Diagnostic& d : doc->report.diagnostics) {
      if (d.span.empty() || d.span.end < from || to < d.span.begin) continue;
      const json diagnostic = lspDiagnostic(*doc, d);
      for (const Fix& fix : d.fixes) {
        if (!resolveFix(doc->report.source, *doc->lines, fix)) continue;
        json edits = json::array();
        for (const TextEdit& e : fix.edits) edits.push_back({{"range", range(*doc, e.span)}, {"newText", e.newText}});
        actions.push_back(action(*doc, fix.title, diagnostic, std::move(edits), fix.certain));
      }
      // Only a rule's findings, not the server's own about a config.
      const Category* category = CategoryRegistry::instance().ofRule(d.rule);
      if (!category || !category->suppressible) continue;
      const std::uint32_t line = d.span.begin.line;
      const std::string_view text = doc->lines->lineText(line);
      const std::string indent(text.substr(0, text.find_first_not_of(" \t")));
      const std::string eol = lineBreak(*doc, line);
      actions.push_back(action(*doc, fmt::format("Suppress {} on this line", d.rule), diagnostic,
                               insertion(line - 1, fmt::format("{}# crmlint-disable-next-line {}{}", indent, d.rule, eol)),
                               false));
      if (fileSuppressions.insert(d.rule).second) {
        actions.push_back(action(*doc, fmt::format("Suppress {} in this file", d.rule), diagnostic,
                                 insertion(0, fmt::format("# crmlint-disable-file {}{}", d.rule, eol)), false));
      }
    }
    return actions;
  }

  static json insertion(std::uint32_t line, const std::string& text) {
    const json at = {{"line", line}, {"character", 0}};
    return json::array({{{"range", {{"start", at}, {"end", at}}}, {"newText", text}}});
  }

  json action(const OpenDocument& doc, const std::string& title, const json& diagnostic, json edits, bool preferred) const {
    json changes = json::object();
    changes[doc.uri] = std::move(edits);
    return {{"title", title},
            {"kind", "quickfix"},
            {"diagnostics", json::array({diagnostic})},
            {"isPreferred", preferred},
            {"edit", {{"changes", std::move(changes)}}}};
  }

  // The line break that ends `line`, or the document's first one for the
  // last line, so an inserted line matches the file.
  static std::string lineBreak(const OpenDocument& doc, std::uint32_t line) {
    const std::string_view source = doc.report.source;
    std::size_t at = doc.lines->lineStart(line) + doc.lines->lineText(line).size();
    if (at >= source.size()) at = source.find_first_of("\r\n");
    if (at == std::string_view::npos || at >= source.size()) return "\n";
    if (source[at] == '\r') return at + 1 < source.size() && source[at + 1] == '\n' ? "\r\n" : "\r";
    return "\n";
  }

  // ---- output ----

  void send(const json& message) {
    if (!outputOpen_) return;
    if (!writeFrame(out_, message.dump(-1, ' ', false, json::error_handler_t::replace))) {
      log("the client's end of the connection is gone");
      outputOpen_ = false;
    }
  }
  void respond(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  void sendError(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void sendNotification(const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }

  int out_;
  Registry& registry_;  // a config a document names may load packs into it
  ServerOptions options_;
  Encoding encoding_ = Encoding::Utf16;
  std::map<std::string, std::string> rulePages_;
  std::map<std::string, OpenDocument> documents_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exitRequested_ = false;
  bool outputOpen_ = true;
};

}  // namespace

int runServer(int in, int out, Registry& registry, const ServerOptions& options) {
  // A client that closes the connection must end the server, not kill it
  // with SIGPIPE mid-write.
  ::signal(SIGPIPE, SIG_IGN);
  auto inbox = std::make_shared<Inbox>();
  // The reader may still wait on input when the server exits; it owns its
  // share of the inbox, so nothing it uses goes away under it.
  std::thread(readMessages, inbox, in, options.maxMessageBytes).detach();
  Server server(out, registry, options);
  return server.run(*inbox);
}

}  // namespace crmlint::server
