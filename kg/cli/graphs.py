"""kg validate and kg query: graph files, the embedded store, or a SPARQL endpoint."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from kg import query, remote
from kg.cli import common
from kg.cli.common import EXIT_INVALID, EXIT_OK, library_errors, main
from kg.errors import UsageError
from kg.shacl import validate
from kg.store import default_store, open_store
from kg.terms import default_graph


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
    # Oxigraph reads the files: it never fetches a remote JSON-LD context, where rdflib would.
    report = validate(default_graph(query.load(Path(f) for f in files)))
    for finding in report.findings:
        colour = "red" if finding.severity == "Violation" else "yellow"
        common.out.print(f"[{colour}]{escape(finding.line())}[/]")
    common.out.print(f"{'conforms' if report.conforms else 'does not conform'}: "
                     f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)")
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


@main.command("query")
@click.argument("graphs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-q", "--query", "text", help="The SPARQL query.")
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file holding the SPARQL query.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              default=default_store, show_default="kg-out/store, or $KG_STORE",
              help="The embedded store, queried when no graph files are given.")
@click.option("--endpoint", help="A SPARQL 1.1 query endpoint to ask instead.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=query.DEFAULT_TIMEOUT,
              show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", "max_rows", type=click.IntRange(min=1), default=query.DEFAULT_MAX_ROWS,
              show_default=True, help="Most rows (or triples) returned; more are cut, with a note.")
@click.option("--format", "fmt", type=click.Choice(["table", *query.RESULT_FORMATS, *query.GRAPH_FORMATS]),
              help="table on a terminal, else csv; CONSTRUCT results default to turtle.")
@click.option("--max-memory", type=click.IntRange(min=16), default=query.DEFAULT_MAX_MEMORY_MB, show_default=True,
              help="MB a query may allocate before it is stopped.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses fetch from the endpoints they name (refused by default: kg never "
                   "fetches unless asked).")
@library_errors
def query_cmd(graphs: tuple[Path, ...], text: str | None, file: Path | None, store_path: Path,
              endpoint: str | None, timeout: float, max_rows: int, fmt: str | None, max_memory: int,
              allow_service: bool) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) over graph files, the embedded store (when no
    files are given), or a remote endpoint. The default graph holds every article triple once.

    \b
    Examples:
      kg query -f queries/articles_by_author.rq
      kg query kg-out/graph.nq -q 'ASK { ?a a <https://schema.org/NewsArticle> }' --format json
      kg query --endpoint http://localhost:7878/query -f queries/cited_sites.rq --timeout 10
      kg query --allow-service -q 'SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 3'
    """
    if bool(text) == bool(file):
        raise UsageError("give the query with exactly one of -q or -f")
    try:
        sparql = text if text else file.read_text("utf-8")  # type: ignore[union-attr]
    except UnicodeDecodeError as e:
        raise UsageError(f"{file}: the query file is not UTF-8 ({e.reason} at byte {e.start})") from None
    if not allow_service:
        query.refuse_service(sparql)
    if endpoint:
        if graphs:
            raise UsageError("give graph files or --endpoint, not both")
        answer = query.in_child(partial(remote.query, endpoint, sparql, timeout=timeout,
                                        max_rows=max_rows), timeout)
    else:
        if not graphs:
            common.note_pending(open_store(store_path, read_only=True))
        opener = partial(query.load, graphs) if graphs else partial(open_store, store_path,
                                                                    read_only=True)
        answer = query.run_limited(opener, sparql, timeout=timeout, max_rows=max_rows, max_memory_mb=max_memory)
    fmt = fmt or ("table" if common.out.is_terminal else ("turtle" if answer.kind == "graph" else "csv"))
    if answer.kind == "graph" and fmt in query.RESULT_FORMATS:
        raise UsageError(f"a CONSTRUCT or DESCRIBE answer is a graph: use --format {'|'.join(query.GRAPH_FORMATS)}")
    if answer.kind == "graph" and fmt in ("table", None):
        fmt = "turtle"
    if fmt != "table":
        sys.stdout.buffer.write(query.serialize(answer, fmt))
        sys.stdout.flush()
    elif answer.kind == "ask":
        common.out.print("true" if answer.boolean else "false")
    else:
        table = Table(*answer.variables, show_lines=False)
        for row in answer.rows:
            table.add_row(*(escape(query.cell_text(c)) for c in row))
        common.out.print(table)
        common.out.print(f"{len(answer.rows)} row(s)")
    if answer.truncated:
        common.err.print(f"[yellow]note:[/] results cut at {max_rows} (--limit)")
