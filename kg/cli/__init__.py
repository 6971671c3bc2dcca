"""The kg command: a thin layer over the library. Each module adds its commands to `main`."""

from kg.cli import build, entities, graphs, publish, store  # noqa: F401  (they register their commands)
from kg.cli.common import main

__all__ = ["main"]
