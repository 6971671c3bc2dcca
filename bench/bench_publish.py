"""Benchmark kg publish: the site of N built articles, its time, size and largest page.

    python bench/bench_publish.py            # 1,000 articles
    python bench/bench_publish.py -n 200

Builds N articles (real feed items copied with distinct URLs and text, as bench_build does) into an
in-memory store, then publishes the site. Targets (issue 6): the 1,000-article site in under 60 s on
this 2-core machine, each page under 100 KB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_build import full_build, make_corpus  # noqa: E402  (a sibling script, not a package)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="articles (default 1,000)")
    args = ap.parse_args()

    from kg.iris import DEFAULT_BASE
    from kg.query import load
    from kg.website.site import publish

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "in").mkdir()
        paths = make_corpus(args.n, tmp_path / "in")
        nq = tmp_path / "all.nq"
        _, built, triples = full_build(paths, nq)
        store = load([nq])
        start = time.perf_counter()
        report = publish(store, tmp_path / "site", DEFAULT_BASE)
        seconds = time.perf_counter() - start
        sizes = sorted(p.stat().st_size for p in (tmp_path / "site").rglob("*.html"))
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
    print(f"{built} articles, {triples} triples")
    print(f"published in {seconds:.1f} s  (target < 60 s): {report.pages} pages, {report.files} files, "
          f"{report.bytes / 2**20:.1f} MB ({kinds})")
    print(f"page sizes: median {sizes[len(sizes) // 2] / 1024:.1f} KB, largest {sizes[-1] / 1024:.1f} KB "
          f"({report.largest_page[1]})  (target < 100 KB each)")


if __name__ == "__main__":
    main()
