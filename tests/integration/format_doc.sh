# docs/format.md's key reference is what crmlint's schema table says.
source "$(dirname "$0")/lib.bash"
doc="$CRMLINT_SOURCE_DIR/docs/format.md"
sed -n '/<!-- format-keys:start -->/,/<!-- format-keys:end -->/p' "$doc" | sed '1d;$d' > "$SCRATCH/documented"
"$CRMLINT_SOURCE_DIR/scripts/format-doc" "$CRMLINT" > "$SCRATCH/generated"
diff -u "$SCRATCH/generated" "$SCRATCH/documented" ||
  fail "docs/format.md's key reference is out of date: regenerate it with scripts/format-doc build/crmlint"
echo "format_doc: the key reference is current"
