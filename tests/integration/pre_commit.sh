# The pre-commit hook, run by the real pre-commit: `try-repo` reads the
# committed .pre-commit-hooks.yaml of this source tree and runs the built
# crmlint (put first on PATH, where scripts/pre-commit-hook looks). It blocks
# a commit with a bad strategy, and lets through a good one, YAML that is not
# a strategy, and a strategy the config excludes; without crmlint on PATH it
# fails saying how to install it.
source "$(dirname "$0")/lib.bash" || exit 1
require_tool pre-commit
require_tool git
git -C "$CRMLINT_SOURCE_DIR" rev-parse --git-dir >/dev/null 2>&1 || skip "$CRMLINT_SOURCE_DIR is not a git checkout"
git -C "$CRMLINT_SOURCE_DIR" cat-file -e HEAD:.pre-commit-hooks.yaml 2>/dev/null \
  || fail ".pre-commit-hooks.yaml is not committed: try-repo reads the hook definition from HEAD"

# A private home and cache: no network, nothing of the user's touched.
export HOME="$SCRATCH/home" PRE_COMMIT_HOME="$SCRATCH/pre-commit-cache"
mkdir -p "$HOME"
export GIT_CONFIG_GLOBAL="$HOME/.gitconfig"
git config --global safe.directory '*'
git config --global user.name test
git config --global user.email test@example.invalid
without_crmlint=$PATH
command -v crmlint >/dev/null 2>&1 && without_crmlint=$(dirname "$(command -v pre-commit)"):/usr/bin:/bin
export PATH="$(dirname "$CRMLINT"):$PATH"

git init -q "$SCRATCH/work"
cd "$SCRATCH/work"
cp "$CRMLINT_SOURCE_DIR/examples/acme-loyalty.yaml" good.yaml
printf 'crmlint: 1\nstrategy:\n  name: Acme\ngoals:\n  - id: g1\n    title: Improve things\n' > bad.yaml
mkdir -p .ci archive
printf 'jobs:\n  test: {runs-on: ubuntu-latest}\n' > .ci/pipeline.yml
cp bad.yaml archive/old.yaml
printf 'exclude: ["archive/**"]\n' > .crmlint.yaml
git add .

try_hook() { pre-commit try-repo "$CRMLINT_SOURCE_DIR" crmlint --color never --verbose --files "$@"; }

expect_status 1 try_hook bad.yaml good.yaml
expect_contains "$SCRATCH/stdout" "crmlint"
expect_contains "$SCRATCH/stdout" "Failed"
expect_contains "$SCRATCH/stdout" "bad.yaml:6:12: warning: goal 'g1' is not specific"
grep -q "^good.yaml:" "$SCRATCH/stdout" && fail "good.yaml has no finding"

expect_status 0 try_hook good.yaml .ci/pipeline.yml archive/old.yaml .crmlint.yaml
expect_contains "$SCRATCH/stdout" "Passed"

# Only YAML reaches the hook; a commit of other files skips it.
echo "notes" > README.txt
expect_status 0 try_hook README.txt
expect_contains "$SCRATCH/stdout" "(no files to check)Skipped"
# No crmlint on PATH: the hook fails, and says how to install crmlint.
PATH=$without_crmlint expect_status 1 try_hook bad.yaml
expect_contains "$SCRATCH/stdout" "needs the crmlint command, and none is on PATH"
expect_contains "$SCRATCH/stdout" "sudo apt-get install ./crmlint_"
echo "pre_commit: ok"
