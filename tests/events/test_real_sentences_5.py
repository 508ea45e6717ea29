"""Idioms of real international news (twelfth session, lead engineer), found reading the misses
of the GeoWebNews tuning set `bench/data/real_dev_2.jsonl`: named persons who meet, a call
"for someone to resign" that the parser reads as a clause, praise of a party's role, WTO
challenges, an order to disband a party, taking part in talks, a red carpet laid out, renewed
criticism, blame laid ("held Russia responsible"), sanctions proposed, coordination
strengthened. Team-written sentences; each positive row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Two named persons who meet consult each other (a third country's city: 044).
    ("Obama and Putin met in Helsinki.", "044", {"USA", "RUS"}, set()),
    ("Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Tuesday.", "040", {"RUS", "TUR"}, set()),
    # "for" read as the mark of an infinitive clause: still a call for someone to go.
    ("Kenyan opposition leaders joined activists in calling for the police chief to resign.", "0241",
     {"KEN"}, {"KEN"}),
    # Praise of what a party did.
    ("The United States appreciates Morocco's role in the fight against terrorism.", "051", {"USA"}, {"MAR"}),
    ("Germany appreciated France's efforts to end the crisis.", "051", {"DEU"}, {"FRA"}),
    # A dispute brought before the WTO is a case brought against a state.
    ("China initiated a dispute settlement procedure against the United States.", "115", {"CHN"}, {"USA"}),
    # An order to disband a party bans it.
    ("Malaysian authorities ordered the opposition party to disband.", "1722", {"MYS"}, {"MYS"}),
    # Taking part in talks together.
    ("Russian and Venezuelan officials participated in the negotiations in Caracas.", "046", {"RUS", "VEN"}, set()),
    # A lavish welcome is hosting.
    ("The Trump administration laid out the red carpet for the Saudi crown prince.", "043", {"USA"}, {"SAU"}),
    # Criticism renewed is criticism.
    ("President Macron renewed his criticism of Turkey's offensive in Syria.", "111", {"FRA"}, {"TUR"}),
    # Blame laid on a party, also when the parser reads the small clause as a clause.
    ("Britain held Russia responsible for the poisoning.", "112", {"GBR"}, {"RUS"}),
    ("Ukraine holds Moscow fully responsible for the downing of the airliner.", "112", {"UKR"}, {"RUS"}),
    # Sanctions put forward are threatened, not imposed.
    ("Washington proposed tariffs on 50 billion dollars of Chinese goods.", "1312", {"USA"}, {"CHN"}),
    ("The U.S. Trade Representative proposed to impose a 25 percent tariff on imports from China.", "1312",
     {"USA"}, {"CHN"}),
    # Closer coordination promised is an intent to cooperate.
    ("China and Russia will strengthen coordination on the Korean peninsula issue.", "030", {"CHN", "RUS"}, set()),
])
def test_idioms_of_real_news(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Players meeting in a final are not consulting.
    "Federer and Nadal met in the final in London.",
    # Appreciating a view or weather is not praise of a party.
    "Tourists appreciated the view of Lake Geneva.",
    # Thanks to a colleague named by a pronoun alone names no party.
    "The department's head said he was a valuable adviser and that they appreciated his efforts.",
])
def test_not_events(code_text, text):
    assert code_text(text)["events"] == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A surname the small model tags as a common noun or a verb is still the person the table knows.
    ("Trump on Tuesday urged Iran to comply with the deal.", "02", {"USA"}, {"IRN"}),
    ("Trump met with Kim Jong Un on Tuesday.", "04", {"USA"}, {"PRK"}),
    ("Trump on Friday threatened to slap tariffs on imports from China.", "1312", {"USA"}, {"CHN"}),
])
def test_surnames_tagged_as_words(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
