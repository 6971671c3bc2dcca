"""Benchmark the embedded store against rdflib's in-memory graph, at about a million triples.

    python bench/bench_store.py              # ~1,000,000 triples (1,200 articles with entities)
    python bench/bench_store.py -n 2000      # a quicker look

Builds N articles (real corpus items copied with distinct URLs) to N-Quads, then loads that file
into a fresh on-disk Oxigraph store the way kg does (atomic batches of 250 article graphs, plus
the distinct default graph), and parses the same file with rdflib. Then runs the example query
library on both. Targets (issue 5): loading at least 5 times faster than rdflib's parse; each
example query under 1 s.
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
    ap.add_argument("-n", type=int, default=1_200, help="articles (default 1,200: ~1 M triples)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0,
                    help="seconds before an rdflib query is given up (reported as >N s)")
    args = ap.parse_args()

    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.query import run
    from kg.store import load_nquads, open_store, stats

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "in").mkdir()
        paths = make_corpus(args.n, tmp_path / "in")
        nq = tmp_path / "all.nq"
        build_s, built, triples = full_build(paths, nq)
        print(f"built {built} articles, {triples} triples in {build_s:.1f} s "
              f"({nq.stat().st_size / 2**20:.0f} MB of N-Quads)")

        store = open_store(tmp_path / "store")
        start = time.perf_counter()
        graphs = load_nquads(store, nq)
        load_s = time.perf_counter() - start
        s = stats(store)
        print(f"oxigraph on disk: loaded {graphs} graphs, {s.quads} quads + {s.triples} distinct "
              f"triples in {load_s:.2f} s")
        raw = ox.Store(str(tmp_path / "raw"))
        start = time.perf_counter()
        raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        raw_s = time.perf_counter() - start
        print(f"oxigraph's bulk loader alone (the quads, no default graph, no crash marks): {raw_s:.2f} s")
        del raw

        start = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(str(nq), format="nquads")
        rdflib_s = time.perf_counter() - start
        quads = sum(len(g) for g in ds.graphs())
        print(f"rdflib in memory: parsed {quads} quads ({len(ds)} distinct triples) in {rdflib_s:.2f} s")
        print(f"load speed-up: {rdflib_s / load_s:.1f}x  (target >= 5); Oxigraph's bulk loader alone: "
              f"{rdflib_s / raw_s:.1f}x")

        print(f"{'query':32s} {'oxigraph':>10s} {'rdflib':>10s} {'rows':>8s}")
        for q in sorted((ROOT / "queries").glob("*.rq")):
            sparql = q.read_text("utf-8")
            start = time.perf_counter()
            answer = run(store, sparql, max_rows=10**9)
            ox_s = time.perf_counter() - start
            rows = len(answer.rows) if answer.kind == "select" else "-"
            rd = _rdflib_time(ds, sparql, args.rdflib_timeout)
            rd_text = f"{rd:9.3f}s" if rd is not None else f">{args.rdflib_timeout:.0f}s".rjust(10)
            print(f"{q.name:32s} {ox_s:9.3f}s {rd_text} {rows!s:>8s}")
        del store, ox


def _rdflib_time(ds, sparql: str, limit: float) -> float | None:
    """rdflib's time for a query, in a child process stopped after `limit` seconds."""
    import multiprocessing

    def child(conn) -> None:
        start = time.perf_counter()
        result = ds.query(sparql)
        list(result) if result.type != "ASK" else bool(result)
        conn.send(time.perf_counter() - start)

    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=child, args=(sender,))
    proc.start()
    got = receiver.recv() if receiver.poll(limit) else None
    proc.kill()
    proc.join()
    return got


if __name__ == "__main__":
    main()
