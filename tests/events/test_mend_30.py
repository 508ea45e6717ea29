"""The thirtieth session's tidy-ups (helper wt-mend30), each on sentences of the helper's own with
look-alikes that must keep their code or stay quiet: power asked to be handed over (0241), both
sides of "between X and Y", a company named like a person, a condition's own phrase, and the
one-other-party fallback kept to the act's own clause."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, codes, dyads


# 1. Power asked to be handed over is a change in leadership (0241, 1041), as stepping down is; a
#    suspect asked to be handed over stays judicial cooperation (0213), land asked for is yielding (025).
@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("The African Union called on the Sudanese junta to hand over power to a civilian government.",
     "0241", {"IGOAFU"}, {"SDN"}),
    ("Britain urged Guinea's military rulers to hand over power to an elected president.", "0241", {"GBR"}, {"GIN"}),
    # (the infinitive hung on "called" as a clause, after a day)
    ("Senegal's president called on Guinea's military leader on Tuesday to hand over power to an elected civilian.",
     "0241", {"SEN"}, {"GIN"}),
    ("Peru urged Chile to hand over the disputed islands.", "025", {"PER"}, {"CHL"}),
])
def test_power_asked_to_be_handed_over(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text", [
    "Kenya called on Uganda to hand over the suspects in the bombing.",
    "Ghana called on Togo on Monday to hand over the fugitive banker.",
])
def test_persons_asked_to_be_handed_over_stay_judicial(code_text, text):
    record = code_text(text)
    assert [e["cameo"] for e in record["events"]] == ["0213"], dyads(record)


# 3. Both sides of a "between" phrase on what a verbal act is about are its recipients; a border
#    between two states, and the waters where force is shown, are places.
@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Sweden supports efforts to end the dispute between Guyana and Venezuela.", "051", {"SWE"}, {"GUY", "VEN"}),
    ("Canada backs efforts to ease tension between Serbia and Kosovo.", "051", {"CAN"}, {"SRB", "XKX"}),
])
def test_both_sides_between(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("China deployed warships to the waters between Taiwan and the Philippines.", "154", {"CHN"}, {"TWN"}),
    ("Italy called for calm along the border between Serbia and Kosovo.", "0252", {"ITA"}, {"SRB"}),
])
def test_a_place_between_two_states_stays_one_place(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


# 4. A bare surname its business sentence says is a company is no person of the tables.
@pytest.mark.parametrize("text, word", [
    ("Chinese carmaker Geely bought Volvo from Ford in 2010.", "Ford"),
    ("The union accused U.S. carmaker Ford of breaking its promise to keep the plant open.", "Ford"),
])
def test_a_company_named_like_a_person(mentions_of, text, word):
    assert word not in mentions_of(text)


@pytest.mark.parametrize("text, word, code", [
    # a person who speaks of a deal neither buys nor sells
    ("Trump said the government would buy a stake in chipmaker Intel.", "Trump", "USA"),
    # no business in the sentence
    ("Ford met Brezhnev in Vladivostok in 1974.", "Ford", "USA"),
])
def test_a_person_beside_business_words_stays(mentions_of, text, word, code):
    assert mentions_of(text)[word][0] == code


# 5. A condition hung as the verb's object is an adverbial clause, and the phrase right after it is
#    its own: the place the goods would be re-exported to is no target of the threat.
@pytest.mark.parametrize("text, actor, recipient, elsewhere", [
    ("Kazakhstan threatened to cut grain supplies to Kyrgyzstan if Bishkek re-exported Kazakh grain to Afghanistan.",
     {"KAZ"}, {"KGZ"}, "AFG"),
    ("Nigeria threatened to stop oil shipments to Ghana if Accra re-exported Nigerian crude to Togo.",
     {"NGA"}, {"GHA"}, "TGO"),
])
def test_the_conditions_phrase_is_its_own(code_text, text, actor, recipient, elsewhere):
    record = code_text(text)
    assert_some_event(record, "13", actor, recipient)
    assert not any(elsewhere in codes(e["recipient"]) for e in record["events"]), dyads(record)


def test_a_threat_keeps_its_own_phrase(code_text):
    # No condition: "to Ghana" is the threat's own target.
    assert_some_event(code_text("Nigeria threatened to stop oil shipments to Ghana."), "13", {"NGA"}, {"GHA"})


# 6. An appeal addressed to a role it cannot place takes no other party from another clause, nor a
#    company; a party of its own clause still counts, and so does a show of force's reason.
def test_an_unplaced_addressee_takes_no_party_from_another_clause(code_text):
    record = code_text("After Toyota closed its plant, the IMF urged the government to cut taxes.")
    assert_some_event(record, "02", {"IGOIMF"}, set())


def test_an_unplaced_addressee_keeps_a_party_of_its_clause(code_text):
    record = code_text("Poland urged the government to close the border after talks with Belarus.")
    assert_some_event(record, "02", {"POL"}, {"BLR"})


def test_a_show_of_force_still_answers_the_other_clause(code_text):
    record = code_text("Taiwan put its armed forces on high alert after Chinese warships were seen near the island.")
    assert_some_event(record, "152", {"TWN"}, {"CHN"}, exact=True)



# 2. A meeting with an international organisation in a country none of the states met is from, and
#    none of the organisation's seats is in (igo_seats.tsv), is at a third location (044); at its
#    seat, in the state's own country, or between bodies only, it stays 040.
@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Syria's foreign minister met the UN envoy in Moscow on Monday.", "044", {"SYR"}, {"IGOUNO"}),
    ("Serbia's foreign minister met the EU foreign policy chief in Oslo on Sunday.", "044", {"SRB"}, {"IGOEEC"}),
    ("Syria's foreign minister met the UN envoy in Damascus on Monday.", "040", {"SYR"}, {"IGOUNO"}),
    ("Serbia's foreign minister met the EU foreign policy chief in Brussels on Sunday.", "040", {"SRB"}, {"IGOEEC"}),
    ("The UN envoy met the NATO chief in Oslo.", "040", {"IGOUNO"}, None),
])
def test_a_meeting_with_an_organisation_abroad(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


def test_an_organisation_seats_by_its_code():
    from accord.events.places import igo_seats

    assert igo_seats("IGOUNOHCR") == igo_seats("IGOUNO") and "CHE" in igo_seats("IGOUNO")
    assert igo_seats("IGOAFU") == frozenset({"ETH"})
    assert igo_seats("NGOHRW") == frozenset()  # no seat known: never a third location
