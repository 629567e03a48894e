# rules, explain, --version, --help and --statistics.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

expect_status 0 "$CRMLINT" --version
expect_contains stdout "crmlint 0.1.0"
expect_status 0 "$CRMLINT" --help
expect_contains stdout "--fail-on"

expect_status 0 "$CRMLINT" rules
expect_contains stdout "schema/unknown-key"
expect_contains stdout "RULE"
expect_status 0 "$CRMLINT" rules --format json
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
rules = json.load(open(sys.argv[1]))
ids = [r["id"] for r in rules]
assert ids == sorted(ids), "rules are listed in id order"
for r in rules:
    assert set(r) == {"id", "category", "default_severity", "severity", "enabled", "summary"}, r
    assert r["summary"], r
PY

expect_status 0 "$CRMLINT" explain schema/type
for heading in "category: schema" "default severity: error" "Why" "Bad" "Good"; do
  expect_contains stdout "$heading"
done
# A rule names its sources by their titles, not "the article".
expect_status 0 "$CRMLINT" explain plan/data-readiness
expect_contains stdout "Sources"
expect_contains stdout '"Why Many CRM Projects Fail"'
# A category is explained by what it checks and its rules.
expect_status 0 "$CRMLINT" explain smart
expect_contains stdout "smart (a category of rules)"
expect_contains stdout "Every goal is SMART: specific, measurable, actionable, realistic and"
expect_contains stdout "smart/time-bound"
expect_status 2 "$CRMLINT" explain schema/typo
expect_contains stderr "explain: no rule is called 'schema/typo'; did you mean 'schema/type'?"

printf 'strategy:\n  name: Acme\n  titel: x\n  nmae: y\n' > s.yaml
expect_status 1 "$CRMLINT" --select schema --statistics s.yaml
expect_contains stdout "     2  schema/unknown-key"

echo "cli_commands: all checks passed"
