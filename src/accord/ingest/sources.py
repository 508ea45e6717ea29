"""Turn command-line inputs (files, directories, "-") into Articles, failures and skips.

Everything a user can get wrong about their input becomes an InputFailure with a one-line
reason; nothing here raises for bad input, so one bad file never stops a batch.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import BinaryIO, Literal

from accord.ingest.article import Article, InputFailure, Skipped
from accord.ingest.decoding import decode_input
from accord.ingest.html import read_html
from accord.ingest.jsonl import read_jsonl
from accord.ingest.language import detect_language
from accord.ingest.scraped import read_scraped
from accord.ingest.warc import is_warc, read_warc

Result = Article | InputFailure | Skipped
Format = Literal["scraped", "html", "jsonl"]

DEFAULT_MAX_BYTES = 20_000_000
STDIN_SOURCE = "<stdin>"

# Extensions that decide the format outright. Anything else is sniffed from the content.
_BY_EXTENSION: dict[str, Format] = {
    ".txt": "scraped",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def read_inputs(
    inputs: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Result]:
    """Read every input in order and yield one result per article, failure or skip.

    Each input is a file, a directory (read recursively in sorted order, skipping hidden
    entries and files whose extension is not a known input format), or "-" for ``stdin``
    (``sys.stdin.buffer`` when not given). Only English articles are yielded as Articles;
    the rest come back as Skipped.
    """
    for spec in inputs:
        if spec == "-":
            yield from _read_stdin(stdin, max_bytes)
        else:
            yield from _read_path(spec, max_bytes)


def _read_stdin(stream: BinaryIO | None, max_bytes: int) -> Iterator[Result]:
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield InputFailure(STDIN_SOURCE, "no standard input available")
        return
    try:
        data = stream.read(max_bytes + 1)  # one byte more than allowed tells us it is too big
    except (OSError, ValueError) as err:  # ValueError: the stream was already closed
        yield InputFailure(STDIN_SOURCE, f"cannot read standard input: {err}")
        return
    if len(data) > max_bytes:
        yield InputFailure(STDIN_SOURCE, f"input too large (more than {max_bytes:,} bytes)")
        return
    if not data:  # e.g. "-" given twice: the first read consumed everything
        yield InputFailure(STDIN_SOURCE, "empty input")
        return
    yield from _parse_bytes(data, STDIN_SOURCE, extension=None)


def _read_path(spec: str, max_bytes: int) -> Iterator[Result]:
    try:
        info = os.stat(spec)
    except OSError as err:
        yield InputFailure(spec, _os_reason(err))
        return
    except ValueError:  # e.g. an embedded NUL in the path
        yield InputFailure(spec, "not a valid path")
        return
    if stat.S_ISDIR(info.st_mode):
        for path in _walk(spec):
            if isinstance(path, InputFailure):
                yield path
            else:
                yield from _read_file(path, max_bytes)
    else:
        yield from _read_file(spec, max_bytes)


def _walk(directory: str) -> Iterator[str | InputFailure]:
    """Input files under ``directory`` in sorted path order, hidden entries left out.

    Symlinked directories are not followed (they can loop); symlinked files are read.
    """
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        yield InputFailure(directory, _os_reason(err) + " (cannot list directory)")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path)
        elif _is_input_name(entry.name):
            yield entry.path


def _is_input_name(name: str) -> bool:
    # Inside a directory only known input files are read, so READMEs, images and other
    # stray files do not each produce a failure. Extensionless files count as scraped text.
    extension = os.path.splitext(name)[1].lower()
    return extension == "" or extension in _BY_EXTENSION or is_warc(name)


def _read_file(path: str, max_bytes: int) -> Iterator[Result]:
    if is_warc(path):
        # Crawl files are large by nature: they are streamed record by record, and the size
        # limit applies to each record rather than to the file.
        for result in read_warc(path, max_bytes):
            yield _check_language(result) if isinstance(result, Article) else result
        return
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            yield InputFailure(path, "not a regular file")
            return
        # Check the size before reading so a huge file is never loaded into memory.
        if info.st_size > max_bytes:
            yield InputFailure(path, f"file too large ({info.st_size:,} bytes; limit is {max_bytes:,})")
            return
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as err:
        yield InputFailure(path, _os_reason(err))
        return
    if len(data) > max_bytes:
        yield InputFailure(path, f"file too large (more than {max_bytes:,} bytes)")
        return
    yield from _parse_bytes(data, path, extension=os.path.splitext(path)[1].lower())


def _parse_bytes(data: bytes, source: str, extension: str | None) -> Iterator[Result]:
    decoded = decode_input(data)
    if decoded.text is None:
        yield InputFailure(source, decoded.problem or "unreadable input")
        return
    text = decoded.text
    fmt = detect_format(text, extension)
    if fmt == "jsonl":
        results: Iterable[Article | InputFailure] = read_jsonl(text, source)
    elif fmt == "html":
        results = [read_html(text, source)]
    else:
        results = [read_scraped(text, source)]
    for result in results:
        yield _check_language(result) if isinstance(result, Article) else result


def detect_format(text: str, extension: str | None) -> Format:
    """The reader for this input: by extension when known, else by the first character."""
    if extension and extension in _BY_EXTENSION:
        return _BY_EXTENSION[extension]
    start = text.lstrip()[:1]
    if start == "<":
        return "html"
    if start == "{":
        return "jsonl"
    return "scraped"


def _check_language(article: Article) -> Article | Skipped:
    language = article.language
    if language is None:
        # The title helps when the body is short; it is not part of the analysed text.
        sample = f"{article.title}\n{article.text}" if article.title else article.text
        language = detect_language(sample)
    if language != "en":
        return Skipped(article.source, f"language is '{language}', not English")
    return replace(article, language=language)


def _os_reason(err: OSError) -> str:
    if isinstance(err, (FileNotFoundError, NotADirectoryError)):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    detail = err.strerror or type(err).__name__
    return f"cannot read: {detail}"
