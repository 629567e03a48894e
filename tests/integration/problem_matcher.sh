# The shipped GitHub Actions problem matcher reads every line of
# `--format compact`: file, line, column, message and rule, errors and
# warnings with their severity, and info findings kept (as warnings).
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
"$CRMLINT" --no-config --format compact --fail-on never "$CRMLINT_SOURCE_DIR"/examples/*.yaml > compact.txt
"$CRMLINT" --no-config --format json --fail-on never "$CRMLINT_SOURCE_DIR"/examples/*.yaml > report.json
python3 - "$CRMLINT_SOURCE_DIR/examples/ci/crmlint-problem-matcher.json" compact.txt report.json <<'PY'
import json, re, sys
matchers = json.load(open(sys.argv[1]))["problemMatcher"]
lines = open(sys.argv[2]).read().splitlines()
expected = json.load(open(sys.argv[3]))["diagnostics"]
assert len(lines) == len(expected) and any(d["severity"] == "info" for d in expected), (len(lines), len(expected))
for line, want in zip(lines, expected):
    hits = []
    for m in matchers:
        p = m["pattern"][0]
        match = re.match(p["regexp"], line)
        if match:
            severity = match.group(p["severity"]) if "severity" in p else m.get("severity", "error")
            hits.append((match.group(p["file"]), int(match.group(p["line"])), int(match.group(p["column"])),
                         severity, match.group(p["code"])))
    assert len(hits) == 1, (line, hits)
    file, number, column, severity, code = hits[0]
    assert (file, number, column, code) == (want["file"], want["line"], want["column"], want["rule"]), (line, want)
    assert severity == {"error": "error", "warning": "warning", "info": "warning"}[want["severity"]], (line, severity)
print("problem matcher: %d lines matched" % len(lines))
PY
