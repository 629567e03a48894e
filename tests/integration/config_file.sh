# .crmlint.yaml on the command line: each file gets the config nearest to
# it, exclude globs prune the walk, --config/--no-config/--select/--ignore
# behave as documented, `crmlint rules` shows the effective settings, and a
# broken config stops the run with status 2 and file:line:col.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

# A strategy whose only goal has a vague title: smart/specific at 6:12.
vague() {
  mkdir -p "$(dirname "$1")"
  printf 'crmlint: 1\nstrategy:\n  name: Acme\ngoals:\n  - id: g1\n    title: Improve things\n' > "$1"
}
vague repo/plan.yaml
vague repo/team/emea/plan.yaml
vague repo/archive/old.yaml
vague repo/team/archive/kept.yaml
cat > repo/.crmlint.yaml <<'EOF'
rules:
  smart/specific: off
exclude: ["archive/**"]
EOF
cat > repo/team/.crmlint.yaml <<'EOF'
extends: strict
rules:
  smart/specific: error
EOF
cd repo

# Each file is linted with the config nearest to it; no merging.
expect_status 1 "$CRMLINT" -f compact -j 2 .
grep -q "^./plan.yaml:.*\[smart/specific\]" "$SCRATCH/stdout" && fail "the root config switches smart/specific off for plan.yaml"
expect_contains "$SCRATCH/stdout" "./team/emea/plan.yaml:6:12: error: goal 'g1' is not specific"
# exclude globs are relative to their config: team/archive is not excluded by "archive/**" at the root.
grep -q "archive/old.yaml" "$SCRATCH/stdout" && fail "archive/old.yaml is excluded by the root config"
expect_contains "$SCRATCH/stdout" "./team/archive/kept.yaml:6:12: error: goal 'g1' is not specific"
# strict (team) counts info findings as warnings.
grep "^./team/emea/plan.yaml:" "$SCRATCH/stdout" | grep -q ": info:" && fail "strict turns info into warning"
grep -qE "^./team/emea/plan.yaml:[0-9]+:[0-9]+: warning: .*\[plan/no-priority\]" "$SCRATCH/stdout" \
  || fail "strict reports plan/no-priority (info by default) as a warning"

# A file named on the command line is linted even when a glob excludes it.
expect_status 0 "$CRMLINT" -f compact --fail-on error archive/old.yaml
expect_contains "$SCRATCH/stdout" "archive/old.yaml:"
# A directory whose every file is excluded.
expect_status 2 "$CRMLINT" archive
expect_contains "$SCRATCH/stderr" "crmlint: archive: every *.yaml or *.yml file in this directory is left out by the config's 'exclude' globs"

# For hooks, which name every file: --force-exclude applies the globs to named
# files, --skip-non-strategies passes over other YAML, and a run left with
# nothing to lint is clean.
printf 'jobs: {}\n' > ci.yml
expect_status 1 "$CRMLINT" -f compact --force-exclude --skip-non-strategies archive/old.yaml ci.yml plan.yaml
expect_contains "$SCRATCH/stdout" "plan.yaml:"
grep -q "archive/old.yaml\|ci.yml" "$SCRATCH/stdout" && fail "archive/old.yaml is excluded and ci.yml is no strategy"
expect_status 0 "$CRMLINT" --force-exclude --skip-non-strategies archive/old.yaml ci.yml
expect_contains "$SCRATCH/stdout" "0 errors, 0 warnings, 0 infos in 0 files"
expect_status 1 "$CRMLINT" -f compact ci.yml
expect_contains "$SCRATCH/stdout" "ci.yml:1:1: error: the file has no top-level 'strategy' key [schema/not-a-strategy]"
rm ci.yml

# --no-config: the built-in settings, no exclude.
expect_status 1 "$CRMLINT" -f compact --no-config .
expect_contains "$SCRATCH/stdout" "./plan.yaml:6:12: warning: goal 'g1' is not specific"
expect_contains "$SCRATCH/stdout" "./archive/old.yaml:6:12: warning"

