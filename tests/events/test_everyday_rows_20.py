"""Rows the lead's twentieth-session probes found missing: talks engaged in or returned to,
someone freed from house arrest, inspectors received, food distribution suspended.
Team-written sentences."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event


@pytest.mark.parametrize("text, code, actor, recipient", [
    ("Colombia's president refused to engage in talks until the ELN freed its hostages.", "125", {"COL"}, None),
    ("Iran said it was ready to return to negotiations with the European Union on its nuclear programme.",
     "036", {"IRN"}, None),
    ("Belarus freed the jailed economist from prison on Saturday.", "0841", {"BLR"}, None),
    ("Libya accepted the arrival of IAEA inspectors at its nuclear sites.", "0862", {"LBY"}, None),
    ("The World Food Programme suspended food distribution in northern Uganda after an attack on a convoy.",
     "1623", {"IGOUNOWFP"}, None),
])
def test_the_row_codes_it(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient)


@pytest.mark.parametrize("text", [
    "The striking players returned to training on Monday.",
    "She was freed from the wreckage by firefighters.",
])
def test_near_misses_stay_silent(code_text, text):
    assert code_text(text)["events"] == []
