# `crmlint schema` is a JSON Schema (draft 2020-12) that ajv-cli accepts
# against its metaschema and in ajv's strict mode; every example and the
# starter of `crmlint init` validate against it; a file with an unknown key,
# a wrong type or a missing required key does not, at the place where crmlint
# reports the same problem.
#
# Every validation runs twice: as draft 2020-12, and as draft-07, which is
# what YAML language servers validate with today (yaml-language-server issue
# 856). The schema uses only keywords that mean the same in both.
#
# Strategies are read by `yaml`, the parser YAML language servers use, and
# handed to ajv as JSON: an unquoted date stays text, as in an editor.
# (ajv-cli's own YAML reader makes it a Date object, which fails any string
# schema: ajv-cli issue 122.)
source "$(dirname "$0")/lib.bash"
require_tool ajv
require_tool node
export NODE_PATH="$CRMLINT_SOURCE_DIR/.tools/node_modules${NODE_PATH:+:$NODE_PATH}"
node -e 'require("yaml")' 2>/dev/null || fail "the yaml package is not installed; run scripts/install-test-tools"
cd "$SCRATCH"

expect_status 0 "$CRMLINT" schema
mv stdout schema.json

# The schema is valid against the draft 2020-12 metaschema, with no strict-mode
# complaint; a broken schema shows that `ajv compile` does check it.
expect_status 0 ajv compile --spec=draft2020 --strict=true -s schema.json
expect_contains stdout "schema schema.json is valid"
if grep -i "strict mode" stdout stderr >&2; then fail "ajv's strict mode complains about the schema"; fi
printf '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": 12}' > broken.json
expect_status 1 ajv compile --spec=draft2020 -s broken.json
expect_contains stderr "schema is invalid"
python3 - <<'PY'
import json
schema = json.load(open("schema.json", encoding="utf-8"))
schema["$schema"] = "http://json-schema.org/draft-07/schema#"
json.dump(schema, open("schema-draft7.json", "w", encoding="utf-8"))
PY
expect_status 0 ajv compile --spec=draft7 --strict=true -s schema-draft7.json
if grep -i "strict mode" stdout stderr >&2; then fail "ajv's strict mode complains about the schema read as draft-07"; fi
specs=("draft2020 schema.json" "draft7 schema-draft7.json")

# to_json YAML...: writes NAME.json beside each NAME.yaml, reading YAML 1.2's
# core schema as the language server does.
to_json() {
  node -e 'const fs = require("fs"), yaml = require("yaml");
    for (const f of process.argv.slice(1)) fs.writeFileSync(f + ".json", JSON.stringify(yaml.parse(fs.readFileSync(f, "utf8"))));' "$@"
}

# ajv_validate SPEC SCHEMA FILE...: ajv-cli on all FILEs at once (it starts slowly).
ajv_validate() {
  local spec=$1 schema=$2 args=() file; shift 2
  for file in "$@"; do args+=(-d "$file"); done
  ajv validate --spec="$spec" --strict=true --all-errors --errors=json -s "$schema" "${args[@]}"
}

