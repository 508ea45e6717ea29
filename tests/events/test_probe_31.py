"""Generalisation probe, thirtieth session: 100 wire-style sentences of the helper's own (none from
bench/data or the earlier test_probe_*.py files), hand-coded with the full CAMEO code before accord
was run on them. This round is written in the voice of agency copy of 1990-2008: Bosnia and
Dayton, Kosovo 1999, Rwanda and the Great Lakes, Oslo and the intifada, Northern Ireland, Chechnya,
East Timor, Haiti, Sierra Leone and Liberia, Ethiopia and Eritrea, the Agreed Framework and the
Korean talks, the Taiwan Strait, India and Pakistan, Iraq and the U.N. inspectors, Afghanistan,
Lebanon 2006, Georgia, Darfur and Somalia. Long body sentences with attribution tails, officials
by title only ("the Serb leader", "Tehran's chief negotiator"), capitals for governments,
passives, nominal events ("A peace treaty between ... was signed", "the indictment of its
president by"), coordination, "the two sides", "the world body", "the alliance", rebels and
militias coded by their country; 80 event sentences (one has two gold events) and 20 that must
stay quiet (sport, deals between companies, culture, weather, accidents, statistics, root-01
remarks and a quote with no interaction).

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight (main at 88a48a7) 85 of the 100 were right at root and dyad (68 of 80 event
sentences, 17 of 20 quiet) and 60 of 80 at full code. No gold code was changed after accord was
run. The misses: the OSCE spelt "Organisation ... Cooperation" (no recipient, twice); an appeal to
the Security Council "to impose an immediate ceasefire" read as rallying opposition (113); the
Chinese president receiving "the visiting chairman" of Taiwan's opposition party (no frame for a
chairman); a leader meeting "rebel leaders" (no actor for them); an apology "to Rwanda for the
failure of Belgian peacekeepers" aimed at Belgium too; troops sent "on a humanitarian mission to
protect civilians" read as a mobilisation (154); "Iraqi armoured units" taken for a firm's units,
so their retreat was dropped as commerce, and "rushed warships and aircraft to the Gulf" read as
a visit (042); troops massed "in Fujian province opposite Taiwan" aimed at China itself; an alert
after "Chechen fighters crossed into Dagestan" with no target; reporters "of a British news agency
from Kosovo" read as of Kosovo too; soldiers who "shot dead hundreds of Muslim prisoners" coded
193, not 202; and three quiet sentences coded: a merger with "Chrysler of the United States", a
cargo plane that "crashed ..., killing at least 60" and "an explosion at a fireworks factory".
After the session's rules 99 of the 100 are right at root and dyad and 73 of 80 at full code
(three more full codes came with the rules: food aid in money is humanitarian, relief flights
suspended are a cut in humanitarian aid, summary executions are human-rights abuses). The one
still wrong is a strict xfail below. Full codes still wrong and not asserted: help to rebuild a
police force as military aid (0232, gold 023); "held talks with" as 046 (gold 040); a meeting in
Accra as 044 (gold 040, which overlooked that Accra is a third place: accord's reading is the
codebook's); "cut its links with Pretoria" as 160 (gold 161); an ultimatum and a
threat of air strikes as 139 and 1384 (gold 138); a town "recaptured" as 192 (gold 190).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The Bosnian prime minister appealed to NATO on Saturday to launch air strikes against Serb artillery positions around Sarajevo, saying the city could not survive another winter under siege.",
     [("0232", {"BIH"}, {"IGOWSTNAT"})]),
    ("Seoul urged Pyongyang to allow international inspectors back into the Yongbyon nuclear complex without delay, the South Korean foreign ministry said in a statement.",
     [("0255", {"KOR"}, {"PRK"})]),
    ("The Organisation of African Unity called on Ethiopia and Eritrea to halt hostilities at once and pull their troops back to the positions they held before the fighting broke out in May, the pan-African body said in a statement.",
     [("0256", {"IGOAFRAFU"}, {"ETH", "ERI"})]),
    ("The Haitian president asked the United States for help in rebuilding the country's police force after the departure of the military junta, a palace spokesman said.",
     [("023", {"HTI"}, {"USA"})]),
    ("Portugal urged the United Nations to send peacekeepers to East Timor immediately to stop pro-Jakarta militias from killing civilians, the Portuguese foreign minister told reporters in Lisbon.",
     [("0234", {"PRT"}, {"IGOUNO"})]),
    ("Chechen separatist leaders appealed to the Organisation for Security and Cooperation in Europe to mediate an end to the war with Moscow, a rebel spokesman told Reuters by satellite telephone.",
     [("028", {"RUS"}, {"IGOEUROSC"})]),
    ("The Lebanese prime minister urged the U.N. Security Council on Sunday to impose an immediate ceasefire in the war between Israel and Hezbollah, as Israeli jets pounded Beirut's southern suburbs for a fifth day.",
     [("0256", {"LBN"}, {"IGOUNO"})]),
    ("The Somali transitional president appealed to the African Union to deploy peacekeepers in Mogadishu quickly, saying his government could not defeat the Islamist militias on its own, his spokesman said.",
     [("0234", {"SOM"}, {"IGOAFRAFU"})]),
    # 03 intent
    ("Japan pledged 500 million dollars over four years to help rebuild Bosnia's shattered roads, power stations and schools at a donors' conference in Brussels on Wednesday, the foreign ministry said.",
     [("0331", {"JPN"}, {"BIH"})]),
    ("Pyongyang said it was ready to resume talks with Washington on its missile programme if the United States dropped its hostile policy, the official KCNA news agency reported.",
     [("036", {"PRK"}, {"USA"})]),
    ("Britain promised to send 3,000 more troops to protect the Muslim enclaves in eastern Bosnia, the defence secretary told the House of Commons.",
     [("0334", {"GBR"}, {"BIH"})]),
    ("The Clinton administration offered to ease sanctions on Belgrade if Yugoslav forces withdrew from Kosovo, a State Department spokesman said on condition of anonymity.",
     [("0354", {"USA"}, {"SRB"})]),
    ("Israel and the Palestine Liberation Organisation agreed to resume negotiations on the Hebron redeployment next week, the two sides said in a joint statement after talks at the Erez crossing.",
     [("036", {"ISR", "PSE"}, set())]),
    ("Pakistan is willing to discuss all outstanding issues with India, including Kashmir, if New Delhi shows sincerity, the foreign office spokesman told a weekly news briefing in Islamabad.",
     [("036", {"PAK"}, {"IND"})]),
    ("The World Food Programme pledged to deliver 50,000 tonnes of grain to famine-stricken southern Sudan before the rainy season, the agency said in Nairobi.",
     [("0333", {"IGOUNOWFP"}, {"SDN"})]),
    ("Washington will provide 25 million dollars in emergency food aid to North Korea, where floods have destroyed much of the harvest, the State Department said.",
     [("0333", {"USA"}, {"PRK"})]),
    # 04 consult
    ("The Serb leader met the U.S. envoy in Belgrade for six hours on Sunday but refused to budge on the deployment of NATO troops in Kosovo, diplomatic sources said.",
     [("040", {"SRB"}, {"USA"})]),
    ("Israeli and Syrian negotiators resumed talks at Shepherdstown in West Virginia on Monday under the auspices of the U.S. president, the first such talks in almost four years.",
     [("046", {"ISR", "SYR"}, set())]),
    ("The Russian foreign minister flew to Baghdad on Thursday for talks with the Iraqi leader on the standoff over U.N. weapons inspections, the Itar-Tass news agency reported.",
     [("042", {"RUS"}, {"IRQ"})]),
    ("The Chinese president received the visiting chairman of Taiwan's opposition Nationalist Party in the Great Hall of the People on Friday, the first such meeting since 1949.",
     [("043", {"CHN"}, {"TWN"})]),
    ("Tehran's chief negotiator held talks with the foreign ministers of Britain, France and Germany in Paris on Tuesday on the future of Iran's nuclear programme, an Iranian diplomat said.",
     [("040", {"IRN"}, {"GBR", "FRA", "DEU"})]),
    ("The Pakistani military ruler telephoned the Indian prime minister on Tuesday to offer condolences over the earthquake in Gujarat, the first contact between the two leaders since the Kargil conflict.",
     [("041", {"PAK"}, {"IND"})]),
    ("The Liberian president met rebel leaders in Accra on Wednesday for the first time since the start of the siege of Monrovia, Ghanaian officials said.",
     [("040", {"LBR"}, {"LBR"})]),
    # 05 diplomatic cooperation
    ("Washington welcomed Pyongyang's decision to allow international inspectors back into the Yongbyon nuclear complex, a State Department spokesman said.",
     [("051", {"USA"}, {"PRK"})]),
    ("A peace treaty between Israel and Jordan was signed at a desert crossing in the Arava valley on Wednesday, ending 46 years of a formal state of war, in a ceremony witnessed by the U.S. president.",
     [("057", {"ISR", "JOR"}, set())]),
    ("South Africa and China established full diplomatic ties on New Year's Day, and Taipei, which had lost its most important friend in Africa, cut its links with Pretoria, the Taiwanese foreign ministry said.",
     [("054", {"ZAF", "CHN"}, set()), ("161", {"TWN"}, {"ZAF"})]),
    ("The U.N. Security Council commended the Economic Community of West African States for restoring the elected president of Sierra Leone to power, in a statement read out by its president.",
     [("051", {"IGOUNO"}, {"IGOWAFWAS"})]),
    ("Belgium's prime minister apologised to Rwanda for the failure of Belgian peacekeepers to stop the 1994 genocide, at a memorial ceremony in Kigali attended by thousands of survivors.",
     [("055", {"BEL"}, {"RWA"})]),
    ("The presidents of Congo and Rwanda signed a peace accord in Pretoria under which Rwandan troops would leave eastern Congo in return for the disarming of Hutu militiamen, South African officials said.",
     [("057", {"COD", "RWA"}, set())]),
    # 06 material cooperation
    ("Turkish, Israeli and American warships began joint search-and-rescue exercises in the eastern Mediterranean on Wednesday despite objections from Arab states, the Turkish general staff said.",
     [("062", {"TUR", "ISR", "USA"}, set())]),
    ("American and Russian troops began joint patrols in northern Bosnia on Saturday as part of the NATO-led peace force, a spokesman for the force said.",
     [("062", {"USA", "RUS"}, set())]),
    ("Pakistan handed over a senior al Qaeda suspect arrested in Faisalabad to U.S. authorities, intelligence officials said on condition of anonymity.",
     [("063", {"PAK"}, {"USA"})]),
    # 07 material aid
    ("The United States airlifted food, tents and blankets to survivors of the earthquake in northern Afghanistan, the Pentagon said.",
     [("073", {"USA"}, {"AFG"})]),
    ("France sent 2,500 troops into south-western Rwanda on a humanitarian mission to protect civilians fleeing the fighting, the defence ministry in Paris said.",
     [("074", {"FRA"}, {"RWA"})]),
    ("The International Committee of the Red Cross delivered surgical supplies and blood plasma to the two hospitals still working in Grozny, a spokeswoman said in Geneva.",
     [("073", {"NGOIRC"}, {"RUS"})]),
    # 08 yield
    ("Iraqi armoured units began pulling back from the Kuwaiti border on Tuesday after Washington rushed warships and aircraft to the Gulf, U.S. defence officials said.",
     [("0874", {"IRQ"}, {"KWT"})]),
    ("Beijing freed the 24 crew members of the American surveillance plane held on Hainan island for 11 days, after Washington said it was very sorry for the loss of a Chinese pilot.",
     [("0841", {"CHN"}, {"USA"})]),
    ("Washington eased sanctions on Pyongyang on Friday, allowing trade in most consumer goods for the first time since the Korean War, the White House said.",
     [("085", {"USA"}, {"PRK"})]),
    ("Baghdad allowed U.N. weapons inspectors to return to the presidential sites on Monday under a deal brokered by the U.N. secretary-general, an Iraqi official said.",
     [("0862", {"IRQ"}, {"IGOUNO"})]),
    # 10 demand
    ("Moscow demanded that NATO halt its air strikes on Yugoslavia immediately, warning that the bombing could drag Europe into a wider war, the Russian foreign ministry said.",
     [("1056", {"RUS"}, {"IGOWSTNAT"})]),
    ("The Iraqi leader demanded the lifting of U.N. sanctions imposed after the invasion of Kuwait, the official Iraqi News Agency reported.",
     [("1054", {"IRQ"}, {"IGOUNO"})]),
    ("China demanded that Washington stop selling arms to Taiwan, saying the sales violated the communiques on which relations between the two countries are based.",
     [("1042", {"CHN"}, {"USA"})]),
    # 11 disapprove
    ("The Arab League condemned Israel's bombardment of a U.N. compound at Qana in southern Lebanon, in which more than 100 refugees were killed, calling it a massacre.",
     [("111", {"IGOARBARL"}, {"ISR"})]),
    ("Beijing accused Washington of interfering in China's internal affairs by granting a visa to the Taiwanese president, the Xinhua news agency reported.",
     [("112", {"CHN"}, {"USA"})]),
    ("Human Rights Watch accused Russian troops of summary executions of civilians in the Chechen village of Novye Aldi, and urged Moscow to open an inquiry.",
     [("1122", {"NGO"}, {"RUS"})]),
    ("The Serbian government denounced the indictment of its president by the U.N. war crimes tribunal as a political act aimed at undermining peace efforts, the state news agency said.",
     [("111", {"SRB"}, {"IGOUNO"})]),
    ("Moscow accused Tbilisi of harbouring Chechen fighters in the Pankisi gorge, and the Russian defence minister said his forces were ready to pursue them across the border.",
     [("112", {"RUS"}, {"GEO"})]),
    ("The Ethiopian government accused Eritrea of bombing a school in the northern town of Mekele, saying dozens of children had been killed in the raid.",
     [("1123", {"ETH"}, {"ERI"})]),
    # 12 reject
    ("Iraq rejected a new U.N. Security Council resolution on weapons inspections as a violation of its sovereignty, the official Iraqi News Agency reported.",
     [("120", {"IRQ"}, {"IGOUNO"})]),
    ("The Bosnian Serb leadership refused to let U.N. relief convoys through to the besieged enclave of Gorazde, aid officials said.",
     [("1245", {"BIH"}, {"IGOUNO"})]),
    ("The Yugoslav president turned down an offer of mediation by the Organisation for Security and Cooperation in Europe, his office said.",
     [("126", {"SRB"}, {"IGOEUROSC"})]),
    ("Ethiopia refused to let U.N. peacekeepers patrol its side of the buffer zone along the Eritrean border, a spokesman for the mission said in Asmara.",
     [("1245", {"ETH"}, {"IGOUNO"})]),
    ("Pyongyang rejected a South Korean proposal for talks between the two defence ministers, the official KCNA news agency said.",
     [("125", {"PRK"}, {"KOR"})]),
    # 13 threaten
    ("Pyongyang threatened to restart its frozen reactor at Yongbyon unless Washington resumed the fuel oil shipments promised under the 1994 accord, the official KCNA news agency said.",
     [("130", {"PRK"}, {"USA"})]),
    ("NATO gave Bosnian Serb forces ten days to pull their heavy weapons back from Sarajevo, and the alliance threatened air strikes if they failed to comply, a spokesman said.",
     [("138", {"IGOWSTNAT"}, {"BIH"})]),
    ("The Chinese defence minister threatened military action against Taiwan if the island's new leaders declared independence, the official Xinhua news agency reported.",
     [("138", {"CHN"}, {"TWN"})]),
    # 14 protest
    ("Thousands of Indonesians demonstrated outside the Australian embassy in Jakarta on Friday against Canberra's leading role in the peacekeeping force for East Timor, burning Australian flags, police said.",
     [("141", {"IDN"}, {"AUS"})]),
    ("Thousands of Palestinians marched through Nablus on Friday to protest against Israel's closure of the territories, chanting slogans in support of the uprising, witnesses said.",
     [("1412", {"PSE"}, {"ISR"})]),
    ("Opposition supporters blocked the main roads into Port-au-Prince with burning tyres on Monday to demand the resignation of the Haitian president, local radio stations reported.",
     [("1441", {"HTI"}, {"HTI"})]),
    # 15 force posture
    ("China massed troops and landing craft in Fujian province opposite Taiwan ahead of the island's presidential election, Taiwanese defence officials said.",
     [("154", {"CHN"}, {"TWN"})]),
    ("Russia put its forces in the North Caucasus on full combat alert after Chechen fighters crossed into Dagestan, the Interfax news agency reported.",
     [("152", {"RUS"}, {"RUS"})]),
    # 16 reduce relations
    ("The United States imposed sanctions on India after its nuclear tests in the Rajasthan desert, cutting off aid and blocking loans from international lenders.",
     [("163", {"USA"}, {"IND"})]),
    ("Rwanda broke off diplomatic relations with France after a French judge accused the Rwandan president's aides of shooting down his predecessor's plane, the foreign minister said in Kigali.",
     [("161", {"RWA"}, {"FRA"})]),
    ("The United Nations suspended relief flights to southern Sudan after government warplanes bombed an airstrip used by aid agencies, a spokesman for the world body said.",
     [("1623", {"IGOUNO"}, {"SDN"})]),
    # 17 coerce
    ("Russian troops rounded up hundreds of Chechen men in a sweep through villages south of Grozny, human rights groups said.",
     [("173", {"RUS"}, {"RUS"})]),
    ("The Serbian authorities expelled two correspondents of a British news agency from Kosovo, accusing them of biased reporting, the agency said.",
     [("174", {"SRB"}, {"GBR"})]),
    ("Police arrested the sacked Malaysian deputy prime minister at his home in Kuala Lumpur on Sunday night, hours after he addressed a rally of tens of thousands of supporters.",
     [("173", {"MYS"}, {"MYS"})]),
    ("The Burmese military government placed the opposition leader under house arrest again on Friday after she tried to leave Rangoon to meet supporters, diplomats said.",
     [("173", {"MMR"}, {"MMR"})]),
    ("Serbian police confiscated the transmitters of an independent Belgrade radio station and banned its broadcasts, the station's editor said.",
     [("1711", {"SRB"}, {"SRB"})]),
    # 18 assault
    ("A car bomb exploded in the crowded market square of Omagh in Northern Ireland on Saturday afternoon, killing 28 people, police said.",
     [("1832", {"GBR"}, {"GBR"})]),
    ("Chechen gunmen led by a rebel commander seized hundreds of hostages at a hospital in the southern Russian town of Budyonnovsk, the Interior Ministry said.",
     [("181", {"RUS"}, {"RUS"})]),
    ("A Hamas suicide bomber detonated explosives strapped to his body outside a discotheque on the Tel Aviv seafront late on Friday, killing 21 young Israelis, police said.",
     [("1831", {"PSE"}, {"ISR"})]),
    # 19 fight
    ("NATO jets hit the state television building in Belgrade early on Friday, knocking Serbian television off the air, alliance officials said.",
     [("195", {"IGOWSTNAT"}, {"SRB"})]),
    ("Ethiopian troops backed by fighter jets launched an offensive against Islamist militias in southern Somalia, the Ethiopian information minister said.",
     [("190", {"ETH"}, {"SOM"})]),
    ("Israeli helicopter gunships fired missiles at Palestinian police posts in the Gaza Strip overnight, hours after a bomb attack on a school bus, Palestinian security sources said.",
     [("195", {"ISR"}, {"PSE"})]),
    ("Government troops backed by helicopter gunships recaptured the diamond-mining town of Koidu from Revolutionary United Front rebels after two days of fighting, a Sierra Leonean army spokesman said.",
     [("190", {"SLE"}, {"SLE"})]),
    ("U.S. and British warplanes struck air defence sites in southern Iraq after Iraqi gunners fired on allied jets patrolling the no-fly zone, the Pentagon said.",
     [("195", {"USA", "GBR"}, {"IRQ"})]),
    ("Hezbollah fighters launched a barrage of rockets at the Israeli port city of Haifa on Sunday, killing eight railway workers, Israeli police said.",
     [("194", {"LBN"}, {"ISR"})]),
    # 20 mass violence
    ("Army troops killed hundreds of Hutu villagers in a sweep through Burundi's northern Ngozi province after rebels ambushed a convoy, a human rights group said in Bujumbura.",
     [("202", {"BDI"}, {"BDI"})]),
    ("Bosnian Serb soldiers shot dead hundreds of Muslim prisoners at a farm near Zvornik after the fall of the enclave, a witness told the war crimes tribunal on Monday.",
     [("202", {"BIH"}, {"BIH"})]),
]

QUIET = [
    "Croatia beat the Netherlands 2-1 in Paris on Saturday to take third place at the World Cup, with their top scorer netting the winner before half-time.",
    "German carmaker Daimler-Benz agreed to merge with Chrysler of the United States in a deal worth 36 billion dollars, the two companies said in a joint statement.",
    "A Bosnian film about a Sarajevo family during the siege won the top prize at the Berlin film festival on Sunday, the jury said.",
    "Hurricane Mitch dumped more than a metre of rain on Honduras and Nicaragua this week, triggering mudslides that buried whole villages, relief officials said.",
    "A Russian cargo plane crashed into a residential area of Irkutsk shortly after take-off on Saturday, killing at least 60 people, emergency officials said.",
    "Inflation in Yugoslavia reached 45 percent in the first half of the year, the federal statistics office said in Belgrade.",
    "The Israeli prime minister said on Tuesday that the peace process was in deep crisis but that he still hoped a final settlement could be reached before the end of the year.",
    "A spokesman for the Pakistani foreign office declined to comment on reports that the army chief had travelled secretly to Beijing.",
    "The Northern Ireland secretary told reporters at Stormont that the coming week would be decisive for the peace process.",
    "An Ethiopian runner broke the world 10,000 metres record in Hengelo on Monday, finishing more than two seconds inside the old mark.",
    "Japanese electronics maker Sony said it would close three factories in Britain and Germany with the loss of 2,000 jobs, blaming the strong yen.",
    "A ferry carrying more than 500 passengers capsized in a storm off the coast of Haiti on Sunday, and only 40 survivors had been found, the coast guard said.",
    "Rwanda's population has grown to an estimated 8 million, according to a census published by the planning ministry in Kigali on Thursday.",
    "Thousands of pilgrims gathered in Bethlehem on Christmas Eve for the first midnight mass since the town passed to Palestinian control.",
    "A heatwave pushed temperatures in New Delhi above 46 degrees Celsius on Wednesday, and at least 120 people had died of heatstroke across northern India, officials said.",
    "The Chinese foreign ministry spokesman said the situation in the Taiwan Strait was generally stable and that there was no cause for alarm.",
    "Swedish telecoms group Ericsson won a contract worth 300 million dollars to build a mobile network for a Chinese operator, the company said.",
    "An explosion at a fireworks factory in the Chinese province of Jiangxi killed 33 people on Tuesday, the official Xinhua news agency said.",
    "Pakistan beat India by 12 runs in the first test in Chennai on Wednesday, the first test between the two sides in almost ten years.",
    "'We are tired of war and we want our children to go back to school,' said a woman who had fled the fighting in Freetown with her four children.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Iraqi armoured units began pulling back from the Kuwaiti border on Tuesday after Washington rushed warships and aircraft to the Gulf, U.S. defence officials said.":
        "the retreat is coded (0874 IRQ) but without Kuwait: a demonym on the border retreated from is not read "
        "as a party, and the clause's one other party is not looked for when it also names Washington; "
        "(thirty-first session) reading the demonym on the place retreated from as the one retreated from would "
        "also make 'pulled back from the Lebanese border' aimed at Lebanon when the forces are Lebanese, so it "
        "needs a check that the demonym is not the actor's own, and a blind-set check that it was not measured for",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # An organisation's name in the other spelling (Organisation/Organization, Co-operation/Cooperation).
    ("Armenia asked the Organisation for Security and Cooperation in Europe to mediate in Nagorno-Karabakh.",
     "028", {"ARM"}, {"IGOSCE"}),
    ("Ghana called on the International Labor Organisation to investigate conditions on cocoa farms.",
     "020", {"GHA"}, {"IGOUNOILO"}),
    # An apology to a party: its "for" phrase says what for, not to whom.
    ("The Dutch prime minister apologised to Bosnia for the failure of Dutch soldiers to protect the enclave.",
     "055", {"NLD"}, {"BIH"}),
    # Whoever is visiting is received, whatever his title.
    ("The Egyptian president received the visiting chairman of the Palestinian Legislative Council in Cairo.",
     "043", {"EGY"}, {"PSE"}),
    # A state's possessive owns the role behind another role word, before the place it is in.
    ("The Chinese premier received the visiting vice-chairman of Taiwan's opposition People First Party in the "
     "Great Hall of the People.", "043", {"CHN"}, {"TWN"}),
    # An appeal to impose a ceasefire asks for de-escalation, not for rallying against anyone.
    ("The Syrian foreign minister urged the Security Council to impose a truce in southern Lebanon.",
     "0256", {"SYR"}, {"IGOUNOUSC"}),
    # Troops sent on a mission to protect: the mission's purpose is the sending's.
    ("Belgium sent 800 paratroopers into Zaire on a mission to protect foreign nationals in Kinshasa.",
     "074", {"BEL"}, {"COD"}),
    # A role "of" a body its own words place: a place hung on the body is not the role's too.
    ("Police detained two reporters of a French television channel in Chechnya.", "173", {"RUS"}, {"FRA"}),
    # Armoured or military units of a state are a force, not a firm's unit.
    ("Syrian armoured units pulled back from the border on Friday.", "0874", {"SYR"}, None),
    # Warships and aircraft rushed somewhere are a mobilisation, no visit.
    ("Britain rushed warships and aircraft to the South Atlantic.", "154", {"GBR"}, set()),
    # Hundreds of non-fighters shot dead or gunned down are a massacre.
    ("Soldiers shot dead hundreds of unarmed villagers in northern Burundi.", "202", {"BDI"}, {"BDI"}),
    ("Militiamen gunned down hundreds of refugees in a camp in eastern Zaire.", "202", {"COD"}, {"COD"}),
    # Forces put facing a state face it.
    ("Vietnam massed troops in Lang Son province opposite China.", "154", {"VNM"}, {"CHN"}),
    # A show of force answers the state's own rebels who acted in the clause giving its reason.
    ("Turkey put its troops on alert after Kurdish rebels attacked a border post.", "152", {"TUR"}, {"TUR"}),
    # Rebels of no named country that a state's leader meets are that state's own.
    ("The Angolan president met rebel leaders in Lusaka to discuss a new ceasefire.", "044", {"AGO"}, {"AGO"}),
    # Money given or promised as food or humanitarian aid is humanitarian aid.
    ("Canada will provide 40 million dollars in emergency food aid to Ethiopia.", "0333", {"CAN"}, {"ETH"}),
    ("Norway gave 15 million dollars in humanitarian aid to Angola.", "073", {"NOR"}, {"AGO"}),
    # Accused of summary executions: human rights abuses.
    ("Amnesty International accused Indonesian troops of summary executions in Aceh.", "1122", {"NGOAMN"}, {"IDN"}),
    # Relief flights or food distribution stopped: humanitarian aid cut.
    ("The Red Cross suspended relief flights to Kabul after a plane was hit by gunfire.", "1623", {"NGOIRC"}, {"AFG"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # A plane that crashed killing people, a blast at a works or of gas: accidents, no attack.
    ("A Ukrainian airliner crashed into a field near Kiev shortly after take-off, killing all 70 on board.", "1"),
    ("An explosion at a chemical plant in the Indian state of Gujarat killed 18 workers on Monday.", "18"),
    ("A gas explosion in a coal mine in Shanxi killed 40 miners, officials said.", "18"),
    # Merging or buying a firm named by its country is commerce.
    ("French carmaker Renault agreed to merge with Volvo of Sweden in a deal worth 5 billion dollars.", "03"),
    # An urged ceasefire is no rallying against anyone.
    ("The Pope urged the warring parties to impose a ceasefire over Christmas.", "113"),
    # A company's unit is still a firm's ("its European unit would buy a factory").
    ("Japanese carmaker Toyota said its European unit would buy a factory in France.", "0"),
    # Troops sent on a mission to punish are no peacekeepers.
    ("Moscow sent troops into Georgia on a mission to punish Tbilisi.", "074"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A drone that crashed into a refinery, killing workers, struck it.
    ("A Russian drone crashed into a fuel depot in Kharkiv, killing two workers, the governor said.",
     "19", {"RUS"}, None),
    # A bomb at a factory stays a bombing.
    ("A bomb explosion at a textile factory in Karachi killed 12 workers, police said.", "183", {"PAK"}, {"PAK"}),
    # A state buying from a state stays a deal between states.
    ("Japan agreed to sell patrol boats to the Republic of the Philippines.", "0", {"JPN"}, {"PHL"}),
    # Allies urged to impose sanctions still rally opposition.
    ("Kiev urged its allies to impose new sanctions on Moscow.", "113", {"UKR"}, {"RUS"}),
    # An apology with no "to" keeps whom its "for" names.
    ("The Japanese emperor apologised for the suffering of Chinese civilians during the war.", "055", {"JPN"}, {"CHN"}),
    # Flights suspended with no relief word stay a cut in relations.
    ("Moscow suspended all flights to Tbilisi.", "160", {"RUS"}, {"GEO"}),
    # A few protesters shot dead by police are no massacre (202) but repression (175, as firing on a
    # crowd is), and fighters shot dead by the hundred a battle.
    ("Police shot dead three protesters in Dhaka.", "175", {"BGD"}, {"BGD"}),
    ("Ugandan rebels shot dead hundreds of government soldiers in the battle for the town.", "19", {"UGA"}, None),
    # A body of no country of its own is placed by where it is from.
    ("Italian police arrested two members of a gang from Albania.", "173", {"ITA"}, {"ALB"}),
    # A state's own officials in the reason clause are no target of its alert.
    ("India put its army on alert after the Indian defence minister visited Ladakh.", "152", {"IND"}, set()),
    # Rebels named with their own country keep it.
    ("The Sudanese president met Chadian rebel leaders in Khartoum.", "04", {"SDN"}, None),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
