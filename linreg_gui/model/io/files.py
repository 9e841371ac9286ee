"""Open the file and read its first block, or say why it cannot be read.

Every module of the reader opens files through `open_binary`, so a test can make
opening fail in one place.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final

from linreg_gui.model.errors import LoadError
from linreg_gui.model.text import translate

__all__ = ["SAMPLE_BYTES", "first_nul_byte", "open_and_sample", "open_binary"]

#: The first block read to guess the format (the sniffer reads more if needed).
SAMPLE_BYTES: Final = 64 * 1024


def open_and_sample(path: Path) -> tuple[int, bytes]:
    """Check that `path` is a readable file; return its size and first block."""
    try:
        info = path.stat()
    except FileNotFoundError:
        folder = path.parent if str(path.parent) not in ("", ".") else Path.cwd()
        raise LoadError(
            translate("Loading", "there is no such file in {folder}").format(
                folder=folder
            ),
            path,
        ) from None
    except OSError as error:
        raise LoadError(
            translate("Loading", "the file cannot be opened ({reason})").format(
                reason=error.strerror
            ),
            path,
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(translate("Loading", "this is a folder, not a file"), path)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(translate("Loading", "this is not a regular file"), path)
    try:
        with open_binary(path) as handle:
            head = handle.read(SAMPLE_BYTES)
    except PermissionError:
        raise LoadError(
            translate("Loading", "you do not have permission to read this file"), path
        ) from None
    except OSError as error:
        raise LoadError(
            translate("Loading", "the file cannot be read ({reason})").format(
                reason=error.strerror
            ),
            path,
        ) from None
    if info.st_size == 0 or not head:
        raise LoadError(translate("Loading", "the file is empty"), path)
    return max(info.st_size, len(head)), head


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes (one place, so tests can make it fail)."""
    return open(path, "rb")  # the callers close it


#: Bytes read at a time when scanning a whole file (a few ms each).
SCAN_BYTES: Final = 16 * 1024 * 1024


def first_nul_byte(
    path: Path, start: int = 0, cancelled: Callable[[], bool] | None = None
) -> int | None:
    """Offset of the first NUL byte at or after ``start``, or None.

    Text in UTF-8 or Latin-1 never holds one; a CSV followed by hundreds of MB of
    NULs (a disk image, a file cut short while being written) would otherwise be
    parsed as one monstrous row.  ``memchr``-fast: about 0.1 s per GB from cache.
    """
    buffer = bytearray(SCAN_BYTES)  # one buffer, refilled: no allocation per block
    view = memoryview(buffer)
    with open_binary(path) as handle:
        handle.seek(start)
        offset = start
        while True:
            if cancelled is not None and cancelled():
                return None
            count = handle.readinto(view)  # type: ignore[attr-defined]
            if not count:
                return None
            found = buffer.find(b"\x00", 0, count)
            if found >= 0:
                return offset + found
            offset += count
