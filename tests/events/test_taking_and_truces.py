"""Named towns taken by armed men, and truces that come into force.

A town the tagger takes for a person ("seized Goma", "captured Avdiivka") is still ground taken
(192) when the lexicon frame says the object is itself a place (``obj=__PLACE__``); a person, a
vessel, a nation's goods or what a town owns is not. A ceasefire or truce is declared (0871) when
it is the subject of a verb saying that it came about (``subjof=take:effect``, "came into force",
"held"), not when it collapsed or is only what talks are about.

Team-written sentences in the style of agency copy.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, dyads


@pytest.mark.parametrize("text, actor, recipient", [
    ("M23 rebels seized Goma, the largest city in eastern Congo, on Monday after a lightning advance.",
     {"CODM23"}, {"COD"}),
    ("Russian forces captured Avdiivka after months of heavy fighting, the defence ministry in Moscow said.",
     {"RUS"}, {"UKR"}),
    ("Boko Haram jihadists seized Monguno, a garrison town in northeastern Nigeria, on Sunday.",
     {"NGABKH"}, {"NGA"}),
    ("Al-Shabaab militants overran Kismayo overnight, a Somali military officer said.", {"SOMSHB"}, {"SOM"}),
])
def test_named_town_taken_by_armed_men(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "192", actor, recipient)


@pytest.mark.parametrize("text", [
    "Ukrainian troops retook Kherson on Friday.",
    "Sudanese army troops retook Wad Madani on Saturday.",
])
def test_town_retaken(code_text, text):
    assert any(cameo == "192" for cameo, _, _ in dyads(code_text(text))), dyads(code_text(text))


@pytest.mark.parametrize("text", [
    # a person, a vessel, a nation's goods, what a town owns
    "Police seized Kenya's former finance minister at his home in Nairobi.",
    "Rebels seized Goma's gold reserves from the central bank vault.",
    "Somali pirates seized the tanker Sirius Star off the coast of Kenya.",
    "Armenian forces seized Azerbaijani cattle and farm machinery in raids on villages near the border.",
    "Taliban insurgents seized 23 South Korean church volunteers travelling by bus on the Kabul-Kandahar highway.",
    "Iranian naval forces seized a Marshall Islands-flagged oil tanker in the Gulf of Oman, the U.S. Navy said.",
])
def test_taking_what_is_no_place(code_text, text):
    assert not any(cameo == "192" for cameo, _, _ in dyads(code_text(text))), dyads(code_text(text))


@pytest.mark.parametrize("text, actor", [
    ("A ceasefire between Israel and Hezbollah took effect at dawn on Wednesday after more than a year of "
     "cross-border fighting.", {"ISR", "LBNHEZ"}),
    ("A ceasefire between Azerbaijan and Armenia went into effect at midnight.", {"AZE", "ARM"}),
    ("The truce between India and Pakistan held on Sunday despite sporadic shelling.", {"IND", "PAK"}),
])
def test_truce_that_came_about(code_text, text, actor):
    assert_dyad(code_text(text), "0871", actor, set())


@pytest.mark.parametrize("text", [
    "The ceasefire between Armenia and Azerbaijan collapsed.",
    "The ceasefire between Israel and Hamas did not hold.",
    "Talks on a ceasefire between Russia and Ukraine resumed in Istanbul.",
])
def test_truce_not_declared(code_text, text):
    assert not any(cameo == "0871" for cameo, _, _ in dyads(code_text(text))), dyads(code_text(text))


@pytest.mark.parametrize("text, actor, recipient", [
    # In the passive the "by" agent is the one who takes the town, and may meet the frame's subj=.
    ("Kherson was captured by Russian troops in early March.", {"RUS"}, {"UKR"}),
    ("Monguno was seized by Boko Haram jihadists on Sunday.", {"NGABKH"}, {"NGA"}),
    # A wire spelling the bundled gazetteer lacked (place_aliases.tsv), in a clause a report hangs on.
    ("Houthi rebels overran Hodeidah overnight, local officials said.", {"YEMHOU"}, {"YEM"}),
])
def test_town_taken_in_the_passive_or_reported(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "192", actor, recipient)


@pytest.mark.parametrize("text", [
    "The former governor was seized by police at his villa in Goma.",
    "Two oil tankers were seized by Iranian naval forces in the Strait of Hormuz.",
    "Goma's gold reserves were seized by M23 rebels.",
])
def test_passive_taking_of_what_is_no_place(code_text, text):
    assert not any(cameo == "192" for cameo, _, _ in dyads(code_text(text))), dyads(code_text(text))


def test_palmyra_is_the_syrian_town(code_text):
    # The bare name was resolved to small US towns of that name before Tadmur's alias.
    record = code_text("Islamic State fighters captured Palmyra in May, a monitoring group said.")
    assert any(cameo == "192" and "SYR" in recipient for cameo, _, recipient in dyads(record)), dyads(record)
