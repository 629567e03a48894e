# crmlint reads every input of the public YAML test suite as YAML does: a
# `syntax` diagnostic for every invalid case, none for any valid one (a valid
# second document is schema/multiple-documents, not syntax), no crash, no
# run over 2 seconds, exit status 0 or 1 (never a signal, never 2 for a
# readable file).
source "$(dirname "$0")/lib.bash"
suite=${YAML_TEST_SUITE:-$CRMLINT_SOURCE_DIR/../shared/yaml-test-suite}
[ -d "$suite" ] || skip "no YAML test suite at $suite (set YAML_TEST_SUITE)"
python3 - "$CRMLINT" "$suite" <<'PY'
import json, os, subprocess, sys, time

crmlint, suite = sys.argv[1:3]
problems, cases, invalid_cases = [], 0, 0
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
    syntax = [d for d in json.loads(run.stdout)["diagnostics"] if d["rule"] == "syntax"]
    invalid_cases += invalid
    if invalid and not syntax:
        problems.append(f"{case}: invalid YAML accepted without a syntax diagnostic")
    if not invalid and syntax:
        problems.append(f"{case}: valid YAML reported as a syntax error: {syntax[0]['message']}")

print(f"{cases} cases ({invalid_cases} invalid), each read as YAML reads it")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
