# crmlint survives every input of the public YAML test suite: no crash, no
# run over 2 seconds, exit status 0 or 1 (never a signal, never 2 for a
# readable file), and a `syntax` diagnostic for every invalid case that
# yaml-cpp rejects. The invalid cases yaml-cpp accepts are listed in
# tests/yaml-test-suite-deviations.txt, and this test keeps that list true.
source "$(dirname "$0")/lib.bash"
suite=${YAML_TEST_SUITE:-$CRMLINT_SOURCE_DIR/../shared/yaml-test-suite}
[ -d "$suite" ] || skip "no YAML test suite at $suite (set YAML_TEST_SUITE)"
python3 - "$CRMLINT" "$suite" "$CRMLINT_SOURCE_DIR/tests/yaml-test-suite-deviations.txt" <<'PY'
import json, os, subprocess, sys, time

crmlint, suite, deviations_file = sys.argv[1:4]
listed = set()
for line in open(deviations_file):
    line = line.split("#", 1)[0].strip()
    if line:
        listed.add(line)

problems, accepted_invalid, cases = [], set(), 0
for root, dirs, files in sorted(os.walk(suite)):
    dirs.sort()
    if "in.yaml" not in files:
        continue
    cases += 1
    case = os.path.relpath(root, suite)
    invalid = "error" in files
    start = time.monotonic()
    try:
        run = subprocess.run([crmlint, "--format", "json", "--no-config", os.path.join(root, "in.yaml")],
                             capture_output=True, timeout=2)
    except subprocess.TimeoutExpired:
        problems.append(f"{case}: took longer than 2 seconds")
        continue
    elapsed = time.monotonic() - start
    if run.returncode < 0:
        problems.append(f"{case}: killed by signal {-run.returncode}")
        continue
    if run.returncode not in (0, 1):
        problems.append(f"{case}: exit status {run.returncode}: {run.stderr.decode(errors='replace').strip()}")
        continue
    if run.stderr.strip():
        problems.append(f"{case}: wrote to stderr: {run.stderr.decode(errors='replace').strip()[:300]}")
    rules = {d["rule"] for d in json.loads(run.stdout)["diagnostics"]}
    if invalid and "syntax" not in rules:
        accepted_invalid.add(case)

for case in sorted(accepted_invalid - listed):
    problems.append(f"{case}: invalid YAML accepted without a syntax diagnostic, and not listed as a known deviation")
for case in sorted(listed - accepted_invalid):
    problems.append(f"{case}: listed as a known deviation but now reported (or gone): remove it from the list")

print(f"{cases} cases, {len(accepted_invalid)} known deviations")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
