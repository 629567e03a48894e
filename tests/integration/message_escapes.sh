# Nothing from a file, a file name, a config or a baseline reaches the
# terminal raw: every message path gets an escape sequence, and neither
# standard output nor standard error may carry a raw ESC or BEL.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"
esc=$'\e'
bel=$'\a'

# no_raw_controls: neither stream of the last command holds ESC or BEL.
no_raw_controls() {
  if grep -q "[$esc$bel]" "$SCRATCH/stdout" "$SCRATCH/stderr"; then
    cat -v "$SCRATCH/stdout" "$SCRATCH/stderr" >&2
    fail "$1: a raw control character reached the terminal"
  fi
}
printf 'strategy:\n  name: Acme\n' > s.yaml

# A config key.
printf '"\\e[31mX": 1\n' > key.yaml
expect_status 2 "$CRMLINT" --config key.yaml s.yaml
expect_contains "$SCRATCH/stderr" "unknown key '\\x1b[31mX'"
no_raw_controls "a config key"

# A directory name in a config error.
dir="d${esc}]0;owned${bel}"
mkdir "$dir"
printf 'rules: [\n' > "$dir/.crmlint.yaml"
printf 'strategy:\n  name: Acme\n' > "$dir/s.yaml"
expect_status 2 "$CRMLINT" "$dir"
expect_contains "$SCRATCH/stderr" 'd\x1b]0;owned\x07/.crmlint.yaml'
no_raw_controls "a directory name in a config error"

# A baseline value.
printf '{"version": "\\u001b[2J", "entries": []}\n' > bad-baseline.json
expect_status 2 "$CRMLINT" --no-config --baseline bad-baseline.json s.yaml
expect_contains "$SCRATCH/stderr" 'version \x1b[2J is not supported'
no_raw_controls "a baseline value"

# A file name in an input error, and in the --write-baseline paths.
name="x${esc}[2J.yaml"
expect_status 2 "$CRMLINT" --no-config "$name"
expect_contains "$SCRATCH/stderr" 'x\x1b[2J.yaml: no such file'
no_raw_controls "a missing file's name"
expect_status 0 "$CRMLINT" --no-config s.yaml --write-baseline "b${esc}[2J.json"
expect_contains "$SCRATCH/stderr" 'in b\x1b[2J.json'
no_raw_controls "the baseline's name"
expect_status 2 "$CRMLINT" --no-config s.yaml -o "$dir"
no_raw_controls "a directory named by -o"
expect_status 2 "$CRMLINT" init "$dir"
no_raw_controls "a directory named by init"

# A file's content and name, in every format.
printf 'strategy:\n  name: Acme\n  "\\e]0;t\\a": 1\n' > "f${esc}[1m.yaml"
for format in text compact json sarif junit github gitlab html; do
  expect_status 1 "$CRMLINT" --no-config --format "$format" "f${esc}[1m.yaml"
  no_raw_controls "--format $format"
done

# A rule option's value in a config error, and a file's own name in a syntax error.
printf 'rules:\n  strategy/too-many-goals: {max_goals: "\\e[5m"}\n' > opt.yaml
expect_status 2 "$CRMLINT" --config opt.yaml s.yaml
no_raw_controls "an option value"
printf 'strategy: [\n' > "broken${esc}[7m.yaml"
expect_status 1 "$CRMLINT" --no-config "broken${esc}[7m.yaml"
no_raw_controls "a syntax error"
echo "all cases passed"
