"""An offline gazetteer: accord's alias table, country points, continents, and GeoNames places
and administrative divisions from a compact prebuilt file.

Sources, looked up together (a name may be a country, a US state and a town at once):

* ``data/place_aliases.tsv``: curated regions, seas, landmarks, breakaway states, regional
  demonyms ("European") and divisions whose derived point would be poor (Ontario);
* ``data/countries.tsv`` + ``data/country_points.tsv``: country names and aliases → the
  GeoNames country point;
* ``data/geo/regions.tsv``: continents, world regions, seas, regional demonyms, large
  divisions with curated points; ``data/geo/abbreviations.tsv``: "Calif.", "BC";
* ``data/geo/world_cities.tsv``: renowned cities that are not capitals (Geneva, Naples), which
  a small namesake in a country the article names does not take the name from;
* ``data/geo/places.tsv.gz``: GeoNames populated places with population >= 1,000 and first-
  and second-order divisions (built by ``scripts/build_gazetteer.py``).

Each candidate has a *prior*: how likely a bare mention of the name means it, before any
context (curated entries and countries first, then divisions and places by population).
"""

from __future__ import annotations

import bisect
import gzip
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from accord.actors.tables import data_dir, read_tsv, split_list

COUNTRY_FEATURES = ("PCLI", "PCL")
AREA_FEATURES = ("PCLI", "PCL", "CONT", "REGION", "ADM1", "ADM2")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3, or accord's X code
    feature: str         # PPL, PPLC, ADM1, ADM2, REGION, LANDMARK, PCLI, CONT ...
    geonameid: int | None
    population: int = 0
    source: str = "geonames"
    admin1: str | None = None  # GeoNames admin1 key ("US.TX") for places and ADM2 divisions

    @property
    def is_country(self) -> bool:
        return self.feature in COUNTRY_FEATURES

    @property
    def is_area(self) -> bool:
        return self.feature in AREA_FEATURES


@dataclass(frozen=True)
class Candidate:
    entry: GazetteerEntry
    prior: float
    via_alternate: bool = False
    renowned: bool = False  # a national capital or a city of data/geo/world_cities.tsv


