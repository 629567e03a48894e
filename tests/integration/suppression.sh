# Suppression comments through the command line: what they silence, the
# suppression/* findings in the report, and their settings in a config.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

# Without comments: smart/specific at 6:12 and smart/time-bound at 5:9.
cat > plan.yaml <<'YAML'
crmlint: 1
strategy:
  name: Acme
goals:
  # crmlint-disable-next-line smart/time-bound, smart/measurable -- dates agreed in Q2 planning
  - id: g1
    title: "Improve things # not a comment"  # crmlint-disable-line smart/specfic
YAML
expect_status 1 "$CRMLINT" -f compact plan.yaml
grep -q "\[smart/time-bound\]" "$SCRATCH/stdout" && fail "smart/time-bound is suppressed on line 6"
grep -q "\[smart/measurable\]" "$SCRATCH/stdout" && fail "smart/measurable is suppressed on line 6"
expect_contains "$SCRATCH/stdout" "plan.yaml:7:12: warning: goal 'g1' is not specific"
expect_contains "$SCRATCH/stdout" "plan.yaml:7:69: warning: crmlint-disable-line names 'smart/specfic', which is not a crmlint rule or category; did you mean 'smart/specific'? [suppression/unknown-rule]"

# An entry that suppresses nothing is suppression/unused (info), at that entry.
sed -i 's/smart\/specfic/smart\/specific, plan\/overdue/' plan.yaml
expect_status 1 "$CRMLINT" -f compact plan.yaml
grep -q "\[smart/specific\]" "$SCRATCH/stdout" && fail "smart/specific is suppressed on line 7"
expect_contains "$SCRATCH/stdout" "plan.yaml:7:85: info: crmlint-disable-line suppresses nothing: this line has no 'plan/overdue' finding [suppression/unused]"

# suppression/unused follows the config and --ignore like any rule.
expect_status 0 "$CRMLINT" -f compact --ignore suppression plan.yaml --fail-on error
grep -q "suppression/" "$SCRATCH/stdout" && fail "--ignore suppression hides suppression findings"
printf 'rules:\n  suppression/unused: error\n' > .crmlint.yaml
expect_status 1 "$CRMLINT" -f compact plan.yaml --fail-on error
expect_contains "$SCRATCH/stdout" "plan.yaml:7:85: error: crmlint-disable-line suppresses nothing"
printf 'rules:\n  suppression: off\n' > .crmlint.yaml
expect_status 0 "$CRMLINT" -f compact plan.yaml --fail-on error
grep -q "suppression/" "$SCRATCH/stdout" && fail "'suppression: off' in the config hides suppression findings"
rm .crmlint.yaml

# A directive in a file with a syntax error changes nothing: syntax is the only diagnostic.
printf '# crmlint-disable-file\nstrategy: [\n' > broken.yaml
expect_status 1 "$CRMLINT" -f compact broken.yaml
expect_contains "$SCRATCH/stdout" "[syntax]"
[ "$(grep -c . "$SCRATCH/stdout")" = 1 ] || { cat "$SCRATCH/stdout"; fail "broken.yaml gets its syntax error and nothing else"; }

# suppression rules are documented like any other.
expect_status 0 "$CRMLINT" explain suppression/unused
expect_contains "$SCRATCH/stdout" "default severity: info"
expect_status 0 "$CRMLINT" explain suppression/unknown-rule
expect_contains "$SCRATCH/stdout" "default severity: warning"
echo "suppression: ok"
