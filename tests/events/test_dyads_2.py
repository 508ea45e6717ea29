"""Targets the argument slots do not give: domestic events and the one other party a clause names.

Team-written wire-style sentences (not from the dev or held-out sets). Each case names the CAMEO
prefix of the event it looks at and the actor and recipient codes expected for it.
"""

from __future__ import annotations

import pytest

from eventkit import codes, only_event


def dyad(record: dict, cameo_prefix: str) -> tuple[set[str], set[str]]:
    event = only_event(record, cameo_prefix)
    return codes(event["actor"]), codes(event["recipient"])


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Yielding, an intent to yield or reform, and inquiries with no other country named are
    # aimed at the actor's own people: the country is its own target (CAMEO domestic coding).
    ("Bolivia's interior ministry lifted the ban on opposition rallies.", "08", {"BOL"}, {"BOL"}),
    ("Nepal's prime minister resigned after weeks of street protests.", "08", {"NPL"}, {"NPL"}),
    ("Zimbabwe's government lifted the ban on street vendors on Friday.", "08", {"ZWE"}, {"ZWE"}),
    ("The Malaysian government promised to reform the police.", "03", {"MYS"}, {"MYS"}),
    ("Peruvian prosecutors opened an investigation into the former president.", "09", {"PER"}, {"PER"}),
    ("Tanzania's president released hundreds of prisoners to mark independence day.", "08", {"TZA"}, {"TZA"}),
    # Demands, disapproval and threats aimed at the actor's own bodies or people.
    ("Kenya's opposition demanded the resignation of the electoral commission chief.", "10", {"KEN"}, {"KEN"}),
    ("The Zambian government accused the former finance minister of corruption.", "11", {"ZMB"}, {"ZMB"}),
    ("The Pakistani interior minister warned that police would crush any unauthorised march.", "13",
     {"PAK"}, {"PAK"}),
    # A show of force in the actor's own capital.
    ("Uganda deployed soldiers across Kampala before the vote.", "15", {"UGA"}, {"UGA"}),
    # Repression with no named party stays domestic even when an organisation is mentioned.
    ("Myanmar's junta arrested dozens of students protesting outside the United Nations office.", "17",
     {"MMR"}, {"MMR"}),
])
def test_domestic_target(code_text, text, cameo, actor, recipient):
    assert dyad(code_text(text), cameo) == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor", [
    # Aimed at nobody in particular: no target, not the actor's own country.
    ("Beijing is opposed to any foreign interference in the dispute.", "12", {"CHN"}),
    ("Canada is firmly opposed to any delay of the vote.", "12", {"CAN"}),
    # Joint actors acting together have no target.
    ("Chile and Argentina signed a border agreement on Monday.", "05", {"CHL", "ARG"}),
    ("Ghana and Togo pledged to resolve their maritime dispute.", "03", {"GHA", "TGO"}),
    ("Vietnamese and Philippine navies held joint exercises in the South China Sea.", "06", {"VNM", "PHL"}),
    # A building or capital standing for a government is where joint actors signed, not a party.
    ("Armenia and Azerbaijan signed a peace declaration at the Kremlin on Friday.", "05", {"ARM", "AZE"}),
])
def test_no_target(code_text, text, cameo, actor):
    assert dyad(code_text(text), cameo) == (actor, set())


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Nobody in the argument slots, but the act's clause names one other party.
    ("Colombia backed down after a diplomatic standoff with Venezuela.", "08", {"COL"}, {"VEN"}),
    ("Serbia threatened to walk out of the talks with Kosovo.", "13", {"SRB"}, {"XKX"}),
    ("Azerbaijan massed thousands of troops close to Armenia's border.", "15", {"AZE"}, {"ARM"}),
    ("Romania backed down in its dispute with Hungary over school language rules.", "08", {"ROU"}, {"HUN"}),
    ("Rwandan troops completed their pullout from the Congolese town of Goma.", "08", {"RWA"}, {"COD"}),
    # A dative, and persons of known nationality.
    ("Ankara gave Stockholm an ultimatum to extradite the suspects.", "13", {"TUR"}, {"SWE"}),
    ("Mexico granted asylum to former Bolivian president Evo Morales.", "07", {"MEX"}, {"BOL"}),
    ("French President Emmanuel Macron spoke by telephone with Ukrainian President Volodymyr Zelensky.",
     "04", {"FRA"}, {"UKR"}),
])
def test_one_other_party_in_the_clause(code_text, text, cameo, actor, recipient):
    assert dyad(code_text(text), cameo) == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Where an appeal is made is not whom it is made to.
    ("Iran's foreign minister called for calm at a news conference in Geneva.", "02", {"IRN"}, set()),
    # An attached report is not a party to the act: the White House reports, it does not
    # receive (and the sentence names another country, so the act is not domestic either).
    ("Japan backed down on the tariff issue, the White House said.", "08", {"JPN"}, set()),
    # Two other countries: no guess.
    ("Hungary backed down after talks with Austria and Slovakia.", "08", {"HUN"}, None),
])
def test_no_guessed_party(code_text, text, cameo, actor, recipient):
    found_actor, found_recipient = dyad(code_text(text), cameo)
    assert found_actor == actor
    if recipient is not None:
        assert found_recipient == recipient
    else:
        assert len(found_recipient) != 1 or found_recipient <= {"AUT", "SVK"}


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A bare name the gazetteer knows as a place, though the parser reads it as a person.
    ("Israeli jets pounded Rafah overnight.", "19", {"ISR"}, {"PSE"}),
])
def test_place_read_as_a_name(code_text, text, cameo, actor, recipient):
    assert dyad(code_text(text), cameo) == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A complaint is aimed at whom it is against, not at the body it is lodged with (also when
    # the parser hangs "against" on that body).
    ("Nigeria lodged a complaint with the African Union against Cameroon.", "11", {"NGA"}, {"CMR"}),
    ("Guyana filed a protest with the Organization of American States against Venezuela.", "11", {"GUY"},
     {"VEN"}),
])
def test_against_beats_the_forum(code_text, text, cameo, actor, recipient):
    assert dyad(code_text(text), cameo) == (actor, recipient)
