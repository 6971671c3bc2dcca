"""Benchmark entity extraction: characters and megabytes of Chinese text per second on one core,
the gazetteer's load time, and `kg mentions` over 100,000 lines.

    python bench/bench_entities.py            # 100,000 lines
    python bench/bench_entities.py -n 20000

The text is the body paragraphs, headlines and captions of the real feed items (../shared/corpus
and seeds/, or their copies in tests/data), repeated. Targets (issue 3): extraction alone at 1 MB
of Chinese text per second or more; the gazetteer adds under 1 s to start-up. Extraction is timed
two ways: paragraphs as documents of their own (as `kg mentions` reads lines) and whole articles
(as `kg build` extracts them).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.entities import gazetteer  # noqa: E402
from kg.entities.extract import Extractor  # noqa: E402
from kg.reading.article import read_article  # noqa: E402
from kg.reading.sources import expand, read_source  # noqa: E402
from kg.text import article_parts  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data" / "corpus", ROOT / "seeds"]


def sample_articles() -> list[list[tuple[str, str]]]:
    """Each real item's parts (headline, caption, paragraphs) as (name, text)."""
    seen = [p for p in SOURCES if p.is_dir()]
    inputs = [str(seen[0]), str(ROOT / "seeds")] if seen and seen[0].parent.name == "shared" else \
        [str(p) for p in seen]
    articles = []
    for source in expand(inputs):
        for item in read_source(source):
            if isinstance(item, Exception):
                continue
            article = read_article(item, timezone(timedelta(hours=8)))
            articles.append([(name, text) for name, text in article_parts(article) if text.strip()])
    return articles


def sample_lines() -> list[str]:
    return [text.replace("\n", " ") for parts in sample_articles() for _, text in parts]


def per_article(x: Extractor, articles: list[list[tuple[str, str]]]) -> str:
    """As kg build extracts: a batch of articles tagged in one call, then each article on its own,
    so that names found once are looked for in the whole article."""
    batch = articles  # not repeated: the batch's tagging would tag a repeated paragraph once
    size = sum(len(t.encode("utf-8")) for parts in batch for _, t in parts)
    best = float("inf")
    for _ in range(7):
        t = time.perf_counter()
        x.prefetch(batch)
        for parts in batch:
            x.extract(parts)
        best = min(best, time.perf_counter() - t)
    x.prefetch(())
    return f"extraction per article, one core, as kg build does it: {size / best / 1e6:.2f} MB/s " \
           f"({len(batch)} articles, {size / 1e6:.1f} MB)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=100_000, help="lines for kg mentions")
    args = parser.parse_args()
    lines = sample_lines()

    t = time.perf_counter()
    gaz = gazetteer.load()
    load_s = time.perf_counter() - t
    x = Extractor(gaz)
    x.extract([("p", lines[0])])  # rjieba loads its dictionary on first use
    warm_s = time.perf_counter() - t

    doc = lines * max(1, 3_000_000 // sum(len(line.encode("utf-8")) for line in lines))
    size = sum(len(line.encode("utf-8")) for line in doc)
    chars = sum(len(line) for line in doc)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        mentions = 0
        for i in range(0, len(doc), 256):  # paragraphs tagged in batches, as kg mentions does
            found = x.extract_many([[(f"p{j}", line)] for j, line in enumerate(doc[i:i + 256], i)])
            mentions += sum(len(f.mentions) for f in found)
        best = min(best, time.perf_counter() - t)
    print(f"sample: {len(lines)} paragraphs from real feed items, repeated to {size / 1e6:.1f} MB "
          f"({chars:,} characters)")
    print(f"gazetteer: {len(gaz):,} entities, {len(gaz.surfaces):,} names, loaded in {load_s:.2f} s "
          f"({warm_s:.2f} s with the tokenizer's dictionary)  (target < 1 s)")
    print(f"extraction, one core: {size / best / 1e6:.2f} MB/s, {chars / best:,.0f} characters/s, "
          f"{mentions / best:,.0f} mentions/s  (target >= 1 MB/s)")
    print(per_article(x, sample_articles()))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        body = (lines * (args.n // len(lines) + 1))[: args.n]
        path.write_text("\n".join(body) + "\n", "utf-8")
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg", "mentions", str(path)], cwd=ROOT,
                              capture_output=True, check=True)
        took = time.perf_counter() - t
        out_lines = proc.stdout.count(b"\n")
        print(f"kg mentions: {args.n:,} lines ({path.stat().st_size / 1e6:.1f} MB) in {took:.1f} s, "
              f"{args.n / took:,.0f} lines/s, {out_lines:,} mentions printed")


if __name__ == "__main__":
    main()
