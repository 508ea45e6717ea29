#!/usr/bin/env python3
"""Validate ``src/accord/data/persons.tsv``, the table of persons and their offices over time.

    .venv/bin/python scripts/check_persons.py

Checks the column count, dates (YYYY, YYYY-MM or YYYY-MM-DD, start <= end), country codes
(ISO 3166-1 alpha-3, accord's X codes, PSE, or an organisation code from organisations.tsv),
offices and sectors; lists aliases shared by two different persons and holders of the same
office of the same country whose terms overlap by more than 31 days (unless the note marks
one of them "acting", "co-..." or "rival"). Then prints who held a few offices on a few dates.
Exits non-zero if an error was found or a probe gave the wrong person.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "accord" / "data"
PERSONS = DATA / "persons.tsv"
ORGANISATIONS = DATA / "organisations.tsv"

COLUMNS = ["name", "aliases", "country", "office", "sector", "start", "end", "note"]
OFFICES = {"head of state", "head of government", "foreign minister", "defence minister",
           "secretary general", "de facto leader", "public figure", "politician"}
# PLOVER sector codes (as in scripts/check_data_tables.py) plus the generic IGO/NGO codes.
SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE",
    "REL", "SOC", "IGO", "NGO",
}
X_CODES = {"XSO", "XAB", "XKX", "XTR", "XNC", "XSL"}
OVERLAP_DAYS = 31
OVERLAP_MARKS = ("acting", "co-", "rival", "caretaker")

PROBES = [
    ("RUS", "head of state", "2023-06-01", "Vladimir Putin"),
    ("USA", "head of state", "2007-06-01", "George W. Bush"),
    ("XSO", "head of state", "2023-12-28", "Alan Gagloev"),
    ("GEO", "head of state", "2003-01-01", "Eduard Shevardnadze"),
    ("RUS", "head of state", "2010-06-01", "Dmitry Medvedev"),
    ("RUS", "head of government", "2010-06-01", "Vladimir Putin"),
    ("RUS", "foreign minister", "2023-06-01", "Sergei Lavrov"),
    ("RUS", "defence minister", "2023-06-01", "Sergei Shoigu"),
    ("XAB", "head of state", "2008-08-10", "Sergei Bagapsh"),
    ("PSE", "head of state", "2000-01-01", "Yasser Arafat"),
    ("EGY", "head of state", "2005-01-01", "Hosni Mubarak"),
    ("IGOUNO", "secretary general", "2010-01-01", "Ban Ki-moon"),
]


def parse_date(value: str, *, end: bool) -> date:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; an imprecise start is read as the earliest day it
    can mean, an imprecise end as the latest. Raises ValueError on anything else."""
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(value)
    if [len(p) for p in parts] != [4, 2, 2][: len(parts)]:
        raise ValueError(value)
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if not end:
            return date(year, month, 1)
        following = date(year + (month == 12), month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return date(year, month, int(parts[2]))


def alias_key(text: str) -> str:
    """The normalisation accord's person lookup uses (accord.actors.people._key)."""
    return " ".join(text.lower().replace("’", "'").replace(".", "").split())


def read_rows(path: Path, errors: list[str]) -> list[tuple[int, dict[str, str]]]:
    rows = []
    header = None
    with open(path, encoding="utf-8", newline="") as handle:
        for n, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    errors.append(f"line {n}: header is {header}, expected {COLUMNS}")
                continue
            if len(cells) != len(COLUMNS):
                errors.append(f"line {n}: {len(cells)} columns, expected {len(COLUMNS)}")
                continue
            if any(c != c.strip() for c in cells):
                errors.append(f"line {n}: a cell has leading or trailing spaces")
            rows.append((n, dict(zip(COLUMNS, cells))))
    return rows


def organisation_codes() -> set[str]:
    with open(ORGANISATIONS, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {row["code"] for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    rows = read_rows(PERSONS, errors)
    countries = {c.alpha_3 for c in pycountry.countries} | X_CODES | {"PSE"}
    organisations = organisation_codes()

    spans: list[tuple[int, dict[str, str], date, date]] = []
    for n, row in rows:
        where = f"line {n} ({row['name']})"
        if not row["name"]:
            errors.append(f"{where}: empty name")
        if row["country"] not in countries and row["country"] not in organisations:
            errors.append(f"{where}: unknown country/organisation code {row['country']!r}")
        if row["office"] not in OFFICES:
            errors.append(f"{where}: unknown office {row['office']!r}")
        if row["sector"] not in SECTORS:
            errors.append(f"{where}: unknown sector {row['sector']!r}")
        if row["country"] in organisations and row["sector"] != "IGO":
            warnings.append(f"{where}: organisation code {row['country']} with sector {row['sector']}")
        if not row["note"]:
            warnings.append(f"{where}: no note (title)")
        try:
            start = parse_date(row["start"], end=False) if row["start"] else date.min
            end = parse_date(row["end"], end=True) if row["end"] else date.max
        except ValueError as exc:
            errors.append(f"{where}: bad date {exc}")
            continue
        if not row["start"]:
            errors.append(f"{where}: empty start")
        if start > end:
            errors.append(f"{where}: start {row['start']} after end {row['end']}")
        spans.append((n, row, start, end))

    # Aliases: each normalised name or alias must point to one person (one `name`), or to
    # persons of one country (the lookup then still knows the country: "George Bush").
    owners: dict[str, set[str]] = defaultdict(set)
    alias_sets: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    for n, row in rows:
        alias_sets[row["name"]].update(a for a in row["aliases"].split("|") if a)
        countries[row["name"]].add(row["country"])
        for term in [row["name"], *row["aliases"].split("|")]:
            if term:
                if term != term.strip() or "  " in term:
                    errors.append(f"line {n}: badly spaced alias {term!r}")
                owners[alias_key(term)].add(row["name"])
    clashes = {k: v for k, v in owners.items()
               if len(v) > 1 and len({c for name in v for c in countries[name]}) > 1}
    for key, names in sorted(clashes.items()):
        errors.append(f"alias clash: {key!r} is used by {sorted(names)}")
    for n, row in rows:
        own = {a for a in row["aliases"].split("|") if a}
        if own != alias_sets[row["name"]]:
            warnings.append(f"line {n} ({row['name']}): aliases differ from the person's other rows")

    # Overlapping holders of one office of one country.
    by_office: dict[tuple[str, str], list] = defaultdict(list)
    for item in spans:
        by_office[(item[1]["country"], item[1]["office"])].append(item)
    overlaps = 0
    for (country, office), items in sorted(by_office.items()):
        if office in ("public figure", "politician"):
            continue  # no office of the listed kinds: any number of a country's at once
        items.sort(key=lambda item: item[2])
        for i, (n1, r1, s1, e1) in enumerate(items):
            for n2, r2, s2, e2 in items[i + 1:]:
                if s2 > e1:
                    break
                if r1["name"] == r2["name"]:
                    days = (min(e1, e2) - s2).days
                    if days > 0:
                        errors.append(f"{country}/{office}: {r1['name']} has overlapping rows "
                                      f"(lines {n1}, {n2})")
                    continue
                days = (min(e1, e2) - max(s1, s2)).days
                if days <= OVERLAP_DAYS:
                    continue
                marked = any(m in (r1["note"] + " " + r2["note"]).lower() for m in OVERLAP_MARKS)
                if marked:
                    continue
                overlaps += 1
                errors.append(f"overlap {country}/{office}: {r1['name']} (line {n1}, "
                              f"{r1['start']}..{r1['end'] or 'now'}) and {r2['name']} (line {n2}, "
                              f"{r2['start']}..{r2['end'] or 'now'}): {days} days")

    # Probes: who held the office on the day.
    probe_failures = 0
    print("probes:")
    for country, office, day, expected in PROBES:
        on = date.fromisoformat(day)
        found = sorted({row["name"] for _, row, s, e in spans
                        if row["country"] == country and row["office"] == office and s <= on <= e})
        ok = found == [expected]
        probe_failures += not ok
        print(f"  {'ok ' if ok else 'BAD'} ({country}, {office}, {day}) -> {', '.join(found) or 'nobody'}"
              + ("" if ok else f"  (expected {expected})"))

    persons = {row["name"] for _, row in rows}
    codes = {row["country"] for _, row in rows}
    print(f"persons.tsv: {len(rows)} rows, {len(persons)} persons, "
          f"{len(codes - organisations)} countries, {len(codes & organisations)} organisations")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings, {probe_failures} failed probes")
    return 1 if errors or probe_failures else 0


if __name__ == "__main__":
    sys.exit(main())
