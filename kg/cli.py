"""The kg command: a thin layer over the library.

Exit codes, as pySHACL's: 0 ok; 1 invalid data (a bad input, a duplicate, a SHACL violation);
2 usage or runtime error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import __version__, query
from kg.errors import GraphFileError, InputError, KgError, UsageError
from kg.iris import DEFAULT_BASE
from kg.pipeline import ArticleReport, BuildOptions, BuildSummary, build
from kg.reading.dates import DEFAULT_SOURCE_TZ
from kg.reading.sources import expand
from kg.serialize import FORMATS, GraphWriter, format_for
from kg.validate import validate

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
DEFAULT_OUTPUT = "kg-out/graph.ttl"
# soft_wrap: long paths and IRIs must stay whole when output goes to a file or pipe.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])


def library_errors(fn: F) -> F:
    """Library errors become one clear line and exit code 2 (1 for unreadable data)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except InputError as e:
            err.print(f"[red]error:[/] {escape(str(e))}")
            sys.exit(EXIT_INVALID)
        except (KgError, ValueError) as e:
            err.print(f"[red]error:[/] {escape(str(e))}")
            sys.exit(EXIT_ERROR)
        except OSError as e:
            err.print(f"[red]error:[/] {escape(str(e.filename or ''))}: {escape(str(e.strerror or e))}")
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a schema.org knowledge graph from news articles and feeds, validate it with SHACL,
    and query it with SPARQL.

    \b
    Example:
      kg build seeds/ -o kg-out/graph.ttl
      kg query kg-out/graph.ttl -q 'SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }'
    """


@main.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True,
              help="Output file; its extension picks the format unless --format is given.")
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "ttl", "jsonld", "nq"]),
              help="Output format (default: from the output file's extension).")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI under which the graph's own IRIs are minted.")
@click.option("--source-tz", default=DEFAULT_SOURCE_TZ, show_default=True,
              help="Timezone of times written without one (pudate): an offset or IANA name.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Processes for N-Quads/N-Triples output (default: one per CPU).")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems and the summary line.")
@library_errors
def build_cmd(inputs: tuple[str, ...], output: str, fmt: str | None, base: str, source_tz: str,
              no_validate: bool, workers: int | None, quiet: bool) -> None:
    """Build a graph from articles: feed-item files, RSS/Atom feeds, directories (recursively),
    globs, or - for standard input. Formats are detected.

    \b
    Examples:
      kg build seeds/ -o kg-out/graph.ttl
      kg build 'feeds/**/*.xml' -o graph.nq --base https://data.example.com/
      cat item.txt | kg build - -o item.jsonld
    """
    target = Path(output)
    fmt_name = format_for(output, fmt)
    sources = expand(inputs)
    options = BuildOptions(base=base, source_tz=source_tz, validate=not no_validate, workers=workers)
    show_bar = err.is_terminal and not quiet and len(sources) > 1

    def report(a: ArticleReport) -> None:
        """Problems are printed as each article is written, not held until the end."""
        if not quiet:
            for w in a.warnings:
                err.print(f"[yellow]warning:[/] {escape(a.source)}: {escape(w)}")
        for f in a.violations:
            err.print(f"[red]invalid:[/] {escape(a.source)}: {escape(f.line())}")

    with GraphWriter(target, fmt_name, base) as writer:
        if show_bar:
            with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=err, transient=True) as bar:
                task = bar.add_task("build", total=len(sources))
                summary = build(inputs, writer, options, sources=sources, on_article=report,
                                on_source=lambda _s: bar.advance(task))
        else:
            summary = build(inputs, writer, options, sources=sources, on_article=report)
    _report_build(summary, target, fmt_name)
    sys.exit(EXIT_OK if summary.ok else EXIT_INVALID)


def _report_build(summary: BuildSummary, target: Path, fmt: str) -> None:
    if summary.failures:
        err.print(f"[red]{len(summary.failures)} input(s) failed:[/]")
        for fail in summary.failures:
            err.print(f"  {escape(fail.source)}: {escape(fail.reason)}")
    entities = ", ".join(f"{n} {k}" for k, n in sorted(summary.entities.items()))
    out.print(f"wrote {escape(str(target))} ({fmt})")
    out.print(f"articles: {summary.built} built, {len(summary.failures)} failed, "
              f"{summary.invalid} with SHACL violations, {summary.shacl_warnings} SHACL warnings")
    out.print(f"triples: {summary.triples}")
    out.print(f"entities: {entities or 'none'}")


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@library_errors
def validate_cmd(files: tuple[str, ...]) -> None:
    """Validate graph files against kg's SHACL shapes and print a readable report.

    Exit 0 when the data conforms (warnings allowed), 1 on violations, 2 on errors.

    \b
    Example:
      kg validate kg-out/graph.ttl
    """
    from rdflib import Dataset

    data = Dataset()
    for f in files:
        fmt = query.rdf_format(Path(f))
        try:
            data.parse(f, format=fmt.media_type)
        except Exception as e:  # rdflib's parsers raise many kinds
            raise GraphFileError(f, f"not valid RDF: {e}") from None
    report = validate(_union(data))
    for finding in report.findings:
        colour = "red" if finding.severity == "Violation" else "yellow"
        out.print(f"[{colour}]{escape(finding.line())}[/]")
    out.print(f"{'conforms' if report.conforms else 'does not conform'}: "
              f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)")
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


def _union(data: Any) -> Any:
    from rdflib import Graph

    g = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@main.command("query")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-q", "--query", "text", help="The SPARQL query.")
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False),
              help="A file holding the SPARQL query.")
@click.option("--format", "fmt", type=click.Choice(["table", *query.RESULT_FORMATS, *query.GRAPH_FORMATS]),
              help="table on a terminal, else csv; CONSTRUCT results default to turtle.")
@library_errors
def query_cmd(graphs: tuple[str, ...], text: str | None, file: str | None, fmt: str | None) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) over graph files. The default graph is the
    union of all graphs.

    \b
    Examples:
      kg query kg-out/graph.ttl -f queries/articles_by_author.rq
      kg query kg-out/graph.nq -q 'ASK { ?a a <https://schema.org/NewsArticle> }' --format json
    """
    if bool(text) == bool(file):
        raise UsageError("give the query with exactly one of -q or -f")
    sparql = text if text else Path(file).read_text("utf-8")  # type: ignore[arg-type]
    store = query.load(Path(g) for g in graphs)
    answer = query.run(store, sparql)
    fmt = fmt or ("table" if out.is_terminal else ("turtle" if answer.triples else "csv"))
    if fmt != "table" or answer.triples:
        sys.stdout.buffer.write(query.serialize_answer(store, sparql, fmt if fmt != "table" else "turtle"))
        sys.stdout.flush()
        return
    if answer.boolean is not None:
        out.print("true" if answer.boolean else "false")
        return
    table = Table(*answer.variables, show_lines=False)
    for row in answer.rows:
        table.add_row(*(query.term_text(c) for c in row))
    out.print(table)
    out.print(f"{len(answer.rows)} row(s)")


if __name__ == "__main__":
    main()
