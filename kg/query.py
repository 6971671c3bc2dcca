"""SPARQL queries over graph files, the embedded store, or a remote endpoint, with a time limit
and a cap on results.

Local queries run in a child process: Oxigraph cannot interrupt a query, but a process can be
stopped, so --timeout is real. Answers come back serialized; rows are capped before that.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import resource
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from kg import sparql
from kg.errors import GraphFileError, KgError, UsageError
from kg.formats import RESULT_FORMATS, for_path, names, rdf_format
from kg.namespaces import OWL, RDFS, prefixes
from kg.workers import die_with_parent

# A CONSTRUCT answer in any RDF format but JSON-LD, which needs a context to be readable.
GRAPH_FORMATS = names(exclude=("json-ld",))
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_MEMORY_MB = 2048  # what one query may allocate beyond what its process started with


class QueryTimeout(KgError):
    """The query ran past --timeout and was stopped."""


class QueryTooLarge(KgError):
    """The query needed more memory than --max-memory and was stopped."""


# Left to right, IRIs, strings and comments are skipped whole: a '#' inside an IRI is no comment,
# and the word inside a string or an IRI is no keyword.
_SKIP = re.compile(
    r"<(?:[^<>\"{}|^`\\\s]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"  # \u escapes are part of an IRI
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|(?<!\\)#[^\n]*"  # a comment; \# is an escaped character of a prefixed name, not one
)
# The keyword, not a variable (?service), a prefixed name (schema:Service) or part of a word.
_SERVICE = re.compile(r"(?<![\w?$:\\])SERVICE(?=\s*(?:SILENT\s*)?[<?$\w:])", re.I)


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def refuse_service(sparql: str) -> None:
    """kg works offline: a SERVICE clause would make Oxigraph fetch from the network.

    The text is read twice, and either reading refuses: as Oxigraph reads it (\\u escapes belong
    to the IRI or string they stand in), and with every escape decoded first, as the SPARQL 1.1
    grammar (19.2) allows a parser to. An escape can then never turn a '#' or a quote into the
    start of a comment or a string that hides the keyword (<urn:a\\u0041#> SERVICE …)."""
    if _has_service(sparql) or _has_service(_ESCAPE.sub(_decoded, sparql)):
        raise UsageError("SERVICE clauses are refused: kg queries only local data and never fetches")


def _has_service(sparql: str) -> bool:
    return _SERVICE.search(_masked(sparql)) is not None


def _masked(sparql: str) -> str:
    """The query with every IRI emptied (<>), every string emptied (""), every comment gone: what
    is left are keywords, variables and names."""
    return _SKIP.sub(lambda m: {"<": "<>", "#": " "}.get(m.group(0)[0], '""'), sparql)


_FORM = re.compile(r"(?<![\w?$:\\])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.I)


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these keywords outside IRIs, strings and
    comments (a prologue has none of them); SELECT when none is found (the server will say)."""
    found = _FORM.search(_masked(sparql))
    return found.group(1).upper() if found else "SELECT"


def _decoded(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)




def load(paths: Iterable[Path], store: ox.Store | None = None) -> ox.Store:
    """Load graph files into a store whose default graph is the union of all triples, each once;
    article graphs stay reachable with GRAPH."""
    store = store if store is not None else ox.Store()
    for path in paths:
        try:
            store.bulk_load(path=str(path), format=for_path(path).oxigraph)
        except SyntaxError as e:
            raise GraphFileError(str(path), f"not valid RDF: {e}") from None
        except OSError as e:
            raise GraphFileError(str(path), f"cannot be read ({e.strerror or e})") from None
    store.update(sparql.text("fill_default"))  # the distinct triples, as the embedded store keeps them
    return store


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's answer: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE),
    with `truncated` set when the cap cut it short."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()  # each cell in N-Triples form, None if unbound
    boolean: bool | None = None
    triples: bytes | None = None  # N-Triples
    truncated: bool = False

    @property
    def kind(self) -> str:
        return "ask" if self.boolean is not None else "graph" if self.triples is not None else "select"


def query_prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared: the project's own and the common vocabularies."""
    return {**prefixes(), "rdfs": str(RDFS), "owl": str(OWL)}


def run(store: ox.Store, sparql: str, max_rows: int = DEFAULT_MAX_ROWS) -> Answer:
    """Run a query on a store; the default graph holds every article triple once."""
    try:
        result = store.query(sparql, prefixes=query_prefixes())
    except SyntaxError as e:
        raise UsageError(syntax_message(sparql, e)) from None
    return answer_from(result, max_rows)


_AT = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", re.S)


def syntax_message(sparql: str, error: SyntaxError) -> str:
    """One line, with where: the parser's own message lists every token it would have taken."""
    text = str(error)
    m = _AT.match(text)
    if not m:
        return f"bad query: {text.splitlines()[0] if text else 'syntax error'}"
    line, column, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = sparql.splitlines() or [""]
    near = lines[line - 1][max(column - 1, 0):][:30] if 0 < line <= len(lines) else ""
    if "Prefix not found" in detail:
        before = lines[line - 1][:max(column - 1, 0)] if 0 < line <= len(lines) else ""
        name = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        near = ""
        what = (f"undeclared prefix {name.group(1) or ''}:" if name else "an undeclared prefix") + \
            f" (declared for you: {', '.join(query_prefixes())})"
    elif detail.startswith("expected one of") or ("expected" in detail and len(detail) > 60):
        what = "unexpected text"
    else:
        what = detail.splitlines()[0]
    return f"bad query at line {line}, column {column}: {what}" + (f", near {near!r}" if near.strip() else "")


def answer_from(result: ox.QueryBoolean | ox.QuerySolutions | Iterable[ox.Triple],
                max_rows: int) -> Answer:
    """An Oxigraph result (from a store, or parsed from a server's answer), capped."""
    if isinstance(result, ox.QueryBoolean):
        return Answer(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = tuple(v.value for v in result.variables)
        rows = []
        for solution in result:
            if len(rows) == max_rows:
                return Answer(variables=names, rows=tuple(rows), truncated=True)
            rows.append(tuple(None if solution[v] is None else str(solution[v]) for v in names))
        return Answer(variables=names, rows=tuple(rows))
    triples = []
    truncated = False
    for triple in result:
        if len(triples) == max_rows:
            truncated = True
            break
        triples.append(triple)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return Answer(triples=data, truncated=truncated)


def run_limited(open_store: Callable[[], ox.Store], sparql: str, *, timeout: float,
                max_rows: int, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB) -> Answer:
    """Open the store and run the query in a child process, stopped after `timeout` seconds or
    when it needs more than `max_memory_mb` of memory."""
    return in_child(partial(_run_opened, open_store, sparql, max_rows, max_memory_mb), timeout, max_memory_mb)


def _run_opened(open_store: Callable[[], ox.Store], sparql: str, max_rows: int, max_memory_mb: int) -> Answer:
    store = open_store()  # loading graph files is not the query: the cap starts after it
    _cap_memory(max_memory_mb)
    return run(store, sparql, max_rows)


def in_child(work: Callable[[], Answer], timeout: float, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB) -> Answer:
    """Do `work` in a child process and return its answer, or stop it after `timeout` seconds.
    A child that runs out of memory (under the cap `work` may set: run_limited's) is reported as
    needing more than `max_memory_mb`. The child also dies when this process does, however this
    process ends."""
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, work, os.getpid()), daemon=True)
    # Only the main thread may set handlers (kg serve answers in threads; there the child dies with
    # the server by PDEATHSIG alone).
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit_on_term) if in_main else None
    try:
        child.start()
        sender.close()
        if not receiver.poll(timeout):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped "
                               "(raise --timeout, or narrow the query)")
        ok, payload = receiver.recv()
    except EOFError:
        child.join()
        if (child.exitcode is not None and child.exitcode < 0) or child.exitcode == _OUT_OF_MEMORY:
            raise QueryTooLarge(f"the query needed more than {max_memory_mb} MB and was stopped "
                                "(raise --max-memory, or narrow the query)") from None
        raise KgError("the query process ended without an answer") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        if in_main:
            signal.signal(signal.SIGTERM, previous)
    if not ok:
        raise payload
    return payload


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # so that in_child's finally stops the child


