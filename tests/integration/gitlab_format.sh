# --format gitlab, read the way GitLab reads a Code Quality artifact: a JSON
# array whose entries each need a description, a fingerprint, a severity
# GitLab knows and a location with a path and a begin line, stored by
# fingerprint (a repeated fingerprint silently replaces the earlier entry).
# The merge request widget then compares the fingerprints of the target and
# source branches: new = source - target, resolved = target - source. Moving
# a goal must change neither; fixing or adding a finding must show as such.
source "$(dirname "$0")/lib.bash"

# check_report REPORT JSON: REPORT is a Code Quality artifact GitLab accepts
# whole, one entry per diagnostic of the JSON report.
check_report() {
  python3 - "$1" "$2" <<'PY'
import json, sys
issues = json.load(open(sys.argv[1], encoding="utf-8"))
report = json.load(open(sys.argv[2], encoding="utf-8"))
assert isinstance(issues, list), type(issues)
severities = {"error": "major", "warning": "minor", "info": "info"}
assert len(issues) == len(report["diagnostics"]), (len(issues), len(report["diagnostics"]))
for issue, d in zip(issues, report["diagnostics"]):
    for key in ("description", "check_name", "fingerprint", "severity"):
        assert isinstance(issue.get(key), str) and issue[key], (key, issue)
    assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}, issue
    lines = issue["location"]["lines"]
    assert isinstance(lines["begin"], int) and lines["begin"] >= 1, issue
    assert isinstance(lines["end"], int) and lines["end"] >= lines["begin"], issue
    path = d["file"][2:] if d["file"].startswith("./") else d["file"]
    assert issue["location"]["path"] == path, (issue["location"]["path"], path)
    assert (issue["description"], issue["check_name"], issue["severity"], lines["begin"]) == \
        (d["message"], d["rule"], severities[d["severity"]], d["line"]), (issue, d)
fingerprints = [issue["fingerprint"] for issue in issues]
assert len(set(fingerprints)) == len(fingerprints), "GitLab would drop entries that share a fingerprint"
print(f"{len(issues)} issues")
PY
}

cd "$CRMLINT_SOURCE_DIR"
"$CRMLINT" -f gitlab -o "$SCRATCH/examples.cq.json" examples/*.yaml || true
"$CRMLINT" -f json -o "$SCRATCH/examples.json" examples/*.yaml || true
check_report "$SCRATCH/examples.cq.json" "$SCRATCH/examples.json"

mkdir -p "$SCRATCH/target/plans" "$SCRATCH/source/plans"
cat > "$SCRATCH/target/plans/acme.yaml" <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: a
    title: Cut enterprise logo churn from 14% to 9%
    due: 2027-06-30
  - id: b
    title: Raise the mid-market cross-sell win rate from 18% to 24%
YAML
# The merge request: goal b moves up and gets its due date; goal c is new.
# (Goal a has its date in both: two undated goals would be one grouped finding.)
cat > "$SCRATCH/source/plans/acme.yaml" <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  - id: b
    title: Raise the mid-market cross-sell win rate from 18% to 24%
    due: 2027-12-31
  - id: c
    title: Improve things
  - id: a
    title: Cut enterprise logo churn from 14% to 9%
    due: 2027-06-30
YAML
for branch in target source; do
  cd "$SCRATCH/$branch"
  expect_status 1 "$CRMLINT" -f gitlab -o cq.json --select smart .
  "$CRMLINT" -f json -o report.json --select smart . || true
  check_report cq.json report.json
done
cd "$SCRATCH"
python3 - target/cq.json source/cq.json target/report.json source/report.json <<'PY'
import json, sys
target, source = ({i["fingerprint"]: i for i in json.load(open(p, encoding="utf-8"))} for p in sys.argv[1:3])
paths = [{(d["rule"], d["message"]): d["path"] for d in json.load(open(p, encoding="utf-8"))["diagnostics"]}
         for p in sys.argv[3:5]]
path = lambda report, issue: report[(issue["check_name"], issue["description"])]

new = [path(paths[1], source[f]) for f in source.keys() - target.keys()]
resolved = [(target[f]["check_name"], path(paths[0], target[f])) for f in target.keys() - source.keys()]
assert resolved == [("smart/time-bound", "goals[b].due")], resolved
assert new and all(p.startswith("goals[c]") for p in new), new

# Goal a's findings moved down the file, and kept their fingerprints.
kept = [f for f in target.keys() & source.keys() if path(paths[0], target[f]).startswith("goals[a]")]
assert kept, "goal a has no finding in both branches"
for f in kept:
    assert source[f]["location"]["lines"]["begin"] > target[f]["location"]["lines"]["begin"], (target[f], source[f])
print(f"merge request: {len(new)} new, {len(resolved)} resolved, {len(kept)} moved and kept")
PY
echo "gitlab_format: all checks passed"
