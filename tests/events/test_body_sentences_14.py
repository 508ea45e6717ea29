"""What is done in wire body sentences, round 14 (twentieth session): classes found by coding a
private set of agency body sentences about trade, elections, courts, refugees, energy,
peacekeeping and nuclear talks. A feeling told by a participle or adjective about a party's act
("was alarmed at Russia's move", "is angered by Japan's decision", "is concerned about Iran's
decision") is disapproval (110); about a party's state or fortune it names no act. Meeting rulers,
a junta or the authorities is a consultation (040); a peacekeeping chief arriving for talks is a
visit (042), not a deployment; imports barred are an embargo (163); homes and offices seized are
property confiscated (1711); a deal signed by a named leader needs no modifier (057). Metaphors
the imported PETRARCH2 rows read as threats or force ("fuelled speculation", "opened a debate",
"engaged in a dispute") code nothing; neither does what a text would do ("a resolution that would
extend the embargo", "a deal under which ..."). Team-written sentences; each row of the first table failed before. Near-misses must stay silent
or keep their code."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A feeling about a party's act, told by a participle or an adjective: disapproval (110).
    ("Chile was alarmed at Bolivia's move to close the border crossings to Chilean trucks, the "
     "foreign ministry in Santiago said.", "110", {"CHL"}, {"BOL"}),
    ("Vietnam is angered by China's decision to deploy an oil rig in disputed waters, a government "
     "spokeswoman said on Thursday.", "110", {"VNM"}, {"CHN"}),
    ("Ghana is deeply concerned about Burkina Faso's decision to expel its ambassador, a foreign "
     "ministry statement said.", "110", {"GHA"}, {"BFA"}),
    ("Egypt was worried by Ethiopia's plans to fill the dam's reservoir before an agreement, the "
     "irrigation minister said.", "110", {"EGY"}, {"ETH"}),
    ("Uzbekistan is angry at Tajikistan over its plan to build the Rogun dam, officials in Tashkent "
     "said.", "110", {"UZB"}, {"TJK"}),
    # Meeting rulers, a junta or the authorities (040).
    ("The Senegalese foreign minister met Guinea's military rulers in Conakry on Monday to discuss a "
     "timetable for elections.", "040", {"SEN"}, {"GIN"}),
    # A peacekeeping chief arriving for talks is a visit (042), not a deployment of peacekeepers.
    ("The U.N. peacekeeping chief arrived in Bamako on Tuesday for talks with Mali's leaders on the "
     "future of the mission.", "042", {"IGOUNO"}, {"MLI"}),
    # Imports barred: an embargo (163).
    ("Russia barred imports of Moldovan wine on Friday, citing health concerns, the food safety "
     "agency said.", "163", {"RUS"}, {"MDA"}),
    # Homes and offices seized: property confiscated (1711).
    ("Belarusian police seized the offices of an independent news website in Minsk, its editor said.",
     "1711", {"BLR"}, None),
    # A deal signed by a named leader, no modifier and no "with": a formal agreement (057).
    ("Erdogan flew to Baku on Tuesday and signed a deal on natural gas, Turkish officials said.",
     "057", {"TUR"}, None),
])
def test_body_classes_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # What stays: concern expressed over a party's act, an adopted text that condemns, a plural
    # signing, peacekeepers arriving.
    ("Norway expressed concern over Israel's decision to withhold Palestinian tax revenues.", "110",
     {"NOR"}, {"ISR"}),
    ("The Security Council adopted a resolution that condemned the attack on peacekeepers in Mali.",
     "11", {"IGOUNOUSC"}, {"MLI"}),
    ("Kenya and Ethiopia signed a deal on Tuesday to build a power line linking their grids.", "057",
     {"KEN", "ETH"}, None),
    ("Bangladeshi peacekeeping troops arrived in the Central African Republic on Sunday, a U.N. "
     "spokesman said.", "074", {"BGD"}, None),
])
def test_codes_kept(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, not_code", [
    # A feeling about a party's state or fortune, or a situation: no act.
    ("Japan is worried about China's slowing economy, the finance minister told reporters.", "11"),
    ("New Delhi is concerned about the safety of Indian students in Ukraine, the ministry said.", "11"),
    ("Britain is concerned about Somalia's drought, which has left millions hungry.", "11"),
    ("The minister said he was worried by the rising price of fuel in the north.", "11"),
    ("Some US broadcasters are worried about what the new rules mean for their advertising revenues.", "11"),
    # Metaphors of threat and force in the imported rows.
    ("Museveni fuelled speculation that his son would succeed him, telling reporters he had no plans "
     "to retire.", "13"),
    ("Nigeria's president opened a debate on fuel subsidies, his spokesman said.", "13"),
    ("Kenya and Uganda engaged in a dispute over Migingo island in Lake Victoria.", "19"),
    # What a text would do, or provides "under which".
    ("The Security Council is due to vote on Friday on a resolution that would extend the arms "
     "embargo on South Sudan.", "13"),
    # A bare deal signed by a footballer or a firm.
    ("Beckham signed a deal with the Los Angeles Galaxy in 2007.", "05"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
