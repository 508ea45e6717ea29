"""Known persons and the offices they held, by date (``data/persons.tsv``).

Two questions are answered here: who is "Putin" (a name or alias → the person, with country
and sector), and who was "the president" of a country on a date (an office → its holder).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from accord.actors.tables import data_dir, read_tsv, split_list

# Role words as they appear in text → the office they name in persons.tsv.
OFFICE_BY_ROLE = {
    "president": ("head of state",), "head of state": ("head of state",), "king": ("head of state",),
    "queen": ("head of state",), "emir": ("head of state",), "monarch": ("head of state",),
    "leader": ("head of state", "head of government", "de facto leader"),
    "prime minister": ("head of government",), "premier": ("head of government",),
    "chancellor": ("head of government",), "head of government": ("head of government",),
    "foreign minister": ("foreign minister",), "secretary of state": ("foreign minister",),
    "defence minister": ("defence minister",), "defense minister": ("defence minister",),
    "defense secretary": ("defence minister",), "secretary general": ("secretary general",),
    "secretary-general": ("secretary general",), "pope": ("head of state",),
}


@dataclass(frozen=True)
class Office:
    name: str
    country: str
    office: str
    sector: str
    start: date | None
    end: date | None
    note: str

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def parse_day(value: str, *, end: bool) -> date | None:
    """A table's date (YYYY, YYYY-MM or YYYY-MM-DD) as its first day, or its last with ``end``."""
    value = value.strip()
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(parts[0], parts[1], 1)
    return date(*parts)


# Royal titles said before a given name alone ("Prince Mohammed", "King Salman"); not "Sheikh",
# which clerics and tribal elders bear too.
ROYAL_TITLES = {"prince", "princess", "crown prince", "king", "queen", "emir", "sultan"}


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace(".", "").split())


