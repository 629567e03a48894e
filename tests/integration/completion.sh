# `crmlint completion bash|zsh|fish`, and the bash script driven as bash
# drives it: COMP_WORDS and COMP_CWORD set, the completion function called,
# COMPREPLY checked. Its words come from the parser and the rule registry.
# fish is asked with `complete -C`, zsh is typed into on a pseudo-terminal.
source "$(dirname "$0")/lib.bash"

expect_status 0 "$CRMLINT" completion bash
cp "$SCRATCH/stdout" "$SCRATCH/crmlint.bash"
expect_status 2 "$CRMLINT" completion tcsh
expect_contains "$SCRATCH/stderr" "shell"

# complete WORD...: what the completion offers for the last WORD (one per line, sorted).
complete_words() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _crmlint
    printf "%s\n" "${COMPREPLY[@]}" | sort' complete "$SCRATCH/crmlint.bash" "$@"
}
# expect_completion WANT WORD...: the offer is exactly WANT (space-separated).
expect_completion() {
  local want got
  want=$(tr ' ' '\n' <<<"$1" | sort); shift
  got=$(complete_words "$@")
  [ "$got" = "$want" ] || fail "completing '$*': got [$(echo $got)], expected [$(echo $want)]"
}
# expect_offers WORD... -- OFFER...: each OFFER is among what WORD... completes to.
expect_offers() {
  local words=()
  while [ "$1" != -- ]; do words+=("$1"); shift; done; shift
  local got; got=$(complete_words "${words[@]}")
  for offer in "$@"; do grep -qxF -- "$offer" <<<"$got" || fail "completing '${words[*]}' does not offer $offer: [$(echo $got)]"; done
}

# Commands, options, and each option's values.
expect_offers crmlint "" -- rules explain init schema completion
expect_completion "--format" crmlint --form
expect_completion "--force-exclude --format" crmlint --fo
expect_completion "json junit" crmlint --format j
expect_completion "json junit" crmlint -f j
expect_completion "json junit" crmlint --format = j
expect_completion "text json" crmlint rules --format ""
expect_completion "text markdown" crmlint explain --format ""
expect_completion "never" crmlint --fail-on n
expect_completion "always auto" crmlint --color a
expect_completion "bash" crmlint completion b
expect_offers crmlint rules - -- --select --ignore --config --no-config --format
expect_offers crmlint init - -- --force

# Rule ids and categories for --select, --ignore and explain, every one crmlint knows.
"$CRMLINT" rules --no-config --format json | python3 -c '
import json, sys
rules = json.load(sys.stdin)
print(" ".join(r["id"] for r in rules))
print(" ".join(sorted({r["category"] for r in rules})))' > "$SCRATCH/rules"
ids=$(sed -n 1p "$SCRATCH/rules"); categories=$(sed -n 2p "$SCRATCH/rules")
[ -n "$ids" ] && [ -n "$categories" ] || fail "crmlint rules lists no rule"
# shellcheck disable=SC2086
expect_offers crmlint --select "" -- $ids $categories
# shellcheck disable=SC2086
expect_completion "$(printf '%s\n' $categories $ids | grep '^sm' | xargs)" crmlint --select sm
expect_completion "wiifm,smart/specific" crmlint --ignore wiifm,smart/sp
expect_completion "wiifm wiifm/missing wiifm/uncovered-department" crmlint rules --ignore wi
# shellcheck disable=SC2086
expect_completion "$ids" crmlint explain ""
expect_completion "pace/training-after-rollout" crmlint explain pace/tr

# File names for paths and for the options that name a file.
mkdir -p "$SCRATCH/tree/strategies"
touch "$SCRATCH/tree/strategies/q3.yaml" "$SCRATCH/tree/baseline.json"
cd "$SCRATCH/tree"
expect_completion "strategies/q3.yaml" crmlint strategies/q
expect_completion "strategies/q3.yaml" crmlint -f sarif strategies/q
expect_completion "baseline.json" crmlint --baseline b
expect_completion "strategies" crmlint -c st
# A flag takes no value: the next word is a path again.
expect_completion "strategies" crmlint --quiet st
expect_completion "strategies" crmlint --no-config st
expect_completion "strategies/q3.yaml" crmlint init strategies/
expect_completion "" crmlint --today 2
expect_completion "" crmlint schema ""

# zsh and fish: the scripts print and parse (scripts/install-test-tools installs both shells).
require_tool zsh
require_tool fish
for shell in zsh fish; do
  expect_status 0 "$CRMLINT" completion "$shell"
  expect_contains "$SCRATCH/stdout" "wiifm/uncovered-department"
  expect_contains "$SCRATCH/stdout" "write-baseline"
  cp "$SCRATCH/stdout" "$SCRATCH/crmlint.$shell"
  "$shell" -n "$SCRATCH/crmlint.$shell" || fail "the $shell script does not parse"
done
# fish can be asked directly what it would complete.
fish_complete() { fish -c "source $SCRATCH/crmlint.fish; complete -C'$1'" | cut -f1 | sort | xargs; }
[ "$(fish_complete 'crmlint --format j')" = "json junit" ] || fail "fish: --format j gives $(fish_complete 'crmlint --format j')"
[ "$(fish_complete 'crmlint explain pace/tr')" = "pace/training-after-rollout" ] || fail "fish: explain gives the wrong rules"
[ "$(fish_complete 'crmlint --ignore wiifm,wiifm/m')" = "wiifm,wiifm/missing" ] || fail "fish: --ignore lists fail"
[ "$(fish_complete 'crmlint completion z')" = "zsh" ] || fail "fish: completion SHELL fails"
# zsh completes only in its line editor: type into an interactive zsh on a
# pseudo-terminal (zsh/zpty), press Tab twice, and read the screen.
cat > "$SCRATCH/zsh-complete.zsh" <<'ZSH'
# zsh -f zsh-complete.zsh DIR LINE WANT: LINE and Tab, Tab, with DIR in fpath, show WANT.
zmodload zsh/zpty
zpty z "zsh -f -i"
zpty -w z "PS1='> '; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D; unsetopt beep; LISTMAX=1000"
zpty -w -n z "$2"$'\t'
sleep 1
zpty -w -n z $'\t'
out=
for i in {1..200}; do
  zpty -r -t z chunk && out+=$chunk
  [[ ${out//$'\e'\[[0-9;?]#[a-zA-Z]/} == *$3* ]] && { zpty -d z; exit 0; }
  sleep 0.1
done
zpty -d z
print -r -- "zsh showed: ${out//$'\e'\[[0-9;?]#[a-zA-Z]/}" >&2
exit 1
ZSH
mkdir -p "$SCRATCH/zsh-functions"
cp "$SCRATCH/crmlint.zsh" "$SCRATCH/zsh-functions/_crmlint"
zsh_shows() { (cd "$SCRATCH/tree" && zsh -f "$SCRATCH/zsh-complete.zsh" "$SCRATCH/zsh-functions" "$1" "$2") ||
  fail "zsh: '$1' and Tab do not show '$2'"; }
zsh_shows 'crmlint --format j' 'junit'
zsh_shows 'crmlint explain wiifm/u' 'crmlint explain wiifm/uncovered-department'
zsh_shows 'crmlint --select smart/sp' 'crmlint --select smart/specific'
zsh_shows 'crmlint strategies/q' 'crmlint strategies/q3.yaml'
echo "completion: ok"
