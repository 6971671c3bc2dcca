"""Worker processes and the collector settings of a long build: what kg.pipeline (and the query
children of kg.query) need of the operating system, apart from what they build."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from itertools import islice
from typing import TypeVar

C = TypeVar("C")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Parse trees and graphs allocate millions of small objects; with the default threshold the
    cyclic collector runs every 700 and costs a tenth of the build. Instead it runs rarely, and
    fully once per batch (see kg.pipeline), over this work only: what existed before (modules,
    caches) is frozen out of its reach."""
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def die_with_parent(parent: int | None = None, sig: int = signal.SIGTERM) -> None:
    """A child's set-up: on Linux, the kernel sends it `sig` when its parent dies (a SIGKILL
    leaves no one to shut a pool down); given the parent's pid, a parent already gone ends it at
    once."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, sig)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def in_order(chunks: list[C], work: Callable[[C], R], workers: int) -> Iterator[tuple[C, R]]:
    """Results chunk by chunk, in order. With several workers at most two chunks per worker are
    in flight, so memory stays flat however long the input."""
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield chunk, work(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        todo = iter(chunks)
        pending = deque((c, pool.submit(work, c)) for c in islice(todo, 2 * workers))
        while pending:
            chunk, future = pending.popleft()
            yield chunk, future.result()
            if (nxt := next(todo, None)) is not None:
                pending.append((nxt, pool.submit(work, nxt)))
