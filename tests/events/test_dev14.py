"""Sub-codes and a talks target from the wire_dev_14 session, each on team-written sentences.

Accusations split by what is alleged (a foreign service recruiting locals is espionage, executing
captured soldiers a war crime, rebellion and conspiracy crimes, a violation of sovereignty
aggression); a law to withdraw or amend is a change of policy asked for or refused; a refused
request to move military cargo is military cooperation refused; stopped deliveries of fighter-jet
parts are military assistance cut; help to train an army or build a military base is military
cooperation promised; cutting electricity tariffs at home is a change of policy. A country named in
what talks are about is no party to them, and two bodies of one state talking are that state's
affair.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    ("Latvia's security police accused Russian intelligence of recruiting local citizens to paint graffiti on "
     "public buildings, the agency said.", ("1125", {"LVA"}, {"RUS"})),
    ("Kyiv accused Russian troops of executing captured Ukrainian soldiers near Bakhmut.",
     ("1124", {"UKR"}, {"RUS"})),
    ("Bolivian prosecutors accused former interim president Jeanine Anez of rebellion and "
     "conspiracy over the 2019 crisis.", ("1121", {"BOL"}, {"BOL"})),
    ("Syria accused Israel of a blatant violation of its sovereignty after a missile strike near Damascus.",
     ("1123", {"SYR"}, {"ISR"})),
    ("Poland rejected European Union calls to withdraw its law on judicial appointments.",
     ("1232", {"POL"}, {"IGOEEC"})),
    ("The European Commission demanded that Slovakia amend its media law, which it said curbed press "
     "freedom.", ("1042", {"IGOEECCOM"}, {"SVK"})),
    ("Georgia's government turned down Russia's request to send military cargo to its bases in Armenia "
     "through Georgian airspace.", ("1212", {"GEO"}, {"RUS"})),
    ("Belgium halted deliveries of fighter jet parts to Turkey after a court ruling on Wednesday.",
     ("1622", {"BEL"}, {"TUR"})),
    ("China offered to help Cambodia build a military base and train its army, the Cambodian defence "
     "ministry said.", ("0312", {"CHN"}, {"KHM"})),
    ("Pakistan's government pledged to cut electricity tariffs for households from next month.",
     ("0342", {"PAK"}, {"PAK"})),
    ("Officials from Addis Ababa and the Tigray regional administration resumed talks on reopening trade "
     "routes through Eritrea on Monday.", ("046", {"ETH"}, {"ETH"})),
])
def test_dev14_rules(code_text, text, expected):
    assert expected in _found(code_text(text)), _found(code_text(text))


@pytest.mark.parametrize("text, code", [
    # Human rights abuses stay 1122: "rights" keeps a violation from being aggression.
    ("Amnesty accused Iran of a flagrant violation of human rights in its crackdown on protesters.", "1123"),
    # Troops to be withdrawn are de-escalation asked for (1056), not a change of policy.
    ("NATO demanded that Russia withdraw its troops from the Ukrainian border.", "1042"),
])
def test_dev14_not_recoded(code_text, text, code):
    assert code not in [c for c, _who, _whom in _found(code_text(text))], _found(code_text(text))


def test_place_in_topic_of_talks_is_no_party(code_text):
    found = _found(code_text("Iraqi negotiators resumed talks on restarting oil exports through Turkey on "
                             "Sunday."))
    assert found and all("TUR" not in whom for _code, _who, whom in found), found


def test_mediated_parties_named_in_topic_stay(code_text):
    found = _found(code_text("A Chinese envoy brokered talks on sharing oil revenues between Sudan and South Sudan."))
    assert any(code == "045" and "SDN" in whom for code, _who, whom in found), found


def test_body_to_be_joined_stays_party_and_buyers_counterpart(code_text):
    # A body to be joined, named in what the talks are about, is the other side of them; so is the
    # owner of what a firm is in talks to buy.
    found = _found(code_text("Albania opened talks on joining the European Union on Tuesday."))
    assert any(code.startswith("04") and "IGOEEC" in whom for code, _who, whom in found), found
    found = _found(code_text("Gazprom is in talks to buy Serbia's state oil company."))
    assert ("046", {"RUS"}, {"SRB"}) in found, found