class PersonBase:
    def __init__(self, offices: list[Office], aliases: dict[str, set[str]]):
        self.offices = offices
        self._by_alias: dict[str, set[str]] = {}
        for name, names in aliases.items():
            for alias in names:
                self._by_alias.setdefault(_key(alias), set()).add(name)
        self._by_name: dict[str, list[Office]] = {}
        for office in offices:
            self._by_name.setdefault(office.name, []).append(office)

        # Surnames (last word of each name and alias) → persons, for titled names.
        self._by_surname: dict[str, set[str]] = {}
        for name, names in aliases.items():
            for alias in names | {name}:
                words = _key(alias).split()
                if words:
                    self._by_surname.setdefault(words[-1], set()).add(name)

    def __len__(self) -> int:
        return len(self._by_name)

    def term(self, name: str) -> tuple[date | None, date | None] | None:
        """The years a person named in the table held office (the first start and the last end
        of their rows; an open end when they still hold one), or None when nothing dates them."""
        offices = self._by_name.get(name, [])
        starts = [o.start for o in offices if o.start is not None]
        if not starts:
            return None
        end = None if any(o.end is None for o in offices) else max(o.end for o in offices)
        return min(starts), end

    def person(self, text: str, on: date | None = None) -> Office | None:
        """The office (hence country and sector) of the person a name refers to, preferring
        the office held on ``on``, else the latest; None if unknown, or if the name is shared
        by persons of several countries. A name persons of one country share gives one of
        their offices (the one held on ``on`` when there is one): the country is what counts."""
        names = self._by_alias.get(_key(text), set())
        if not names:
            return None
        offices = [o for person in sorted(names) for o in self._by_name[person]]
        if len(names) > 1 and len({o.country for o in offices}) != 1:
            return None
        # A name two people of one country share ("George Bush", father and son) still says the
        # country; the date, when there is one, says who.
        if on is not None:
            current = [o for o in offices if o.held_on(on)]
            if current:
                return current[0]
        return max(offices, key=lambda o: o.start or date.min)

    def titled(self, name: str, roles: tuple[str, ...], on: date | None = None) -> tuple[Office, bool] | None:
        """A name not known as written, said with a title: "President Bush" (two presidents
        of one country), "President Mitterand" (a misspelt surname). The surname must be that
        of a holder of the office the title names, exactly or, for surnames of six letters or
        more, with one letter added, dropped or changed, and everyone it fits must be of one
        country. Returns an office of theirs (the one held on ``on`` when there is one) and
        whether a single person fits; None when nobody or several countries fit."""
        offices = {o for role in roles for o in OFFICE_BY_ROLE.get(role, ())}
        words = _key(name).split()
        if not offices or not words:
            return None
        surname = words[-1]
        keys = [surname] if surname in self._by_surname else (
            [k for k in self._by_surname if _one_edit(surname, k)] if len(surname) >= 6 else [])
        # (Persons by name, not in the set's order: which office comes first, when the date does
        # not pick one, must not change with the hash seed.)
        fits = [o for key in keys for person in sorted(self._by_surname[key]) for o in self._by_name[person]
                if o.office in offices]
        if not fits or len({o.country for o in fits}) != 1:
            return None
        current = [o for o in fits if on is not None and o.held_on(on)]
        chosen = current[0] if len(current) == 1 else fits[0]
        return chosen, len({o.name for o in fits}) == 1 or len(current) == 1

    def surname_country(self, word: str) -> str | None:
        """The one country of everyone in the table whose surname this is ("Clinton", "Bush":
        Americans all), for a bare surname too common to be an alias; None when nobody or
        persons of several countries bear it ("Kim", "Khan")."""
        key = _key(word)
        if len(key) < 4 or " " in key:
            return None
        countries = {o.country for person in self._by_surname.get(key, ()) for o in self._by_name[person]}
        return next(iter(countries)) if len(countries) == 1 and len(next(iter(countries))) == 3 else None

    def surname_bearers(self, word: str) -> dict[str, list[Office]]:
        """Everyone in the table whose surname this is, by country ("Brown": Gordon Brown of
        Britain, and Americans), each with the latest office; empty for short or unknown words."""
        key = _key(word)
        found: dict[str, list[Office]] = {}
        if len(key) < 4 or " " in key:
            return found
        for person in sorted(self._by_surname.get(key, ())):
            office = max(self._by_name[person], key=lambda o: o.start or date.min)
            if len(office.country) == 3:
                found.setdefault(office.country, []).append(office)
        return found

    def royal_country(self, name: str) -> str | None:
        """The one country of the royals the table knows by a royal title and this given name
        ("Prince Mohammed": the table's "Crown Prince Mohammed bin Salman"), for a title and a
        given name said without the rest of the name; None when nobody or royals of several
        countries fit ("King Abdullah": Saudi Arabia and Jordan)."""
        words = _key(name).split()
        if len(words) < 2 or " ".join(words[:-1]) not in ROYAL_TITLES:
            return None
        countries = set()
        for alias, persons in self._by_alias.items():
            alias_words = alias.split()
            for at in (0, 1):
                if alias_words[at:at + len(words)] == words and (at == 0 or alias_words[0] == "crown"):
                    countries.update(o.country for person in persons for o in self._by_name[person])
        return next(iter(countries)) if len(countries) == 1 and len(next(iter(countries))) == 3 else None

    def holder(self, country: str, role: str, on: date) -> Office | None:
        """Who held the office a role word names ("president") in a country on a date."""
        for office_name in OFFICE_BY_ROLE.get(role, ()):
            found = [o for o in self.offices if o.country == country and o.office == office_name and o.held_on(on)]
            if len(found) == 1:
                return found[0]
        return None


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def load_person_base(directory: Path | None = None) -> PersonBase:
    return _read(directory or data_dir())


@lru_cache(maxsize=2)
def _read(directory: Path) -> PersonBase:
    path = directory / "persons.tsv"
    offices: list[Office] = []
    aliases: dict[str, set[str]] = {}
    if not path.exists():
        return PersonBase([], {})
    for row in read_tsv(path):
        offices.append(Office(row["name"], row["country"], row["office"], row.get("sector") or "GOV",
                              parse_day(row.get("start", ""), end=False), parse_day(row.get("end", ""), end=True),
                              row.get("note", "")))
        aliases.setdefault(row["name"], {row["name"]}).update(split_list(row.get("aliases", "")))
    return PersonBase(offices, aliases)


def as_date(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value
