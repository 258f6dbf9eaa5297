#!/usr/bin/env python3
"""Reads tests/bench/plan-sim.sh's seasons and compares, per design (groups: the generator's own expert groups;
plan: `insights plan`; random: the plan's loads with random seats), the written review's judge severities that
analyze estimated with the truth: both are centred within each track (severities are relative), the error is
estimate minus truth in points of the 100-point total; also the SE analyze reports. Prints a Markdown table."""
import csv, math, os, statistics, sys

work = sys.argv[1]
designs = ["groups", "plan", "random"]
rows = {d: [] for d in designs}
reported = {d: [] for d in designs}
for seed in sorted(os.listdir(work)):
    base = os.path.join(work, seed)
    if not os.path.isdir(os.path.join(base, "truth")):
        continue
    truth = {r["judge"]: float(r["severity"]) for r in csv.DictReader(open(os.path.join(base, "truth", "judges.csv"), encoding="utf-8-sig"))}
    for d in designs:
        path = os.path.join(base, d, "analysis", "judges.csv")
        if not os.path.exists(path):
            continue
        units = {}
        for r in csv.DictReader(open(path, encoding="utf-8-sig")):
            if r["stage"] != "preliminary_written" or r["judge"] not in truth or r["severity"] == "":
                continue
            units.setdefault(r["track"], []).append((float(r["severity"]), truth[r["judge"]], float(r["severity_se"] or "nan")))
        for unit in units.values():
            me = statistics.fmean(u[0] for u in unit)
            mt = statistics.fmean(u[1] for u in unit)
            rows[d].extend((u[0] - me) - (u[1] - mt) for u in unit)
            reported[d].extend(u[2] for u in unit if math.isfinite(u[2]))

print("| design | judges (all seeds) | RMS error of severity vs truth | mean SE analyze reports |")
print("|---|---:|---:|---:|")
for d in designs:
    if rows[d]:
        rms = math.sqrt(statistics.fmean(e * e for e in rows[d]))
        print(f"| {d} | {len(rows[d])} | {rms:.3f} | {statistics.fmean(reported[d]):.3f} |")
