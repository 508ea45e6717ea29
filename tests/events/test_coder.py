"""Event coding on team-written sentences: pattern families, voice, compounds, modality."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventkit import codes, only_event




@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Armenia and Iran signed a new trade agreement in Yerevan on Monday.", "057", {"ARM", "IRN"}, set()),
    ("The Turkish government condemned Greece over the incident.", "111", {"TUR"}, {"GRC"}),
    ("Japan accused China of violating its airspace.", "112", {"JPN"}, {"CHN"}),
    # (ninth session: hosting talks between two others is mediating them, 045, as the wire gold codes it)
    ("Egypt hosted talks between Israel and Jordan on Sunday.", "045", {"EGY"}, {"ISR", "JOR"}),
    ("Germany will send humanitarian aid to Sudan.", "033", {"DEU"}, {"SDN"}),
    ("Russian troops attacked Ukrainian positions near the border.", "190", {"RUS"}, {"UKR"}),
    ("Indian police arrested two Pakistani nationals on Friday.", "173", {"IND"}, {"PAK"}),
    ("The Kremlin praised Serbia for its stance.", "051", {"RUS"}, {"SRB"}),
    ("France urged Iran to release the detained journalists.", "02", {"FRA"}, {"IRN"}),
])
def test_pattern_families(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    event = only_event(record, cameo)
    assert codes(event["actor"]) == actor
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The same act told twice, once of one party and once of two of the same country: one event.
    ("Police arrested two French activists and a French reporter, and later arrested a French lawyer.",
     "173", {"FRA"}, {"FRA"}),
    ("Troops detained three Malian officers and a Malian mayor, then detained a Malian minister.",
     "173", {"MLI"}, {"MLI"}),
])
def test_one_event_per_code_and_dyad_in_a_sentence(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert [e["cameo"] for e in record["events"]] == [cameo]
    event = only_event(record, cameo)
    assert (codes(event["actor"]), codes(event["recipient"])) == (actor, recipient)


def test_passive_voice_swaps_roles(code_text):
    event = only_event(code_text("Georgian villages were shelled by Russian artillery units."), "194")
    assert codes(event["actor"]) == {"RUS"}
    assert codes(event["recipient"]) == {"GEO"}


def test_compound_actors_are_all_actors_without_recipient(code_text):
    event = only_event(code_text("Jordan and Britain signed a defence pact on Tuesday."), "057")
    assert codes(event["actor"]) == {"JOR", "GBR"}
    assert event["recipient"] == []


def test_negated_event_is_kept_and_flagged(code_text):
    event = only_event(code_text("Turkey did not sign the agreement with Greece."), "057")
    assert event["modality"]["negated"] is True
    assert "negated by 'not'" in event["explanation"]


def test_negated_attack_is_kept_and_flagged(code_text):
    event = only_event(code_text("Russian warplanes did not bomb the Ukrainian port on Sunday."), "19")
    assert event["modality"]["negated"] is True


def test_announced_refusal_is_a_rejection(code_text):
    # CAMEO 12: refusals to cooperate or yield; the negation is the rejection's own sense.
    event = only_event(code_text("Turkey said it would not meet Greece's demands to reopen the port."), "123")
    assert event["event"] == "REJECT" and event["modality"]["negated"] is False
    assert "negated by 'not'" in event["explanation"]
    assert codes(event["actor"]) == {"TUR"} and codes(event["recipient"]) == {"GRC"}


def test_an_announced_act_that_turns_nobody_down_stays_negated(code_text):
    # "would not sign" announces what will not happen (bench/data/README.md, convention 5).
    event = only_event(code_text("Turkey said it would not sign the agreement with Greece."), "057")
    assert event["event"] != "REJECT" and event["modality"]["negated"] is True


def test_refused_to_is_a_rejection_not_the_refused_act(code_text):
    record = code_text("Serbia refused to recognise Kosovo.")
    (event,) = record["events"]
    assert event["event"] == "REJECT" and event["cameo"].startswith("12")
    assert codes(event["actor"]) == {"SRB"}


def test_asked_for_act_is_not_an_event_of_its_own(code_text):
    record = code_text("Germany urged Iran to release the detained journalists.")
    assert [e["event"] for e in record["events"]] == ["REQUEST"]


def test_future_cooperation_becomes_intent(code_text):
    event = only_event(code_text("China will provide economic aid to Laos."), "03")
    assert event["event"] == "AGREE"
    assert event["modality"]["future"] is True


def test_hypothetical_attack_is_a_threat(code_text):
    # PLOVER: a conditional attack is THREATEN, not ASSAULT plus a flag.
    record = code_text("If the talks fail, Azerbaijan could attack Armenia.")
    event = only_event(record, "138")
    assert event["event"] == "THREATEN" and event["modality"]["hypothetical"] is True
    assert codes(event["actor"]) == {"AZE"} and codes(event["recipient"]) == {"ARM"}


def test_historical_aggregate(code_text):
    record = code_text("About 40 agreements have been signed between Armenia and Iran to date.",
                       date=datetime(2024, 3, 1))
    event = only_event(record, "057")
    assert event["modality"]["historical"] is True
    assert event["event"] == "AGREE"
    assert codes(event["actor"]) == {"ARM", "IRN"}


def test_explanation_names_lexicon_entry_and_words(code_text):
    event = only_event(code_text("Poland criticised Belarus over the border crisis."), "111")
    assert "10-14_conflict_verbal.tsv line" in event["explanation"]
    assert "'criticised'" in event["explanation"]
    assert "POL from 'Poland'" in event["explanation"]


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 2-1 at Stanford Bridge on Saturday.",
    "Heavy rain is expected across Scotland and Wales this weekend.",
    "Apple launched a new phone with a faster chip in California.",
])
def test_no_political_interaction_no_event(code_text, text):
    assert code_text(text)["events"] == []


def test_contexts_from_the_sentence(code_text):
    event = only_event(code_text("Japan imposed sanctions on North Korean banks, the trade ministry said."), "1")
    assert "economic" in event["contexts"]
    assert "context economic from" in event["explanation"]


@pytest.mark.parametrize("text", [
    "New Zealand will meet Wales in the Six Nations match at the Millennium Stadium.",
    "France attacked from the kick-off and Ireland could not hold them.",
])
def test_countries_as_sports_teams_are_not_states(code_text, text):
    assert code_text(text)["events"] == []


def test_sport_words_do_not_hide_state_bodies(code_text):
    record = code_text("The Greek government banned Turkish fans from the football match in Athens.")
    assert [e["event"] for e in record["events"]] == ["COERCE"]


def test_official_without_a_country_takes_the_sentence_country(code_text):
    # Not in the persons table, no country in the title: the one country named codes him.
    event = only_event(code_text("Interior Minister Jorge Ramirez imposed a curfew on three towns in Paraguay."), "17")
    assert {(a["code"], a["sector"]) for a in event["actor"]} == {("PRY", "GOV")}
    assert "in a Paraguay context" in event["explanation"]


def test_own_forces_are_not_a_target(code_text):
    # The police are not the target; deployed in its own capital, the act is domestic, so the
    # country itself is (CAMEO's domestic coding).
    event = only_event(code_text("Kenya deployed riot police across Nairobi ahead of the vote."), "15")
    assert [(r["code"], r["sector"]) for r in event["recipient"]] == [("KEN", None)]


def test_reported_obligation_is_a_demand(code_text):
    event = only_event(code_text("Russia said on Tuesday that Sudan must return the captured helicopter."), "10")
    assert event["event"] == "REQUEST"
    assert codes(event["actor"]) == {"RUS"} and codes(event["recipient"]) == {"SDN"}


def test_unknown_bomber_is_an_unidentified_force_where_it_struck(code_text):
    event = only_event(code_text("Three US soldiers were killed by a roadside bomb near Samarra."), "19")
    assert {(a["code"], a["sector"]) for a in event["actor"]} == {("IRQ", "UAF")}
    assert codes(event["recipient"]) == {"USA"}
    assert event["modality"]["historical"] is False


def test_protest_with_no_other_party_is_domestic(code_text):
    event = only_event(code_text("Thousands of Serbian students protested in Belgrade on Saturday."), "14")
    assert codes(event["actor"]) == {"SRB"} and codes(event["recipient"]) == {"SRB"}
    assert "domestic" in event["explanation"]


def test_joint_acts_have_no_place_target(code_text):
    event = only_event(code_text("Iranian and Saudi officials held talks in Baghdad on Friday."), "04")
    assert event["recipient"] == []


@pytest.mark.parametrize("text, cameo", [
    ("German Foreign Minister Annalena Baerbock condemned Houthi attacks on shipping in the Red Sea.", "11"),
    ("Russia accused Ukraine of attacking the Zaporizhzhia nuclear plant with drones.", "11"),
    ("Egypt and Qatar mediated negotiations between Israel and Hamas in Cairo.", "04"),
])
def test_an_event_named_as_the_topic_of_another_is_not_a_second_event(code_text, text, cameo):
    events = code_text(text)["events"]
    assert len(events) == 1 and events[0]["cameo"].startswith(cameo), [e["cameo"] for e in events]


def test_coordinated_acts_stay_separate_events(code_text):
    events = code_text("Serbian police arrested two activists and beat protesters in Belgrade.")["events"]
    assert len(events) == 2


def test_own_forces_by_possessive_do_not_cancel_the_event(code_text):
    event = only_event(code_text("Russia put its nuclear forces on high alert."), "15")
    assert codes(event["actor"]) == {"RUS"} and event["recipient"] == []


def test_a_named_person_of_the_same_country_is_a_recipient(code_text):
    event = only_event(code_text("Authorities in Pakistan placed opposition leader Imran Khan under house arrest."), "17")
    assert codes(event["actor"]) == {"PAK"}
    assert [r["name"] for r in event["recipient"]] == ["Imran Khan"]


def test_announced_withdrawal_from_a_mission_is_a_threat_to_halt_involvement(code_text):
    record = code_text("Italy warned it could pull its soldiers out of the UN mission in Lebanon.")
    event = only_event(record, "13")
    assert event["cameo"] == "136"
    assert codes(event["actor"]) == {"ITA"}