_OUT_OF_MEMORY = 3  # the child's exit code when an allocation failed


def _cap_memory(max_mb: int) -> None:
    """Linux: allocations beyond max_mb over what the process holds now fail (RLIMIT_DATA counts
    the heap and anonymous mappings, not the store's mapped files)."""
    with contextlib.suppress(OSError, ValueError, AttributeError, StopIteration):
        with open("/proc/self/status", encoding="ascii") as fh:
            data_kb = int(next(line for line in fh if line.startswith("VmData:")).split()[1])
        limit = data_kb * 1024 + max_mb * 2**20
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _child(sender, work: Callable[[], Answer], parent: int) -> None:
    # Linux: killed when its parent dies, even by SIGKILL; and ended at once if the parent died
    # before this line ran (under load a child may start late, after its parent was killed)
    die_with_parent(parent, sig=signal.SIGKILL)
    # Answers and errors go through the pipe; what the store's native code prints when an
    # allocation fails (a backtrace) would only be noise on the user's terminal.
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    try:
        sender.send((True, work()))
    except MemoryError:
        os._exit(_OUT_OF_MEMORY)  # nothing can be built to say more: the parent says it
    except KgError as e:
        sender.send((False, e))
    except Exception as e:  # anything else still reaches the user as one message
        sender.send((False, KgError(f"query failed: {e}")))
    finally:
        sender.close()


