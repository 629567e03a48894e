# Hostile inputs: each gets its expected message, finishes quickly, never
# crashes, and peaks under 10x the input's size in memory (plus the
# program's own baseline, measured on an empty strategy).
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

# peak_kib COMMAND...: runs COMMAND (any exit status), prints its peak RSS in KiB.
peak_kib() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}
printf 'strategy:\n  name: x\n' > tiny.yaml
baseline_kib=$(peak_kib "$CRMLINT" --no-config tiny.yaml)

# check_memory FILE: crmlint's peak on FILE stays under 10x its size. Not
# under the sanitizers, whose shadow memory says nothing about crmlint's own.
check_memory() {
  [ "${CRMLINT_SANITIZED:-0}" = 0 ] || return 0
  local size_kib=$(( $(stat -c %s "$1") / 1024 ))
  local peak=$(peak_kib "$CRMLINT" --no-config --max-file-size 4MiB "$1")
  [ $((peak - baseline_kib)) -le $((10 * size_kib + 1024)) ] ||
    fail "$1 ($size_kib KiB) peaked at $peak KiB (baseline $baseline_kib KiB)"
}

# lint FILE STATUS TEXT: crmlint exits STATUS within 20 s and prints TEXT
# (over the default size limit where needed: these inputs test the parser).
lint() {
  expect_status "$2" timeout 20 "$CRMLINT" --no-config --max-file-size 4MiB --format compact "$1"
  expect_contains "$SCRATCH/stdout" "$3"
  check_memory "$1"
}

# Billion laughs: ten levels of nine aliases each, used as a goal's departments.
python3 - > laughs.yaml <<'PY'
print("strategy:\n  name: Acme")
print("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]")
for i in range(1, 10):
    print(f"x{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]")
print("goals:\n  - id: g\n    title: Cut churn from 14% to 9% by 2027\n    departments: *a9")
PY
lint laughs.yaml 1 "laughs.yaml:3:1: error: the top level has an unknown key 'x0'"
expect_contains "$SCRATCH/stdout" "'departments' must be a list of department ids, but an entry is a list"

# 100,000 levels of nesting.
python3 -c "print('strategy:\n  name: ' + '[' * 100000 + ']' * 100000)" > deep.yaml
lint deep.yaml 1 "deep.yaml:2:263: error: the document nests deeper than 256 levels; a strategy needs a handful [syntax]"

# 100,000 nested levels in a second document, which crmlint only checks for syntax.
python3 -c "print('strategy:\n  name: Litware\n---\nchannels: ' + '[' * 100000)" > deep-second.yaml
lint deep-second.yaml 1 "deep-second.yaml:4:266: error: the document nests deeper than 256 levels; a strategy needs a handful [syntax]"

# Quoted text that the reader's quick scan for deep nesting misreads (it ends
# the text at the first quote of the doubled '') is still read as text, once
# libfyaml has looked: the brackets are part of the vision.
python3 -c "print('strategy:\n  name: Litware\n  vision: \'what our customers\'\' ' + '[' * 100000 + '\'')" > misread.yaml
expect_status 1 timeout 20 "$CRMLINT" --no-config --max-file-size 4MiB --format compact misread.yaml
if grep -q '\[syntax\]' "$SCRATCH/stdout"; then fail "misread.yaml: quoted text was refused as nesting"; fi
check_memory misread.yaml

# Aliases stay references: 2,000 and 20,000 aliases to one goal are one goal,
# reported once, and cost memory in proportion to the file.
for n in 2000 20000; do
  python3 - "$n" > "aliases-$n.yaml" <<'PY'
import sys
print("strategy:\n  name: Acme\ngoals:\n  - &g\n    id: churn\n    title: Improve things")
for _ in range(int(sys.argv[1])):
    print("  - *g")
PY
  lint "aliases-$n.yaml" 1 "aliases-$n.yaml:7:5: error: this alias repeats goal 'churn' from line 5 (and $((n - 1)) more times)"
  [ "$(grep -c 'smart/specific' "$SCRATCH/stdout")" = 1 ] || fail "aliases-$n.yaml: the aliased goal's finding is not reported exactly once"
done

# A plain scalar full of brackets is text, not nesting.
python3 -c "print('strategy:\n  name: ' + 'x[' * 300)" > brackets.yaml
expect_status 1 timeout 20 "$CRMLINT" --no-config --format compact brackets.yaml
if grep -q '\[syntax\]' "$SCRATCH/stdout"; then fail "brackets.yaml: a plain scalar was read as nesting"; fi
check_memory brackets.yaml

# A 1,000,000-character line.
python3 -c "print('strategy:\n  name: Acme\n  vision: ' + 'x' * 1000000 + '\n  titel: y')" > long.yaml
lint long.yaml 1 "long.yaml:4:3: error: the strategy has an unknown key 'titel'"

# A file of NUL bytes; invalid UTF-8; a BOM with CRLF line ends.
head -c 65536 /dev/zero > nul.yaml
lint nul.yaml 1 "nul.yaml:1:1: error: the file contains a NUL byte"
printf 'strategy:\n  name: Caf\xe9\n' > latin1.yaml
lint latin1.yaml 1 "latin1.yaml:2:12: error: the file is not valid UTF-8 (byte 0xE9) [syntax]"
printf '\xef\xbb\xbfstrategy:\r\n  name: Acme\r\n  vison: x\r\n' > bom.yaml
lint bom.yaml 1 "bom.yaml:3:3: error: the strategy has an unknown key 'vison'; did you mean 'vision'?"

# Integers and dates out of range.
cat > range.yaml <<'YAML'
strategy:
  name: Acme
goals:
  - id: g
    title: Cut churn from 14% to 9% by 2027
    priority: 99999999999999999999999
    due: 99999-01-01
    metric: {name: churn, baseline: 1e999, target: 9}
YAML
lint range.yaml 1 "range.yaml:6:15: error: goal 'g': 'priority' must be a whole number from 1 (1 is highest), not '99999999999999999999999'"
expect_contains "$SCRATCH/stdout" "range.yaml:7:10: error: goal 'g': 'due' must be a date YYYY-MM-DD"
expect_contains "$SCRATCH/stdout" "range.yaml:8:37: error: the metric of goal 'g': 'baseline' must be a number"

# A device is not linted.
expect_status 2 timeout 10 "$CRMLINT" --no-config /dev/zero
expect_contains "$SCRATCH/stderr" "/dev/zero: not a regular file"

# A symlink loop inside a walked directory.
mkdir -p tree/sub
cp tiny.yaml tree/sub/s.yaml
ln -s .. tree/sub/loop
ln -s loop-b tree/loop-a
ln -s loop-a tree/loop-b
expect_status 1 timeout 20 "$CRMLINT" --no-config --format compact tree
expect_contains "$SCRATCH/stdout" "tree/sub/s.yaml:1:1"

# Control characters from the file never reach a terminal or log raw.
printf 'strategy:\n  name: Acme\ngoals:\n  - id: "evil\\e[31m"\n    title: "Reset\\e]0;pwned\\a the \\x9b terminal"\n    "key\\e[2J": 1\n' > ansi.yaml
for format in text compact github; do
  expect_status 1 "$CRMLINT" --no-config --select schema,smart --format "$format" ansi.yaml
  if grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$SCRATCH/stdout"; then
    fail "--format $format printed a raw control character"
  fi
  expect_contains "$SCRATCH/stdout" '\x1b'
done

echo "hostile_inputs: all checks passed"
