"""What every command shares: the consoles, exit codes, and how library errors are shown.

Exit codes, as pySHACL's: 0 ok; 1 invalid data (a bad input, a duplicate, a SHACL violation);
2 usage or runtime error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click
import pyoxigraph as ox
from rich.console import Console
from rich.markup import escape

from kg import __version__
from kg.errors import InputError, KgError
from kg.store import pending

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
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
            code = EXIT_INVALID
        except (KgError, ValueError) as e:
            err.print(f"[red]error:[/] {escape(str(e))}")
            code = EXIT_ERROR
        except OSError as e:
            where = f"{escape(str(e.filename))}: " if e.filename else ""
            err.print(f"[red]error:[/] {where}{escape(str(e.strerror or e))}")
            code = EXIT_ERROR
        # Exit outside the except block: the error's traceback, and the frames it holds (an open
        # store among them), would otherwise ride along as the exit's context. In-process callers
        # (tests, the Python API) then reopen that store while the old handle still writes to it.
        sys.exit(code)

    return wrapper  # type: ignore[return-value]


GAZETTEER_OPTION = click.option(
    "--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="A TSV file of your own names (see README), added to the bundled gazetteer; repeatable.")


def note_pending(store: ox.Store) -> None:
    """Readers may run beside a load; say so when one is under way (or was interrupted)."""
    if n := len(pending(store)):
        err.print(f"[yellow]note:[/] a load of {n} article graph(s) is under way or was "
                  "interrupted; what it wrote so far is included (kg store repair finishes an "
                  "interrupted one)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a schema.org knowledge graph from news articles and feeds, validate it with SHACL,
    keep it in a triple store, and query it with SPARQL.

    \b
    Example:
      kg build seeds/ -o kg-out/graph.ttl
      kg query -q 'SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }'
    """
