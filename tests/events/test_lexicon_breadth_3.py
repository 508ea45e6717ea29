"""Lexicon breadth, round 3: 1990s-2000s wire phrasings. Exhumed graves and reopened or
widened inquiries, people snatched, gun battles, nuclear devices exploded, aid trucked,
lists swapped, signatures put to accords, peacekeepers pulling out, troops firing on
crowds, motorcades attacked, civilians driven across a border, intentions signalled; with
the sport, business and everyday uses of the same words that must not code.

Team-written sentences: the CAMEO code prefix, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 09: investigations opened, reopened, widened.
    # (Prosecutors investigate crime, 091: sixth session.)
    ("Chilean prosecutors reopened the investigation into the killing of a Spanish diplomat.", "091", "ACCUSE",
     {"CHL"}, None),
    ("A Croatian state commission began looking into the fate of hundreds of missing Serbs.", "090", "ACCUSE",
     {"HRV"}, None),
    # 08: weapons handed over to peacekeepers (demobilisation).
    ("Liberian rebels handed over the rest of their weapons to U.N. peacekeepers.", "0873", "RETREAT", {"LBR"}, None),
    # 05 / 04: signatures, hosting, telephone consultations.
    ("The presidents of Peru and Ecuador put their signatures to the border treaty in Brasilia.", "057", "SUPPORT",
     {"PER", "ECU"}, None),
    ("Jordan played host to the Palestinian president for talks in Amman.", "043", "CONSULT",
     {"JOR"}, {"PSE"}),
    ("The German chancellor got on the phone to the Russian president on Monday.", "041", "CONSULT",
     {"DEU"}, {"RUS"}),
    # 06 / 07: material cooperation.
    ("Pakistan trucked blankets and tents across the border to Afghanistan.", "073", "AID", {"PAK"}, {"AFG"}),
    ("Italian police shared wiretap transcripts with Albania.", "064", "COOPERATE", {"ITA"}, {"ALB"}),
    ("Moscow resumed oil deliveries to Belarus after a three-day halt.", "061", "COOPERATE", {"RUS"}, {"BLR"}),
    ("Kyrgyzstan extended the lease on the Russian air base at Kant.", "062", "COOPERATE", {"KGZ"}, {"RUS"}),
    ("Greece and Turkey deepened their defence ties.", "062", "COOPERATE", {"GRC", "TUR"}, None),
    # 18 / 19 / 20: force.
    ("Ugandan rebels snatched district governor Peter Okello near Gulu.", "181", "ASSAULT", {"UGA"}, None),
    ("Gunmen fired rockets at the Afghan president's motorcade in Kandahar.", "185", "ASSAULT", {"AFG"}, {"AFG"}),
    ("India exploded three nuclear devices at Pokhran.", "2042", "ASSAULT", {"IND"}, None),
    ("Liberian troops drove thousands of civilians across the border into Guinea.", "201", "ASSAULT", {"LBR"}, None),
    # 14 / 17: crowds.
    ("Indonesian troops fired on crowds of students in Jakarta.", "175", "ASSAULT", {"IDN"}, None),
    ("Hungry Somalis stormed warehouses in Mogadishu.", "145", "PROTEST", {"SOM"}, None),
])
def test_lexicon_breadth_3(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


def test_peacekeepers_pulling_out_is_a_withdrawal_of_peacekeepers(code_text):
    record = code_text("The last U.N. peacekeepers pulled out of Haiti on Friday.")
    assert [e["cameo"] for e in record["events"]] == ["1661"]


def test_soldiers_marching_out_is_a_retreat(code_text):
    # Out of a city held in war, even its last soldiers: a retreat (0874).
    record = code_text("The last Russian soldiers marched out of the city of Kherson on Friday.")
    assert [e["cameo"] for e in record["events"]] == ["0874"]


def test_last_stationed_soldiers_leaving_their_host_is_a_withdrawal(code_text):
    # The Cuban force was in Angola at its government's request: its last soldiers leaving end a
    # guest force's stay (166, the codebook's note to 166; bench/data/README.md convention 17).
    record = code_text("The last Cuban soldiers marched out of Angola on Tuesday.")
    assert [e["cameo"] for e in record["events"]] == ["166"]


@pytest.mark.parametrize("text", [
    "The striker snatched a late winner for Arsenal.",
    "Thieves snatched her handbag in the car park.",
    "The two teams fought a running battle for the title all season.",
    "Police fired questions at the singer outside the court.",
    "The company shipped barrels of whisky to Japan.",
    "The band played host to thousands of fans at Wembley.",
    "The coach got on the phone to his agent.",
    "Fans poured into the stadium to celebrate the win.",
    "Shoppers stormed the shop when the sale opened.",
    "The investigators widened the road near the bridge.",
])
def test_no_event_from_the_same_words_round_4(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
