"""The country a place's own phrase puts it in: "Solhan, a gold-mining town in northeastern
Burkina Faso", "the town of Palma in northern Mozambique", "the Mozambican town of Palma",
"Palma, Mozambique". What the sentence says of a place outweighs the gazetteer's guess of a
name many countries share; a local place the gazetteer lacks still belongs to that country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.tables import word_sets
from accord.geo.detect import WEAK, Mention
from accord.geo.gazetteer import Candidate, GazetteerEntry

# The word sets are data: each one's words and why are in accord/data/words/geo_phrase.tsv.
WORD_SETS = word_sets("geo_phrase")

PLACE_NOUNS = WORD_SETS["PLACE_NOUNS"]
PART_NOUNS = WORD_SETS["PART_NOUNS"]


def named_country(doc: Doc, mentions: list[Mention], cands: list[list[Candidate]],
                  index: int) -> GazetteerEntry | None:
    """The country (its gazetteer entry) that the phrase around place ``index`` names, if any."""
    m = mentions[index]
    cs = cands[index]
    if m.demonym is not None or not cs or cs[0].entry.source != "geonames":
        return None  # a country, a curated region or a demonym says where it is itself
    last = doc[m.end - 1]
    heads = [last]
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in PLACE_NOUNS:
        heads.append(last.head.head)  # "the town of Palma"
    # A name the model took for a person's is no place for "in": "Sanchez in Spain said".
    placed = m.evidence > WEAK or len(heads) > 1
    country_of = _CountryFinder(doc, mentions, cands)
    for head in heads:
        for child in head.children:
            found = None
            if child.dep_ == "appos":
                # "Solhan, a town in Burkina Faso", "Palma, Mozambique", "Solhan, a Burkinabe town"
                found = country_of.token(child)
                if found is None and child.lemma_.lower() in PLACE_NOUNS:
                    found = _qualifier(child, country_of)
            elif child.dep_ == "prep" and child.lower_ == "in" and placed:
                found = country_of.phrase(child)
            elif child.dep_ == "amod" and head is not last:
                found = country_of.demonym(child)  # "the Mozambican town of Palma"
            if found is not None:
                return found
    after = doc[m.end] if m.end < len(doc) else None
    if placed and after is not None and after.lower_ == "in" and after.dep_ == "prep" \
            and any(a.i == after.head.i for a in last.ancestors):
        # "attacked the town of Palma in northern Mozambique": the parser hangs the phrase
        # right after the place on the verb; it still says where the place is.
        return country_of.phrase(after)
    return None


def local_place(name: str, country: GazetteerEntry) -> Candidate:
    """A place the gazetteer does not know in ``country``, placed at the country's point."""
    entry = GazetteerEntry(name, country.lat, country.lon, country.country, "PPL", None,
                           source="the sentence's own phrase")
    return Candidate(entry, 12.0)


def _qualifier(noun: Token, country_of: _CountryFinder) -> GazetteerEntry | None:
    """The country an apposed place noun is said to be in, or whose it is said to be."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            found = country_of.phrase(child)
        elif child.dep_ == "amod":
            found = country_of.demonym(child)
        else:
            continue
        if found is not None:
            return found
    return None


class _CountryFinder:
    """Reads country names and demonyms among the place mentions of a Doc."""

    def __init__(self, doc: Doc, mentions: list[Mention], cands: list[list[Candidate]]):
        self.doc = doc
        self.at = {i: (m, cs) for m, cs in zip(mentions, cands) for i in range(m.start, m.end)}

    def token(self, token: Token) -> GazetteerEntry | None:
        """The country a word's mention names, when it names one and only one country (not
        "Georgia", also a US state)."""
        found = self.at.get(token.i)
        if found is None or found[0].demonym is not None or not found[1]:
            return None
        cs = found[1]
        country = cs[0].entry
        if not country.is_country or any(c.entry.country != country.country and c.entry.feature == "ADM1"
                                         for c in cs):
            return None
        return country

    def phrase(self, prep: Token) -> GazetteerEntry | None:
        """"in northeastern Burkina Faso", "in the north of Mozambique"."""
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in PART_NOUNS:
                inner = [g for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                         for g in of.children if g.dep_ == "pobj"]
                return self.token(inner[0]) if inner else None
            return self.token(pobj)
        return None

    def demonym(self, token: Token) -> GazetteerEntry | None:
        """A country's demonym on the place noun itself ("the Mozambican town"), not inside a
        compound adjective ("the Russian-held town" is not Russia's)."""
        found = self.at.get(token.i)
        if found is None or found[0].demonym is None or not found[0].demonym.is_country:
            return None
        after = found[0].end
        if after < len(self.doc) and self.doc[after].text in ("-", "\u2011"):
            return None
        return found[0].demonym
