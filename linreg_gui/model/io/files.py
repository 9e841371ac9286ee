"""Open the file and read its first block, or say why it cannot be read.

Every module of the reader opens files through `open_binary`, so a test can make
opening fail in one place.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO, Final

from linreg_gui.model.errors import LoadError

__all__ = ["SAMPLE_BYTES", "open_and_sample", "open_binary"]

#: The first block read to guess the format (the sniffer reads more if needed).
SAMPLE_BYTES: Final = 64 * 1024


def open_and_sample(path: Path) -> tuple[int, bytes]:
    """Check that `path` is a readable file; return its size and first block."""
    try:
        info = path.stat()
    except FileNotFoundError:
        folder = path.parent if str(path.parent) not in ("", ".") else Path.cwd()
        raise LoadError(f"there is no such file in {folder}", path) from None
    except OSError as error:
        raise LoadError(f"the file cannot be opened ({error.strerror})", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("this is a folder, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("this is not a regular file", path)
    try:
        with open_binary(path) as handle:
            head = handle.read(SAMPLE_BYTES)
    except PermissionError:
        raise LoadError("you do not have permission to read this file", path) from None
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror})", path) from None
    if info.st_size == 0 or not head:
        raise LoadError("the file is empty", path)
    return max(info.st_size, len(head)), head


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes (one place, so tests can make it fail)."""
    return open(path, "rb")  # the callers close it
