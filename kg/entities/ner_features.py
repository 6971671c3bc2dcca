"""The features of kg's entity tagger, defined once: integer columns per character (character id,
class, surname and transliteration flags, optional gazetteer matches) and the templates that combine
them. tools/train_ner.py renders them as crfsuite attributes; kg.entities.ner looks them up at run
time; so training and run time cannot drift apart."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
import rjieba

from kg.text import HAN

TYPES = ("PER", "LOC", "ORG")
# BMES (= BIOES) labels, as the MSRA files have them; finer than BIO, which helps a CRF find span ends.
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BMES"))
N_LABELS = len(LABELS)

# Columns: one small integer per character position.
CHAR, CLASS, LEX, GAZ, WORD, CL1, CL2 = range(7)
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
# WORD = 1 + 4 * word class + position in the word (0 begins, 1 inside, 2 ends, 3 is the whole word),
# from rjieba's segmentation and part-of-speech tags (kg depends on rjieba for its tokens); 0 is padding.
# The classes fold jieba's tags into what tells names apart: person, place, organization, other proper
# noun, noun, verb, time, number or measure, function word, adjective, Latin, anything else.
WORD_CLASSES = {"nr": 1, "nrfg": 1, "nrt": 1, "ns": 2, "nt": 3, "nz": 4, "n": 5, "ng": 5, "nl": 5,
                "v": 6, "vn": 6, "vd": 6, "vg": 6, "t": 7, "tg": 7, "m": 8, "mq": 8, "q": 8,
                "p": 9, "c": 9, "u": 9, "uj": 9, "ul": 9, "uz": 9, "ud": 9, "ug": 9, "uv": 9, "r": 9,
                "d": 9, "f": 9, "a": 10, "ad": 10, "an": 10, "eng": 11}
N_WORD_CLASSES = 12
N_WORD = 1 + 4 * N_WORD_CLASSES
# CL1, CL2 = 2 + a character's cluster, coarse and fine (tools/char_clusters.py: LAC's character
# embeddings clustered), 1 a character without one, 0 padding. The model file carries the table.

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
    ("w", ((WORD, 0),), (-1, 0, 1)),
    ("w3", ((WORD, 0), (WORD, 1), (WORD, 2)), (-1,)),
    ("cw", ((CHAR, 0), (WORD, 0)), (0,)),
    ("e", ((CL1, 0),), (-2, -1, 0, 1, 2)),
    ("ee", ((CL1, 0), (CL1, 1)), (-2, -1, 0, 1)),
    ("f", ((CL2, 0),), (-2, -1, 0, 1, 2)),
    ("ff", ((CL2, 0), (CL2, 1)), (-1, 0)),
)
GAZ_PATTERNS = frozenset({"g", "g3"})
WORD_PATTERNS = frozenset({"w", "w3", "cw"})
CLUSTER_PATTERNS = frozenset({"e", "ee", "f", "ff"})
PAD = 2  # padding between chunks: no template reaches further than 2 characters either way
MARGIN = 8  # padding at both ends of the stream, so shifted look-ups never index out of range
MAX_CHUNK = 150  # longest chunk Viterbi sees (MSRA sentences run to 100 characters)
BREAKS = "。！？!?\n"  # a chunk ends after one of these; MSRA's sentences end so
SOFT_BREAKS = "，,；;、：: "  # where an over-long chunk is cut, if it can be


def templates(use_gaz: bool, use_words: bool = False, use_clusters: bool = False) -> list[tuple[int, int]]:
    """(pattern index, shift) for every template, in a fixed order."""
    return [(p, s) for p, (name, _, shifts) in enumerate(PATTERNS) for s in shifts
            if (use_gaz or name not in GAZ_PATTERNS) and (use_words or name not in WORD_PATTERNS)
            and (use_clusters or name not in CLUSTER_PATTERNS)]


def char_class(ch: str) -> int:
    if ch in CN_NUMERALS:
        return C_NUM
    if HAN.match(ch):  # the class table covers the Basic Multilingual Plane (Features)
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
                 gazetteer: dict[str, list[str]] | None, words: bool = False,
                 clusters: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """clusters: code points and their [n, 2] coarse and fine cluster ids (tools/char_clusters.py)."""
        self.vocab = vocab
        self.surnames = sorted(surnames)
        self.translit = translit
        self.gazetteer = gazetteer
        self.use_gaz = gazetteer is not None
        self.use_words = words
        self.clusters = clusters
        self.templates = templates(self.use_gaz, words, clusters is not None)
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
        self.sizes = {CHAR: len(vocab) + 2, CLASS: N_CLASSES, LEX: N_LEX, GAZ: N_GAZ, WORD: N_WORD}
        self.pads = {CHAR: CHAR_PAD, CLASS: C_PAD, LEX: 0, GAZ: 0, WORD: 0, CL1: 0, CL2: 0}
        self.t_cl: dict[int, np.ndarray] = {}
        if clusters is not None:
            ccodes, cids = clusters
            inside = ccodes < 0x10000
            for col, j in ((CL1, 0), (CL2, 1)):
                table = np.ones(n, np.int64)
                table[ccodes[inside]] = cids[inside, j].astype(np.int64) + 2
                self.t_cl[col] = table
                self.sizes[col] = int(cids[:, j].max()) + 3
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

    @staticmethod
    def _words(texts: Sequence[str], n: int) -> np.ndarray:
        """WORD column over the concatenated texts: each text segmented on its own."""
        w = np.empty(n, np.int64)
        o = 0
        for text in texts:
            end = o + len(text)
            for word, tag in rjieba.tag(text):
                k = len(word)
                base = 1 + 4 * WORD_CLASSES.get(tag, 0)
                if k == 1:
                    w[o] = base + 3
                else:
                    w[o] = base
                    w[o + 1:o + k - 1] = base + 1
                    w[o + k - 1] = base + 2
                o += k
            if o != end:  # rjieba returns every character; anything else would shift every feature
                raise ValueError(f"rjieba's words do not cover the text: {text[:40]!r}")
        return w

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
        for col, table in self.t_cl.items():
            col_vals[col] = table[clipped]
        if self.use_gaz:
            col_vals[GAZ] = self._gaz(texts, len(codes))[flat]
        if self.use_words:
            col_vals[WORD] = self._words(texts, len(codes))[flat]
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
