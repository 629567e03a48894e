# Rule packs end to end: the example PMO pack loads from its config, its rules
# fire on the example strategy in text, JSON and SARIF (with their metadata),
# run under --select, are listed, explained and suppressed like built-in
# rules, run only where a config names the pack, `crmlint pack test` passes
# and fails as the examples say, and broken or hostile packs are refused or
# run in bounded time.
source "$(dirname "$0")/lib.bash"
cp -r "$CRMLINT_SOURCE_DIR/examples/packs" "$SCRATCH/pmo"
cd "$SCRATCH/pmo"

# The strategy breaks three of the PMO's rules, at these places.
expect_status 1 "$CRMLINT" -f compact customer-service-2027.yaml
expect_contains "$SCRATCH/stdout" "customer-service-2027.yaml:82:9: error: goal 'tenant-record' is not owned by a director (its owner: niamh) [pmo/goal-owned-by-director]"
expect_contains "$SCRATCH/stdout" "customer-service-2027.yaml:82:9: error: goal 'tenant-record' touches personal data but no privacy review milestone names it [pmo/privacy-review]"
expect_contains "$SCRATCH/stdout" "customer-service-2027.yaml:104:10: warning: rollout 'rollout' has no communication milestone due by its start, 2028-05-01 [pmo/comms-before-rollout]"
[ "$(grep -c '\[pmo/' "$SCRATCH/stdout")" = 3 ] || fail "expected exactly three pmo findings"
cp "$SCRATCH/stdout" compact.txt

expect_status 1 "$CRMLINT" -f text customer-service-2027.yaml
expect_contains "$SCRATCH/stdout" "pmo/comms-before-rollout"
expect_contains "$SCRATCH/stdout" "add a milestone with 'type: communication' due on or before 2028-05-01"

expect_status 1 "$CRMLINT" -f json customer-service-2027.yaml
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = sorted((d["rule"], d["line"], d["column"]) for d in report["diagnostics"] if d["rule"].startswith("pmo/"))
assert found == [("pmo/comms-before-rollout", 104, 10), ("pmo/goal-owned-by-director", 82, 9),
                 ("pmo/privacy-review", 82, 9)], found
PY

expect_status 1 "$CRMLINT" -f sarif customer-service-2027.yaml
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
meta = rules["pmo/comms-before-rollout"]
assert meta["shortDescription"]["text"].startswith("Every rollout has a communication milestone"), meta
assert meta["defaultConfiguration"]["level"] == "warning", meta
assert rules["pmo/goal-owned-by-director"]["defaultConfiguration"]["level"] == "error"
results = sorted(r["ruleId"] for r in run["results"] if r["ruleId"].startswith("pmo/"))
assert results == ["pmo/comms-before-rollout", "pmo/goal-owned-by-director", "pmo/privacy-review"], results
PY

expect_status 1 "$CRMLINT" -f html -o report.html customer-service-2027.yaml
expect_contains report.html "pmo/privacy-review"
expect_contains report.html "touches personal data but no privacy review milestone names it"

expect_status 1 "$CRMLINT" -f junit customer-service-2027.yaml
expect_contains "$SCRATCH/stdout" 'name="pmo/comms-before-rollout"'

# --select by the pack's category runs only its rules; --ignore drops them.
expect_status 1 "$CRMLINT" -f compact --select pmo customer-service-2027.yaml
grep -v '\[pmo/' "$SCRATCH/stdout" | grep -q '\[' && fail "--select pmo ran other rules"
expect_status 1 "$CRMLINT" -f compact --select pmo/privacy-review customer-service-2027.yaml
[ "$(grep -c '\[' "$SCRATCH/stdout")" = 1 ] || fail "--select pmo/privacy-review ran more than that rule"
expect_status 0 "$CRMLINT" -f compact --ignore pmo --fail-on never customer-service-2027.yaml
grep -q '\[pmo/' "$SCRATCH/stdout" && fail "--ignore pmo left pmo findings"

