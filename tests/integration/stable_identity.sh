# A finding keeps its identity when the strategy is rearranged: for every
# example, reordering goals, milestones, stakeholders and the values of every
# list, and adding unrelated entries, keeps every baseline entry, every
# GitLab fingerprint and every SARIF partialFingerprint of the original.
# Each variant is the example rewritten by a YAML library, so the lines move
# as well.
source "$(dirname "$0")/lib.bash"
python3 -c 'import yaml' 2>/dev/null || fail "python3-yaml is missing (pre-commit, from scripts/install-test-tools, brings it)"

cd "$SCRATCH"
# variant NAME IN OUT: the strategy IN rearranged as NAME says.
variant() {
  python3 - "$@" <<'PY'
import sys, yaml
name, source, target = sys.argv[1:]
doc = yaml.safe_load(open(source, encoding="utf-8"))

def reverse_values(node):
    """Reverses every list of scalars (departments, goals, after, needs...)."""
    if isinstance(node, dict):
        for value in node.values():
            reverse_values(value)
    elif isinstance(node, list):
        if all(not isinstance(v, (dict, list)) for v in node):
            node.reverse()
        for value in node:
            reverse_values(value)

if name in ("goals", "milestones", "stakeholders"):
    doc.get(name, []).reverse()
elif name == "values":
    reverse_values(doc)
elif name == "additions":
    # Entries no finding is about: a briefed stakeholder in a briefed department, and
    # one more need of a segment that has needs (a first need would fix customer/unknown-customers).
    people = doc.get("stakeholders") or []
    briefed = [p for p in people if p.get("wiifm") and p.get("department")]
    if briefed:  # in a department already briefed, so no finding changes
        people.insert(0, {"id": "added-person", "name": "Added Person", "role": "Analyst",
                          "department": briefed[0]["department"], "wiifm": "Fewer lists built by hand."})
    for segment in (doc.get("customers") or {}).get("segments") or []:
        if segment.get("needs"):
            segment["needs"].insert(0, "an answer within one day")
elif name != "same":
    sys.exit("unknown variant " + name)
yaml.safe_dump(doc, open(target, "w", encoding="utf-8"), sort_keys=False, allow_unicode=True)
PY
}

# identities DIR: DIR/strategy.yaml linted from DIR, so every variant has the
# same file name; one line per finding in DIR/ids: its baseline key (rule and
# path), GitLab fingerprint and SARIF partialFingerprint.
identities() {
  (
    cd "$1"
    for format in gitlab sarif json; do
      "$CRMLINT" --no-config --today 2026-06-01 -f "$format" -o "findings.$format" strategy.yaml || [ $? = 1 ]
    done
    python3 - > ids <<'PY'
import json
for d in json.load(open("findings.json"))["diagnostics"]:
    print("path", d["rule"], d["path"])
for finding in json.load(open("findings.gitlab")):
    print("gitlab", finding["check_name"], finding["fingerprint"])
for result in json.load(open("findings.sarif"))["runs"][0]["results"]:
    print("sarif", result["ruleId"], result["partialFingerprints"]["crmlintIdentity/v1"])
PY
    sort -o ids ids
  )
}

checked=0
for example in "$CRMLINT_SOURCE_DIR"/examples/*.yaml; do
  name=$(basename "$example" .yaml)
  mkdir -p "$name/original"
  # The original as the YAML library writes it, so every variant differs from it only as named.
  variant same "$example" "$name/original/strategy.yaml"
  identities "$name/original"
  (cd "$name/original" && "$CRMLINT" --no-config --today 2026-06-01 --write-baseline baseline.json strategy.yaml 2>/dev/null)
  for change in goals milestones stakeholders values additions; do
    mkdir -p "$name/$change"
    variant "$change" "$name/original/strategy.yaml" "$name/$change/strategy.yaml"
    cmp -s "$name/original/strategy.yaml" "$name/$change/strategy.yaml" && continue  # nothing to rearrange here
    identities "$name/$change"
    lost=$(comm -23 "$name/original/ids" "$name/$change/ids" | sed 's/^/    /')
    [ -z "$lost" ] || fail "$name, $change rearranged: these identities did not survive:
$lost
  now:
$(sed 's/^/    /' "$name/$change/ids")"
    # The baseline recorded for the original still covers every finding.
    status=0
    (cd "$name/$change" && "$CRMLINT" --no-config --today 2026-06-01 -f json --baseline ../original/baseline.json \
      strategy.yaml > left.json) || status=$?
    [ "$status" -le 1 ] || fail "$name, $change: crmlint --baseline exited $status"
    python3 - "$name/$change/left.json" <<'PY' || fail "$name, $change: the baseline no longer covers every finding"
import json, sys
left = json.load(open(sys.argv[1]))["diagnostics"]
# Findings about the added entries are new, and rightly so.
new = [d for d in left if "added-person" not in d["path"] and "an answer within one day" not in d["path"]]
for d in new:
    print("  new:", d["rule"], d["path"], file=sys.stderr)
sys.exit(1 if new else 0)
PY
    checked=$((checked + 1))
  done
done
[ "$checked" -ge 10 ] || fail "only $checked rearranged strategies were checked"
echo "stable_identity: $checked rearranged strategies keep every identity"
