"""Generalisation probe, thirty-third round (helper wt-probe35): 80 wire-style sentences of the
helper's own (none from bench/data or the earlier test_probe_*.py files), hand-coded with the full
CAMEO code, actor and recipient countries before accord was run on them. Written in the voice of
agency copy of 2011-2024: Syria's war (Russian air strikes, Turkey's incursions, the YPG and the
SDF, the U.N. aid crossings), Yemen (the Houthis and the Saudi-led coalition), Iraq after Mosul,
Ukraine from the 2021 build-up to the 2022 invasion and the EU's sanctions packages, the Iran
nuclear deal, North Korea's missiles and the Singapore summit, the South China Sea and the Taiwan
Strait, Mali's junta and the Wagner group, Niger's coup, Ethiopia's Tigray war, Myanmar's 2021
coup, Afghanistan 2021, Venezuela's rival presidents, Armenia and Azerbaijan 2020, Gaza 2021 and
2023. Officials by title, capitals for governments, militias coded by their country, attribution
tails, passives, nominal events and coordination; 64 event sentences and 16 that must stay quiet
(sport, deals between companies, culture, weather, accidents, statistics, a quote, a remark and
"declined to comment").

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event. The
gold carries the full code, for the count of full-code hits below.

At first sight (main at fcd3ceb) 62 of the 80 were right at root and dyad (46 of 64 event
sentences, 16 of 16 quiet) and 38 of 64 at full code. No gold code was changed after accord was
run. The misses: a main verb read as a participle on its subject before the attribution tail
("The Turkish president offered ... to mediate ..., his office said": nothing coded); protesters
marching "through Yangon" left without a country; hostages taken "in their assault on southern
Israel" given up for the assault (190); "its sixth package of sanctions" not read through to the
sanctions; "handed Kyiv ... missiles ..., the third consignment" (three objects, no dative, no frame
for hand + missiles); "Chinese warships and fighter jets" taken for two parties (joint drills, 062,
where one state drills around Taiwan: 150); "lowered its relations with Vilnius" (no frame);
"took control of a ... tanker" read as an occupation (192) aimed at nobody; "defended Russia's
demand" (no frame); the venue read as the other party ("talks with its opponents in Mexico
City"); the topic of "for talks on the Syrian conflict" outranking the
host of a visit; Islamic State in the reason of a praise ("for the liberation of Mosul from
Islamic State") added as a second recipient and placed in Washington; a vetoed draft's authors in
an apposition ("a text put forward by Brazil and Switzerland"); forces that "exchanged heavy
shelling" given a place as target; and four left (below). After the session's rules 76 of the 80
are right at root and dyad (60 of 64, 16 of 16 quiet) and 53 of 64 at full code. Full codes still
wrong and not asserted: an appeal "to open negotiations to end the war" as 0256 (gold 026); a
demand to remove a ship from a shoal as 100 (gold 1056); a truce extension rejected as 1246 (gold
127); "ruled out any ceasefire" as 120 (gold 1246; the tuning sets code rejected ceasefire
proposals 127); "strong countermeasures" threatened as 1382 (gold 130: the 1382 row takes any
"take"; narrowing it moved a tuning sentence from 138 to 1384, so it was left); a ground operation
threatened as 138 (gold 1384); a ballistic missile "launched toward Riyadh" as 194 (gold 195).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The U.N. secretary-general urged the Saudi-led coalition and the Houthis on Wednesday to agree an immediate truce around the port city of Hodeidah, warning that millions of Yemenis faced famine, his spokesman said.",
     [("0256", {"IGOUNO"}, {"SAU", "YEM"})]),
    ("Kyiv asked Berlin on Monday for more Patriot batteries to shield the Ukrainian power grid from Russian missile and drone attacks, the Ukrainian foreign minister told reporters.",
     [("0232", {"UKR"}, {"DEU"})]),
    ("Pope Francis appealed to Russia and Ukraine on Sunday to open negotiations to end the war, at the end of his weekly Angelus prayer in Rome.",
     [("026", {"VAT"}, {"RUS", "UKR"})]),
    ("Washington urged Ethiopia's government to let humanitarian convoys into Tigray, where aid agencies say hundreds of thousands of people face famine conditions, a State Department spokesman said.",
     [("0255", {"USA"}, {"ETH"})]),
    ("Japan urged Myanmar's military on Tuesday to free the ousted civilian leader Aung San Suu Kyi and restore democracy, the foreign ministry in Tokyo said.",
     [("0253", {"JPN"}, {"MMR"})]),
    # 03 intent
    ("Tehran is prepared to return to the negotiating table in Vienna over the 2015 nuclear accord once Washington abandons its campaign of maximum pressure, the Iranian government spokesman said on Monday.",
     [("036", {"IRN"}, {"USA"})]),
    ("Germany pledged another 2.7 billion euros in weapons for Ukraine, including tanks and air defence systems, the defence ministry in Berlin said on Saturday.",
     [("0332", {"DEU"}, {"UKR"})]),
    ("The Turkish president offered on Wednesday to mediate between Moscow and Kyiv and to host talks between the two sides in Istanbul, his office said.",
     [("039", {"TUR"}, {"RUS", "UKR"})]),
    ("Venezuela's government agreed on Friday to resume talks with its opponents in Mexico City, ending a year-long suspension of the Norwegian-brokered dialogue, both delegations said.",
     [("036", {"VEN"}, {"VEN"})]),
    # 04 consult
    ("The U.S. president met the North Korean leader in Singapore on Tuesday in the first summit between the two countries, shaking hands on the resort island of Sentosa.",
     [("044", {"USA"}, {"PRK"})]),
    ("The Russian foreign minister arrived in Tehran on Tuesday for talks on the Syrian conflict and the nuclear deal, the Iranian foreign ministry said.",
     [("042", {"RUS"}, {"IRN"})]),
    ("The Saudi crown prince received the Chinese president in Riyadh on Thursday at the start of a three-day visit, the state news agency SPA reported.",
     [("043", {"SAU"}, {"CHN"})]),
    ("The French president spoke by telephone with his Turkish counterpart on Wednesday about the Turkish offensive in northeast Syria, the Elysee said.",
     [("041", {"FRA"}, {"TUR"})]),
    ("Delegations from Kyiv and Moscow held a third round of talks in Belarus on Monday, focused on humanitarian corridors for civilians trapped in besieged cities, Ukrainian negotiators said.",
     [("046", {"UKR", "RUS"}, set())]),
    # 05 diplomatic cooperation
    ("Bahrain and Israel signed a joint communique in Manama on Sunday formally establishing diplomatic relations, a month after the two countries announced they would normalise ties.",
     [("057", {"BHR", "ISR"}, set())]),
    ("Washington recognised the head of Venezuela's National Assembly as the country's interim president on Wednesday, calling the re-election of Nicolas Maduro illegitimate.",
     [("054", {"USA"}, {"VEN"})]),
    ("China defended Russia's demand for security guarantees on Friday, saying NATO's eastward expansion had ignored Moscow's legitimate concerns, a foreign ministry spokesman told reporters in Beijing.",
     [("052", {"CHN"}, {"RUS"})]),
    ("Washington praised Baghdad on Monday for the liberation of Mosul from Islamic State after nearly nine months of fighting, the State Department said.",
     [("051", {"USA"}, {"IRQ"})]),
    ("The Turkish president apologised to the Russian leader for shooting down a Russian Su-24 bomber near the Syrian border, the Kremlin said on Monday.",
     [("055", {"TUR"}, {"RUS"})]),
    # 06 material cooperation
    ("Russian and Belarusian troops began joint military drills near Belarus's border with Ukraine on Thursday, the defence ministry in Minsk said.",
     [("062", {"RUS", "BLR"}, set())]),
    ("Turkey extradited two suspected Islamic State members to Germany on Tuesday, the interior ministry in Ankara said.",
     [("063", {"TUR"}, {"DEU"})]),
    # 07 aid
    ("Washington handed Kyiv a further 300 Javelin anti-tank missiles on Wednesday, the third consignment since the start of the year, the U.S. embassy said.",
     [("072", {"USA"}, {"UKR"})]),
    ("Turkey sent 50 trucks of food and medicine to displaced Syrians in Idlib province on Sunday, the Turkish Red Crescent said.",
     [("073", {"TUR"}, {"SYR"})]),
    # 08 yield
    ("The Houthis freed 108 Saudi prisoners on Friday in the first phase of a swap agreed under U.N. auspices, the International Committee of the Red Cross said in Sanaa.",
     [("0841", {"YEM"}, {"SAU"})]),
    ("Ethiopia's government declared a unilateral ceasefire in the Tigray region on Monday as rebel forces recaptured the regional capital Mekelle, state media reported.",
     [("0871", {"ETH"}, {"ETH"})]),
    ("Russian forces pulled out of Kherson city and the right bank of the Dnipro on Friday, abandoning the only regional capital they had captured since the invasion, the Russian defence ministry said.",
     [("0874", {"RUS"}, {"UKR"})]),
    # 09 investigate
    ("Turkish prosecutors launched an investigation on Thursday into the killing of the Saudi journalist at the kingdom's consulate in Istanbul, the state news agency Anadolu said.",
     [("091", {"TUR"}, {"SAU"})]),
    ("Ukrainian prosecutors opened an inquiry into possible war crimes by Russian units after the bodies of executed civilians were found in Irpin, west of the capital, the prosecutor general's office said.",
     [("094", {"UKR"}, {"RUS"})]),
    # 10 demand
    ("Washington demanded that Moscow withdraw the forces it has concentrated along Ukraine's eastern frontier and in Crimea, a State Department spokesman told reporters on Monday.",
     [("1056", {"USA"}, {"RUS"})]),
    ("Beijing demanded on Friday that Manila remove a grounded navy ship from the Second Thomas Shoal in the South China Sea, calling the outpost an illegal occupation of Chinese territory.",
     [("1056", {"CHN"}, {"PHL"})]),
    ("The European Union demanded the immediate release of Niger's president, held by his own guards since the coup on Wednesday, an EU spokesman said in Brussels.",
     [("1053", {"IGOEUREEC"}, {"NER"})]),
    # 11 disapprove
    ("Seoul condemned Pyongyang's latest intercontinental ballistic missile test on Friday as a grave provocation, the South Korean presidential office said.",
     [("111", {"KOR"}, {"PRK"})]),
    ("Washington accused Tehran of supplying the Houthis with the drones and missiles used in attacks on Saudi oil facilities, a State Department spokesman said on Thursday.",
     [("112", {"USA"}, {"IRN"})]),
    ("The Chinese foreign ministry criticised Washington on Tuesday for sailing a guided-missile destroyer near islands Beijing claims in the South China Sea, calling it a serious political and military provocation.",
     [("111", {"CHN"}, {"USA"})]),
    ("The French foreign minister denounced Mali's military junta on Thursday for hiring Russian mercenaries of the Wagner group, saying it was incompatible with the presence of French troops.",
     [("111", {"FRA"}, {"MLI"})]),
    # 12 reject
    ("Moscow vetoed a Security Council draft on Friday that would have kept a border crossing open to U.N. aid convoys into Idlib for another twelve months, a text put forward by Brazil and Switzerland.",
     [("129", {"RUS"}, {"BRA", "CHE"})]),
    ("The Houthis rejected a U.N. proposal on Saturday to extend the nationwide truce in Yemen by six months, saying it did not meet their demands on the payment of public salaries, a spokesman for the group said.",
     [("127", {"YEM"}, {"IGOUNO"})]),
    ("Tehran refused on Monday to let the U.N. nuclear watchdog's inspectors into a workshop at Karaj where centrifuge parts are made, the Iranian envoy to the agency said.",
     [("1245", {"IRN"}, {"IGOUNOIAE"})]),
    ("Kyiv ruled out any ceasefire that would leave Russian troops on Ukrainian territory, the Ukrainian president's chief of staff said on Tuesday.",
     [("1246", {"UKR"}, {"RUS"})]),
    # 13 threaten
    ("Pyongyang threatened on Wednesday to take strong countermeasures if Washington and Seoul went ahead with their annual joint military drills, the state news agency KCNA said.",
     [("130", {"PRK"}, {"USA", "KOR"})]),
    ("Ankara threatened on Saturday to send troops against the YPG in the Syrian towns of Manbij and Tal Rifaat unless the militia withdrew from the border strip, the Turkish president told members of his party.",
     [("1384", {"TUR"}, {"SYR"})]),
    ("Washington threatened Beijing with sanctions if Chinese companies supplied Russia with weapons for its war in Ukraine, the U.S. secretary of state said.",
     [("1312", {"USA"}, {"CHN"})]),
    # 14 protest
    ("Tens of thousands of protesters marched through Yangon on Monday against the military takeover, defying a ban on gatherings of more than five people, witnesses said.",
     [("141", {"MMR"}, {"MMR"})]),
    ("Thousands of Armenians rallied in Yerevan's Republic Square on Wednesday, calling on the prime minister to step down over the truce that handed territory to Azerbaijan, witnesses said.",
     [("1411", {"ARM"}, {"ARM"})]),
    # 15 force posture
    ("Chinese warships and fighter jets staged three days of combat drills around Taiwan from Saturday, rehearsing a blockade of the island after the Taiwanese president met the U.S. House speaker in California.",
     [("150", {"CHN"}, {"TWN"})]),
    ("Moscow moved more tanks, artillery and field hospitals close to the Ukrainian frontier on Tuesday, Western intelligence officials said, citing commercial satellite images.",
     [("154", {"RUS"}, {"UKR"})]),
    # 16 reduce relations
    ("Rabat cut diplomatic ties with Tehran on Tuesday, saying Iran had helped arm Western Sahara's Polisario independence movement through its Lebanese ally Hezbollah, the Moroccan foreign minister said.",
     [("161", {"MAR"}, {"IRN"})]),
    ("The European Union adopted its sixth package of sanctions against Russia on Friday, including a phased ban on Russian oil imports, diplomats in Brussels said.",
     [("163", {"IGOEUREEC"}, {"RUS"})]),
    ("Beijing lowered its relations with Vilnius to charge d'affaires level on Sunday, angered that the Baltic state had let Taipei open a de facto embassy under its own name, the Chinese foreign ministry said.",
     [("161", {"CHN"}, {"LTU"})]),
    ("Washington froze the assets of the Venezuelan state oil company PDVSA in the United States on Monday, tightening the pressure on Maduro to step down.",
     [("163", {"USA"}, {"VEN"})]),
    ("Germany suspended development aid to Afghanistan on Tuesday after the Taliban seized power in Kabul, the development minister said in Berlin.",
     [("1621", {"DEU"}, {"AFG"})]),
    # 17 coerce
    ("Police in Moscow and St Petersburg detained hundreds of anti-war demonstrators on Saturday, days after the president announced a partial mobilisation, an independent monitoring group said.",
     [("173", {"RUS"}, {"RUS"})]),
    ("Myanmar's military detained Aung San Suu Kyi and other senior leaders of the ruling party in a predawn raid on Monday, a party spokesman said.",
     [("173", {"MMR"}, {"MMR"})]),
    ("Warsaw ordered out 45 Russian diplomats on Wednesday, saying they were intelligence officers working under diplomatic cover, the Polish interior minister said.",
     [("174", {"POL"}, {"RUS"})]),
    ("Iran's navy took control of a Marshall Islands-flagged crude carrier in the Gulf of Oman on Thursday, a week after U.S. authorities impounded a cargo of Iranian oil, state media said.",
     [("1711", {"IRN"}, {"MHL"})]),
    # 18 assault
    ("A suicide attacker detonated explosives among crowds at a gate of Kabul airport on Thursday, killing dozens of Afghans hoping to board evacuation flights, the Pentagon said.",
     [("1831", {"AFG"}, {"AFG"})]),
    ("Hamas fighters took about 240 hostages in their cross-border assault on southern Israel on Oct. 7, Israeli officials said.",
     [("181", {"PSE"}, {"ISR"})]),
    # 19 fight
    ("Russian jets bombed a market in the rebel-held town of Maarat al-Numan in Idlib province on Monday, killing at least 16 civilians, local rescuers said.",
     [("195", {"RUS"}, {"SYR"})]),
    ("Turkish troops pushed deeper into northeast Syria on Thursday on the second day of an offensive against the Kurdish-led Syrian Democratic Forces, the Turkish defence ministry said.",
     [("190", {"TUR"}, {"SYR"})]),
    ("Israeli aircraft hit dozens of Hamas sites across Gaza overnight after militants launched a barrage of rockets at Tel Aviv, the army said.",
     [("195", {"ISR"}, {"PSE"})]),
    ("Armenian and Azerbaijani forces exchanged heavy shelling around the disputed enclave of Nagorno-Karabakh for a third straight day on Tuesday, with both sides reporting civilian deaths.",
     [("194", {"AZE", "ARM"}, set())]),
    ("Yemen's Houthi rebels launched a ballistic missile toward Riyadh late on Saturday, the Saudi-led coalition said, adding that its air defences had shot it down over the capital.",
     [("195", {"YEM"}, {"SAU"})]),
    # 20 mass violence
    ("Myanmar troops massacred at least 10 Rohingya men in a village in northern Rakhine state, the army admitted on Wednesday.",
     [("202", {"MMR"}, {"MMR"})]),
    ("Soldiers from Eritrea massacred several hundred unarmed residents of the Tigrayan holy city of Axum in late November 2020, according to a report by Amnesty International.",
     [("202", {"ERI"}, {"ETH"})]),
]

QUIET = [
    "Morocco's footballers knocked Portugal out of the World Cup quarter-finals on Saturday, the first African team ever to reach the last four.",
    "Turkish drone maker Baykar agreed to buy the Italian aircraft maker Piaggio Aerospace, the company said in Istanbul.",
    "A Ukrainian film about the siege of Mariupol won the Oscar for best documentary in Los Angeles on Sunday.",
    "Cyclone Mocha slammed into the coast of Myanmar's Rakhine state on Sunday with winds of up to 210 km an hour, tearing roofs off homes in Sittwe.",
    "A passenger train collided with a freight train in central Greece late on Tuesday, killing at least 57 people, the fire service said.",
    "Consumer prices in Turkey rose 78.6 percent in the year to June, a 24-year peak, official data showed on Monday.",
    "'We ran with only the clothes on our backs,' said a Ukrainian woman who fled Kharkiv with her two daughters.",
    "The Iranian oil minister said on Monday that crude exports had risen to their highest level in four years.",
    "A powerful earthquake shook Morocco's Atlas mountains overnight, flattening mud-brick villages and leaving more than 2,000 dead, rescue officials said.",
    "Chinese battery maker CATL opened its first European plant in the German state of Thuringia on Wednesday, the company said.",
    "South Korea's Son Heung-min struck twice as Tottenham beat Leicester 6-2 in the Premier League on Saturday.",
    "A Syrian refugee swimmer who fled Damascus in 2015 competed for the refugee team at the Tokyo Olympics on Saturday.",
    "Heavy rains flooded large parts of Pakistan's Sindh province in August, displacing millions of people, the national disaster agency said.",
    "Qatar Airways signed a deal with Boeing for 25 wide-body freighters worth about 20 billion dollars at list prices, the planemaker said.",
    "A spokesman for the Kremlin declined on Tuesday to comment on reports that the Russian leader had met the head of the Wagner group after the mutiny.",
    "A gas explosion at a coal mine in northern Turkey killed 41 miners on Friday, the interior minister said.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Tehran is prepared to return to the negotiating table in Vienna over the 2015 nuclear accord once Washington abandons its campaign of maximum pressure, the Iranian government spokesman said on Monday.":
        "the town of the negotiating table is read as the host (AUT), as the tests hold for talks with one coded "
        "party ('Iran held a new round of talks in Istanbul': TUR); the other side is named only in the condition",
    "Turkish prosecutors launched an investigation on Thursday into the killing of the Saudi journalist at the kingdom's consulate in Istanbul, the state news agency Anadolu said.":
        "the investigation is aimed at the place (Istanbul, TUR); the suspects are named only as 'the kingdom's "
        "consulate', and neither the victim's nationality nor a possessive noun for a state is read as whom it looks into",
    "Moscow moved more tanks, artillery and field hospitals close to the Ukrainian frontier on Tuesday, Western intelligence officials said, citing commercial satellite images.":
        "'field hospitals' among what was moved is read as a placed role (RUS), the recipient the actor itself, and "
        "the event is dropped; 'close to the Ukrainian frontier' is not read as where the build-up is aimed",
    "Warsaw ordered out 45 Russian diplomats on Wednesday, saying they were intelligence officers working under diplomatic cover, the Polish interior minister said.":
        "coded 161 (the tuning sets code four of six expulsions of diplomats 161); the gold, written before accord "
        "was run, took 174",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A past participle governing an infinitive, read as a modifier of the subject before an
    # attribution tail ("..., his office said"), is the clause said.
    ("The Algerian president offered on Sunday to mediate between Rabat and Madrid, his office said.",
     "039", {"DZA"}, {"MAR", "ESP"}),
    # Protesters who march through a town are of that town's country, as a bare crowd is.
    ("Hundreds of protesters marched through Yangon on Sunday against the junta.", "141", {"MMR"}, {"MMR"}),
    # Hostages taken in an attack: the abduction is the act, not the attack that frames it.
    ("Al Shabaab militants took 20 hostages in their attack on Kenya's border town of Mandera.", "181", {"SOM"}, {"KEN"}),
    # Soldiers seized in a raid are abducted, not property confiscated.
    ("Houthi fighters seized three Saudi soldiers in a raid across the border on Tuesday.", "181", {"YEM"}, {"SAU"}),
    # A package or raft of sanctions is read through to the sanctions.
    ("Canberra adopted a fresh package of sanctions against Moscow on Monday.", "163", {"AUS"}, {"RUS"}),
    # Missiles or tanks handed to a state are military aid; a third object after a comma does not
    # hide the one given to.
    ("Washington handed Kyiv 200 more Stinger missiles on Friday, the fourth shipment this year.", "072", {"USA"}, {"UKR"}),
    # One state's warships and bombers drilling around another: a show of force, not joint drills.
    ("Chinese warships and bombers held combat drills around Taiwan on Monday.", "150", {"CHN"}, {"TWN"}),
    # Relations lowered are relations downgraded.
    ("Ankara lowered its diplomatic relations with Tel Aviv to the level of second secretary.", "161", {"TUR"}, {"ISR"}),
    # Taking control of a ship is seizing it, and aimed at the ship's flag.
    ("Somali pirates took control of a Greek tanker off the coast of Puntland.", "1711", {"SOM"}, {"GRC"}),
    # Defending another state's demand or claim is verbal support of that state.
    ("Pakistan defended China's claim to the disputed islands on Monday.", "052", {"PAK"}, {"CHN"}),
    # A government's own opponents, named by a pronoun for it, are its country's opposition.
    ("The Nicaraguan government opened talks with its opponents in Managua on Monday.", "04", {"NIC"}, {"NIC"}),
    # Sides that trade fire act on nobody, wherever they do it.
    ("Kyrgyz and Tajik border guards exchanged fire in the Batken region on Friday.", "19", {"KGZ", "TJK"}, set()),
    # What talks on a visit are about is their topic, not whom the visit is to.
    ("The Japanese foreign minister arrived in Seoul for talks on the North Korean missile launches.", "042", {"JPN"}, {"KOR"}),
    # Praised for something: whoever the reason names is no second recipient.
    ("Paris praised Rabat on Tuesday for the arrest of Islamic State suspects in Casablanca.", "051", {"FRA"}, {"MAR"}),
    # The authors of a vetoed draft named in a second name for it after a comma.
    ("China vetoed a Security Council draft on Tuesday, a text put forward by France and Mexico.", "129", {"CHN"}, {"FRA", "MEX"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A suicide attacker's bombing is a suicide bombing, whatever the verb.
    ("A suicide attacker detonated explosives at a checkpoint in Mogadishu on Sunday.", "1831", {"SOM"}, {"SOM"}),
])
def test_probe_rules_full(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Refugees walking through a country march against nobody.
    ("Refugees walked through Serbia towards Hungary on Monday.", "1"),
    # A package of reforms adopted at home is no sanction.
    ("The cabinet adopted a package of economic reforms on Tuesday.", "1"),
    # Interest rates lowered are no relations.
    ("The central bank lowered interest rates on Thursday.", "1"),
    # A minister defending his own proposal supports no other party.
    ("The minister defended his proposal on pensions.", "0"),
    # What something is shielded or protected from is no attack the sentence reports.
    ("Germany sent air defence systems to protect Ukrainian cities from Russian air strikes.", "19"),
    # A car bomb is no suicide bombing.
    ("A car bomb exploded at a market in Baghdad on Monday, killing 12 people.", "1831"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A pledge with its subject read right is left as it was.
    ("The Kenyan foreign minister pledged on Monday to send police officers to Haiti, his ministry said.", "03", {"KEN"}, {"HTI"}),
    # An attack that names no abduction stays the fighting.
    ("Rebels killed 12 soldiers in an attack on an army base in northern Niger.", "19", {"NER"}, {"NER"}),
    # Weapons seized in a raid are still property.
    ("Israeli troops seized weapons in a raid on a house in Jenin.", "1711", {"ISR"}, {"PSE"}),
    # A package of support handed over keeps its aid.
    ("Riyadh handed the Sudanese government a package of support on Tuesday.", "070", {"SAU"}, {"SDN"}),
    # A note handed over is still a protest.
    ("Paris handed Moscow a protest note on Thursday.", "114", {"FRA"}, {"RUS"}),
    # Two states' warships drilling together still cooperate.
    ("Russian warships and Chinese destroyers held naval drills in the Sea of Japan.", "062", {"RUS", "CHN"}, set()),
    # Control taken of an airport is still an occupation.
    ("Rebels took control of the airport in Goma on Sunday.", "192", {"COD"}, {"COD"}),
    # A state's neighbours are other states.
    ("Seoul held talks with its neighbours in Tokyo.", "04", {"KOR"}, {"JPN"}),
    # Refugees in a place still receive aid there.
    ("Kabul sent food aid to refugees in Pakistan.", "07", {"AFG"}, {"PAK"}),
    # Forces of two states fighting on one's ground still strike there.
    ("Mozambican and Rwandan troops retook the port town of Mocimboa da Praia from insurgents.", "19", {"MOZ", "RWA"}, {"MOZ"}),
    # With no object, what an appeal is "for" still names whom it concerns.
    ("Qatar pressed for talks with the Taliban on Sunday.", "02", {"QAT"}, {"AFG"}),
    # Strikes reported, not guarded against, stay asserted.
    ("Russian missiles struck the power grid in Kyiv on Monday.", "19", {"RUS"}, {"UKR"}),
    # A second name with supporters, not authors, leaves the vetoed body's.
    ("Russia vetoed a U.N. resolution on Friday, a measure backed by 13 other members.", "129", {"RUS"}, {"IGOUNO"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
