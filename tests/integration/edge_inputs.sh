# Right answers at the edges: unreadable directories, directives on syntax
# and schema findings, non-UTF-8 names in baselines, option ranges, UTF-16
# and UTF-32 files, a closed standard input, huge --max-file-size values.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
"$CRMLINT" init s.yaml 2>/dev/null

# A closed standard input is a read error, not an empty file.
got=0; "$CRMLINT" --no-config - <&- >"$SCRATCH/stdout" 2>"$SCRATCH/stderr" || got=$?
[ "$got" = 2 ] || fail "a closed standard input exited $got, expected 2"
expect_contains "$SCRATCH/stderr" "cannot read standard input: it is closed"

# --max-file-size: values that would wrap, and zero, are refused.
for size in 999999999999999G 17179869184G 0 2GiB; do
  expect_status 2 "$CRMLINT" --no-config --max-file-size "$size" s.yaml
  expect_contains "$SCRATCH/stderr" "--max-file-size: '$size' is not a size from 1 byte to 1024 MiB"
done

# Configs and baselines have size limits too: neither is read whole past them.
{ echo 'rules:'; head -c 2000000 /dev/zero | tr '\0' '#'; echo; } > huge-config.yaml
expect_status 2 "$CRMLINT" --config huge-config.yaml s.yaml
expect_contains "$SCRATCH/stderr" "huge-config.yaml: the config is 2000008 bytes, over the 1024 KiB a config may have"
{ echo '{"version": 1, "entries": []}'; head -c 17000000 /dev/zero | tr '\0' ' '; } > huge-baseline.json
expect_status 2 "$CRMLINT" --no-config --baseline huge-baseline.json s.yaml
expect_contains "$SCRATCH/stderr" "huge-baseline.json: the baseline is 17000030 bytes, over the 16 MiB a baseline may have"

# UTF-16 and UTF-32 files and configs are refused by name.
strategy=$'strategy:\n  name: Acme\n'
check_encoding() {  # ICONV-NAME SHOWN-NAME
  { printf '\xef\xbb\xbf'; printf '%s' "$strategy"; } | iconv -f UTF-8 -t "$1" > wide.yaml
  expect_status 1 "$CRMLINT" --no-config --format compact wide.yaml
  expect_contains "$SCRATCH/stdout" "wide.yaml:1:1: error: the file is encoded as $2, not UTF-8 [syntax]"
  cp wide.yaml .crmlint.yaml
  expect_status 2 "$CRMLINT" --config .crmlint.yaml s.yaml
  expect_contains "$SCRATCH/stderr" ".crmlint.yaml: the config is encoded as $2, not UTF-8; save it as UTF-8"
  rm .crmlint.yaml
}
check_encoding UTF-16LE "UTF-16 (little-endian)"
check_encoding UTF-16BE "UTF-16 (big-endian)"
check_encoding UTF-32LE "UTF-32 (little-endian)"
check_encoding UTF-32BE "UTF-32 (big-endian)"

# Numeric options are range-checked.
check_option() {  # YAML MESSAGE
  printf 'rules:\n  %s\n' "$1" > range.yaml
  expect_status 2 "$CRMLINT" --config range.yaml s.yaml
  expect_contains "$SCRATCH/stderr" "$2"
}
check_option 'strategy/too-many-goals: {max_goals: -1}' \
  "range.yaml:2:40: option 'max_goals' of 'strategy/too-many-goals' must be from 1 to 10000, not -1"
check_option 'pace/rushed-rollout: {min_days: {enterprise: 9223372036854775807}}' \
  "'enterprise' in option 'min_days' of 'pace/rushed-rollout' must be from 0 to 36500, not 9223372036854775807"
check_option 'plan/technology-heavy: {max_share: -1e300}' \
  "option 'max_share' of 'plan/technology-heavy' must be from 0 to 1, not -1e300"

# A baseline near zero gives a sane figure, not "inf%".
cat > tiny.yaml <<'YAML'
strategy:
  name: Acme
goals:
  - id: g
    title: Grow the renewal rate of key accounts by 2027
    metric: {name: renewals, baseline: 1e-320, target: 9}
YAML
"$CRMLINT" --no-config --format compact tiny.yaml > tiny.txt || true
expect_contains tiny.txt "a change of more than 1000000% of the baseline"
grep -q 'inf%' tiny.txt && fail "a change of inf% is reported"

# A directive cannot silence syntax or schema findings, and says so.
cat > silenced.yaml <<'YAML'
# crmlint-disable-file
strategy:
  name: Acme
  colour: blue
goals:
  - {id: g, title: Cut churn from 14% to 9% by 2027}
  - {id: g, title: Cut churn from 14% to 9% by 2027}
YAML
expect_status 1 "$CRMLINT" --no-config silenced.yaml
expect_contains "$SCRATCH/stdout" "unknown key 'colour'"
expect_contains "$SCRATCH/stdout" "[schema/duplicate-id]"
expect_contains "$SCRATCH/stdout" "a crmlint-disable comment covers this finding, but schema findings cannot be suppressed"
printf 'strategy:\n  name: Acme\n  # crmlint-disable-next-line schema/unknown-key\n  colour: blue\n' > named.yaml
expect_status 1 "$CRMLINT" --no-config named.yaml
expect_contains "$SCRATCH/stdout" "unknown key 'colour'"

# A baseline records a file whose name is not UTF-8 so that it matches again.
mkdir latin && cp s.yaml "latin/caf$(printf '\xe9').yaml"
printf '  colour: blue\n' >> "latin/caf$(printf '\xe9').yaml"
expect_status 1 "$CRMLINT" --no-config latin
expect_status 0 "$CRMLINT" --no-config latin --write-baseline base.json
expect_contains base.json '"file_bytes": "6c6174696e2f636166e92e79616d6c"'
expect_status 0 "$CRMLINT" --no-config latin --baseline base.json
expect_contains "$SCRATCH/stdout" "0 errors"

# An unreadable subdirectory is an error naming it (run as an unprivileged
# user: root reads every directory).
mkdir -p tree/ok tree/locked
cp s.yaml tree/ok/ && cp s.yaml tree/locked/
chmod 000 tree/locked
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null; then
    chmod 755 "$SCRATCH" && chmod -R a+rX tree/ok
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    chmod 755 tree/locked; echo "note: no setpriv; the unreadable directory case is skipped"; echo "all cases passed"; exit 0
  fi
else
  as_user=()
fi
expect_status 2 "${as_user[@]}" "$CRMLINT" --no-config tree
expect_contains "$SCRATCH/stderr" "crmlint: tree/locked: cannot read directory: Permission denied"
chmod 755 tree/locked
echo "all cases passed"
