"""A government that approves, authorises or announces the release of prisoners releases them
(0841), as one that orders it does; the release of an album, a report or funds is no such act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("The Moroccan government approved the release of 40 Sahrawi detainees.", "MAR"),
    ("Vietnam's president announced the release of 2,000 prisoners in an amnesty.", "VNM"),
    ("The Yemeni government authorised the release of 15 Houthi captives.", "YEM"),
])
def test_deciding_a_release_is_a_release(code_text, text, actor):
    events = code_text(text)["events"]
    assert [(e["cameo"], e["actor"][0]["code"][:3]) for e in events] == [("0841", actor)]


@pytest.mark.parametrize("text", [
    "The studio announced the release of the singer's new album in Seoul.",
    "The Kenyan treasury approved the release of the annual budget report.",
])
def test_other_releases_are_no_event(code_text, text):
    assert code_text(text)["events"] == []
