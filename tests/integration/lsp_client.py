"""A small LSP client that drives `crmlint server` over stdio and checks the
protocol: framing, every method the server handles, cancellation, bad
messages, a huge document, and each way a session can end."""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

CRMLINT = os.environ["CRMLINT"]
TIMEOUT = 60  # generous: the sanitizer build is slow on a shared machine


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


class Client:
    def __init__(self, env=None):
        self.proc = subprocess.Popen([CRMLINT, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env)
        self.inbox = queue.Queue()
        self.stderr = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()
        self.next_id = 1

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def request(self, method, params=None, send=True):
        rid = self.next_id
        self.next_id += 1
        if send:
            self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}})
        return rid

    def wait(self, predicate, what):
        """The next message that satisfies predicate; other messages are kept aside."""
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                message = self.inbox.get(timeout=deadline - time.time())
            except queue.Empty:
                break
            if message is None:
                fail("the server closed its output while waiting for " + what + "; stderr: " +
                     b"".join(self.stderr).decode(errors="replace"))
            if predicate(message):
                return message
        fail("timed out waiting for " + what)

    def response(self, rid):
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, "the response to request %r" % rid)

    def call(self, method, params=None):
        return self.response(self.request(method, params))

    def diagnostics(self, uri, predicate=lambda d: True):
        message = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                            and predicate(m["params"]["diagnostics"]), "diagnostics for " + uri)
        return message["params"]["diagnostics"]

    def exit_status(self):
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("the server did not exit")


def error_code(response):
    return response.get("error", {}).get("code")


def file_uri(path):
    return "file://" + path.replace("%", "%25").replace(" ", "%20")


STRATEGY = """\
strategy:
  name: Acme loyalty
  owner: dnaa
stakeholders:
  - id: dana
    name: Dana Ruiz
    department: sales
goals:
  - id: churn
    titel: Cut churn from 14% to 9% by 2027
    departments: ["\U0001F642", markting]
  # crmlint-disable-next-line smart/actionable
  - id: churn
    title: Cut SMB churn from 20% to 15% by 2027
"""


def by_code(diagnostics, code):
    return [d for d in diagnostics if d.get("code") == code]


