#!/usr/bin/env python3
"""Prints bench/run.sh's results as markdown: every target and whether it is
met, then every median with its peak memory, then the rules-vs-load report.

  report.py OUT_DIR
"""

import datetime
import json
import os
import subprocess
import sys


def load_medians(out, shape):
    """name -> (median, min, max, runs, mean CPU time) in seconds, from hyperfine's JSON export."""
    with open(os.path.join(out, f"{shape}.json"), encoding="utf-8") as f:
        results = json.load(f)["results"]
    return {r["command"]: (r["median"], r["min"], r["max"], len(r["times"]), r["user"] + r["system"])
            for r in results}


def load_memory(out):
    memory = {}
    with open(os.path.join(out, "memory.tsv"), encoding="utf-8") as f:
        for line in f:
            name, kib = line.rstrip("\n").split("\t")
            memory[name] = int(kib) * 1024 if kib else None
    return memory


def load_summary(out):
    """The key=value pairs of rules_bench's 'summary:' lines."""
    values = {}
    with open(os.path.join(out, "rules.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("summary:"):
                for pair in line.split()[1:]:
                    key, value = pair.split("=")
                    values[key] = float(value)
    return values


def duration(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def size(n):
    if n is None:
        return "?"
    if n >= 1 << 30:
        return f"{n / (1 << 30):.2f} GiB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    return f"{n / 1024:.1f} KiB"


def load_instructions(out):
    """name -> instructions executed (callgrind's "Collected"), from instructions.tsv."""
    counts = {}
    path = os.path.join(out, "instructions.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                name, count = line.rstrip("\n").split("\t")
                counts[name] = int(count) if count else None
    return counts


def instructions(n):
    return "?" if n is None else f"{n / 1e9:.2f} G"


def directory_size(path):
    return sum(os.path.getsize(os.path.join(path, name)) for name in os.listdir(path))


def machine():
    with open("/proc/meminfo", encoding="utf-8") as f:
        total = next(int(line.split()[1]) for line in f if line.startswith("MemTotal:")) * 1024
    with open("/proc/loadavg", encoding="utf-8") as f:
        load = " ".join(f.read().split()[:3])
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        git = ["git", "-C", root]
        commit = subprocess.run(git + ["rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=True).stdout.strip()
        if subprocess.run(git + ["status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True,
                          check=True).stdout.strip():
            commit += " with uncommitted changes"
    except (OSError, subprocess.CalledProcessError):
        commit = "?"
    return (f"{os.cpu_count()} cores ({cpu}), {size(total)} memory, load average {load} at the end; "
            f"{datetime.date.today().isoformat()}; crmlint at commit {commit}")


def main(out):
    typical = load_medians(out, "typical")
    typical.update(load_medians(out, "typical-spectral"))
    many = load_medians(out, "many")
    large = load_medians(out, "large")
    scaling = load_medians(out, "scaling")
    capacity = load_medians(out, "capacity")
    cores = 2 * capacity["one run"][0] / capacity["two at once"][0]
    memory = load_memory(out)
    rules = load_summary(out)
    counts = load_instructions(out)

    typical_bytes = os.path.getsize(os.path.join(out, "typical.yaml"))
    many_bytes = directory_size(os.path.join(out, "many"))
    large_bytes = os.path.getsize(os.path.join(out, "large.yaml"))

    rows = []

    def target(shape, goal, measured, met):
        rows.append(f"| {shape} | {goal} | {measured} | {'yes' if met else '**no**'} |")

    def faster(slow, fast):
        return slow / fast

    t = typical["crmlint"][0]
    target(f"one typical file ({size(typical_bytes)})", "crmlint under 3 ms (median)",
           f"{duration(t)} (parse-only baseline {duration(typical['parse-baseline'][0])})", t < 0.003)
    r = faster(typical["spectral"][0], t)
    target("", "at least 50x faster than Spectral",
           f"Spectral {duration(typical['spectral'][0])}: {r:.0f}x", r >= 50)

    j1, j2 = many["crmlint -j 1"][0], many["crmlint -j 2"][0]
    r = faster(many["spectral"][0], j2)
    target(f"1,000 typical files ({size(many_bytes)})", "-j 2 at least 15x faster than Spectral",
           f"crmlint -j 2 {duration(j2)}, Spectral {duration(many['spectral'][0])}: {r:.1f}x (-j 1 {duration(j1)}: "
           f"{faster(many['spectral'][0], j1):.1f}x; the parse-only baseline {duration(many['parse-baseline'][0])}, "
           f"one process: {faster(many['spectral'][0], many['parse-baseline'][0]):.1f}x)", r >= 15)
    r = faster(many["yamllint"][0], j2)
    target("", "-j 2 at least 80x faster than yamllint",
           f"yamllint {duration(many['yamllint'][0])}: {r:.0f}x (-j 1: {faster(many['yamllint'][0], j1):.0f}x; the "
           f"parse-only baseline: {faster(many['yamllint'][0], many['parse-baseline'][0]):.0f}x)", r >= 80)
    r = faster(j1, j2)
    target("", "-j 2 at least 1.6x faster than -j 1",
           f"-j 2 {duration(j2)}: {r:.2f}x ({cores:.2f} cores were free)", r >= 1.6)

    c, b, s = large["crmlint"][0], large["parse-baseline"][0], large["spectral"][0]
    r = c / b
    target(f"one large file ({size(large_bytes)})", "within 2x of libfyaml's event-parse floor (time)",
           f"crmlint {duration(c)}, floor {duration(b)}: {r:.2f}x (CPU time "
           f"{large['crmlint'][4] / large['parse-baseline'][4]:.2f}x)", r <= 2)
    ci, bi = counts.get("large/crmlint"), counts.get("large/parse-baseline")
    r = ci / bi if ci and bi else float("inf")
    target("", "within 2x of the floor (instructions, callgrind: repeatable)",
           f"crmlint {instructions(ci)}, floor {instructions(bi)}: {r:.2f}x", r <= 2)
    r = faster(s, c)
    target("", "at least 5x faster than Spectral",
           f"Spectral {duration(s)}: {r:.1f}x (the parse-only baseline: {faster(s, b):.1f}x)", r >= 5)
    peak = memory.get("large/crmlint")
    r = peak / large_bytes if peak else float("inf")
    floor_peak = memory.get("large/parse-baseline")
    target("", "peak memory at most 5x the file (GNU time max RSS)",
           f"{size(peak)}: {r:.1f}x the file (the floor, which also holds the whole file: {size(floor_peak)})", r <= 5)

    r = scaling["crmlint 2x"][0] / scaling["crmlint"][0]
    cpu = scaling["crmlint 2x"][4] / scaling["crmlint"][4]
    target("scaling (20,000 goals, 60,000 milestones, 40,000 stakeholders, then 2x)", "2x the goals at most 2.2x the time",
           f"{duration(scaling['crmlint'][0])} then {duration(scaling['crmlint 2x'][0])}: {r:.2f}x "
           f"(CPU time {cpu:.2f}x)", r <= 2.2)
    r = rules["rules_over_load"]
    target("rules vs load, in process (same file)", "rules add less than 25% to loading",
           f"load {rules['load_ms']:.0f} ms, rules {rules['rules_ms']:.0f} ms: +{100 * r:.1f}%", r < 0.25)
    r = rules["scaling"]
    target("", "load + rules on the 2x file at most 2.2x the time",
           f"{r:.2f}x (rules alone {rules['rules_scaling']:.2f}x)", r <= 2.2)

    print("## Results\n")
    print(f"Machine: {machine()}.\n")
    print(f"Cores this run could use: {cores:.2f} (two CPU-bound runs at once against one alone; 2.00 is two "
          "free cores).\n")
    print("| shape | target | measured (medians) | met |")
    print("| --- | --- | --- | --- |")
    print("\n".join(rows))

    print("\n## Every command\n")
    print("| shape | command | median | min .. max | runs | CPU time (mean) | peak memory | instructions |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for shape, results in (("typical", typical), ("many", many), ("large", large), ("scaling", scaling),
                           ("capacity", capacity)):
        for name, (median, low, high, runs, cpu) in results.items():
            peak = memory.get(f"{shape}/{name}")
            print(f"| {shape} | {name} | {duration(median)} | {duration(low)} .. {duration(high)} | {runs} | "
                  f"{duration(cpu)} | {size(peak) if peak else '-'} | "
                  f"{instructions(counts[f'{shape}/{name}']) if f'{shape}/{name}' in counts else '-'} |")
    print()
    with open(os.path.join(out, "rules.md"), encoding="utf-8") as f:
        print("".join(line for line in f if not line.startswith("summary:")).rstrip())


if __name__ == "__main__":
    main(sys.argv[1])
