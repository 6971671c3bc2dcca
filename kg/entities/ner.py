"""A Chinese named-entity tagger (PER / LOC / ORG) that runs on numpy alone.

The model is a linear-chain CRF trained with crfsuite (see train_ner.py) and exported to an .npz file.
Here it is run without crfsuite: features are integer columns per character, computed with table
look-ups over the whole batch; each feature template combines a few columns into one int64 key that is
looked up with np.searchsorted; emission scores are summed; Viterbi runs vectorised across sentences.

Input is kg's folded text (kg.entities.fold): one character per character, so offsets are offsets in the
original text. Output spans are (start, end, label) with end exclusive.

The features are defined once, in kg.entities.ner_features, which tools/train_ner.py renders for
crfsuite.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from kg.entities.ner_features import LABELS, MARGIN, N_LABELS, PATTERNS, TYPES, Features

__all__ = ["LABELS", "N_LABELS", "PATTERNS", "TYPES", "Features", "Tagger", "default_tagger"]


class _Hash:
    """Open-addressing hash of a sorted int64 key array: position of each query key, or n if absent.

    Several times faster than np.searchsorted on large tables (one or two cache misses per query
    instead of ~20); built deterministically at load time, so the model file stays a sorted array.
    """

    MULT = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, keys: np.ndarray) -> None:
        self.keys = keys
        n = len(keys)
        self.bits = max(4, int(np.ceil(np.log2(max(2 * n, 2)))))
        self.slots = np.full(1 << self.bits, -1, np.int32)
        mask = (1 << self.bits) - 1
        home = self._home(keys)
        pending = np.arange(n)
        probe = 0
        while len(pending):
            slot = (home[pending] + probe) & mask
            free = self.slots[slot] < 0
            cand, cslot = pending[free], slot[free]
            _, first = np.unique(cslot, return_index=True)  # one key per free slot, the lowest index
            self.slots[cslot[first]] = cand[first]
            placed = np.zeros(n, bool)
            placed[cand[first]] = True
            pending = pending[~placed[pending]]
            probe += 1
        self.max_probe = probe

    def _home(self, q: np.ndarray) -> np.ndarray:
        return ((q.astype(np.uint64) * self.MULT) >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, q: np.ndarray) -> np.ndarray:
        n = len(self.keys)
        out = np.full(len(q), n, np.intp)
        if n == 0:
            return out
        mask = (1 << self.bits) - 1
        home = self._home(q)
        todo = np.arange(len(q))
        for probe in range(self.max_probe):
            s = self.slots[(home + probe) & mask]
            hit = s >= 0
            hit[hit] = self.keys[s[hit]] == q[todo[hit]]
            out[todo[hit]] = s[hit]
            cont = (s >= 0) & ~hit  # the slot holds another key: look in the next one
            todo, home = todo[cont], home[cont]
            if not len(todo):
                break
        return out


@dataclass
class _Table:
    keys: np.ndarray  # sorted int64 keys of one pattern (all its shifts)
    index: _Hash
    rows: dict[int, np.ndarray]  # template index -> int32 row of each key in that template's weights


class Tagger:
    def __init__(self, features: Features, tables: dict[int, _Table], weights: dict[int, np.ndarray],
                 transitions: np.ndarray, meta: dict) -> None:
        self.features = features
        self.tables = tables
        self.weights = weights  # template index -> float32 [n_rows + 1, N_LABELS], last row zeros
        self.meta = meta
        # Valid BMES only: M/E-X follow B/M-X; B, S, O follow O, E or S. crfsuite does not enforce this;
        # masking costs nothing and never yields a span without an end.
        allowed = np.zeros((N_LABELS, N_LABELS), bool)
        starts_ok = np.zeros(N_LABELS, bool)
        for i, a in enumerate(LABELS):
            starts_ok[i] = a[0] in "OBS"
            for j, b in enumerate(LABELS):
                if a[0] in "BM":
                    allowed[i, j] = b[0] in "ME" and b[2:] == a[2:]
                else:
                    allowed[i, j] = b[0] in "OBS"
        ends_ok = np.array([lab[0] in "OES" for lab in LABELS])
        big = np.float32(-1e6)
        self.trans = np.where(allowed, transitions.astype(np.float32), big).astype(np.float32)
        self.start = np.where(starts_ok, 0, big).astype(np.float32)
        self.end = np.where(ends_ok, 0, big).astype(np.float32)
        # index sets for the sparse Viterbi step
        closed = np.array([i for i, lab in enumerate(LABELS) if lab[0] in "OES"])
        opened = np.array([i for i, lab in enumerate(LABELS) if lab[0] in "OBS"])
        inner = np.array([i for i, lab in enumerate(LABELS) if lab[0] in "ME"])
        p0 = np.array([LABELS.index("B-" + LABELS[i][2:]) for i in inner])
        p1 = np.array([LABELS.index("M-" + LABELS[i][2:]) for i in inner])
        assert all(allowed[c, o] for c in closed for o in opened)
        assert allowed.sum() == len(closed) * len(opened) + 2 * len(inner)
        self._closed, self._opened, self._inner, self._p0, self._p1 = closed, opened, inner, p0, p1
        self._t_co = self.trans[np.ix_(closed, opened)]
        self._t0, self._t1 = self.trans[p0, inner], self.trans[p1, inner]
        is_start = np.array([lab[0] in "BS" for lab in LABELS])
        is_end = np.array([lab[0] in "ES" for lab in LABELS])
        self._is_start, self._is_end = is_start, is_end
        self._type = np.array([lab[2:] or "O" for lab in LABELS], object)

    @classmethod
    def load(cls, path: str) -> Tagger:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            names = [p[0] for p in PATTERNS]
            if meta["labels"] != list(LABELS) or meta["patterns"] != names[:len(meta["patterns"])]:
                raise ValueError(f"{path}: model was made with other labels or feature patterns")
            clusters = ((z["cluster_codes"].astype(np.int64), z["cluster_ids"].astype(np.int64))
                        if "cluster_codes" in z.files else None)
            features = Features(meta["vocab"], meta["surnames"], meta["translit"], meta.get("gazetteer"),
                                words=meta.get("words", False), clusters=clusters)
            tables = {p: _Table(z[f"keys_{p}"], _Hash(z[f"keys_{p}"]), {}) for p in features.patterns}
            weights: dict[int, np.ndarray] = {}
            for t, (p, _) in enumerate(features.templates):
                w = z[f"w_{t}"].astype(np.float32)
                # one more entry for unseen keys, pointing at the zero row appended below
                tables[p].rows[t] = np.append(z[f"rows_{t}"], len(w)).astype(np.intp)
                weights[t] = np.vstack([w, np.zeros((1, N_LABELS), np.float32)])
            transitions = z["transitions"]
        return cls(features, tables, weights, transitions, meta)

    def emissions(self, texts: Sequence[str], split: bool = True
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        f = self.features
        codes, starts, clen = f.layout(texts, split)
        keys, spos = f.keys(texts, codes, starts, clen)
        # Scores over the stream span from the first to the last character (pads in between are few),
        # so that each template is a slice of its pattern's look-up, not a gather.
        lo, hi = (int(spos[0]), int(spos[-1]) + 1) if len(spos) else (MARGIN, MARGIN)
        em = np.zeros((hi - lo, N_LABELS), np.float32)
        for p, table in self.tables.items():
            k = keys[p][lo - 2:hi + 2]  # shifts reach 2 either way
            idx = table.index.find(k)  # unseen key: n, the entry that maps to the zero row
            for t, rows in table.rows.items():
                shift = f.templates[t][1]
                em += self.weights[t][rows[idx[2 + shift:2 + shift + hi - lo]]]
        return em[spos - lo], codes, starts, clen

    def _viterbi(self, em: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best label ids for a batch (B, T, L) of chunks padded to T, sorted by length (ascending).

        Valid BMES makes the transition matrix sparse, and that is used: O/B-*/S-* follow only the
        "closed" states O/E-*/S-* (7 x 7), and M-X/E-X only B-X or M-X (2 each): a quarter of the work
        of the dense 13 x 13 step. Chunks past their end stop being updated (they are a prefix, being
        sorted), so their score is kept for the end.
        """
        b, t_max, n_lab = em.shape
        closed, opened = self._closed, self._opened
        inner, p0, p1 = self._inner, self._p0, self._p1
        t_co = self._t_co  # [closed, opened] transitions
        t0, t1 = self._t0, self._t1  # transitions p0 -> inner, p1 -> inner
        score = em[:, 0] + self.start
        back = np.zeros((t_max, b, n_lab), np.int8)
        first_live = np.searchsorted(lens, np.arange(t_max), side="right")  # rows with len > t
        for t in range(1, t_max):
            k = first_live[t]
            if k >= b:
                break
            sc = score[k:]
            cand = sc[:, closed, None] + t_co  # [rows, closed, opened]
            best = cand.argmax(1)
            new = np.empty_like(sc)
            new[:, opened] = cand.max(1)  # the score argmax picked, without take_along_axis's overhead
            bt = back[t]
            bt[k:, opened] = closed[best]
            a = sc[:, p0] + t0
            c = sc[:, p1] + t1
            take1 = c > a
            new[:, inner] = np.where(take1, c, a)
            bt[k:, inner] = np.where(take1, p1, p0)
            new += em[k:, t]
            score[k:] = new
        state = (score + self.end).argmax(1)
        path = np.empty((b, t_max), np.int64)
        ar = np.arange(b)
        path[ar, lens - 1] = state
        for t in range(t_max - 1, 0, -1):
            k = first_live[t]
            if k >= b:
                continue
            st = back[t, ar[k:], state[k:]]
            state[k:] = st
            path[k:, t - 1] = st
        return path

    def label_ids(self, texts: Sequence[str], split: bool = True, batch: int = 2048
                  ) -> tuple[np.ndarray, np.ndarray]:
        """Label id of each character of the concatenated texts (-1 where no chunk covers it)."""
        em, codes, starts, clen = self.emissions(texts, split)
        offs = np.cumsum(clen) - clen  # chunk's rows in em
        out = np.full(len(codes), -1, np.int64)
        order = np.argsort(clen, kind="stable")  # similar lengths together: little padding
        for i in range(0, len(order), batch):
            sel = order[i:i + batch]
            lens = clen[sel]
            t_max = int(lens.max())
            pos = np.arange(t_max)
            live = pos[None, :] < lens[:, None]
            rows = np.where(live, offs[sel][:, None] + pos, 0)
            e = np.where(live[:, :, None], em[rows], 0)
            path = self._viterbi(e, lens)
            flat = starts[sel][:, None] + pos
            out[flat[live]] = path[live]
        return out, codes

    def tag(self, texts: Sequence[str], group_chars: int = 1 << 18) -> list[list[tuple[int, int, str]]]:
        """Entity spans (start, end, type) per text, in character offsets of that text.

        Texts are tagged in groups of about group_chars characters: big enough for numpy to amortise
        its per-call cost, small enough to bound memory (~500 bytes per character in flight).
        """
        out: list[list[tuple[int, int, str]]] = []
        group: list[str] = []
        size = 0
        for text in texts:
            if group and size + len(text) > group_chars:
                out += self._tag(group)
                group, size = [], 0
            group.append(text)
            size += len(text)
        if group:
            out += self._tag(group)
        return out

    def _tag(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        ids, _codes = self.label_ids(texts)
        ids = np.maximum(ids, 0)  # uncovered characters (none with split=True) are O
        begins = np.flatnonzero(self._is_start[ids])
        ends = np.flatnonzero(self._is_end[ids]) + 1  # valid BMES: begins and ends pair up in order
        types = self._type[ids[begins]]
        lens = [len(t) for t in texts]
        bounds = np.cumsum(lens)
        text_of = np.searchsorted(bounds, begins, side="right")
        base = np.concatenate(([0], bounds[:-1]))
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for ti, b, e, ty in zip(text_of.tolist(), begins.tolist(), ends.tolist(), types.tolist(), strict=True):
            o = int(base[ti])
            out[ti].append((b - o, e - o, ty))
        return out


MODEL_FILE = "ner_msra.npz"  # in kg/data, with its model card ner_msra.md


@cache
def default_tagger() -> Tagger:
    """The tagger that ships in the package, loaded once per process (about 1 MB)."""
    with resources.as_file(resources.files("kg.data") / MODEL_FILE) as path:
        return Tagger.load(str(path))
