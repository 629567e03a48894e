# Baselines through the command line: --write-baseline records today's
# findings and exits 0; --baseline reports only new ones, matching by file,
# rule and path (so moved entries still match) and counting equal ones; a
# missing or broken baseline is status 2.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
mkdir plans
cat > plans/a.yaml <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: g1
    title: Improve things  # crmlint-disable-line plan/overdue
    owner: nobody  # crmlint-disable-line plan/overdue
YAML
cp "$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml" plans/clean.yaml

expect_status 0 "$CRMLINT" --write-baseline base.json plans
[ -s "$SCRATCH/stdout" ] && fail "--write-baseline prints no report"
expect_contains "$SCRATCH/stderr" "crmlint: recorded "
expect_contains "$SCRATCH/stderr" " in base.json"
python3 - base.json <<'PY'
import json, sys
baseline = json.load(open(sys.argv[1]))
assert baseline["version"] == 1, baseline
entries = baseline["entries"]
assert entries and all(set(e) == {"file", "rule", "path", "count", "message"} for e in entries), entries
assert all(e["file"] == "plans/a.yaml" for e in entries), "the clean file has no entries; names are normal"
unused = [e for e in entries if e["rule"] == "suppression/unused"]
assert len(unused) == 1 and unused[0]["count"] == 2, unused
PY

# Nothing is new, however the paths are spelled.
expect_status 0 "$CRMLINT" --baseline base.json plans
expect_contains "$SCRATCH/stdout" "0 errors, 0 warnings, 0 infos in 2 files"
expect_status 0 "$CRMLINT" --baseline base.json ./plans/
expect_status 0 "$CRMLINT" --baseline base.json "$SCRATCH/plans/a.yaml"

# Lines added above a finding do not make it new: the path is by ids.
sed -i 's/^goals:/# a comment line\n\ngoals:/' plans/a.yaml
expect_status 0 "$CRMLINT" --baseline base.json plans

# A new goal's findings are new; the old goal's are not.
cat >> plans/a.yaml <<'YAML'
  - id: g2
    title: Enhance stuff
YAML
expect_status 1 "$CRMLINT" -f json --baseline base.json plans
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
paths = {d["path"] for d in report["diagnostics"]}
assert report["diagnostics"], "g2 brings new findings"
assert all("g1" not in p for p in paths), paths
assert any(p.startswith("goals[g2]") for p in paths), paths
PY

# Equal fingerprints are counted: the baseline holds two unused directives, a third is new.
sed -i 's/title: Enhance stuff/title: Enhance stuff  # crmlint-disable-line plan\/overdue/' plans/a.yaml
expect_status 1 "$CRMLINT" -f compact --fail-on info --baseline base.json --select suppression plans
[ "$(grep -c "suppression/unused" "$SCRATCH/stdout")" = 1 ] || { cat "$SCRATCH/stdout"; fail "one unused directive is new"; }
expect_contains "$SCRATCH/stdout" "plans/a.yaml:11:"

# A missing, broken or foreign baseline stops the run.
expect_status 2 "$CRMLINT" --baseline missing.json plans
expect_contains "$SCRATCH/stderr" "crmlint: missing.json: cannot read the baseline: no such file; create it with --write-baseline missing.json"
printf '{"version": 1, "entries": [\n' > broken.json
expect_status 2 "$CRMLINT" --baseline broken.json plans
expect_contains "$SCRATCH/stderr" "crmlint: broken.json:1:27: not a crmlint baseline: the JSON is broken (the list that opens with '[' at 1:27 is never closed)"
printf '{"version": 7, "entries": []}\n' > future.json
expect_status 2 "$CRMLINT" --baseline future.json plans
expect_contains "$SCRATCH/stderr" "crmlint: future.json:1:13: not a crmlint baseline: version 7 is not supported; this crmlint reads and writes version 1"
[ -s "$SCRATCH/stdout" ] && fail "no report is written when the baseline is unusable"

# A run that cannot read every input writes no baseline.
expect_status 2 "$CRMLINT" --write-baseline partial.json plans nope.yaml
expect_contains "$SCRATCH/stderr" "crmlint: nope.yaml: no such file or directory"
expect_contains "$SCRATCH/stderr" "--write-baseline: 'partial.json' not written, because not every input could be linted"
[ -e partial.json ] && fail "partial.json must not be written"
echo "baseline: ok"
