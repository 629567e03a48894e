# --format html in a real browser: headless Chromium renders the report of the
# examples, the screenshot is not blank, and the rendered DOM holds the score,
# one timeline bar per milestone of each example, and the coverage matrix.
source "$(dirname "$0")/lib.bash"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || fail "chromium is not installed; run scripts/install-test-tools"
examples="$CRMLINT_SOURCE_DIR/examples"
today=2027-05-20

# browse MODE HTML OUT: a fresh profile each time, and nothing fetched from
# the network; --dump-dom prints the DOM after the page has loaded.
browse() {
  local mode=$1 page=$2 out=$3
  local profile
  profile=$(mktemp -d "$SCRATCH/profile.XXXXXX")
  local args=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
              --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$profile"
              --window-size=1400,2400)
  if [ "$mode" = screenshot ]; then
    timeout 120 "$browser" "${args[@]}" "--screenshot=$out" "file://$page" >"$SCRATCH/chromium.log" 2>&1 ||
      { cat "$SCRATCH/chromium.log" >&2; fail "chromium could not take a screenshot of $page"; }
    [ -s "$out" ] || { cat "$SCRATCH/chromium.log" >&2; fail "chromium wrote no screenshot of $page"; }
  else
    timeout 120 "$browser" "${args[@]}" --dump-dom "file://$page" >"$out" 2>"$SCRATCH/chromium.log" ||
      { cat "$SCRATCH/chromium.log" >&2; fail "chromium could not load $page"; }
  fi
}

# The screenshot holds a page, not a blank or an error screen: a PNG decoded
# with the standard library, with many colours and most of it not background.
check_screenshot() {
  python3 - "$1" <<'PY'
import struct, sys, zlib
from collections import Counter

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = header
assert depth == 8 and colour in (2, 6) and interlace == 0, header
channels = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, at = [], bytearray(stride), 0
for _ in range(height):
    kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
    at += 1 + stride
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up = previous[i]
        upleft = previous[i - channels] if i >= channels else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - upleft
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upleft)) & 0xFF
    rows.append(bytes(line))
    previous = line
pixels = Counter()
for line in rows:
    for i in range(0, stride, channels):
        pixels[line[i:i + 3]] += 1
background, count = pixels.most_common(1)[0]
share = 1 - count / (width * height)
print(f"{sys.argv[1]}: {width}x{height}, {len(pixels)} colours, {share:.0%} not background")
assert len(pixels) > 200, f"only {len(pixels)} colours: the page looks blank"
assert share > 0.2, f"only {share:.0%} of the page differs from its background"
PY
}

# check_dom DOM JSON YAML...: the rendered page shows the run's overall score
# from the JSON report, and for each file a section with one milestone bar per
# milestone it lists, a coverage matrix of its departments by its goals, and
# the today line.
check_dom() {
  python3 - "$@" <<'PY'
import json, re, sys
from html.parser import HTMLParser

dom_path, json_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
expected = json.load(open(json_path))["summary"]["scores"]["overall"]

def entries(path, section):
    """Ids of the entries of a top-level section, as the examples write them (block style)."""
    ids, inside = [], False
    for line in open(path):
        if re.match(r"^\S", line):
            inside = line.startswith(section + ":")
        elif inside and (m := re.match(r"^  - id: (\S+)", line)):
            ids.append(m.group(1))
    return ids

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.file = None
        self.sections = {}
        self.overall = None
        self.overall_text = ""
        self.in_overall = 0
        self.scripts = 0
        self.today_lines = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if "file-report" in classes:
            self.file = a["data-file"]
            self.sections[self.file] = {"bars": [], "matrix": 0, "rows": 0, "goal_columns": 0}
        if a.get("id") == "overall-score":
            self.overall = a.get("data-score")
            self.in_overall = 1
        elif self.in_overall and tag == "div":
            self.in_overall += 1
        if "today-line" in classes:
            self.today_lines += 1
        section = self.sections.get(self.file)
        if section is None:
            return
        if "milestone-bar" in classes:
            section["bars"].append(a["data-milestone"])
        if "coverage-matrix" in classes:
            section["matrix"] += 1
        if "coverage-row" in classes:
            section["rows"] += 1
        if tag == "th" and "data-goal" in a:
            section["goal_columns"] += 1

    def handle_endtag(self, tag):
        if self.in_overall and tag == "div":
            self.in_overall -= 1

    def handle_data(self, data):
        if self.in_overall:
            self.overall_text += data

page = Page()
page.feed(open(dom_path).read())
assert page.scripts == 0, "the page has a script"
assert page.overall == str(expected), f"#overall-score shows {page.overall}, the JSON report says {expected}"
assert str(expected) in page.overall_text, f"the score {expected} is not shown: {page.overall_text!r}"
assert page.today_lines == len(files), f"{page.today_lines} today lines for {len(files)} files"
assert sorted(page.sections) == sorted(files), (sorted(page.sections), files)
for path in files:
    section = page.sections[path]
    milestones = entries(path, "milestones")
    assert milestones, f"{path} lists no milestones"
    assert section["bars"] == milestones, f"{path}: bars {section['bars']} for milestones {milestones}"
    assert section["matrix"] == 1, f"{path}: {section['matrix']} coverage matrices"
    assert section["rows"] > 0, f"{path}: the coverage matrix has no department"
    goals = entries(path, "goals")
    assert section["goal_columns"] == len(goals), f"{path}: {section['goal_columns']} goal columns for {goals}"
    print(f"{path}: score section, {len(milestones)} milestone bars, {section['rows']} departments x {len(goals)} goals")
PY
}

cd "$SCRATCH"
# The clean example alone.
acme="$examples/acme-loyalty.yaml"
expect_status 0 "$CRMLINT" --no-config --today "$today" --format html -o acme.html "$acme"
expect_status 0 "$CRMLINT" --no-config --today "$today" --format json -o acme.json "$acme"
browse screenshot "$SCRATCH/acme.html" "$SCRATCH/acme.png"
check_screenshot "$SCRATCH/acme.png"
browse dom "$SCRATCH/acme.html" "$SCRATCH/acme.dom.html"
check_dom "$SCRATCH/acme.dom.html" acme.json "$acme"

# Every example: a section per file.
all=("$examples"/*.yaml)
[ ${#all[@]} -ge 2 ] || fail "expected several examples in $examples"
expect_status 1 "$CRMLINT" --no-config --today "$today" --format html -o all.html "${all[@]}"
expect_status 1 "$CRMLINT" --no-config --today "$today" --format json -o all.json "${all[@]}"
browse screenshot "$SCRATCH/all.html" "$SCRATCH/all.png"
check_screenshot "$SCRATCH/all.png"
browse dom "$SCRATCH/all.html" "$SCRATCH/all.dom.html"
check_dom "$SCRATCH/all.dom.html" all.json "${all[@]}"
echo "html_report: all checks passed"
