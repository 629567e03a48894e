# The YAML reader: a broken file is one syntax finding where a person can
# fix it; crmlint reads YAML with libfyaml and nothing else.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

# An unclosed quote is never read as running to the end of the file: with LF,
# CRLF and no final newline, exactly one finding, where the quote opens.
printf 'strategy:\n  name: Litware plan\n  vision: "One view of the customer\n  owner: amy\n' > lf.yaml
printf 'strategy:\r\n  name: Litware plan\r\n  vision: "One view of the customer\r\n  owner: amy\r\n' > crlf.yaml
printf 'strategy:\n  name: Litware plan\n  owner: amy\n  vision: "One view of the customer' > no-newline.yaml
for file in lf.yaml crlf.yaml no-newline.yaml; do
  expect_status 1 "$CRMLINT" --no-config --format json "$file"
  python3 - "$SCRATCH/stdout" "$file" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = report["diagnostics"]
assert len(found) == 1, f"{sys.argv[2]}: {len(found)} findings, want 1: {found}"
d = found[0]
line = 4 if sys.argv[2] == "no-newline.yaml" else 3
assert (d["rule"], d["line"], d["column"]) == ("syntax", line, 11), d
assert d["message"] == f"this quoted text is never closed; it starts at {line}:11", d["message"]
PY
done

# A tab used for indentation says so in plain words.
printf 'strategy:\n\tname: Acme\n' > tab.yaml
expect_status 1 "$CRMLINT" --no-config --format compact tab.yaml
expect_contains "$SCRATCH/stdout" "tab.yaml:2:1: error: a tab is not allowed for indentation; YAML indents with spaces [syntax]"

# CR-only line ends, which YAML 1.2 allows, are read, with right positions.
printf 'strategy:\r  name: Acme\r  vison: x\r' > cr.yaml
expect_status 1 "$CRMLINT" --no-config --format compact cr.yaml
expect_contains "$SCRATCH/stdout" "cr.yaml:3:3: error: the strategy has an unknown key 'vison'; did you mean 'vision'?"

# A second document: linted first document, its own finding, not syntax.
printf 'strategy:\n  name: Acme\n---\nstrategy:\n  name: Other\n' > two.yaml
expect_status 1 "$CRMLINT" --no-config --format compact two.yaml
expect_contains "$SCRATCH/stdout" "two.yaml:3:1: error: a second YAML document starts here"
if grep -q '\[syntax\]' "$SCRATCH/stdout"; then fail "a valid second document was reported as syntax"; fi

# libfyaml is the one YAML library crmlint links.
if command -v ldd >/dev/null; then
  ldd "$CRMLINT" > libs.txt
  grep -q 'libfyaml' libs.txt || fail "crmlint does not link libfyaml"
  if grep -q 'yaml-cpp' libs.txt; then fail "crmlint still links yaml-cpp"; fi
fi

echo "yaml_reader: all checks passed"
