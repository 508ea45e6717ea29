"""Idioms of political news, round 4 (twelfth session): advice against a course, letters asking
for something, rebelling or bristling against a policy, acquiescing, daring someone to act,
wanting or pressing for answers, saying someone erred, going public with an investigation,
bucking a policy, no-confidence motions, goods bought from a state. Team-written
sentences; each positive row failed before. Sport, arts and business sentences with the same
words must stay uncoded."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, root, actor, recipient", [
    # Advice against a course of action is an appeal (020).
    ("Germany advised Greece against leaving the eurozone.", "02", {"DEU"}, {"GRC"}),
    ("Egypt cautioned Ethiopia against filling the dam.", "02", {"EGY"}, {"ETH"}),
    # A letter to a party asking, seeking, urging, or "for" something is an appeal.
    ("Bangladesh wrote to India asking for the release of detained fishermen.", "02", {"BGD"}, {"IND"}),
    ("The Nepalese government wrote to China for relief supplies.", "02", {"NPL"}, {"CHN"}),
    # Rebelling, revolting, bristling or chafing against a policy is a rejection (12).
    ("Hungary has rebelled against the EU's migrant quotas.", "12", {"HUN"}, None),
    ("Poland bristled at the European Commission's demands.", "12", {"POL"}, None),
    ("Hungary pushed back on the EU's migrant quotas.", "12", {"HUN"}, None),
    # Acquiescing is yielding (08).
    ("Greece acquiesced to the creditors' demands.", "08", {"GRC"}, None),
    ("Greece submitted to the creditors' demands.", "08", {"GRC"}, None),
    # Daring a party to act is a threat (13).
    ("Putin dared Ukraine to try another incursion.", "13", {"RUS"}, {"UKR"}),
    # Wanting a party to answer or explain is a demand for information (101).
    ("Moscow wants London to answer questions about the poisoning.", "10", {"RUS"}, {"GBR"}),
    # Saying that a party erred or blundered is criticism of it (111).
    ("Iran's foreign minister said Washington blundered by leaving the nuclear deal.", "11", {"IRN"}, {"USA"}),
    # Going public (or ahead) with an investigation is an investigation (09).
    ("The FBI went public with an investigation in the spring.", "09", {"USA"}, None),
    # Pressing a party for answers is a demand for information (101).
    ("The EU pressed Turkey for answers on the detention of journalists.", "101", {"IGOEEC"}, {"TUR"}),
    # Bucking a policy or the party line is a rejection (12).
    ("Italy's ruling coalition bucked the European Commission's demands on the budget.", "12", {"ITA"}, None),
    # A no-confidence motion or vote against a leader demands a change of leadership (1041).
    ("Pakistan's opposition filed a no-confidence motion against Prime Minister Imran Khan.", "1041", {"PAK"},
     {"PAK"}),
    ("The Spanish Socialists called a no-confidence vote against Mariano Rajoy.", "1041", {"ESP"}, {"ESP"}),
    # Goods bought from a state, also a share of them ("40 percent of its oil"), are trade (061).
    ("Israel imports roughly 40 percent of its oil from Azerbaijan.", "061", {"ISR"}, {"AZE"}),
    ("Germany buys most of its gas from Russia.", "061", {"DEU"}, {"RUS"}),
])
def test_idioms_coded(code_text, text, root, actor, recipient):
    assert_some_event(code_text(text), root, actor, recipient)


@pytest.mark.parametrize("text", [
    "The striker rebelled against the club's rules and was fined.",
    "Chelsea bristled at the league's new rules on transfers.",
    "The band went public with its plans for a reunion tour.",
    "Shareholders acquiesced in the merger.",
    "The coach advised his players against talking to the press.",
    "Microsoft cautioned investors against expecting a quick recovery.",
    "She wrote to her fans asking for patience.",
    "The actor wrote to the studio asking for a bigger role.",
    "The singer dared her fans to dance.",
    "The manager said the referee erred in sending off his striker.",
    "The goalkeeper said he erred on the first goal.",
    "The striker bucked the trend by scoring twice.",
    "The club bought the striker from Chelsea.",
    "Fans sent a letter to the club asking for cheaper tickets.",
    "The reporter pressed the manager for answers after the defeat.",
    "Shareholders filed a motion against the board's pay plan.",
    "The striker pushed back against the club's new rules.",
    "The player submitted to a drugs test.",
    "The team submitted to the league's demands for a new stadium.",
])
def test_same_words_elsewhere_stay_uncoded(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))
