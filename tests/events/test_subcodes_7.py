"""CAMEO sub-codes, thirteenth session: team-written wire sentences, none from a gold set.

Mechanisms (codebook 1.1b3 definitions, notes and examples): "free" used as an adjective ("free
trade", "free elections") sets nobody free; trade and barriers to trade asked for or turned down are
economic cooperation (0211, 1011, 1211), an alliance military cooperation (1212); aid refused is
122x by its kind whether or not a request is named, a no-fly zone is protection (1224); replacing a
leader is a change in leadership (0241); accusations of detentions or rights violations are 1122;
restrictions on journalists eased are 0811; inspectors let in are 0862, an aid agency expelled 1663;
military aid promised is 0332, good offices offered 039; inspectors allowed to return 0355; tanks or warships that fire 194 (not
when they move, nor with troops); a sexual
assault 1821; giving up or renouncing asked for is yielding (105), arms given up de-escalation (0256);
parliament or courts restored are a change of institutions (0244); a strike "over" or "against" a
measure, on the verb that stages it or on its object, is for a change of policy (1432), and "the removal
of" something other than a ruler is no change in leadership; abuses looked into, however deep in the phrase, go before the soldiers
accused of them (092), and a body named by its rights work looks into abuses (092).
"""

from __future__ import annotations

import pytest

from eventkit import codes


def _found(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], codes(e["actor"]), codes(e["recipient"])) for e in record["events"]]


def _has(record: dict, cameo: str, actor: set[str] | None = None, recipient: set[str] | None = None) -> None:
    assert any(code == cameo and (actor is None or who == actor) and (recipient is None or whom == recipient)
               for code, who, whom in _found(record)), \
        [(e["cameo"], e["explanation"]) for e in record["events"]]


# Every row fails on the session's starting code.
@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "free" as an adjective is no release; trade is economic cooperation
    ("Seoul rejected Tokyo's proposal for a free trade agreement.", "1211", {"KOR"}, {"JPN"}),
    ("Indian business leaders called for a free trade pact with Britain.", "0211", {"IND"}, {"GBR"}),
    ("Washington said Tokyo must drop its barriers to American beef.", "1011", {"USA"}, {"JPN"}),
    # an alliance turned down: military cooperation
    ("Manila rejected a Chinese proposal for a military alliance.", "1212", {"PHL"}, {"CHN"}),
    # aid refused, by its kind; a no-fly zone is protection
    ("Caracas refused to accept food aid from Washington.", "1223", {"VEN"}, {"USA"}),
    ("Washington rejected Kyiv's request for a no-fly zone.", "1224", {"USA"}, {"UKR"}),
    # replacing a leader
    ("Washington urged Iraqis to replace Prime Minister Maliki.", "0241", {"USA"}, {"IRQ"}),
    # accusations of rights abuses
    ("Human Rights Watch accused Ethiopia of arbitrary detentions of journalists.", "1122", None, {"ETH"}),
    ("Washington accused Havana of jailing dissidents.", "1122", {"USA"}, {"CUB"}),
    # easing, letting in, expelling, by whom it concerns
    ("Uzbekistan lifted restrictions on foreign journalists.", "0811", {"UZB"}, None),
    ("North Korea let IAEA inspectors into Yongbyon.", "0862", {"PRK"}, None),
    ("Jakarta forced the UN refugee agency out of the country.", "1663", {"IDN"}, None),
    # intents by what is promised
    ("Britain promised to continue military aid to Kenya.", "0332", {"GBR"}, {"KEN"}),
    ("Iraq said it would allow the return of UN weapons inspectors.", "0355", {"IRQ"}, None),
    ("Turkey offered its good offices to resolve the dispute between Kyiv and Moscow.", "039", {"TUR"}, None),
    # abuses looked into go before the soldiers who committed them; a rights body looks into abuses
    ("Guatemalan prosecutors reopened cases against army officers accused of raping Mayan women during the civil war.",
     "092", {"GTM"}, None),
    ("A UN rights team began collecting testimony on the treatment of Uighur detainees by Chinese troops.", "092",
     None, None),
    # force by its means, assault by its kind
    ("Israeli tanks fired at targets in Jenin, witnesses said.", "194", {"ISR"}, None),
    ("Sudanese soldiers sexually abused women in Darfur, a UN report said.", "1821", {"SDN"}, None),
    # institutions brought back
    ("The US urged Tunisia's president to restore parliament.", "0244", {"USA"}, {"TUN"}),
    # what a strike or riot is over or against: on the verb that stages it or on its object
    ("Unions in Nigeria launched a general strike over the removal of fuel subsidies.", "1432", {"NGA"}, None),
    ("French rail workers staged a strike against the pension reform.", "1432", {"FRA"}, None),
    ("Youths rioted in Nairobi over the rise in fuel prices.", "1452", {"KEN"}, None),
    # giving up or renouncing asked for: yielding; arms given up: de-escalation
    ("Moscow demanded that Kyiv give up its claims to Crimea.", "105", {"RUS"}, {"UKR"}),
    ("Washington demanded that Pyongyang renounce its nuclear weapons programme.", "105", {"USA"}, {"PRK"}),
    ("Paris urged the rebels to give up their arms.", "0256", {"FRA"}, None),
])
def test_subcodes_round_2(code_text, text, cameo, actor, recipient):
    _has(code_text(text), cameo, actor, recipient)


# Codes that must not move.
@pytest.mark.parametrize("text, cameo", [
    ("Chile's president promised a referendum on replacing the constitution.", "0344"),
    ("Russian tanks and troops rolled into Georgia on Friday.", "190"),
    ("Israeli tanks pushed into the southern Gaza town of Khan Younis.", "190"),
    ("Germany called on Iran to free a jailed dissident.", "0253"),
    ("Pakistan agreed to allow the return of Afghan refugees.", "0353"),
    ("Hungary rejected the EU's demand that it change its asylum law.", "1232"),
    ("Germany refused to grant Greece a new loan.", "1221"),
    ("Paris urged donors to give more aid to Chad.", "023"),
    ("The Pentagon opened an inquiry into the conduct of its troops in Falluja.", "093"),
    ("The AU urged the junta to reinstate the ousted president.", "0241"),
    ("Rioters in Dhaka torched buses, demanding the removal of the prime minister.", "1451"),
])
def test_codes_kept(code_text, text, cameo):
    _has(code_text(text), cameo)
