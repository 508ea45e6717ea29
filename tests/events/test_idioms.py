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
    # Batch 2. 04-05: courtesy calls, touching down, laying on a welcome, new pages, coming out in favour.
    ("The Japanese envoy paid a courtesy call on the Chinese president.", "042", {"JPN"}, {"CHN"}),
    ("The Saudi crown prince touched down in Islamabad.", "042", {"SAU"}, {"PAK"}),
    ("Egypt laid on a lavish welcome for the Saudi king.", "043", {"EGY"}, {"SAU"}),
    ("Turkey and Egypt turned a new page in their relations.", "050", {"EGY", "TUR"}, set()),
    ("Germany came out in favour of Ukraine's membership bid.", "051", {"DEU"}, {"UKR"}),
    ("The United States gave its backing to the Kenyan-led mission.", "051", {"USA"}, {"KEN"}),
    ("Iran rallied to the side of Syria.", "052", {"IRN"}, {"SYR"}),
    # 07: lifelines extended, billions pumped into an economy.
    ("Saudi Arabia pumped billions into the Egyptian economy.", "071", {"SAU"}, {"EGY"}),
    ("The World Bank extended a lifeline to Sri Lanka.", "070", {"IGOUNOWBK"}, {"LKA"}),
    # 11: broadsides, coals, heaped criticism, vented anger, blame laid.
    ("The Chinese embassy fired a broadside at Canada.", "111", {"CHN"}, {"CAN"}),
    ("Moscow hauled the British ambassador over the coals.", "111", {"RUS"}, {"GBR"}),
    ("Tehran heaped criticism on Washington.", "111", {"IRN"}, {"USA"}),
    ("Paris vented its anger at Rome over the migrant ship.", "111", {"FRA"}, {"ITA"}),
    ("India laid the blame for the attack at the door of Pakistan.", "112", {"IND"}, {"PAK"}),
    # 12, 16, 17: envoys snubbed, marching orders, politicians hauled in.
    ("The Sudanese army snubbed the mediators from Kenya.", "120", {"SDN"}, {"KEN"}),
    ("Ghana gave the Nigerian envoy his marching orders.", "161", {"GHA"}, {"NGA"}),
    ("Turkish police hauled in dozens of Kurdish politicians.", "173", {"TUR"}, {"TUR"}),
    ("France gave its backing to Morocco.", "051", {"FRA"}, {"MAR"}),
    # Batch 3. 02: pleas made, calls put out.
    ("Kenya made an impassioned plea to Ethiopia for calm.", "020", {"KEN"}, {"ETH"}),
    ("Lebanon put out a call for help to the Arab League.", "020", {"LBN"}, {"IGOARL"}),
    # 07: loans doled out, currencies propped up.
    ("China doled out loans to Laos.", "07", {"CHN"}, {"LAO"}),
    ("Saudi Arabia propped up the Egyptian pound with a deposit.", "071", {"SAU"}, {"EGY"}),
    # 08: caving to pressure, giving ground, standing fighters down.
    ("Serbia caved to pressure from the European Union over Kosovo.", "080", {"SRB"}, None),
    ("Iran gave ground on enrichment in its talks with Germany.", "080", {"IRN"}, {"DEU"}),
    ("The Sudanese rebels stood down their fighters in Darfur.", "087", {"SDN"}, None),
    # 10, 11, 13: conditions laid down, countries lashed, put on notice, notice served.
    ("Russia laid down conditions for talks with Ukraine.", "100", {"RUS"}, {"UKR"}),
    ("The Indian foreign ministry lashed Pakistan over the attack.", "111", {"IND"}, {"PAK"}),
    ("Israel put Hezbollah on notice.", "130", {"ISR"}, {"LBNHEZ"}),
    ("Turkey served notice on Greece over the islands.", "130", {"TUR"}, {"GRC"}),
    # Batch 4. 03-04: coming to the table, returning to the negotiating table.
    ("Hamas signalled it was ready to come to the table with Israel.", "036", {"PSEHMS"}, {"ISR"}),
    ("Sudan and South Sudan returned to the negotiating table.", "046", {"SDN", "SSD"}, set()),
    # 08: aid convoys let in.
    ("Syria let United Nations aid convoys into Idlib.", "086", {"SYR"}, {"IGOUNO"}),
    # 11-12: dim views, frowning on, thumbs down, noses turned up.
    ("Canada took a dim view of the Indian decision.", "111", {"CAN"}, {"IND"}),
    ("Beijing frowned on the American arms sale to Taiwan.", "111", {"CHN"}, {"USA"}),
    ("Germany gave the thumbs down to the Polish reparations demand.", "12", {"DEU"}, {"POL"}),
    ("Japan turned up its nose at the Chinese offer.", "120", {"JPN"}, {"CHN"}),
    # 15: shows of force.
    ("Russia put on a show of force in the Black Sea near Turkey.", "150", {"RUS"}, {"TUR"}),
    ("Canada took a dim view of India.", "111", {"CAN"}, {"IND"}),
    # Batch 5. 04-05: notes compared, praises sung, tributes paid, thumbs up, speaking up, lobbying for.
    ("The Chinese and Russian defence ministers compared notes in Beijing.", "040", {"CHN", "RUS"}, set()),
    ("Senegal sang the praises of the Gambian president.", "051", {"SEN"}, {"GMB"}),
    ("Egypt gave a thumbs up to the Qatari proposal.", "051", {"EGY"}, {"QAT"}),
    ("Brazil spoke up for Venezuela at the summit.", "052", {"BRA"}, {"VEN"}),
    ("Qatar lobbied on behalf of the Palestinians at the United Nations.", "053", {"QAT"}, None),
    # 11-12: hard lines, deals scuppered, torpedoed, nixed.
    ("Japan took a hard line against North Korea.", "111", {"JPN"}, {"PRK"}),
    ("France scuppered the Mercosur trade deal.", "120", {"FRA"}, None),
    ("Hungary torpedoed the European Union aid package for Ukraine.", "12", {"HUN"}, None),
    ("Azerbaijan nixed the Armenian proposal.", "120", {"AZE"}, {"ARM"}),
    # 15, 17, 18: destroyers buzzed, protesters thrown in jail, put behind bars, sent back, snatched.
    ("Russian jets buzzed an American destroyer in the Baltic.", "150", {"RUS"}, {"USA"}),
    ("Iranian authorities threw dozens of protesters in jail.", "173", {"IRN"}, {"IRN"}),
    ("Belarus put the opposition leader behind bars.", "173", {"BLR"}, {"BLR"}),
    ("Pakistan sent back thousands of Afghan refugees.", "174", {"PAK"}, {"AFG"}),
    ("Gunmen snatched a Nigerian lawmaker in Abuja.", "181", {"NGA"}, {"NGA"}),
    # Batch 6. 03-05: signing up to treaties and plans, papering over differences, heaping praise.
    ("Vietnam signed up to the treaty with Laos.", "057", {"VNM"}, None),
    ("Kazakhstan signed up to the Chinese Belt and Road plan.", "030", {"KAZ"}, None),
    ("India and Nepal papered over their differences.", "050", {"IND", "NPL"}, set()),
    ("Moscow heaped praise on Beijing for its stance.", "051", {"RUS"}, {"CHN"}),
    # 07, 12, 17: rescues with a loan, proposals shot down, the press muzzled.
    ("China came to the rescue of Sri Lanka with a loan.", "071", {"CHN"}, {"LKA"}),
    ("The Ethiopian government shot down the Egyptian proposal.", "120", {"ETH"}, {"EGY"}),
    ("The junta muzzled the Malian press.", "1721", {"MLI"}, {"MLI"}),
    # Batch 7. 03: feelers put out, hands stretched out.
    ("Riyadh put out feelers to Tehran about restoring ties.", "036", {"SAU"}, {"IRN"}),
    ("Armenia stretched out a hand to Turkey.", "030", {"ARM"}, {"TUR"}),
    # 07-08: coming or rushing to someone's aid, beating a retreat.
    ("Turkey came to the aid of Libya with medical supplies.", "07", {"TUR"}, {"LBY"}),
    ("Qatar rushed to the aid of Lebanon after the blast.", "07", {"QAT"}, {"LBN"}),
    ("Greece beat a retreat on the migrant plan after talks with Turkey.", "080", {"GRC"}, None),
    # 12, 16, 17, 19: guns stuck to, doors shut, deals ripped up, screws turned, missiles rained.
    ("Serbia stuck to its guns over Kosovo despite European pressure.", "120", {"SRB"}, None),
    ("Israel shut the door on talks with Hamas.", "120", {"ISR"}, {"PSEHMS"}),
    ("Iran ripped up the nuclear deal with Europe.", "160", {"IRN"}, None),
    ("China turned the screws on Taiwan with trade curbs.", "170", {"CHN"}, {"TWN"}),
    ("Russian forces rained missiles on Odesa.", "19", {"RUS"}, {"UKR"}),
    # Batch 8. 02-05: turning to someone for a bailout, dropping in, state banquets, estrangements ended.
    ("Sri Lanka turned to China for a bailout.", "023", {"LKA"}, {"CHN"}),
    ("The Iranian foreign minister dropped in on Damascus.", "042", {"IRN"}, {"SYR"}),
    ("Beijing threw a state banquet for the French president.", "043", {"CHN"}, {"FRA"}),
    ("Ankara and Cairo ended their long estrangement.", "050", {"EGY", "TUR"}, set()),
    # 06-07: information passed on, chipping in with aid.
    ("The Turkish intelligence service passed on information to Iraq.", "064", {"TUR"}, {"IRQ"}),
    ("Kuwait chipped in with aid for Sudan.", "070", {"KWT"}, {"SDN"}),
    # 11, 12, 16: potshots, heels dug in, aid put on hold.
    ("The Iranian leader took potshots at Saudi Arabia.", "111", {"IRN"}, {"SAU"}),
    ("Iran dug its heels in over the inspectors.", "120", {"IRN"}, None),
    ("The United States put its aid to Niger on hold.", "162", {"USA"}, {"NER"}),
    # Batch 9: differences buried, screws tightened.
    ("Algeria and Morocco buried their differences.", "050", {"DZA", "MAR"}, set()),
    ("Russia tightened the screws on independent media.", "170", {"RUS"}, {"RUS"}),
    ("Belarus tightened the screws on Lithuania.", "170", {"BLR"}, {"LTU"}),
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
    "The referee gave the defender his marching orders in the second half.",
    "The fans vented their anger at the manager.",
    "The owner pumped millions into the club.",
    "The singer turned a new page with her latest album.",
    "The goalkeeper laid on a cross for the winner.",
    "The board came out in favour of the new stadium.",
    "Critics heaped praise on the film.",
    "The Spanish sports minister gave his backing to the federation's ruling on doping.",
    "An American software boss gave his backing to the booming market for web phones.",
    "The team propped up the table for most of the season.",
    "The defence gave ground in the final minutes.",
    "The manager stood down three players for the cup tie.",
    "The club laid down conditions for the transfer.",
    "Heavy rain lashed Britain on Sunday.",
    "The landlord served notice on the tenants.",
    "The champions returned to the top of the table.",
    "Arsenal returned to the table after a week away.",
    "The judges gave the thumbs down to the new song.",
    "The dancers put on a show of strength and grace.",
    "Regulators in France and Germany took a dim view of file-sharing networks.",
    "England paid tribute to the retiring captain.",
    "Hundreds of mourners paid tribute to a late American television host in his home town.",
    "The two coaches compared notes after the match.",
    "Fans sang the praises of the new signing.",
    "The drones buzzed the stadium during the final.",
    "The late goal scuppered their title hopes.",
    "The club sent back the loan player to Chelsea.",
    "The striker snatched a late winner.",
    "The court put the fraudster behind bars.",
    "The striker came to the rescue of England with a late goal.",
    "The goalkeeper shot down the idea of a move abroad.",
    "Thousands of fans signed up to the scheme.",
    "The full-back came to the aid of his goalkeeper.",
    "The manager stuck to his guns over the team selection.",
    "The band ripped up the rule book with their new album.",
    "Fans rained bottles on the pitch.",
    "The club turned to its academy for a new striker.",
    "The manager dropped in on the training session.",
    "The chairman threw a dinner for the squad.",
    "The two players ended their long feud.",
    "The winger passed on the ball to the striker.",
    "The sponsors chipped in with money for the stadium.",
    "The pundit took potshots at the referee.",
    "The club put its plans on hold.",
    "The two managers buried their differences before the derby.",
    "The champions tightened their grip on the league.",
    "The mechanic tightened the screws on the engine.",
])
def test_idioms_in_everyday_prose_code_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)
