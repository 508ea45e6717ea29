"""Read a plain-text scraped article: title line, optional dateline, body, widget residue.

Shape (blank lines between parts are optional):

    Allied relations between Russia and South Ossetia have stood the test of time

    Thu, 28/12/2023 - 16:00

    First paragraph of the body ...
    ...
    Мой мир
"""

from __future__ import annotations

from accord.ingest.article import Article, InputFailure, content_id
from accord.ingest.datelines import parse_dateline
from accord.ingest.widgets import strip_share_widgets


def read_scraped(text: str, source: str) -> Article | InputFailure:
    """Parse one scraped article. ``Article.language`` is left unset for the caller to detect."""
    # Line endings are normalised so offsets do not depend on the scraper's platform.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = _next_non_empty(lines, 0)
    if index is None:
        return InputFailure(source, "no text (file is blank)")
    title = lines[index].strip()

    body_start = index + 1
    date = None
    candidate = _next_non_empty(lines, body_start)
    if candidate is not None and (parsed := parse_dateline(lines[candidate])) is not None:
        date = parsed
        body_start = candidate + 1

    body = strip_share_widgets("\n".join(lines[body_start:])).strip()
    if not body:
        return InputFailure(source, "no body text (only a title" + (" and dateline)" if date else ")"))
    return Article(
        id=content_id(body, title),
        text=body,
        title=title,
        date=date,
        language=None,  # plain text declares no language; the caller detects it
        source=source,
    )


def _next_non_empty(lines: list[str], start: int) -> int | None:
    for i in range(start, len(lines)):
        if lines[i].strip():
            return i
    return None
