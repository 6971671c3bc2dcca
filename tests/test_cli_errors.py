"""Errors a new user met, each as they met it: the message names what they gave, and nothing they
had is destroyed."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_build_that_builds_nothing_keeps_the_earlier_output(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    assert run("build", "seeds", "-o", str(out), "--no-store").exit_code == 0
    before = out.read_bytes()
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("[标题](https://example.com/a)\n------\n<p>中文</p>".encode("gb18030"))
    result = run("build", str(bad), "-o", str(out), "--no-store")
    assert result.exit_code == 1
    assert "nothing built" in result.output and "GB18030" in result.output
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".g.ttl.*.part"))


def test_binary_files_are_called_binary(tmp_path: Path) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(JPEG)
    result = run("build", str(photo), "-o", str(tmp_path / "g.nq"), "--no-store")
    assert result.exit_code == 1
    assert "a JPEG image, not a text article" in result.output and "iconv" not in result.output


def test_mentions_reports_a_binary_file_once(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(JPEG + b"\n" * 500)
    result = run("mentions", str(photo))
    assert result.exit_code == 1
    assert result.output.count("error:") == 1 and "a JPEG image" in result.output


def test_an_unwritable_output_is_found_before_any_work_and_named_as_given(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", "utf-8")
    target = tmp_path / "afile" / "graph.ttl"
    store = tmp_path / "store"
    result = run("build", "seeds", "-o", str(target), "--store", str(store))
    assert result.exit_code == 2
    assert str(target) in result.output and ".part" not in result.output
    assert "built" not in result.output  # no build ran
    assert not store.exists()  # not even the store was opened


def test_an_invalid_base_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--no-store", "--base", "https://example.org/kg#")
    assert result.exit_code == 2
    assert "base 'https://example.org/kg#'" in result.output and "built" not in result.output
    assert not (tmp_path / "g.ttl").exists()


def test_build_counts_as_validate_and_a_parser_count_the_written_file(tmp_path: Path) -> None:
    import re

    import pyoxigraph as ox

    out = tmp_path / "g.ttl"
    built = run("build", "seeds", "tests/data/corpus", "-o", str(out), "--no-store").output
    checked = run("validate", str(out)).output
    warnings = int(re.search(r"(\d+) SHACL warnings", built).group(1))
    assert f"{warnings} warning(s)" in checked and warnings > 0
    statements = int(re.search(r"statements: (\d+) \(", built).group(1))
    assert statements == sum(1 for _ in ox.parse(path=out, format=ox.RdfFormat.TURTLE)) > 1000


def test_the_readme_evaluate_example_runs() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    example = "kg evaluate --gold tests/data/seeds.gold.json seeds/"
    assert example in readme
    assert run(*example.split()[1:]).exit_code == 0


def test_sparql_errors_are_one_line_with_line_and_column() -> None:
    graph = "tests/golden/000_f72b604293d7eff6.ttl"
    result = run("query", graph, "-q", "SELECT ?x WHERE {\n  ?x foo:bar ?n }")
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "line 2" in result.output and "undeclared prefix foo:" in result.output
    result = run("query", graph, "-q", "SELECT ?x WHERE { ?x ?p  }")
    assert result.exit_code == 2 and "line 1, column" in result.output and "'\\u{" not in result.output


def test_query_predeclares_the_common_prefixes() -> None:
    q = ("SELECT (COUNT(*) AS ?n) WHERE { ?x a schema:Person ; rdf:type ?t . "
         "OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x owl:sameAs ?s } OPTIONAL { ?x kg:x ?k } "
         "OPTIONAL { ?x nif:anchorOf ?a } FILTER(isIRI(?x) || ?x = xsd:string) }")
    result = run("query", "tests/golden/000_f72b604293d7eff6.ttl", "-q", q, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert int(result.output.split()[-1]) > 0


def test_publish_refuses_an_invalid_base_before_any_work(tmp_path: Path) -> None:
    result = run("publish", str(tmp_path / "site"), "tests/golden/000_f72b604293d7eff6.ttl", "--base", "ftp://x/")
    assert result.exit_code == 2 and "base 'ftp://x/'" in result.output
    assert not (tmp_path / "site").exists()



def test_a_full_disk_names_the_output(tmp_path: Path) -> None:
    import pytest

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    for fmt in ("nquads", "turtle"):
        result = CliRunner().invoke(main, ["build", "seeds", "-o", "/dev/full", "--format", fmt, "--no-store", "-q"])
        assert result.exit_code == 2 and "error: /dev/full: No space left on device" in result.output, result.output


def test_a_killed_builds_temporary_file_is_removed_by_the_next(tmp_path: Path) -> None:
    """Each temporary file names its writer's process: a dead one's is debris, a live one's is not."""
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    stale = tmp_path / f".out.nq.{dead}.x1y2z3.part"
    live = tmp_path / f".out.nq.{os.getppid()}.a1b2c3.part"  # the test runner's parent: alive
    other = tmp_path / f".other.nq.{dead}.x1y2z3.part"  # another target's: not this build's business
    for f in (stale, live, other):
        f.write_bytes(b"<a> <b> <c> .\n" * 10)
    result = CliRunner().invoke(main, ["build", "seeds", "-o", str(tmp_path / "out.nq"), "--no-store", "-q"])
    assert result.exit_code == 0, result.output
    assert not stale.exists() and live.exists() and other.exists()


def test_workers_end_with_their_build() -> None:
    """SIGKILL leaves no one to shut a process pool down; the workers end with their parent."""
    import signal
    import subprocess
    import sys
    import time

    import pytest

    if not sys.platform.startswith("linux"):
        pytest.skip("the kernel's parent-death signal is Linux's")
    code = ("import os, sys, time\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "from kg.workers import die_with_parent\n"
            "with ProcessPoolExecutor(2, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:\n"
            "    print(*pool.map(os.getpid, [None] * 0), *{pool.submit(os.getpid).result() for _ in range(8)},"
            " flush=True)\n"
            "    time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie has ended: only its exit status is left
        return fh.read().split(") ")[-1][:1] != "Z"
