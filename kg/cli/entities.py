"""kg mentions and kg evaluate: the entity extractor on plain text, and scored against a gold file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from kg.cli import common
from kg.cli.common import EXIT_INVALID, EXIT_OK, GAZETTEER_OPTION, library_errors, main
from kg.evaluate import Evaluation, MemorySink, evaluate, graph_files, load_gold
from kg.iris import DEFAULT_BASE, Minter
from kg.mapping.entities import entity_iri, sameas
from kg.pipeline import BuildOptions, build, extractor_for
from kg.query import load
from kg.reading.sources import binary_kind

MENTIONS_BATCH = 256  # lines tagged together


@main.command("mentions")
@click.argument("file", type=click.File("rb"))
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the entity IRIs.")
@GAZETTEER_OPTION
@library_errors
def mentions_cmd(file, base: str, gazetteers: tuple[str, ...]) -> None:
    """Find the people, places and organizations in plain text, one document per line, and print
    JSON Lines: one object per mention, with line (1-based), start and end (characters in the line,
    end exclusive), text, type, id (the entity's IRI in the graph) and sameAs.

    \b
    Examples:
      echo '俄罗斯总统普京在莫斯科会见了杨洁篪。' | kg mentions -
      kg mentions notes.txt --gazetteer my-names.tsv > mentions.jsonl
    """
    extractor = extractor_for(tuple(gazetteers))
    mint = Minter(base)
    name = getattr(file, "name", "-")
    write = sys.stdout.write
    bad = 0
    kind = binary_kind(file.peek(8192)[:8192]) if hasattr(file, "peek") else None
    if kind:  # said once, not once per "line" of an image
        common.err.print(f"[red]error:[/] {escape(name)}: {kind}, not text; nothing read")
        sys.exit(EXIT_INVALID)
    batch: list[tuple[int, str]] = []
    size = 0

    def flush() -> None:
        """Lines are tagged a batch at a time (the tagger's cost is per call), printed in order."""
        for (no, _), ex in zip(batch, extractor.extract_many([[("line", line)] for _, line in batch]), strict=True):
            entities = {e.key: e for e in ex.entities}
            for m in ex.mentions:
                e = entities[m.key]
                write(json.dumps({"line": no, "start": m.start, "end": m.end, "text": m.text,
                                  "type": e.kind.value, "id": str(entity_iri(mint, e)),
                                  "sameAs": list(sameas(e))}, ensure_ascii=False) + "\n")
        batch.clear()

    for no, raw in enumerate(file, 1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as e:  # reported, skipped: the lines after it are still read
            common.err.print(f"[red]error:[/] {escape(name)}: line {no} is not UTF-8 (byte {e.start} of the "
                             "line); skipped")
            bad += 1
            continue
        batch.append((no, line))
        size += len(line)
        if len(batch) == MENTIONS_BATCH or size > 1 << 20:  # bounded memory, however long the lines
            flush()
            size = 0
    flush()
    sys.exit(EXIT_INVALID if bad else EXIT_OK)


@main.command("evaluate")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold file, in the format of seeds.gold.json.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when the overall F1 is below this.")
@GAZETTEER_OPTION
@library_errors
def evaluate_cmd(gold_path: Path, inputs: tuple[str, ...], as_json: bool, min_f1: float | None,
                 gazetteers: tuple[str, ...]) -> None:
    """Score entity extraction against a gold file: precision, recall and F1 for persons, places
    and organizations, and overall, with the misses and false hits listed. INPUTS are graph files
    (.ttl .nt .nq .trig .jsonld) or articles to build (anything kg build reads).

    \b
    Examples:
      kg evaluate --gold tests/data/seeds.gold.json seeds/
      kg evaluate --gold tests/data/seeds.gold.json kg-out/graph.ttl --json
    """
    gold = load_gold(gold_path)
    if graph_files(inputs):
        store = load(Path(p) for p in inputs)
    else:
        sink = MemorySink()
        summary = build(inputs, [sink], BuildOptions(validate=False, gazetteers=tuple(gazetteers), workers=1))
        for fail in summary.failures:
            common.err.print(f"[yellow]skipped:[/] {escape(fail.source)}: {escape(fail.reason)}")
        store = sink.store
    result = evaluate(gold, store)
    if as_json:
        common.out.print_json(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        _print(result)
    sys.exit(EXIT_INVALID if min_f1 is not None and result.overall.f1 < min_f1 else EXIT_OK)


def _print(result: Evaluation) -> None:
    table = Table("type", "gold", "found", "matched", "precision", "recall", "F1")
    for name, s in [*((t, result.scores[t]) for t in result.scored_types), ("overall", result.overall)]:
        table.add_row(name, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp), f"{s.precision:.3f}",
                      f"{s.recall:.3f}", f"{s.f1:.3f}")
    common.out.print(table)
    if result.date_agreement is not None:
        common.out.print(f"event dates: {result.dated_right} of {result.paired_events} gold events paired by a "
                         f"participant or place with a found event are dated right ({result.date_agreement:.3f})")
    for title, rows in (("missed", result.misses), ("false hits", result.false_hits)):
        if rows:
            common.out.print(f"{title}:")
            for m in rows:
                common.out.print(f"  {escape(m.article)}  {m.type}  {escape(m.name)}")
    for name in result.absent:
        common.err.print(f"[yellow]warning:[/] gold article {escape(name)} is not in the inputs")
