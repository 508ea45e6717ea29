"""Acts among businesses of one country are not political events (accord.events.business).

Team-written sentences in the manner of business news.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text", [
    # A company named with its country's adjective is a company, not the state.
    "US Airways had to cancel approximately 65 flights on Thursday.",
    "US banking giant Citigroup has sold its Travelers Life and Annuity insurance arm to Metlife for 11.5bn dollars.",
    "The board of Indian conglomerate Reliance has agreed a share buy-back.",
])
def test_acts_among_businesses_at_home_are_no_event(code_text, text):
    assert dyads(code_text(text)) == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A company acting on another state, or with a company of another country, keeps its code.
    ("Russia's Gazprom cut gas supplies to Ukraine on Sunday.", "16", {"RUS"}, {"UKR"}),
    ("Russian energy giant Gazprom signed a 30-year gas supply deal with China's CNPC in Shanghai.", "057", {"RUS"},
     {"CHN"}),
    ("Chinese state oil company CNOOC signed a deal with Iran to develop an oilfield.", "057", {"CHN"}, {"IRN"}),
    # A state body named with its country's adjective is the state.
    ("The US Senate voted to impose new sanctions on Iran.", "163", {"USA"}, {"IRN"}),
])
def test_business_with_a_state_or_abroad_keeps_its_code(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
