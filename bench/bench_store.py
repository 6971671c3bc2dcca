"""Benchmark the embedded store against rdflib's in-memory graph, at about a million triples.

    python bench/bench_store.py              # ~1,000,000 triples (1,200 articles with entities)
    python bench/bench_store.py -n 2000      # a quicker look

Builds N articles (real corpus items copied with distinct URLs) to N-Quads, then loads them into
fresh on-disk Oxigraph stores the two ways kg does (atomic batches of 250 article graphs, plus the
distinct default graph): as kg build hands articles to the store, and as kg store load reads the
file. Prints Oxigraph's own bulk loader on the file, for reference, and rdflib's parse of it.
Then runs the example query library on both. Targets (issue 5): loading at least 5 times faster
than rdflib's parse; each example query under 1 s.
"""

from __future__ import annotations

import argparse
import os
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

    from kg.nquads import load_nquads
    from kg.query import run
    from kg.store import ArticleStore, open_store, stats

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "in").mkdir()
        paths = make_corpus(args.n, tmp_path / "in")
        nq = tmp_path / "all.nq"
        build_s, built, triples = full_build(paths, nq)
        print(f"built {built} articles, {triples} triples in {build_s:.1f} s "
              f"({nq.stat().st_size / 2**20:.0f} MB of N-Quads)")

        articles = _article_lines(nq)  # as the build hands them to the store
        start, cpu = time.perf_counter(), _cpu()
        sink = ArticleStore(tmp_path / "built")
        for iri, lines in articles:
            sink.add_lines(iri, lines)
        sink.close()
        build_load_s, build_cpu = time.perf_counter() - start, _cpu() - cpu
        del sink, articles
        print(f"kg build's load into the on-disk store (articles as the build hands them over): "
              f"{build_load_s:.2f} s ({build_cpu:.1f} s of CPU)")

        store = open_store(tmp_path / "store")
        start, cpu = time.perf_counter(), _cpu()
        graphs = load_nquads(store, nq)
        load_s, load_cpu = time.perf_counter() - start, _cpu() - cpu
        s = stats(store)
        print(f"kg store load of the N-Quads file: {graphs} graphs, {s.quads} quads + {s.triples} "
              f"distinct default-graph triples in {load_s:.2f} s ({load_cpu:.1f} s of CPU)")
        raw = ox.Store(str(tmp_path / "raw"))
        start = time.perf_counter()
        raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        raw_s = time.perf_counter() - start
        print(f"Oxigraph's bulk_load of the file in one call (quads only: no default graph, no crash "
              f"marks): {raw_s:.2f} s")
        del raw

        start = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(str(nq), format="nquads")
        rdflib_s = time.perf_counter() - start
        quads = sum(len(g) for g in ds.graphs())
        print(f"rdflib in memory: parsed {quads} quads ({len(ds)} distinct triples) in {rdflib_s:.2f} s")
        print(f"load speed-up over rdflib's parse (target >= 5): kg build's load "
              f"{rdflib_s / build_load_s:.1f}x, kg store load {rdflib_s / load_s:.1f}x, Oxigraph's "
              f"single bulk_load {rdflib_s / raw_s:.1f}x")

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


def _cpu() -> float:
    """CPU seconds of this process, all threads (Oxigraph's included)."""
    t = os.times()
    return t.user + t.system


def _article_lines(nq: Path) -> list[tuple[str, list[bytes]]]:
    """Each article graph of the file as its IRI and N-Triples lines."""
    from kg.nquads import _batches

    with nq.open("rb") as fh:
        return [(b.graphs[0][2:-3].decode(), b"".join(b.triples).splitlines(keepends=True))
                for b in _batches(fh, nq, 1)]


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
