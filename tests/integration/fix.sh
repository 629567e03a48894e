# `crmlint --fix` round trip: every example and the starter, with mistakes a
# person makes added (a misspelt key, a misspelt id, a misspelt allowed word,
# a key in the wrong case), is fixed back to the original byte for byte, also
# with CRLF line ends and a byte-order mark; --diff prints a patch that gives
# the same result and writes nothing; a second --fix changes nothing; a fix
# that is not certain, and a file with a syntax error, are never applied.
source "$(dirname "$0")/lib.bash"
require_tool patch
cd "$SCRATCH"

"$CRMLINT" init > starter.yaml
mkdir originals broken
cp "$CRMLINT_SOURCE_DIR"/examples/*.yaml starter.yaml originals/
python3 - originals broken <<'PY'
import os, re, sys
originals, broken = sys.argv[1:]

def misspell_id(text):
    """Swaps two letters of the first owner id: one edit from the real id."""
    m = re.search(r"^(\s+owner: )([a-z]{4,})$", text, re.M)
    if not m:
        return text, False
    word = m.group(2)
    wrong = word[0] + word[2] + word[1] + word[3:]
    return text[:m.start(2)] + wrong + text[m.end(2):], wrong != word

for name in sorted(os.listdir(originals)):
    text = open(os.path.join(originals, name), newline="").read()
    made = []
    for pattern, wrong in ((r"^(\s+)title: ", r"\1titel: "), (r"^(\s+)due: ", r"\1Due: "),
                           (r"^(\s+outcome: )retention$", r"\1retnetion")):
        changed = re.sub(pattern, wrong, text, count=1, flags=re.M)
        if changed != text:
            made.append(pattern)
        text = changed
    text, changed = misspell_id(text)
    if changed:
        made.append("owner")
    assert len(made) >= 2, (name, made)
    open(os.path.join(broken, name), "w", newline="").write(text)
    # The same file with CRLF line ends and a byte-order mark.
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    open(os.path.join(broken, "crlf-" + name), "w", newline="", encoding="utf-8").write(crlf)
    original = open(os.path.join(originals, name), newline="").read()
    open(os.path.join(originals, "crlf-" + name), "w", newline="", encoding="utf-8").write(
        "\ufeff" + original.replace("\n", "\r\n"))
PY

# --diff first: a patch on standard output, status 1, nothing written.
cp -r broken diffed
expect_status 1 "$CRMLINT" --no-config --fix --diff diffed
cp stdout fixes.diff
cmp -s <(cat diffed/*) <(cat broken/*) || fail "--fix --diff wrote to the files"
expect_contains fixes.diff "--- a/diffed/acme-loyalty.yaml"
expect_contains stderr "would fix"
expect_contains stderr "; nothing written"
(cd diffed && patch -s -p2 < ../fixes.diff) || fail "the --diff output does not apply with patch"

# --fix: every file back to its original, byte for byte.
cp -r broken fixed
chmod 640 fixed/acme-loyalty.yaml
expect_status 0 "$CRMLINT" --no-config --fix --fail-on never fixed
expect_contains stderr "crmlint: fixed fixed/acme-loyalty.yaml:"
expect_contains stderr "rename 'titel' to 'title' [schema/unknown-key]"
for f in originals/*.yaml; do
  name=$(basename "$f")
  cmp -s "$f" "fixed/$name" || { diff "$f" "fixed/$name" >&2 || true; fail "--fix did not restore $name"; }
  cmp -s "$f" "diffed/$name" || fail "the --diff patch did not restore $name"
done
[ "$(stat -c %a fixed/acme-loyalty.yaml)" = 640 ] || fail "--fix changed the file's permissions"
ls -A fixed | grep -q '^\.crmlint-' && fail "--fix left a temporary file behind"

# A second --fix changes nothing.
cp -r fixed again
expect_status 0 "$CRMLINT" --no-config --fix --fail-on never again
expect_contains stderr "crmlint: fixed 0 findings in 0 files"
for f in fixed/*.yaml; do cmp -s "$f" "again/$(basename "$f")" || fail "a second --fix changed $(basename "$f")"; done
expect_status 0 "$CRMLINT" --no-config --fix --diff again
[ ! -s stdout ] || fail "--diff on a fixed tree printed a diff"

# Not certain: two edits away, two candidates, or a key that already exists.
cat > unsure.yaml <<'YAML'
strategy:
  name: Acme
goals:
  - id: churn
    title: Cut churn from 14% to 9% by 2027
    titel: a second title would be a duplicate key
    ownr_: dana
    outcome: retain
YAML
cp unsure.yaml unsure.before
expect_status 1 "$CRMLINT" --no-config --fix unsure.yaml
cmp -s unsure.yaml unsure.before || fail "--fix applied a fix that is not certain"
expect_contains stderr "crmlint: fixed 0 findings"
expect_contains stdout "unknown key 'ownr_'; did you mean 'owner'?"

# A syntax error: the file is never touched, even with a certain fix in it.
printf 'strategy:\n  name: Acme\ngoals:\n  - id: churn\n    titel: Cut churn\n    due: [2027\n' > broken.yaml
cp broken.yaml broken.before
expect_status 1 "$CRMLINT" --no-config --fix broken.yaml
cmp -s broken.yaml broken.before || fail "--fix changed a file with a syntax error"

# Usage: --diff needs --fix, and standard input cannot be fixed in place.
expect_status 2 "$CRMLINT" --diff starter.yaml
expect_status 2 "$CRMLINT" --fix - < starter.yaml
expect_contains stderr "cannot be fixed in place"
