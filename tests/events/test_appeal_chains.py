"""An appeal whose infinitive is another appeal ("urged the UN to press Israel to withdraw"):
what those appealed to are asked to do is part of the appeal, so the one event is the first
speaker's, aimed at those it appeals to. An intent governing an act of its own doer ("agreed to
sign") still keeps the governed act's code."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad


@pytest.mark.parametrize("text, actor, recipient", [
    ("Lebanon's ambassador urged the United Nations to press Israel to withdraw from the Shebaa Farms.",
     {"LBN"}, {"IGOUNO"}),
    ("The Arab League called on the United States to pressure Israel to halt settlement building.",
     {"IGOARL"}, {"USA"}),
    ("Ukraine asked the European Union to urge Moscow to free the detained sailors.", {"UKR"}, {"IGOEEC"}),
    ("Kenya appealed to the African Union to persuade Sudan to reopen the border.", {"KEN"}, {"IGOAFU"}),
])
def test_an_appeal_to_appeal_is_the_first_speakers(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "02", actor, recipient)


def test_an_appeal_takes_the_specific_code_of_what_it_asks(code_text):
    record = code_text("Lebanon's ambassador urged the United Nations to press Israel to withdraw from the "
                       "Shebaa Farms.")
    (event,) = record["events"]
    assert event["cameo"] == "0256"


@pytest.mark.parametrize("text, cameo", [
    # the governed act is the intent's own: the more specific code stays
    ("Georgia agreed to sign a free trade deal with Turkey next month.", "03"),
    ("Serbia pledged to extradite the suspects to The Hague.", "03"),
])
def test_an_intent_keeps_its_own_governed_act(code_text, text, cameo):
    record = code_text(text)
    assert [e["cameo"][:2] for e in record["events"]] == [cameo]
