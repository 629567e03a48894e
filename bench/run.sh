#!/usr/bin/env bash
# crmlint's benchmarks in one command (bench/README.md says what and why):
#
#   bench/run.sh
#
# Installs what it needs (hyperfine, yamllint, GNU time, valgrind from Debian; Spectral
# from npm into bench/.tools), builds crmlint and the benchmark programs in
# Release into build-bench/, generates the inputs into bench/out/, times
# crmlint against the parse-only baseline (libfyaml's event parse alone),
# yamllint and Spectral, counts instructions on the large file, and prints a
# markdown table of every target and whether it is met (also written to
# bench/out/results.md).
#
# Environment: RUNS (timed runs per command, default 5, at least 5 counts),
# MEM_RUNS (runs for peak memory, default 3), JOBS (build jobs, default 2),
# BUILD_DIR (default build-bench).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
OUT="$BENCH/out"
BUILD="${BUILD_DIR:-$ROOT/build-bench}"
RUNS="${RUNS:-5}"
MEM_RUNS="${MEM_RUNS:-3}"
JOBS="${JOBS:-2}"
SPECTRAL="$BENCH/.tools/node_modules/.bin/spectral"

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------
# The build dependencies, plus hyperfine, yamllint, GNU time and npm from
# Debian: npm only when there is none (a node from elsewhere brings its own).
tools=()
command -v hyperfine >/dev/null || tools+=(hyperfine)
command -v yamllint >/dev/null || tools+=(yamllint)
[ -x /usr/bin/time ] || tools+=(time)
command -v valgrind >/dev/null || tools+=(valgrind)
command -v npm >/dev/null || tools+=(npm)
"$ROOT/scripts/install-deps" "${tools[@]}"
if [ ! -x "$SPECTRAL" ]; then
  say "installing Spectral into bench/.tools"
  npm install --silent --no-fund --no-audit --prefix "$BENCH/.tools" @stoplight/spectral-cli >/dev/null
fi

# --- build ------------------------------------------------------------------
say "building (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRMLINT_BUILD_BENCH=ON \
  -DCRMLINT_BUILD_TESTS=OFF >/dev/null
nice ninja -C "$BUILD" -j "$JOBS" crmlint parse_baseline rules_bench >/dev/null
CRMLINT="$BUILD/crmlint"
# The large and scaling inputs are far over the default 512 KiB limit on a
# strategy file, which exists for real repositories, not for benchmarks.
BIG=(--max-file-size 1GiB)
BASELINE="$BUILD/bench/parse_baseline"
RULES_BENCH="$BUILD/bench/rules_bench"

