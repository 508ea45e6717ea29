"""Missed events and wrong roots (twenty-fifth session): one official expelled (174; one diplomat
expelled is 161 since the thirty-fourth session, bench/data/README.md convention 14),
a state's move defended in words (052), a peacekeeping contingent received (0861), a court
warrant ignored (128), forces ordered onto alert (152) and a finding that a state's acts amount
to genocide (1124). Team-written sentences of the shapes wire_dev_13 showed."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # One official sent out: 174. One diplomat, of any rank, sent out: 161 (convention 14, from the
    # codebook's notes to 166 and 174).
    ("Australia expelled an Iranian diplomat on Thursday after accusing Tehran of plotting attacks.",
     "161", {"AUS"}, {"IRN"}),
    ("Mali's junta expelled the head of the United Nations mission, the foreign ministry said.",
     "174", {"MLI"}, {"IGOUNO"}),
    # Many diplomats, an ambassador, or a diplomat sent out along with another cut of ties: 161.
    ("Germany expelled three Russian diplomats in response to the arrest of a suspected spy.",
     "161", {"DEU"}, {"RUS"}),
    ("Saudi Arabia expelled Canada's ambassador on Monday.", "161", {"SAU"}, {"CAN"}),
    ("Lithuania expelled a Russian diplomat and closed the consulate in Klaipeda.", "161", {"LTU"}, {"RUS"}),
])
def test_expulsions_of_one_and_of_many(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A state's move defended in words is support for its owner (052).
    ("Russia's foreign ministry defended Belarus's expansion of its air base near the border.",
     "052", {"RUS"}, {"BLR"}),
    # A contingent received for a peacekeeping mission: the contributor is the recipient (0861).
    ("Sudan received a battalion of Kenyan soldiers for the regional peacekeeping force on Saturday.",
     "0861", {"SDN"}, {"KEN"}),
    # A court's warrant ignored or defied: 128 against the court.
    ("Hungary ignored an ICC warrant for the arrest of the Israeli prime minister.", "128", {"HUN"}, {"IGOICC"}),
    # Forces ordered onto alert (152); the fire they are to be ready for is no threat of its own.
    ("Iran ordered its navy to be ready for any American attack in the Gulf.", "152", {"IRN"}, {"USA"}),
    ("Japan's defence ministry ordered its forces to be ready to shoot down any debris from a "
     "North Korean rocket launch.", "152", {"JPN"}, {"PRK"}),
    # A finding that a state's acts amount to genocide accuses it of war crimes (1124).
    ("A U.N. commission concluded that Israel's conduct in Gaza amounts to genocide.", "1124", {"IGOUNO"}, {"ISR"}),
])
def test_missed_acts(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_alert_is_not_a_stay(code_text):
    # Troops told to stay somewhere are not put on alert.
    assert not any(code.startswith("152") for code, _, _ in dyads(code_text("Moscow ordered its troops to stay in Syria.")))


def test_defending_a_town_is_not_verbal_support(code_text):
    assert not any(code == "052" for code, _, _ in dyads(code_text(
        "Ukrainian troops defended the town of Bakhmut against Russian assaults.")))


def test_massacre_reported_is_no_accusation(code_text):
    # "X massacred civilians, a U.N. report said": the massacre, not a finding of genocide.
    record = code_text("Government soldiers massacred hundreds of ethnic Nuer civilians in Juba, a U.N. report said.")
    assert not any(code == "1124" for code, _, _ in dyads(record))


def test_received_troops_without_mission_is_not_peacekeeping(code_text):
    assert not any(code == "0861" for code, _, _ in dyads(code_text(
        "Russia received a shipment of North Korean artillery shells on Monday.")))


def test_signing_of_a_pact_between_two_states(code_text):
    # "the signing of an agreement between X and Y took place": X and Y sign it together (057).
    record = code_text("The signing of a defence cooperation treaty between Japan and the Philippines took place "
                       "in Manila on Monday.")
    assert dyads(record) == [("057", {"JPN", "PHL"}, set())]


def test_a_killing_between_villages_has_no_joint_parties(code_text):
    record = code_text("The killing of a soldier between the two villages angered Israel.")
    assert not any(code == "057" for code, _, _ in dyads(record))
