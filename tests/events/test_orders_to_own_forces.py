"""An order to the actor's own forces is the act ordered, done by whoever ordered it
(merging: "an order to the actor's own forces is the act ordered"): "its army", and "the army"
when the army is read as the orderer's state's. Team-written sentences."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Turkey's prime minister ordered the army to shell Syrian positions across the border.", "19", {"TUR"}, {"SYR"}),
    ("Medvedev ordered the military to pull its troops back from the Georgian border.", "08", {"RUS"}, {"GEO"}),
    ("Egypt's president ordered its army to open the Rafah crossing for Palestinian pilgrims.", "08", {"EGY"}, {"PSE"}),
])
def test_the_order_is_the_act_ordered(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_an_order_to_another_states_army_stays_a_demand(code_text):
    # the U.N. is no state with an army of its own: what it orders the Serb army to do is asked of Serbia
    assert_sole_dyad(code_text("NATO ordered the Bosnian Serb army to withdraw its heavy weapons from Sarajevo."),
                     "10", {"IGOWSTNAT"}, {"BIH"})
