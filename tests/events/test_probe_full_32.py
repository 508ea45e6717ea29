"""Full-code probe, thirty-second round (helper wt-full31): 80 wire-style sentences of the helper's own
(none from bench/data or the other tests: each was grepped against them in 30-character windows
and the sentences sharing an event, not only boilerplate, were rewritten with other states), each with
one event whose gold is a four-digit CAMEO code or a three-digit leaf, with the actor and recipient
countries, decided from the CAMEO 1.1b3 codebook (shared/reference/cameo) and the tuning gold's
conventions before accord was run on them. They aim at the families probes 29 and 30 had none of:
the three-digit leaves of appeals and intents (022, 026-028, 032, 036-039), consultations (041-044),
diplomatic cooperation (051-055), aid given (071-075), demands (101, 106, 1052), disapproval
(111-116), rejections (125-127), threats (133, 134, 137, 139, 1383), protests for an aim (1421,
1433, 1434, 1441, 1451), force postures (152, 153), reduced relations (161, 163, 164), coercion
(173-175), assaults (181, 185) and fighting (191-196, 202), in agency wordings: capitals for
governments, nouns for acts ("a diplomatic note of protest", "an emergency loan"), "vowed",
"offered to", "warned that it would", "demanded that ...", "rejected calls to ...".

Compared as test_probe_full_30.py compares (actor codes by their country part, negated events left
out, some asserted event must match). At first sight 73 of 80 were right at root and dyad and 68
of 80 at full code. Two golds were then moved to the codebook itself: the helper had read 106-108
from LOOKUP-CAMEO.eventcodes.txt, whose numbering differs from the 1.1b3 manual; the manual has a
ceasefire demanded as 1056 ("Use this code for demands for ceasefire") and talks demanded as 106,
both as accord coded them, so first sight by the manual is 70 at full code. The misses: a
constitutional amendment withdrawn after protests read as policy (0832 for 0834); protesters told
to clear their camps (100 for 1052); a note of protest handed to an embassy and riot police
"drafted in" not coded at all; export curbs asked to be scrapped read as policy (0242 for 0254);
police officers offered for a security mission abroad read as arms with no recipient (0332 for
0334); a court or council named after "at" taken as a second recipient (052, 115); an opposition
warning that it would bring supporters onto the streets not coded (133); and police warned they
would open fire on protesters read as a military threat (1384 for 137). After the session's rules
78 of 80 are right at root and dyad and 77 of 80 at full code; the three left are strict xfails
with their reasons. In the thirty-first session (helper wt-mend31) the Ugandan warning became right
("anyone who joined the protests" read as protesters; test_xfail_31.py): 79 of 80 at root and dyad,
78 of 80 at full code. The session's rules taken from the tuning sentences right at root and dyad but
wrong at full code ("call off" asked, a mine under a truck, direct aid cut, power to be handed over,
barrels of oil supplied) are tested below on sentences of the
helper's own too.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, full_probe_tests, has_asserted, has_asserted_code


# text, gold full code, actor countries, recipient countries
EVENTS = [
    # 02 appeal
    ("Lithuania's foreign ministry called on Belarus to free three Lithuanian citizens detained near the border last month, a ministry statement said.", "0253", {"LTU"}, {"BLR"}),
    ("Kuwait urged Yemen's government and the Houthi movement to resume U.N.-sponsored negotiations, the Kuwaiti foreign ministry said.", "026", {"KWT"}, {"YEM"}),
    ("Japan urged China to resolve the dispute over the East China Sea gas fields peacefully and in accordance with international law, a Japanese government spokesman said.", "027", {"JPN"}, {"CHN"}),
    ("Washington called on Addis Ababa to accept African Union mediation in its border row with Asmara, the State Department said.", "028", {"USA"}, {"ETH"}),
    ("Baku called on Ankara to back its position on Nagorno-Karabakh at the OSCE, the Azerbaijani foreign ministry said.", "022", {"AZE"}, {"TUR"}),
    ("The Dutch foreign minister urged Iran to respect the rights of its Baha'i minority, in a statement issued in The Hague on Monday.", "0243", {"NLD"}, {"IRN"}),
    ("The Italian foreign ministry urged Eritrea to withdraw its soldiers from northern Ethiopia's Tigray region, a spokesman said in Rome.", "0256", {"ITA"}, {"ERI"}),
    ("Laos appealed to China for an emergency loan to meet its debt payments, a Lao finance ministry official said.", "0231", {"LAO"}, {"CHN"}),
    ("Germany urged Poland to drop a planned tax on foreign-owned supermarkets, the German economy ministry said on Wednesday.", "0242", {"DEU"}, {"POL"}),
    ("Seoul urged Tokyo to scrap its export curbs on materials used to make computer chips, the South Korean trade ministry said.", "0254", {"KOR"}, {"JPN"}),
    # 03 intent
    ("Eritrea said it was prepared to hold talks with Ethiopia on demarcating their common border, the information minister said.", "036", {"ERI"}, {"ETH"}),
    ("Guyana pledged to resolve its border dispute with Suriname peacefully, the Guyanese president said in a speech on Friday.", "037", {"GUY"}, {"SUR"}),
    ("Djibouti said it would accept Saudi mediation in its border dispute with Eritrea, the Djiboutian foreign minister said.", "038", {"DJI"}, {"SAU"}),
    ("Bern offered to act as a mediator between Mozambique's government and Renamo rebels, a Swiss foreign ministry official said.", "039", {"CHE"}, {"MOZ"}),
    ("Rome pledged to support Tirana's application for membership of the European Union, the Italian prime minister told reporters during a visit to Albania.", "032", {"ITA"}, {"ALB"}),
    ("Venezuela offered to release three Colombian soldiers captured on its territory last week, the Venezuelan defence minister said.", "0353", {"VEN"}, {"COL"}),
    ("Moscow said it was ready to lift its ban on Moldovan fruit imports, the Russian agriculture ministry said.", "0354", {"RUS"}, {"MDA"}),
    ("Ankara vowed to pull its troops back from the Syrian border town of Tal Abyad, a Turkish defence ministry official said.", "0356", {"TUR"}, {"SYR"}),
    ("The Kazakh government said it would lift the curfew in Almaty on Monday, the interior ministry said.", "0351", {"KAZ"}, {"KAZ"}),
    ("Kenya offered to send 1,000 police officers to lead a multinational security mission in Haiti, the Kenyan foreign ministry said.", "0334", {"KEN"}, {"HTI"}),
    # 04 consult
    ("Egypt's president spoke by telephone with his French counterpart about the situation in Gaza on Wednesday, the presidency said.", "041", {"EGY"}, {"FRA"}),
    ("Japan's prime minister arrived in New Delhi on Sunday for a three-day official visit, his office said.", "042", {"JPN"}, {"IND"}),
    ("Kenya's president hosted his Somali counterpart at State House in Nairobi on Tuesday, a presidential spokesman said.", "043", {"KEN"}, {"SOM"}),
    ("The presidents of Ghana and Togo met in Abuja on Sunday on the sidelines of a regional summit.", "044", {"GHA", "TGO"}, set()),
    # 05 diplomatic cooperation
    ("Washington praised Zambia's conduct of the presidential election as free and fair, the State Department said.", "051", {"USA"}, {"ZMB"}),
    ("China defended Myanmar's handling of the Rohingya crisis at the U.N. Human Rights Council, a Chinese diplomat said.", "052", {"CHN"}, {"MMR"}),
    ("Jamaica granted formal diplomatic recognition to the Palestinian state, the Jamaican foreign ministry announced.", "054", {"JAM"}, {"PSE"}),
    ("Japan apologised to South Korea for the wartime use of forced labour at its mines, the chief cabinet secretary said.", "055", {"JPN"}, {"KOR"}),
    # 07 aid
    ("The United Arab Emirates lent Egypt's central bank 5 billion dollars to prop up the pound, the Egyptian cabinet said.", "071", {"ARE"}, {"EGY"}),
    ("Washington delivered a further batch of Stinger missiles and armoured vehicles to Tbilisi, the Pentagon said on Thursday.", "072", {"USA"}, {"GEO"}),
    ("Turkey flew a planeload of tents, field kitchens and medicines to flood-hit Libya, Turkish officials said.", "073", {"TUR"}, {"LBY"}),
    ("Senegal sent 300 troops to the Gambia to guard the new president after the disputed election, the Senegalese army said.", "074", {"SEN"}, {"GMB"}),
    ("Mexico gave political asylum to a former Peruvian prime minister who had sought refuge in its embassy in Lima, the Mexican foreign minister said.", "075", {"MEX"}, {"PER"}),
    # 08 yield
    ("Bowing to weeks of opposition protests, Togo's government withdrew a constitutional amendment that would have let the president serve two more terms.", "0834", {"TGO"}, {"TGO"}),
    ("Canada eased sanctions on Myanmar's timber and gem exports, the Canadian trade minister said.", "085", {"CAN"}, {"MMR"}),
    ("Ecuador's president ended the state of emergency declared in three coastal provinces during a wave of prison riots, his office said.", "0814", {"ECU"}, {"ECU"}),
    # 09 investigate
    ("Colombian prosecutors opened an inquiry into an army air strike that killed 12 children at a rebel camp, the attorney general's office said.", "093", {"COL"}, {"COL"}),
    ("A Brazilian congressional committee began investigating allegations that ministers took bribes from a construction firm, congressional sources said.", "091", {"BRA"}, {"BRA"}),
    # 10 demand
    ("Norway demanded that Moscow explain why a Russian bomber had flown into Norwegian airspace, the Norwegian defence ministry said.", "101", {"NOR"}, {"RUS"}),
    ("Moscow demanded an immediate ceasefire from Baku in Nagorno-Karabakh, the Russian foreign ministry said.", "1056", {"RUS"}, {"AZE"}),
    ("Greece demanded talks with Turkey on the delimitation of their continental shelf, the Greek foreign minister told parliament.", "106", {"GRC"}, {"TUR"}),
    ("Thailand's army chief demanded that anti-government protesters clear their camps in Bangkok, an army spokesman said.", "1052", {"THA"}, {"THA"}),
    ("Caracas demanded that Washington lift its oil sanctions before any resumption of talks with the opposition, Venezuela's foreign minister said.", "1054", {"VEN"}, {"USA"}),
    ("Bulgaria demanded that North Macedonia guarantee the rights of its ethnic Bulgarian minority, the Bulgarian foreign minister said.", "1043", {"BGR"}, {"MKD"}),
    # 11 disapprove
    ("Australia denounced the Chinese navy's use of sonar near Australian divers as unsafe and unprofessional, the defence minister said.", "111", {"AUS"}, {"CHN"}),
    ("Congo accused Rwanda of backing the M23 rebels in its eastern provinces, a government spokesman said on Saturday.", "112", {"COD"}, {"RWA"}),
    ("Vietnam's foreign ministry handed a diplomatic note of protest to the Chinese embassy over the deployment of an oil rig in disputed waters.", "114", {"VNM"}, {"CHN"}),
    ("Slovenia sued Croatia at the European Court of Justice over a border arbitration ruling, the Slovenian government said.", "115", {"SVN"}, {"HRV"}),
    ("A Tehran court convicted a French tourist of spying and sentenced her to eight years in prison, her lawyer said.", "116", {"IRN"}, {"FRA"}),
    # 12 reject
    ("Pyongyang turned down a South Korean proposal for military talks to reduce tension along their frontier, the official news agency said.", "125", {"PRK"}, {"KOR"}),
    ("Myanmar's junta rejected an offer by Indonesia to mediate between the military and ethnic rebel groups, a junta spokesman said.", "126", {"MMR"}, {"IDN"}),
    ("Eritrea rejected an Ethiopian peace plan for their disputed frontier, the Eritrean information minister said.", "127", {"ERI"}, {"ETH"}),
    ("Myanmar's junta rejected calls to restore citizenship rights to the Rohingya, a military spokesman said.", "1233", {"MMR"}, {"MMR"}),
    ("Washington rejected calls from Havana to ease its trade embargo on Cuba, a State Department spokesman said.", "1244", {"USA"}, {"CUB"}),
    # 13 threaten
    ("Armenia's opposition warned that it would bring its supporters onto the streets if the government signed the border deal with Azerbaijan.", "133", {"ARM"}, {"ARM"}),
    ("Tbilisi threatened to walk out of the Geneva talks on its breakaway regions unless Moscow stopped building fences along the boundary line, a Georgian envoy said.", "134", {"GEO"}, {"RUS"}),
    ("Uganda's police chief warned that officers would open fire on anyone who joined the planned opposition protests in Kampala.", "137", {"UGA"}, {"UGA"}),
    ("Ankara gave Damascus 48 hours to hand over the Kurdish militants behind the bombing, a Turkish government spokesman said.", "139", {"TUR"}, {"SYR"}),
    ("The Pakistani Taliban threatened to carry out suicide bombings against government offices in Islamabad unless the army halted its offensive in the tribal areas.", "1383", {"PAK"}, {"PAK"}),
    ("Beijing warned that it would impose sanctions on American defence firms that sell weapons to Taiwan, the Chinese foreign ministry said.", "1312", {"CHN"}, {"USA"}),
    # 14 protest
    ("Imprisoned supporters of Cambodia's main opposition party launched a hunger strike to demand the prime minister's resignation.", "1421", {"KHM"}, {"KHM"}),
    ("Public sector workers in Sri Lanka's Tamil north went on strike to demand language rights, union leaders said.", "1433", {"LKA"}, {"LKA"}),
    ("Supporters of the opposition barricaded main roads in Dhaka to demand the prime minister's resignation, police said.", "1441", {"BGD"}, {"BGD"}),
    ("Rioters demanding the president's resignation set fire to government offices in Bishkek on Tuesday, police said.", "1451", {"KGZ"}, {"KGZ"}),
    ("Malawi's opposition lawmakers boycotted parliament to press for an independent electoral commission, a party spokesman said.", "1434", {"MWI"}, {"MWI"}),
    # 15 force posture
    ("Seoul placed front-line army units on heightened alert after North Korea fired artillery into the sea near the border, the defence ministry said.", "152", {"KOR"}, {"PRK"}),
    ("Togolese authorities drafted in hundreds of additional riot police in Lome ahead of the opposition march, a police spokesman said.", "153", {"TGO"}, {"TGO"}),
    # 16 reduce relations
    ("Belize severed diplomatic ties with Israel over its military campaign in Gaza, the Belizean government said.", "161", {"BLZ"}, {"ISR"}),
    ("The U.S. Treasury blacklisted three senior Venezuelan oil officials, freezing any assets they hold in the United States.", "163", {"USA"}, {"VEN"}),
    ("The Philippine government called off peace talks with communist rebels after an ambush killed 14 soldiers, the presidential palace said.", "164", {"PHL"}, {"PHL"}),
    # 17 coerce
    ("Malaysia deported 120 Myanmar nationals from an immigration detention centre on Thursday, a Malaysian official said.", "174", {"MYS"}, {"MMR"}),
    ("Iranian security forces fired tear gas at protesters in the southeastern city of Zahedan, rights groups said.", "175", {"IRN"}, {"IRN"}),
    ("Iranian coastguards detained the crew of an Emirati fishing boat in the Gulf, the Emirati foreign ministry said.", "173", {"IRN"}, {"ARE"}),
    # 18 assault
    ("Boko Haram fighters abducted 30 teenage girls from a village in Nigeria's Borno state, local officials said.", "181", {"NGA"}, {"NGA"}),
    ("Taliban militants tried to assassinate the governor of Afghanistan's Kandahar province with a bomb hidden in a motorcycle, police said.", "185", {"AFG"}, {"AFG"}),
    # 19 fight
    ("Russian forces blockaded the port of Berdyansk, stopping Ukrainian grain ships from leaving, the Ukrainian navy said.", "191", {"RUS"}, {"UKR"}),
    ("Ethiopian troops occupied the Eritrean border town of Tsorona after two days of fighting, an Ethiopian military spokesman said.", "192", {"ETH"}, {"ERI"}),
    ("Saudi warplanes bombed Houthi positions in Yemen's northern Saada province overnight, residents said.", "195", {"SAU"}, {"YEM"}),
    ("Armenian forces broke the ceasefire along the border by firing on Azerbaijani positions in Nakhchivan, the Azerbaijani defence ministry said.", "196", {"ARM"}, {"AZE"}),
    # 20 mass violence
    ("Sudanese paramilitaries massacred more than 200 villagers in West Darfur, a U.N. official said.", "202", {"SDN"}, {"SDN"}),
]

# Wrong at root or dyad after the session: text -> reason (strict xfail of both tests).
ROOT_WRONG: dict[str, str] = {
    "Kenya offered to send 1,000 police officers to lead a multinational security mission in Haiti, the Kenyan foreign ministry said.":
        "Police officers offered for a security mission abroad are read as arms promised (0332) and the"
        " mission's host, named only after \"in\", is not taken as the recipient (0334 KEN -> HTI);"
        " (thirty-first session) two rules would be needed: police or troops sent on a mission as protection"
        " (the aim kinds read 'police' as military) and the place of a mission named in the governed"
        " infinitive's object as its host, which targets.py reads only for a mission named by the verb itself",
}

# Right at root and dyad but wrong at full code after the session: text -> reason (strict xfail).
FULL_WRONG: dict[str, str] = {
    "Seoul urged Tokyo to scrap its export curbs on materials used to make computer chips, the South Korean trade ministry said.":
        "Export curbs to be scrapped are read as a policy (0242); the tuning gold itself goes both ways"
        " (\"scrap its export controls on advanced chips\" 1042, \"lift its ban on Japanese seafood"
        " imports\" 1054), so no rule was taken",
}


test_probe_size, test_probe_root, test_probe_full = full_probe_tests(EVENTS, ROOT_WRONG, FULL_WRONG, size=80)


# The session's rules, each on sentences of the helper's own, with look-alikes.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A constitutional amendment or term limits withdrawn give way on the institutions (0834) ...
    ("Under pressure from opposition rallies, Malawi's cabinet withdrew a bill on presidential term limits, a government spokesman said.",
     "0834", {"MWI"}, {"MWI"}),
    ("After a month of street protests, Benin's president withdrew the constitutional amendments his party had tabled.",
     "0834", {"BEN"}, {"BEN"}),
    # ... a tax withdrawn is still a policy (0832).
    ("Niger's government withdrew a fuel tax after days of protests by traders in Niamey, the finance minister said.",
     "0832", {"NER"}, {"NER"}),
    # Protesters asked to clear their camps, vacate a road or go home: dissent to be ended (1052, 0252).
    ("Pakistan's interior minister demanded that the protesters vacate the main highway into Islamabad by nightfall.",
     "1052", {"PAK"}, {"PAK"}),
    ("Peru's prime minister urged the demonstrators to go home, saying their grievances would be heard.",
     "0252", {"PER"}, {"PER"}),
    # A note or letter of protest handed or delivered is an official complaint (114).
    ("Seoul's foreign ministry handed a letter of protest to the Japanese ambassador over the new school textbooks.",
     "114", {"KOR"}, {"JPN"}),
    ("Ankara delivered a protest note to the Greek embassy over the militarisation of the Aegean islands.",
     "114", {"TUR"}, {"GRC"}),
    # An international court or council after "at", with the party already named, is where: not a
    # second recipient.
    ("Austria sued Germany at the European Court of Justice over its motorway toll for foreign drivers, the Austrian transport minister said.",
     "115", {"AUT"}, {"DEU"}),
    ("Moscow defended Belgrade's stance on Kosovo at the U.N. Security Council on Tuesday.",
     "052", {"RUS"}, {"SRB"}),
    # Supporters brought onto the streets: a protest (141), threatened 133.
    ("The Georgian opposition brought tens of thousands of supporters into the streets of Tbilisi on Sunday.",
     "141", {"GEO"}, {"GEO"}),
    ("Bolivia's main union warned that it would bring its members onto the streets unless fuel prices were cut.",
     "133", {"BOL"}, {"BOL"}),
    # "call off" a strike or protests asked for: dissent to be ended (0252), not elections called (0241).
    ("Cambodia's prime minister urged the garment workers' union to call off its nationwide strike, a government spokesman said.",
     "0252", {"KHM"}, {"KHM"}),
    # A mine that explodes under a vehicle is a roadside bombing (1833).
    ("A remote-detonated mine exploded beneath an Afghan police pickup in Helmand, killing five officers, the provincial governor said.",
     "1833", {"AFG"}, {"AFG"}),
    # Direct aid cut to a government is economic aid cut (1621).
    ("Britain suspended direct aid to Malawi's government over a corruption scandal, the British aid ministry said.",
     "1621", {"GBR"}, {"MWI"}),
    # Power to be handed over is a change in leadership asked for (0241, 1041), not a person handed over (0213, 1013).
    ("The Nigerian president called on the outgoing Gambian leader to hand over power to the winner of the vote.",
     "0241", {"NGA"}, {"GMB"}),
    # Barrels supplied are oil: trade (061), promised 0311.
    ("Baghdad agreed to supply Amman with 15,000 barrels of crude a day at a discount, the Iraqi oil ministry said.",
     "0311", {"IRQ"}, {"JOR"}),
    # Police "drafted in": police power increased (153).
    ("Authorities in Dhaka drafted in thousands of riot police before the general strike, a police official said.",
     "153", {"BGD"}, {"BGD"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Police asked to clear the protest camps are asked for no easing of dissent.
    ("The ruling party urged the police to clear the protest camps in the capital.", "0252"),
    # Protesters who go to the square end nothing.
    ("The opposition leader urged the protesters to go to the central square on Friday.", "0252"),
    # A note of thanks handed over is no complaint.
    ("The mayor handed a note of thanks to the Japanese ambassador after the concert.", "114"),
    # A storm that brings people onto the streets is no protest.
    ("The typhoon brought thousands of people onto the streets of Manila as their houses flooded.", "141"),
    # An offensive called off is no dissent ended.
    ("Moscow urged Kyiv to call off its offensive in the east.", "0252"),
    # A bomb that explodes at a gold mine is no roadside bomb.
    ("A bomb exploded at a gold mine in northern Burkina Faso on Tuesday, killing four workers.", "1833"),
    # Humanitarian aid cut keeps its kind.
    ("Washington cut off humanitarian aid to the rebel-held north of Yemen, the State Department said.", "1621"),
    # A person wanted for abuse of power to be handed over is judicial cooperation, no leadership change.
    ("Italy called on Libya to hand over two men accused of abuse of power.", "0241"),
    # Arms supplied stay military aid.
    ("Washington agreed to supply Kyiv with 40 Bradley fighting vehicles, the Pentagon said.", "0311"),
    # A player drafted in by a club is no police deployment.
    ("The club drafted in a new goalkeeper from Brazil before the final.", "153"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


def test_at_body_alone_stays_recipient(code_text):
    """With no other party named, a body after "at" that the frame asks for stays the recipient
    ("lashed out at the United Nations")."""
    record = code_text("Venezuela's president lashed out at the United Nations over the report on prison conditions.")
    assert any(e["cameo"].startswith("11") and any(r["code"].startswith("IGO") for r in e["recipient"])
               for e in record["events"]), dyads(record)