# --- inputs -----------------------------------------------------------------
# Regenerated only when the generator changes; each input must be free of
# schema errors, or the benchmark would measure error reporting.
mkdir -p "$OUT"
stamp=$(sha256sum "$BENCH/gen_strategy.py" | cut -d' ' -f1)
if [ "$(cat "$OUT/.generated" 2>/dev/null)" != "$stamp" ]; then
  say "generating inputs into bench/out"
  rm -rf "$OUT/many" "$OUT"/*.yaml "$OUT/.generated"
  gen() { python3 "$BENCH/gen_strategy.py" "$@"; }
  gen typical "$OUT/typical.yaml"
  gen many 1000 "$OUT/many"
  gen size 25M "$OUT/large.yaml"
  gen counts 20000 60000 40000 "$OUT/scale.yaml"
  gen counts 40000 120000 80000 "$OUT/scale-2x.yaml"
  for input in "$OUT/typical.yaml" "$OUT/many" "$OUT/large.yaml" "$OUT/scale.yaml" "$OUT/scale-2x.yaml"; do
    if ! "$CRMLINT" "${BIG[@]}" --select schema --format compact --quiet "$input" >"$OUT/schema-check.txt"; then
      echo "bench/run.sh: generated input $input has schema errors:" >&2
      head -20 "$OUT/schema-check.txt" >&2
      exit 1
    fi
  done
  echo "$stamp" >"$OUT/.generated"
fi

# --- measurements -----------------------------------------------------------
# time_commands SHAPE RUNS WARMUP NAME COMMAND [NAME COMMAND ...]: medians by
# hyperfine into $OUT/SHAPE.json. Commands run without a shell; their output
# is discarded and their exit status ignored (a linter exits 1 on findings).
time_commands() {
  local shape=$1 runs=$2 warmup=$3
  shift 3
  local args=()
  while [ $# -gt 0 ]; do
    args+=(-n "$1" "$2")
    shift 2
  done
  say "timing: $shape"
  hyperfine -N --style basic --ignore-failure --runs "$runs" --warmup "$warmup" \
    --export-json "$OUT/$shape.json" "${args[@]}" >&2
}

# peak_memory NAME COMMAND...: the median over MEM_RUNS runs of the maximum
# resident set size reported by GNU time, in KiB, appended to memory.tsv.
peak_memory() {
  local name=$1
  shift
  local sizes=()
  for _ in $(seq "$MEM_RUNS"); do
    /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time-v.txt" || true
    sizes+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time-v.txt")")
  done
  printf '%s\t%s\n' "$name" "$(printf '%s\n' "${sizes[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    >>"$OUT/memory.tsv"
}

# instruction_count NAME COMMAND...: the instructions COMMAND executes under
# callgrind, appended to instructions.tsv. Unlike time, the count hardly moves
# when other work shares the machine, so it is the repeatable comparison.
instruction_count() {
  local name=$1
  shift
  say "instructions (callgrind): $name"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>"$OUT/callgrind.txt" || true
  printf '%s\t%s\n' "$name" "$(awk '/Collected :/ {print $NF}' "$OUT/callgrind.txt")" >>"$OUT/instructions.tsv"
}

FAST_RUNS=$((RUNS > 30 ? RUNS : 30))  # a 5 ms command needs more runs for a stable median
SPECTRAL_LINT=("$SPECTRAL" lint --quiet -r "$BENCH/spectral-ruleset.yaml")
YAMLLINT=(yamllint -c "$BENCH/yamllint.yaml")
: >"$OUT/memory.tsv"
: >"$OUT/instructions.tsv"

# A control, not a target: how many cores this machine gives right now. One
# CPU-bound run, then two at once; 2.0 means two free cores. On a shared
# machine it is less, and -j 2 cannot be faster than that allows.
BASELINE_MANY="$BASELINE $OUT/many/*.yaml"
time_commands capacity "$RUNS" 1 \
  "one run" "bash -c '$BASELINE_MANY'" \
  "two at once" "bash -c '$BASELINE_MANY & $BASELINE_MANY & wait'"

time_commands typical "$FAST_RUNS" 3 \
  crmlint "$CRMLINT $OUT/typical.yaml" \
  parse-baseline "$BASELINE $OUT/typical.yaml"
time_commands typical-spectral "$RUNS" 1 \
  spectral "${SPECTRAL_LINT[*]} $OUT/typical.yaml"
peak_memory typical/crmlint "$CRMLINT" "$OUT/typical.yaml"

time_commands many "$RUNS" 1 \
  "crmlint -j 1" "$CRMLINT -j 1 $OUT/many" \
  "crmlint -j 2" "$CRMLINT -j 2 $OUT/many" \
  spectral "${SPECTRAL_LINT[*]} $OUT/many/*.yaml" \
  yamllint "${YAMLLINT[*]} $OUT/many" \
  parse-baseline "bash -c '$BASELINE_MANY'"
peak_memory "many/crmlint -j 2" "$CRMLINT" -j 2 "$OUT/many"

time_commands large "$RUNS" 1 \
  crmlint "$CRMLINT ${BIG[*]} $OUT/large.yaml" \
  parse-baseline "$BASELINE $OUT/large.yaml" \
  spectral "${SPECTRAL_LINT[*]} $OUT/large.yaml"
peak_memory large/crmlint "$CRMLINT" "${BIG[@]}" "$OUT/large.yaml"
peak_memory large/parse-baseline "$BASELINE" "$OUT/large.yaml"
MEM_RUNS=1 peak_memory large/spectral "${SPECTRAL_LINT[@]}" "$OUT/large.yaml"
instruction_count large/crmlint "$CRMLINT" "${BIG[@]}" "$OUT/large.yaml"
instruction_count large/parse-baseline "$BASELINE" "$OUT/large.yaml"

time_commands scaling "$RUNS" 1 \
  crmlint "$CRMLINT ${BIG[*]} $OUT/scale.yaml" \
  "crmlint 2x" "$CRMLINT ${BIG[*]} $OUT/scale-2x.yaml"
peak_memory scaling/crmlint "$CRMLINT" "${BIG[@]}" "$OUT/scale.yaml"
peak_memory "scaling/crmlint 2x" "$CRMLINT" "${BIG[@]}" "$OUT/scale-2x.yaml"

say "rules vs load (rules_bench)"
"$RULES_BENCH" --runs "$RUNS" "$OUT/scale.yaml" "$OUT/scale-2x.yaml" >"$OUT/rules.md"

# --- report -----------------------------------------------------------------
python3 "$BENCH/report.py" "$OUT" | tee "$OUT/results.md"
