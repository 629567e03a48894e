# Neovim as a real client of `crmlint server`: headless, with the small Lua
# config in nvim/init.lua. It opens a strategy with known mistakes, waits for
# the diagnostics and checks their rule ids and positions against the CLI's
# report of the same file, applies the quick fix for an unknown key and
# checks the buffer, then types a new mistake and sees it reported.
source "$(dirname "$0")/lib.bash"
require_tool nvim
cd "$SCRATCH"
export XDG_CACHE_HOME="$SCRATCH/cache" XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" XDG_STATE_HOME="$SCRATCH/state"

# The bundled clean example with mistakes a person makes: a misspelt key, a
# misspelt owner, and a line with a character outside the BMP before a
# finding, so positions must be converted to UTF-16 correctly.
sed -e '0,/^    title: /s//    titel: /' \
    -e 's/^  owner: dana$/  owner: dnaa/' \
    -e 's/^    departments: \[service, sales, support\]$/    departments: [service, "🙂", salse, support]/' \
    "$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml" > plan.yaml
grep -q '^    titel: ' plan.yaml && grep -q 'owner: dnaa' plan.yaml && grep -q 'salse' plan.yaml \
  || fail "the mistakes were not added to the example"
fixed_line=$(grep -m1 '^    titel: ' plan.yaml | sed 's/titel/title/')

"$CRMLINT" --no-config -f json plan.yaml > expected.json || true
python3 - expected.json <<'PY'
import json, sys
rules = {d["rule"] for d in json.load(open(sys.argv[1]))["diagnostics"]}
assert {"schema/unknown-key", "schema/unknown-ref"} <= rules, rules
PY

EXPECTED="$SCRATCH/expected.json" FIXED_LINE="$fixed_line" CRMLINT="$CRMLINT" \
  timeout 300 nvim --headless -u "$CRMLINT_SOURCE_DIR/tests/integration/nvim/init.lua" -i NONE -n \
  -c "luafile $CRMLINT_SOURCE_DIR/tests/integration/nvim/check.lua" plan.yaml 2> nvim.log \
  || { cat nvim.log >&2; fail "the Neovim session failed"; }
grep -q "neovim: ok" nvim.log || { cat nvim.log >&2; fail "the Neovim check did not finish"; }
