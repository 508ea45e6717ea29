"""Find the dateline that opens a wire story's first paragraph: "MOSCOW (Reuters) -",
"NAIROBI, Kenya (AP) —", "GENEVA, Jan 9 (Reuters) -", "Kabul, March 3 (AFP) -".

The dateline says where the story was filed, not who acts in it, yet the parser hangs it on the
first clause ("MOSCOW ... Russia accused": Moscow becomes a second subject; "WASHINGTON -
Chinese Foreign Minister Wang Yi met Blinken": the United States meets). The pipeline gives the
dateline a sentence of its own, so the story's first sentence is parsed and coded as written,
while the place stays in the document for the geocoder.

A line opening is read as a dateline only when its shape is unmistakable: a place in capitals
(optionally a region, a date, a news agency in brackets) before a dash, or a place in ordinary
case followed by a date or an agency. An agency is a name from ``news_agencies.tsv``, so "The
United Nations (UN) -" or "Rep. Ilhan Omar (D-Minn.) -" are no datelines. A place in capitals
with nothing after it must not be an actor's short name: "NATO - Russia Council", "U.S. - China
talks" open a sentence about those actors. A capitalised heading before a dash ("QUESTIONABLE
MEDICAL CLAIMS —") fits the first shape; a sentence of its own is right for it too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from accord.actors.tables import data_dir, load_actor_tables, read_tsv

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:,?[ \t]+{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?)"
_BRACKETED = r"\([A-Za-z][A-Za-z&.'\- ]{0,30}\)"
_AGENCY_NAME = re.compile(r"\(([^)]*)\)")
_AGENCY = rf"(?:[ \t]*{_BRACKETED})"
_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}"
_CASED_PLACE = r"[A-Z][a-z'.\-]+(?:[ \t][A-Z][a-z'.\-]+){0,2}"
# ", Kenya", ", N.C.", ", Calif." — the region or country a dateline adds to a city.
_REGION = r"(?:,[ \t][A-Z][A-Za-z.'\-]*(?:[ \t][A-Z][A-Za-z.'\-]*){0,2})"
_DASH = r"[ \t]*(?:--|[-\u2013\u2014])[ \t]+(?=[A-Z0-9\"'\u201c\u2018])"

DATELINE = re.compile(
    rf"(?:(?P<caps>{_CAPS_PLACE})(?P<rest>{_REGION}{{0,2}}{_DATE}?{_AGENCY}?)"
    rf"|{_CASED_PLACE}{_REGION}{{0,2}}(?:{_DATE}{_AGENCY}?|{_AGENCY})"
    rf"|{_BRACKETED})"
    rf"{_DASH}"
)


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    return frozenset(row["name"].lower() for row in read_tsv(data_dir() / "news_agencies.tsv"))


@lru_cache(maxsize=1)
def actor_short_names() -> frozenset[str]:
    """Country codes and the all-capital names of states and organisations ("US", "NATO",
    "OPEC"), without their dots."""
    tables = load_actor_tables()
    names = {entry.code for entry in tables.countries}
    for entry in (*tables.countries, *tables.organisations):
        names.update(alias for alias in (entry.name, *entry.aliases) if alias.replace(".", "").isupper())
    return frozenset(name.replace(".", "") for name in names)


def dateline_end(line: str) -> int | None:
    """Offset in ``line`` (one line of text) where the story begins after an opening dateline,
    or None."""
    match = DATELINE.match(line)
    if match is None or len(match.group(0)) > 80:
        return None
    agency = _AGENCY_NAME.search(match.group(0))
    if agency is not None and agency.group(1).lower() not in news_agencies():
        return None
    caps = match.group("caps")
    if caps and not match.group("rest"):
        letters = caps.replace(".", "")
        if len(letters) < 4 or letters in actor_short_names():
            return None  # "US - China talks", "NATO - Russia Council": actors, not a place filed from
    return match.end()
