"""CAMEO sub-codes and who attacks, twelfth session: team-written wire sentences, none from a gold set.

Mechanisms (codebook 1.1b3 definitions and notes): ground taken by armed force is 192 (its examples:
"captured part of a ... stronghold", "retaken a strategic village", an invasion), typed ASSAULT like
the PLOVER GSR's coding of those examples, while an annexation keeps the crosswalk's COERCE; "in
protest against ..." hung on a hunger strike, strike, blockade or riot is that act's motive (142x,
143x, 144x), not a second demonstration; independence or autonomy asked for is a change of
institutions or regime (the 14x4 notes); press freedom or freedom of speech is a right, freedom for
prisoners a release; a refusal to budge or yield is 124; a bomb carried by a vehicle is 1832, one by
the roadside 1833; a rejected call's infinitive hung on the verb still says what is asked, and
ground named and handed over is yielded (124); insurgents who bomb carry out a non-military bombing (183); threats to capture
ground are 1382, of terrorist attacks 1383; torture or rape looked into by prosecutors is 092. An
unnamed attacker takes the country of the place named, never its victims' nationality.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, str, set[str], set[str]]]:
    return [(e["cameo"], e["event"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


def _has(record: dict, cameo: str, actor: set[str] | None = None, recipient: set[str] | None = None,
         plover: str | None = None) -> None:
    assert any(code == cameo and (plover is None or kind == plover) and (actor is None or who == actor)
               and (recipient is None or whom == recipient) for code, kind, who, whom in _found(record)), \
        [(e["cameo"], e["event"], e["explanation"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # ground taken by armed force: 192, typed ASSAULT
    ("Ethiopian troops captured the town of Humera after two days of fighting.", "192", "ASSAULT", {"ETH"}, None),
    ("Azerbaijani forces retook the village of Talish from Armenian fighters.", "192", "ASSAULT", {"AZE"}, None),
    ("Iraqi troops invaded Kuwait before dawn.", "192", "ASSAULT", {"IRQ"}, {"KWT"}),
    ("Rebel fighters overran an army base in northern Mali on Sunday.", "192", "ASSAULT", None, None),
    # an annexation keeps the crosswalk's type
    ("Moscow annexed four occupied Ukrainian regions in September.", "192", "COERCE", {"RUS"}, {"UKR"}),
])
def test_ground_taken_by_force(code_text, text, cameo, plover, actor, recipient):
    _has(code_text(text), cameo, actor, recipient, plover)


@pytest.mark.parametrize("text", [
    "The sprinter hopes to recapture his world title in Tokyo next summer.",
    "The army took precautionary measures along the frontier.",
])
def test_taking_without_ground_is_no_occupation(code_text, text):
    assert all(code != "192" for code, *_ in _found(code_text(text)))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "in protest against ...": the motive of the strike, blockade or hunger strike it hangs on
    ("Jailed Turkish activists began a hunger strike in protest against a new prison law.", "1422", {"TUR"}, None),
    ("Port workers in Piraeus went on strike in protest against a new pension law.", "1432", {"GRC"}, None),
    # independence or autonomy asked for: a change of institutions or regime (14x4, 1044)
    ("Thousands of Catalans rallied in Barcelona calling for independence from Spain.", "1414", None, None),
    ("Basque nationalists demanded greater autonomy from Madrid.", "1044", {"ESP"}, None),
    # a kind of freedom is a right; freedom for prisoners is their release
    ("Brussels urged Ankara to respect press freedom.", "0243", None, {"TUR"}),
    ("The United States called on Hanoi to guarantee freedom of speech and assembly.", "0243", {"USA"}, {"VNM"}),
    ("Young Tunisians blocked roads in Kasserine to press their demands for greater freedom.", "1443", {"TUN"},
     None),
    # refusing to budge or yield (124)
    ("Caracas refused to budge on its claim to the disputed region.", "124", {"VEN"}, None),
    ("Belgrade declined to yield on the status of Kosovo.", "124", {"SRB"}, None),
    # what a rejected call asks, with its infinitive hung on the verb; named ground handed over is yielded
    ("Denmark rejected Washington's call to hand over Greenland.", "124", {"DNK"}, {"USA"}),
    # bombs by what carried them (1832, 1833) and who set them (183, not an air strike)
    ("A truck bomb exploded outside a police station in Mosul, killing 15 people.", "1832", {"IRQ"}, None),
    ("A car packed with explosives blew up near a market in Kandahar.", "1832", {"AFG"}, None),
    ("A bomb planted by the roadside exploded as an army patrol passed near Diyarbakir.", "1833", {"TUR"}, None),
    ("Insurgents bombed a crowded bus station in Baghdad.", "183", {"IRQ"}, None),
    # threats by what is threatened (1382, 1383)
    ("Turkey threatened to seize the border town of Kobani.", "1382", {"TUR"}, None),
    ("Al Shabaab threatened to carry out bombings in Nairobi.", "1383", None, {"KEN"}),
    # what is looked into decides (092), not only who looks
    ("Prosecutors in Buenos Aires opened an investigation into the torture of detained students.", "092", {"ARG"},
     None),
])
def test_twelfth_session_subcodes(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo", [
    # codes that must not move
    ("The EU called on Minsk to free all political prisoners.", "0253"),
    ("Thousands rallied in Kiev's Independence Square against the decision to shelve the trade pact.", "1412"),
    ("Kyiv rejected a Russian demand that it withdraw its troops from the region.", "1246"),
    ("Prosecutors opened an investigation into the theft of state funds by ministers in Malawi.", "091"),
    ("Israeli jets bombed Hamas positions in Gaza.", "195"),
])
def test_twelfth_session_codes_kept(code_text, text, cameo):
    _has(code_text(text), cameo)


def test_unnamed_attacker_is_not_of_its_victims_nationality(code_text):
    # no place named: nobody to code as the attacker (not the British state)
    record = code_text("Gunmen kidnapped two British oil engineers.")
    assert all("GBR" not in who for _code, _kind, who, _whom in _found(record)), _found(record)
    record = code_text("Gunmen shot dead three French tourists in the desert.")
    assert all("FRA" not in who for _code, _kind, who, _whom in _found(record)), _found(record)


def test_unnamed_attacker_takes_the_place_named(code_text):
    record = code_text("Gunmen kidnapped two British oil engineers in the Niger Delta on Monday.")
    _has(record, "181", {"NGA"}, {"GBR"})
