"""Read a saved HTML news page with trafilatura: main text, title, date, url, declared language.

trafilatura strips navigation, footers and other boilerplate and reads metadata
(``<title>``/og:title, canonical link/og:url, publication date via htmldate). Nothing
here touches the network: the page is parsed from the string we are given.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

import trafilatura

from accord.ingest.article import Article, InputFailure, content_id
from accord.ingest.language import normalize_declared

# Ask htmldate for the original publication date (not "last modified"), with its time when
# the page gives one, and without guessing dates from free text ("extensive_search"), which
# would turn any date mentioned in the story into the publication date.
_DATE_PARAMS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)

# trafilatura logs "discarding data" etc. at WARNING for ordinary junk pages; failures are
# reported to the user through InputFailure instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(markup: str, source: str) -> Article | InputFailure:
    """Extract the article in ``markup``. ``language`` is the page's declared ``lang``, if any."""
    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,  # reader comments are not the article
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # noqa: BLE001 - a parser crash on bad markup is an input problem
        return InputFailure(source, f"could not parse HTML ({type(err).__name__})")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return InputFailure(source, "no article text found in HTML")

    title = _clean(getattr(doc, "title", None))
    text = _drop_leading_title(text, title)
    if not text:
        return InputFailure(source, "no article text found in HTML (only a headline)")
    if _furniture_only(text):
        # ("Menu", "Home | Login": what a page with no article leaves after extraction.)
        return InputFailure(source, f"no article text found in HTML (only {text[:40]!r})")
    return Article(
        id=content_id(text, title),
        text=text,
        title=title,
        date=_parse_date(getattr(doc, "date", None)),
        language=_declared_language(markup),
        url=_clean(getattr(doc, "url", None)),
        source=source,
    )


def _furniture_only(text: str) -> bool:
    """A few words with no sentence in them: navigation or buttons, not an article."""
    return len(text.split()) < 4 and not re.search(r"[.!?]", text)


def _drop_leading_title(text: str, title: str | None) -> str:
    # trafilatura keeps the <h1> headline as the first line of the text; the scraped reader
    # keeps title and body apart, so the HTML reader does the same.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        return rest.strip()
    return text


def _parse_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _declared_language(markup: str) -> str | None:
    match = _HTML_LANG.search(markup[:20_000])  # the <html> tag is near the top
    return normalize_declared(match.group(1)) if match else None


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
