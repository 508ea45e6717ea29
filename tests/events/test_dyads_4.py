"""Targets and sources from further in the sentence: the teller of a told clause, people
carried in an attacked vehicle, where a thing was moved to, who holds captives, and where a
mission serves.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, codes, only_event


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The subject of a clause told to someone is the teller when it says what the teller will do.
    ("Peru told Ecuador it would withdraw its troops from the disputed area.", "03", {"PER"}, {"ECU"}),
    ("Chile's foreign ministry told Bolivia it would reopen the border crossing next month.", "03", {"CHL"},
     {"BOL"}),
    # An obligation put to the hearer is about the hearer.
    ("The European Union told Serbia it must halt its support for the breakaway region.", "10", {"IGOEEC"},
     {"SRB"}),
])
def test_teller_of_a_told_clause(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("A blast tore through a van carrying Turkish construction workers in northern Iraq.", "18", {"IRQ"}, {"TUR"}),
    ("Gunmen ambushed a truck carrying Egyptian labourers in western Libya.", "19", {"LBY"}, {"EGY"}),
])
def test_people_carried_in_an_attacked_vehicle(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A country that only qualifies the thing moved gives way to where it went.
    ("Belgium returned dozens of looted Congolese artefacts to Congo at a ceremony in Kinshasa.", "08", {"BEL"},
     {"COD"}),
    ("The United States sold American fighter jets to Vietnam.", "07", {"USA"}, {"VNM"}),
    # No destination: the qualifying country stays the target.
    ("Russian drones attacked Ukrainian grain silos overnight.", "19", {"RUS"}, {"UKR"}),
])
def test_where_a_thing_was_moved(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A call to free someone is aimed at whoever holds them.
    ("Australia demanded the release of an Australian academic detained in Myanmar.", "10", {"AUS"}, {"MMR"}),
    ("Japan called for the release of two Japanese fishermen held by Russia.", "02", {"JPN"}, {"RUS"}),
    # Nobody named as holding them: the people themselves.
    ("Italy demanded the release of Italian sailors.", "10", {"ITA"}, {"ITA"}),
])
def test_call_for_release_is_aimed_at_the_captor(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_leaving_a_mission_is_aimed_at_its_host(code_text):
    record = code_text("Ireland warned it could pull its peacekeepers out of the U.N. mission in Lebanon.")
    assert_dyad(record, "13", {"IRL"}, {"LBN"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "assured X that it would provide": a promise, so an intent (03), not the aid itself.
    ("Japan assured the Philippines that it would provide emergency relief supplies.", "03", {"JPN"}, {"PHL"}),
    ("Norway promised Sudan it would send humanitarian aid to Darfur.", "03", {"NOR"}, {"SDN"}),
])
def test_what_is_promised_to_a_hearer_is_intent(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A place inside a phrase of cause is not where an arrest was aimed.
    ("Belarusian police detained hundreds of people at protests in Minsk against the deployment of troops "
     "for the war in Ukraine.", "17", {"BLR"}, {"BLR"}),
    # A frame that asks for "at" names its target, even a capital standing for a government.
    ("Tokyo lashed out at Beijing over the detention of a Japanese businessman.", "11", {"JPN"}, {"CHN"}),
    # Violence by a state in its own country is domestic.
    ("The Ethiopian army shelled the town of Shire in the Tigray region.", "19", {"ETH"}, {"ETH"}),
    ("Myanmar's army bombed villages in the Sagaing region on Tuesday.", "19", {"MMR"}, {"MMR"}),
    # The place may hang on a quantity before the object: still where the act is aimed.
    ("Kenyan authorities deployed thousands of police officers in Nairobi ahead of opposition protests.", "15",
     {"KEN"}, {"KEN"}),
    # No place named: nobody known to receive it.
    ("Russian artillery shelled villages near the border.", "19", {"RUS"}, set()),
])
def test_where_an_act_struck(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor", [
    # Where talks and diplomacy happen is no party to them.
    ("The presidents of Kenya and Tanzania met on the Zanzibar island of Pemba on Friday.", "04", {"KEN", "TZA"}),
    ("The foreign ministers of Greece and Turkey met on the sidelines of a NATO summit in Vilnius.", "04",
     {"GRC", "TUR"}),
    ("Armenian and Azerbaijani negotiators held talks at an OSCE office in Vienna.", "04", {"ARM", "AZE"}),
])
def test_venue_of_joint_talks_is_no_party(code_text, text, cameo, actor):
    assert_dyad(code_text(text), cameo, actor, set())


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The agent of the last of a row of passive participles is the agent of them all; a
    # possessive before a named country ("their Russian guards") is theirs, not the actor.
    ("Georgian detainees were beaten, denied food and kept in cold cells by their Russian guards, "
     "a rights group said.", "18", {"RUS"}, {"GEO"}),
    ("Dozens of students were beaten and detained by Iranian security forces.", "18", {"IRN"}, {"IRN"}),
])
def test_agent_of_conjoined_participles(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A court is where a case goes; whom it is against is the target.
    ("Nicaragua filed a case at the International Court of Justice accusing Germany of aiding genocide.", "11",
     {"NIC"}, {"DEU"}),
    ("Armenia filed a case against Azerbaijan at the International Court of Justice.", "11", {"ARM"}, {"AZE"}),
    # What two parties talk about is their topic, not a party; whom they talk with is.
    ("The presidents of Chile and Argentina discussed Bolivia's demand for sea access by telephone.", "04",
     {"CHL", "ARG"}, set()),
    ("Norway and Sweden held talks with Finland on Arctic security.", "04", {"NOR", "SWE"}, {"FIN"}),
])
def test_forum_and_topic_are_no_party(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_occasion_ahead_of_which_parties_cooperate_is_no_party(code_text):
    record = code_text("Uzbekistan coordinated its position with China ahead of the ASEAN summit in Jakarta.")
    assert_dyad(record, "05", {"UZB"}, {"CHN"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Forces put on alert with nobody named doing it: their own state did, at home.
    ("Belgian police and soldiers were placed on maximum alert across the Brussels region.", "15", {"BEL"},
     {"BEL"}),
    ("Jordanian forces were put on high alert along the northern border.", "15", {"JOR"}, {"JOR"}),
])
def test_forces_put_on_alert_by_their_state(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Rebels fighting or laying down arms at home, with nobody else named: a civil conflict.
    ("About 2,000 ELN guerrillas handed in their weapons at camps across Colombia.", "08", {"COL"}, {"COL"}),
    ("Houthi rebels shelled government positions near Taiz.", "19", {"YEM"}, {"YEM"}),
    # Not placed at home: nobody known to receive it.
    ("Houthi rebels fired a missile at a cargo ship in the Red Sea.", "19", {"YEM"}, set()),
])
def test_insurgents_at_home(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    event = only_event(record, cameo)
    assert ({a["code"][:3] for a in event["actor"]}, codes(event["recipient"])) == (actor, recipient)


def test_place_word_starting_a_name_is_no_target(code_text):
    # "Nord" (a Haitian department) only starts the pipelines' name.
    record = code_text("German prosecutors opened an investigation into the sabotage of the Nord Stream pipelines.")
    event = only_event(record, "09")
    assert "HTI" not in codes(event["recipient"])


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Two mediators: the parties they mediate between receive it.
    ("Norway and Switzerland mediated talks between Colombia and the ELN in Havana.", "04", {"NOR", "CHE"},
     {"COL"}),
    # A state's forces acting on a people of their own country: domestic.
    ("Myanmar's army drove tens of thousands of Rohingya out of their villages in northern Rakhine.", "20", {"MMR"},
     {"MMR"}),
])
def test_mediators_and_peoples(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo)
    assert (codes(event["actor"]), {c[:3] for c in codes(event["recipient"])}) == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A call for people's return is aimed at whoever holds them.
    ("Tunis demanded the return of Tunisian sailors detained by Libyan coastguards.", "10", {"TUN"}, {"LBY"}),
    # The noun's event keeps whom the verb named.
    ("The United States gave Damascus an ultimatum to hand over the chemical weapons.", "13", {"USA"}, {"SYR"}),
])
def test_captors_and_ultimatums(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_consequence_held_out_is_no_act(code_text):
    record = code_text("The EU told Minsk to free the prisoners or face new sanctions.")
    assert not any(e["cameo"].startswith("16") for e in record["events"])


def test_common_noun_taken_for_a_name_is_no_actor(code_text):
    record = code_text("Wildfires fanned by strong winds swept across the Greek island of Corfu, forcing "
                       "thousands of tourists to leave their hotels.")
    assert record["events"] == []


def test_owner_of_a_facility_is_not_where_a_group_acts(code_text):
    record = code_text("Militias fired rockets at a U.S. base in eastern Syria.")
    event = only_event(record, "19")
    assert (codes(event["actor"]), codes(event["recipient"])) == ({"SYR"}, {"USA"})


@pytest.mark.parametrize("text, actor, recipient", [
    # The phrases of "erupted/broke out" belong to the event noun; two sides of one country fight
    # a civil war aimed at it.
    ("Heavy fighting erupted between the Sudanese army and the Rapid Support Forces in Omdurman.", {"SDN"},
     {"SDN"}),
    ("Clashes broke out between Armenian and Azerbaijani troops along the border.", {"ARM", "AZE"}, set()),
])
def test_fighting_that_broke_out(code_text, text, actor, recipient):
    event = only_event(code_text(text), "19")
    assert ({a["code"][:3] for a in event["actor"]}, codes(event["recipient"])) == (actor, recipient)


def test_asylum_granted_with_nobody_named_is_the_host_state(code_text):
    record = code_text("A former Belarusian army officer has been granted political asylum in Lithuania, his "
                       "lawyer said.")
    event = only_event(record, "07")
    assert (codes(event["actor"]), codes(event["recipient"])) == ({"LTU"}, {"BLR"})


def test_chiefs_of_two_states_meeting_is_a_joint_meeting(code_text):
    record = code_text("French and German army chiefs met in Strasbourg on Tuesday.")
    assert_dyad(record, "04", {"FRA", "DEU"}, set())


def test_amount_of_a_thing_is_looked_through(code_text):
    # "$3 billion of Ghanaian debt": the object is the debt.
    record = code_text("Chinese state banks restructured $3 billion of Ghanaian debt.")
    assert_dyad(record, "06", {"CHN"}, {"GHA"})
