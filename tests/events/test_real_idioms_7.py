"""What is done in real news, round 7 (fourteenth session): a hostile deed another party is claimed,
charged, stated or insisted to have done, or to have been "behind", is an accusation (112, split
by kind); a military intervention is force used (190); a part of the body or mind owned by
someone ("her mind is shot") is not an actor acted on; the loss condolences answer, what happened
to "those" or to people a participle before the noun describes, and an act named after "after",
"following", "amid" or "despite" are background. Team-written sentences; each row of the first
table failed before, and so did most rows of the background table. Sentences with the same words
that tell no act, or another act, must stay as they are."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A deed of another party told by a verb of alleging: an accusation (codebook 112 "charge,
    # blame"; 1123 when the deed is aggression), from the speaker to whom the clause names.
    ("The Georgian parliament speaker stated that Azerbaijan had mined the border.", "112", {"GEO"}, {"AZE"}),
    ("The Ukrainian defence ministry claimed that Russian forces had shelled the port overnight.", "1123", {"UKR"},
     {"RUS"}),
    ("Pakistan charged that India had sponsored the attack on its consulate in Kabul.", "112", {"PAK"}, {"IND"}),
    ("Iran maintained that Israel had sabotaged the Natanz facility.", "112", {"IRN"}, {"ISR"}),
    ("Kyiv insisted that Russian troops had shelled the nuclear plant.", "1123", {"UKR"}, {"RUS"}),
    # ... or to have carried out or committed a deed the object names.
    ("Turkey's interior minister claimed that Syrian Kurdish militants had carried out the bombing in Istanbul.",
     "1123", {"TUR"}, None),
    ("Ukraine stated that Russian forces had committed war crimes in Bucha.", "1124", {"UKR"}, {"RUS"}),
    # Saying another party was "behind" a deed blames it (112; N013 of the wire sets: "accused ...
    # of being behind an attempt to kill him" is 112).
    ("Pakistan said India was behind the bombing in Quetta.", "1123", {"PAK"}, {"IND"}),
    ("China said the United States was behind the cyberattacks.", "112", {"CHN"}, {"USA"}),
    # A military intervention, or one in another's war, is force used (190).
    ("Saudi Arabia has led a military intervention in Yemen's civil war.", "190", {"SAU"}, {"YEM"}),
    ("Russia's intervention in Syria's civil war turned the tide for Assad.", "190", {"RUS"}, {"SYR"}),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=True)


@pytest.mark.parametrize("text, code", [
    # Under a plain "said" the deed itself is coded (the wire sets' convention).
    ("Ukrainian officials said Russian forces had violated the truce by shelling frontline positions.", "196"),
    # A deed only foreseen is no accusation.
    ("Iran claimed that Israel would attack its nuclear sites.", "138"),
    # A party's claim of its own deed is the deed.
    ("Hamas claimed that it had fired rockets at Tel Aviv.", "19"),
    # An offensive launched, told under a plain "said", stays force used (not the verdict "offensive").
    ("Ethiopian troops launched an offensive against Tigrayan forces in the north, a military spokesman said.",
     "190"),
    # A warning of what one would launch stays a threat.
    ("Russia warned that it would launch an attack on Kyiv.", "138"),
    # A demand told by "insisted" stays a demand.
    ("Ankara insisted that Stockholm extradite the militants.", "1013"),
    # A person shot is still an act of force; police shooting a protester is violent repression
    # (175), as the code book's 175 and probe 41 have it.
    ("Police shot a protester in the leg in Nairobi.", "175"),
])
def test_nearby_codes_unchanged(code_text, text, code):
    record = code_text(text)
    assert any(e["cameo"].startswith(code) for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    # A deed denied, or only foreseen, is not alleged.
    "Russia claimed that Ukraine had not shelled the plant.",
    "Iran claimed that Israel would attack its nuclear sites.",
    # A party's claim of its own deed.
    "Hamas claimed that it had fired rockets at Tel Aviv.",
    "Hamas said it was behind the attack on the checkpoint.",
    "Israel claimed that it had carried out a raid in Jenin.",
    # Behind bars, behind schedule, or not behind it at all.
    "The Egyptian ministry said the opposition leader was behind bars.",
    "Moscow said the Turkish pipeline project was behind schedule.",
    "Russia said Ukraine was not behind the drone attack.",
])
def test_no_accusation(code_text, text):
    record = code_text(text)
    assert not any(e["cameo"].startswith("112") for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    # A worn-out mind, nerves or knees: nobody is shot.
    'The Iranian president said of Netanyahu, "His mind is shot."',
    'Obama urged the senator to step down and said, "His mind is shot."',
    "His nerves are shot after the final, the coach said.",
    "The veteran striker admitted that his knees were shot.",
    # A central bank's intervention in a market is no force.
    "The central bank's intervention in the currency market lifted the yen.",
])
def test_same_words_elsewhere_stay_uncoded(code_text, text):
    record = code_text(text)
    assert not any(e["cameo"][:2] in ("11", "19") for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text, background", [
    # The loss that condolences or sympathy answer is background, not an act the sentence tells.
    ("The Russian president expressed his condolences over the Nice massacre.", "20"),
    ("The Chilean foreign minister offered his sympathy after the bombing in Lima.", "18"),
    # What happened to "those" a participle describes is background too.
    ("The families of those abducted by Boko Haram urged the Nigerian government to negotiate.", "18"),
    # A participle after a count says what had happened to those counted.
    ("Nigeria's army rescued 20 kidnapped students.", "18"),
    # A participle that opens the object of a preposition, too.
    ("The Pope prayed for murdered Mexican priests.", "19"),
    # An act named after "after", "following", "amid" or "despite" sets the scene of the clause.
    ("Security was tightened in Kabul following the bombing of the Indian embassy.", "18"),
    ("The talks resumed in Geneva amid Russian shelling of Kharkiv.", "19"),
])
def test_background_not_coded(code_text, text, background):
    record = code_text(text)
    assert not any(e["cameo"].startswith(background) for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text, code", [
    # Condemning an act is still the condemnation; solidarity over it is still support.
    ("The French president condemned the massacre in Kabul.", "111"),
    ("Turkey expressed solidarity with Azerbaijan over the Armenian shelling of Ganja.", "051"),
    # The act of the clause a scene-setting phrase hangs on is still told.
    ("Palestinian negotiators broke off talks with Israel after an Israeli air strike in Gaza.", "164"),
])
def test_mourned_acts_leave_the_main_act(code_text, text, code):
    record = code_text(text)
    assert any(e["cameo"] == code for e in record["events"]), dyads(record)
