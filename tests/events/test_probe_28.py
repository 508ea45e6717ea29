"""Generalisation probe, twenty-eighth session: 100 wire-style sentences of the helper's own (none
from bench/data or the earlier test_probe_*.py files), hand-coded with the full CAMEO code before
accord was run on them. Like test_probe_27.py they aim at agency body copy: attribution tails,
officials by title only, passives, nominal events, coordination and reported-speech chains, with a
news day's mix of roots (80 sentences, one event each); 20 must stay quiet (sport, deals between
companies, culture, weather, accidents, statistics, root-01 remarks, "would not comment").

Compared as test_probe_27.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight 91 of the 100 were right at root and dyad (73 of 80 event sentences, 18 of 20
quiet; 73 of 80 gold events, 53 at full code). Three gold codes were then corrected after checking
the codebook (marked below: two meetings held in a third country are 044, and 106 is "demand
meeting", so a withdrawal demanded is 1056); by them 56 were right at full code at first sight.
After the session's rules 99 are right at root and dyad (79 of 80 events, 20 of 20 quiet), 64 of
80 at full code; the one still wrong is a strict xfail with the reason. The probe asks only that some asserted event
match, so an extra event beside the right one is not counted against it (the Qatar sentence still
has a second, joint 036 for the talks themselves).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("The Somali president appealed to international donors on Thursday for money to rebuild roads and bridges destroyed by the floods, his office said in a statement.",
     [("0231", {"SOM"}, set())]),
    ("Afghanistan's Taliban administration urged Pakistan to halt the deportation of Afghan refugees during the winter months, a spokesman for the administration said on Saturday.",
     [("020", {"AFG"}, {"PAK"})]),
    ("Chile's foreign minister called on Venezuela to release opposition activists detained after the election, in a speech to the Organization of American States in Washington.",
     [("0253", {"CHL"}, {"VEN"})]),
    ("In a statement released on Sunday, the Vatican appealed for an immediate ceasefire in Sudan and urged both sides to let humanitarian aid reach civilians.",
     [("0256", {"VAT"}, {"SDN"})]),
    ("Iraq asked Turkey to let more water flow from its dams on the Tigris and Euphrates rivers to ease a severe drought, the Iraqi water resources ministry said.",
     [("020", {"IRQ"}, {"TUR"})]),
    ("Bangladesh's foreign minister appealed to Japan and South Korea for help in rebuilding schools and clinics wrecked by the cyclone, according to a statement from the ministry.",
     [("0231", {"BGD"}, {"JPN", "KOR"})]),
    # 03 intent
    ("Qatar offered to host and fund a new round of talks between the Afghan government and the Taliban, the Qatari foreign ministry spokesman said on Tuesday.",
     [("039", {"QAT"}, {"AFG"})]),
    ("Germany will provide 200 million euros for the reconstruction of Syrian cities damaged by the war, the development minister told a conference of donors in Brussels.",
     [("0331", {"DEU"}, {"SYR"})]),
    ("South Africa said it was willing to resume talks with Rwanda on the return of exiles, a senior official in the presidency said.",
     [("036", {"ZAF"}, {"RWA"})]),
    ("Kuwait pledged to contribute 300 million dollars to a fund for the reconstruction of Gaza, the state news agency KUNA reported on Monday.",
     [("0331", {"KWT"}, {"PSE"})]),
    ("Japan and the Philippines agreed to begin talks on a pact allowing their troops to train together, the Japanese foreign ministry said after a meeting of defence chiefs.",
     [("036", {"JPN", "PHL"}, set())]),
    ("The Indonesian president promised Palestinian leaders that Jakarta would continue to send food and medicine to Gaza, according to the president's spokesman.",
     [("0333", {"IDN"}, {"PSE"})]),
    ("Kazakhstan's president said his country would supply grain to Tajikistan at reduced prices this winter, his press office said.",
     [("0311", {"KAZ"}, {"TJK"})]),
    # 04 consult
    ("The Saudi foreign minister arrived in Tehran on Saturday for talks with Iranian officials on regional security, the official Saudi Press Agency reported.",
     [("042", {"SAU"}, {"IRN"})]),
    ("Turkey on Tuesday hosted the foreign ministers of Russia and Ukraine for talks aimed at reviving a grain export deal, the Turkish presidency said.",
     [("043", {"TUR"}, {"RUS", "UKR"})]),
    ("The Vietnamese and Cambodian interior ministers met on the margins of a regional conference in Vientiane on Thursday, their first meeting since the border dispute flared.",
     [("044", {"VNM", "KHM"}, set())]),  # first gold 040; a meeting in a third country is 044 (codebook)
    ("Pakistan's army chief held talks with the American defence secretary at the Pentagon on Wednesday about counterterrorism cooperation, the military said.",
     [("040", {"PAK"}, {"USA"})]),
    ("The British prime minister spoke by phone with the Turkish president on Sunday and discussed the situation in Syria, Downing Street said.",
     [("041", {"GBR"}, {"TUR"})]),
    ("A delegation of Kenyan lawmakers was received by the speaker of the Ugandan parliament in Kampala on Monday, the Ugandan parliament said in a statement.",
     [("043", {"UGA"}, {"KEN"})]),
    ("Ethiopia's prime minister will visit Djibouti next week to discuss access to the port, a government spokesman said.",
     [("036", {"ETH"}, {"DJI"})]),
    ("Negotiators from Armenia and Azerbaijan met in Washington for a third day of talks on a peace treaty, the U.S. State Department said.",
     [("044", {"ARM", "AZE"}, set())]),  # first gold 040; a meeting in a third country is 044 (codebook)
    # 05 diplomatic cooperation
    ("The Nigerian president welcomed the decision by Benin to reopen the border between the two countries, calling it an important step for regional trade, his spokesman said.",
     [("051", {"NGA"}, {"BEN"})]),
    ("Israel and Bahrain signed an agreement on Tuesday to cooperate in cybersecurity, officials from both countries said.",
     [("057", {"ISR", "BHR"}, set())]),
    ("Spain recognised Palestine as a state on Tuesday, joining Ireland and Norway, the Spanish prime minister said in a televised address.",
     [("054", {"ESP"}, {"PSE"})]),
    ("The French president thanked Morocco's king for his country's help in the rescue of French citizens stranded in Sudan, according to a statement from the Elysee palace.",
     [("051", {"FRA"}, {"MAR"})]),
    ("Egypt's foreign minister expressed support for Somalia's sovereignty and territorial integrity during a meeting with his Somali counterpart in Cairo, the ministry said.",
     [("051", {"EGY"}, {"SOM"})]),
    ("The Dutch king apologised to Indonesia for violence committed by Dutch forces during the war of independence, in a speech in Jakarta.",
     [("055", {"NLD"}, {"IDN"})]),
    # 06 material cooperation
    ("Indian and French warships held joint exercises off the coast of Goa this week, the Indian navy said.",
     [("062", {"IND", "FRA"}, set())]),
    ("Colombia extradited a Mexican cartel accountant to the United States on Monday to face drug trafficking charges, the Colombian police said.",
     [("063", {"COL"}, {"USA"})]),
    ("Ukraine's state energy company said it had begun importing electricity from Romania and Slovakia to cover shortfalls caused by Russian strikes on power plants.",
     [("061", {"UKR"}, {"ROU", "SVK"})]),
    ("Australian police officers began patrolling the streets of Port Moresby alongside local officers under a security pact signed last year, the Australian federal police said.",
     [("062", {"AUS"}, {"PNG"})]),
    # 07 aid
    ("The World Food Programme delivered 4,000 tonnes of wheat to the Yemeni port of Hodeidah on Sunday, enough to feed a million people for a month, a spokeswoman for the agency said.",
     [("073", {"IGOUNO"}, {"YEM"})]),
    ("The United States sent a new batch of Patriot missiles to Poland last week, the Polish defence ministry said.",
     [("072", {"USA"}, {"POL"})]),
    ("Qatar placed 3 billion dollars in deposits with Turkey's central bank to prop up the lira, the Turkish finance ministry said.",
     [("071", {"QAT"}, {"TUR"})]),
    ("Turkish rescue teams arrived in Libya to help search for survivors of the floods in the eastern city of Derna, Turkey's disaster agency said.",
     [("073", {"TUR"}, {"LBY"})]),
    # 08 yield
    ("Belarus released a Lithuanian journalist jailed on extremism charges, in what the Lithuanian foreign ministry described as a goodwill gesture.",
     [("0841", {"BLR"}, {"LTU"})]),
    ("The Sri Lankan government lifted a curfew imposed on the capital after a week of unrest, police said on Thursday.",
     [("0813", {"LKA"}, {"LKA"})]),
    ("Israeli forces withdrew from the town of Khan Younis in southern Gaza after a four-month offensive, the Israeli military said on Sunday.",
     [("0874", {"ISR"}, {"PSE"})]),
    ("Venezuela allowed a team of U.N. human rights officials to return to Caracas, two years after expelling them, the foreign minister said.",
     [("0862", {"VEN"}, {"IGOUNO"})]),
    # 09 investigate
    ("Swiss prosecutors opened a criminal case against a Qatari-owned firm suspected of paying bribes to win a construction contract, a judicial source said.",
     [("091", {"CHE"}, {"QAT"})]),
    ("A U.N. commission of inquiry is investigating reports that Ethiopian troops killed civilians in the Tigray region, the head of the commission told reporters in Geneva.",
     [("092", {"IGOUNO"}, {"ETH"})]),
    ("Kenya's parliament launched an investigation into the deaths of protesters shot by police during demonstrations against tax increases.",
     [("090", {"KEN"}, {"KEN"})]),
    # 10 demand
    ("The Chinese embassy in Manila demanded an explanation from the Philippine government over the detention of 10 Chinese nationals accused of spying, the embassy said on its website.",
     [("100", {"CHN"}, {"PHL"})]),
    ("Azerbaijan demanded that France stop interfering in its internal affairs, after French lawmakers backed a resolution on Nagorno-Karabakh, the Azerbaijani foreign ministry said.",
     [("100", {"AZE"}, {"FRA"})]),
    ("Protesters in Belgrade demanded the resignation of the interior minister over a fatal roof collapse, police said.",
     [("1041", {"SRB"}, {"SRB"})]),
    ("Hamas demanded that Israel withdraw all its forces from Gaza as a condition for any new truce, a senior official of the movement said in Beirut.",
     [("1056", {"PSE"}, {"ISR"})]),  # first gold 106, which is "demand meeting"; a withdrawal demanded is 1056
    # 11 disapprove
    ("Ukraine's foreign ministry condemned a visit by the Serbian president to Moscow, saying it undermined European unity, the ministry said in a statement.",
     [("111", {"UKR"}, {"SRB"})]),
    ("The United Nations human rights chief criticised Tunisia's crackdown on migrants, calling the mass expulsions to the desert inhumane.",
     [("111", {"IGOUNO"}, {"TUN"})]),
    ("Pakistan accused India on Sunday of orchestrating a series of targeted killings on Pakistani soil, the foreign office spokeswoman told a weekly briefing.",
     [("112", {"PAK"}, {"IND"})]),
    ("The Dutch foreign minister denounced the hanging of a wrestler in Iran as an act of intimidation, his ministry said.",
     [("111", {"NLD"}, {"IRN"})]),
    ("Lithuania lodged a formal complaint with Belarus over repeated incursions of balloons carrying contraband cigarettes into its airspace.",
     [("114", {"LTU"}, {"BLR"})]),
    # 12 reject
    ("Russia rejected an offer by Turkey to host peace talks between Moscow and Kyiv, a Kremlin spokesman said on Friday.",
     [("126", {"RUS"}, {"TUR"})]),
    ("The Israeli security cabinet turned down a plan drawn up by Egypt and Qatar for a phased truce, according to a senior Israeli official.",
     [("127", {"ISR"}, {"EGY", "QAT"})]),
    ("Niger's military rulers turned down a request by the United States to keep its troops at a drone base in Agadez, a government spokesman said.",
     [("120", {"NER"}, {"USA"})]),
    ("India rejected a proposal by Pakistan for talks on Kashmir, saying terrorism and dialogue could not go together, the external affairs ministry spokesman said.",
     [("125", {"IND"}, {"PAK"})]),
    ("The Hungarian prime minister dismissed calls from Brussels to drop a law restricting foreign funding of civic groups, in an interview with state radio.",
     [("123", {"HUN"}, {"IGOEEC"})]),
    # 13 threaten
    ("Iran's army chief warned that Tehran would respond forcefully to any Israeli attack on its nuclear facilities, the semi-official Tasnim news agency reported.",
     [("138", {"IRN"}, {"ISR"})]),
    ("The European Commission threatened to cut off regional development funds to Slovakia over changes to its criminal code, a spokesman for the commission said.",
     [("1311", {"IGOEEC"}, {"SVK"})]),
    ("North Korea warned the United States on Saturday that it would face unpredictable consequences if it sent an aircraft carrier to the Korean peninsula, state media said.",
     [("130", {"PRK"}, {"USA"})]),
    # 14 protest
    ("Thousands of fishermen rallied in Busan on Saturday to protest against Japan's discharge of water from a damaged nuclear plant into the Pacific, police said.",
     [("1412", {"KOR"}, {"JPN"})]),
    ("Hundreds of workers went on strike at ports across Argentina to protest against the government's plan to privatise state companies, union leaders said.",
     [("143", {"ARG"}, {"ARG"})]),
    ("Protesters set fire to tyres and blocked roads in the Haitian capital, demanding the resignation of the prime minister, witnesses said.",
     [("1441", {"HTI"}, {"HTI"})]),
    ("Families of victims demonstrated outside the courthouse in Lima against the release of a former president from prison on humanitarian grounds.",
     [("1412", {"PER"}, {"PER"})]),
    # 15 force posture
    ("Venezuela deployed troops to its border with Guyana amid a dispute over the oil-rich Essequibo region, Venezuela's defence minister said.",
     [("154", {"VEN"}, {"GUY"})]),
    ("Poland raised the readiness of its air defences after a Russian missile briefly crossed into its airspace, the Polish army command said.",
     [("152", {"POL"}, {"RUS"})]),
    # 16 reduce relations
    ("Niger on Thursday expelled the French ambassador, giving him 48 hours to leave, the military government said on state television.",
     [("161", {"NER"}, {"FRA"})]),
    ("Germany halted its military training mission in Niger after the coup, the German defence ministry said on Wednesday.",
     [("1622", {"DEU"}, {"NER"})]),
    ("Canada suspended trade talks with India after accusing New Delhi of involvement in the killing of a Sikh activist on Canadian soil, the trade minister's spokeswoman said.",
     [("164", {"CAN"}, {"IND"})]),
    ("The United States imposed sanctions on three Iranian officials it accused of running a network to smuggle drones to Russia, the Treasury said.",
     [("163", {"USA"}, {"IRN"})]),
    # 17 coerce
    ("Iran's judiciary said on Sunday that a Swedish-Iranian dual national had been detained in the city of Tabriz on suspicion of spying for Israel.",
     [("173", {"IRN"}, {"SWE"})]),
    ("Egyptian police detained three journalists who had covered protests over rising bread prices, a press freedom group said.",
     [("173", {"EGY"}, {"EGY"})]),
    ("A Turkish court ordered the detention of the mayor of Istanbul pending trial on corruption charges, state media reported.",
     [("173", {"TUR"}, {"TUR"})]),
    ("Russian border guards detained the crews of two Ukrainian fishing boats in the Sea of Azov, the Ukrainian foreign ministry said.",
     [("173", {"RUS"}, {"UKR"})]),
    # 18 assault
    ("Gunmen abducted 20 students from a school in north-western Nigeria on Friday, police said.",
     [("181", {"NGA"}, {"NGA"})]),
    ("A car laden with explosives was detonated outside an army checkpoint in the Somali town of Baidoa, killing at least seven soldiers, a local official said.",
     [("1832", {"SOM"}, {"SOM"})]),
    ("A French aid worker was shot dead by unidentified gunmen in the north of Burkina Faso, the French foreign ministry said.",
     [("180", {"BFA"}, {"FRA"})]),
    # 19 fight
    ("Israeli jets bombed what the military said were Hezbollah weapons depots in the Bekaa valley on Tuesday, Lebanese security sources said.",
     [("195", {"ISR"}, {"LBN"})]),
    ("Sudanese army troops and the paramilitary Rapid Support Forces fought heavy battles for control of the city of Wad Madani, residents said.",
     [("190", {"SDN"}, {"SDN"})]),
    ("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight, setting it on fire, the regional governor said.",
     [("195", {"UKR"}, {"RUS"})]),
    # 20 mass violence
    ("Militants massacred at least 40 Christian villagers in Nigeria's Plateau state over the weekend, the state governor said.",
     [("202", {"NGA"}, {"NGA"})]),
]

QUIET = [
    "Norway drew 1-1 with Austria in a friendly in Oslo on Tuesday, with both goals scored after the break.",
    "German carmaker Volkswagen agreed to invest 5 billion dollars in U.S. electric vehicle start-up Rivian, the two companies said on Tuesday.",
    "Danish shipping group Maersk said it would continue to divert its vessels around the Cape of Good Hope for the foreseeable future, adding that it expected the disruption to last into next year.",
    "Heavy snow closed hundreds of roads across northern Japan on Monday, stranding thousands of drivers, the meteorological agency said.",
    "A lorry carrying farm workers overturned on a mountain road in southern Peru, killing 14 people, police said.",
    "Sweden's economy contracted by 0.4 percent in the third quarter, the national statistics agency said on Friday.",
    "The French culture minister opened an exhibition of Picasso's early works at the Grand Palais in Paris on Thursday.",
    "An earthquake of magnitude 6.2 struck off the coast of Chile's Atacama region on Sunday, but there were no immediate reports of damage, the national seismological centre said.",
    "Thai Airways said it would buy 45 Boeing 787 jets, the largest order in its history, as it recovers from bankruptcy.",
    "India's inflation rate eased to 4.8 percent in May, the lowest in a year, government data showed.",
    "Kenya's Eliud Kipchoge won the Tokyo marathon on Sunday, finishing nearly a minute ahead of Ethiopia's Tadese Takele.",
    "The Italian foreign minister said he was optimistic that relations with France would improve after a difficult year, speaking to reporters in Rome.",
    "A spokeswoman for the Peruvian presidency would not comment on reports that the president planned to travel to Beijing next month.",
    "Mexico's state oil company Pemex said a fire at its refinery in the port city of Salina Cruz had been brought under control and no one was hurt.",
    "Floods caused by monsoon rains killed at least 40 people across Nepal over the weekend, the home ministry said.",
    "Australia's unemployment rate rose to 4.1 percent in January, the Australian Bureau of Statistics said.",
    "South Korean director Bong Joon-ho's new film will open the Berlin film festival in February, the organisers said.",
    "The Egyptian tourism minister said the number of foreign visitors had reached a record 15 million last year.",
    "A small plane crashed shortly after take-off from an airfield in central Sweden on Saturday, killing all five people on board, police said.",
    "The Turkish president said on Wednesday that his country's economy would grow faster than expected this year, in a speech to business leaders in Istanbul.",
]


# Sentences still wrong after the session: text -> reason (strict xfail). (The families'
# protest in Lima, the last one left, codes since the thirty-second session: families and
# relatives are a civilian role, as the real gold codes them; test_asked_for.py's request with no
# coded asker now uses survivors.)
STILL_WRONG: dict[str, str] = {}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A training mission halted, suspended or ended is military assistance stopped (1622).
    ("Spain suspended its military training mission in Burkina Faso after the junta expelled French troops, the defence ministry said.",
     "1622", {"ESP"}, {"BFA"}),
    ("The European Union ended its training mission for the Somali army on Friday, a spokesman said.",
     "1622", {"IGO"}, {"SOM"}),
    # A protest against or over a release or discharge is one for a change of policy (1412).
    ("Hundreds of fishermen demonstrated in Manila against China's discharge of waste from its fishing fleet near the Spratly islands.",
     "1412", {"PHL"}, {"CHN"}),
    ("Hundreds of people demonstrated in Guatemala City against the release of a former general from prison.",
     "1412", {"GTM"}, {"GTM"}),
    # An arrest in "the city of X" is one by the authorities of X's country, whatever the tagger took X for.
    ("A German-Turkish dual national was detained in the city of Izmir on suspicion of insulting the president.",
     "173", {"TUR"}, {"DEU"}),
    # A vehicle detonated is a vehicle bomb (1832), passive or active.
    ("Insurgents detonated a truck packed with explosives at the gate of a police station in the Iraqi town of Tikrit.",
     "1832", {"IRQ"}, {"IRQ"}),
    # Help asked for to rebuild is economic aid (0231).
    ("Haiti's prime minister appealed to Canada for help in rebuilding roads destroyed by the hurricane.",
     "0231", {"HTI"}, {"CAN"}),
    # A gathering after "at" is where help was asked, not what was asked: money to rebuild (0231).
    ("The Haitian president appealed to donors for reconstruction funds at a conference in Montreal.",
     "0231", {"HTI"}, set()),
    # A threat of the actor's own act is aimed at whom that act answers or strikes; "nuclear" on
    # the facilities attacked makes no nuclear threat.
    ("Syria's defence minister warned that Damascus would respond firmly to any Turkish attack on its oil facilities.",
     "1384", {"SYR"}, {"TUR"}),
    ("Russia's foreign minister warned that Moscow would retaliate against Finland if it let American troops use its bases.",
     "1384", {"RUS"}, {"FIN"}),
    # A patrol alongside the host's own forces is shared, military cooperation (062).
    ("French soldiers patrolled the streets of Bamako alongside Malian troops on Monday.",
     "062", {"FRA"}, {"MLI"}),
    # Money placed in deposits with a country's central bank is economic aid (071).
    ("Kuwait placed 2 billion dollars in deposits with Jordan's central bank to support the dinar.",
     "071", {"KWT"}, {"JOR"}),
    # An offer to host talks between two others, turned down, is mediation rejected (126).
    ("Armenia rejected an offer by Iran to host talks between Yerevan and Baku on the border.",
     "126", {"ARM"}, {"IRN"}),
    # An offer of conjoined acts about talks between two others stays the offerer's (039), aimed at
    # those who would talk.
    ("Kazakhstan offered to mediate and host talks between Armenia and Azerbaijan, the foreign minister said.",
     "039", {"KAZ"}, {"ARM", "AZE"}),
    ("Switzerland offered to mediate and host talks between Serbia and Kosovo.",
     "039", {"CHE"}, {"SRB", "XKX"}),
    # A dual national acted on by one of their two states: the other nationality is the target.
    ("A Canadian-Chinese dual citizen was arrested in Shanghai on suspicion of fraud.",
     "173", {"CHN"}, {"CAN"}),
    ("Egyptian police detained a Dutch-Egyptian dual national at Cairo airport.",
     "173", {"EGY"}, {"NLD"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # A training programme for referees is no military assistance.
    ("The football federation suspended the training mission for young referees after a betting scandal.", "16"),
    # A protest for someone's release asks for the person, not for a change of policy.
    ("Hundreds of people marched in Minsk to demand the release of political prisoners.", "1412"),
    # Engineers destroying an old shell detonate no vehicle bomb.
    ("Army engineers detonated an unexploded shell found near a school in Kharkiv.", "183"),
    # "It" in a firm's own words is the firm: a company buying aircraft from another is commerce.
    ("Vietnam Airlines said it would buy 50 Boeing 737 jets, the carrier's largest order to date.", "03"),
    # One firm taking a stake in another is commerce, wherever each is based.
    ("Japanese carmaker Toyota agreed to invest 500 million dollars in U.S. air taxi start-up Joby, the companies said.", "03"),
    # "Nuclear" on the sites attacked is no weapon threatened.
    ("Israel's defence minister warned that Israel would strike Iran's nuclear sites if talks failed.", "1385"),
    # Warships patrolling disputed waters stay a show of force, not cooperation.
    ("Chinese warships patrolled the waters near the Scarborough Shoal on Sunday.", "06"),
    # A saver's deposits are no aid.
    ("The retired teacher placed her savings in deposits at a Swiss bank.", "07"),
    # A proposal of talks with the proposer itself turned down stays a proposal to meet (125).
    ("Serbia rejected a proposal by Kosovo for direct talks on the status of the northern towns.", "126"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Talks asked for at a summit are still talks asked for (026).
    ("The Nigerien prime minister called for talks with the rebels at a summit in Dakar.", "026", {"NER"}, set()),
    # Two demonyms joined on a body that is no national of the actor's state both stay targets.
    ("The United States imposed sanctions on a Russian-Chinese trading network.", "163", {"USA"}, {"RUS", "CHN"}),
    # Talks the actor itself agrees to hold keep their parties.
    ("Egypt agreed to resume talks with Sudan on the sharing of river water.", "036", {"EGY"}, {"SDN"}),
    # A government's "it" stays the state: a state buying arms is still coded.
    ("Poland said it would buy 96 attack helicopters from the United States.", "03", {"POL"}, {"USA"}),
    # Relatives are no party where a state acts on them: the arrest of a family stays the state's.
    ("Egyptian police detained three relatives of an exiled opposition activist in Cairo.", "17", {"EGY"}, {"EGY"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