# Files that must validate: the examples, the starter, and what the format
# allows beyond them: empty optional values, a single id for a list, number
# ids, percents and a share written as a plain number.
valid=()
for example in "$CRMLINT_SOURCE_DIR"/examples/*.yaml; do
  cp "$example" .
  valid+=("$(basename "$example")")
done
[ "${#valid[@]}" -ge 4 ] || fail "expected the bundled examples, found ${#valid[@]}"
"$CRMLINT" init > starter.yaml
cat > allowed.yaml <<'YAML'
crmlint:
strategy:
  name: 2027
  owner:
  business_objectives:
    - id: nrr
      title: Grow net revenue retention to 115%
stakeholders:
  - {id: 7, name: Dana, executive: false, wiifm: Fewer escalations}
customers:
  segments:
    - {id: s, name: S, share_of_profit: 62, needs: one account team}
    - {id: t, name: T, share_of_profit: "62.5%"}
goals:
  - id: g
    title: Cut churn
    owner: 7
    supports: nrr
    metric: {name: churn, baseline: "14%", target: 9.5}
    due: "2027-12-31"
    benefit: {amount: 100, currency: EUR, per: year, cashable: false}
    cost: 50
    description:
YAML
expect_status 0 "$CRMLINT" --no-config --select schema allowed.yaml
valid+=(starter.yaml allowed.yaml)
to_json "${valid[@]}"
for pair in "${specs[@]}"; do
  read -r spec schema <<<"$pair"
  expect_status 0 ajv_validate "$spec" "$schema" "${valid[@]/%/.json}"
  for file in "${valid[@]}"; do expect_contains stdout "$file.json valid"; done
done

# rejected NAME POINTER DETAIL RULE PATH < YAML: crmlint reports RULE at PATH,
# and (checked below) ajv rejects the file only for the value at POINTER: its
# errors are there or at the anyOf of a parent, with DETAIL the unknown or
# missing key when there is one.
rejected=()
printf '' > expected.tsv
rejected() {
  local name=$1 pointer=$2 detail=$3 rule=$4 path=$5
  cat > "$name.yaml"
  expect_status 1 "$CRMLINT" --no-config --select schema -f json "$name.yaml"
  python3 - "$SCRATCH/stdout" "$rule" "$path" <<'PY' || fail "$name: crmlint does not report $rule at $path"
import json, sys
found = [(d["rule"], d["path"]) for d in json.load(open(sys.argv[1], encoding="utf-8"))["diagnostics"]]
assert (sys.argv[2], sys.argv[3]) in found, found
PY
  rejected+=("$name.yaml")
  printf '%s\t%s\t%s\n' "$name.yaml.json" "$pointer" "$detail" >> expected.tsv
}

rejected unknown-top-key "" goal schema/unknown-key goal <<'YAML'
strategy: {name: Acme}
goal: []
YAML
rejected unknown-goal-key /goals/0 titel schema/unknown-key 'goals[g].titel' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, titel: Cut churn}
YAML
rejected unknown-money-key /goals/0/cost amout schema/unknown-key 'goals[g].cost.amout' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, cost: {amout: 5}}
YAML
rejected cashable-word /goals/0/benefit/cashable "" schema/type 'goals[g].benefit.cashable' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, benefit: {amount: 56000, per: year, cashable: partly}}
YAML
rejected priority-word /goals/0/priority "" schema/type 'goals[g].priority' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, priority: high}
YAML
rejected date-order /goals/0/due "" schema/type 'goals[g].due' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, due: 31/12/2027}
YAML
rejected outcome-word /goals/0/outcome "" schema/type 'goals[g].outcome' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, outcome: retain}
YAML
rejected metric-text /goals/0/metric "" schema/type 'goals[g].metric' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, metric: churn}
YAML
rejected target-words /goals/0/metric/target "" schema/type 'goals[g].metric.target' <<'YAML'
strategy: {name: Acme}
goals:
  - {id: g, title: Cut churn, metric: {name: churn, target: nine percent}}
YAML
rejected share-over /customers/segments/0/share_of_profit "" schema/type 'customers.segments[s].share_of_profit' <<'YAML'
strategy: {name: Acme}
customers:
  segments:
    - {id: s, name: S, share_of_profit: 120%}
YAML
rejected bad-id /milestones/0/id "" schema/type 'milestones[-pilot].id' <<'YAML'
strategy: {name: Acme}
milestones:
  - {id: -pilot, title: Pilot}
YAML
rejected version /crmlint "" schema/type crmlint <<'YAML'
crmlint: 2
strategy: {name: Acme}
YAML
rejected no-name /strategy name schema/required strategy.name <<'YAML'
strategy: {owner: dana}
stakeholders:
  - {id: dana, name: Dana}
YAML

to_json "${rejected[@]}"
for pair in "${specs[@]}"; do
  read -r spec schema <<<"$pair"
  expect_status 1 ajv_validate "$spec" "$schema" "${rejected[@]/%/.json}"
  python3 - "$SCRATCH/stderr" expected.tsv "$spec" <<'PY' || fail "ajv ($spec) does not reject the broken files as expected"
import json, re, sys
# ajv-cli writes "FILE invalid" and then that file's errors, for each file.
text = open(sys.argv[1], encoding="utf-8").read()
parts = re.split(r"^(\S+) invalid$", text, flags=re.M)
errors = {parts[i]: json.loads(parts[i + 1]) for i in range(1, len(parts), 2)}
for line in open(sys.argv[2], encoding="utf-8"):
    name, pointer, detail = line.rstrip("\n").split("\t")
    assert name in errors, f"{name}: not rejected ({sys.argv[3]})"
    for e in errors[name]:
        assert pointer == e["instancePath"] or pointer.startswith(e["instancePath"] + "/"), (name, e)
    ours = [e for e in errors[name] if e["instancePath"] == pointer]
    assert ours, (name, errors[name])
    if detail:
        keys = [e["params"].get("additionalProperty") or e["params"].get("missingProperty") for e in ours]
        assert detail in keys, (name, ours)
PY
done

echo "json_schema: schema valid as draft 2020-12 and draft-07; ${#valid[@]} files validate, ${#rejected[@]} broken files rejected"
