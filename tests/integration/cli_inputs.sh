# Bad input gets one clear message naming the path (and line:col where there
# is one), the specified exit status, and no crash.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
good="$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml"

# The bundled example is clean.
expect_status 0 "$CRMLINT" "$good"
expect_contains stdout "0 errors, 0 warnings, 0 infos in 1 file"

# A missing path.
expect_status 2 "$CRMLINT" nope.yaml
expect_contains stderr "crmlint: nope.yaml: no such file or directory"

# A directory with no YAML, and one whose YAML holds no strategy.
mkdir empty-dir other-yaml
echo "jobs: {}" > other-yaml/ci.yml
expect_status 2 "$CRMLINT" empty-dir
expect_contains stderr "crmlint: empty-dir: no *.yaml or *.yml files found in this directory"
expect_status 2 "$CRMLINT" other-yaml
expect_contains stderr "no strategy files found"

# An unreadable file (root reads anything, so drop to nobody when root).
printf 'strategy:\n  name: x\n' > secret.yaml
chmod 000 secret.yaml
chmod 755 "$SCRATCH"
if [ "$(id -u)" = 0 ]; then
  expect_status 2 setpriv --reuid=nobody --regid=nogroup --clear-groups "$CRMLINT" "$SCRATCH/secret.yaml"
else
  expect_status 2 "$CRMLINT" "$SCRATCH/secret.yaml"
fi
expect_contains stderr "secret.yaml: cannot open: Permission denied"

# An empty file, a binary file, a top-level list, broken YAML.
: > empty.yaml
expect_status 1 "$CRMLINT" empty.yaml
expect_contains stdout "empty.yaml:1:1: error: the file is empty; a strategy file needs a 'strategy' section [schema/not-a-strategy]"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' > binary.yaml
expect_status 1 "$CRMLINT" binary.yaml
expect_contains stdout "binary.yaml:1:8: error: the file contains a NUL byte; it looks like a binary file, not YAML [syntax]"
printf -- '- strategy: x\n- b\n' > list.yaml
expect_status 1 "$CRMLINT" list.yaml
expect_contains stdout "list.yaml:1:1: error: the file's top level is a list, not a mapping with a 'strategy' key [schema/not-a-strategy]"
printf 'strategy:\n  name: Acme\n  vision: [one, two\n' > broken.yaml
expect_status 1 "$CRMLINT" broken.yaml
expect_contains stdout "broken.yaml:3:11: error: the list that opens with '[' at 3:11 is never closed [syntax]"

# A file over the size limit.
head -c 4096 /dev/zero | tr '\0' '#' > big.yaml
expect_status 2 "$CRMLINT" --max-file-size 1K big.yaml
expect_contains stderr "crmlint: big.yaml: the file is 4 KiB, over the 1 KiB limit"

# A FIFO is refused instead of blocking.
mkfifo pipe.yaml
expect_status 2 timeout 10 "$CRMLINT" pipe.yaml
expect_contains stderr "pipe.yaml: not a regular file"

# Usage errors: an unknown rule, category or format.
expect_status 2 "$CRMLINT" --select schema/unknown-kye "$good"
expect_contains stderr "--select: no rule or category is called 'schema/unknown-kye'; did you mean 'schema/unknown-key'?"
expect_status 2 "$CRMLINT" --format xml "$good"
expect_contains stderr "--format: 'xml' is not one of:"
expect_status 2 "$CRMLINT" --today 2027-02-30 "$good"
expect_contains stderr "--today: '2027-02-30' is not a date: 2027-02 has 28 days"
expect_status 2 "$CRMLINT" --ignore schema/type "$good"
expect_contains stderr "cannot be switched off"
expect_status 2 "$CRMLINT" --no-such-option
expect_contains stderr "Run 'crmlint --help' for usage."

# Standard input, named by --stdin-filename.
printf 'strategy:\n  name: Acme\n  titel: x\n' > stdin.txt
expect_status 1 "$CRMLINT" --select schema - --stdin-filename team/strategy.yaml < stdin.txt
expect_contains stdout "team/strategy.yaml:3:3: error: the strategy has an unknown key 'titel'"

# --fail-on sets the least severity that fails the run.
printf 'strategy:\n  name: Acme loyalty\n' > thin.yaml
expect_status 1 "$CRMLINT" thin.yaml
expect_status 0 "$CRMLINT" --fail-on error thin.yaml
expect_status 0 "$CRMLINT" --fail-on never broken.yaml
expect_status 2 "$CRMLINT" --fail-on sometimes thin.yaml

# -q keeps errors only.
expect_status 0 "$CRMLINT" -q thin.yaml
if grep -q "warning:" stdout; then fail "--quiet printed a warning"; fi

# An unwritable report path is a failed run.
expect_status 2 "$CRMLINT" -o /nonexistent-dir/report.txt "$good"
expect_contains stderr "-o: cannot write '/nonexistent-dir/report.txt'"

# crmlint never modifies what it lints.
cp "$good" copy.yaml
before=$(sha256sum copy.yaml; stat -c %Y copy.yaml)
"$CRMLINT" copy.yaml broken.yaml thin.yaml >/dev/null || true
after=$(sha256sum copy.yaml; stat -c %Y copy.yaml)
[ "$before" = "$after" ] || fail "the linted file changed"

echo "cli_inputs: all checks passed"
