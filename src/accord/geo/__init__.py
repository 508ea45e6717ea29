"""Where: place names in the text resolved to coordinates, offline."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

import accord.docext  # noqa: F401
from accord.geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

__all__ = ["Place", "PlaceStage", "load_gazetteer"]

PLACE_LABELS = ("GPE", "LOC", "FAC")
COUNTRY_FEATURES = ("PCLI", "PCL")


@dataclass(frozen=True)
class Place:
    start: int  # token span
    end: int
    start_char: int
    text: str
    entry: GazetteerEntry
    why: str

    @property
    def is_country(self) -> bool:
        return self.entry.feature in COUNTRY_FEATURES


class PlaceStage:
    """Sets ``doc._.places``: each place-like entity with the gazetteer entry it resolves to.

    Ambiguous names go to a candidate in a country the article talks about, else the most
    populous. Countries resolve through the actor tables to their GeoNames country point
    when the gazetteer has one.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        # Countries the article talks about, not counting capitals: "Paris" itself must not
        # vote for France when the article is about Texas.
        article_countries = {m.actor.code for m in (doc._.actors or [])
                             if m.actor.code and m.via not in ("capital", "metonym")}
        places = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            candidates = self.gazetteer.lookup(ent.text)
            if not candidates:
                continue
            in_article = [c for c in candidates if c.country in article_countries]
            if in_article:
                choice, why = in_article[0], "a candidate in a country the article names"
            else:
                choice, why = candidates[0], "the curated alias table" if candidates[0].source != "geonames" else "the most populous candidate"
            places.append(Place(ent.start, ent.end, ent.start_char, ent.text, choice, why))
        doc._.places = places
        return doc
