"""Read Common Crawl style WARC files (.warc, .warc.gz): HTML responses only, streamed.

Each HTML response record becomes an article through the HTML reader, with the record's
target URL and, when the page carries no date of its own, the crawl date. The file is read
record by record, never whole, so a multi-gigabyte crawl segment needs little memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from accord.ingest.article import Article, InputFailure
from accord.ingest.html import read_html

WARC_EXTENSIONS = (".warc", ".warc.gz")
_CHARSET = re.compile(r"charset=([\w-]+)", re.I)


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_EXTENSIONS)


def read_warc(path: str, max_record_bytes: int) -> Iterator[Article | InputFailure]:
    """Articles from the HTML responses in a WARC file; a bad record fails alone, a broken
    file ends with one failure after the records that could be read."""
    try:
        handle = open(path, "rb")
    except OSError as err:
        yield InputFailure(path, f"cannot read: {err.strerror or type(err).__name__}")
        return
    with handle:
        records = 0
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                records += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{url or records}"
                payload = record.content_stream().read(max_record_bytes + 1)
                if len(payload) > max_record_bytes:
                    yield InputFailure(source, f"record too large (more than {max_record_bytes:,} bytes)")
                    continue
                text = _decode(payload, content_type)
                if text is None:
                    yield InputFailure(source, "HTML response is not decodable text")
                    continue
                result = read_html(text, source)
                if isinstance(result, Article):
                    result = replace(result, url=result.url or url,
                                     date=result.date or _warc_date(record.rec_headers.get_header("WARC-Date")))
                yield result
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            yield InputFailure(path, f"broken WARC file after {records} HTML record(s): {reason}")
            return
        if records == 0:
            yield InputFailure(path, "no HTML responses in WARC file")


def _decode(payload: bytes, content_type: str) -> str | None:
    declared = _CHARSET.search(content_type)
    for encoding in ([declared.group(1)] if declared else []) + ["utf-8"]:
        try:
            return payload.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
