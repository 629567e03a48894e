# Every cost is linear in the input: each case runs in generous bounded time
# and peak memory, and its output is bounded too. Release build only: the
# sanitizers' shadow memory and slowdown say nothing about crmlint's own.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
[ "${CRMLINT_SANITIZED:-0}" = 0 ] || skip "time and memory bounds are checked in the release build"

# bounded SECONDS MIB COMMAND...: COMMAND (any exit status) finishes within
# SECONDS and peaks under MIB; its standard output goes to out.txt.
bounded() {
  local seconds=$1 mib=$2; shift 2
  python3 - "$seconds" "$mib" "$@" <<'PY' || fail "$* exceeded ${seconds}s or ${mib} MiB"
import resource, subprocess, sys
seconds, mib = float(sys.argv[1]), int(sys.argv[2])
with open("out.txt", "wb") as out:
    try:
        subprocess.run(sys.argv[3:], stdout=out, stderr=subprocess.DEVNULL, timeout=seconds)
    except subprocess.TimeoutExpired:
        print(f"timed out after {seconds}s", file=sys.stderr); sys.exit(1)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if peak > mib:
    print(f"peaked at {peak} MiB", file=sys.stderr); sys.exit(1)
PY
}

# 4,000 flow-style goals on one line: each snippet is a window, not the line.
python3 -c "
print('strategy: {name: Acme}')
print('goals: [' + ', '.join('{id: g%d, title: x, owner: nobody%d}' % (i, i) for i in range(4000)) + ']')" > oneline.yaml
bounded 20 300 "$CRMLINT" --no-config --max-file-size 1MiB oneline.yaml
size=$(stat -c %s out.txt)
[ "$size" -lt 50000000 ] || fail "a 166 KB one-line file printed $size bytes"
grep -q '…' out.txt || fail "a long line's snippet has no ellipsis"

# 10,000 unknown owners among 10,000 stakeholders: "did you mean" is bounded.
python3 -c "
print('strategy:\n  name: Acme\nstakeholders:')
for i in range(10000): print('  - {id: person-%05d, name: P}' % i)
print('goals:')
for i in range(10000): print('  - {id: g%d, title: Cut churn from 14%% to 9%% by 2027, owner: persom-%05d}' % (i, i))" > owners.yaml
bounded 40 600 "$CRMLINT" --no-config --max-file-size 2MiB --format compact owners.yaml
grep -q "no stakeholder has the id 'persom-00000'; did you mean 'person-00000'?" out.txt ||
  fail "the first unknown owner lost its suggestion"

# 100,000 entries without ids are named in linear time.
python3 -c "
print('strategy:\n  name: Acme\ngoals:')
for i in range(100000): print('  - title: x')" > noids.yaml
bounded 60 900 "$CRMLINT" --no-config --max-file-size 2MiB --format compact noids.yaml
grep -q "noids.yaml:100003:5: warning: a goal without an id is not actionable" out.txt ||
  fail "the last entry without an id is not reported"

# An exclude glob with twelve '**' against a deep path matches in linear time.
deep=$(printf 'd/%.0s' $(seq 30))
mkdir -p "$deep"
printf 'strategy:\n  name: Acme\n' > "${deep}s.yaml"
printf 'exclude: ["%s"]\n' "$(printf '**/a%.0s' $(seq 12))**/z.yaml" > .crmlint.yaml
bounded 20 100 "$CRMLINT" d
grep -q "in 1 file" out.txt || fail "the deep file was not linted"

# The worst file the default size limit allows stays within a few hundred MB.
python3 -c "
print('strategy: {name: Acme}')
line = 'goals: ['
while len(line) < 512 * 1024 - 40: line += '{title: x}, '
print(line.rstrip(', ') + ']')" > worst.yaml
bounded 60 400 "$CRMLINT" --no-config --format json worst.yaml
grep -q '"rule": "smart/specific"' out.txt || fail "the worst file the default limit allows was not linted"
# Out of memory, on worker threads as on the main one: a plain status 2.
cp worst.yaml worst2.yaml
for jobs in 1 2; do
  got=0
  (ulimit -v 150000; exec "$CRMLINT" --no-config -j "$jobs" worst.yaml worst2.yaml) >/dev/null 2>err.txt || got=$?
  [ "$got" = 2 ] || { cat err.txt >&2; fail "out of memory with -j $jobs exited $got, expected 2"; }
  grep -q "worst.yaml: not enough memory to finish" err.txt || { cat err.txt >&2; fail "no out-of-memory message with -j $jobs"; }
done
echo "all cases passed"
