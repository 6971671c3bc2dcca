"""Benchmark the build against its floor, parsing the HTML alone with beautifulsoup4 + lxml.

    python bench/bench_build.py                 # 1,000 articles
    python bench/bench_build.py -n 2000 --memory 250,500,1000,2000

Articles are real feed items (../shared/corpus and seeds/) copied with varied URLs and text, so
each copy is a distinct article. Prints articles/s, triples/s, peak memory and the ratio of the
full build (validation included, N-Quads out) to the parse-only floor, with entity extraction and
without it (the spine). Targets (issue 2, for the spine): the ratio at most 5, and peak memory flat
in the number of articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [*sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt"))]
if not any(p.parent.name == "corpus" for p in SAMPLES):  # no ../shared: the copies in tests/
    SAMPLES = [*sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")), *SAMPLES]


def make_corpus(n: int, where: Path) -> list[Path]:
    """n distinct articles: sample i % len, its URL and first paragraph made unique."""
    texts = [p.read_text("utf-8") for p in SAMPLES]
    paths = []
    for i in range(n):
        text = texts[i % len(texts)]
        head, _, rest = text.partition("\n")
        title_line, _, body = rest.partition("\n")
        title_line = title_line.replace("](https://", f"](https://copy{i}.", 1)
        body = body.replace("<p>", f"<p>第{i}份。", 1)
        path = where / f"{i:06d}.txt"
        path.write_text(f"{head}\n{title_line}\n{body}", "utf-8")
        paths.append(path)
    return paths


def parse_only(paths: list[Path]) -> float:
    from bs4 import BeautifulSoup

    start = time.perf_counter()
    for p in paths:
        html = p.read_text("utf-8").split("------", 1)[-1]
        BeautifulSoup(html, "lxml")
    return time.perf_counter() - start


def startup() -> float:
    """Importing the pipeline (rdflib, pyshacl, bs4...): paid once per run, reported apart."""
    start = time.perf_counter()
    import kg.pipeline
    import kg.serialize  # noqa: F401

    return time.perf_counter() - start


def full_build(paths: list[Path], out: Path, workers: int | None = None,
               entities: bool = True) -> tuple[float, int, int]:
    from kg.pipeline import BuildOptions, build
    from kg.serialize import GraphWriter

    start = time.perf_counter()
    with GraphWriter(out, "nquads", "https://kg.example.org/") as writer:
        summary = build([str(p) for p in paths], [writer], BuildOptions(workers=workers, entities=entities))
    return time.perf_counter() - start, summary.built, summary.triples


def peak_rss_mb() -> float:
    """This process's peak resident memory, with its workers' (VmHWM resets at exec, unlike
    ru_maxrss, which a child inherits from the parent that started it)."""
    status = Path("/proc/self/status").read_text()
    own = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def child(n: int) -> None:
    """One build in a fresh process, for a clean peak-memory reading."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(n, Path(tmp))
        startup()
        before = peak_rss_mb()
        seconds, articles, triples = full_build(paths, Path(tmp) / "out.nq")
        print(json.dumps({"n": n, "seconds": seconds, "articles": articles, "triples": triples,
                          "rss_before_mb": before, "peak_rss_mb": peak_rss_mb()}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="articles to build (default 1000)")
    ap.add_argument("--memory", default="250,500,1000,2000",
                    help="article counts for the peak-memory series, each in its own process")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best counts")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(args.n, Path(tmp))
        # Best of `repeat`, as timeit does: this machine's other load only ever adds time.
        floor = min(parse_only(paths) for _ in range(args.repeat))
        start_s = startup()
        # Workers first: they fork this process, and should not inherit the garbage of
        # in-process runs.
        runs = [full_build(paths, Path(tmp) / "out.nq") for _ in range(args.repeat)]
        build_s, articles, triples = min(runs)
        spine = [full_build(paths, Path(tmp) / "spine.nq", entities=False) for _ in range(args.repeat)]
        spine_s, _, spine_triples = min(spine)
        one_s = min(full_build(paths, Path(tmp) / "one.nq", workers=1)[0] for _ in range(args.repeat))
        spine_one_s = min(full_build(paths, Path(tmp) / "one.nq", workers=1, entities=False)[0]
                          for _ in range(args.repeat))
    cpus = os.cpu_count()
    print(f"samples: {len(SAMPLES)} real feed items, {args.n} articles, {cpus} CPUs, "
          f"best of {args.repeat} runs")
    print(f"start-up (imports):     {start_s:7.2f} s, once per run, not in the figures below")
    print(f"parse only (bs4+lxml): {floor:7.2f} s  {args.n / floor:8.1f} articles/s")
    print(f"full build, 1 process:  {one_s:7.2f} s  {articles / one_s:8.1f} articles/s  "
          f"{triples / one_s:9.0f} triples/s")
    print(f"full build, {cpus} workers: {build_s:7.2f} s  {articles / build_s:8.1f} articles/s  "
          f"{triples / build_s:9.0f} triples/s  ({triples} triples, N-Quads, SHACL included)")
    print(f"ratio build / parse: {build_s / floor:.2f} with {cpus} workers, {one_s / floor:.2f} with one")
    print(f"without entities (--no-entities, the spine of issue 2): {spine_s:.2f} s with {cpus} workers, "
          f"{spine_one_s:.2f} s with one, {spine_triples} triples; ratio {spine_s / floor:.2f} and "
          f"{spine_one_s / floor:.2f}  (issue 2's target <= 5)")

    print("peak memory by article count (each in a fresh process):")
    for n in (int(x) for x in args.memory.split(",") if x):
        res = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True,
                             text=True, check=True)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"  {r['n']:6d} articles: peak RSS {r['peak_rss_mb']:7.1f} MB "
              f"(after making the corpus: {r['rss_before_mb']:.1f} MB), {r['seconds']:.1f} s")


if __name__ == "__main__":
    main()
