"""Benchmark every output format at growing sizes, and the README's main command, against the
parse-only floor (beautifulsoup4 + lxml over the same files, timed in the same run).

    python bench/bench_formats.py                    # 400 and 4,000 articles
    python bench/bench_formats.py --sizes 100,400 --formats nq,ttl

Each build is the CLI (`kg build … -q`) in a fresh process, as a user runs it, on distinct copies
of real feed items (bench_build.make_corpus). Peak memory is the largest resident set of that
process and its workers. Targets (issue 14): Turtle, JSON-LD and TriG within 1.5x the N-Quads
time; per-article time at 4x the articles within 1.2x; the README's main command (Turtle and the
store) on 1,000 articles within 8x the parse; peak memory flat from 1,000 to 4,000 articles.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import make_corpus, parse_only

MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"rc": rc, "seconds": seconds, "peak_mb": peak}))
"""


def run_build(paths_dir: Path, out: Path, *extra: str) -> dict:
    """One `kg build` in a fresh process; its time and the peak RSS of its largest process."""
    cmd = [sys.executable, "-m", "kg", "build", str(paths_dir), "-o", str(out), "-q", *extra]
    res = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    r = json.loads(res.stdout.strip().splitlines()[-1])
    if r["rc"] not in (0, 1):
        raise SystemExit(f"kg build failed ({r['rc']}): {' '.join(cmd)}")
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="400,4000", help="article counts (default 400,4000)")
    ap.add_argument("--formats", default="nq,ttl,jsonld,trig,nt", help="file extensions to build")
    ap.add_argument("--main", type=int, default=1000,
                    help="articles for the README main command (Turtle plus the store); 0 skips it")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x]
    formats = [f for f in args.formats.split(",") if f]
    results: dict[tuple[int, str], dict] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            paths = make_corpus(n, src)
            floor = min(parse_only(paths) for _ in range(2))
            print(f"{n} articles: parse only {floor:.2f} s", flush=True)
            for fmt in formats:
                r = results[n, fmt] = run_build(src, Path(tmp) / f"out.{fmt}", "--no-store")
                size = (Path(tmp) / f"out.{fmt}").stat().st_size / 1e6
                print(f"  {fmt:7s} {r['seconds']:8.1f} s  {r['seconds'] / n * 1000:6.1f} ms/article  "
                      f"peak {r['peak_mb']:7.1f} MB  {size:8.1f} MB written", flush=True)
    if "nq" in formats:
        print("time / N-Quads time (target <= 1.5):")
        for n in sizes:
            print(f"  {n:6d}: " + "  ".join(f"{fmt} {results[n, fmt]['seconds'] / results[n, 'nq']['seconds']:.2f}"
                                             for fmt in formats if fmt != "nq"))
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        print(f"per-article time at {hi} / at {lo} (target <= 1.2): " + "  ".join(
            f"{fmt} {(results[hi, fmt]['seconds'] / hi) / (results[lo, fmt]['seconds'] / lo):.2f}"
            for fmt in formats))
        print(f"peak memory at {hi} / at {lo} (target < 1.2): " + "  ".join(
            f"{fmt} {results[hi, fmt]['peak_mb'] / results[lo, fmt]['peak_mb']:.2f}" for fmt in formats))
    if args.main:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            paths = make_corpus(args.main, src)
            floor = min(parse_only(paths) for _ in range(2))
            start = time.perf_counter()
            r = run_build(src, Path(tmp) / "kg-out" / "graph.ttl", "--store", str(Path(tmp) / "kg-out" / "store"))
            print(f"README main command (Turtle + store), {args.main} articles: {r['seconds']:.1f} s, "
                  f"parse {floor:.2f} s, ratio {r['seconds'] / floor:.1f} (target <= 8); peak {r['peak_mb']:.0f} MB "
                  f"({time.perf_counter() - start:.0f} s with the measuring)")


if __name__ == "__main__":
    main()
