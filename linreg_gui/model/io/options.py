"""How the text reader splits its work: one frozen value, passed to `load_table`.

The defaults suit the machines the app runs on (two to eight cores, files from a few
kilobytes to a few hundred megabytes).  Tests pass small values to send tiny files
down the paths that large files take.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["ReadOptions"]

#: More threads than this stop paying: pandas' parser shares the GIL between parts.
_MAX_WORKERS = 6


@dataclass(frozen=True)
class ReadOptions:
    """Thresholds and sizes of the text reader's three ways to parse a file.

    A file of at least `parallel_min_bytes` is split at line breaks and the
    regions parsed on a pool of `workers` threads.  Below it, a plain file (only a
    header before the data, UTF-8 or Latin-1) of at least `whole_min_bytes` goes
    to pandas whole, by path, on one thread (its multi-threaded read memory-maps
    the file: one truncated meanwhile would end the process), with the bar moved
    by an estimate; anything smaller is parsed on the calling thread,
    `rows_per_part` rows at a time.

    Parameters
    ----------
    workers : int, optional
        Threads for a parallel read and for joining its parts.  None (default):
        the CPUs this process may use, at most 6.
    whole_min_bytes : int, default 1 MiB
        Data bytes from which a plain file goes to pandas whole.
    parallel_min_bytes : int, default 16 MiB
        Data bytes from which a file that is not read whole is parsed on threads.
        Below it, threads cost more than they save.
    chunk_bytes : int, default 64 MiB
        Largest region one thread parses in a parallel read (smaller files are
        split into two regions a thread).
    rows_per_part : int, default 50,000
        Rows handed to pandas at a time, so that memory stays bounded and pandas
        never mixes types within a part (no DtypeWarning).
    assumed_bytes_per_second : float, default 200e6
        How fast pandas parses a file of numbers (two cores); only moves the
        progress bar while a whole file is read in one call.

    Raises
    ------
    ValueError
        If a count or size is not positive (the byte thresholds may be 0).
    """

    workers: int | None = None
    whole_min_bytes: int = 1024 * 1024
    parallel_min_bytes: int = 16 * 1024 * 1024
    chunk_bytes: int = 64 * 1024 * 1024
    rows_per_part: int = 50_000
    assumed_bytes_per_second: float = 200e6

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.whole_min_bytes < 0 or self.parallel_min_bytes < 0:
            raise ValueError("the byte thresholds must not be negative")
        if self.chunk_bytes < 1 or self.rows_per_part < 1:
            raise ValueError("chunk_bytes and rows_per_part must be at least 1")
        if not self.assumed_bytes_per_second > 0:
            raise ValueError("assumed_bytes_per_second must be positive")

    def worker_count(self) -> int:
        """`workers`, or when it is None the CPUs this process may use (at most 6)."""
        if self.workers is not None:
            return self.workers
        affinity = getattr(os, "sched_getaffinity", None)
        available = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
        return max(1, min(_MAX_WORKERS, available))
