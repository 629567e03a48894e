# The man page renders without warnings and documents every option --help lists.
source "$(dirname "$0")/lib.bash"
require_tool man
page="$CRMLINT_SOURCE_DIR/man/crmlint.1"

warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man reports: $warnings"

rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null)
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES EXAMPLES; do
  grep -q "^$section" <<<"$rendered" || fail "the man page has no $section section"
done
for option in $("$CRMLINT" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  grep -qF -- "$option" <<<"$rendered" || fail "the man page does not document $option"
done
echo "man_page: all checks passed"
