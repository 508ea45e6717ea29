"""What is done in real news, round 11 (twenty-third session). A person charged with an offence
by the police, a court or "the authorities", or in a passive whoever brought it, is prosecuted
(CAMEO 173), while one party charging another with a crime in words stays an accusation (112);
a ban on trade suspended or lifted eases an economic sanction (085), a ban or curb suspended
eases an administrative one (081); a threat dropped or withdrawn is a climb-down (080).
Team-written sentences; each row of the first table failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Charged by the police or the authorities, or in the passive: a prosecution (173).
    ("Belarusian police charged two opposition activists with organising an illegal rally.", "173",
     {"BLR"}, {"BLR"}),
    ("The Azerbaijani authorities charged the journalist with tax evasion.", "173", {"AZE"}, {"AZE"}),
    ("Chinese authorities charged the Taiwanese businessman with espionage.", "173", {"CHN"}, {"TWN"}),
    ("Three executives of the Japanese bank Mizuho were charged with concealing losses.", "173",
     {"JPN"}, {"JPN"}),
    # A ban on trade or imports suspended or lifted: economic sanctions eased (085).
    ("Washington suspended its ban on imports from Iran.", "085", {"USA"}, {"IRN"}),
    ("The EU lifted its ban on imports of British beef.", "085", {"IGOEEC"}, {"GBR"}),
    # A ban on rallies suspended at home: restrictions on political freedoms eased (0811).
    ("The Georgian government suspended the ban on street rallies in Tbilisi.", "0811", {"GEO"}, None),
    # A threat dropped: the actor backs down (080).
    ("Turkey dropped its threat to block Sweden's bid to join NATO.", "080", {"TUR"}, None),
    ("Hungary withdrew its threat to veto the EU budget.", "080", {"HUN"}, None),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, not_code", [
    # One state charging another with crimes is an accusation, not a prosecution.
    ("Bosnia's president charged Belgrade with complicity in war crimes.", "17"),
    # Men charged over an attack, inside a request to extradite them: no new prosecution told.
    ("Russia rejected a British request to extradite two men charged over the poisoning.", "17"),
    # A phone charged, a fee charged: no offence.
    ("The new phone can be charged in fifteen minutes.", "17"),
    ("Customers were charged a fee of ten pounds for the upgrade.", "17"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
