"""Rules from the wire_dev_15 session, each on team-written sentences (none from bench/data).

Intelligence handed to a state named as the object ("provided Kenya with intelligence"); a
channel barred from broadcasting; a court ordering a party's dissolution; an aid agency ordered to
leave; a delegation of a group received (the object read through "delegation"); a participle the
parser reads as a clause ("banned masked rallies"); negotiators "for" parties; land titles granted;
arrests over petty crime left out; what a violent repression did in its participles; batons used
on a crowd; backing asked for one's own plan; a call from the opposition about a foreign meeting;
a gloss of ties or a vow tacked on after the report; baseball words; a mob placed where it
struck; relief teams arriving; persons to be arrested and handed over; relief from rules asked for
by a road blockade; a war crimes inquiry into a strike; U.N. rights experts let in; prisoners'
family visits; a system of government to overhaul.
"""

from __future__ import annotations

import pytest


def _events(record: dict) -> list[tuple[str, set[str], set[str]]]:
    """(CAMEO code, actor countries, recipient countries) of each event the wire scorer counts."""
    return [(e["cameo"], {a["code"][:3] for a in e["actor"]}, {a["code"][:3] for a in e["recipient"]})
            for e in record["events"] if not e["modality"]["negated"]]


def _has(record: dict, cameo: str, actor: str, recipient: str | None) -> bool:
    return any(code == cameo and actor in actors and (recipient in recipients if recipient else not recipients)
               for code, actors, recipients in _events(record))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Britain provided Kenya with intelligence on the movements of al Shabaab fighters in southern Somalia, "
     "a Kenyan army spokesman said.", "064", "GBR", "KEN"),
    ("Kazakhstan barred a Russian radio station from broadcasting in the country after it aired remarks "
     "about the northern border.", "172", "KAZ", "RUS"),
    ("A court in Cambodia ordered the dissolution of the main opposition party on charges of plotting a coup.",
     "1722", "KHM", "KHM"),
    ("Mali ordered a Norwegian aid agency to leave the country within 48 hours, accusing it of working with "
     "armed groups.", "1663", "MLI", "NOR"),
    ("Egypt's president received a delegation of Hamas in Cairo on Tuesday.", "043", "EGY", "PSE"),
    ("Serbian authorities banned masked rallies in Belgrade ahead of the vote.", "1721", "SRB", "SRB"),
    ("Brazil's president promised to grant indigenous communities title to their ancestral lands in the Amazon.",
     "0343", "BRA", "BRA"),
    ("Police in Lima arrested two Venezuelan men over a bank robbery.", "173", "PER", "VEN"),
    ("Iranian security forces cracked down on protesters in Tehran, killing at least 12 people and detaining "
     "hundreds.", "175", "IRN", "IRN"),
    ("Kenyan police used batons and water cannon to break up a rally of teachers in Nairobi.", "175", "KEN", "KEN"),
    ("Morocco urged Ghana's president to back its autonomy plan for Western Sahara during a visit to Accra.",
     "022", "MAR", "GHA"),
    ("Germany lobbied fellow EU members to back Moldova's bid to open accession talks.", "053", "DEU", "MDA"),
    ("Peru's president rejected opposition demands for her resignation over a meeting with Bolivia's Evo "
     "Morales.", "1231", "PER", "PER"),
    ("Israel rejected French calls for a ceasefire in Lebanon.", "1246", "ISR", "FRA"),
    ("Hezbollah vowed revenge against Israel.", "138", "LBN", "ISR"),
    ("A mob beat a Vietnamese trader to death at a market in Papua New Guinea's highlands, police said.",
     "1823", "PNG", "VNM"),
    ("Turkish rescue teams arrived in Morocco's Marrakesh with tents and medicine after the earthquake.",
     "073", "TUR", "MAR"),
    ("Turkey demanded that Iraq arrest and hand over PKK commanders sheltering in its north.", "1013", "TUR", "IRQ"),
    ("Spanish farmers blocked roads leading to Madrid with tractors to press the government for relief from "
     "EU rules.", "1442", "ESP", "ESP"),
    ("Lebanese prosecutors opened a war crimes probe into an Israeli drone strike on a school in Tyre.",
     "094", "LBN", "ISR"),
    ("Burundi allowed U.N. rights experts into the country.", "0862", "BDI", "IGO"),
    ("Kurdish inmates in Turkish prisons began a hunger strike to demand family visits.", "1423", "TUR", "TUR"),
    ("Pakistan urged the Taliban to overhaul their political system.", "0244", "PAK", "AFG"),
    # look-alikes that keep their codes
    ("Lebanese prosecutors opened an investigation into an Israeli air strike on a village.", "093", "LBN", "ISR"),
    ("Belarus allowed Lithuanian investigators access to the site where a drone came down.", "086", "BLR", "LTU"),
    ("Indonesian students began a hunger strike to demand an end to the new mining law.", "1422", "IDN", "IDN"),
    ("Ghana called for an overhaul of the tax system.", "020", "GHA", None),
    ("France provided Chad with weapons and training.", "072", "FRA", "TCD"),
    ("Russia freed an American basketball star in a prisoner swap in Abu Dhabi.", "0841", "RUS", "USA"),
    ("Haiti appealed to the United Nations for relief after the hurricane.", "0233", "HTI", "IGO"),
])
def test_dev15_codes(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert _has(record, cameo, actor, recipient), _events(record)


def test_negotiators_for_two_parties_act_for_them(code_text):
    record = code_text("Negotiators for Sudan and the Rapid Support Forces resumed talks in Jeddah on Monday.")
    assert any(code.startswith("04") and "SDN" in actors for code, actors, _r in _events(record)), _events(record)


@pytest.mark.parametrize("text, root", [
    ("The football league barred the club from playing home matches for a month.", "17"),
    ("The mayor ordered the closure of the central market for repairs.", "17"),
    ("Poland received Ukrainian grain at its border crossings.", "04"),
    ("The company granted the buyer title to the house.", "08"),
    ("Police in Santiago arrested four men over the robbery of a jewellery store in the city centre.", "17"),
    ("South Korea's star pitcher beat Japan in the final inning to seal the title.", "18"),
    ("Indian troops arrived in the Maldives with weapons.", "07"),
])
def test_dev15_quiet(code_text, text, root):
    assert not [e for e in _events(code_text(text)) if e[0].startswith(root)], _events(code_text(text))


@pytest.mark.parametrize("text, kept", [
    # the killing is the repression's toll, not a second act
    ("Security forces in Kenya fired tear gas and live rounds at opposition supporters marching in Nairobi, "
     "killing at least five people.", "175"),
    # a gloss of ties after the report is no act of the speakers
    ("Japan delivered armed drones to the Philippine navy on Friday, Philippine officials said, deepening a "
     "security partnership.", "072"),
    # a vow with nobody named, tacked on to the report of another act
    ("Israeli jets struck targets in southern Lebanon, killing 12 people, a Hezbollah official said, vowing "
     "revenge.", "195"),
])
def test_dev15_one_event(code_text, text, kept):
    assert [e[0] for e in _events(code_text(text))] == [kept], _events(code_text(text))


@pytest.mark.parametrize("text, code", [
    ("Iranian authorities cracked down on dissent.", "170"),
    ("Police beat protesters in Nairobi.", "182"),
])
def test_dev15_codes_kept(code_text, text, code):
    assert code in [e[0] for e in _events(code_text(text))], _events(code_text(text))


def test_arrest_with_a_handover_of_other_things_is_not_judicial(code_text):
    record = code_text("Kenya urged Somalia to arrest the commanders and hand over the weapons.")
    assert "0213" not in [e[0] for e in _events(record)], _events(record)


def test_opposition_arrests_over_a_theft_stay(code_text):
    record = code_text("Police in Lima arrested three opposition activists over the theft of ballot boxes.")
    assert "173" in [e[0] for e in _events(record)], _events(record)
