"""A reporter's words about a statement are no event (twenty-fifth session; team-written sentences).

"declining to give details", "provided no details", "without giving details" tell how a source
spoke, not information shared between parties (064) or refused (1214). Intelligence, evidence and
files handed over still are.
"""

from __future__ import annotations

import pytest

from eventkit import codes


@pytest.mark.parametrize("text", [
    "Qatar is reviewing a new Egyptian proposal for a prisoner exchange, a Qatari official said, declining to "
    "give details.",
    "The ministry said talks with Armenia had made progress but provided no details.",
    "Indian officials said the two sides had discussed trade, without giving details.",
])
def test_reporting_words_are_no_event(code_text, text):
    found = [e["cameo"] for e in code_text(text)["events"]]
    assert not any(code.startswith(("064", "1214", "06")) for code in found), found


def test_information_handed_over_is_shared(code_text):
    events = code_text("Pakistan gave India information on the militants' hideouts, officials said.")["events"]
    assert any(e["cameo"] == "064" and codes(e["actor"]) == {"PAK"} and codes(e["recipient"]) == {"IND"}
               for e in events), [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in events]