# Listed, explained, configured.
expect_status 0 "$CRMLINT" rules --select pmo
expect_contains "$SCRATCH/stdout" "pmo/milestone-in-programme"
expect_contains "$SCRATCH/stdout" "Every rollout has a communication milestone"
expect_status 0 "$CRMLINT" explain pmo/comms-before-rollout
expect_contains "$SCRATCH/stdout" "PMO standard 4.2"
expect_contains "$SCRATCH/stdout" "from the rule pack: northfield-pmo.yaml"
expect_status 0 "$CRMLINT" explain pmo
expect_contains "$SCRATCH/stdout" "Does the plan follow the council's programme standards?"
expect_status 2 "$CRMLINT" --no-config --select pmo customer-service-2027.yaml
expect_contains "$SCRATCH/stderr" "--select: no rule or category is called 'pmo'"
expect_status 0 "$CRMLINT" rules -f json
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
rules = {r["id"]: r for r in json.load(open(sys.argv[1]))}
assert rules["pmo/milestone-in-programme"]["severity"] == "info", rules["pmo/milestone-in-programme"]
assert rules["pmo/milestone-in-programme"]["category"] == "pmo"
PY

# Suppressed like a built-in rule.
sed 's/^  - {id: rollout, /  # crmlint-disable-next-line pmo\/comms-before-rollout -- briefings are in the pilot\n  - {id: rollout, /' \
  customer-service-2027.yaml > suppressed.yaml
expect_status 1 "$CRMLINT" -f compact suppressed.yaml
grep -q 'pmo/comms-before-rollout' "$SCRATCH/stdout" && fail "the directive did not suppress pmo/comms-before-rollout"
expect_contains "$SCRATCH/stdout" "[pmo/privacy-review]"

# Baselines record pack findings by rule id.
expect_status 0 "$CRMLINT" --write-baseline baseline.json customer-service-2027.yaml
expect_contains baseline.json "pmo/privacy-review"
expect_status 0 "$CRMLINT" -f compact --baseline baseline.json --fail-on info customer-service-2027.yaml

# Only where a config names the pack: another directory's config, or none, does not run it.
mkdir other
cp customer-service-2027.yaml other/
printf 'rules:\n  smart: warning\n' > other/.crmlint.yaml
expect_status 1 "$CRMLINT" -f compact . --fail-on info
grep -q '^./other/.*\[pmo/' "$SCRATCH/stdout" && fail "pmo rules ran under other/.crmlint.yaml"
expect_contains "$SCRATCH/stdout" "./customer-service-2027.yaml:82:9: error: goal 'tenant-record' is not owned by a director"
expect_status 0 "$CRMLINT" --no-config -f compact --fail-on never customer-service-2027.yaml
grep -q '\[pmo/' "$SCRATCH/stdout" && fail "--no-config ran pmo rules"
# Two configs naming one pack, one through a symlink, share it (outside this
# directory, whose own config names another copy of the pack: two files with
# one category would clash).
shared="$SCRATCH/shared"
mkdir -p "$shared/a" "$shared/b"
cp northfield-pmo.yaml customer-service-2027.yaml "$shared/a/"
ln -s ../a/northfield-pmo.yaml "$shared/b/pmo.yaml"
cp customer-service-2027.yaml "$shared/b/"
printf 'packs: [northfield-pmo.yaml]\n' > "$shared/a/.crmlint.yaml"
printf 'packs: [pmo.yaml]\n' > "$shared/b/.crmlint.yaml"
(cd "$shared" && expect_status 1 "$CRMLINT" -f compact .)
[ "$(grep -c '\[pmo/' "$SCRATCH/stdout")" = 6 ] || fail "each directory's strategy has its three pmo findings"
cp northfield-pmo.yaml "$shared/b/pmo.yaml.copy"
rm "$shared/b/pmo.yaml"
mv "$shared/b/pmo.yaml.copy" "$shared/b/pmo.yaml"
(cd "$shared" && expect_status 2 "$CRMLINT" -f compact .)
expect_contains "$SCRATCH/stderr" "category 'pmo' already exists (Northfield PMO policy); give the pack a category of its own"

# A config that does not name the pack cannot configure its rules.
printf 'rules:\n  pmo/privacy-review: off\n' > other/.crmlint.yaml
expect_status 2 "$CRMLINT" other/customer-service-2027.yaml
expect_contains "$SCRATCH/stderr" "other/.crmlint.yaml:2:3: unknown rule 'pmo/privacy-review'"