class Gazetteer:
    def __init__(self, alias_names: dict[str, list[GazetteerEntry]], countries: dict[str, GazetteerEntry],
                 cities: dict[str, list[GazetteerEntry]] | None = None, *,
                 rows: list[str] | None = None, index: list[str] | None = None,
                 demonyms: dict[str, GazetteerEntry] | None = None,
                 abbreviations: dict[str, list[tuple[str, str]]] | None = None,
                 capitals: set[tuple[str, str]] | None = None,
                 world_cities: set[tuple[str, str]] | None = None):
        self._aliases = alias_names
        self._countries = countries
        self._cities = cities or {}
        self._rows = rows or []
        self._index = index or []
        self._entries: dict[int, GazetteerEntry] = {}
        self.demonyms = demonyms or {}
        self.abbreviations = abbreviations or {}
        self._capitals = capitals or set()
        self._world_cities = world_cities or set()
        self.max_tokens = 6

    # -- lookups -----------------------------------------------------------------------------

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for a name, most likely first (by prior alone, without context)."""
        return [c.entry for c in self.candidates(name)]

    def knows(self, name: str) -> bool:
        key = _key(name)
        return key in self._aliases or key in self._countries or bool(self._row_ids(key)) or key in self._cities

    def candidates(self, name: str) -> list[Candidate]:
        key = _key(name)
        out: list[Candidate] = []
        seen: set = set()

        def add(entry: GazetteerEntry, prior: float, alternate: bool = False, renowned: bool = False) -> None:
            ident = (entry.geonameid, entry.name, entry.feature) if entry.geonameid else id(entry)
            if ident in seen:
                return
            seen.add(ident)
            out.append(Candidate(entry, prior, alternate, renowned))

        for entry in self._aliases.get(key, ()):
            add(entry, 12.0)
        if key in self._countries:
            add(self._countries[key], 13.0)
        for entry in self._cities.get(key, ()):
            add(entry, _prior(entry))
        rows = [self._entry(i) for i in self._row_ids(key)]
        # A city and the division named after it ("New York", "Mexico City"): the city is
        # what a bare name means, unless the text says "state".
        big_cities = {e.admin1 for e in rows if e.feature.startswith("PPL") and e.population >= 100_000}
        divisions = {e.admin1: _prior(e) for e in rows if e.feature == "ADM1"}
        country_name = key in self._countries
        acronym = _is_acronym(name.strip())
        # The world city a name means in its own country: the most populous town of that name there.
        world = {}
        for entry in rows:
            if entry.feature.startswith("PPL") and (key, entry.country) in self._world_cities:
                if entry.population > world.get(entry.country, (0, None))[0]:
                    world[entry.country] = (entry.population, entry)
        world_entries = {id(e) for _, e in world.values()}
        for entry in rows:
            if country_name and _key(entry.name) != key:
                continue  # "Mexico" is the country, not Mexico City
            capital = (key, entry.country) in self._capitals and entry.population >= 100_000
            prior = _prior(entry, capital=capital)
            famous = id(entry) in world_entries
            if famous:
                prior += 1.0  # Geneva the city before its canton, Bethlehem before its Pennsylvanian namesake
            alternate = _key(entry.name) != key
            if alternate and acronym and not _initials_of(name.strip(), entry.name):
                continue  # "CBS" is a network, not the airport code of Cabimas
            if alternate:
                prior -= 1.0
            if entry.feature == "ADM1" and entry.admin1 in big_cities:
                prior -= 3.0
            elif entry.feature.startswith("PPL") and entry.population >= 100_000 and entry.admin1 in divisions:
                prior = max(prior, divisions[entry.admin1] - 2.5)
            add(entry, prior, alternate, renowned=capital or famous or entry.feature == "PPLC")
        out.sort(key=lambda c: -c.prior)
        return out

    def abbreviation_candidates(self, text: str) -> list[Candidate]:
        """"Ill." → Illinois, "BC" → British Columbia, "WA" → Washington or Western Australia."""
        out = []
        for name, country in self.abbreviations.get(text, ()):
            for c in self.candidates(name):
                if c.entry.country == country and c.entry.feature == "ADM1":
                    out.append(Candidate(c.entry, 11.0))
                    break
        return out

    def _row_ids(self, key: str) -> list[int]:
        probe = key + "\t"
        at = bisect.bisect_left(self._index, probe)
        if at < len(self._index) and self._index[at].startswith(probe):
            return [int(n) for n in self._index[at][len(probe):].split(",")]
        return []

    def _entry(self, index: int) -> GazetteerEntry:
        entry = self._entries.get(index)
        if entry is None:
            gid, name, lat, lon, country, admin1, feature, population, _alts = self._rows[index].split("\t")
            entry = GazetteerEntry(name, float(lat), float(lon), country or None, feature, int(gid),
                                   int(population), "geonames", admin1 or None)
            self._entries[index] = entry
        return entry


def _prior(entry: GazetteerEntry, capital: bool = False) -> float:
    size = math.log10(entry.population + 10)
    if entry.feature == "ADM1":
        return 1.5 + size
    if entry.feature == "ADM2":
        return 0.5 + size
    if entry.feature == "PPLC" or capital:
        return 5.0 + size
    return size


def _is_acronym(text: str) -> bool:
    """Two or three capital letters ("CBS", "SAN", "NYC"): initials or a code, not a spelling."""
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper()


def _initials_of(acronym: str, name: str) -> bool:
    """Whether an acronym spells the first letters of a name's words ("NYC": New York City)."""
    words = name.replace("-", " ").split()
    return len(words) == len(acronym) and all(w[:1].upper() == a for w, a in zip(words, acronym))


