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
assert report["summary"] == {"errors": 1, "warnings": 0, "infos": 0, "files": 1}, report["summary"]
PY
echo "cli_json: all checks passed"
