"""Unknown attackers and acts only threatened or intended.

An attack with nobody named is coded as an unidentified armed force of the country where it
struck (CAMEO's convention, bench/data/README.md convention 7). An infinitive under "threatened",
"vowed", "planned" and the like is no attack done: before this rule "rebels threatened to shell
the town" was coded as shelling (194) by an unknown attacker. Team-written sentences.
"""

from __future__ import annotations

import pytest

from eventkit import dyads


ROOTS_OF_FORCE = ("18", "19", "20")


@pytest.mark.parametrize("text", [
    "The rebels threatened to capture the city of Goma.",
    "Rebels threatened to shell the town of Bunia unless the army pulled back.",
    "Militiamen planned to storm the airport in Tripoli, a commander said.",
    "Gunmen intended to abduct the mayor of Maiduguri, police said.",
])
def test_threatened_or_intended_acts_are_not_done_acts(code_text, text):
    record = code_text(text)
    done = [e for e in record["events"] if e["cameo"].startswith(ROOTS_OF_FORCE)]
    assert done == [], dyads(record)


@pytest.mark.parametrize("text, cameo, country", [
    ("A roadside bomb killed three soldiers near Samarra.", "183", "IRQ"),
    ("Gunmen abducted two aid workers in Maiduguri on Monday.", "181", "NGA"),
])
def test_unknown_attackers_of_done_acts_still_coded(code_text, text, cameo, country):
    record = code_text(text)
    found = [e for e in record["events"] if e["cameo"].startswith(cameo)]
    assert found, dyads(record)
    assert {a["code"][:3] for a in found[0]["actor"]} == {country}
