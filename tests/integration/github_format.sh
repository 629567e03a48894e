# --format github, read the way the GitHub Actions runner reads workflow
# commands. Its parser is re-implemented below: a line starting "::", the
# command up to the first space, properties split on ',' and '=' up to the
# next "::", the rest as data; then its percent-decoding and its checks of
# lines and columns. Every annotation must decode to the diagnostic of the
# JSON report, with file names and messages holding '%', ':', ',', CR, LF and
# ESC, and no raw control character may reach the log.
source "$(dirname "$0")/lib.bash"

mkdir -p "$SCRATCH/work/q3,50%:plans"
cd "$SCRATCH/work"
cat > "q3,50%:plans/a,b:c%d.yaml" <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: g1
    title: Implement Salesforce
    "x%y:z,w\r\nv\e[31m%0A": 3
YAML
cp "$CRMLINT_SOURCE_DIR"/examples/*.yaml "q3,50%:plans/"

decode_and_compare() {
  python3 - "$1" "$2" <<'PY'
import json, sys

def unescape(text, mappings):
    # The runner replaces the escapes one mapping after the other, '%25' last.
    for escaped, char in mappings:
        text = text.replace(escaped, char)
    return text

PROPERTY = [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")]
DATA = [("%0D", "\r"), ("%0A", "\n"), ("%25", "%")]

def parse(line):
    line = line.lstrip()
    assert line.startswith("::"), line
    end = line.index("::", 2)
    info, data = line[2:end], line[end + 2:]
    command, _, props = info.partition(" ")
    properties = {}
    for pair in filter(None, props.strip().split(",")):
        key, sep, value = pair.partition("=")
        assert sep and value, pair
        properties[key.lower()] = unescape(value, PROPERTY)
    return command, properties, unescape(data, DATA)

def visible(text):
    # What crmlint shows of control characters other than CR and LF.
    out = []
    for c in text:
        if (ord(c) < 0x20 and c not in "\t\r\n") or ord(c) == 0x7F:
            out.append(f"\\x{ord(c):02x}")
        elif 0x80 <= ord(c) <= 0x9F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)

raw = open(sys.argv[1], "rb").read()
for byte in raw:
    assert byte >= 0x20 or byte in (0x09, 0x0A), f"raw control character {byte:#04x} in the log"
lines = raw.decode("utf-8").split("\n")
assert lines[-1] == "", "the output does not end with a newline"
report = json.load(open(sys.argv[2], encoding="utf-8"))
diagnostics = report["diagnostics"]
assert len(lines) - 1 == len(diagnostics), (len(lines) - 1, len(diagnostics))
commands = {"error": "error", "warning": "warning", "info": "notice"}
for line, d in zip(lines, diagnostics):
    command, properties, data = parse(line)
    # The runner drops columns unless they sit on one line, and ranges that run backwards.
    p = properties
    if "endline" in p:
        assert "line" in p and int(p["endline"]) >= int(p["line"]), p
    if "col" in p or "endcolumn" in p:
        assert "line" in p and p.get("endline", p["line"]) == p["line"], p
    if "endcolumn" in p:
        assert "col" in p and int(p["endcolumn"]) >= int(p["col"]), p
    assert command == commands[d["severity"]], (command, d)
    path = d["file"][2:] if d["file"].startswith("./") else d["file"]
    expected = {"file": visible(path), "line": str(d["line"]), "title": visible(d["rule"])}
    if d["end_line"] == d["line"]:
        expected.update({"col": str(d["column"]), "endcolumn": str(d["end_column"])})
    expected["endline"] = str(d["end_line"])
    assert properties == expected, (properties, expected)
    message = d["message"] + ("\nhelp: " + d["help"] if d["help"] else "")
    assert data == visible(message), (data, visible(message))
print(f"{len(diagnostics)} annotations decoded")
PY
}

expect_status 1 "$CRMLINT" -f github -o annotations.txt "q3,50%:plans"
"$CRMLINT" -f json -o report.json "q3,50%:plans" || true
decode_and_compare annotations.txt report.json
expect_contains annotations.txt \
  '::error file=q3%2C50%25%3Aplans/a%2Cb%3Ac%25d.yaml,line=7,col=5,endLine=7,endColumn=28,title=schema/unknown-key::'
expect_contains annotations.txt "unknown key 'x%25y:z,w%0D%0Av\\x1b[31m%250A'%0Ahelp: keys allowed here"

# Walking "." puts "./" in front of each path; GitHub wants it relative to the checkout.
cd "q3,50%:plans"
expect_status 1 "$CRMLINT" -f github -o ../dotted.txt .
"$CRMLINT" -f json -o ../dotted.json . || true
grep -q '^::[a-z]* file=\./' ../dotted.txt && fail "an annotation names a file with ./ in front"
decode_and_compare ../dotted.txt ../dotted.json
echo "github_format: all checks passed"
