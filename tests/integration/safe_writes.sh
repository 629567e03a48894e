# Writing never loses a file: an output that is an input is refused, only
# regular files are replaced (through symbolic links), devices and
# /dev/stdout are written in place, and every failed write is status 2.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
"$CRMLINT" init s.yaml 2>/dev/null
cp s.yaml original.yaml
ln -s s.yaml link.yaml
mkdir sub

# An output that is one of the inputs, by name, through a link or '..'.
for out in s.yaml link.yaml sub/../s.yaml "$SCRATCH/./s.yaml"; do
  expect_status 2 "$CRMLINT" --no-config s.yaml -o "$out"
  expect_contains "$SCRATCH/stderr" "which this run reads; writing there would destroy it"
  expect_status 2 "$CRMLINT" --no-config s.yaml --write-baseline "$out"
  expect_contains "$SCRATCH/stderr" "--write-baseline: '$out' is"
  cmp -s s.yaml original.yaml || fail "the strategy changed after -o $out"
done
# A directory's files are inputs too; so are --config and --baseline.
expect_status 2 "$CRMLINT" --no-config . -o s.yaml
printf 'rules: {}\n' > cfg.yaml
expect_status 2 "$CRMLINT" --config cfg.yaml s.yaml -o cfg.yaml
[ "$(cat cfg.yaml)" = "rules: {}" ] || fail "the config was overwritten"

# A symbolic link to a report is written through, not replaced.
echo old > report.txt
ln -s report.txt report-link.txt
expect_status 0 "$CRMLINT" --no-config s.yaml -o report-link.txt
[ -L report-link.txt ] || fail "-o replaced the symbolic link"
expect_contains report.txt "in 1 file"

# The mode of a replaced file is kept; a new file gets the umask's.
chmod 640 report.txt
expect_status 0 "$CRMLINT" --no-config s.yaml -o report.txt
[ "$(stat -c %a report.txt)" = 640 ] || fail "mode became $(stat -c %a report.txt), expected 640"
(umask 077; "$CRMLINT" --no-config s.yaml -o private.txt)
[ "$(stat -c %a private.txt)" = 600 ] || fail "a new file under umask 077 got mode $(stat -c %a private.txt)"
(umask 022; "$CRMLINT" --no-config s.yaml -o public.txt)
[ "$(stat -c %a public.txt)" = 644 ] || fail "a new file under umask 022 got mode $(stat -c %a public.txt)"

# The longest valid name still works: the temporary's name does not grow with it.
long=$(printf 'r%.0s' $(seq 254))
expect_status 0 "$CRMLINT" --no-config s.yaml -o "$long"
expect_contains "$long" "in 1 file"

# Failed writes: a directory, a full disk on -o and on standard output, init onto a device.
expect_status 2 "$CRMLINT" --no-config s.yaml -o sub
expect_contains "$SCRATCH/stderr" "-o: 'sub' is a directory"
expect_status 2 "$CRMLINT" --no-config s.yaml -o /dev/full
expect_contains "$SCRATCH/stderr" "-o: cannot write '/dev/full': No space left on device"
got=0; "$CRMLINT" --no-config s.yaml >/dev/full 2>"$SCRATCH/stderr" || got=$?
[ "$got" = 2 ] || fail "a report to a full standard output exited $got, expected 2"
expect_contains "$SCRATCH/stderr" "cannot write to standard output: No space left on device"
got=0; "$CRMLINT" schema >/dev/full 2>/dev/null || got=$?
[ "$got" = 2 ] || fail "schema to a full standard output exited $got, expected 2"
got=0; "$CRMLINT" --no-config s.yaml >&- 2>/dev/null || got=$?
[ "$got" = 2 ] || fail "a report to a closed standard output exited $got, expected 2"
ls -A | grep -q '^\.crmlint-' && fail "a temporary was left behind: $(ls -A | grep '^\.crmlint-')"

# An interrupted write leaves no temporary: a report of many findings, killed
# while its temporary exists.
python3 -c "
print('strategy:\n  name: Acme\ngoals:')
for i in range(30000): print('  - title: x')" > many.yaml
for signal in INT TERM; do
  "$CRMLINT" --no-config --max-file-size 1MiB many.yaml -o big.txt 2>/dev/null &
  pid=$!
  seen=no
  for _ in $(seq 12000); do
    ls -A | grep -q '^\.crmlint-' && { seen=yes; break; }
    sleep 0.005
  done
  [ "$seen" = yes ] || fail "no temporary appeared while the report was written"
  kill -s "$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  ls -A | grep -q '^\.crmlint-' && fail "SIG$signal left a temporary behind"
done

# As root, in a private mount namespace with its own /dev: the system's
# /dev/stdout, /dev/null and /dev/full stay what they are.
if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
  echo "note: not root or no unshare -m here; the /dev cases are skipped"
  exit 0
fi
cat > dev.sh <<'SH'
set -eu
mount --make-rprivate /
mount -t tmpfs tmpfs /dev
mknod -m 666 /dev/null c 1 3
mknod -m 666 /dev/full c 1 7
ln -s /proc/self/fd/1 /dev/stdout
status=0
"$CRMLINT" --no-config s.yaml -o /dev/stdout > stdout.txt || status=$?
[ "$status" = 0 ] || { echo "-o /dev/stdout exited $status"; exit 1; }
grep -q "in 1 file" stdout.txt || { echo "-o /dev/stdout did not reach standard output"; exit 1; }
[ -L /dev/stdout ] || { echo "-o /dev/stdout replaced the /dev/stdout link"; exit 1; }
echo kept > appended.txt
"$CRMLINT" --no-config s.yaml -o /dev/stdout >> appended.txt
grep -q kept appended.txt || { echo "-o /dev/stdout truncated a shell's >> file"; exit 1; }
"$CRMLINT" --no-config s.yaml -o /dev/null
[ -c /dev/null ] || { echo "-o /dev/null replaced /dev/null"; exit 1; }
"$CRMLINT" --no-config s.yaml --write-baseline /dev/null 2>/dev/null
[ -c /dev/null ] || { echo "--write-baseline /dev/null replaced /dev/null"; exit 1; }
"$CRMLINT" init --force /dev/full 2>/dev/null && { echo "init --force /dev/full succeeded"; exit 1; }
[ -c /dev/full ] || { echo "init --force /dev/full deleted /dev/full"; exit 1; }
ls -A /dev | grep -q '^\.crmlint-' && { echo "a temporary was left in /dev"; exit 1; }
exit 0
SH
CRMLINT="$CRMLINT" unshare -m bash dev.sh || fail "the /dev cases failed (above)"
echo "all cases passed"
