# docs/rules.md is what crmlint itself says about its rules.
source "$(dirname "$0")/lib.bash"
"$CRMLINT_SOURCE_DIR/scripts/rules-doc" "$CRMLINT" > "$SCRATCH/generated"
diff -u "$SCRATCH/generated" "$CRMLINT_SOURCE_DIR/docs/rules.md" ||
  fail "docs/rules.md is out of date: regenerate it with scripts/rules-doc build/crmlint > docs/rules.md"
echo "rules_doc: docs/rules.md is current"
