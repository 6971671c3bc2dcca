"""The nginx sample (deploy/nginx.conf) against the real nginx: one IRI, the page, the Turtle or
the JSON-LD, by the Accept header. .ci/run installs Debian's nginx; without it (a bare machine
running the README's command) this test is skipped, unless KG_REQUIRE_NGINX is set, as CI sets it."""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, free_port, wait_for_port

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)



@pytest.fixture(scope="module")
def served(tmp_path_factory):
    if NGINX is None:
        if os.environ.get("KG_REQUIRE_NGINX"):
            pytest.fail("nginx is required here (KG_REQUIRE_NGINX) but not installed")
        pytest.skip("nginx is not installed (.ci/run installs Debian's package)")
    tmp = tmp_path_factory.mktemp("nginx")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "seeds", "-o", str(tmp / "g.nq"), "--no-store", "-q"]).exit_code == 0
    assert runner.invoke(main, ["publish", str(tmp / "site"), str(tmp / "g.nq")]).exit_code == 0
    port = free_port()
    conf = (ROOT / "deploy" / "nginx.conf").read_text("utf-8")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};").replace("/srv/kg-site", str(tmp / "site"))
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "".join(f"    {kind}_temp_path {tmp}/{kind};\n" for kind in kinds)
    conf = conf.replace("http {\n", f"http {{\n    access_log off;\n{temp}", 1)
    (tmp / "nginx.conf").write_text(conf, "utf-8")
    proc = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g",
                             f"daemon off; master_process off; pid {tmp}/nginx.pid; error_log {tmp}/error.log;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, proc, "nginx")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def _get(url: str, accept: str) -> tuple[str, bytes, str]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.headers.get("Content-Type", ""), resp.read(), resp.headers.get("Vary", "")


@pytest.mark.parametrize(("accept", "media", "starts"), [
    ("text/html,application/xhtml+xml,*/*;q=0.8", "text/html", b"<!doctype html>"),
    ("text/turtle", "text/turtle", b"@prefix"),
    ("application/ld+json", "application/ld+json", b'{"@context":'),
    ("*/*", "text/html", b"<!doctype html>"),
])
def test_one_iri_three_representations(served, accept: str, media: str, starts: bytes) -> None:
    ctype, body, vary = _get(f"{served}/person/vladimir-putin", accept)
    assert ctype.startswith(media) and body.startswith(starts) and "Accept" in vary
    assert "弗拉基米尔·普京".encode() in body


def test_home_files_and_missing(served) -> None:
    ctype, body, _ = _get(f"{served}/", "text/html")
    assert ctype.startswith("text/html") and "人物 People".encode() in body
    assert _get(f"{served}/void.ttl", "*/*")[0].startswith("text/turtle")
    with pytest.raises(urllib.error.HTTPError) as e:
        _get(f"{served}/person/nobody", "text/html")
    assert e.value.code == 404
