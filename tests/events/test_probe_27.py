"""Generalisation probe, twenty-sixth session, third round: 100 wire-style sentences of the helper's
own (none from bench/data, test_probe_25.py or test_probe_26.py), hand-coded before accord was run
on them. They aim at what makes real agency copy hard: long body sentences with attribution tails,
officials named only by title with the country given by a possessive or demonym, passives with and
without agents, nominal events, appositions, coordinated acts and reported-speech chains. 80 carry
events over roots 02 to 20 (two of them two events each); 20 must stay quiet (sport, deals between
companies, culture, weather, accidents, statistics, domestic administration, a root 01 remark,
"declined to comment").

Compared as test_probe_26.py compares: actor codes by their country part, negated events left
out, and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight, with the first gold, 86 of the 100 were right (68 of 80 event sentences, 18 of 20
quiet; 70 of 82 events at root and dyad, 56 at full code). Two gold codes were then corrected after
checking the wire sets' conventions (marked below); by them 88 were right at first sight. After the
session's rules 92 are right (74 of 82 events, 59 at full code, all 20 quiet); the 8 still wrong are
strict xfails with the reason. In the twenty-eighth session (helper wt-xfail28) seven of the eight were
fixed by general rules (tested on sentences of their own in test_xfail_28.py); one is left.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The Kenyan foreign minister urged the government of South Sudan on Tuesday to allow aid convoys to reach civilians trapped by fighting in Upper Nile state, the ministry said in a statement posted on its website.",
     [("020", {"KEN"}, {"SSD"})]),
    ("Jordan's king called on donor countries to step up funding for Syrian refugees hosted in the kingdom, warning that shortfalls were pushing thousands of families into poverty, the royal court said in a statement.",
     [("0233", {"JOR"}, set())]),
    ("In a letter to the United Nations Security Council, the Armenian foreign ministry appealed for the deployment of international observers along the border with Azerbaijan, the state news agency Armenpress reported.",
     [("020", {"ARM"}, {"IGOUNO"})]),
    ("The president's spokesman said Nigeria had asked Britain to return hundreds of bronze artefacts looted from the ancient kingdom of Benin in 1897, according to a statement issued in Abuja on Friday.",
     [("020", {"NGA"}, {"GBR"})]),
    # 03 intent
    ("Indonesia's navy chief said his country would hold joint patrols with Malaysia in the Strait of Malacca from next month to combat piracy and smuggling, according to the state news agency Antara.",
     [("0312", {"IDN"}, {"MYS"})]),
    ("The Japanese prime minister pledged 500 million dollars to help rebuild Ukraine's battered power grid, the government's top spokesman told a regular news conference in Tokyo on Wednesday.",
     [("0331", {"JPN"}, {"UKR"})]),
    ("Egypt's foreign minister said Cairo was ready to mediate between the Sudanese army and the paramilitary Rapid Support Forces to end a war that has displaced millions, the ministry said in a statement on Sunday.",
     [("039", {"EGY"}, {"SDN"})]),
    ("Brazil's president promised his Argentine counterpart that Brasilia would help finance a gas pipeline linking the two countries' networks, according to a statement released by the presidency after the meeting.",
     [("0311", {"BRA"}, {"ARG"})]),
    # 04 consult
    ("Talks between the foreign ministers of India and China in Beijing on Monday focused on easing tensions along their disputed Himalayan border, the Indian external affairs ministry said in a statement.",
     [("040", {"IND", "CHN"}, set())]),
    ("The head of the Pakistani army met the Saudi crown prince in Riyadh on Tuesday to discuss defence cooperation and regional security, the military's media wing said in a statement.",
     [("040", {"PAK"}, {"SAU"})]),
    ("Vietnam's prime minister will travel to Australia next week for talks with his Australian counterpart on trade and maritime security, the foreign ministry spokeswoman told a briefing in Hanoi.",
     [("036", {"VNM"}, {"AUS"})]),
    ("The Qatari emir spoke by telephone with the Iranian president on Saturday about the latest efforts to revive the nuclear talks with Western powers, the official Qatar News Agency reported.",
     [("041", {"QAT"}, {"IRN"})]),
    # 05 diplomatic cooperation
    ("Saudi Arabia and Iran agreed to restore diplomatic relations and reopen their embassies within two months, according to a joint statement issued after four days of talks in Beijing.",
     [("032", {"SAU", "IRN"}, set())]),  # first gold 054; "agreed to" is intent (README convention 4)
    ("The German chancellor praised Kazakhstan's president for his country's efforts to diversify oil export routes, his spokesman said after the two leaders met in Berlin on Thursday.",
     [("051", {"DEU"}, {"KAZ"})]),
    ("The Philippines and Japan signed a reciprocal access agreement on Monday that allows troops of each country to train on the other's soil, the Philippine defence department said.",
     [("057", {"PHL", "JPN"}, set())]),
    ("The Bolivian government apologised to Peru for comments by a senior official questioning the outcome of Peru's presidential election, the foreign ministry in La Paz said in a statement on Wednesday.",
     [("055", {"BOL"}, {"PER"})]),
    # 06 material cooperation
    ("Turkish and Azerbaijani troops began joint military exercises near the Azerbaijani exclave of Nakhchivan on Monday, involving tanks, artillery and combat helicopters, the Turkish defence ministry said.",
     [("062", {"TUR", "AZE"}, set())]),
    ("South Korean prosecutors said they had extradited to the United States a man wanted for laundering the proceeds of cryptocurrency fraud, the first such transfer under a treaty signed in 1998.",
     [("063", {"KOR"}, {"USA"})]),
    ("Kazakhstan began supplying wheat and flour to Afghanistan under a barter deal signed last year, the Kazakh agriculture ministry said, adding that the first trains had crossed the border.",
     [("061", {"KAZ"}, {"AFG"})]),
    ("Moroccan intelligence services shared information with Spanish police that led to the arrest of four suspected jihadists in Barcelona, the Spanish interior ministry said on Friday.",
     [("064", {"MAR"}, {"ESP"})]),
    # 07 aid
    ("The European Union has provided 50 million euros in humanitarian aid to Pakistan for victims of the floods, the bloc's crisis management commissioner said during a visit to Sindh province.",
     [("073", {"IGOEEC"}, {"PAK"})]),
    ("Military equipment including drones and night-vision goggles was delivered to Ukraine by Lithuania this week, the Lithuanian defence minister said in a post on social media.",
     [("072", {"LTU"}, {"UKR"})]),
    ("China's ambassador handed over 10,000 tonnes of rice donated by Beijing to the government of Sri Lanka at a ceremony in Colombo port, the Chinese embassy said.",
     [("070", {"CHN"}, {"LKA"})]),
    ("The Armenian government granted asylum to a Russian journalist who fled Moscow after criticising the war in Ukraine, the interior ministry said in a brief statement.",
     [("075", {"ARM"}, {"RUS"})]),
    # 08 yield
    ("Iran freed a French tourist held for more than two years on espionage charges, the French president's office said on Friday, welcoming the release and thanking Oman for its mediation.",
     [("0841", {"IRN"}, {"FRA"})]),
    ("The Ethiopian government lifted the state of emergency it had imposed in the Amhara region a year ago, the state broadcaster EBC reported, citing a decision by the council of ministers.",
     [("0814", {"ETH"}, {"ETH"})]),
    ("Russian peacekeepers completed their withdrawal from the Karabakh region of Azerbaijan, ending a deployment that began after the 2020 war, the Azerbaijani presidency said.",
     [("0874", {"RUS"}, {"AZE"})]),
    ("The United States eased sanctions on Venezuela's oil sector after the government in Caracas agreed with the opposition on a timetable for a presidential election, the Treasury Department said.",
     [("085", {"USA"}, {"VEN"})]),
    # 09 investigate
    ("German prosecutors have opened an investigation into two Russian nationals suspected of spying on Ukrainian soldiers being trained in Bavaria, the federal prosecutor's office said on Wednesday.",
     [("091", {"DEU"}, {"RUS"})]),
    ("A United Nations fact-finding mission began investigating alleged abuses by Venezuelan security forces during the crackdown on protests after the disputed election, a spokesman for the mission said.",
     [("092", {"IGOUNO"}, {"VEN"})]),
    ("Brazil's federal police opened an inquiry into alleged illegal gold mining by a Canadian company on Indigenous land in the Amazon, the justice ministry said in a statement.",
     [("091", {"BRA"}, {"CAN"})]),
    # 10 demand
    ("The Chinese foreign ministry spokesman demanded that the Philippines immediately withdraw its vessels from waters near Second Thomas Shoal, calling their presence a serious violation of China's sovereignty.",
     [("106", {"CHN"}, {"PHL"})]),
    ("Poland's deputy foreign minister demanded that Germany pay reparations for damage caused during World War Two, in a diplomatic note handed to the German ambassador in Warsaw on Tuesday.",
     [("100", {"POL"}, {"DEU"})]),
    ("The Ukrainian president's chief of staff said Kyiv had demanded that Russia return thousands of children deported from occupied territories, the Ukrinform news agency reported.",
     [("1053", {"UKR"}, {"RUS"})]),
    ("Lebanon's caretaker prime minister demanded that Israel halt its violations of Lebanese airspace and withdraw from border areas, his office said in a statement after meeting the U.N. envoy.",
     [("100", {"LBN"}, {"ISR"})]),
    # 11 disapprove
    ("Algeria's foreign ministry strongly condemned France's decision to recognise Moroccan sovereignty over Western Sahara, calling it a violation of international law, the official APS news agency reported.",
     [("111", {"DZA"}, {"FRA"})]),
    ("The Australian prime minister criticised Beijing's treatment of a detained Australian writer, saying the suspended death sentence handed down to him by a Chinese court was appalling.",
     [("111", {"AUS"}, {"CHN"})]),
    ("Colombia's defence minister accused the government of neighbouring Venezuela of sheltering commanders of the ELN guerrilla group, according to a statement posted on the ministry's website.",
     [("112", {"COL"}, {"VEN"})]),
    ("Pakistan's foreign office blamed Afghanistan's Taliban government for a suicide bombing that killed 12 soldiers in North Waziristan, saying the attackers had come from across the border.",
     [("112", {"PAK"}, {"AFG"})]),
    # 12 reject
    ("Israel's prime minister rejected a proposal by Egyptian mediators for a phased ceasefire in Gaza, his office said in a statement released late on Saturday.",
     [("120", {"ISR"}, {"EGY"})]),
    ("Hungary vetoed a planned European Union statement criticising China's crackdown in Hong Kong, diplomats in Brussels said, the latest in a series of vetoes by Budapest.",
     [("129", {"HUN"}, {"IGOEEC"})]),
    ("Mali's military government rejected a request by the United Nations to extend the mandate of its peacekeeping mission, the foreign minister told the Security Council in New York.",
     [("120", {"MLI"}, {"IGOUNO"})]),
    ("The Moroccan government turned down offers of rescue teams from Algeria and France after the earthquake, saying it had enough resources, the interior ministry said.",
     [("122", {"MAR"}, {"DZA", "FRA"})]),
    # 13 threaten
    ("North Korea's defence minister warned that Pyongyang would take overwhelming military action if South Korea and the United States went ahead with planned exercises, the official KCNA news agency reported.",
     [("138", {"PRK"}, {"KOR", "USA"})]),
    ("The Iranian foreign minister threatened to withdraw from the nuclear non-proliferation treaty if Britain, France and Germany reimposed U.N. sanctions, state television reported on Sunday.",
     [("130", {"IRN"}, {"GBR", "FRA", "DEU"})]),
    ("The Chinese commerce ministry threatened countermeasures against the Netherlands after the Dutch government tightened export controls on chip-making equipment, the ministry said on its website.",
     [("130", {"CHN"}, {"NLD"})]),
    ("Turkey's president warned Greece that it would pay a heavy price if it continued to militarise islands in the Aegean Sea, in a speech to party members in Ankara on Wednesday.",
     [("130", {"TUR"}, {"GRC"})]),
    # 14 protest
    ("Thousands of people protested outside the French embassy in Niamey on Sunday, demanding the withdrawal of French troops from Niger, according to witnesses and state television.",
     [("141", {"NER"}, {"FRA"})]),
    ("Opposition supporters marched through the streets of Dhaka on Saturday to demand the resignation of the prime minister, the latest in a wave of protests ahead of the election, police said.",
     [("1411", {"BGD"}, {"BGD"})]),
    ("Dozens of Kurdish prisoners in Turkish jails went on a hunger strike to protest against the isolation of the jailed PKK leader, a rights group said in a statement on Monday.",
     [("142", {"TUR"}, {"TUR"})]),
    ("Protesters in Georgia blocked the main highway linking the capital Tbilisi with the Black Sea coast for a second day, demanding the withdrawal of a law on foreign agents, local media reported.",
     [("144", {"GEO"}, {"GEO"})]),
    # 15 force posture
    ("China sent 30 warplanes and six naval vessels towards Taiwan on Tuesday in a show of force after the island's president passed through the United States, Taiwan's defence ministry said.",
     [("150", {"CHN"}, {"TWN"})]),
    ("Greece put its navy on alert after a Turkish research vessel entered disputed waters south of the island of Crete, a Greek government official said on Tuesday.",
     [("152", {"GRC"}, {"TUR"})]),
    ("India has deployed thousands of additional troops along its disputed border with China in the Ladakh region, the head of the army said in an interview with a newspaper.",
     [("154", {"IND"}, {"CHN"})]),
    ("Hundreds of riot police were deployed in the centre of Yerevan ahead of a planned opposition rally on Saturday, the Armenian interior ministry said in a statement.",
     [("153", {"ARM"}, {"ARM"})]),
    # 16 reduce relations
    ("Moldova expelled 20 Russian diplomats on Wednesday over what it called hostile actions against the state, the foreign ministry in Chisinau said in a statement.",
     [("161", {"MDA"}, {"RUS"})]),
    ("The Dutch government froze budget support to Uganda's government after the adoption of a harsh anti-homosexuality law, the development minister said in a letter to parliament.",
     [("162", {"NLD"}, {"UGA"})]),
    ("Mexico broke off diplomatic relations with Ecuador after Ecuadorean police stormed the Mexican embassy in Quito to arrest a former vice president, the Mexican president said.",
     [("161", {"MEX"}, {"ECU"})]),
    ("Chad recalled its ambassador from Qatar for consultations, the Chadian government's spokesman said on Thursday, accusing Doha of supporting rebels operating from Libya.",
     [("161", {"TCD"}, {"QAT"})]),
    # 17 coerce
    ("A Russian court sentenced an American journalist to 16 years in prison on espionage charges that he and his employer deny, the court's press service said on Friday.",
     [("116", {"RUS"}, {"USA"})]),  # first gold 173; the wire sets code a court's sentence 116
    ("Iranian naval forces seized a Greek-flagged oil tanker in the Gulf of Oman on Thursday, according to the official IRNA news agency, which said the ship had been confiscated on a court order.",
     [("1711", {"IRN"}, {"GRC"})]),
    ("Two Chinese nationals were arrested by Philippine authorities on suspicion of spying near military bases, the national bureau of investigation said on Tuesday.",
     [("173", {"PHL"}, {"CHN"})]),
    ("A British aid worker was detained in Tehran last month, the Foreign Office said on Thursday, adding that it was in contact with the Iranian authorities.",
     [("173", {"IRN"}, {"GBR"})]),
    # 18 assault
    ("A suicide bomber killed at least 15 people at a market in Mogadishu on Friday, police said, in an attack later claimed by the al Shabaab militant group.",
     [("1831", {"SOM"}, {"SOM"})]),
    ("Gunmen kidnapped eight Chinese workers from a gold mine in the Central African Republic, the Chinese embassy in Bangui said on Sunday.",
     [("181", {"CAF"}, {"CHN"})]),
    ("The mayor of a town in southern Mexico was shot dead by gunmen days after taking office, state prosecutors said.",
     [("186", {"MEX"}, {"MEX"})]),
    ("A roadside bomb struck a convoy of Malian soldiers near the town of Gao, killing six of them, the army said in a statement on Monday.",
     [("1833", {"MLI"}, {"MLI"})]),
    # 19 fight
    ("Israeli warplanes struck targets belonging to Hezbollah in southern Lebanon overnight, the Israeli military said, after rockets were fired across the border.",
     [("195", {"ISR"}, {"LBN"})]),
    ("Fighting between the Sudanese army and the Rapid Support Forces in El Fasher killed dozens of civilians over the weekend, the United Nations said.",
     [("190", {"SDN"}, {"SDN"})]),
    ("Azerbaijani and Armenian troops exchanged fire along their shared border on Tuesday, each side accusing the other of starting the clash.",
     [("190", {"AZE", "ARM"}, set())]),
    ("Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians and damaging a school, the regional governor said on Telegram.",
     [("194", {"RUS"}, {"UKR"})]),
    # 20 mass violence
    ("Islamist militants killed more than 100 villagers in an attack on a village in northern Burkina Faso, the government said, in one of the deadliest massacres of the insurgency.",
     [("202", {"BFA"}, {"BFA"})]),
    ("Thousands of Rohingya were driven from their villages by Myanmar soldiers in a campaign the United Nations has described as ethnic cleansing.",
     [("201", {"MMR"}, {"MMR"})]),
    ("Syrian government forces used chlorine gas in an attack on the rebel-held town of Douma, the chemical weapons watchdog OPCW concluded in a report released on Friday.",
     [("2041", {"SYR"}, {"SYR"})]),
    ("Eritrean troops massacred hundreds of civilians in the Ethiopian town of Axum in November 2020, Amnesty International said in a report.",
     [("202", {"ERI"}, {"ETH"})]),
    # coordination / chains
    ("Serbia's president said Belgrade had recalled its ambassador from Montenegro and expelled Montenegro's envoy, after the parliament in Podgorica adopted a resolution on the Jasenovac camp.",
     [("161", {"SRB"}, {"MNE"})]),
    ("Singapore's prime minister visited Malaysia on Monday and signed agreements on a cross-border rail link and energy trade with his Malaysian counterpart, the Malaysian foreign ministry said.",
     [("042", {"SGP"}, {"MYS"}), ("057", {"SGP"}, {"MYS"})]),
    ("The Indonesian foreign minister, Retno Marsudi, hosted her Dutch counterpart in Jakarta on Tuesday for talks on the return of colonial-era artefacts, the ministry said in a statement.",
     [("043", {"IDN"}, {"NLD"})]),
    ("Kenya's foreign minister said Ethiopia had warned Somalia against deploying Egyptian troops near their shared border, the Kenyan Nation newspaper reported.",
     [("130", {"ETH"}, {"SOM"})]),
    ("The Cuban foreign minister, Bruno Rodriguez, met his Russian counterpart in Moscow on Thursday and praised Russia's support for the island during the energy crisis, the Cuban foreign ministry said.",
     [("040", {"CUB"}, {"RUS"}), ("051", {"CUB"}, {"RUS"})]),
]

QUIET = [
    "Kenyan runner Faith Kipyegon broke her own world record in the 1,500 metres at the Diamond League meeting in Paris on Friday, finishing more than a second ahead of Ethiopia's Gudaf Tsegay.",
    "Japan beat Germany 2-1 in their opening World Cup match in Qatar on Wednesday, with two substitutes scoring in the last quarter of an hour.",
    "Swiss drugmaker Roche agreed to buy U.S. biotech firm Carmot Therapeutics for $2.7 billion, the companies said in a joint statement on Monday.",
    "Indian conglomerate Tata Group signed a deal with Airbus to buy 250 aircraft for its airline Air India, the companies said in a statement.",
    "Torrential rain triggered landslides that killed at least 23 people in Brazil's Sao Paulo state over the weekend, the state governor said on Monday.",
    "A passenger train derailed in eastern Slovakia on Thursday, injuring dozens of people, the country's railway operator said.",
    "Turkey's annual inflation slowed to 38 percent in October, the lowest in nearly two years, the state statistics institute said.",
    "The Egyptian culture ministry said the Grand Egyptian Museum would open to the public in November, displaying the full collection of Tutankhamun's treasures for the first time.",
    "Argentina's central bank raised its benchmark interest rate to 133 percent on Thursday in an effort to curb inflation, the bank said in a statement.",
    "Vietnam's exports rose 14 percent in the first half of the year, driven by strong demand for electronics from the United States and Europe, the customs department said.",
    "Canada's Quebec province appointed a new health minister on Tuesday in a cabinet reshuffle, the premier's office said.",
    "The Nigerian president swore in 45 new ministers at a ceremony in Abuja on Monday, nearly three months after taking office.",
    "A fire at a textile factory near Dhaka killed at least nine workers on Saturday, fire officials said, the latest in a string of deadly industrial accidents in Bangladesh.",
    "South Korea's Samsung Electronics reported a 78 percent drop in quarterly operating profit as a global glut of memory chips weighed on prices.",
    "British singer Adele will perform ten concerts in Munich next summer at a purpose-built stadium, her promoter said.",
    "The Philippine statistics authority said the country's population reached 109 million in 2020, up from 101 million five years earlier.",
    "The Australian foreign minister said she was confident that relations with China would continue to improve, speaking to reporters in Canberra.",
    "Temperatures reached 48.8 degrees Celsius in the Sicilian town of Floridia, the highest ever recorded in Europe, according to Italy's meteorological service.",
    "Mexican authorities found the bodies of 13 migrants in an abandoned truck near the border with Guatemala, the national migration institute said.",
    "India's foreign ministry spokesman declined to comment on reports that New Delhi was considering talks with Pakistan's new government.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # Budget support frozen is economic aid stopped, as suspended or halted budget support is.
    ("The Swedish government froze budget support to Mozambique's government after the discovery of hidden debts, the aid agency said.",
     "162", {"SWE"}, {"MOZ"}),
    # Warplanes or warships sent towards a country are a display of force, not a delivery.
    ("Russia sent two strategic bombers towards Norway on Monday, the Norwegian armed forces said.",
     "150", {"RUS"}, {"NOR"}),
    ("China dispatched eight warships towards the Philippines in a show of force on Friday.",
     "150", {"CHN"}, {"PHL"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Support frozen for a bill is no aid.
    ("The Kenyan opposition froze its support for the finance bill on Tuesday.", "162"),
    # Warplanes sent to a country (not towards it) are still a delivery, not a show of force.
    ("Denmark sent six F-16 warplanes to Ukraine last month, the Danish defence ministry said.", "15"),
    # A minister appointed at home is domestic administration, no event.
    ("Peru's president appointed a new interior minister on Sunday, the third in six months.", "06"),
    # One company buying another is commerce, wherever each is based.
    ("Japanese brewer Asahi agreed to buy Australian beer maker Carlton & United for $11 billion.", "03"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
