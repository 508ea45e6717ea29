"""Title phrases around names: where a title before a name ("Russian Foreign Minister Sergei
Lavrov") or in an apposition after it (", the president of South Ossetia,") begins and ends,
what it says (a country, a sector, its role words), the person names a title opens, and the
country a role phrase belongs to ("the government of Georgia", "a spokesman for Hamas")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.names import ROYAL_TITLE_WORDS, NameMatch
from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/actors_titles.tsv.
WORD_SETS = word_sets("actors_titles")

# Tokens that may sit inside a title phrase such as "President of the Republic of X".
TITLE_FILLERS = {"of", "the", "'s", "’s", "-", "–", "for", "to", "deputy", "vice", "acting", "former", "first"}
TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET"}
MAX_TITLE_TOKENS = 10


def person_spans(doc: Doc, names: list[NameMatch], role_at) -> list:
    """Person names: the model's PERSON entities, completed to the right ("Espen Barth" +
    "Eide"), and capitalised names right after a title whatever the model called them
    ("President Kassym-Jomart Tokayev", tagged ORG by the small model)."""
    in_name = {i for m in names for i in range(m.start, m.end)}
    spans: dict[int, int] = {}

    def extend(j: int) -> int:
        while j < len(doc) and j not in in_name and j not in role_at and (
            (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
            or (doc[j].text in ("-", "‑") and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and not doc[j].whitespace_)
        ):
            j += 1
        return j

    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start = ent.start
            if doc[start].lower_ == "the" and all(i in in_name for i in range(start + 1, ent.end)):
                continue  # "The Lib Dems" taken for a person: a table's name with an article
            lead = next((m for m in names if m.start == start and m.kind == "country"), None)
            if lead is not None and lead.end in role_at and ent.end - role_at[lead.end][0] >= 1 \
                    and doc[lead.end].lower_ in ROYAL_TITLE_WORDS:
                # "Thai King Bhumibol Adulyadej", "Saudi Crown Prince Sultan": the model took a
                # nationality and a royal title into the name; they are the title.
                start = lead.end
            while start in role_at and ent.end - role_at[start][0] >= 2:
                start = role_at[start][0]  # "Archbishop Desmond Tutu": the title is read as one
            spans[start] = max(spans.get(start, 0), extend(ent.end))
    for start, (end, _sector, _term) in role_at.items():
        name_end = extend(end)
        if name_end > end and not any(s <= end < e for s, e in spans.items()):
            if doc[name_end - 1].ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
                continue
            if name_end - end == 1 and doc[end].ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART"):
                continue  # "the news agency Interpressnews" names an organisation
            spans[end] = name_end
    ordered = sorted(spans.items())
    out, last_end = [], -1
    for start, end in ordered:
        if start >= last_end:
            out.append(doc[start:end])
            last_end = end
    return out


def _is_title_token(token: Token, name_at, role_at) -> bool:
    if token.i in role_at or any(m.kind == "organisation" and m.start <= token.i < m.end for m in name_at.values()):
        return True  # also when the model put the title inside the name ("Archbishop Desmond Tutu")
    if token.i in name_at and name_at[token.i].form == "demonym" and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in ROYAL_TITLE_WORDS:
        return True  # "Thai King Bhumibol": the model put the nationality inside the name
    if token.ent_type_ == "PERSON":
        return False
    if token.i in name_at:
        return True
    if token.lower_ in TITLE_FILLERS:
        return True
    return token.pos_ in TITLE_POS and not token.is_punct


def title_left(doc: Doc, start: int, name_at, role_at) -> tuple[int, int] | None:
    i = start
    while i > 0 and start - i < MAX_TITLE_TOKENS and _is_title_token(doc[i - 1], name_at, role_at):
        i -= 1
    # The title starts at its first role word or country name (or the article before it).
    while i < start and i not in role_at and i not in name_at and not inside_name(i, name_at):
        i += 1
    if i == start:
        return None
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i, start


def title_right(doc: Doc, end: int, name_at, role_at) -> tuple[int, int] | None:
    # Apposition: "Alan Gagloev, the president of South Ossetia, said ..."
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    j = i
    while j < len(doc) and j - i < MAX_TITLE_TOKENS and _is_title_token(doc[j], name_at, role_at):
        j += 1
    if j == i or not any(k in role_at for k in range(i, j)):
        return None
    return i, j


def inside_name(i: int, name_at) -> bool:
    return any(m.start <= i < m.end for m in name_at.values())


def read_title(start: int, end: int, name_at, role_at) -> tuple[str | None, str | None, tuple[str, ...]]:
    code = sector = None
    terms: list[str] = []
    i = start
    while i < end:
        if i in name_at and code is None and name_at[i].kind in ("country", "organisation"):
            code = name_at[i].code
            i = name_at[i].end
            continue
        if i in role_at:
            r_end, r_sector, term = role_at[i]
            sector = sector or r_sector
            terms.append(term)
            i = r_end
            continue
        i += 1
    return code, sector, tuple(terms)


def country_for_role(doc: Doc, start: int, end: int, name_at, taken,
                      term: str = "") -> tuple[str | None, str | None, int, int]:
    """The country a role phrase belongs to, and the mention's extent."""
    m_start, m_end = start, end
    # Left: "the Russian army", "Russia's foreign minister", "South Ossetian authorities".
    i = start
    while i > 0 and start - i < 5:
        prev = doc[i - 1]
        if prev.i in taken:
            break
        match = next((m for m in name_at.values() if m.end == i), None)
        if match is not None and match.kind in ("country", "organisation"):
            return match.code, match.name, match.start, m_end
        if prev.lower_ in ("'s", "’s") or prev.pos_ in ("ADJ", "PROPN", "NOUN"):
            i -= 1
            continue
        break
    # Right: "the government of Georgia", "the departments of the two countries".
    j = end
    if j < len(doc) and doc[j].lower_ == "of":
        k = j + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k in name_at and name_at[k].kind in ("country", "organisation") and not any(x in taken for x in range(k, name_at[k].end)):
            return name_at[k].code, name_at[k].name, m_start, name_at[k].end
    if j < len(doc) and doc[j].lower_ == "for" and term in SPEAKING_ROLES:
        # "a spokesman for the Chinese foreign ministry", "an official for Hamas": the one who
        # speaks for a body is of it. The body stays a mention of its own.
        k = j + 1
        while k < len(doc) and k - j <= 3 and k not in name_at and doc[k].pos_ in ("DET", "ADJ"):
            k += 1
        match = name_at.get(k)
        if match is not None and match.kind in ("country", "organisation"):
            return match.code, match.name, m_start, m_end
    return None, None, m_start, m_end


SPEAKING_ROLES = WORD_SETS["SPEAKING_ROLES"]
