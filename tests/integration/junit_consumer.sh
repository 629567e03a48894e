# --format junit, read back by junitparser (Debian's python3-junitparser, the
# way CI test-report plugins read JUnit XML): a suite per file, a failing case
# per rule listing every finding, a passing case for a clean file, and XML
# that stays well-formed whatever characters a strategy holds.
source "$(dirname "$0")/lib.bash"
# Debian's package is installed for Debian's Python, which may not be first on PATH.
PYTHON=/usr/bin/python3
"$PYTHON" -c 'import junitparser' 2>/dev/null ||
  fail "python3-junitparser is not installed; run scripts/install-test-tools"

mkdir -p "$SCRATCH/work/plans"
cd "$SCRATCH/work"
cp "$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml" plans/clean.yaml
cat > "plans/q3 <&>.yaml" <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: g1
    title: Cut churn
    priority: first
    colour: red
  - id: g2
    title: Raise NPS
    "x'y\"z\r\n\e[31m": 3
YAML
expect_status 1 "$CRMLINT" -f junit -o report.xml --select schema plans/clean.yaml "plans/q3 <&>.yaml"
"$PYTHON" - report.xml <<'PY'
import sys
from junitparser import JUnitXml, Failure

report = JUnitXml.fromfile(sys.argv[1])
assert (report.tests, report.failures, report.errors) == (3, 2, 0), (report.tests, report.failures, report.errors)
suites = {suite.name: suite for suite in report}
assert list(suites) == ["plans/clean.yaml", "plans/q3 <&>.yaml"], list(suites)

clean = suites["plans/clean.yaml"]
assert (clean.tests, clean.failures, clean.errors) == (1, 0, 0)
[case] = list(clean)
assert (case.classname, case.name, case.is_passed) == ("plans/clean.yaml", "no findings", True)

bad = suites["plans/q3 <&>.yaml"]
assert (bad.tests, bad.failures, bad.errors, bad.skipped) == (2, 2, 0, 0), (bad.tests, bad.failures)
cases = {case.name: case for case in bad}
assert list(cases) == ["schema/type", "schema/unknown-key"], list(cases)
for case in cases.values():
    assert case.classname == "plans/q3 <&>.yaml", case.classname
    assert len(case.result) == 1 and isinstance(case.result[0], Failure), case.result

failure = cases["schema/type"].result[0]
assert failure.type == "error", failure.type
assert failure.text.startswith("plans/q3 <&>.yaml:7:15: error: "), failure.text
assert "'priority'" in failure.message, failure.message

failure = cases["schema/unknown-key"].result[0]
assert failure.type == "error"
assert failure.message.endswith("(and 1 more)"), failure.message
lines = [line for line in failure.text.splitlines() if not line.startswith("  help: ")]
assert len(lines) == 2, failure.text
assert lines[0] == "plans/q3 <&>.yaml:8:5: error: goal 'g1' has an unknown key 'colour'", lines[0]
# Quotes survive as they are; ESC, CR and LF arrive as visible escapes.
assert lines[1] == "plans/q3 <&>.yaml:11:5: error: goal 'g2' has an unknown key 'x'y\"z\\x0d\\x0a\\x1b[31m'", lines[1]
assert failure.text.count("  help: ") == 2, failure.text
PY

# Every example: the cases are the rules that fired, and each failure lists
# exactly that rule's diagnostics, as the JSON report gives them. Walking "."
# names the files "./x.yaml"; the JUnit report names them "x.yaml".
cd "$CRMLINT_SOURCE_DIR/examples"
"$CRMLINT" -f junit -o "$SCRATCH/examples.xml" . || true
"$CRMLINT" -f json -o "$SCRATCH/examples.json" . || true
"$PYTHON" - "$SCRATCH/examples.xml" "$SCRATCH/examples.json" <<'PY'
import json, sys
from collections import defaultdict
from junitparser import JUnitXml

report = JUnitXml.fromfile(sys.argv[1])
expected = json.load(open(sys.argv[2], encoding="utf-8"))
relative = lambda path: path[2:] if path.startswith("./") else path
by_file = {relative(path): defaultdict(list) for path in expected["files"]}
for d in expected["diagnostics"]:
    file = relative(d["file"])
    by_file[file][d["rule"]].append(f"{file}:{d['line']}:{d['column']}: {d['severity']}: {d['message']}")

assert [suite.name for suite in report] == list(by_file), [suite.name for suite in report]
for suite in report:
    rules = by_file[suite.name]
    cases = list(suite)
    if not rules:
        assert [(c.name, c.is_passed) for c in cases] == [("no findings", True)], suite.name
        continue
    assert [c.name for c in cases] == sorted(rules), (suite.name, [c.name for c in cases])
    assert suite.failures == len(rules) == suite.tests, suite.name
    for case in cases:
        [failure] = case.result
        listed = [line for line in failure.text.splitlines() if not line.startswith("  help: ")]
        assert listed == rules[case.name], (case.name, listed, rules[case.name])
print(f"{len(expected['files'])} files, {len(expected['diagnostics'])} diagnostics")
PY
echo "junit_consumer: all checks passed"
