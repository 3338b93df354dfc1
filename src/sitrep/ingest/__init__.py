"""Ingest: files and folders in, Report records out.

``read_reports`` streams reports (and per-file or per-row errors) from paths;
``sitrep.service.ingest.ingest_paths`` stores them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.errors import InputError, SkippedInput
from sitrep.ingest.readers import READERS, ReadOptions, SourceFile, detect_format
from sitrep.ingest.readers._common import shown_name
from sitrep.records import Report

# Formats read whole into memory; row formats are streamed and have no size limit.
_WHOLE_FILE_FORMATS = {"text", "html", "feed", "json"}


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Every regular file under the given paths, recursively and in a stable order.

    Hidden files and folders (names starting with '.') inside folders are skipped. A path that does not
    exist, a special file (FIFO, device, socket), a symlinked folder (not followed) or a folder that cannot
    be listed yields one InputError (or SkippedInput) each, naming it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield _regular(path)
        else:
            yield InputError(shown_name(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | InputError]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        while unreadable:
            exc = unreadable.pop()
            yield InputError(shown_name(exc.filename or root), f"cannot list folder ({exc.strerror or exc})")
        for name in sorted(d for d in dirs if os.path.islink(os.path.join(root, d)) and not d.startswith(".")):
            yield SkippedInput(shown_name(Path(root) / name), "skipped: a symlinked folder is not followed")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d)))
        for name in sorted(files):
            if not name.startswith("."):
                yield _regular(Path(root) / name)
    for exc in unreadable:
        yield InputError(shown_name(exc.filename or folder), f"cannot list folder ({exc.strerror or exc})")


def _regular(path: Path) -> Path | InputError:
    """The path if it is (or links to) a regular file; FIFOs and devices are never opened (a FIFO blocks,
    /dev/zero never ends)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return InputError(shown_name(path), f"cannot read ({exc.strerror or exc})")
    if not stat.S_ISREG(mode):
        return InputError(shown_name(path), f"not a regular file ({_kind(mode)}); only regular files are read")
    return path


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISDIR, "folder"),
    ):
        if test(mode):
            return kind
    return "special file"


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Report | InputError]:
    """Reports from one file; a file-level failure is yielded as one InputError."""
    options = options or ReadOptions()
    checked = _regular(path)
    if isinstance(checked, InputError):
        yield checked
        return
    try:
        fmt = options.format or detect_format(path, _head(path))
        if fmt not in READERS:
            raise InputError(shown_name(path), f"unknown format {fmt!r} (known: {', '.join(sorted(READERS))})")
        _check_size(path, fmt, options)
        yield from READERS[fmt](SourceFile(path, options), options)
    except InputError as exc:
        yield exc
    except (OSError, ValueError, UnicodeError, RecursionError) as exc:
        yield InputError(shown_name(path), f"cannot read ({type(exc).__name__}: {_one_line(exc)})")


def read_reports(
    paths: Iterable[str | os.PathLike[str]], options: ReadOptions | None = None
) -> Iterator[Report | InputError]:
    """Stream reports from files and folders, with an InputError for each failure."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, options)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(2048)


def _check_size(path: Path, fmt: str, options: ReadOptions) -> None:
    size = path.stat().st_size
    if fmt in _WHOLE_FILE_FORMATS and size > options.max_bytes:
        raise InputError(
            shown_name(path),
            f"file too large for one report ({size / 1e6:.1f} MB > {options.max_bytes / 1e6:.1f} MB; see --max-bytes)",
        )


def _one_line(exc: BaseException) -> str:
    return shown_name(" ".join(str(exc).split())[:200])


__all__ = ["ReadOptions", "iter_files", "read_file", "read_reports"]
