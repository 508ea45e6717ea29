"""Generalisation probe, forty-first round (helper wt-probe41): security and the use of force at full
code. 80 sentences of the helper's own in the voice of 2005-2024 agency copy (Reuters, AP, AFP,
Xinhua English, Anadolu, PTI, Yonhap, Kyodo, EFE, DPA): 60 carry one CAMEO event each, spread over
the four-digit sub-codes of roots 13-20 with a few in roots 10-12; 20 are quiet (sport, weather,
markets, accidents, crime reporting, history as background) with verbs that sound violent or
political ("thrashed", "battered", "stormed", "hammered", "under attack", "invaded", "fired").
The gold (code, actor countries, recipient countries) was written and committed before accord was
run on any of the sentences; it follows the coding conventions and actor codes of
bench/data/README.md and the CAMEO manual's chapter 2.

Compared as test_probe_40.py compares: actor codes by their country part, negated events left
out, and the gold root, actor set and recipient set must all be equal for some asserted event.
The gold carries the full code, for the count of full-code hits. The gold was committed in
68efa4d, before any run.

At first sight (main at 3fbf10e) 73 of the 80 were right at root and dyad (53 of 60 event
sentences, 20 of 20 quiet) and 51 of 60 at full code. The misses: an ultimatum "handed" (no row;
the purpose infinitive coded 083); a threat "to send troops ... to seize the border town" (138:
the troops sent gave force in general and the purpose clause was never read); a blockade "to
demand the departure of President Joseph Kabila" (144: "departure" was no leadership word);
inspectors' accreditation withdrawn, a food-aid pause by USAID, an opposition leader barred from
public office (no rows, and no actor for USAID); soldiers who raped and a mob that beat a man to
death (unnamed soldiers and mobs were no attacker placed by the sentence, and women as victims
made it a common crime); and a prime minister "shot and wounded ... in an assassination attempt"
(190 won over the attempt).

After the session's rows and rules, 78 of the 80 are right at root and dyad and 58 of 60 at full
code. The two still wrong are strict xfails: in both the small model reads the verb as an
adjective, so the clause has no subject or object (see STILL_WRONG). docs/coding.md, "Thirty-fifth
session: security and the use of force at full code", has the details.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 10-12
    ("China demanded that India pull its troops back from the disputed Doklam plateau before any talks could take place, the foreign ministry in Beijing said.",
     [("1056", {"CHN"}, {"IND"})]),
    ("Cambodia accused Thailand on Monday of invading its territory near the Preah Vihear temple, the Cambodian foreign ministry said.",
     [("1123", {"KHM"}, {"THA"})]),
    ("Moscow rejected Ukraine's call for a Christmas truce on Sunday, saying its troops would press on with the offensive in the Donbas.",
     [("1246", {"RUS"}, {"UKR"})]),
    # 13 threaten
    ("The United States threatened on Tuesday to cut off military aid to Egypt unless Cairo released the American aid workers detained in a raid on their offices, the State Department said.",
     [("1311", {"USA"}, {"EGY"})]),
    ("The European Union threatened to impose fresh sanctions on Minsk after Belarus forced a Ryanair passenger jet to land in its capital, EU diplomats said.",
     [("1312", {"IGOEEC"}, {"BLR"})]),
    ("Algeria threatened to withdraw its ambassador from Madrid after Spain backed Morocco's autonomy plan for Western Sahara, the APS news agency reported.",
     [("1313", {"DZA"}, {"ESP"})]),
    ("Thailand's army chief threatened to impose martial law if the anti-government protests in Bangkok turned violent, the Bangkok Post reported.",
     [("1324", {"THA"}, {"THA"})]),
    ("Iran's Revolutionary Guards threatened on Sunday to close the Strait of Hormuz to shipping if Washington tightened sanctions on Iranian oil, the Fars news agency reported.",
     [("1381", {"IRN"}, {"USA"})]),
    ("Turkey's president threatened to send troops into northern Syria to seize the border town of Manbij from Kurdish militias, Anadolu reported.",
     [("1382", {"TUR"}, {"SYR"})]),
    ("North Korea threatened to launch pre-emptive strikes against South Korea over the allies' annual military drills, the official KCNA news agency said.",
     [("1384", {"PRK"}, {"KOR"})]),
    ("A senior Russian security official warned that Moscow could use nuclear weapons against Ukraine if Kyiv attacked Crimea with Western-supplied missiles, RIA news agency reported.",
     [("1385", {"RUS"}, {"UKR"})]),
    ("Saudi Arabia handed Qatar a ten-day ultimatum on Friday to accept 13 demands, including the closure of the Al Jazeera television network, Kuwaiti mediators said.",
     [("139", {"SAU"}, {"QAT"})]),
    # 14 protest
    ("Tens of thousands of Serbians marched through Belgrade on Saturday demanding the resignation of President Aleksandar Vucic's government, AFP reported.",
     [("1411", {"SRB"}, {"SRB"})]),
    ("Thousands of Argentines rallied in Buenos Aires on Wednesday against President Javier Milei's cuts to university funding, the state news agency Telam reported.",
     [("1412", {"ARG"}, {"ARG"})]),
    ("Jailed Bahraini rights activist Abdulhadi al-Khawaja began a hunger strike on Monday to demand the right to receive family visits and medical care, his daughter said.",
     [("1423", {"BHR"}, {"BHR"})]),
    ("Bangladesh's opposition enforced a dawn-to-dusk general strike across the country on Sunday to press for the resignation of Prime Minister Sheikh Hasina, the Daily Star reported.",
     [("1431", {"BGD"}, {"BGD"})]),
    ("Supporters of the opposition blocked the main roads into Kinshasa on Monday to demand the departure of President Joseph Kabila, the United Nations mission said.",
     [("1441", {"COD"}, {"COD"})]),
    ("Protesters demanding the president's resignation clashed with police and set fire to the parliament building in Bishkek on Tuesday, Kyrgyz officials said.",
     [("1451", {"KGZ"}, {"KGZ"})]),
    # 15 force posture
    ("Chinese warships and fighter jets staged large-scale drills around Taiwan on Monday in what Beijing called a stern warning to separatist forces, Xinhua reported.",
     [("150", {"CHN"}, {"TWN"})]),
    ("South Korea's military raised its alert level after North Korea fired a ballistic missile into the sea off its east coast, Yonhap reported.",
     [("152", {"KOR"}, {"PRK"})]),
    ("Kenya deployed thousands of extra police officers in Nairobi ahead of opposition protests planned for Wednesday, the interior ministry said.",
     [("153", {"KEN"}, {"KEN"})]),
    ("Azerbaijan mobilised army reservists and moved heavy armour toward its border with Armenia, the defence ministry in Yerevan said.",
     [("154", {"AZE"}, {"ARM"})]),
    # 16 reduce relations
    ("Bolivia broke off diplomatic relations with Israel on Tuesday over its military offensive in the Gaza Strip, the deputy foreign minister said.",
     [("161", {"BOL"}, {"ISR"})]),
    ("Germany suspended development aid to Niger after soldiers ousted President Mohamed Bazoum, the development ministry in Berlin said.",
     [("1621", {"DEU"}, {"NER"})]),
    ("The United States suspended military assistance to Thailand after the army seized power, a State Department spokeswoman said.",
     [("1622", {"USA"}, {"THA"})]),
    ("USAID paused food aid to Ethiopia after discovering that donated grain was being diverted, the U.S. embassy in Addis Ababa said.",
     [("1623", {"USA"}, {"ETH"})]),
    ("Canada imposed sanctions on 14 Iranian officials it accused of human rights violations, Global Affairs Canada said.",
     [("163", {"CAN"}, {"IRN"})]),
    ("Islamabad broke off peace talks with the Pakistani Taliban after the militants killed 23 kidnapped paramilitary soldiers, the interior minister said.",
     [("164", {"PAK"}, {"PAK"})]),
    ("Iran withdrew the accreditation of several experienced International Atomic Energy Agency inspectors, the U.N. nuclear watchdog said on Saturday.",
     [("1662", {"IRN"}, {"IGOUNOIAE"})]),
    # 17 coerce
    ("Russia seized control of the local assets of Danish brewer Carlsberg under a presidential decree, the company said.",
     [("1711", {"RUS"}, {"DNK"})]),
    ("Myanmar soldiers torched hundreds of homes in a village in Sagaing region, residents said.",
     [("1712", {"MMR"}, {"MMR"})]),
    ("Pakistan's government suspended mobile internet services across the country ahead of opposition protests in Islamabad, the telecoms regulator said.",
     [("1721", {"PAK"}, {"PAK"})]),
    ("Venezuela's comptroller general barred opposition leader Maria Corina Machado from holding public office for 15 years, her party said.",
     [("1722", {"VEN"}, {"VEN"})]),
    ("Authorities imposed an indefinite curfew in the Indian state of Manipur on Wednesday after ethnic clashes left dozens dead, PTI reported.",
     [("1723", {"IND"}, {"IND"})]),
    ("Ecuador's President Daniel Noboa declared a 60-day state of emergency after a wave of prison riots and the escape of a gang leader, EFE reported.",
     [("1724", {"ECU"}, {"ECU"})]),
    ("Iran detained two French citizens on suspicion of espionage, the judiciary's news agency Mizan said.",
     [("173", {"IRN"}, {"FRA"})]),
    ("Thailand deported 40 Uyghur men to China on Thursday despite warnings from United Nations experts, the Thai government said.",
     [("174", {"THA"}, {"CHN"})]),
    ("Kenyan police fired tear gas and live bullets to disperse protesters in Nairobi, a human rights group said.",
     [("175", {"KEN"}, {"KEN"})]),
    # 18 assault
    ("Gunmen kidnapped a German aid worker in the Agadez region of northern Niger, the Nigerien interior ministry said.",
     [("181", {"NER"}, {"DEU"})]),
    ("Somali pirates hijacked a Bangladeshi-flagged bulk carrier in the Indian Ocean and took its 23 crew members hostage, the shipowner said.",
     [("181", {"SOM"}, {"BGD"})]),
    ("Soldiers raped dozens of women during an attack on villages in South Kivu province, the United Nations said.",
     [("1821", {"COD"}, {"COD"})]),
    ("Belarusian police tortured protesters held at a detention centre in Minsk, a rights group said.",
     [("1822", {"BLR"}, {"BLR"})]),
    ("A mob in Sialkot beat to death a Sri Lankan factory manager accused of blasphemy, Pakistani police said.",
     [("1823", {"PAK"}, {"LKA"})]),
    ("A suicide bomber blew himself up at a Shiite mosque in the Afghan city of Kunduz during Friday prayers, killing dozens of worshippers.",
     [("1831", {"AFG"}, {"AFG"})]),
    ("A car bomb exploded outside a police station in the Turkish city of Diyarbakir on Monday, killing three officers, Anadolu reported.",
     [("1832", {"TUR"}, {"TUR"})]),
    ("A roadside bomb struck a Pakistani army convoy in North Waziristan on Tuesday, killing four soldiers, the military said.",
     [("1833", {"PAK"}, {"PAK"})]),
    ("Islamic State fighters used thousands of civilians as human shields in the old city of Mosul, the Iraqi army said.",
     [("184", {"IRQ"}, {"IRQ"})]),
    ("A gunman shot and wounded Slovak Prime Minister Robert Fico in an assassination attempt in the town of Handlova, police said.",
     [("185", {"SVK"}, {"SVK"})]),
    ("Gunmen shot dead Ecuadorean presidential candidate Fernando Villavicencio as he left a campaign rally in Quito, EFE reported.",
     [("186", {"ECU"}, {"ECU"})]),
    # 19 fight
    ("Jihadist fighters attacked a military camp in central Mali on Sunday, the army said.",
     [("190", {"MLI"}, {"MLI"})]),
    ("Israel imposed a complete siege on the Gaza Strip, cutting off electricity, food and fuel, the defence minister said.",
     [("191", {"ISR"}, {"PSE"})]),
    ("Russian forces captured the eastern Ukrainian town of Avdiivka after months of heavy fighting, the defence ministry in Moscow said.",
     [("192", {"RUS"}, {"UKR"})]),
    ("Kyrgyz and Tajik border guards exchanged automatic weapons fire along the disputed frontier on Wednesday, officials in Bishkek said.",
     [("193", {"KGZ", "TJK"}, set())]),
    ("Azerbaijani artillery shelled Armenian positions along the border overnight, the Armenian defence ministry said.",
     [("194", {"AZE"}, {"ARM"})]),
    ("Israeli warplanes struck Hezbollah targets in southern Lebanon on Thursday, the Israeli military said.",
     [("195", {"ISR"}, {"LBN"})]),
    ("Houthi rebels breached the truce in Yemen's Hodeidah province by shelling government positions, the Saudi-led coalition said.",
     [("196", {"YEM"}, {"YEM"})]),
    # 20 mass violence
    ("The Dominican Republic expelled tens of thousands of Haitians in a mass deportation campaign, the International Organization for Migration said.",
     [("201", {"DOM"}, {"HTI"})]),
    ("Islamist militants massacred more than 100 civilians in two villages in Niger's Tillaberi region, the government said.",
     [("202", {"NER"}, {"NER"})]),
    ("Arab militias backed by the Rapid Support Forces carried out ethnic cleansing against the Masalit people in El Geneina, West Darfur, Human Rights Watch said.",
     [("203", {"SDN"}, {"SDN"})]),
    ("Syrian air force helicopters dropped chlorine gas on the rebel-held town of Saraqeb, the chemical weapons watchdog said.",
     [("2041", {"SYR"}, {"SYR"})]),
]

QUIET = [
    "Liverpool thrashed Manchester United 7-0 at Anfield on Sunday, with Mohamed Salah and Cody Gakpo scoring twice each.",
    "Japan stunned Germany 2-1 in their World Cup opener in Doha on Wednesday.",
    "Typhoon Hagibis battered central Japan on Saturday, killing at least 30 people and cutting power to hundreds of thousands of homes.",
    "A powerful earthquake struck southern Turkey and northern Syria before dawn on Monday, toppling thousands of buildings.",
    "Wildfires ravaged the Greek island of Rhodes, forcing the evacuation of some 19,000 tourists and residents, the fire service said.",
    "Investors fled emerging-market assets on Tuesday as the dollar surged, sending the Turkish lira to a record low.",
    "Oil prices shot up 5 percent on Monday after a surprise output cut by OPEC+ producers, traders said.",
    "Tokyo stocks were hammered on Monday, with the Nikkei plunging 12 percent in its worst day since 1987.",
    "An explosion at a chemical plant in Jiangsu province killed 78 people and injured hundreds, state media reported.",
    "A passenger train derailed in Odisha after colliding with a goods train, killing nearly 300 people, railway officials said.",
    "A man shot dead his neighbour and two of her children in a village near Lyon before turning the gun on himself, prosecutors said.",
    "Thieves stole jewellery worth 88 million euros from the Louvre in a daylight raid on Sunday, the Paris prosecutor said.",
    "The Battle of Stalingrad, in which the Red Army encircled and destroyed the German Sixth Army, ended 80 years ago on Thursday.",
    "Veterans gathered in Normandy on Thursday to mark the 80th anniversary of the D-Day landings, when Allied troops stormed the beaches of northern France.",
    "Novak Djokovic fought back from two sets down to beat Jannik Sinner in the French Open quarter-final on Tuesday.",
    "New Zealand's All Blacks routed Italy 96-17 at the Rugby World Cup in Lyon on Friday.",
    "Heavy snowstorms paralysed traffic across northern China on Tuesday, stranding thousands of motorists, Xinhua reported.",
    "Swarms of locusts invaded farmland across eastern Kenya, destroying crops and pasture, the agriculture ministry said.",
    "The yen came under renewed attack from speculators on Wednesday, sliding past 160 to the dollar.",
    "A blaze tore through a high-rise residential block in Hong Kong's Tai Po district, killing 12 people, the fire department said.",
]

# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "USAID paused food aid to Ethiopia after discovering that donated grain was being diverted, the U.S. embassy in Addis Ababa said.":
        "the small model tags 'USAID' as an adverb and 'paused' as an adjective on 'aid', so the clause has no verb "
        "and no subject (the agency is now an institution: 'USAID suspended ...' reads the same way)",
    "Venezuela's comptroller general barred opposition leader Maria Corina Machado from holding public office for 15 years, her party said.":
        "the small model hangs 'barred' as an adjective on 'leader' after 'comptroller general', so the verb has "
        "no subject and no object",
}

# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rows and rules on sentences of the helper's own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A ruler's "departure" demanded is a change in leadership.
    ("Thousands marched in Dakar to demand the departure of President Macky Sall.", "1411", {"SEN"}, {"SEN"}),
    ("Students blocked the main bridge in Dhaka to demand the departure of the prime minister.", "1441", {"BGD"}, {"BGD"}),
    # An ultimatum handed, issued or delivered.
    ("The Nigerian army issued an ultimatum to the rebels to lay down their weapons within 48 hours.", "139", {"NGA"}, {"NGA"}),
    ("Israel handed Hamas a 48-hour ultimatum to free the hostages.", "139", {"ISR"}, {"PSE"}),
    # Forces threatened to be sent to take ground or to close a sea: the purpose says the kind of force.
    ("Russia threatened to move tanks into Georgia to capture the capital.", "1382", {"RUS"}, {"GEO"}),
    ("Israel threatened to launch a ground offensive to take the city of Rafah.", "1382", {"ISR"}, {"PSE"}),
    ("China threatened to deploy warships to the strait to blockade the island.", "1381", {"CHN"}, {"TWN"}),
    # Inspectors and observers whose accreditation is withdrawn or revoked are expelled.
    ("Russia revoked the accreditation of OSCE observers in eastern Ukraine.", "1662", {"RUS"}, {"IGOSCE"}),
    # A politician barred or banned from office or from an election.
    ("Pakistan's election commission barred former prime minister Imran Khan from holding public office for five years.",
     "1722", {"PAK"}, {"PAK"}),
    ("A Moscow court banned opposition politician Boris Nadezhdin from running in the presidential election.",
     "1722", {"RUS"}, {"RUS"}),
    # Government aid agencies named bare are their state.
    ("JICA suspended its loans to Myanmar after the coup.", "1621", {"JPN"}, {"MMR"}),
    ("The U.S. Agency for International Development halted its humanitarian assistance to Afghanistan.",
     "1623", {"USA"}, {"AFG"}),
    # An attack on a person called an assassination attempt: the victim lived.
    ("Gunmen wounded the governor of Kandahar in an assassination attempt on Tuesday, Afghan officials said.",
     "185", {"AFG"}, {"AFG"}),
    # Unnamed soldiers or militiamen are an armed force of the place, and their violence on
    # ordinary people is no common crime.
    ("Soldiers tortured detainees at a military camp in northern Mali, Human Rights Watch said.", "1822", {"MLI"}, {"MLI"}),
    ("Militiamen raped women in villages in Ituri province in northeastern Congo, aid workers said.",
     "1821", {"COD"}, {"COD"}),
    # "Took N people hostage", the predicate read as a second object.
    ("Militants took 30 Thai farm workers hostage during a raid on a kibbutz in southern Israel.",
     "181", {"ISR"}, {"THA"}),
    ("Armed men took a French journalist hostage in northern Mali.", "181", {"MLI"}, {"FRA"}),
    # Protests called, as strikes called; threatened, a threat of protest.
    ("Kenyan opposition leader Raila Odinga threatened to call mass protests against the election result.",
     "133", {"KEN"}, {"KEN"}),
    ("Pakistan's opposition called nationwide protests against the arrest of Imran Khan.", "141", {"PAK"}, {"PAK"}),
    # A planted explosive device that hits something is a bombing, by the road 1833.
    ("An improvised explosive device hit an Indian army patrol in Kashmir, killing two soldiers.", "183", {"IND"}, {"IND"}),
    ("A roadside device hit a Malian army vehicle near Gao, killing four soldiers.", "1833", {"MLI"}, {"MLI"}),
    # Security forces who kill or shoot protesters repress them (175), as firing on them does.
    ("Iraqi security forces killed dozens of protesters in Baghdad and Nasiriyah.", "175", {"IRQ"}, {"IRQ"}),
    ("Sudanese soldiers shot dead four demonstrators in Omdurman on Thursday.", "175", {"SDN"}, {"SDN"}),
    # A communications or internet blackout imposed curbs freedoms (1721).
    ("The Ethiopian government imposed a communications blackout on the Tigray region.", "1721", {"ETH"}, {"ETH"}),
    ("Indian authorities imposed an internet shutdown in Kashmir.", "1721", {"IND"}, {"IND"}),
    # Development cooperation suspended is economic aid cut (1621).
    ("The Netherlands suspended development cooperation with Mali after the coup.", "1621", {"NLD"}, {"MLI"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Foreign troops' departure is no change in leadership.
    ("Thousands of Iraqis rallied in Baghdad to demand the departure of U.S. troops.", "1411"),
    # Handing someone a card or a note is no ultimatum.
    ("The referee handed the player a yellow card.", "13"),
    # Troops sent to protect are no threat to take ground.
    ("Venezuela threatened to send troops to the border to protect its citizens.", "1382"),
    # Journalists' accreditation revoked is no expulsion of inspectors.
    ("Belarus revoked the accreditation of foreign journalists.", "1662"),
    # A player banned from playing is no politician banned.
    ("The football federation banned the striker from playing for six months.", "17"),
    # An attack with no attempt named keeps its own code.
    ("Militants attacked an army convoy in Kandahar on Tuesday, Afghan officials said.", "185"),
    # Protests called names are no protest called.
    ("The president called the protests a foreign plot.", "14"),
    # A team taken somewhere is no hostage.
    ("The coach took the team to Madrid.", "18"),
    # Missiles that hit stay force; militants killed by troops are no repression.
    ("Russian missiles hit a shopping centre in Kremenchuk.", "18"),
    ("Israeli troops killed three Hamas militants in Jenin.", "175"),
    # A mine's output is no landmine.
    ("The new mine hit record output in March.", "18"),
    # A power blackout from a storm is no repression.
    ("The storm imposed a power blackout on much of Texas.", "17"),
    # A stabbing by a man nobody places is a crime, not force.
    ("A man stabbed two women in a shopping street in Manchester, police said.", "18"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