def _key(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    words = name.lower().replace("’", "'").replace("‘", "'").split()
    if words and words[0] in ("st.", "st"):
        words[0] = "saint"
    return " ".join(words)


def key(name: str) -> str:
    """The normalised form the gazetteer indexes names by."""
    return _key(name)


@lru_cache(maxsize=2)
def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    directory = directory or data_dir()
    alias_names: dict[str, list[GazetteerEntry]] = {}
    demonyms: dict[str, GazetteerEntry] = {}
    abbreviations: dict[str, list[tuple[str, str]]] = {}
    path = directory / "place_aliases.tsv"
    if path.exists():
        for row in read_tsv(path):
            entry = GazetteerEntry(
                name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                country=row.get("country") or None, feature=row.get("feature") or "PPL",
                geonameid=int(row["geonameid"]) if row.get("geonameid") else None, source="accord aliases",
                admin1=row.get("admin1") or None,
            )
            for surface in (row["name"], *split_list(row.get("aliases", ""))):
                alias_names.setdefault(_key(surface), []).append(entry)
    regions = directory / "geo" / "regions.tsv"
    if regions.exists():
        for row in read_tsv(regions):
            entry = GazetteerEntry(
                name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                country=row.get("country") or None, feature=row.get("feature") or "REGION",
                geonameid=int(row["geonameid"]) if row.get("geonameid") else None, source="accord regions",
                admin1=row.get("admin1") or None,
            )
            for surface in (row["name"], *split_list(row.get("aliases", ""))):
                alias_names.setdefault(_key(surface), []).append(entry)
            for surface in split_list(row.get("demonyms", "")):
                demonyms.setdefault(surface, entry)
    abbreviation_file = directory / "geo" / "abbreviations.tsv"
    if abbreviation_file.exists():
        for row in read_tsv(abbreviation_file):
            abbreviations.setdefault(row["abbreviation"], []).append((row["name"], row["country"]))
    countries, country_demonyms, capitals = _country_points(directory)
    for word, entry in country_demonyms.items():
        demonyms.setdefault(word, entry)
    world_cities: set[tuple[str, str]] = set()
    world_file = directory / "geo" / "world_cities.tsv"
    if world_file.exists():
        world_cities = {(_key(row["name"]), row["country"]) for row in read_tsv(world_file)}
    rows, index = _read_places(directory / "geo" / "places.tsv.gz")
    return Gazetteer(alias_names, countries, rows=rows, index=index, demonyms=demonyms,
                     abbreviations=abbreviations, capitals=capitals, world_cities=world_cities)


def _read_places(path: Path) -> tuple[list[str], list[str]]:
    """The prebuilt file's rows and its sorted lookup index, as lines of text: rows are
    parsed when a lookup needs one, and keys are found by bisection, so loading is a
    decompression and two splits."""
    if not path.exists():
        return [], []
    with gzip.open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    start = text.index("\ngeonameid\t") + 1
    start = text.index("\n", start) + 1
    mark = text.index("\n#index", start)
    rows = text[start:mark].split("\n")
    index = text[text.index("\n", mark + 1) + 1:].rstrip("\n").split("\n")
    return rows, index


def _country_points(directory: Path) -> tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry], set[tuple[str, str]]]:
    """Country names and aliases (countries.tsv) → the country's GeoNames point; also the
    countries' demonyms and capitals' names."""
    points = {row["code"]: row for row in read_tsv(directory / "country_points.tsv")} \
        if (directory / "country_points.tsv").exists() else {}
    out: dict[str, GazetteerEntry] = {}
    demonyms: dict[str, GazetteerEntry] = {}
    capitals: set[str] = set()
    for row in read_tsv(directory / "countries.tsv"):
        capitals.update((_key(c), row["code"]) for c in split_list(row.get("capitals", "")))
        point = points.get(row["code"])
        if point is None:
            continue
        entry = GazetteerEntry(
            name=row["name"], lat=float(point["lat"]), lon=float(point["lon"]), country=row["code"],
            feature="PCLI", geonameid=int(point["geonameid"]) if point.get("geonameid") else None,
            source="accord country points",
        )
        for surface in (row["name"], *split_list(row.get("aliases", ""))):
            out.setdefault(_key(surface), entry)
        for word in split_list(row.get("demonyms", "")):
            demonyms.setdefault(word, entry)
    return out, demonyms, capitals
