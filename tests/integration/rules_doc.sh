# docs/rules.md is what crmlint says about its rules, with an anchor per
# rule; SARIF links there: the tool's informationUri is the page (the
# CRMLINT_DOCS_URL it was built with), each rule's helpUri its anchor, and
# each rule's help.markdown its section.
source "$(dirname "$0")/lib.bash"
cd "$CRMLINT_SOURCE_DIR"
scripts/rules-doc "$CRMLINT" > "$SCRATCH/rules.md"
diff -u "$SCRATCH/rules.md" docs/rules.md ||
  fail "docs/rules.md is out of date: regenerate it with scripts/rules-doc build/crmlint > docs/rules.md"

"$CRMLINT" --no-config -f sarif -o "$SCRATCH/all.sarif" examples/*.yaml || [ $? = 1 ]
for id in $(python3 -c 'import json, sys
for rule in json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]: print(rule["id"])' "$SCRATCH/all.sarif"); do
  "$CRMLINT" explain --format markdown "$id" > "$SCRATCH/section.md"
  python3 - "$SCRATCH/all.sarif" "$id" "$SCRATCH/section.md" docs/rules.md <<'PY' || fail "SARIF does not link $id to its documentation"
import json, sys
log, rule_id, section, page = sys.argv[1:]
driver = json.load(open(log))["runs"][0]["tool"]["driver"]
rule = next(r for r in driver["rules"] if r["id"] == rule_id)
base = driver["informationUri"]
anchor = rule_id.replace("/", "-")
assert "://" in base and base.endswith("rules.md"), base
assert rule["helpUri"] == base + "#" + anchor, (rule["helpUri"], base)
assert '<a id="%s"></a>' % anchor in open(page).read(), "no anchor " + anchor
assert rule["help"]["markdown"] in open(section).read(), rule["help"]["markdown"]
assert "### Why" in rule["help"]["markdown"] and "```yaml" in rule["help"]["markdown"]
PY
done
echo "rules_doc: docs/rules.md is current and SARIF links every rule to it"
