"""Errors a new user met, each as they met it: the message names what they gave, and nothing they
had is destroyed."""

from __future__ import annotations

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


def test_build_counts_as_validate_and_rdflib_count_the_written_file(tmp_path: Path) -> None:
    import re

    from rdflib import Graph

    out = tmp_path / "g.ttl"
    built = run("build", "seeds", "tests/data/corpus", "-o", str(out), "--no-store").output
    checked = run("validate", str(out)).output
    warnings = int(re.search(r"(\d+) SHACL warnings", built).group(1))
    assert f"{warnings} warning(s)" in checked and warnings > 0
    distinct = int(re.search(r"triples: (\d+) distinct \((\d+) over all article graphs\)", built).group(1))
    assert distinct == len(Graph().parse(out))


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

