"""Eighteenth session: who acts in long wire sentences, round 12.

Team-written wire-style sentences (not from the dev, held-out or blind sets). Each positive case
failed before its change; the negative ones guard the near misses each change must leave alone.
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A group of states with no code keeps a venue or a place from standing in for it.
    ("The West and Iran opened a fresh round of nuclear talks in Almaty on Friday.", "04", {"IRN"}, set()),
    ("Iran and world powers resumed negotiations in Lausanne after a two-day pause.", "04", {"IRN"}, set()),
    ("Moscow accused Western powers of double standards over the referendum in Crimea.", "11", {"RUS"}, set()),
    # A person the tables do not know, joined to another under a plural title, takes no country
    # from the sentence.
    ("Foreign Ministers Alexander Downer and Winston Peters condemned the coup in Fiji.", "11", {"AUS"},
     {"FJI"}),
    # A known person titled by a transnational movement is of the person's own state.
    ("Egyptian security forces detained Muslim Brotherhood leader Mohamed Badie in Nasr City.", "17", {"EGY"},
     {"EGY"}),
    # An act told as the subject with its "by" is done by the "by".
    ("A state visit by Indian Prime Minister Narendra Modi to Israel was confirmed by Jerusalem on Sunday.",
     "04", {"IND"}, {"ISR"}),
    # An act, or the decision to do it, announced by its doer.
    ("The decision to expel three Lithuanian diplomats was announced by the Belarusian foreign ministry.",
     "16", {"BLR"}, {"LTU"}),
    ("The expulsion of two Dutch diplomats was announced by the Russian foreign ministry on Tuesday.", "16",
     {"RUS"}, {"NLD"}),
    # An opening acronym the small model reads as a verb still names who acts.
    ("ECOWAS imposed sanctions on Mali's junta after the second coup.", "16", {"IGOWAS"}, {"MLI"}),
    ("IGAD called on Sudan's generals to hand power to civilians.", "02", {"IGOIAD"}, {"SDN"}),
    # Foreigners held abroad whom news names bare are of their citizenship.
    ("Havana freed Alan Gross on humanitarian grounds after five years in jail.", "08", {"CUB"}, {"USA"}),
    ("Tehran released Jason Rezaian on Saturday as part of a prisoner swap.", "08", {"IRN"}, {"USA"}),
    # "its" after a body named with where it serves is the body.
    ("A spokesman for the U.N. mission in South Sudan said its peacekeepers had repelled an attack on the base.",
     "19", {"IGOUNO"}, None),
    # Who brokered what the parties sign is no party to it.
    ("Eritrea signed a Saudi-brokered peace accord with Ethiopia in Jeddah.", "05", {"ERI"}, {"ETH"}),
    # "the country" acted on may be one a relative clause of the subject names.
    ("Cuban soldiers who had fought in Angola for years began withdrawing from the country on Monday.", "08",
     {"CUB"}, {"AGO"}),
])
def test_who_acts_in_long_wire_sentences(code_text, text, cameo, actor, recipient):
    if recipient is None:
        record = code_text(text)
        assert any(e["cameo"].startswith(cameo) and {a["code"] for a in e["actor"]} == actor
                   for e in record["events"]), dyads(record)
    else:
        assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_an_obligation_put_on_the_international_community_is_no_demand_on_a_place(code_text):
    record = code_text("The international community must act to end the famine in Somalia, the Irish foreign "
                       "minister said after talks with Somali officials in Mogadishu.")
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # With one coded party only, the venue of talks is still taken as the host.
    ("Iran held a new round of talks in Istanbul on Saturday.", "04", {"IRN"}, {"TUR"}),
    # Two coded parties stay joint actors.
    ("Britain and Iran held talks in Geneva on Monday.", "04", {"GBR", "IRN"}, set()),
    # "the West Bank" is a place, not the West.
    ("Israeli troops raided the West Bank town of Nablus overnight.", "19", {"ISR"}, {"PSE"}),
    # A single person's style is no plural title.
    ("Mrs. Clinton and Prime Minister Netanyahu discussed the settlements in Jerusalem.", "04", {"USA", "ISR"},
     set()),
    # A known person's title of a state body keeps its state.
    ("Russian Foreign Minister Sergei Lavrov and his Iranian counterpart condemned the air strikes on Syria.",
     "11", {"RUS", "IRN"}, {"SYR"}),
    # The author of what is rejected is still whom the rejection is aimed at.
    ("Damascus rejected a U.S.-drafted resolution on chemical weapons.", "12", {"SYR"}, {"USA"}),
    # "its" with no body before it is still the state named.
    ("Iran said its navy had seized a British tanker in the Strait of Hormuz.", "17", {"IRN"}, {"GBR"}),
    # "the country" a bare subject acts on stays the other country named before.
    ("Kosovo declared independence in 2008, but Serbia still refuses to recognise the country.", "12", {"SRB"},
     {"XKX"}),
])
def test_near_misses_keep_their_parties(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)
