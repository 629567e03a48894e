# Replays every input kept in tests/fuzz-regressions/ (the fuzzer's findings
# after they were fixed, and inputs that once cost too much): each finishes
# within 5 seconds with exit status 0 or 1, never a signal or a sanitizer report.
source "$(dirname "$0")/lib.bash"
count=0
for input in "$CRMLINT_SOURCE_DIR"/tests/fuzz-regressions/*; do
  status=0
  timeout 5 "$CRMLINT" --no-config --format json "$input" >"$SCRATCH/out" 2>"$SCRATCH/err" || status=$?
  case $status in
    0|1) ;;
    124) fail "$(basename "$input"): took longer than 5 seconds" ;;
    *) cat "$SCRATCH/err" >&2; fail "$(basename "$input"): exit status $status" ;;
  esac
  [ ! -s "$SCRATCH/err" ] || { cat "$SCRATCH/err" >&2; fail "$(basename "$input"): wrote to stderr"; }
  count=$((count + 1))
done
[ "$count" -gt 0 ] || fail "no regression inputs found"
echo "fuzz_regressions: $count inputs replayed"
