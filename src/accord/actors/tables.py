"""Readers for the actor knowledge tables in ``accord/data`` (TSV, ``#`` comments, ``|`` lists).

The tables are data a user can read and extend; this module only parses them. A directory
can be given instead of the packaged one, which is how tests run on small hand-made tables.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class OrganisationEntry:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    sector: str
    cued: tuple[str, ...] = ()  # names in common words, read only with a cue ("red shirts")


@dataclass(frozen=True)
class GroupEntry:
    """An ethnic, religious or political group: coded by where it is, unless ``country`` says."""

    forms: tuple[str, ...]
    sector: str
    country: str | None


@dataclass
class ActorTables:
    countries: tuple[CountryEntry, ...]
    organisations: tuple[OrganisationEntry, ...]
    sectors: dict[str, str] = field(default_factory=dict)  # role term (lower-case) -> sector
    groups: tuple[GroupEntry, ...] = ()

    def group_forms(self) -> dict[str, GroupEntry]:
        return {form: entry for entry in self.groups for form in entry.forms}

    def __post_init__(self) -> None:
        self._by_code = {entry.code: entry for entry in self.countries}

    def country(self, code: str) -> CountryEntry | None:
        return self._by_code.get(code)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data table as dicts; comment lines and blank lines are ignored."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def data_dir() -> Path:
    return Path(str(resources.files("accord") / "data"))


def load_actor_tables(directory: Path | None = None) -> ActorTables:
    if directory is None:
        return _packaged_tables()
    return _read_tables(directory)


@lru_cache(maxsize=1)
def _packaged_tables() -> ActorTables:
    return _read_tables(data_dir())


def _read_tables(directory: Path) -> ActorTables:
    countries = tuple(
        CountryEntry(
            code=row["code"],
            name=row["name"],
            aliases=split_list(row.get("aliases", "")),
            demonyms=split_list(row.get("demonyms", "")),
            capitals=split_list(row.get("capitals", "")),
            metonyms=split_list(row.get("metonyms", "")),
            kind=row.get("kind", "state"),
        )
        for row in read_tsv(directory / "countries.tsv")
    )
    if (directory / "former_states.tsv").exists():
        countries = _with_former_names(countries, read_tsv(directory / "former_states.tsv"))
    organisations: tuple[OrganisationEntry, ...] = ()
    if (directory / "organisations.tsv").exists():
        organisations = tuple(
            OrganisationEntry(
                code=row["code"],
                name=row["name"],
                aliases=split_list(row.get("aliases", "")),
                kind=row.get("kind", ""),
                sector=row.get("sector", ""),
                cued=split_list(row.get("cued", "")),
            )
            for row in read_tsv(directory / "organisations.tsv")
        )
    if (directory / "companies.tsv").exists():
        # Companies are named as organisations are, coded by their home state (sector BUS).
        organisations += tuple(
            OrganisationEntry(code=row["country"], name=row["name"], aliases=split_list(row.get("aliases", "")),
                              kind="company", sector="BUS")
            for row in read_tsv(directory / "companies.tsv")
        )
    if (directory / "institutions.tsv").exists():
        # National bodies named without their state ("the TUC", "the SEC"), coded by that state.
        organisations += tuple(
            OrganisationEntry(code=row["country"], name=row["name"], aliases=split_list(row.get("aliases", "")),
                              kind="institution", sector=row["sector"])
            for row in read_tsv(directory / "institutions.tsv")
        )
    sectors = {}
    if (directory / "sectors.tsv").exists():
        sectors = {row["term"].lower(): row["sector"] for row in read_tsv(directory / "sectors.tsv")}
    groups: tuple[GroupEntry, ...] = ()
    if (directory / "groups.tsv").exists():
        groups = tuple(GroupEntry(tuple(f.lower() for f in split_list(row["forms"])), row["sector"],
                                  row.get("country") or None)
                       for row in read_tsv(directory / "groups.tsv"))
    return ActorTables(countries=countries, organisations=organisations, sectors=sectors, groups=groups)


def _with_former_names(countries: tuple[CountryEntry, ...], rows: list[dict[str, str]]) -> tuple[CountryEntry, ...]:
    """The countries with the names and demonyms of the former states they continue
    (``former_states.tsv``: "Czechoslovakia" and "West German" are read as CZE and DEU)."""
    extra: dict[str, tuple[list[str], list[str]]] = {}
    for row in rows:
        names, demonyms = extra.setdefault(row["code"], ([], []))
        names += [row["name"], *split_list(row.get("aliases", ""))]
        demonyms += split_list(row.get("demonyms", ""))
    return tuple(
        replace(entry, aliases=tuple(dict.fromkeys(entry.aliases + tuple(extra[entry.code][0]))),
                demonyms=tuple(dict.fromkeys(entry.demonyms + tuple(extra[entry.code][1]))))
        if entry.code in extra else entry
        for entry in countries)


@lru_cache(maxsize=None)
def follower_nouns(reading: str, *kinds: str) -> frozenset[str]:
    """Nouns for the people around a person (``data/followers.tsv``) read in ``reading`` ("to",
    "his", "name", "party"), of the given kinds ("staff", "follower", "rival"; all when none)."""
    return frozenset(row["noun"] for row in read_tsv(data_dir() / "followers.tsv")
                     if reading in split_list(row["readings"]) and (not kinds or row["kind"] in kinds))


@lru_cache(maxsize=1)
def party_words() -> dict[str, str]:
    """Words for members of one country's party (``data/party_words.tsv``): word → country."""
    return {row["word"]: row["country"] for row in read_tsv(data_dir() / "party_words.tsv")}


@lru_cache(maxsize=None)
def word_sets(table: str) -> dict[str, frozenset[str]]:
    """The named word sets of ``data/words/<table>.tsv`` (name → words; its note says why each is
    there): the vocabularies of the event coder's word modules, which bind them by name."""
    return {row["name"]: frozenset(row["words"].split())
            for row in read_tsv(data_dir() / "words" / f"{table}.tsv")}