def main():
    work = tempfile.mkdtemp()
    strategies = os.path.join(work, "my strategies")
    os.makedirs(strategies)
    # The config of the file's directory applies, as on the command line.
    with open(os.path.join(strategies, ".crmlint.yaml"), "w") as f:
        f.write("rules:\n  wiifm: off\n")
    path = os.path.join(strategies, "plan.yaml")
    with open(path, "w") as f:
        f.write("strategy:\n  name: on disk, not what the editor shows\n")
    uri = file_uri(path)
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))

    c = Client(env)
    # Framing and order: requests before initialize are refused.
    check(error_code(c.call("textDocument/hover", {})) == -32002, "a request before initialize is not refused")
    init = c.call("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    caps = init["result"]["capabilities"]
    check(caps["positionEncoding"] == "utf-16", "without an offer the encoding is not utf-16: %r" % caps)
    check(caps["textDocumentSync"]["change"] == 1 and caps["hoverProvider"], caps)
    check(caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"], caps)
    check(init["result"]["serverInfo"]["name"] == "crmlint", init)
    check(error_code(c.call("initialize", {"capabilities": {}})) == -32600, "a second initialize is accepted")
    c.notify("initialized")

    # Open: diagnostics from the buffer, not the disk, under the directory's config.
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": STRATEGY}})
    diags = c.diagnostics(uri)
    check(not [d for d in diags if d["code"].startswith("wiifm/")], "the directory's config (wiifm: off) was not used")
    key = by_code(diags, "schema/unknown-key")
    check(len(key) == 1, "expected one unknown key: %r" % diags)
    key = key[0]
    check(key["range"] == {"start": {"line": 9, "character": 4}, "end": {"line": 9, "character": 9}}, key)
    check(key["severity"] == 1 and key["source"] == "crmlint", key)
    check("did you mean 'title'?" in key["message"] and "help: rename 'titel' to 'title'" in key["message"], key)
    href = key["codeDescription"]["href"]
    check(href.startswith("file://") and os.path.isfile(href[len("file://"):]), "codeDescription does not name a page: " + href)
    check("# schema/unknown-key" in open(href[len("file://"):]).read(), "the rule page is not the rule's documentation")
    # UTF-16: the emoji before 'markting' counts two units.
    refs = [d for d in by_code(diags, "schema/unknown-ref") if "markting" in d["message"]]
    check(len(refs) == 1, "no unknown-ref for markting: %r" % diags)
    check(refs[0]["range"]["start"] == {"line": 10, "character": 24}, "UTF-16 column is wrong: %r" % refs[0]["range"])
    dup = by_code(diags, "schema/duplicate-id")
    check(len(dup) == 1, "no duplicate id: %r" % diags)
    related = dup[0]["relatedInformation"]
    check(related[0]["location"]["uri"] == uri and related[0]["location"]["range"]["start"] == {"line": 8, "character": 8},
          "relatedInformation does not point at the first id: %r" % related)
    check(any(d["severity"] == 2 for d in diags), "no warning among %r" % diags)

    # Hover: a finding, a key, a rule in a suppression comment.
    hover = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 9, "character": 6}})["result"]
    value = hover["contents"]["value"]
    check("schema/unknown-key" in value and "How to fix" in value, value)
    hover = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 5}})["result"]
    check(hover and "**`name`**" in hover["contents"]["value"], "no key hover: %r" % hover)
    hover = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 11, "character": 35}})["result"]
    check(hover and hover["contents"]["value"].startswith("# smart/actionable"), "no rule docs on the comment: %r" % hover)
    nothing = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 3, "character": 13}})
    check(nothing["result"] is None, "a hover past the end of a line found something: %r" % nothing)

    # Code actions: the certain rename first-class, suppressions, and the 'only' filter.
    actions = c.call("textDocument/codeAction", {"textDocument": {"uri": uri},
                                                 "range": {"start": {"line": 9, "character": 5}, "end": {"line": 9, "character": 5}},
                                                 "context": {"diagnostics": [key]}})["result"]
    titles = [a["title"] for a in actions]
    rename = [a for a in actions if a["title"] == "rename 'titel' to 'title'"]
    check(len(rename) == 1 and rename[0]["isPreferred"] and rename[0]["kind"] == "quickfix", titles)
    edit = rename[0]["edit"]["changes"][uri]
    check(edit == [{"range": key["range"], "newText": "title"}], edit)
    # A schema finding cannot be suppressed (its category says so), so no
    # suppression comment is offered for it; a judgement finding gets both.
    check(not any(t.startswith("Suppress schema/") for t in titles), "a suppression offered for a schema finding: %r" % titles)
    judged = [d for d in diags if not d["code"].startswith(("schema/", "syntax", "suppression/"))]
    check(judged, "no judgement finding among %r" % diags)
    at = judged[0]["range"]["start"]
    actions = c.call("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": {"start": at, "end": at},
                                                 "context": {"diagnostics": [judged[0]]}})["result"]
    titles = [a["title"] for a in actions]
    code = judged[0]["code"]
    line = [a for a in actions if a["title"] == "Suppress %s on this line" % code]
    check(line and line[0]["edit"]["changes"][uri][0]["newText"].strip() == "# crmlint-disable-next-line " + code,
          "no line suppression: %r" % titles)
    check("Suppress %s in this file" % code in titles, titles)
    only = c.call("textDocument/codeAction", {"textDocument": {"uri": uri},
                                              "range": {"start": {"line": 9, "character": 5}, "end": {"line": 9, "character": 5}},
                                              "context": {"diagnostics": [], "only": ["refactor"]}})["result"]
    check(only == [], "'only: refactor' still returned quick fixes")

    # Change: debounced, then linted from the new text.
    fixed = STRATEGY.replace("titel", "title")
    for version, text in ((2, STRATEGY + "\n"), (3, fixed)):
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
    message = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics", "diagnostics after the change")
    check(message["params"]["version"] == 3, "a change was linted before the typing stopped: %r" % message["params"].get("version"))
    check(not by_code(message["params"]["diagnostics"], "schema/unknown-key"), "the fixed key is still reported")

    # Errors: unknown method, invalid params, bad JSON, not an object, no jsonrpc, deep nesting, bad header.
    check(error_code(c.call("textDocument/definition", {})) == -32601, "an unknown method is not MethodNotFound")
    c.notify("$/unknownNotification")
    c.notify("workspace/didChangeConfiguration", {"settings": {}})
    check(error_code(c.call("textDocument/hover", {"textDocument": {"uri": uri}})) == -32602, "missing position is not InvalidParams")
    check(error_code(c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": -1, "character": 0}})) == -32602,
          "a negative position is not InvalidParams")
    for raw, code, what in ((b"{not json", -32700, "invalid JSON"), (b"[1, 2]", -32600, "a JSON array"),
                            (b"[" * 100000 + b"]" * 100000, -32600, "deep nesting")):
        c.raw(b"Content-Length: %d\r\n\r\n" % len(raw) + raw)
        response = c.wait(lambda m: "error" in m and m.get("id") is None, "the error for " + what)
        check(response["error"]["code"] == code, "%s: %r" % (what, response))
    c.send({"id": 77, "method": "shutdown"})
    check(error_code(c.response(77)) == -32600, "a message without jsonrpc 2.0 is accepted")
    c.raw(b"Content-Length: lots\r\n\r\n")
    c.raw(b"Content-Length: 2\r\nX-Broken\r\n\r\n{}")
    check("result" in c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 3}}),
          "the server did not recover from damaged headers")

    # Cancellation: a request cancelled before it is served is answered -32800;
    # one cancelled while served gets exactly one answer, either way.
    rid = c.request("textDocument/hover", send=False)
    c.notify("$/cancelRequest", {"id": rid})
    c.send({"jsonrpc": "2.0", "id": rid, "method": "textDocument/hover",
            "params": {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 3}}})
    check(error_code(c.response(rid)) == -32800, "a cancelled request was served")
    rid = c.request("textDocument/codeAction", {"textDocument": {"uri": uri},
                                                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 20, "character": 0}},
                                                "context": {"diagnostics": []}})
    c.notify("$/cancelRequest", {"id": rid})
    answer = c.response(rid)
    check("result" in answer or error_code(answer) == -32800, answer)
    marker = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 3}})
    check("result" in marker, "the server stopped answering after a cancellation")

    # A huge document: one diagnostic saying so, and the server keeps serving.
    huge = "strategy:\n  name: big\n" + ("# padding\n" * (7 << 20))
    huge_uri = file_uri(os.path.join(strategies, "huge.yaml"))
    c.notify("textDocument/didOpen", {"textDocument": {"uri": huge_uri, "languageId": "yaml", "version": 1, "text": huge}})
    big = c.diagnostics(huge_uri)
    check(len(big) == 1 and "more than crmlint lints" in big[0]["message"], "huge document: %r" % big[:2])
    c.notify("textDocument/didClose", {"textDocument": {"uri": huge_uri}})
    check(c.diagnostics(huge_uri) == [], "closing a document does not clear its diagnostics")

    # Shutdown, then exit: status 0; requests after shutdown are refused.
    check(c.call("shutdown")["result"] is None, "shutdown does not answer null")
    check(error_code(c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})) == -32600,
          "a request after shutdown is served")
    c.notify("exit")
    check(c.exit_status() == 0, "exit after shutdown is not status 0")

    # UTF-32 when the client offers it: code points, as crmlint counts.
    c = Client(env)
    init = c.call("initialize", {"capabilities": {"general": {"positionEncodings": ["utf-32", "utf-16"]}}})
    check(init["result"]["capabilities"]["positionEncoding"] == "utf-32", init)
    c.notify("initialized")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": STRATEGY}})
    refs = [d for d in by_code(c.diagnostics(uri), "schema/unknown-ref") if "markting" in d["message"]]
    check(refs and refs[0]["range"]["start"] == {"line": 10, "character": 23}, "UTF-32 column is wrong: %r" % refs)
    # The input closes without shutdown: the server exits, with status 1.
    c.proc.stdin.close()
    check(c.exit_status() == 1, "closing stdin without shutdown is not status 1")

    # The client vanishes: the server's next write fails, and it exits instead of hanging.
    proc = subprocess.Popen([CRMLINT, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    proc.stdout.close()
    for message in ({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
                    {"jsonrpc": "2.0", "method": "initialized", "params": {}}):
        body = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()
    try:
        status = proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        fail("the server did not exit when its client went away")
    check(status == 1, "a server whose client vanished exited %r" % status)
    print("lsp protocol: ok")


main()
