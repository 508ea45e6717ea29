"""Who acts in political prose (eleventh session, round 2): roles named only by their title
beside the politicians of one country ("The senator condemned Trump"), a party word on a role
("Republican lawmakers"), a state named only in what the act is about ("questioned Obama's
commitment to Israel"), a person's critics and rivals, a relative clause or apposition that says
whose a person is, and a scene-setting phrase before the subject ("On Twitter, …"). Team-written
sentences; each positive row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A party word on the role says whose it is.
    ("Republican lawmakers condemned Trump.", "111", {"USA"}, {"USA"}),
    ("Tory MPs criticised the Labour leader's plan.", "111", {"GBR"}, {"GBRLAB"}),  # organisations.tsv: Labour
    # No state and no place named: the role is of the one country of the politicians beside it.
    ("The senator denounced Obama.", "111", {"USA"}, {"USA"}),
    ("A group of senators urged Clinton to apologize.", "02", {"USA"}, {"USA"}),
    # A state named only in what the act is about does not say whose the senator is.
    ("The senator questioned Obama's commitment to Israel.", "111", {"USA"}, {"USA"}),
    # A person's critics and rivals are of the person's country.
    ("Clinton's critics accused her of lying.", "112", {"USA"}, {"USA"}),
    ("Putin's rivals condemned the verdict against Navalny.", "111", {"RUS"}, {"RUS"}),
    # Party candidates acted on, beside the politician who acts.
    ("Sanders, who recently founded a new group, has endorsed several congressional candidates.", "051",
     {"USA"}, {"USA"}),
    # A relative clause of being says whose a person is, as an apposition would.
    ("Ted Hollis, who is a pastor in Ohio, condemned the Girl Scouts for promoting abortion.", "111",
     {"USA"}, {"USA"}),
    # Where a person's kin died is not the person's home; the kin's demonym is.
    ("Mary Dawson, the mother of an American killed in Syria, sued the Syrian government.", "115",
     {"USA"}, {"SYR"}),
])
def test_who_acts(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # "On Twitter, …" sets the scene: no "call on" appeal.
    "On Twitter, Trump called the judge biased.",
    "On Sunday, Obama called the governor.",
    # A state's rivals are other states: still nobody to code.
    "Russia's rivals criticized the sanctions.",
])
def test_nothing_to_code(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # What must stay: a fronted time phrase does not hide "call on" after the subject.
    # (Since round 4 of "who acts", Congress acted on by Obama is of Obama's country.)
    ("On Monday, Obama called on Congress to act.", "020", {"USA"}, {"USA"}),
    # A role as object keeps the old reading (not the country of the persons beside it).
    ("Iran's foreign minister criticized the senator.", "111", {"IRN"}, {"IRN"}),
])
def test_unchanged(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, actor", [
    # Remarks regretted or retracted are an apology (055); a decision regretted is not.
    ("Governor Ann Pryce regretted her remarks about Obama.", {"USA"}),
    ("The senator retracted his comments about Obama.", {"USA"}),
])
def test_remarks_regretted(code_text, text, actor):
    record = code_text(text)
    assert [e["cameo"] for e in record["events"]] == ["055"], dyads(record)
    assert {a["code"] for a in record["events"][0]["actor"]} == actor


def test_decision_regretted_is_no_apology(code_text):
    assert code_text("Obama regretted the decision.")["events"] == []
