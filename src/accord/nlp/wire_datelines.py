"""Find the dateline that opens a wire story's first paragraph: "MOSCOW (Reuters) -",
"NAIROBI, Kenya (AP) —", "GENEVA, Jan 9 (Reuters) -", "Kabul, March 3 (AFP) -".

The dateline says where the story was filed, not who acts in it, yet the parser hangs it on the
first clause ("MOSCOW ... Russia accused": Moscow becomes a second subject; "WASHINGTON -
Chinese Foreign Minister Wang Yi met Blinken": the United States meets). The pipeline gives the
dateline a sentence of its own, so the story's first sentence is parsed and coded as written,
while the place stays in the document for the geocoder.

A line opening is read as a dateline only when its shape is unmistakable: a place in capitals
(optionally a region and a date, an agency in brackets) before a dash, or a place in ordinary
case followed by a date or an agency in brackets. A capitalised heading before a dash
("QUESTIONABLE MEDICAL CLAIMS —") fits the first shape; a sentence of its own is right for it too.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
# A news agency or paper in brackets: (Reuters), (AP), (AFP), (dpa), (Xinhua), (The Times).
_BRACKETED = r"\([A-Za-z][A-Za-z&.'\- ]{0,30}\)"
_AGENCY = rf"(?:\s*{_BRACKETED})"
_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:\s[A-Z][A-Z'.\-]+){0,3}"
_CASED_PLACE = r"[A-Z][a-z'.\-]+(?:\s[A-Z][a-z'.\-]+){0,2}"
# ", Kenya", ", N.C.", ", Calif." — the region or country a dateline adds to a city.
_REGION = r"(?:,\s[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,2})"
_DASH = r"\s*(?:--|[-\u2013\u2014])\s+(?=[A-Z0-9\"'\u201c\u2018])"

DATELINE = re.compile(
    rf"(?:(?P<caps>{_CAPS_PLACE})(?P<rest>{_REGION}{{0,2}}{_DATE}?{_AGENCY}?)"
    rf"|{_CASED_PLACE}{_REGION}{{0,2}}(?:{_DATE}{_AGENCY}?|{_AGENCY})"
    rf"|{_BRACKETED})"
    rf"{_DASH}"
)


def dateline_end(line: str) -> int | None:
    """Offset in ``line`` where the story begins after an opening dateline, or None."""
    match = DATELINE.match(line)
    if match is None or len(match.group(0)) > 80:
        return None
    if match.group("caps") and not match.group("rest") and len(match.group("caps")) < 4:
        return None  # "US - China talks", "UK - EU trade": a pair of actors, not a place filed from
    return match.end()
