# --format json matches cli.md field for field.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
cat > tech.yaml <<'YAML'
strategy:
  name: Acme
goals:
  - id: go-live
    title: Cut churn from 14% to 9% by 2027
    due: 2027-02-30
YAML
expect_status 1 "$CRMLINT" --select schema --format json tech.yaml
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert list(report) == ["tool", "files", "diagnostics", "summary"], list(report)
assert report["tool"] == {"name": "crmlint", "version": "0.1.0"}, report["tool"]
assert report["files"] == ["tech.yaml"], report["files"]
assert len(report["diagnostics"]) == 1, report["diagnostics"]
d = report["diagnostics"][0]
assert list(d) == ["file", "line", "column", "end_line", "end_column", "severity", "rule", "message", "path", "help"], list(d)
assert d["file"] == "tech.yaml"
assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (6, 10, 6, 20), d
assert d["severity"] == "error" and d["rule"] == "schema/type", d
assert d["path"] == "goals[go-live].due", d
assert "2027-02 has 28 days" in d["message"], d
assert d["help"], d
# Only schema rules ran, and they belong to no scored category: no score.
assert report["summary"] == {"errors": 1, "warnings": 0, "infos": 0, "files": 1, "scores": None}, report["summary"]
PY

# summary.scores: the overall score, then one per category in a fixed order;
# null for a category none of whose rules ran.
expect_status 0 "$CRMLINT" --format json "$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml"
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
assert list(summary) == ["errors", "warnings", "infos", "files", "scores"], list(summary)
scores = summary["scores"]
assert list(scores) == ["overall", "smart", "customer", "strategy", "business-case", "ownership", "wiifm",
                        "alignment", "pace", "plan"], list(scores)
assert all(v == 100 for v in scores.values()), scores
PY
expect_status 1 "$CRMLINT" --select smart --format json tech.yaml
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
scores = json.load(open(sys.argv[1]))["summary"]["scores"]
# smart/actionable and smart/measurable warn (the invalid date is
# schema/type's finding alone, so smart/time-bound is silent): 2 warnings x 2
# points over 1 goal + the strategy, 100 - 25 * 4 / 2 = 50. Only smart ran,
# so the overall score is smart's.
assert scores["smart"] == 50, scores
assert scores["overall"] == 50, scores
assert [k for k, v in scores.items() if v is None] == ["customer", "strategy", "business-case", "ownership", "wiifm",
                                                       "alignment", "pace", "plan"], scores
PY
echo "cli_json: all checks passed"
