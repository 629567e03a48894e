# Sourced by the integration tests: strict mode, a scratch directory, and
# small assertions that print what they expected.
set -euo pipefail
: "${CRMLINT:?set CRMLINT to the crmlint binary}"
: "${CRMLINT_SOURCE_DIR:?set CRMLINT_SOURCE_DIR to the source tree}"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_status WANT COMMAND...: runs COMMAND, checks its exit status.
expect_status() {
  local want=$1; shift
  local got=0
  "$@" >"$SCRATCH/stdout" 2>"$SCRATCH/stderr" || got=$?
  [ "$got" = "$want" ] || { cat "$SCRATCH/stdout" "$SCRATCH/stderr" >&2; fail "'$*' exited $got, expected $want"; }
}

# expect_contains FILE TEXT: FILE holds TEXT (fixed string).
expect_contains() {
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not contain: $2"; }
}

require_tool() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; run scripts/install-test-tools"
}

# skip REASON: the test cannot run here (ctest shows it as skipped).
skip() { echo "SKIP: $*"; exit 77; }
