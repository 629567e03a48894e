# --format sarif passes Microsoft's SARIF validator (sarif-multitool) with no
# error and no warning: for every example, for all of them in one log, and
# for file names and messages that need encoding; and GitHub's ingestion
# rules (--rule-kind Gh) report nothing for the examples' log.
#
# How the validator reports: its exit status says only whether it ran (0 even
# for an invalid log; 1 when it could not run, e.g. its output file exists).
# Each problem is a console line "FILE(LINE,COL): error|warning|note ID: ..."
# and a result of that level in the log it writes with -o. So every check
# asserts on the status, the console and the log, and a deliberately broken
# log shows that the check catches errors. The npm wrapper hands its
# arguments to a shell, so an argument holding ';' carries its own quotes.
source "$(dirname "$0")/lib.bash"
require_tool sarif-multitool

runs=0
# validate FILE: validator console output in $SCRATCH/console, its log in $VALIDATOR_LOG.
validate() {
  runs=$((runs + 1))
  VALIDATOR_LOG="$SCRATCH/validator-$runs.sarif"
  local status=0
  sarif-multitool validate --level '"Error;Warning;Note"' -o "$VALIDATOR_LOG" "$1" >"$SCRATCH/console" 2>&1 || status=$?
  [ "$status" = 0 ] || { cat "$SCRATCH/console" >&2; fail "sarif-multitool exited $status on $1"; }
  [ -s "$VALIDATOR_LOG" ] || fail "sarif-multitool wrote no log for $1"
}

# results LEVEL: how many results of that level the validator's log holds.
results() {
  python3 - "$VALIDATOR_LOG" "$1" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
print(sum(1 for run in log["runs"] for r in run.get("results", [])
          if r.get("level", "warning") == sys.argv[2]))
PY
}

# expect_valid FILE: no error or warning, in the console or the log. A log the
# validator fails to load can pass silently with no result at all, so the
# notes it always has about a log it did read must be there.
expect_valid() {
  validate "$1"
  if grep -E '\): (error|warning) ' "$SCRATCH/console" >&2; then
    fail "sarif-multitool reports problems in $1"
  fi
  [ "$(results error)" = 0 ] || fail "the validator's log has errors for $1"
  [ "$(results warning)" = 0 ] || fail "the validator's log has warnings for $1"
  [ "$(results note)" -gt 0 ] || { cat "$SCRATCH/console" >&2; fail "sarif-multitool did not analyse $1"; }
}

# sarif OUT ARGS...: crmlint -f sarif into OUT, and -f json into OUT.json;
# the SARIF must hold exactly the diagnostics of the JSON, rule by rule.
sarif() {
  local out=$1 status=0; shift
  cat > "$SCRATCH/input"  # standard input, for a '-' among ARGS: both runs read it
  "$CRMLINT" -f sarif -o "$out" "$@" <"$SCRATCH/input" 2>"$SCRATCH/stderr" || status=$?
  [ "$status" -le 1 ] || { cat "$SCRATCH/stderr" >&2; fail "crmlint -f sarif $* exited $status"; }
  "$CRMLINT" -f json -o "$out.json" "$@" <"$SCRATCH/input" 2>/dev/null || true
  python3 - "$out" "$out.json" <<'PY'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
report = json.load(open(sys.argv[2], encoding="utf-8"))
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert rules == sorted({d["rule"] for d in report["diagnostics"]}), rules
assert len(run["artifacts"]) == len(report["files"]), (run["artifacts"], report["files"])
got = [(r["ruleId"], rules[r["ruleIndex"]], r["locations"][0]["physicalLocation"]["region"]["startLine"],
        r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in run["results"]]
want = [(d["rule"], d["rule"], d["line"], d["column"]) for d in report["diagnostics"]]
assert got == want, (got, want)
PY
}

cd "$CRMLINT_SOURCE_DIR"
examples=(examples/*.yaml)
[ "${#examples[@]}" -gt 0 ] || fail "no examples/*.yaml"
for example in "${examples[@]}"; do
  sarif "$SCRATCH/one.sarif" "$example" </dev/null
  expect_valid "$SCRATCH/one.sarif"
done
sarif "$SCRATCH/all.sarif" "${examples[@]}" </dev/null
expect_valid "$SCRATCH/all.sarif"
# What GitHub code scanning requires of an upload: not a single result.
VALIDATOR_LOG="$SCRATCH/validator-gh.sarif"
sarif-multitool validate --rule-kind Gh --level '"Error;Warning;Note"' -o "$VALIDATOR_LOG" "$SCRATCH/all.sarif" \
  >"$SCRATCH/console" 2>&1 || { cat "$SCRATCH/console" >&2; fail "sarif-multitool --rule-kind Gh did not run"; }
for level in error warning note; do
  [ "$(results $level)" = 0 ] || { cat "$SCRATCH/console" >&2; fail "GitHub's ingestion rules report a $level"; }
done

# Names that need percent-encoding, a message holding ESC, CR and LF, a file
# that is not UTF-8, standard input, and the same files by absolute path.
mkdir -p "$SCRATCH/work/plans q3"
cd "$SCRATCH/work"
cat > "plans q3/#1 50% été:x,y.yaml" <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: g1
    title: Implement Salesforce
    "x%y:z,w\r\nv\e[31m": 3
YAML
printf 'crmlint: 1\nstrategy:\n  name: Acme \xff\n' > "plans q3/latin1.yaml"
sarif "$SCRATCH/odd.sarif" "plans q3" </dev/null
expect_contains "$SCRATCH/odd.sarif" '"uri": "plans%20q3/%231%2050%25%20%C3%A9t%C3%A9%3Ax%2Cy.yaml"'
expect_contains "$SCRATCH/odd.sarif" '"ruleId": "syntax"'
expect_valid "$SCRATCH/odd.sarif"
sarif "$SCRATCH/absolute.sarif" "$SCRATCH/work/plans q3/latin1.yaml" \
  "$SCRATCH/work/plans q3/#1 50% été:x,y.yaml" </dev/null
expect_contains "$SCRATCH/absolute.sarif" '"uri": "file:///'
expect_valid "$SCRATCH/absolute.sarif"
sarif "$SCRATCH/stdin.sarif" --stdin-filename "plans q3/piped.yaml" - < "plans q3/#1 50% été:x,y.yaml"
expect_contains "$SCRATCH/stdin.sarif" '"uri": "plans%20q3/piped.yaml"'
expect_valid "$SCRATCH/stdin.sarif"

# The check catches an invalid log: a result with no message and line 0.
python3 - "$SCRATCH/odd.sarif" "$SCRATCH/broken.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
result = log["runs"][0]["results"][0]
del result["message"]
result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
json.dump(log, open(sys.argv[2], "w", encoding="utf-8"))
PY
validate "$SCRATCH/broken.sarif"
grep -qE '\): error ' "$SCRATCH/console" || { cat "$SCRATCH/console" >&2; fail "the broken log got no error line"; }
[ "$(results error)" -ge 2 ] || fail "the validator's log does not record the broken log's errors"

echo "sarif_validator: ${#examples[@]} examples and $runs logs checked"