# --- output ---------------------------------------------------------------------------------

def _cell(text: str | None) -> str:
    if text is None:
        return "UNDEF"
    if text.startswith("_:"):  # SPARQL data blocks take no blank nodes: name them
        return f"<urn:kg:bnode:{text[2:]}>"
    return text


def serialize(answer: Answer, fmt: str) -> bytes:
    """SELECT/ASK in a SPARQL 1.1 results format (csv, tsv, json, xml); graphs in an RDF one.

    The (capped) rows are handed back to Oxigraph as a VALUES block, so that its own result
    serializers write them; cells are already in N-Triples form, which SPARQL reads as is.
    """
    if answer.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise UsageError(f"a graph answer is written as one of {', '.join(GRAPH_FORMATS)}")
        triples = ox.parse(input=answer.triples or b"", format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=rdf_format(fmt).oxigraph) or b""
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if answer.kind == "ask":
        result = ox.Store().query("ASK {}" if answer.boolean else "ASK { FILTER(false) }")
    elif not answer.variables:
        result = ox.Store().query("SELECT * WHERE {}" if answer.rows else "SELECT * WHERE { FILTER(false) }")
    else:
        head = " ".join(f"?{v}" for v in answer.variables)
        body = "\n".join("(" + " ".join(_cell(c) for c in row) + ")" for row in answer.rows)
        result = ox.Store().query(f"SELECT {head} WHERE {{ VALUES ({head}) {{ {body} }} }}")
    data = result.serialize(format=RESULT_FORMATS[fmt]) or b""
    return data if data.endswith(b"\n") else data + b"\n"


def cell_text(cell: str | None) -> str:
    """A cell as a person reads it: IRIs bare, literals by their value."""
    if cell is None:
        return ""
    if cell.startswith("<") and cell.endswith(">"):
        return cell[1:-1]
    if cell.startswith('"'):
        term = next(iter(ox.parse(input=f"<x:s> <x:p> {cell} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
        return term.object.value
    return cell
