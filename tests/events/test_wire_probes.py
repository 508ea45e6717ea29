"""Probes of typical wire copy (eighth session): long agency sentences whose subject sits behind an
apposition, bodies referred back to as "the group" or "the alliance", a mass killing told in a
participle after a strike, a purpose clause that names whom a pledge is for.

Team-written sentences (not taken from any tuning or held-out set): the CAMEO code (root or
full), the actor and the recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A finite verb hung off the apposition of its subject: the apposition's head acts.
    ("South Korea's President Kim Dae-jung, the architect of the \"sunshine policy\" toward the North, offered to "
     "send food aid to Pyongyang on Monday.", "03", {"KOR"}, {"PRK"}),
    # "the group", "the movement", "the alliance": the body named last before it.
    ("A Hezbollah official said the group had captured two Israeli soldiers in a cross-border raid.", "181",
     {"LBNHEZ"}, {"ISR"}),
    ("A spokesman for the Taliban said the movement would free two Western hostages if Washington released its "
     "fighters from Guantanamo.", "0353", {"AFGTAL"}, {"USA"}),
    ("A spokesman for the Free Syrian Army said the group had shot down a government helicopter near Aleppo.", "19",
     {"SYRFSA"}, {"SYR"}),
    # A mass killing the strike led to is aimed at whom the strike hit, not at the striker's own side.
    ("Saudi-led coalition warplanes struck a funeral hall in the Yemeni capital Sanaa, killing more than 140 "
     "people, medics said.", "202", {"SAU"}, {"YEM"}),
    # A purpose clause names whom a pledge with no recipient of its own is for.
    ("The Saudi government pledged $1 billion to help rebuild Lebanon after the war between Israel and Hezbollah, "
     "the official news agency said.", "0331", {"SAU"}, {"LBN"}),
    # Forces "loyal to" someone are of that person's side.
    ("Ivory Coast's President Laurent Gbagbo, who refused to step down after losing the election, was arrested "
     "by forces loyal to his rival Alassane Ouattara.", "173", {"CIV"}, {"CIV"}),
    # Whom the actor met or hosted "a day after ..." is the setting, no party to the act.
    ("Belarusian President Alexander Lukashenko pardoned a jailed opposition leader on Saturday, a day after "
     "meeting a senior U.S. diplomat in Minsk.", "0841", {"BLR"}, {"BLR"}),
    ("Cuba released a jailed dissident on Friday, a day after hosting a delegation of U.S. lawmakers in Havana.",
     "0841", {"CUB"}, {"CUB"}),
    # "on a visit to X" beside the subject is the occasion of the act, no second event.
    ("Indian Prime Minister Narendra Modi, on a visit to Washington, signed a defence agreement with U.S. "
     "President Donald Trump.", "057", {"IND"}, {"USA"}),
    ("Iranian President Hassan Rouhani, on his first visit to Iraq, signed agreements on oil and trade with "
     "Iraqi Prime Minister Adel Abdul Mahdi.", "057", {"IRN"}, {"IRQ"}),
    # The building that stands for a government and reports the act is not where it happened.
    ("The Pentagon said on Wednesday U.S. forces had killed a senior al Qaeda leader in a drone strike in "
     "Pakistan's North Waziristan region.", "186", {"USA"}, {"PAK"}),
    ("The White House said U.S. special forces had killed the leader of Islamic State in a raid in northwest "
     "Syria.", "186", {"USA"}, {"SYR"}),
    # "many of them from X": the apposition says whose most of a group are.
    ("Dozens of migrants, many of them from Eritrea and Somalia, were detained by Libyan coast guards off the "
     "coast of Tripoli.", "173", {"LBY"}, {"ERI", "SOM"}),
    ("Turkish police detained 120 migrants, most of them from Afghanistan, in the western province of Izmir.",
     "173", {"TUR"}, {"AFG"}),
    # Security agents are a state's security service.
    ("A Sudanese journalist, who had criticised the government in a series of articles, was detained by security "
     "agents in Khartoum, his family said.", "173", {"SDN"}, {"SDN"}),
    # Civilians and police clashing is a protest turned violent, from either side.
    ("Thousands of Cambodian garment workers clashed with police in Phnom Penh on Friday.", "145", {"KHM"},
     {"KHM"}),
    ("Albanian police clashed with thousands of anti-government protesters in Tirana, many of them supporters of "
     "the opposition Democratic Party.", "145", {"ALB"}, {"ALB"}),
    ("Riot police clashed with stone-throwing youths in the Kashmiri city of Srinagar.", "145", {"IND"}, {"IND"}),
    # The condemned named by their crime or office; a firing squad is no sports team.
    ("Indonesia executed four drug convicts, including a Nigerian, by firing squad on Friday despite appeals from "
     "the United Nations.", "186", {"IDN"}, {"IDN"}),
    ("Iran hanged a senior militant leader in Zahedan prison on Saturday.", "186", {"IRN"}, {"IRN"}),
    # A navy intercepting a ship boards and takes it: a ship seized, 1711 (convention 19).
    ("The Israeli navy intercepted a ship carrying pro-Palestinian activists off the coast of Gaza, the military "
     "said.", "1711", {"ISR"}, {"PSE"}),
    # A participle between commas read as the main verb: it is the occasion, the verb after it the act.
    ("French and German leaders, meeting in Berlin on Monday, agreed to set up a joint fund to help European "
     "companies compete with China.", "03", {"FRA", "DEU"}, set()),
    # "for Tunisia to help it ..." read as a clause: Tunisia is what the aid is for.
    ("The European Commission, the EU's executive arm, approved a 1.2 billion euro aid package for Tunisia to help "
     "it stem migration across the Mediterranean.", "071", {"IGOEECCOM"}, {"TUN"}),
    # A member state blocking a bloc's aid package refuses the bloc's move; the aid is not given.
    ("Hungarian Prime Minister Viktor Orban on Thursday blocked a European Union aid package for Ukraine worth "
     "50 billion euros.", "12", {"HUN"}, {"IGOEEC"}),
])
def test_wire_probe(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text", [
    # Nothing to code: a band is no armed group, a comment is no act.
    "The band said the group would play in Warsaw next month.",
    "A spokesman for Oxfam said the group was worried about rising food prices in Yemen.",
    "NATO's secretary-general said the alliance was following the situation in Belarus closely.",
    "The coach named his squad for the World Cup qualifier against Italy.",
    "Fans clashed with police after the match in Marseille.",
])
def test_wire_probe_codes_nothing(code_text, text):
    assert dyads(code_text(text)) == []
