# The Debian package, installed as a user would: cpack -G DEB packs this
# build (the install rules and CPack settings scripts/package uses), and
# `apt-get install ./crmlint_*.deb` installs it into a clean Debian 12 root,
# where apt resolves its Depends from Debian's packages. There crmlint runs,
# lints the examples the package ships, `man crmlint` shows the page, and
# bash completes crmlint through bash-completion's loader.
#
# The root is made once with debootstrap (minbase, plus man-db and
# bash-completion) from the Debian mirror this machine's apt sources name,
# cached in the build directory, and copied for each run, so each run starts
# clean. Needs root (debootstrap, chroot); runs in the release build only.
source "$(dirname "$0")/lib.bash"
[ "$(id -u)" = 0 ] || fail "needs root, for debootstrap and chroot (CI runs as root)"
require_tool debootstrap
require_tool cpack
require_tool wget
build=$(cd "$(dirname "$CRMLINT")" && pwd)

# The Debian mirror for bookworm in /etc/apt/sources.list and sources.list.d
# (one-line and deb822 formats), never a host of our own choosing.
mirror=$(python3 - <<'PY'
import glob, re
files = ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")) \
      + sorted(glob.glob("/etc/apt/sources.list.d/*.sources"))
def candidates():
    for path in files:
        try:
            text = open(path, encoding="utf-8").read()
        except OSError:
            continue
        if path.endswith(".sources"):
            for stanza in re.split(r"\n\s*\n", text):
                fields = {}
                for line in stanza.splitlines():
                    if line.startswith("#") or ":" not in line:
                        continue
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.split()
                if fields.get("enabled", ["yes"])[0] == "no" or "deb" not in fields.get("types", []):
                    continue
                for uri in fields.get("uris", []):
                    yield uri, fields.get("suites", []), fields.get("components", [])
        else:
            for line in text.splitlines():
                words = re.sub(r"\[[^]]*\]", "", line.split("#", 1)[0]).split()
                if len(words) >= 4 and words[0] == "deb":
                    yield words[1], [words[2]], words[3:]
for uri, suites, components in candidates():
    if "bookworm" in suites and "main" in components:
        print(uri.rstrip("/"))
        break
PY
)
[ -n "$mirror" ] || skip "no apt source on this machine names Debian 12 (bookworm) main, so there is no path to Debian's packages"
wget -q -T 20 -t 2 -O /dev/null "$mirror/dists/bookworm/Release" ||
  skip "the Debian mirror $mirror (from /etc/apt/sources) cannot be reached: no network path to Debian's packages"

cache="$build/debootstrap/bookworm-minbase"
if [ ! -f "$cache/.crmlint-complete" ]; then
  rm -rf "$cache.tmp"
  mkdir -p "$(dirname "$cache")"
  debootstrap --variant=minbase --include=man-db,bash-completion bookworm "$cache.tmp" "$mirror" \
    >"$SCRATCH/debootstrap.log" 2>&1 || { tail -20 "$SCRATCH/debootstrap.log" >&2; fail "debootstrap failed"; }
  touch "$cache.tmp/.crmlint-complete"
  rm -rf "$cache"
  mv "$cache.tmp" "$cache"
fi
root="$SCRATCH/root"
cp -a "$cache" "$root"
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
mount -t proc proc "$root/proc"
# A file of its own: a symbolic link there would point into this machine's /run.
rm -f "$root/etc/resolv.conf"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }

# The package, from this build.
(cd "$build" && cpack -G DEB -B "$SCRATCH/package" >"$SCRATCH/cpack.log" 2>&1) ||
  { cat "$SCRATCH/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$SCRATCH"/package/crmlint_*_*.deb)
[ "$(basename "$deb")" = "crmlint_$("$CRMLINT" --version | cut -d' ' -f2)_$(dpkg --print-architecture).deb" ] ||
  fail "the package is named $(basename "$deb"), not crmlint_<version>_<arch>.deb"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libstdc++6; do
  grep -q "$lib" <<<"$depends" || fail "Depends ($depends) does not name $lib: dpkg-shlibdeps did not run"
done
cp "$deb" "$root/tmp/"

apt_in_root() { in_root env DEBIAN_FRONTEND=noninteractive apt-get "$@" >"$SCRATCH/apt.log" 2>&1 ||
  { tail -30 "$SCRATCH/apt.log" >&2; fail "apt-get $* failed in the Debian 12 root"; }; }
apt_in_root update -q
apt_in_root install -y -q --no-install-recommends "/tmp/$(basename "$deb")"

expect_status 0 in_root crmlint --version
expect_contains "$SCRATCH/stdout" "crmlint $("$CRMLINT" --version | cut -d' ' -f2)"
expect_status 0 in_root crmlint /usr/share/doc/crmlint/examples/acme-loyalty.yaml
expect_status 1 in_root crmlint /usr/share/doc/crmlint/examples/tech-first.yaml
expect_contains "$SCRATCH/stdout" "[customer/technology-first]"
expect_status 0 in_root sh -c 'man -P cat crmlint'
expect_contains "$SCRATCH/stdout" "lint CRM strategies written as YAML"
expect_contains "$SCRATCH/stdout" "completion"
for file in /usr/share/crmlint/crmlint.schema.json /usr/share/crmlint/.pre-commit-hooks.yaml \
            /usr/share/doc/crmlint/rules.md /usr/share/zsh/vendor-completions/_crmlint \
            /usr/share/fish/vendor_completions.d/crmlint.fish; do
  [ -s "$root$file" ] || fail "the package does not install $file"
done
cmp -s "$root/usr/share/crmlint/crmlint.schema.json" <("$CRMLINT" schema) || fail "the installed schema is not crmlint schema's"

# bash-completion loads crmlint's script on first use, as in an interactive shell.
cat > "$root/tmp/complete.bash" <<'BASH'
source /usr/share/bash-completion/bash_completion
_completion_loader crmlint
COMP_WORDS=(crmlint --format j); COMP_CWORD=2
"$(complete -p crmlint | sed 's/.*-F \([^ ]*\) .*/\1/')"
echo "${COMPREPLY[*]}"
COMP_WORDS=(crmlint explain wiifm/); COMP_CWORD=2; COMPREPLY=()
_crmlint
echo "${COMPREPLY[*]}"
BASH
expect_status 0 in_root bash /tmp/complete.bash
expect_contains "$SCRATCH/stdout" "json junit"
expect_contains "$SCRATCH/stdout" "wiifm/missing wiifm/uncovered-department"
echo "debian_package: installed $(basename "$deb") (Depends: $depends) into a clean Debian 12 and ran it"
