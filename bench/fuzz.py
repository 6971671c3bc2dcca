"""Fuzz `kg build` with mutated real items and crafted feeds; check every output.

    python bench/fuzz.py                 # 10,000 inputs in batches of 100 (about 10 minutes here)
    python bench/fuzz.py -n 300 --seed 7 # a small, repeatable run

Inputs are made deterministically from the seed: the real items (tests/data/corpus, seeds/) with
byte flips, truncation, duplicated and shuffled tags, odd Unicode (surrogate and noncharacter
references, NULs, bidi controls), broken headers and huge attributes or nesting; and crafted feeds
(XXE, parameter entities, external DTDs, XInclude, billion laughs, quadratic blow-up, DOCTYPE
tricks). Each batch runs as `kg build … -o out.nq --no-store` in its own process.

Prints: inputs, batches, crashes (a traceback, or an exit code other than 0, 1 or 2), hangs (an input
that took more than 10 s, stopped by --article-timeout 10, or a batch past 10 s per input), invalid
outputs (pyoxigraph, and rapper when installed, refuse the N-Quads), and file content that leaked
(the canary of a local file that an entity names). Exits 1 when any is not zero.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
REAL = [*sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt"))]
CANARY = "kg-fuzz-canary-7f3a"


def _item(rng: random.Random, secret: Path) -> bytes:
    data = rng.choice(REAL).read_bytes()
    # every item a distinct article, so that duplicates do not hide what a mutation does
    tag = f"?v={rng.random()}"
    data = data.replace(b")\n", f"{tag})\n".encode(), 1)
    kind = rng.randrange(10)
    if kind == 0:  # byte flips
        buf = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        return bytes(buf)
    if kind == 1:  # truncation
        return data[:rng.randrange(len(data))]
    if kind == 2:  # duplicated and shuffled tags
        text = data.decode("utf-8", "replace")
        parts = text.split("<")
        head, rest = parts[:3], parts[3:]
        for _ in range(rng.randint(1, 20)):
            if rest:
                i = rng.randrange(len(rest))
                rest.insert(rng.randrange(len(rest) + 1), rest[i])
        if rng.random() < 0.5:
            rng.shuffle(rest)
        return "<".join(head + rest).encode()
    if kind == 3:  # odd Unicode
        text = data.decode("utf-8", "replace")
        odd = rng.choice(["&#xD800;", "&#xFFFF;", "&#xFFFE;", "&#0;", "\u202e", "\ufeff", "&#x1FFFF;", "\u0000",
                          "&#1114112;", "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace")])
        at = rng.randrange(len(text))
        return (text[:at] + odd * rng.randint(1, 5) + text[at:]).encode("utf-8", "replace")
    if kind == 4:  # broken header
        return rng.choice([b"<!--x-->", b"<!--99999999999999999999-->", b"<!--1655345221000-->" * 40, b""]) + \
            data.split(b"\n", 1)[-1]
    if kind == 5:  # huge attribute or deep nesting
        if rng.random() < 0.5:
            return data.replace(b"<p>", b'<p title="' + b"x" * 200_000 + b'">', 1)
        depth = rng.choice([500, 5_000])
        return data.replace(b"<p>", b"<div>" * depth + b"<p>", 1)
    if kind == 6:  # crafted feeds
        return _feed(rng, secret)
    return data  # the rest unchanged: the batch around them must still build


def _feed(rng: random.Random, secret: Path) -> bytes:
    item = ("<item><title>{t}</title><link>https://cn.nytimes.com/china/20220616/f{n}/</link>"
            "<pubDate>Thu, 16 Jun 2022 01:00:00 GMT</pubDate><description>&lt;p&gt;{d}&lt;/p&gt;</description></item>")
    n = rng.randrange(10**9)
    kinds = [
        f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>',  # XXE
        f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',  # parameter entity
        '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">',  # external DTD
        '<!DOCTYPE r [' + "".join(f'<!ENTITY l{i} "{"&l" + str(i - 1) + ";" * 10 if i else "lol"}">' for i in range(10))
        + ']>',  # billion laughs
        '<!DOCTYPE r [<!ENTITY a "' + "a" * 50_000 + '">]>',  # quadratic blow-up
        "",
    ]
    doctype = rng.choice(kinds)
    xinclude = '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://' + str(secret) + '"/>'
    body = ("&x;" if "ENTITY x" in doctype else "&l9;" if "ENTITY l9" in doctype
            else "&a;" * 200 if "ENTITY a" in doctype else xinclude)
    title = rng.choice(["&#xD800;", "标题", "&#0;", body])
    items = item.format(t=title, n=n, d=body) + item.format(t="好", n=n + 1, d="正文。")
    return f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _valid(out: Path) -> str:
    """'' when both parsers take the file, else why not."""
    if not out.exists():
        return ""  # a batch that built nothing writes nothing: not an invalid output
    try:
        for _ in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS):
            pass
    except (SyntaxError, ValueError, OSError) as e:
        return f"pyoxigraph: {e}"
    if shutil.which("rapper"):
        r = subprocess.run(["rapper", "-q", "-i", "nquads", "-c", str(out)], capture_output=True, text=True)
        if r.returncode != 0:
            return f"rapper: {r.stderr.strip()[:200]}"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="inputs (default 10,000)")
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    crashes, hangs, invalid, leaks = [], [], [], []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        secret = Path(tmp) / "secret.txt"
        secret.write_text(CANARY)
        batches = 0
        for first in range(0, args.n, args.batch):
            batch = Path(tmp) / f"b{first}"
            batch.mkdir()
            count = min(args.batch, args.n - first)
            for i in range(count):
                (batch / f"{i:04d}.{'xml' if i % 7 == 0 else 'txt'}").write_bytes(_item(rng, secret))
            out = Path(tmp) / f"b{first}.nq"
            try:
                r = subprocess.run([sys.executable, "-m", "kg", "build", str(batch), "-o", str(out), "--no-store",
                                    "-q", "--workers", "1", "--article-timeout", "10"],
                                   capture_output=True, text=True, timeout=10 * count, cwd=tmp)
            except subprocess.TimeoutExpired:
                hangs.append(batch.name)
                continue
            batches += 1
            slow = (r.stdout + r.stderr).count("took longer than")
            if slow:  # an input that needed more than 10 s: a hang the article timeout stopped
                hangs.extend([batch.name] * slow)
            if r.returncode not in (0, 1, 2) or "Traceback" in r.stderr:
                crashes.append((batch.name, r.returncode, r.stderr[-400:]))
            if why := _valid(out):
                invalid.append((batch.name, why))
            if out.exists() and CANARY in out.read_text("utf-8", "replace"):
                leaks.append(batch.name)
            shutil.rmtree(batch)
            out.unlink(missing_ok=True)
    took = time.perf_counter() - start
    rapper = "yes" if shutil.which("rapper") else "no"
    print(f"inputs: {args.n}  batches: {batches}  time: {took:.0f} s  rapper: {rapper}")
    print(f"crashes: {len(crashes)}  hangs: {len(hangs)}  invalid outputs: {len(invalid)}  leaks: {len(leaks)}")
    for c in crashes[:5]:
        print("  crash", c)
    for v in invalid[:5]:
        print("  invalid", v)
    return 1 if crashes or hangs or invalid or leaks else 0


if __name__ == "__main__":
    sys.exit(main())
