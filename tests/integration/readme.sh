# The README's table of rules is what crmlint itself says about its rules.
source "$(dirname "$0")/lib.bash"
readme="$CRMLINT_SOURCE_DIR/README.md"
sed -n '/<!-- rules-table:start -->/,/<!-- rules-table:end -->/p' "$readme" | sed '1d;$d' > "$SCRATCH/readme-table"
"$CRMLINT_SOURCE_DIR/scripts/rules-table" "$CRMLINT" > "$SCRATCH/generated-table"
diff -u "$SCRATCH/generated-table" "$SCRATCH/readme-table" ||
  fail "README.md's rules table is out of date: regenerate it with scripts/rules-table build/crmlint"
echo "readme: the rules table is current"
