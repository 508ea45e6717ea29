"""CAMEO sub-codes, tenth session: the exact 3/4-digit code on team-written wire sentences.

None of these sentences comes from a gold set. Each row: the exact CAMEO code, and the actor and
recipient codes (None: not checked). Mechanisms: air, drone or missile strikes asked to stop are
fighting (0256), not labour strikes (0252); resuming talks is asked for as talks (026) whatever they
are about, settling as a settlement (027); aid trucks or convoys let in are humanitarian deliveries
(0863); inspectors granted access (0862); a threat to block or close a strait is a blockade (1381); a
multinational force offered is protection (0334); forces asked to be deployed are protection asked for
(1034), even when civilians are to be protected.
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _has(record: dict, cameo: str, actor: set[str] | None, recipient: set[str] | None) -> None:
    found = [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or whom == recipient)
               for code, who, whom in found), [(e["cameo"], e["explanation"]) for e in record["events"]]


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Lebanon implored Israel to halt air strikes on its southern villages.", "0256", {"LBN"}, {"ISR"}),
    ("Jordan pleaded with Israel to stop drone strikes in the West Bank.", "0256", {"JOR"}, {"ISR"}),
    ("Qatar pressed the Taliban to resume talks on the release of foreign detainees.", "026", {"QAT"}, None),
    ("Washington exhorted Israelis and Palestinians to settle their differences through negotiations.", "027",
     {"USA"}, None),
    ("Egypt let aid convoys into Gaza through the Rafah crossing.", "0863", {"EGY"}, None),
    ("Israel let food trucks into Gaza.", "0863", {"ISR"}, {"PSE"}),
    ("North Korea granted U.N. inspectors access to Yongbyon.", "0862", {"PRK"}, None),
    ("Iran warned it would close the Strait of Hormuz.", "1381", {"IRN"}, None),
    ("Iran threatened to block the Strait of Hormuz if the United States attacked.", "1381", {"IRN"}, None),
    ("Rwanda offered to lead a multinational force in Mozambique.", "0334", {"RWA"}, None),
    # forces asked to be deployed are protection asked for, whoever they are to protect (1034, not 1044)
    ("Lebanon demanded that the United Nations deploy more peacekeepers to protect civilians in the south.", "1034",
     {"LBN"}, {"IGOUNO"}),
    # foreign warplanes or troops refused the use of bases or passage: military cooperation refused (1212)
    ("Syria refused to let Russian warplanes use its air bases.", "1212", {"SYR"}, {"RUS"}),
    ("Greece refused to allow Turkish troops to cross its territory.", "1212", {"GRC"}, {"TUR"}),
    # a curfew or martial law threatened (1323, 1324), not sanctions (1312)
    ("Myanmar's junta threatened to impose a curfew in Yangon.", "1323", {"MMR"}, None),
    ("Thailand's army chief threatened to impose martial law.", "1324", {"THA"}, None),
    # settling trade in a currency is economic cooperation (0311), not a dispute settled (037)
    ("India and Russia agreed to settle trade in rupees.", "0311", {"IND", "RUS"}, set()),
])
def test_tenth_session_subcodes(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)


def test_civilians_to_be_shielded_are_no_civilian_rule(code_text):
    record = code_text("Palestinian leader Yasser Arafat pleaded with the United Nations to dispatch international "
                       "observers to the West Bank to shield civilians from Israeli attacks.")
    assert record["events"] and not any(e["cameo"] in ("0244", "1044") for e in record["events"]), \
        [e["cameo"] for e in record["events"]]
