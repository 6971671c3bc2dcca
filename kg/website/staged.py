"""Publishing safely: the site is written to a staging folder beside OUT_DIR and moved into place
only when complete, and OUT_DIR is replaced only when it is new, empty, or a site kg published.
The CLI and the Python API (kg.publish) both come through here."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.website.site import MARKER, Published, publish


def check_replaceable(out_dir: Path, protected: Iterable[Path] = ()) -> None:
    """UsageError unless OUT_DIR may be replaced whole: new, empty, or a site kg published (its
    marker file), and holding none of the protected paths (the store, the inputs)."""
    out_dir = out_dir.absolute()
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise UsageError(f"{out_dir} is not a directory kg can replace (a file or a link); choose another")
    inside = [p for p in protected if Path(p).absolute().is_relative_to(out_dir)]
    if inside:
        raise UsageError(f"{out_dir} holds {inside[0]}; publishing there would delete it: choose another OUT_DIR")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise UsageError(f"{out_dir} is not empty and is not a site kg published; choose a new or empty "
                         "directory (kg replaces OUT_DIR whole)")


def publish_replacing(store: ox.Store, out_dir: Path, base: str, *, protected: Iterable[Path] = (),
                      **options: object) -> Published:
    """Write the site of the store to OUT_DIR, replacing it whole once the new site is complete.
    `options` are kg.website.site.publish's (name, page_size, license_iri, sparql_endpoint)."""
    out_dir = out_dir.absolute()
    check_replaceable(out_dir, protected)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        report = publish(store, staging, base, **options)  # type: ignore[arg-type]
        staging.chmod(0o755)
        if out_dir.exists():  # a site kg published before (checked): moved aside, then removed
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
            out_dir.rename(old / "site")
            staging.rename(out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report
