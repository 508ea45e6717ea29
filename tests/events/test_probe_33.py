"""Generalisation probe, thirty-first round (helper wt-probe33): 80 wire-style sentences of the
helper's own (none from bench/data or the earlier test_probe_*.py files), hand-coded with the full
CAMEO code, actor and recipient countries before accord was run on them. Written in the voice of
agency copy of 1991-2005, away from Europe and the Middle East: Peru and Shining Path, Colombia's
FARC and paramilitaries, Haiti, Cuba and the United States, Venezuela, the Zapatistas, the
Ecuador-Peru border war; Cambodia and the Khmer Rouge, Burma's junta and its detained opposition
leader, Indonesia, Aceh and the students of Jakarta, the Philippines and the MILF, Sri Lanka, the
Korean peninsula, the Taiwan Strait, Kashmir; Somalia, Rwanda, Burundi, Angola and UNITA, Sierra
Leone's RUF, Sudan and the SPLA, Nigeria's military rulers, Ethiopia and Eritrea. Officials by
title, capitals for governments, rebels coded by their country, attribution tails, "the two
sides", nominal events; 64 event sentences and 16 that must stay quiet (sport, deals between
companies, culture, weather, accidents, statistics, remarks and a quote with no interaction).

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight (main at 68d81e8) 67 of the 80 were right at root and dyad (51 of 64 event
sentences, 16 of 16 quiet) and 42 of 64 at full code. No gold code was changed after accord was
run. The misses: the Khmer Rouge known to no table (twice: an appeal to it without a recipient,
its release of Thai fishermen with no actor); police who "captured the Shining Path leader" (no
frame for a captured leader); "North and South Korea" read as South Korea alone; the Interahamwe,
AUC and MRTA missing like the Khmer Rouge (not in the probe, found beside it); "40 million
ecus in emergency aid" (no money word for the ecu); "put its army on a war footing" (no frame);
rebels "drove ... out of the town" read as a mass expulsion (201); an Amnesty report "published in
London" made Britain the target of the torture it told of; and six left (below). After the
session's rules 74 of the 80 are right at root and dyad (58 of 64, 16 of 16 quiet) and 49 of 64
at full code. Full codes still wrong and not asserted: help to broker talks as 023 (gold 028);
a border reopened for refugees as 0256 (gold 020); rebuilding money as 0333 (gold 0331); a
meeting on the General Assembly's sidelines as 040 (gold 044); "held a new round of talks" as
046 (gold 040); a ban on political activity lifted as 0812 (gold 0811); accusations sharpened to
1124 and 1123 (gold 112); an offensive threatened as 1384 (gold 138). In the thirty-first session
(helper wt-mend31) the offensive "opened ... on UNITA-held towns" became right (a noun's target
read from its support verb's "on" phrase; test_xfail_31.py): 75 of 80. In the thirty-second
session the lead moved one gold: the Zapatista sentence's announced refusal to negotiate (125) is
a negated act under convention 5 (see QUIET); the count stays 75 of 80.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The Peruvian president appealed to Washington on Monday for more help in fighting the drug traffickers of the Upper Huallaga valley, where Shining Path guerrillas protect the coca growers, a palace spokesman said.",
     [("023", {"PER"}, {"USA"})]),
    ("Colombia's Roman Catholic bishops urged the FARC and the National Liberation Army to free all kidnapped civilians before Christmas, the bishops' conference said in a statement read in Bogota.",
     [("0253", {"COL"}, {"COL"})]),
    ("King Norodom Sihanouk called on the Khmer Rouge to lay down their arms and join the government in Phnom Penh, the royal palace said in a statement.",
     [("0256", {"KHM"}, {"KHM"})]),
    ("The Philippine president asked Malaysia to help broker peace talks with the Moro Islamic Liberation Front, a presidential spokesman told reporters in Manila.",
     [("028", {"PHL"}, {"MYS"})]),
    ("The detained Burmese opposition leader called on the military junta to open a dialogue with her National League for Democracy, in a videotaped message smuggled out of Rangoon.",
     [("026", {"MMR"}, {"MMR"})]),
    ("The U.N. refugee agency appealed to Tanzania on Friday to reopen its border to tens of thousands of Burundian refugees fleeing the fighting, a spokesman said in Geneva.",
     [("020", {"IGOUNO"}, {"TZA"})]),
    # 03 intent
    ("Japan pledged 250 million dollars to help rebuild Cambodia's roads and irrigation canals after two decades of war, at a donors' meeting in Tokyo on Thursday.",
     [("0331", {"JPN"}, {"KHM"})]),
    ("The Zapatista rebels said on Sunday they were ready to resume peace talks with the Mexican government if the army pulled its troops back from their villages in the Lacandon jungle.",
     [("036", {"MEX"}, {"MEX"})]),
    ("Washington offered to lift its trade embargo on Hanoi if Vietnam gave a full accounting of the American servicemen still missing in action, a State Department official said.",
     [("0354", {"USA"}, {"VNM"})]),
    ("Ecuador and Peru agreed to pull their troops out of the disputed Cordillera del Condor under a ceasefire brokered by the four guarantor countries, the two sides said in Brasilia.",
     [("0356", {"ECU", "PER"}, set())]),
    ("Taipei is prepared to hold talks with Beijing on direct air and shipping links if the mainland drops its preconditions, the Taiwanese premier told parliament on Tuesday.",
     [("036", {"TWN"}, {"CHN"})]),
    ("The European Union promised 40 million ecus in emergency aid for the victims of the fighting in Rwanda, the European Commission said in Brussels.",
     [("0333", {"IGOEUREEC"}, {"RWA"})]),
    # 04 consult
    ("The U.S. secretary of state met the Cuban foreign minister on the sidelines of the U.N. General Assembly in New York on Tuesday, the highest-level contact between the two countries in decades.",
     [("044", {"USA"}, {"CUB"})]),
    ("The South Korean president arrived in Beijing on Monday for a five-day state visit, the first by a Seoul leader since the two countries established diplomatic ties.",
     [("042", {"KOR"}, {"CHN"})]),
    ("Government negotiators and FARC commanders held a new round of talks in the demilitarised zone around San Vicente del Caguan on Thursday, a rebel spokesman said.",
     [("040", {"COL"}, {"COL"})]),
    ("The Thai prime minister telephoned the Burmese junta leader on Wednesday to discuss the fate of thousands of Karen refugees massing on the border, a government spokesman in Bangkok said.",
     [("041", {"THA"}, {"MMR"})]),
    ("The Sudanese government and the Sudan People's Liberation Army opened peace talks in Nairobi on Monday under the auspices of a regional grouping, Kenyan officials said.",
     [("040", {"SDN"}, {"SDN"})]),
    ("A U.S. envoy flew to Port-au-Prince on Sunday for talks with the Haitian army commander on the return of the exiled president, the U.S. embassy said.",
     [("042", {"USA"}, {"HTI"})]),
    # 05 diplomatic cooperation
    ("Vietnam and the United States established full diplomatic relations on Tuesday, two decades after the last American troops left Saigon.",
     [("054", {"VNM", "USA"}, set())]),
    ("North and South Korea signed an accord on reconciliation and non-aggression in Seoul on Friday, the first formal agreement between the two sides since the Korean War.",
     [("057", {"PRK", "KOR"}, set())]),
    ("The U.N. secretary-general praised the Cambodian people for turning out in huge numbers to vote despite Khmer Rouge threats, a spokesman said in New York.",
     [("051", {"IGOUNO"}, {"KHM"})]),
    ("The South African president hailed the peace accord signed in Lusaka by the Angolan government and UNITA as a turning point for southern Africa.",
     [("051", {"ZAF"}, {"AGO"})]),
    ("The Indonesian president apologised to the people of Aceh on Saturday for the abuses committed by the army during a decade of military operations in the province.",
     [("055", {"IDN"}, {"IDN"})]),
    # 06 material cooperation
    ("Mexico extradited a suspected drug baron to the United States on Friday to face cocaine trafficking charges in Texas, the attorney general's office said.",
     [("063", {"MEX"}, {"USA"})]),
    ("Colombian and Venezuelan troops began joint patrols along their common border on Wednesday to hunt down guerrillas who kidnap cattle ranchers, the Colombian army said.",
     [("062", {"COL", "VEN"}, set())]),
    # 07 aid
    ("The World Food Programme began airlifting food to hundreds of thousands of people cut off by fighting in southern Sudan, the agency said in Nairobi on Tuesday.",
     [("073", {"IGOUNOWFP"}, {"SDN"})]),
    ("Washington shipped 50,000 tonnes of wheat to North Korea to ease a famine that aid workers say has killed hundreds of thousands, the State Department said.",
     [("073", {"USA"}, {"PRK"})]),
    ("Cuba sent 400 doctors to Honduras to help treat the victims of Hurricane Mitch, the Cuban foreign ministry said in Havana.",
     [("073", {"CUB"}, {"HND"})]),
    # 08 yield
    ("The Khmer Rouge freed two Thai fishermen it had held for three months, handing them over to Thai officials at the border, Thai military sources said.",
     [("0841", {"KHM"}, {"THA"})]),
    ("Nigeria's military rulers lifted the ban on political activity on Tuesday and said parties could register for elections next year, state radio said.",
     [("0811", {"NGA"}, {"NGA"})]),
    ("Ecuadorean troops withdrew from three outposts inside the border zone claimed by Peru on Saturday under the terms of the ceasefire, the Ecuadorean defence ministry said.",
     [("0874", {"ECU"}, set())]),
    # 10 demand
    ("Washington demanded that Pyongyang allow international inspectors into two suspected nuclear waste sites at Yongbyon, a senior U.S. official said.",
     [("1055", {"USA"}, {"PRK"})]),
    ("Eritrea demanded the immediate withdrawal of Ethiopian troops from the border town of Badme, the Eritrean foreign ministry said in a statement faxed to Reuters in Nairobi.",
     [("1056", {"ERI"}, {"ETH"})]),
    # 11 disapprove
    ("Human Rights Watch accused the Colombian army on Tuesday of working hand in hand with right-wing paramilitary groups responsible for massacres of peasants.",
     [("112", {"NGOHRW"}, {"COL"})]),
    ("China condemned Washington's decision to grant a visa to the Taiwanese president, saying it would seriously damage relations between the two countries.",
     [("111", {"CHN"}, {"USA"})]),
    ("Peru accused Ecuador of violating the ceasefire by sending troops into the Cenepa valley on Monday, the Peruvian foreign ministry said in Lima.",
     [("112", {"PER"}, {"ECU"})]),
    ("The Venezuelan president lashed out at Washington on Sunday, calling its anti-drug plan for Colombia a recipe for regional war.",
     [("111", {"VEN"}, {"USA"})]),
    ("Amnesty International said Sri Lankan troops had tortured hundreds of Tamil detainees in the Jaffna peninsula, in a report published in London on Wednesday.",
     [("112", {"NGOAMN"}, {"LKA"})]),
    # 12 reject
    ("Pyongyang rejected a U.S. proposal for four-party peace talks on Tuesday, saying Washington must first sign a separate peace treaty with North Korea.",
     [("125", {"PRK"}, {"USA"})]),
    ("UNITA leader Jonas Savimbi turned down a government offer of the vice-presidency, his spokesman said in Luanda.",
     [("120", {"AGO"}, {"AGO"})]),
    ("Taipei dismissed Beijing's 'one country, two systems' formula for reunification as unacceptable to the people of Taiwan, the Mainland Affairs Council said.",
     [("120", {"TWN"}, {"CHN"})]),
    # 13 threaten
    ("The Sri Lankan army threatened a full-scale offensive against the Tamil Tigers in the Jaffna peninsula unless the rebels freed captured soldiers, a military spokesman said.",
     [("138", {"LKA"}, {"LKA"})]),
    ("Beijing warned Taipei on Thursday that any move towards formal independence would mean war, the official Xinhua news agency reported.",
     [("138", {"CHN"}, {"TWN"})]),
    # 14 protest
    ("Tens of thousands of students marched through Jakarta on Thursday to demand the resignation of President Suharto, witnesses said.",
     [("1411", {"IDN"}, {"IDN"})]),
    ("Thousands of Haitians demonstrated outside the U.S. embassy in Port-au-Prince on Friday against the return of boat people intercepted at sea, witnesses said.",
     [("141", {"HTI"}, {"USA"})]),
    # 15 force posture
    ("North Korea put its army on a war footing on Monday as U.S. and South Korean forces began their annual Team Spirit exercises, the KCNA news agency said.",
     [("152", {"PRK"}, {"USA", "KOR"})]),
    ("Ecuador called up reservists and sent reinforcements to its Amazon border with Peru on Friday, the Ecuadorean defence minister said.",
     [("154", {"ECU"}, {"PER"})]),
    # 16 reduce relations
    ("The United States suspended military aid to Guatemala on Friday over the army's failure to investigate the killing of an American innkeeper, the State Department said.",
     [("1622", {"USA"}, {"GTM"})]),
    ("Eritrea severed diplomatic ties with Sudan on Sunday, accusing Khartoum of training Islamic militants to destabilise the country.",
     [("161", {"ERI"}, {"SDN"})]),
    ("Washington tightened its trade embargo against Cuba on Tuesday, barring foreign subsidiaries of American companies from trading with Havana.",
     [("163", {"USA"}, {"CUB"})]),
    # 17 coerce
    ("Peruvian police captured the Shining Path leader in a Lima safe house on Saturday, ending a 12-year manhunt, the interior ministry said.",
     [("173", {"PER"}, {"PER"})]),
    ("The Burmese military government placed the Nobel peace laureate under house arrest again on Friday, a spokesman for her party said.",
     [("173", {"MMR"}, {"MMR"})]),
    # (an expelled diplomat: 161 since the thirty-fourth session, bench/data/README.md convention 14)
    ("Cuba expelled a U.S. diplomat on Wednesday, accusing him of helping dissidents, the foreign ministry in Havana said.",
     [("161", {"CUB"}, {"USA"})]),
    ("Rwandan authorities detained a Belgian priest accused of taking part in the genocide, a justice ministry official said in Kigali.",
     [("173", {"RWA"}, {"BEL"})]),
    # 18 assault
    ("A suspected Tamil Tiger suicide bomber blew herself up at an election rally in Colombo on Saturday, killing 21 people and wounding the Sri Lankan president, police said.",
     [("1831", {"LKA"}, {"LKA"})]),
    ("FARC guerrillas kidnapped a Colombian senator from his farm near Neiva on Sunday, the army said.",
     [("181", {"COL"}, {"COL"})]),
    # 19 fight
    ("Shining Path guerrillas ambushed an army patrol in the Ayacucho region on Tuesday, killing 11 soldiers, the Peruvian military command said.",
     [("190", {"PER"}, {"PER"})]),
    ("Indian troops shelled Pakistani positions across the Line of Control in Kashmir for a third day, the Pakistani army said.",
     [("194", {"IND"}, {"PAK"})]),
    ("Ethiopian jets bombed the Eritrean port of Assab on Friday, the Eritrean government said.",
     [("195", {"ETH"}, {"ERI"})]),
    ("Sierra Leonean troops drove Revolutionary United Front rebels out of the northern town of Makeni on Wednesday after a day of heavy fighting, an army spokesman said in Freetown.",
     [("190", {"SLE"}, {"SLE"})]),
    ("Angolan troops opened a big offensive on UNITA-held towns in the central highlands at the weekend, Western diplomats in Luanda said.",
     [("190", {"AGO"}, {"AGO"})]),
    ("Somali militiamen attacked U.N. peacekeepers in south Mogadishu on Saturday, killing 23 Pakistani soldiers, a U.N. spokesman said.",
     [("190", {"SOM"}, {"IGOUNO"})]),
    # 20 mass violence
    ("Hutu militiamen massacred hundreds of Tutsi civilians sheltering in a church in the south-western town of Cyangugu, aid workers said.",
     [("202", {"RWA"}, {"RWA"})]),
]

QUIET = [
    # Gold moved in the thirty-second session (first written as 125, a refusal to negotiate): talks
    # only announced as not to be held are a negated act, as bench/data/README.md's convention 5
    # and the tuning and blind sets' gold have it; "refused to negotiate" would be 125.
    "The Mexican interior minister said on Friday that the government would not negotiate with the Zapatista rebels while they held the town halls of four Chiapas municipalities, the official Notimex agency reported.",
    "Brazil beat Italy on penalties in Pasadena on Sunday to win the World Cup for a record fourth time.",
    "Mexican cement maker Cemex agreed to buy two Venezuelan cement companies for 550 million dollars, the company said in Monterrey.",
    "A Cuban ballet company opened a three-week tour of Spain in Madrid on Friday to rave reviews.",
    "Typhoon Angela swept across the central Philippines on Thursday, flattening homes and cutting power to much of Manila, weather officials said.",
    "A bus plunged into a ravine in the Peruvian Andes on Monday, killing 38 passengers, police said.",
    "Inflation in Argentina fell to 3.4 percent last year, the lowest in half a century, the national statistics institute said in Buenos Aires.",
    "The Colombian president said on Tuesday that the coming year would be decisive for the country's economy.",
    "A spokesman for the Indonesian foreign ministry declined to comment on reports that the army chief was ill.",
    "A Kenyan runner won the Boston marathon for the fifth year in a row on Monday.",
    "South Korean carmaker Daewoo said it would build a car assembly plant in Uzbekistan to supply the Central Asian market.",
    "An earthquake measuring 6.8 shook northern Colombia on Monday, killing at least 900 people in the coffee-growing region, officials said.",
    "India's population passed one billion on Thursday, according to estimates from the census office in New Delhi.",
    "Thousands of pilgrims gathered in the Nepalese town of Lumbini for the Buddha's birthday celebrations.",
    "A ferry carrying 300 passengers sank in a storm off the coast of Mindanao on Saturday, the Philippine coast guard said.",
    "'All we want is to go home and plant our fields again,' said a Rwandan woman in the Goma camp.",
    "Japanese electronics group Matsushita said it would sell its stake in a Hollywood film studio to a Canadian drinks company.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "The Sudanese government and the Sudan People's Liberation Army opened peace talks in Nairobi on Monday under the auspices of a regional grouping, Kenyan officials said.":
        "the SPLA's table row is South Sudan's (SSD), right after 2011 but not for the 1990s rebels of Sudan; "
        "the table has no dates for an organisation's country",
    "The World Food Programme began airlifting food to hundreds of thousands of people cut off by fighting in southern Sudan, the agency said in Nairobi on Tuesday.":
        "the place is in the 'by fighting' phrase of the people's participle, which the aid's recipient "
        "reading leaves out (without it, 'people in southern Sudan', Sudan is found); (thirty-first session) "
        "reading places inside a participle on the recipient would also take 'refugees who fled from Syria' "
        "as aid to Syria, so it needs a rule for where people are, not where they came from",
    "Ecuadorean troops withdrew from three outposts inside the border zone claimed by Peru on Saturday under the terms of the ceasefire, the Ecuadorean defence ministry said.":
        "accord aims the retreat at Peru, the claimant of the zone; the gold has no recipient. "
        "Arguable either way; left as written",
    "Amnesty International said Sri Lankan troops had tortured hundreds of Tamil detainees in the Jaffna peninsula, in a report published in London on Wednesday.":
        "accord codes the torture the report tells of (1822 LKA->LKA, the tuning sets' convention for "
        "'X said troops did Y'); the gold took Amnesty's accusation (112). Britain is no longer the target",
    "Taipei dismissed Beijing's 'one country, two systems' formula for reunification as unacceptable to the people of Taiwan, the Mainland Affairs Council said.":
        "the parser makes the quoted slogan's 'country' the object and 'formula' its apposition, so the "
        "dismissal is read as a verdict on a country (111), not a proposal rejected; (thirty-first session) "
        "a repair would have to rehang a quoted span as one compound of the noun after the closing quote",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # Armed groups of the 1990s named on their own: the Khmer Rouge, the AUC, the Interahamwe.
    ("Thai border police arrested three Khmer Rouge guerrillas near Aranyaprathet on Monday.", "173", {"THA"}, {"KHM"}),
    ("Colombian troops clashed with AUC paramilitaries near Barrancabermeja on Sunday.", "19", {"COL"}, {"COL"}),
    ("Interahamwe militiamen attacked a refugee camp in eastern Zaire.", "19", {"RWA"}, {"COD"}),
    # Police who capture a leader or a commander arrest him.
    ("Mexican police captured the leader of a guerrilla group in Oaxaca on Thursday.", "173", {"MEX"}, {"MEX"}),
    ("Angolan police captured a UNITA commander in Huambo.", "173", {"AGO"}, {"AGO"}),
    # Armed men driven out of a town are beaten in battle, not a people expelled.
    ("Ugandan troops drove Sudanese rebels out of the border town of Kaya.", "190", {"UGA"}, {"SDN"}),
    # An army put on a war footing is on alert.
    ("Eritrea put its armed forces on a war footing after the border clashes.", "152", {"ERI"}, set()),
    # Sums in the currencies of 1990s copy are money read through to the aid they are in.
    ("Portugal promised 500 million escudos in emergency aid to Angola.", "0333", {"PRT"}, {"AGO"}),
    ("Spain pledged 2 billion pesetas to help rebuild Nicaragua after the hurricane.", "03", {"ESP"}, {"NIC"}),
    # "North and South Korea": both halves.
    ("North and South Korea exchanged fire across the border on Sunday.", "19", {"PRK", "KOR"}, set()),
    ("South and North Korea agreed to reunite separated families.", "03", {"KOR", "PRK"}, set()),
    # Where a report came out is neither a party nor where the act struck.
    ("Human Rights Watch said Indonesian soldiers had beaten dozens of students in Jakarta, in a report "
     "published in New York.", "18", {"IDN"}, {"IDN"}),
    # A compromise or an overture dismissed is a rejection.
    ("Seoul dismissed Pyongyang's compromise as a ploy.", "120", {"KOR"}, {"PRK"}),
    ("Manila dismissed the rebels' overture as a propaganda stunt.", "120", {"PHL"}, {"PHL"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # An economy put on a war footing is no alert of forces.
    ("The government put the economy on a war footing.", "15"),
    # Two American states that share a half word are no divided country.
    ("North and South Dakota were hit by floods.", "0"),
    # A person dismissed as a lightweight is no proposal rejected.
    ("The opposition leader dismissed the finance minister as a lightweight.", "12"),
    # A statement's place of issue is not struck.
    ("Amnesty International said Colombian soldiers had killed four peasants, in a statement issued in Madrid.", "19"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    if wrong == "19":
        assert not has_asserted(record, wrong, {"COL"}, {"ESP"}), dyads(record)
    else:
        assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Rebels who capture officers still take them captive.
    ("Tamil Tiger rebels captured two Sri Lankan army officers near Kilinochchi.", "181", {"LKA"}, {"LKA"}),
    # Villagers driven out of their homes are still expelled.
    ("Croatian militiamen drove Serb villagers out of their homes in the Krajina.", "201", {"HRV"}, None),
    # "the North" on its own, after the South is named, is still the North.
    ("South Korea said the North had fired artillery across the border.", "19", {"PRK"}, set()),
    # A camp in another country where the act struck keeps that country.
    ("Burmese soldiers attacked Karen refugees in a camp in Thailand.", "19", {"MMR"}, {"THA"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