# --config FILE: one config for every file, its exclude relative to its own directory.
printf 'rules:\n  smart: off\nexclude: [repo/team]\n' > ../other.yaml
expect_status 1 "$CRMLINT" -f compact --config ../other.yaml .
grep -q "smart/" "$SCRATCH/stdout" && fail "--config other.yaml switches the smart category off"
grep -q "team/" "$SCRATCH/stdout" && fail "'exclude: [repo/team]' in ../other.yaml excludes ./team"
expect_contains "$SCRATCH/stdout" "./archive/old.yaml:"
expect_status 2 "$CRMLINT" --config ../other.yaml --no-config .
expect_contains "$SCRATCH/stderr" "--config excludes --no-config"

# --select and --ignore apply on top of the config.
expect_status 1 "$CRMLINT" -f compact --select smart/specific plan.yaml
expect_contains "$SCRATCH/stdout" "plan.yaml:6:12: warning: goal 'g1' is not specific"
expect_status 0 "$CRMLINT" -f compact --ignore smart/specific --fail-on error team/emea/plan.yaml
grep -q "smart/specific" "$SCRATCH/stdout" && fail "--ignore smart/specific beats the team config's 'error'"

# Standard input takes the config of --stdin-filename's directory.
expect_status 1 "$CRMLINT" -f compact --stdin-filename team/emea/x.yaml - < plan.yaml
expect_contains "$SCRATCH/stdout" "team/emea/x.yaml:6:12: error: goal 'g1' is not specific"

# `crmlint rules` shows the settings of the config in use.
expect_status 0 "$CRMLINT" rules
grep -E "^smart/specific +smart +warning +no " "$SCRATCH/stdout" >/dev/null || { cat "$SCRATCH/stdout"; fail "rules: smart/specific is off here"; }
(cd team && expect_status 0 "$CRMLINT" rules && grep -E "^smart/specific +smart +error +yes " "$SCRATCH/stdout" >/dev/null) \
  || fail "rules in team/: smart/specific is an error"
expect_status 0 "$CRMLINT" rules --config team/.crmlint.yaml --format json
expect_contains "$SCRATCH/stdout" '"id": "smart/specific"'
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
rules = {r["id"]: r for r in json.load(open(sys.argv[1]))}
assert rules["smart/specific"]["severity"] == "error" and rules["smart/specific"]["enabled"], rules["smart/specific"]
PY
expect_status 0 "$CRMLINT" rules --no-config
grep -E "^smart/specific +smart +warning +yes " "$SCRATCH/stdout" >/dev/null || fail "rules --no-config: smart/specific is on"

# A broken config: status 2, file:line:col, a suggestion, and no report.
printf 'rules:\n  smart/specfic: off\n' > team/emea/.crmlint.yaml
expect_status 2 "$CRMLINT" .
expect_contains "$SCRATCH/stderr" "crmlint: team/emea/.crmlint.yaml:2:3: unknown rule 'smart/specfic' ('crmlint rules' lists the rules and categories); did you mean 'smart/specific'?"
[ -s "$SCRATCH/stdout" ] && fail "no report is written when a config is invalid"
printf 'rules:\n  smart/specific: warn\n' > team/emea/.crmlint.yaml
expect_status 2 "$CRMLINT" team
expect_contains "$SCRATCH/stderr" "team/emea/.crmlint.yaml:2:19: 'warn' is not a severity for 'smart/specific' (off, info, warning or error); did you mean 'warning'?"
printf 'rules:\n  schema/type: off\n' > team/emea/.crmlint.yaml
expect_status 2 "$CRMLINT" team/emea/plan.yaml
expect_contains "$SCRATCH/stderr" "team/emea/.crmlint.yaml:2:16: 'schema/type' cannot be switched off"
printf 'rules: [\n' > team/emea/.crmlint.yaml
expect_status 2 "$CRMLINT" rules --config team/emea/.crmlint.yaml
expect_contains "$SCRATCH/stderr" "crmlint: team/emea/.crmlint.yaml:1:8: the config cannot be read: the list that opens with '[' at 1:8 is never closed"
rm team/emea/.crmlint.yaml
expect_status 2 "$CRMLINT" --config missing.yaml .
expect_contains "$SCRATCH/stderr" "crmlint: missing.yaml: cannot read the config: no such file"
echo "config_file: ok"
