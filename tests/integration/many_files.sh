# A repository of 200 strategies in nested directories, some with their own
# .crmlint.yaml: -j 1 and -j 2 give byte-identical reports, exclude globs
# and hidden directories are skipped, and a symbolic link loop cannot trap
# the walk.
source "$(dirname "$0")/lib.bash"
cd "$SCRATCH"

for i in $(seq 1 200); do
  dir="repo/region-$((i % 5))/team-$((i % 7))"
  mkdir -p "$dir"
  {
    printf 'crmlint: 1\nstrategy:\n  name: Strategy %d\n' "$i"
    [ $((i % 3)) = 0 ] && printf '  vision: One record for every customer of team %d\n' "$i"
    printf 'goals:\n'
    for g in $(seq 1 $((i % 4 + 1))); do
      if [ $(((i + g) % 2)) = 0 ]; then
        printf '  - id: g%d\n    title: Improve things %s\n' "$g" "$([ "$g" = 1 ] && echo '# crmlint-disable-line smart/specific')"
      else
        printf '  - id: g%d\n    title: Cut churn in segment %d from 14%% to 9%% by 2027\n    due: 2027-12-31\n' "$g" "$i"
      fi
    done
  } > "$dir/strategy-$i.yaml"
done
printf 'rules:\n  smart: error\n  plan/no-priority: off\nexclude: ["team-6/**"]\n' > repo/region-1/.crmlint.yaml
printf 'extends: strict\n' > repo/region-2/team-3/.crmlint.yaml
mkdir -p repo/.hidden && cp repo/region-0/team-0/strategy-35.yaml repo/.hidden/
ln -s .. repo/region-3/loop

"$CRMLINT" -j 1 repo >one.txt 2>one.err || true
"$CRMLINT" -j 2 repo >two.txt 2>two.err || true
cmp one.txt two.txt || fail "-j 1 and -j 2 give different text reports"
cmp one.err two.err || fail "-j 1 and -j 2 give different messages"
[ -s one.err ] && { cat one.err; fail "the walk reports no error"; }

"$CRMLINT" -j 1 -f json repo >one.json || true
"$CRMLINT" -j 2 -f json repo >two.json || true
cmp one.json two.json || fail "-j 1 and -j 2 give different JSON reports"

python3 - one.json <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
files = report["files"]
# region-1/team-6 holds the i with i%5==1 and i%7==6: 6, 41, 76, 111, 146, 181.
excluded = [f for f in files if "region-1/team-6/" in f]
assert not excluded, excluded
assert not any(".hidden" in f or "/loop/" in f for f in files), "hidden directories and links are not walked"
assert report["summary"]["files"] == 194, report["summary"]
assert files == sorted(files), "files in a stable, sorted order"
by_file = {}
for d in report["diagnostics"]:
    by_file.setdefault(d["file"], []).append(d)
# region-1's config: smart findings are errors, plan/no-priority is off.
r1 = [d for f, ds in by_file.items() if "/region-1/" in f for d in ds]
assert r1 and all(d["severity"] == "error" for d in r1 if d["rule"].startswith("smart/")), "smart is error in region-1"
assert not any(d["rule"] == "plan/no-priority" for d in r1), "plan/no-priority is off in region-1"
# region-2/team-3 is strict: no info findings there; elsewhere plan/no-priority is info.
strict = [d for f, ds in by_file.items() if "/region-2/team-3/" in f for d in ds]
assert strict and not any(d["severity"] == "info" for d in strict), "strict has no info findings"
other = [d for f, ds in by_file.items() if "/region-0/" in f for d in ds]
assert any(d["rule"] == "plan/no-priority" and d["severity"] == "info" for d in other)
# The suppression comment on each vague g1 title holds.
assert not any(d["rule"] == "smart/specific" and d["path"] == "goals[g1].title" for d in report["diagnostics"])
assert any(d["rule"] == "smart/specific" for d in report["diagnostics"])
PY
echo "many_files: ok"
