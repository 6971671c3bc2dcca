"""A Chinese named-entity tagger (PER / LOC / ORG) that runs on numpy alone.

The model is a linear-chain CRF trained with crfsuite (see train_ner.py) and exported to an .npz file.
Here it is run without crfsuite: features are integer columns per character, computed with table
look-ups over the whole batch; each feature template combines a few columns into one int64 key that is
looked up with np.searchsorted; emission scores are summed; Viterbi runs vectorised across sentences.

Input is kg's folded text (kg.entities.fold): one character per character, so offsets are offsets in the
original text. Output spans are (start, end, label) with end exclusive.

This file is the one definition of the features: train_ner.py imports it to render crfsuite attributes,
so training and run time cannot drift apart.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

TYPES = ("PER", "LOC", "ORG")
# BMES (= BIOES) labels, as the MSRA files have them; finer than BIO, which helps a CRF find span ends.
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BMES"))
N_LABELS = len(LABELS)

# Columns: one small integer per character position.
CHAR, CLASS, LEX, GAZ = range(4)
# Each column has a padding value (what lies outside a chunk) and a size (values are < size).
CHAR_UNK, CHAR_PAD = 0, 1  # vocabulary ids start at 2

# Character classes. Folded text has ASCII digits and letters, so Unicode categories suffice.
C_PAD, C_HAN, C_NUM, C_DIGIT, C_UPPER, C_LOWER, C_PUNCT, C_SPACE, C_OTHER = range(9)
N_CLASSES = 9
CN_NUMERALS = "零〇一二三四五六七八九十百千万亿两"

# LEX = 1 + bits: 1 single-character surname, 2 first character of a compound surname, 4 a character
# of transliterated foreign names (kg.entities.lexicon SURNAMES / TRANSLIT); 0 is padding.
N_LEX = 9
# GAZ = 1 + gL + 4 gO + 16 gP, each g in {0 none, 1 begins, 2 inside, 3 ends} a gazetteer name of that
# type (the longest match wins a position); 0 is padding.
N_GAZ = 65

# Patterns: column combinations, each read at several shifts. A template is (pattern, shift); the key
# of a pattern at position p combines column[c][p + rel] for its (c, rel) pairs in mixed radix, so keys
# never collide. One searchsorted per pattern serves all its shifts.
PATTERNS: tuple[tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]], ...] = (
    ("bias", (), (0,)),
    ("c", ((CHAR, 0),), (-2, -1, 0, 1, 2)),
    ("cc", ((CHAR, 0), (CHAR, 1)), (-2, -1, 0, 1)),
    ("c_c", ((CHAR, 0), (CHAR, 2)), (-1,)),
    ("ccc", ((CHAR, 0), (CHAR, 1), (CHAR, 2)), (-2, -1, 0)),
    ("k3", ((CLASS, 0), (CLASS, 1), (CLASS, 2)), (-1,)),
    ("k5", ((CLASS, 0), (CLASS, 1), (CLASS, 2), (CLASS, 3), (CLASS, 4)), (-2,)),
    ("x", ((LEX, 0),), (-1, 0, 1)),
    ("x3", ((LEX, 0), (LEX, 1), (LEX, 2)), (-1,)),
    ("g", ((GAZ, 0),), (-1, 0, 1)),
    ("g3", ((GAZ, 0), (GAZ, 1), (GAZ, 2)), (-1,)),
)
GAZ_PATTERNS = frozenset({"g", "g3"})
PAD = 2  # padding between chunks: no template reaches further than 2 characters either way
MARGIN = 8  # padding at both ends of the stream, so shifted look-ups never index out of range
MAX_CHUNK = 150  # longest chunk Viterbi sees (MSRA sentences run to 100 characters)
BREAKS = "。！？!?\n"  # a chunk ends after one of these; MSRA's sentences end so
SOFT_BREAKS = "，,；;、：: "  # where an over-long chunk is cut, if it can be


def templates(use_gaz: bool) -> list[tuple[int, int]]:
    """(pattern index, shift) for every template, in a fixed order."""
    return [(p, s) for p, (name, _, shifts) in enumerate(PATTERNS) for s in shifts
            if use_gaz or name not in GAZ_PATTERNS]


def char_class(ch: str) -> int:
    if ch in CN_NUMERALS:
        return C_NUM
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return C_HAN
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return C_DIGIT
    if cat == "Lu":
        return C_UPPER
    if cat in ("Ll", "Lt", "Lm"):
        return C_LOWER
    if cat[0] in "PS":
        return C_PUNCT
    if cat[0] == "Z" or ch in "\t\n\r":
        return C_SPACE
    return C_OTHER


class Features:
    """Columns and template keys for a batch of texts; everything it needs is in the model file."""

    def __init__(self, vocab: str, surnames: Iterable[str], translit: str,
                 gazetteer: dict[str, list[str]] | None) -> None:
        self.vocab = vocab
        self.surnames = sorted(surnames)
        self.translit = translit
        self.gazetteer = gazetteer
        self.use_gaz = gazetteer is not None
        self.templates = templates(self.use_gaz)
        self.patterns = sorted({p for p, _ in self.templates})
        # Tables over the Basic Multilingual Plane, plus one last entry that stands for everything above it.
        n = 0x10001
        self.t_char = np.full(n, CHAR_UNK, np.int64)
        for i, ch in enumerate(vocab):
            if ord(ch) < 0x10000:
                self.t_char[ord(ch)] = i + 2
        self.t_class = np.array([char_class(chr(o)) if not 0xD800 <= o < 0xE000 else C_OTHER
                                 for o in range(0x10000)] + [C_OTHER], np.int64)
        lex = np.zeros(n, np.int64)
        for s in self.surnames:
            o = ord(s[0])
            if o < 0x10000:
                lex[o] |= 1 if len(s) == 1 else 2
        for ch in translit:
            if ord(ch) < 0x10000:
                lex[ord(ch)] |= 4
        self.t_lex = lex + 1
        self.sizes = {CHAR: len(vocab) + 2, CLASS: N_CLASSES, LEX: N_LEX, GAZ: N_GAZ}
        self.pads = {CHAR: CHAR_PAD, CLASS: C_PAD, LEX: 0, GAZ: 0}
        self._automaton = None
        if self.use_gaz:
            import ahocorasick  # only models trained with gazetteer features need it (kg depends on it)

            a = ahocorasick.Automaton()
            names: dict[str, int] = {}
            for t, typ in enumerate(("LOC", "ORG", "PER")):
                for name in gazetteer.get(typ, []):
                    if len(name) >= 2:
                        names[name] = t  # later types win a name that is listed twice
            for name, t in names.items():
                a.add_word(name, (len(name), t))
            a.make_automaton()
            self._automaton = a

    def _gaz(self, texts: Sequence[str], n: int) -> np.ndarray:
        """GAZ column over the concatenated texts (matches never cross texts: determinism per text)."""
        g = np.zeros((3, n), np.int64)
        matches: list[tuple[int, int, int]] = []
        base = 0
        for text in texts:
            for end, (length, t) in self._automaton.iter(text):
                matches.append((length, base + end + 1 - length, t))
            base += len(text)
        matches.sort()  # shortest first, so the longest match covering a position has the last word
        for length, start, t in matches:
            row = g[t]
            row[start] = 1
            row[start + 1:start + length - 1] = 2
            row[start + length - 1] = 3
        return 1 + g[0] + 4 * g[1] + 16 * g[2]

    def layout(self, texts: Sequence[str], split: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Code points of the concatenated texts, and the chunks (start, length) they are tagged in.

        With split, chunks end after sentence-final punctuation and are cut to MAX_CHUNK; without, each
        text is one chunk (training: MSRA's sentences are given).
        """
        joined = "".join(texts)
        codes = np.frombuffer(joined.encode("utf-32-le"), np.uint32).astype(np.int64)
        lens = np.fromiter((len(t) for t in texts), np.int64, len(texts))
        text_starts = np.concatenate(([0], np.cumsum(lens)[:-1])) if len(texts) else lens
        n = len(codes)
        if not split:
            keep = lens > 0
            return codes, text_starts[keep], lens[keep]
        is_break = np.isin(codes, np.array([ord(c) for c in BREAKS], np.int64))
        starts = np.union1d(text_starts, np.flatnonzero(is_break) + 1)
        starts = starts[starts < n]
        ends = np.append(starts[1:], n)
        # a text boundary is a chunk boundary: starts holds every text start, so chunks never span texts
        clen = ends - starts
        long = np.flatnonzero(clen > MAX_CHUNK)
        if len(long):
            cuts: list[int] = []
            for c in long:
                s, e = int(starts[c]), int(ends[c])
                while e - s > MAX_CHUNK:
                    piece = joined[s:s + MAX_CHUNK]
                    cut = max(piece.rfind(ch) for ch in SOFT_BREAKS) + 1
                    s = s + (cut if cut >= MAX_CHUNK // 3 else MAX_CHUNK)
                    cuts.append(s)
            starts = np.union1d(starts, np.array(cuts, np.int64))
            ends = np.append(starts[1:], n)
            clen = ends - starts
        return codes, starts, clen

    def keys(self, texts: Sequence[str], codes: np.ndarray, starts: np.ndarray, clen: np.ndarray
             ) -> tuple[dict[int, np.ndarray], np.ndarray]:
        """Pattern keys over the padded stream, and the stream position of each character in chunks."""
        n_chunks = len(starts)
        chunk_of = np.repeat(np.arange(n_chunks), clen)
        flat = np.repeat(starts, clen) + (np.arange(len(chunk_of)) - np.repeat(np.cumsum(clen) - clen, clen))
        # stream: MARGIN pads, chunk 0, PAD pads, chunk 1, ..., MARGIN pads
        spos = MARGIN + np.arange(len(flat)) + PAD * chunk_of
        size = (int(spos[-1]) + 1 if len(spos) else MARGIN) + MARGIN
        clipped = np.minimum(codes[flat], 0x10000)
        col_vals = {CHAR: self.t_char[clipped], CLASS: self.t_class[clipped], LEX: self.t_lex[clipped]}
        if self.use_gaz:
            col_vals[GAZ] = self._gaz(texts, len(codes))[flat]
        cols: dict[int, np.ndarray] = {}
        for c, vals in col_vals.items():
            arr = np.full(size, self.pads[c], np.int64)
            arr[spos] = vals
            cols[c] = arr
        out: dict[int, np.ndarray] = {}
        m = size - 4  # keys up to the last character + 2; columns read up to 4 beyond a key position
        for p in self.patterns:
            key = np.zeros(m, np.int64)
            for c, rel in PATTERNS[p][1]:
                key *= self.sizes[c]
                key += cols[c][rel:m + rel]
            out[p] = key
        return out, spos


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
            if meta["labels"] != list(LABELS) or meta["patterns"] != [p[0] for p in PATTERNS]:
                raise ValueError(f"{path}: model was made with other labels or feature patterns")
            features = Features(meta["vocab"], meta["surnames"], meta["translit"], meta.get("gazetteer"))
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
            new[:, opened] = np.take_along_axis(cand, best[:, None, :], 1)[:, 0]
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
