# `crmlint init [FILE]`: the starter lints clean through the real command
# line, also under the strict config; FILE gets the same text as standard
# output; an existing FILE is left alone unless --force; a path that cannot
# be written is a failure (status 2) that says why.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

expect_status 0 "$CRMLINT" init
mv stdout starter.yaml
[ -s starter.yaml ] || fail "crmlint init printed nothing"
[ ! -s stderr ] || { cat stderr >&2; fail "crmlint init to standard output wrote to standard error"; }

# Round trip: the starter lints with no diagnostic at all, under the
# recommended rules and under strict (every rule on, info counts).
expect_status 0 "$CRMLINT" --no-config --fail-on info -f json starter.yaml
python3 - "$SCRATCH/stdout" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["diagnostics"] == [], report["diagnostics"]
assert report["files"] == ["starter.yaml"], report["files"]
PY
mkdir strict
cp starter.yaml strict/
printf 'extends: strict\n' > strict/.crmlint.yaml
expect_status 0 "$CRMLINT" --fail-on info -f compact --today 2027-01-04 strict/starter.yaml
"$CRMLINT" init | "$CRMLINT" --no-config --fail-on info --stdin-filename piped.yaml - >/dev/null \
  || fail "the starter piped into crmlint has findings"

# FILE gets exactly what standard output gets, and a note says what to do next.
expect_status 0 "$CRMLINT" init plan.yaml
cmp plan.yaml starter.yaml || fail "crmlint init plan.yaml differs from crmlint init > starter.yaml"
expect_contains stderr "crmlint: wrote plan.yaml"
[ ! -s stdout ] || fail "crmlint init FILE printed the starter too"
expect_status 0 "$CRMLINT" init -
cmp stdout starter.yaml || fail "crmlint init - differs from crmlint init"

# An existing file is never overwritten without --force, whatever it holds.
printf 'my strategy\n' > plan.yaml
expect_status 2 "$CRMLINT" init plan.yaml
expect_contains stderr "crmlint: init: 'plan.yaml' already exists; pass --force to overwrite it"
[ "$(cat plan.yaml)" = "my strategy" ] || fail "crmlint init changed an existing file without --force"
ln -s missing-target.yaml link.yaml
expect_status 2 "$CRMLINT" init link.yaml
expect_contains stderr "'link.yaml' already exists"
[ ! -e missing-target.yaml ] || fail "crmlint init wrote through a symbolic link without --force"

expect_status 0 "$CRMLINT" init --force plan.yaml
cmp plan.yaml starter.yaml || fail "crmlint init --force did not overwrite plan.yaml with the starter"

# Paths that cannot be written.
expect_status 2 "$CRMLINT" init no/such/dir/plan.yaml
expect_contains stderr "crmlint: init: cannot write 'no/such/dir/plan.yaml': No such file or directory"
mkdir plans
expect_status 2 "$CRMLINT" init --force plans
expect_contains stderr "crmlint: init: 'plans' is a directory"

echo "init: all checks passed"
