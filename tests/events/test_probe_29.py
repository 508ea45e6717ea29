"""Generalisation probe, twenty-ninth session: 100 wire-style sentences of the helper's own (none
from bench/data or the earlier test_probe_*.py files), hand-coded with the full CAMEO code before
accord was run on them. This round is written in the voice of agency copy of 1998-2016, the era of
the PETRARCH and ICEWS validation sets: the Middle East peace process, Iraq and Afghanistan, the
Balkans and the Caucasus, the two Koreas, India and Pakistan, the African crises, Latin America
and Iran's nuclear file. Long body sentences with attribution tails, officials by title only,
passives, nominal events, coordination, reported-speech chains, "the two sides", "both
countries", rebels and militants coded by their country; 80 sentences with one gold event each
and 20 that must stay quiet (sport, deals between companies, culture, weather, accidents,
statistics, root-01 remarks, which the wire sets do not code).

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight 95 of the 100 were right at root and dyad (76 of 80 event sentences, 19 of 20
quiet) and 61 of 80 at full code. The misses: a passive recognition whose "by" phrase the parser
hangs on the noun of "as an independent state" (no actor found); an inquiry into torture "at the
U.S. detention centre" coded as Spain's on itself; "demanded an apology from Washington for a
NATO air strike", coded as a demand for military aid (1032) with NATO as a second recipient;
"condemned the NATO bombing of Yugoslavia", with the bombed state as a second recipient; and a
Russian oil firm buying a stake in "an Italian refinery", coded as intent to cooperate.
No gold code was changed after accord was run. After the session's rules all 100 are right at
root and dyad and 70 of 80 at full code; besides the four missed events, the rules also fixed five
full-code slips (a truce asked for read as a change of institutions because of "civilians" in a
purpose clause, support for a party's position "in the dispute" read as settling it, forces to be
modernised read as protection, tear gas and water cannon with no "at" phrase left to the purpose
verb's 170, a protest against a barrier's construction left at 141). The ten still wrong at full
code are sub-code judgements and are not asserted (this probe compares roots): talks read as 046
where the gold has 040 or 044 and the reverse, intent to supply gas as economic aid, a threat to
deploy missiles or to attack civilians as 1384, a rejected proposal with "economic incentives" as
1211, a rejected U.N. plan for supervised independence as 1234 (gold 127), a protest against a
declaration of independence as 1414, and an appeal to stop insurgents crossing as 0242. The
probe asks only that some asserted event match, so an extra event beside the right one is not
counted against it.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The Palestinian president appealed to the international community on Sunday to send emergency aid to the Gaza Strip, where fuel shortages have shut down the only power plant, the official WAFA news agency reported.",
     [("0233", {"PSE"}, set())]),
    ("The Afghan president urged Pakistan to do more to stop Taliban insurgents from crossing the border, a spokesman for the presidential palace said on condition of anonymity.",
     [("020", {"AFG"}, {"PAK"})]),
    ("Seoul called on Pyongyang to return to the six-party talks on its nuclear programme without preconditions, the South Korean unification ministry said in a statement.",
     [("026", {"KOR"}, {"PRK"})]),
    ("The U.N. secretary-general appealed to the Sri Lankan government and the Tamil Tiger rebels to observe a humanitarian truce so that aid could reach civilians trapped in the war zone, his spokeswoman said.",
     [("0256", {"IGOUNO"}, {"LKA"})]),
    ("Iraq's foreign minister asked the United Nations to extend the mandate of the multinational force for another year, saying Iraqi troops were not yet ready to take over security, the ministry said.",
     [("0234", {"IRQ"}, {"IGOUNO"})]),
    ("The Georgian president asked Washington to supply air defence systems and anti-tank weapons to rebuild his army after the five-day war with Russia, his office said.",
     [("0232", {"GEO"}, {"USA"})]),
    ("The opposition leader called on the Zimbabwean president to step down and hand power to a transitional government, telling a rally in Harare that the country could not wait for another election.",
     [("0241", {"ZWE"}, {"ZWE"})]),
    ("The British foreign secretary urged Belgrade to let international monitors back into Kosovo, where fighting between Serbian forces and ethnic Albanian guerrillas has driven tens of thousands from their homes.",
     [("0255", {"GBR"}, {"SRB"})]),
    # 03 intent
    ("Japan pledged 5 billion dollars in reconstruction aid to Afghanistan over five years at a donors' conference in Tokyo on Wednesday, the foreign ministry said.",
     [("0331", {"JPN"}, {"AFG"})]),
    ("India and Pakistan agreed to resume the peace dialogue suspended after the Mumbai attacks, the two sides said in a joint statement issued after talks between their foreign secretaries in Thimphu.",
     [("036", {"IND", "PAK"}, set())]),
    ("The Sudanese government said it was ready to accept a joint African Union and United Nations peacekeeping force in Darfur, a reversal that Western diplomats described as a breakthrough.",
     [("0355", {"SDN"}, {"IGOUNO"})]),
    ("The Colombian government offered to release 50 jailed FARC guerrillas in exchange for hostages held by the rebels, the peace commissioner told reporters in Bogota.",
     [("0353", {"COL"}, {"COL"})]),
    ("Turkey will support Azerbaijan's position in the Nagorno-Karabakh dispute at all international forums, the Turkish president told his Azerbaijani counterpart during a visit to Baku.",
     [("032", {"TUR"}, {"AZE"})]),
    ("Washington is prepared to lift some sanctions on Pyongyang if North Korea dismantles its nuclear facilities, the chief U.S. negotiator said on Friday.",
     [("0354", {"USA"}, {"PRK"})]),
    ("The Russian president promised to help Venezuela modernise its armed forces after talks with the Venezuelan president in Moscow, the Kremlin said.",
     [("0332", {"RUS"}, {"VEN"})]),
    ("Kazakhstan agreed to supply Ukraine with 6 billion cubic metres of gas a year under a deal initialled by the two energy ministers in Astana, the Ukrainian ministry said.",
     [("0311", {"KAZ"}, {"UKR"})]),
    # 04 consult
    ("The Israeli prime minister and the Palestinian president met in Jerusalem on Sunday for their first face-to-face talks in more than a year, an aide to the prime minister said.",
     [("040", {"ISR", "PSE"}, set())]),
    ("The Indian foreign secretary arrived in Islamabad on Tuesday for two days of talks with his Pakistani counterpart on Kashmir and other disputes, the Press Trust of India reported.",
     [("042", {"IND"}, {"PAK"})]),
    ("The Iranian nuclear negotiator held talks with the European Union foreign policy chief in Geneva on Saturday, but the two sides failed to narrow their differences, a diplomat close to the talks said.",
     [("044", {"IRN"}, {"IGOEEC"})]),
    ("The Chinese president received the visiting South African president in the Great Hall of the People on Monday, and the two leaders discussed trade and investment, the Xinhua news agency reported.",
     [("043", {"CHN"}, {"ZAF"})]),
    ("The two Koreas opened their first high-level talks in seven years in the border truce village of Panmunjom on Tuesday, the South Korean unification ministry said.",
     [("040", {"KOR", "PRK"}, set())]),
    ("The French president telephoned his Russian counterpart on Thursday to discuss the crisis in Georgia, the Elysee palace said.",
     [("041", {"FRA"}, {"RUS"})]),
    ("Norway's special peace envoy shuttled between the government in Colombo and Tamil Tiger leaders in the northern town of Kilinochchi this week in an effort to rescue the faltering truce, the Norwegian embassy said.",
     [("045", {"NOR"}, {"LKA"})]),
    ("Talks between the Sudanese government and rebel groups from Darfur opened in the Libyan town of Sirte on Saturday under the auspices of the African Union and the United Nations, but the main rebel factions stayed away.",
     [("046", {"SDN"}, {"SDN"})]),
    # 05 diplomatic cooperation
    ("The European Union welcomed the signing of a peace agreement between the Sudanese government and southern rebels in Nairobi, calling it a historic step towards ending Africa's longest civil war, the EU presidency said in a statement.",
     [("051", {"IGOEEC"}, {"SDN"})]),
    ("Turkey and Armenia signed protocols in Zurich on Saturday to establish diplomatic relations and reopen their shared border, the Swiss foreign ministry said.",
     [("057", {"TUR", "ARM"}, set())]),
    ("Serbia's president apologised on Wednesday for crimes committed by Serbian forces against Croatian civilians during the 1991 war, in a speech in the town of Vukovar.",
     [("055", {"SRB"}, {"HRV"})]),
    ("The Indian prime minister praised Bangladesh's crackdown on militant groups operating from its territory, saying it had strengthened trust between the two neighbours, in a speech in Dhaka.",
     [("051", {"IND"}, {"BGD"})]),
    ("Kosovo was recognised as an independent state by the United States, Britain and France on Monday, a day after its parliament declared independence from Serbia.",
     [("054", {"USA", "GBR", "FRA"}, {"XKX"})]),
    # 06 material cooperation
    ("Russian and Chinese troops began joint military exercises on the Shandong peninsula on Thursday, the first such drills between the two countries, the Xinhua news agency reported.",
     [("062", {"RUS", "CHN"}, set())]),
    ("Thailand handed over a suspected Islamist militant leader to the United States, where he faces charges over the Bali bombings, a Thai police general said on condition of anonymity.",
     [("063", {"THA"}, {"USA"})]),
    ("Turkmenistan began pumping natural gas to China through a new pipeline across Central Asia on Monday, the presidents of both countries said at a ceremony at the gas field.",
     [("061", {"TKM"}, {"CHN"})]),
    # 07 aid
    ("The World Food Programme began airdropping food to flood victims cut off by rising waters in southern Mozambique, a spokesman for the agency said in Geneva.",
     [("073", {"IGOUNO"}, {"MOZ"})]),
    ("Washington delivered 12 military helicopters to the Iraqi army on Sunday as part of a package to help Baghdad fight insurgents, the U.S. embassy said.",
     [("072", {"USA"}, {"IRQ"})]),
    ("Britain granted asylum to a former Chechen separatist envoy wanted by Moscow on terrorism charges, the envoy's lawyer said.",
     [("075", {"GBR"}, {"RUS"})]),
    # 08 yield
    ("Israel released 198 Palestinian prisoners on Monday in a goodwill gesture to the Palestinian president, the Israeli prison service said.",
     [("0841", {"ISR"}, {"PSE"})]),
    ("Syria completed the withdrawal of its troops from Lebanon on Tuesday, ending a 29-year military presence, a U.N. team confirmed.",
     [("0874", {"SYR"}, {"LBN"})]),
    ("The Nepalese king lifted the state of emergency imposed three months ago when he seized absolute power, the royal palace announced on state television.",
     [("0814", {"NPL"}, {"NPL"})]),
    ("The Georgian interior minister resigned on Friday amid mounting protests over the death of a banker in police custody, the president's office said.",
     [("0831", {"GEO"}, {"GEO"})]),
    # 09 investigate
    ("A U.N. team began investigating allegations that Israeli forces committed war crimes during the three-week offensive in the Gaza Strip, the head of the mission told reporters in Geneva.",
     [("094", {"IGOUNO"}, {"ISR"})]),
    ("Spanish prosecutors opened an investigation into the alleged torture of prisoners at the U.S. detention centre at Guantanamo Bay, a court official said.",
     [("092", {"ESP"}, {"USA"})]),
    # 10 demand
    ("Hezbollah demanded that Israel release all Lebanese prisoners held in its jails, the group's leader said in a televised speech.",
     [("1053", {"LBN"}, {"ISR"})]),
    ("Baghdad demanded that Ankara withdraw the troops it sent into northern Iraq to pursue Kurdish rebels, saying the incursion violated Iraqi sovereignty, a government spokesman said.",
     [("1056", {"IRQ"}, {"TUR"})]),
    ("Pakistan's prime minister demanded an apology from Washington for a NATO air strike that killed 24 Pakistani soldiers at two border posts, state television quoted an aide as saying.",
     [("100", {"PAK"}, {"USA"})]),
    # 11 disapprove
    ("The Indian government blamed Pakistan-based militants for the attack on parliament, and a senior minister said the gunmen had been trained on Pakistani soil, the agency reported.",
     [("1123", {"IND"}, {"PAK"})]),
    ("The Russian foreign ministry condemned the NATO bombing of Yugoslavia as an act of aggression against a sovereign state, the Interfax news agency reported.",
     [("111", {"RUS"}, {"IGOWSTNAT"})]),
    ("Venezuela's decision to shut down an opposition television station was criticised by the United States as a blow to freedom of expression, the State Department spokesman said.",
     [("111", {"USA"}, {"VEN"})]),
    ("Armenia accused Azerbaijan of violating the ceasefire along the line of contact in Nagorno-Karabakh, saying two Armenian soldiers had been killed by sniper fire, the defence ministry said.",
     [("1123", {"ARM"}, {"AZE"})]),
    ("The Egyptian foreign ministry summoned the Israeli ambassador on Friday to protest against the killing of three Egyptian border guards by Israeli troops, the official MENA news agency said.",
     [("114", {"EGY"}, {"ISR"})]),
    ("Kenyan opposition leaders denounced the electoral commission for declaring the president the winner of the disputed election, saying the vote count had been rigged.",
     [("111", {"KEN"}, {"KEN"})]),
    ("A Moscow court sentenced a former oil tycoon to nine years in prison for fraud and tax evasion, in a case his supporters said was politically motivated.",
     [("116", {"RUS"}, {"RUS"})]),
    # 12 reject
    ("Iran rejected a proposal by the European Union to suspend uranium enrichment in return for economic incentives, the chief nuclear negotiator said on Sunday.",
     [("127", {"IRN"}, {"IGOEEC"})]),
    ("The Tamil Tiger rebels turned down an offer by the Sri Lankan government to hold talks in Oslo, saying the army must first halt its offensive in the north, a rebel spokesman said.",
     [("125", {"LKA"}, {"LKA"})]),
    ("North Korea refused to allow inspectors of the International Atomic Energy Agency into its nuclear complex at Yongbyon, the agency's director general said.",
     [("1245", {"PRK"}, {"IGOUNOIAE"})]),
    ("The Bolivian president vetoed a bill passed by the opposition-controlled senate that would have allowed regions to hold autonomy referendums, his spokesman said.",
     [("129", {"BOL"}, {"BOL"})]),
    ("Serbia rejected a U.N. plan for supervised independence for Kosovo, saying it would never give up the province, the Serbian prime minister told parliament.",
     [("127", {"SRB"}, {"IGOUNO"})]),
    # 13 threaten
    ("Iran threatened to stop cooperating with U.N. nuclear inspectors if the Security Council imposed new sanctions over its nuclear programme, the deputy foreign minister was quoted as saying by the Fars news agency.",
     [("131", {"IRN"}, {"IGOUNO"})]),
    ("Russia will deploy short-range missiles in the Kaliningrad enclave if Washington presses ahead with plans for a missile shield in Poland and the Czech Republic, the Russian president said in his annual address.",
     [("138", {"RUS"}, {"USA"})]),
    ("The Lord's Resistance Army threatened to resume attacks on civilians in northern Uganda unless the government withdrew its troops from their positions, a rebel commander told reporters by satellite telephone.",
     [("1383", {"UGA"}, {"UGA"})]),
    # 14 protest
    ("Tens of thousands of Serbs marched through Belgrade on Saturday to protest against Kosovo's declaration of independence, and some protesters attacked the U.S. embassy, police said.",
     [("141", {"SRB"}, {"XKX"})]),
    ("Dozens of opposition activists began a hunger strike outside the Georgian parliament in Tbilisi on Monday to demand early elections, an opposition spokesman said.",
     [("1421", {"GEO"}, {"GEO"})]),
    ("Thousands of Palestinians demonstrated in Ramallah against Israel's construction of a separation barrier in the West Bank, witnesses said.",
     [("1412", {"PSE"}, {"ISR"})]),
    # 15 force posture
    ("India moved troops and armour to its border with Pakistan after the attack on the parliament in New Delhi, defence officials said.",
     [("154", {"IND"}, {"PAK"})]),
    ("The Thai army put its forces on high alert along the Cambodian border following a clash near the disputed Preah Vihear temple, an army spokesman said.",
     [("152", {"THA"}, {"KHM"})]),
    # 16 reduce relations
    ("Georgia broke off diplomatic relations with Russia on Friday in protest at the presence of Russian troops in Abkhazia and South Ossetia, the Georgian deputy foreign minister said.",
     [("161", {"GEO"}, {"RUS"})]),
    ("The European Union imposed an arms embargo and a visa ban on Uzbekistan's top officials over the killing of protesters in Andijan, EU foreign ministers said in a statement.",
     [("163", {"IGOEEC"}, {"UZB"})]),
    ("Washington suspended military aid to Honduras after the army ousted the president and flew him into exile in Costa Rica, a State Department official said.",
     [("1622", {"USA"}, {"HND"})]),
    # 17 coerce
    ("Israeli troops arrested 15 Palestinians suspected of belonging to Islamic Jihad in raids across the West Bank overnight, an army spokesman said.",
     [("173", {"ISR"}, {"PSE"})]),
    ("Zimbabwean police raided the offices of the opposition Movement for Democratic Change in Harare and seized documents and computers, a party spokesman said.",
     [("1711", {"ZWE"}, {"ZWE"})]),
    ("Riot police fired tear gas and water cannon to break up a rally by thousands of opposition supporters in the Ethiopian capital, witnesses said.",
     [("175", {"ETH"}, {"ETH"})]),
    ("A court in Kazakhstan banned the main opposition party on charges of inciting social unrest, the party's leader said.",
     [("1722", {"KAZ"}, {"KAZ"})]),
    ("Three British sailors were seized by Iranian naval forces in the Shatt al-Arab waterway, the British defence ministry said.",
     [("173", {"IRN"}, {"GBR"})]),
    # 18 assault
    ("A suicide bomber blew himself up outside a police recruitment centre in the Iraqi town of Baquba on Monday, killing 27 recruits, police and hospital officials said.",
     [("1831", {"IRQ"}, {"IRQ"})]),
    ("Two German engineers working on a dam project in northern Afghanistan were kidnapped by gunmen, a provincial police chief said.",
     [("181", {"AFG"}, {"DEU"})]),
    # 19 fight
    ("American and Afghan troops backed by helicopter gunships attacked Taliban positions in the Arghandab valley north of Kandahar, killing at least 30 insurgents, a NATO spokesman said.",
     [("190", {"USA", "AFG"}, {"AFG"})]),
    ("Ethiopian and Eritrean forces clashed along the disputed border near the town of Badme, both sides said.",
     [("190", {"ETH", "ERI"}, set())]),
    ("Russian aircraft bombed the Georgian town of Gori on Saturday, killing several civilians, the Georgian government said.",
     [("195", {"RUS"}, {"GEO"})]),
    ("Israeli artillery shelled targets in the northern Gaza Strip after militants fired rockets at the town of Sderot, the army said.",
     [("194", {"ISR"}, {"PSE"})]),
    ("Pakistani security forces launched an offensive against Taliban militants in the Swat valley, the military's spokesman said.",
     [("190", {"PAK"}, {"PAK"})]),
    # 20 mass violence
    ("Militiamen killed more than 200 villagers in a series of ethnic massacres in eastern Congo's Ituri province, U.N. officials said.",
     [("202", {"COD"}, {"COD"})]),
]

QUIET = [
    "Brazil beat Argentina 3-1 in a World Cup qualifier in Rosario on Saturday, with both of Brazil's strikers scoring in the second half.",
    "Dutch brewer Heineken agreed to buy the beer business of a Mexican drinks group in a deal worth 7.6 billion dollars, the companies said on Monday.",
    "A passenger train derailed in northern India on Sunday, killing at least 35 people and injuring more than 200, railway officials said.",
    "Heavy rains triggered landslides that buried dozens of homes in the Philippine province of Leyte, the national disaster agency said on Friday.",
    "Germany's unemployment fell to 3.2 million in October, the lowest level in 14 years, the Federal Labour Office said.",
    "The Iraqi national museum reopened its galleries in Baghdad on Monday, six years after looters stole thousands of antiquities during the U.S.-led invasion.",
    "The Turkish prime minister said he was confident that negotiations on his country's membership of the European Union would be completed within ten years, speaking to reporters on his plane.",
    "A spokesman for the Israeli prime minister declined to comment on a newspaper report that secret contacts with Syria had resumed.",
    "India's economy grew by 9.2 percent in the quarter to September, the fastest pace in more than a year, the Central Statistical Organisation said.",
    "Kenyan runners took the first four places in the Boston marathon on Monday, extending their country's long domination of the race.",
    "A coal mine flooded in the northern Chinese province of Shanxi on Sunday, trapping 153 miners underground, the state work safety administration said.",
    "The Afghan finance minister said poppy cultivation had fallen by a fifth this year, according to a survey carried out by the ministry.",
    "Chelsea completed the signing of the Ivory Coast striker from Marseille for a club record fee, the London club said on its website.",
    "The Palestinian author won the top prize at the Cairo book fair for a novel about life in a refugee camp in Lebanon, the organisers said.",
    "A cyclone packing winds of more than 200 kilometres an hour slammed into the coast of Myanmar on Saturday, flattening villages in the Irrawaddy delta, state radio said.",
    "Russian oil producer Lukoil said it had agreed to buy a stake in an Italian refinery from the oil firm ERG for 1.35 billion euros.",
    "The Venezuelan president said in his weekly television programme that socialism was the only path for Latin America and that capitalism had failed.",
    "South Korean shipbuilder Hyundai Heavy Industries won an order to build four tankers for a Greek shipping company, the company said in a regulatory filing.",
    "The Pakistani cricket team arrived in India on Tuesday for a six-week tour, the first full series between the two countries in five years, the board said.",
    "The Lebanese singer opened a summer music festival in the ancient Roman temples of Baalbek on Friday, before a crowd of some 5,000 people.",
]


# Sentences still wrong after the session: text -> reason (strict xfail). None is wrong at root and dyad;
# the table is kept, empty, for the next round.
STILL_WRONG: dict[str, str] = {}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A passive whose "by" the parser hangs on the noun of an "as" phrase: the "by" is its agent.
    ("South Sudan was recognised as a sovereign state by Egypt and Kenya on Saturday, a week after independence.",
     "054", {"EGY", "KEN"}, {"SSD"}),
    ("The agreement was welcomed as a breakthrough by the Iranian president.", "051", {"IRN"}, set()),
    # An apology asked for: no sub-code from what it is for, and asked of the "from" party only.
    ("Turkey demanded an apology from Tel Aviv for a naval raid that killed nine Turkish activists.",
     "100", {"TUR"}, {"ISR"}),
    ("Pakistan demanded an apology from Washington for a NATO helicopter raid on a border post.",
     "100", {"PAK"}, {"USA"}),
    # Criticism or praise of an act whose doer is named: aimed at the doer, not at whom it befell.
    ("China condemned the American bombing of Serbia as a violation of international law.", "111", {"CHN"}, {"USA"}),
    ("Islamabad praised India's release of 50 Pakistani fishermen.", "051", {"PAK"}, {"IND"}),
    ("The Kremlin criticised the arrest of four Russian journalists by Latvian police.", "111", {"RUS"}, {"LVA"}),
    # A truce asked to be kept is de-escalation (0256), whatever the purpose clause names.
    ("The Arab League chief urged the Yemeni government and the Houthi rebels to observe a truce so that food could "
     "reach civilians in Taiz.", "0256", {"IGO"}, {"YEM"}),
    # Support for a party's position in a dispute is policy support (032), not settling it (037).
    ("China will back Pakistan's stance in the Kashmir dispute, the Chinese premier told his Pakistani counterpart.",
     "032", {"CHN"}, {"PAK"}),
    # Forces to be modernised, trained or equipped are the helped party's own: military aid (0332).
    ("Moscow promised to help Syria modernise its armed forces, the Russian defence minister said.",
     "0332", {"RUS"}, {"SYR"}),
    # (a force sent to protect the helped party is protection, 0334)
    ("Moscow promised to send troops to protect Syria, the Russian defence minister said.", "0334", {"RUS"}, {"SYR"}),
    # Tear gas and water cannon fired with no target phrase: violent repression (175).
    ("Police fired tear gas and water cannon to break up a march by students in Santiago.", "175", {"CHL"}, {"CHL"}),
    # A protest against a work built, pulled down or shut is one for a change of policy (1412).
    ("Hundreds of villagers demonstrated in Assam against the construction of a big dam on the Subansiri river.",
     "1412", {"IND"}, {"IND"}),
    # An inquiry into what was done to people in a state's custody is aimed at that state.
    ("Belgian prosecutors opened an investigation into the alleged torture of detainees at a Russian detention centre.",
     "092", {"BEL"}, {"RUS"}),
    ("The U.N. opened an investigation into the deaths of inmates in a Syrian prison.", "091", {"IGOUNO"}, {"SYR"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # A firm buying a stake in a foreign refinery or plant is commerce.
    ("Spanish energy group Repsol said it had agreed to buy a stake in a Brazilian refinery from a local firm.", "03"),
    ("Japanese carmaker Honda said it would buy a Mexican car factory from its partner.", "03"),
    # An air strike demanded stays one (1032): only an apology's "for" is no thing asked.
    ("The Kurdish regional government demanded air strikes on militant positions near Kirkuk.", "100"),
    # A protest against a country's expansion at sea is no protest against a work built.
    ("Hundreds of Vietnamese rallied in Hanoi to protest against China's expansion in the South China Sea.", "1412"),
    # Fire crews spraying water cannon on a fire repress nobody.
    ("The fire brigade fired water cannon at the burning warehouse in the port.", "17"),
    # Forces sent to protect are protection (0234), not help for the asker's own army.
    ("Mali asked France to send troops to protect the northern towns.", "0232"),
    # Settling a dispute itself stays 037.
    ("Norway pledged to support a peaceful settlement of the border dispute between Eritrea and Ethiopia.", "032"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A request with no "from" party keeps whom its "for" names.
    ("Ukraine asked Germany for tanks and air defence systems.", "023", {"UKR"}, {"DEU"}),
    # A criticised act with no doer named keeps the ones it befell.
    ("Iran condemned the killing of Iranian diplomats in Mazar-i-Sharif.", "111", {"IRN"}, None),
    # A protest for someone's release is no protest against a work built.
    ("Hundreds of people marched in Baku to demand the release of jailed journalists.", "14", {"AZE"}, {"AZE"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
