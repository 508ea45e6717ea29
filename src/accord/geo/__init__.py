"""Where: place names in the text resolved to coordinates, offline."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

import accord.docext  # noqa: F401
from accord.actors.eras import EraReader, load_era_table
from accord.actors.people import as_date, load_person_base
from accord.geo.detect import MEDIUM, STRONG, WEAK, Mention, find_mentions
from accord.geo.gazetteer import COUNTRY_FEATURES, Candidate, Gazetteer, GazetteerEntry, key, load_gazetteer
from accord.geo.phrase import local_place, named_country

__all__ = ["Place", "PlaceStage", "load_gazetteer"]

NEAR_KM = 300.0


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


def era_places(doc: Doc, places: list[Place]) -> list[Place]:
    """``places`` in the state they belonged to in the era of the article or sentence (Pristina in a
    Yugoslav story is Serbia's: ``data/era_codes.tsv``, read as for the actors)."""
    reader = EraReader(doc, doc._.actors or [], load_era_table(), load_person_base(),
                       as_date(getattr(doc._.article, "date", None)))
    out, notes = [], dict(doc._.era_codes or {})
    for place in places:
        found = reader.code(place.start, place.entry.country)
        if found is not None:
            notes.setdefault(place.start, (place.entry.country, *found))
            place = replace(place, entry=replace(place.entry, country=found[0]))
        out.append(place)
    doc._.era_codes = notes
    return out


def _distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _importance(candidate: Candidate) -> int:
    """How little evidence a name needs: 3 for countries, continents, curated entries, first-
    order divisions and cities of 100,000+; 2 for towns of 15,000+ and counties; 1 else."""
    entry = candidate.entry
    if entry.source != "geonames" or entry.feature in ("ADM1", "CONT", "PCLI"):
        return 3
    if entry.feature == "PPLC" or entry.population >= 100_000:
        return 3
    if entry.population >= 15_000 or entry.feature == "ADM2":
        return 2
    return 1


RENOWNED_RATIO = 5  # a town or county this many times smaller than a renowned namesake abroad is dwarfed


def _dwarfed(candidate: Candidate, cands: list[Candidate]) -> bool:
    """Whether a town or county is dwarfed by a far better-known namesake in another country: a
    national capital or a city of ``data/geo/world_cities.tsv`` at least five times its size. A
    country the article names then does not pull the name to it (Geneva, Nebraska, in a story
    that names the U.S., against Geneva in Switzerland); what the text says of the town itself
    ("Geneva, N.Y.", other places of its state or near it) still counts in full. A merely larger
    namesake (Newport in Wales against Newport in an Irish story) dwarfs nothing."""
    entry = candidate.entry
    if candidate.renowned or not (entry.feature.startswith("PPL") or entry.feature == "ADM2"):
        return False
    size = max(entry.population, 1)
    for other in cands:
        o = other.entry
        if not other.renowned or o.country == entry.country or not o.feature.startswith("PPL") or other.via_alternate:
            continue
        # A renowned city is as big as its own division of the same name (Venice's 51,000 people
        # in the city proper, 800,000 in its province).
        reach = max([o.population] + [c.entry.population for c in cands
                                      if c.entry.admin1 == o.admin1 and c.entry.country == o.country
                                      and c.entry.feature in ("ADM1", "ADM2")])
        if reach >= RENOWNED_RATIO * size:
            return True
    return False


def _contains(area: GazetteerEntry, place: GazetteerEntry) -> bool:
    if area is place:
        return False
    if area.feature == "ADM1":
        return place.admin1 is not None and place.admin1 == area.admin1 and place.feature != "ADM1"
    if area.feature in COUNTRY_FEATURES:
        return place.country == area.country and not place.is_country
    return False


def _stance(doc: Doc, start: int) -> bool:
    """"pro-Russian", "anti-American": a demonym after a stance prefix, the tokenizer's three words."""
    return start >= 2 and doc[start - 1].text in ("-", "\u2011") and doc[start - 2].lower_ in ("pro", "anti") \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


class PlaceStage:
    """Sets ``doc._.places``: each toponym with the gazetteer entry it resolves to.

    Toponyms come from :func:`accord.geo.detect.find_mentions`. Each candidate of a name is
    scored by its prior (curated and country entries first, then by size) plus what the
    article says: "Town, State" (the state must contain the town), countries the article
    names, and other places of the article (same state, or within a few hundred km). A
    country the place's own phrase names ("Solhan, a town in Burkina Faso") outweighs them all;
    a name the gazetteer knows only elsewhere is then a local place of that country.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        mentions = find_mentions(doc, gaz)
        cands: list[list[Candidate]] = []
        for m in mentions:
            if m.demonym is not None:
                cands.append([Candidate(m.demonym, 13.0)])
            elif m.why == "a state or province abbreviation":
                cands.append(gaz.abbreviation_candidates(m.text))
            else:
                cands.append(gaz.candidates(m.text))
        # The country a place's own phrase names ("Solhan, a town in Burkina Faso").
        homes = [named_country(doc, mentions, cands, i) for i in range(len(mentions))]
        # Countries the article talks about, by surface form, not counting capitals and
        # metonyms: "Paris" itself must not vote for France when the article is about Texas.
        country_votes: dict[str, Counter] = {}
        for mention in doc._.actors or []:
            if mention.actor.code and mention.via not in ("capital", "metonym"):
                # A vote belongs to the place name inside the actor mention ("Georgia" in
                # "Georgia officials"), so that a name never votes for its own reading.
                inner = next((m for m in mentions if mention.start <= m.start < mention.end), None)
                surface = key(inner.text if inner is not None else doc[mention.start:mention.end].text)
                country_votes.setdefault(surface, Counter())[mention.actor.code] += 1
        # Anchors: names with one clear reading.
        anchors: list[tuple[str, GazetteerEntry]] = []
        for m, cs, home in zip(mentions, cands, homes):
            if not cs or (m.demonym is not None and _stance(doc, m.start)):
                continue  # ("pro-Russian rebels in Donetsk": a stance says nothing of where Donetsk is)
            if home is not None and not _contains(home, cs[0].entry):
                continue  # (a reading in another country than the one its phrase names)
            if len(cs) == 1 or cs[0].prior - cs[1].prior >= 3.0:
                anchors.append((key(m.text), cs[0].entry))
                if cs[0].entry.country and cs[0].entry.is_country:
                    country_votes.setdefault(key(m.text), Counter())[cs[0].entry.country] += 1
        # Two passes: the first reads context from the anchors only; the second from every
        # other name's first-pass reading ("Atlanta", "Savannah" and "Macon" together make
        # "Georgia" the state even though none of them is unambiguous alone).
        first = self._resolve(doc, mentions, cands, country_votes, anchors, homes)
        context = [(key(m.text), choice[0].entry) for m, choice in zip(mentions, first)
                   if choice is not None and choice[0].entry.source == "geonames"]
        context += [a for a in anchors if a not in context]
        votes = {s: Counter(v) for s, v in country_votes.items()}
        for surface, entry in context:
            if entry.country and not entry.is_area:
                votes.setdefault(surface, Counter())[entry.country] += 1
        final = self._resolve(doc, mentions, cands, votes, context, homes)
        places: list[Place] = []
        for m, cs, choice in zip(mentions, cands, final):
            if choice is None:
                continue
            best, best_why = choice
            places.append(Place(m.start, m.end, m.start_char, m.text, best.entry, f"{m.why}; {best_why}"))
        doc._.places = era_places(doc, places)
        return doc

    def _resolve(self, doc, mentions, cands, country_votes, anchors, homes) -> list[tuple[Candidate, str] | None]:
        out: list[tuple[Candidate, str] | None] = []
        for index, (m, cs) in enumerate(zip(mentions, cands)):
            out.append(None)
            if not cs:
                continue
            surface = key(m.text)
            countries = Counter()
            for s, votes in country_votes.items():
                if s != surface:
                    countries.update(votes)
            others = [e for s, e in anchors if s != surface]
            admin1s = {e.admin1 for e in others if e.admin1}
            home = homes[index]
            if home is not None and not any(_contains(home, c.entry) for c in cs):
                # "Solhan, a town in Burkina Faso": a local place the gazetteer knows only
                # elsewhere is still of the country its phrase names.
                out[index] = (local_place(m.text, home), f"a place of {home.name}, as its own phrase says")
                continue
            container = home or self._container(doc, mentions, cands, index)
            best, best_score, best_why = None, -1e9, ""
            for c in cs[:40]:
                score, why = c.prior, "prior"
                e = c.entry
                if container is not None and _contains(container, e):
                    score, why = score + 10.0, f"inside '{container.name}' named next to it"
                elif len(cs) > 1:
                    if e.country and countries.get(e.country) and not _dwarfed(c, cs):
                        score += 2.5
                        why = "a candidate in a country the article names"
                        if e.feature == "PPLC":
                            # A capital's name in a story about its country is the capital
                            # (Washington in a US story), whatever small towns share it.
                            score += 4.0
                            why = "the capital of a country the article names"
                    if e.admin1 and e.admin1 in admin1s:
                        score += 5.5
                        why = "a candidate in a region of other places of the article"
                    if not e.is_area and any(_distance_km(e, o) < NEAR_KM for o in others if o is not e):
                        score += 2.0
                        why = "a candidate near other places of the article"
                if score > best_score:
                    best, best_score, best_why = c, score, why
            if best is None:
                continue
            importance = _importance(best)
            if m.why == "a state or province abbreviation" and m.evidence == WEAK:
                if not countries.get(best.entry.country):
                    continue
            elif m.evidence == WEAK and importance < 3 and (importance < 2 or best_why == "prior"):
                continue
            if m.embedded and importance < 3 and (best.via_alternate or best.entry.feature == "ADM2"):
                continue  # "New Quay RNLI" is not Quay County
            if m.evidence == MEDIUM and importance < 2 and best_why == "prior":
                continue
            if best_why == "prior":
                best_why = ("the curated alias table" if best.entry.source == "accord aliases"
                            else "the only candidate" if len(cs) == 1 else "the most likely candidate by size")
            if m.demonym is not None:
                best_why = "a demonym modifying a noun"
            out[index] = (best, best_why)
        return out

    def _container(self, doc: Doc, mentions: list[Mention], cands: list[list[Candidate]],
                   index: int) -> GazetteerEntry | None:
        """For "Paris, Texas" and "London, Ontario": the area named right after the comma."""
        m = mentions[index]
        if index + 1 >= len(mentions) or m.end >= len(doc) or doc[m.end].text != ",":
            return None
        nxt = mentions[index + 1]
        if nxt.start != m.end + 1:
            return None
        for c in cands[index + 1]:
            if c.entry.feature in ("ADM1",) or c.entry.is_country:
                if any(_contains(c.entry, o.entry) for o in cands[index]):
                    return c.entry
        return None
