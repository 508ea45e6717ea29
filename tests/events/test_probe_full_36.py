"""Full-code probe, thirty-sixth round (helper wt-full36): 80 wire-style sentences of the helper's own
(none from bench/data or the other tests: each was checked against them in 30-character windows every
15 characters, and those that shared an event, not only boilerplate, were rewritten with other states
or events), each with one event whose gold is a four-digit CAMEO code or a three-digit leaf, with the
actor and recipient countries, decided from the CAMEO 1.1b3 manual (shared/reference/cameo) and the
tuning gold's conventions before accord was run on them. Probes 29, 30 and 32 had none of, or only
one of, most of these: mediation (045), rallying support (053), forgiving (056), agreements signed
(057), trade (061), dissent eased (082), curfews, releases, returns, international involvement and
de-escalation given (0813, 0841, 0842, 0861-0863, 0871-0873), intents by kind (0333, 0343, 0344,
0352, 0355), demands by kind (102, 108, 1014, 1044, 1053, 1055), rallying opposition (113),
accusations of aggression (1123), rejections by kind (1211-1213, 1222, 1223, 1234, 1241, 128,
129), threats by kind (135, 136, 1321-1324, 1381, 1382, 1385), protests by aim (1411, 1413, 1414,
1422-1424, 1431, 1442-1444, 1453, 1454), police and military postures (151, 154), relations
reduced (1622, 163-165, 1661, 1663), administrative sanctions (1722-1724), assaults (181, 1821,
1831, 184, 186), small arms and artillery (193, 194) and mass violence (201, 203, 2042), in the
wordings agency copy uses: nouns ("a pledge of", "a ban on", "a halt to", "the restoration of",
"the release of", "the withdrawal of", "the expulsion of"), "promised to", "agreed to allow",
"threatened to", "warned that it would", "demanded that ...", "rejected demands to", "refused to".

Compared as test_probe_full_32.py compares (actor codes by their country part, negated events left
out, some asserted event must match). At first sight 57 of 80 were right at root and dyad and 52 of
80 at full code. Three golds were then moved, each to a rule written down before accord ran, not to
accord's answer: a pardon of jailed foreigners is a release (0841), as the manual's usage note for
056 says (the helper had read 056 from its description "forgiveness, pardon"); an offer of relief
supplies turned down is cooperation rejected (1211), as the tuning gold codes "turned down an
American offer of emergency food assistance"; foreign aid agencies ordered out of a region are aimed
at the state itself, as the tuning gold codes "ordered aid agencies out of rebel-held areas". By
those golds first sight is 58 at root and dyad and 55 at full code. After the session's rules 67 are
right at root and dyad and 65 at full code; the rest are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, full_probe_tests, has_asserted, has_asserted_code


# text, gold full code, actor countries, recipient countries
EVENTS = [
    # 02-03 appeals and intents in agency wordings
    ("Tokyo announced a pledge of 20 million dollars in food and medical supplies for Kurdish refugees stranded on Iraq's mountain border with Turkey, the Japanese foreign ministry said.", "0333", {"JPN"}, {"IRQ"}),
    ("Ankara promised to lift the ban on broadcasting and teaching in Kurdish as part of a package of reforms demanded by the European Union, a Turkish government spokesman said.", "0343", {"TUR"}, {"TUR"}),
    ("Ghana's military ruler pledged to return the country to multiparty constitutional rule by the end of 1992, in a broadcast to the nation on Saturday.", "0344", {"GHA"}, {"GHA"}),
    ("Georgia's opposition alliance said it would suspend its street protests outside parliament in Tbilisi during the Orthodox Easter holiday, an opposition spokesman said.", "0352", {"GEO"}, {"GEO"}),
    ("Jakarta agreed to allow a U.N.-sanctioned multinational force into East Timor after days of mounting international pressure, Indonesia's foreign minister said.", "0355", {"IDN"}, {"IGO"}),
    ("Washington urged the Colombian government and the ELN guerrillas to accept Cuban mediation in their stalled peace process, a State Department spokesman said.", "028", {"USA"}, {"COL"}),
    # 04-06 consultation and cooperation
    ("Algeria mediated between Mali's government and Tuareg rebel groups at talks in Algiers that ended on Tuesday with a pledge to respect a ceasefire, the Algerian foreign ministry said.", "045", {"DZA"}, {"MLI"}),
    ("Senegal rallied African support for Ghana's candidate for the post of U.N. secretary-general at a meeting of the Organisation of African Unity, Senegalese diplomats said.", "053", {"SEN"}, {"GHA"}),
    ("Kuwait's emir pardoned 15 Jordanian nationals jailed for collaborating with Iraqi occupation forces, the official Kuwait News Agency reported.", "0841", {"KWT"}, {"JOR"}),
    ("Peru and Ecuador signed a peace treaty in Brasilia on Monday ending their decades-old dispute over a stretch of Amazon border, in a ceremony attended by four regional presidents.", "057", {"PER", "ECU"}, set()),
    ("Azerbaijan started delivering natural gas to Georgia through the newly completed South Caucasus pipeline, the Georgian energy ministry said.", "061", {"AZE"}, {"GEO"}),
    # 08 yield
    ("Striking coal miners in Romania's Jiu valley called off their march on Bucharest after the government agreed to reopen wage negotiations, union leaders said.", "082", {"ROU"}, {"ROU"}),
    ("The Indonesian army lifted the curfew in the Moluccan capital Ambon on Friday after a week without clashes between Christians and Muslims, a military spokesman said.", "0813", {"IDN"}, {"IDN"}),
    ("A Belgrade court freed two Australian aid workers jailed for spying in Yugoslavia, after the Yugoslav president granted them a pardon, their lawyer said.", "0841", {"SRB"}, {"AUS"}),
    ("Iraq returned to Kuwait part of the national archive seized during its 1990 invasion, handing over the files at a border post under U.N. supervision.", "0842", {"IRQ"}, {"KWT"}),
    ("Khartoum allowed the deployment of 3,000 additional African Union troops in Darfur, the Sudanese foreign ministry said on Thursday.", "0861", {"SDN"}, {"IGO"}),
    ("Pyongyang let inspectors of the International Atomic Energy Agency into the Yongbyon nuclear complex on Saturday for the first time in more than a year.", "0862", {"PRK"}, {"IGO"}),
    ("Bosnian Serb forces let a U.N. relief convoy into the besieged Muslim enclave of Gorazde after holding it at a checkpoint for three days, a U.N. spokesman said.", "0863", {"BIH"}, {"IGO"}),
    ("New Delhi eased its blockade of Nepal's southern border crossings, letting fuel tankers through to Kathmandu for the first time in weeks, Nepalese officials said.", "0872", {"IND"}, {"NPL"}),
    ("Thousands of RUF rebels handed in their weapons at disarmament camps across Sierra Leone under the Lome peace accord, U.N. officials said.", "0873", {"SLE"}, {"SLE"}),
    ("The Kurdistan Workers' Party declared a unilateral ceasefire in its war with the Turkish army, a statement issued by the group's leadership said.", "0871", {"TUR"}, {"TUR"}),
    # 10 demand
    ("Beijing demanded that the Vatican endorse its one-China policy and cut its diplomatic ties with Taipei, a Chinese foreign ministry spokesman said.", "102", {"CHN"}, {"VAT"}),
    ("The European Union demanded that Zagreb give U.N. war crimes investigators access to the Krajina region, an EU spokesman said in Brussels.", "1055", {"IGO"}, {"HRV"}),
    ("Tehran demanded the release of five Iranian officials detained by U.S. troops in the northern Iraqi city of Arbil, a foreign ministry spokesman said.", "1053", {"IRN"}, {"USA"}),
    ("Zambia's trade union congress demanded the restoration of multiparty politics at a rally in Lusaka attended by tens of thousands of people, witnesses said.", "1044", {"ZMB"}, {"ZMB"}),
    ("Paris demanded that Algiers share its intelligence on the armed Islamic groups behind the metro bombings, a French interior ministry official said.", "1014", {"FRA"}, {"DZA"}),
    ("South Africa demanded that Lesotho's feuding parties accept mediation by the Southern African Development Community, the South African foreign ministry said.", "108", {"ZAF"}, {"LSO"}),
    # 11 disapprove
    ("Britain urged its European Union partners to impose an oil embargo on Nigeria following the execution of nine minority rights activists, the Foreign Office said.", "113", {"GBR"}, {"NGA"}),
    ("Addis Ababa accused Asmara of invading Ethiopian territory around the border village of Badme, an Ethiopian government statement said.", "1123", {"ETH"}, {"ERI"}),
    # 12 reject
    ("Bolivia turned down a Chilean proposal to export its natural gas through a Chilean Pacific port, the Bolivian energy minister said.", "1211", {"BOL"}, {"CHL"}),
    ("Tashkent turned down a U.S. request to keep military aircraft at the Karshi-Khanabad air base beyond the end of the year, the Uzbek foreign ministry said.", "1212", {"UZB"}, {"USA"}),
    ("Libya refused to hand over the two men suspected of the Lockerbie bombing for trial in Scotland or the United States, the Libyan foreign ministry said.", "1213", {"LBY"}, {"GBR", "USA"}),
    ("Bonn rejected a Turkish request for more Leopard tanks, citing the army's campaign against Kurdish rebels in the southeast, a German government spokesman said.", "1222", {"DEU"}, {"TUR"}),
    ("Pyongyang rejected an offer of flood relief supplies from Seoul, the South Korean unification ministry said on Tuesday.", "1211", {"PRK"}, {"KOR"}),
    ("Rangoon's military government rejected opposition demands to convene the parliament elected in 1990, a junta spokesman said.", "1234", {"MMR"}, {"MMR"}),
    ("The Belarussian authorities refused to lift the ban on opposition rallies in central Minsk, the city's police chief said.", "1241", {"BLR"}, {"BLR"}),
    ("Italy defied a European Court of Justice ruling on the employment of foreign lecturers at its universities, the European Commission said.", "128", {"ITA"}, {"IGO"}),
    ("Brazil's president vetoed a bill that would have granted an amnesty to police officers who took part in last year's strikes, his office said.", "129", {"BRA"}, {"BRA"}),
    # 13 threaten
    ("Cairo threatened to end its mediation between Fatah and Hamas unless both factions stopped arresting each other's supporters, an Egyptian official said.", "135", {"EGY"}, {"PSE"}),
    ("Uganda warned it would pull its 6,000 soldiers out of the African Union force in Somalia if they were not paid, the Ugandan defence minister said.", "136", {"UGA"}, {"SOM"}),
    ("Belarus's president warned that he would shut down independent newspapers that printed what he called lies about the government.", "1321", {"BLR"}, {"BLR"}),
    ("Turkey's chief prosecutor threatened to seek a ban on the pro-Kurdish People's Democracy Party over alleged links to separatist rebels.", "1322", {"TUR"}, {"TUR"}),
    ("Indian authorities threatened to impose a curfew on Srinagar's old city if the strike called by separatist leaders went ahead, a police official said.", "1323", {"IND"}, {"IND"}),
    ("Pakistan's president warned that he would declare a state of emergency in Sindh province if the violence in Karachi did not end, his spokesman said.", "1324", {"PAK"}, {"PAK"}),
    ("Beijing warned that it would blockade Taiwan's ports if the island's leaders declared formal independence, a Chinese military newspaper said.", "1381", {"CHN"}, {"TWN"}),
    ("Ethiopia threatened to seize the Eritrean port of Assab if Asmara kept up its attacks along the border, an Ethiopian government spokeswoman said.", "1382", {"ETH"}, {"ERI"}),
    ("Pyongyang threatened to launch a nuclear strike on South Korea if joint military exercises with the United States went ahead, the official news agency said.", "1385", {"PRK"}, {"KOR"}),
    # 14 protest for an aim
    ("Thousands of Ecuadoreans marched on the presidential palace in Quito to demand the removal of President Abdala Bucaram, witnesses said.", "1411", {"ECU"}, {"ECU"}),
    ("Thousands of Crimean Tatars rallied in Simferopol on Saturday to demand the restoration of their land rights, organisers said.", "1413", {"UKR"}, {"UKR"}),
    ("Several thousand students marched through Jakarta to demand an end to the army's reserved seats in parliament, police said.", "1414", {"IDN"}, {"IDN"}),
    ("Basque inmates in Spanish jails went on hunger strike against the policy of dispersing them to prisons far from the Basque country, their lawyers said.", "1422", {"ESP"}, {"ESP"}),
    ("A jailed Chinese dissident began a hunger strike to demand the right to see his lawyer and family, a Hong Kong-based rights group said.", "1423", {"CHN"}, {"CHN"}),
    ("Opposition deputies in Kyrgyzstan staged a hunger strike in parliament to demand a return to the constitution adopted in 1993.", "1424", {"KGZ"}, {"KGZ"}),
    ("Nepal's opposition parties called a nationwide general strike to demand the resignation of the prime minister, party leaders said.", "1431", {"NPL"}, {"NPL"}),
    ("Italian dairy farmers blocked the motorway into Milan with their tractors to protest against European Union milk quotas, police said.", "1442", {"ITA"}, {"ITA"}),
    ("Mapuche activists blocked roads across southern Chile to demand recognition of their land rights, regional authorities said.", "1443", {"CHL"}, {"CHL"}),
    ("Protesters demanding a constituent assembly barricaded the highways linking Cochabamba with the rest of Bolivia for a third day, police said.", "1444", {"BOL"}, {"BOL"}),
    ("Ethnic Albanian students demanding Albanian-language university education hurled stones at police in Tetovo, Macedonian officials said.", "1453", {"MKD"}, {"MKD"}),
    ("Madhesi protesters demanding a federal state in the southern plains stormed government offices in Birgunj, Nepalese police said.", "1454", {"NPL"}, {"NPL"}),
    # 15 force posture
    ("Indian police went on high alert across New Delhi ahead of the Independence Day celebrations after intelligence warnings of a militant attack.", "151", {"IND"}, {"IND"}),
    ("Iran massed 70,000 Revolutionary Guards along its eastern frontier with Afghanistan in a show of strength against the Taliban, state media said.", "154", {"IRN"}, {"AFG"}),
    # 16 reduce relations
    ("Washington froze military assistance to Indonesia after troops fired on mourners at a cemetery in Dili, U.S. officials said.", "1622", {"USA"}, {"IDN"}),
    ("Washington announced a ban on new investment in Burma, citing the military government's repression of the democratic opposition.", "163", {"USA"}, {"MMR"}),
    ("Seoul announced a halt to the reunification talks with Pyongyang after North Korean patrol boats crossed the sea border, a unification ministry official said.", "164", {"KOR"}, {"PRK"}),
    ("Senegal ended its mediation between the government of Guinea-Bissau and the rebel army, accusing both camps of bad faith, the Senegalese foreign ministry said.", "165", {"SEN"}, {"GNB"}),
    ("Chad's government ordered the withdrawal of the U.N. peacekeeping mission from its eastern border with Sudan, saying it had failed to protect civilians.", "1661", {"TCD"}, {"IGO"}),
    ("Khartoum expelled 13 foreign aid agencies from Darfur, accusing them of passing information to the International Criminal Court, a Sudanese official said.", "1663", {"SDN"}, {"SDN"}),
    # 17 coerce
    ("Spain's Supreme Court outlawed the Basque separatist party Batasuna, ruling that it formed part of the ETA network, court officials said.", "1722", {"ESP"}, {"ESP"}),
    ("Authorities in Kashmir ordered a round-the-clock curfew in the town of Anantnag after two days of clashes between stone-throwing youths and police.", "1723", {"IND"}, {"IND"}),
    ("Sri Lanka's president declared a state of emergency across the island after a wave of bombings in Colombo, the presidential secretariat said.", "1724", {"LKA"}, {"LKA"}),
    # 18 assault
    ("ELN guerrillas hijacked a Colombian airliner with 46 people aboard on a domestic flight from Bucaramanga, the civil aviation authority said.", "181", {"COL"}, {"COL"}),
    ("Burmese soldiers raped dozens of ethnic Shan women during counter-insurgency operations in Shan state, a women's rights group said.", "1821", {"MMR"}, {"MMR"}),
    ("A woman strapped with explosives blew herself up at a checkpoint in Nazran, killing three Ingush police officers, Russian news agencies reported.", "1831", {"RUS"}, {"RUS"}),
    ("Iraqi Republican Guard units used civilians as human shields in the southern city of Nasiriyah, a U.S. military spokesman said.", "184", {"IRQ"}, {"IRQ"}),
    ("Sikh militants assassinated the chief minister of India's Punjab state with a bomb outside the state secretariat in Chandigarh.", "186", {"IND"}, {"IND"}),
    # 19-20 fight and mass violence
    ("Somali government troops fought gun battles with Islamist fighters in the streets of northern Mogadishu, residents said.", "193", {"SOM"}, {"SOM"}),
    ("Armenian artillery shelled the Azerbaijani town of Agdam throughout the night, the Azerbaijani defence ministry said.", "194", {"ARM"}, {"AZE"}),
    ("Nigeria ordered the expulsion of more than a million Ghanaian migrants without residence permits, giving them two weeks to leave the country.", "201", {"NGA"}, {"GHA"}),
    ("Abkhaz separatist forces drove more than 200,000 ethnic Georgians from their homes in a campaign of ethnic cleansing, a U.N. report said.", "203", {"GEO"}, {"GEO"}),
    ("India detonated three nuclear devices at its Pokhran test range in the Rajasthan desert on Monday, the prime minister's office announced.", "2042", {"IND"}, set()),
]


# Wrong at root or dyad after the session: text -> reason (strict xfail of both tests). (Right since
# the thirty-second session, their rules tested in test_mend_32.py: the deployment of African Union
# troops allowed, the Lockerbie suspects refused for trial in Scotland or the United States, the
# woman strapped with explosives, and the two presidents who warned that "he would" act.)
ROOT_WRONG: dict[str, str] = {
    "Tokyo announced a pledge of 20 million dollars in food and medical supplies for Kurdish refugees stranded on Iraq's mountain border with Turkey, the Japanese foreign ministry said.":
        "Right at full code (0333) since the session, but the refugees, named by their people and a"
        " border and not by a state, give no recipient",
    "Ankara promised to lift the ban on broadcasting and teaching in Kurdish as part of a package of reforms demanded by the European Union, a Turkish government spokesman said.":
        "The Union that demanded the reforms is taken as the recipient; and a ban lifted reads as"
        " administrative sanctions eased (0351, as the tuning gold codes a ban on websites lifted 0811)"
        " where the gold has rights granted (0343)",
    "Jakarta agreed to allow a U.N.-sanctioned multinational force into East Timor after days of mounting international pressure, Indonesia's foreign minister said.":
        "Right at full code (0355) since the session, but the territory the force enters is the recipient,"
        " not the force's senders; (thirty-second session) 'U.N.-sanctioned' is one token, and only the"
        " '-led', '-owned' and '-flagged' suffixes are read as naming whose a thing is ('sanctioned' is"
        " also a regime under U.N. sanctions); a fix needs '-mandated'/'-sanctioned' forces read as the"
        " U.N.'s and the senders of a force let in put before the place it enters",
    "Senegal rallied African support for Ghana's candidate for the post of U.N. secretary-general at a meeting of the Organisation of African Unity, Senegalese diplomats said.":
        "The U.N. named in the title of the post sought is taken as a second recipient",
    "Iraq returned to Kuwait part of the national archive seized during its 1990 invasion, handing over the files at a border post under U.N. supervision.":
        "The participle 'handing over the files' is coded as information shared (064) with the U.N."
        " supervisors as recipient, and the return itself is not coded ('returned to Kuwait part of')",
    "Italian dairy farmers blocked the motorway into Milan with their tractors to protest against European Union milk quotas, police said.":
        "The European Union whose quotas are protested is taken as the recipient; the gold (their own"
        " state) may be the one at fault, as the Union made the policy protested",
    "Ethnic Albanian students demanding Albanian-language university education hurled stones at police in Tetovo, Macedonian officials said.":
        "An ethnic group is coded by its people's state (ALB), not by the state it lives in (MKD)",
    "Abkhaz separatist forces drove more than 200,000 ethnic Georgians from their homes in a campaign of ethnic cleansing, a U.N. report said.":
        "'drove ... from their homes' has rows (201) for the peoples the lexicon lists, not Georgians;"
        " (thirty-second session) still wrong three ways: the people driven out would need reading as"
        " an ethnic group by its 'ethnic' modifier (objmod=ethnic), 201 would need 203 when the phrase"
        " names ethnic cleansing (a subcode row), and the Abkhaz forces are XAB where the gold takes"
        " Georgia's (GEO), which needs dates on a breakaway region's code",
}

# Right at root and dyad but wrong at full code after the session: text -> reason (strict xfail).
FULL_WRONG: dict[str, str] = {
    "Several thousand students marched through Jakarta to demand an end to the army's reserved seats in parliament, police said.":
        "'an end to' reads as a policy ended (1412); the army's seats in parliament are not known as an"
        " institution ('parliament' alone would turn demands that parliament pass a bill into 1414)",
    "Madhesi protesters demanding a federal state in the southern plains stormed government offices in Birgunj, Nepalese police said.":
        "'a federal state' is not read as a change of the system; 'federal' alone would also take"
        " 'the withdrawal of federal troops'",
}


test_probe_size, test_probe_root, test_probe_full = full_probe_tests(EVENTS, ROOT_WRONG, FULL_WRONG, size=80)


# The session's rules, each on sentences of the helper's own, with look-alikes.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # An expulsion of a thousand or more is a mass expulsion (201), as "expelled thousands" is ...
    ("Kinshasa ordered the expulsion of more than 20,000 Angolan diamond diggers from its border provinces, officials said.",
     "201", {"COD"}, {"AGO"}),
    # ... a few journalists expelled stay individuals (174).
    ("Moscow ordered the expulsion of three Georgian journalists accused of spying.", "174", {"RUS"}, {"GEO"}),
    # A country returned to civilian rule is a change of the system promised (0344) ...
    ("Nigeria's military ruler promised to return the country to civilian rule by October 1998.", "0344", {"NGA"}, {"NGA"}),
    # ... power returned to civilians is still a change of leadership (0341).
    ("Niger's junta promised to return power to civilians within a year.", "0341", {"NER"}, {"NER"}),
    # A constituent assembly or federalism demanded is a change of institutions (1444, 1414).
    ("Tens of thousands of protesters blocked highways across Nepal to demand a constituent assembly.", "1444", {"NPL"}, {"NPL"}),
    ("Hundreds of Sikh activists marched in Amritsar to demand federalism and more powers for the state.", "1414", {"IND"}, {"IND"}),
    # The actor's own forces massed are no recipient: the state faced is.
    ("Syria massed Republican Guard units along its border with Jordan, Jordanian officials said.", "154", {"SYR"}, {"JOR"}),
    # ... police sent into a province of one's own stay a domestic deployment.
    ("Serbia sent special police units into Kosovo as fighting with the rebels spread.", "153", {"SRB"}, {"SRB"}),
    # The capitals of 1990s copy.
    ("Rangoon rejected a U.N. call for talks with the detained opposition leader.", "125", {"MMR"}, {"IGOUNO"}),
    ("Bonn expelled two Iranian diplomats accused of spying on exiled dissidents.", "161", {"DEU"}, {"IRN"}),
    ("Thousands of Ecuadoreans rallied in Guayaquil to demand the resignation of the finance minister.", "1411", {"ECU"}, {"ECU"}),
    # Suspects refused for trial are judicial cooperation refused (1213) ...
    ("The Sudanese government refused to hand over the three officials indicted by the International Criminal Court.",
     "1213", {"SDN"}, {"IGOICC"}),
    # ... captured soldiers kept are a refusal to release (1243).
    ("Hezbollah refused to release the two Israeli soldiers it captured in the border raid.", "1243", {"LBNHEZ"}, {"ISR"}),
    # "a halt to" talks or aid, as "a suspension of".
    ("Tokyo announced a halt to its talks with Pyongyang on normalising relations.", "164", {"JPN"}, {"PRK"}),
    ("Brussels announced a halt to development aid to Niger after the coup.", "1621", {"IGOEEC"}, {"NER"}),
    # The withdrawal of a peacekeeping mission ordered (1661).
    ("Bamako ordered the withdrawal of the U.N. peacekeeping mission within three months.", "1661", {"MLI"}, {"IGOUNO"}),
    # "warned it would pull its soldiers out of" a force: a threat to halt involvement (136).
    ("Kenya warned it would pull its soldiers out of the African Union force in Somalia unless they got better equipment.",
     "136", {"KEN"}, {"SOM"}),
    ("Burundi pulled its soldiers out of the African Union force in Somalia in a dispute over pay.", "166", {"BDI"}, {"SOM"}),
    # A parliament to be convened is a change of institutions refused (1234) ...
    ("The Nigerian junta rejected opposition demands to convene the elected national assembly.", "1234", {"NGA"}, {"NGA"}),
    # ... a peace conference to be convened is talks refused (125).
    ("Damascus rejected a French proposal to convene a regional peace conference.", "125", {"SYR"}, {"FRA"}),
    # Medical teams, food or relief supplies promised are humanitarian aid promised (0333).
    ("Paris offered to send a medical team to Bosnia's besieged town of Srebrenica.", "0333", {"FRA"}, {"BIH"}),
    ("Canada pledged 5 million dollars in relief supplies for Honduras after the hurricane.", "0333", {"CAN"}, {"HND"}),
    # A protest against the leader in person is for a change in leadership (1411, 1451) ...
    ("Thousands of students marched in Belgrade to protest against President Slobodan Milosevic.", "1411", {"SRB"}, {"SRB"}),
    ("Opposition supporters rallied in Lome against the president on Saturday.", "1411", {"TGO"}, {"TGO"}),
    # ... against the leader's plan or decision it is about policy (1412).
    ("Hundreds of farmers rallied in Manila against the president's land reform plan.", "1412", {"PHL"}, {"PHL"}),
    # A leader killed by a suicide bomber is assassinated (186), whatever the means ...
    ("Burundi's president was killed by a suicide bomber at a rally in Bujumbura.", "186", {"BDI"}, {"BDI"}),
    ("The governor of Kandahar was killed by a suicide bomber outside his office.", "186", {"AFG"}, {"AFG"}),
    # ... a leader who survives the bomber keeps the bombing (1831).
    ("Burundi's president survived an attack by a suicide bomber at a rally in Bujumbura.", "1831", {"BDI"}, {"BDI"}),
    # An agreement that names what is allowed gives the kind to the governed act (0355).
    ("Belgrade agreed to allow a NATO-led force into Kosovo after 78 days of air strikes.", "0355", {"SRB"}, {"IGOWSTNAT"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True, by_country=False), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Federal funds asked for are no change of the system.
    ("Truck drivers blocked the main highway to Caracas to demand federal funds for road repairs.", "1444"),
    # A match or a concert halted is no talks halted.
    ("The referee announced a halt to the match after fans threw flares.", "16"),
    ("The organisers announced a halt to the concert after a stage collapsed.", "16"),
    # Tanks withdrawn from a city are no peacekeepers expelled.
    ("The general ordered the withdrawal of the tanks from the city centre.", "1661"),
    # Talks held in Bonn are no German act.
    ("Climate negotiators from 190 countries gathered in Bonn on Monday.", "0"),
    # Medical research offered is no relief promised.
    ("India offered to cooperate with Pakistan on medical research.", "0333"),
    # Food exports are trade, no relief.
    ("Brazil pledged to boost its food exports to Egypt.", "0333"),
    # A pullout told as past is no threat.
    ("Uganda warned that its soldiers pulled out of the town of Kismayo last week.", "13"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
