"""Idioms and multi-word verbs of wire copy (seventh session, idioms from the codebook): for each
CAMEO family, the idiomatic phrasings a wire reporter uses instead of the plain verb; with the
everyday (sport, business, arts) uses of the same idioms that must not code.

Team-written sentences: the CAMEO code (or root prefix), the actor codes, the recipient codes
(None: not checked).
"""

from __future__ import annotations

import pytest

from eventkit import dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 03-05: deals inked, pens put to paper, quarrels smoothed over, doors left open, leaders flying in.
    ("Serbia and Kosovo inked a trade deal in Brussels.", "057", {"SRB", "XKX"}, set()),
    ("Armenia and Azerbaijan put pen to paper on a peace treaty.", "057", {"ARM", "AZE"}, set()),
    ("Rwanda and Uganda smoothed over their quarrel.", "050", {"RWA", "UGA"}, set()),
    ("Seoul left the door open to talks with Pyongyang.", "036", {"KOR"}, {"PRK"}),
    ("The Turkish president flew into Baghdad on Monday.", "042", {"TUR"}, {"IRQ"}),
    # 08: bowing to pressure, easing up on restrictions.
    ("The Kenyan government bowed to pressure from the European Union.", "080", {"KEN"}, {"IGOEEC"}),
    ("Iran eased up on its restrictions on British journalists.", "081", {"IRN"}, {"GBR"}),
    # 11: riot acts read, coming down hard on, tearing into, pouring scorn on.
    ("The Nigerian president read the riot act to Ghana's envoy.", "111", {"NGA"}, {"GHA"}),
    ("The Pakistani government came down hard on India over the dam.", "111", {"PAK"}, {"IND"}),
    ("The Kenyan opposition leader tore into the Ugandan government.", "111", {"KEN"}, {"UGA"}),
    ("Iran poured scorn on the American proposal.", "111", {"IRN"}, {"USA"}),
    # 12: deaf ears, short shrift, stonewalling, heels dug in, feet dragged, accusations waved away.
    ("Israel turned a deaf ear to appeals from the United Nations.", "120", {"ISR"}, {"IGOUNO"}),
    ("North Korea gave short shrift to the proposal by South Korea.", "120", {"PRK"}, {"KOR"}),
    ("The Burmese junta stonewalled the United Nations inquiry.", "120", {"MMR"}, {"IGOUNO"}),
    ("Serbia dug in its heels over the demands of Kosovo.", "120", {"SRB"}, None),
    ("Brazil dragged its feet on the extradition request from Italy.", "12", {"BRA"}, {"ITA"}),
    ("China waved away the accusations from Washington.", "120", {"CHN"}, {"USA"}),
    ("Russia brushed aside the protest from Finland.", "120", {"RUS"}, {"FIN"}),
    ("Hungary threw out the European Union migration plan.", "120", {"HUN"}, {"IGOEEC"}),
    # 13: red lines drawn, sabres rattled.
    ("China drew a red line over Taiwan for the United States.", "130", {"CHN"}, {"USA"}),
    ("Russia rattled its sabre at Poland.", "130", {"RUS"}, {"POL"}),
    # 16: ties and talks put on ice, backs turned, aid taps turned off.
    ("Egypt put its ties with Qatar on ice.", "161", {"EGY"}, {"QAT"}),
    ("Turkey put the talks with Cyprus on ice.", "164", {"TUR"}, {"CYP"}),
    ("Hungary turned its back on the European Union.", "160", {"HUN"}, {"IGOEEC"}),
    ("Washington turned off the aid tap to Cairo.", "162", {"USA"}, {"EGY"}),
])
def test_idiom_frames(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    found = [e for e in record["events"] if e["cameo"].startswith(cameo[:2])]
    assert len(found) == 1, dyads(record)
    event = found[0]
    assert event["cameo"].startswith(cameo), event["explanation"]
    assert {a["code"] for a in event["actor"]} == actor, dyads(record)
    if recipient is not None:
        assert {a["code"] for a in event["recipient"]} == recipient, dyads(record)


@pytest.mark.parametrize("text", [
    "The striker inked a new deal with the club until 2028.",
    "The manager came down hard on his players after the defeat.",
    "The coach read the riot act to his squad at half-time.",
    "The band dragged its feet on the new album.",
    "Fans poured scorn on the referee's decision.",
    "The club turned its back on the academy.",
    "The striker broke the deadlock just before half-time.",
])
def test_idioms_in_everyday_prose_code_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)