# pack test: passes on the example pack, fails (status 1) on a pack whose example is wrong.
expect_status 0 "$CRMLINT" pack test northfield-pmo.yaml
expect_contains "$SCRATCH/stdout" "ok    pmo/comms-before-rollout"
expect_contains "$SCRATCH/stdout" "northfield-pmo.yaml: 14 of 14 rules pass their examples"
# The rule now looks at pilots, so its bad example (a rollout) no longer fires it.
sed 's/    where: {type: rollout, start: {present: true}}/    where: {type: pilot, start: {present: true}}/' \
  northfield-pmo.yaml > loose.yaml
expect_status 1 "$CRMLINT" pack test loose.yaml
expect_contains "$SCRATCH/stdout" "FAIL  pmo/comms-before-rollout: its bad example does not fire it"
printf 'crmlint-pack: 1\ncategory: {id: t, title: T, question: Q}\nrules:\n  t/x:\n    summary: s\n    given: goals[*]\n    then: {due: {present: true}}\n    message: m\n    help: h\n    examples: {bad: "goals: [{id: g, title: T}]", good: "goals: [{id: g, title: T}]"}\n' > good-fires.yaml
expect_status 1 "$CRMLINT" pack test good-fires.yaml
expect_contains "$SCRATCH/stdout" "FAIL  t/x: its good example fires it at 3:14: m"

# A broken pack stops the run with status 2 at its place, from lint, rules and pack test.
sed 's/    given: milestones\[\*\]$/    given: milestone[*]/' northfield-pmo.yaml > northfield-pmo.broken
mv northfield-pmo.broken northfield-pmo.yaml
expect_status 2 "$CRMLINT" customer-service-2027.yaml
expect_contains "$SCRATCH/stderr" "northfield-pmo.yaml:19:12: 'milestone[*]': format 1 has no key 'milestone' in the top level of a strategy"
expect_contains "$SCRATCH/stderr" "did you mean 'milestones'?"
expect_status 2 "$CRMLINT" rules
expect_status 2 "$CRMLINT" pack test northfield-pmo.yaml
expect_contains "$SCRATCH/stderr" "northfield-pmo.yaml:19:12:"
printf 'packs: [missing.yaml]\n' > .crmlint.yaml
expect_status 2 "$CRMLINT" customer-service-2027.yaml
expect_contains "$SCRATCH/stderr" ".crmlint.yaml:1:9: pack 'missing.yaml' cannot be read: no such file"

# A hostile pack: a catastrophic pattern on a long value, many rules. It
# finishes (a backtracking matcher would not, in any time); the timeouts only
# stop a hang, they are no speed target (bench/ holds those).
python3 - <<'PY'
rules = "".join(
    f"  h/r{i}:\n    summary: s\n    given: goals[*]\n    then: {{title: {{not: {{matches: '(a+)+$'}}}}}}\n    message: m\n"
    f"    help: h\n    examples: {{bad: a, good: b}}\n" for i in range(400))
open("hostile.yaml", "w").write("crmlint-pack: 1\ncategory: {id: h, title: H, question: Q}\nrules:\n" + rules)
open("long.yaml", "w").write("strategy:\n  name: S\ngoals:\n" + "".join(
    f"  - id: g{i}\n    title: {'a' * 20000}b\n" for i in range(10)))
PY
printf 'packs: [hostile.yaml]\n' > .crmlint.yaml
expect_status 0 timeout 600 "$CRMLINT" -f compact --select h --fail-on never long.yaml

# A pack whose `exists` compares every goal with every other one stops at its
# budget of comparisons, with status 2 and a message, instead of running on.
python3 - <<'PY'
open("pairs.yaml", "w").write(
    "crmlint-pack: 1\ncategory: {id: q, title: Q, question: Q}\nrules:\n  q/twin:\n    summary: s\n"
    "    given: goals[*]\n    then:\n      exists: goals[*]\n      where: {title: $.title}\n"
    "    message: m\n    help: h\n    examples: {bad: a, good: b}\n")
open("many.yaml", "w").write("strategy:\n  name: S\ngoals:\n" + "".join(
    f"  - {{id: g{i}, title: T{i}}}\n" for i in range(4000)))
PY
printf 'packs: [pairs.yaml]\n' > .crmlint.yaml
expect_status 2 timeout 600 "$CRMLINT" -f compact --select q many.yaml
expect_contains "$SCRATCH/stderr" "compare more than 10000000 pairs of entries in this file"
