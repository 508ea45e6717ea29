"""Generalisation probe, thirty-seventh round (helper wt-probe37): 80 sentences of the helper's own
(none from bench/data or the earlier test_probe_*.py files: a six-word overlap check against both,
and the sentences that shared an event with a bench item rewritten), hand-coded with the full CAMEO
code, actor and recipient countries before accord was run on them. Written in the English of state
and regional agencies of 2000-2024 (Xinhua, KCNA, TASS and RIA, IRNA and Tasnim, Anadolu, SPA, WAM,
KUNA, PTI and ANI, APP, Yonhap, Kyodo, Bernama, ANTARA, Prensa Latina, SANA): "held talks with",
"exchanged views", "held parleys", "paid a courtesy call on", "apprised", "lodged solemn
representations", "strongly condemned", "firmly opposes", "reiterated its firm support for",
"extended congratulations to the brotherly country of", "inked a memorandum of understanding",
"vowed to deepen", "on the sidelines of", "within the framework of"; loaded names ("the Zionist
entity", "the south Korean puppet regime", "the hostile forces", "terrorist elements", "Daesh
terrorists", "the martyrdom of") coded as the real party; long titles ("Chinese State Councilor and
Defence Minister", "the Custodian of the Two Holy Mosques"); headline-ese ("raps", "blasts",
"nixes", "mulls", "inked"); passives ("came under fire from"). 64 event sentences and 16 that must
stay quiet (protocol with no interaction, a condolence message, sport, deals between companies,
culture, weather, an accident, statistics, a quote aimed at nobody, a headline "mulls").

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event. The gold
carries the full code, for the count of full-code hits below.

At first sight (main at 4bd960e) 64 of the 80 were right at root and dyad (48 of 64 event
sentences, 16 of 16 quiet) and 39 of 64 at full code. No gold code was changed after accord was
run. The misses, by cause: "Zionist" not read as Israel ("the Zionist entity's attack" aimed at
the place, Damascus; "a Zionist air raid"; "threats by the Zionist regime" with no one threatened);
"the south Korean puppet regime" (KCNA's lower-case "south") not read as South Korea, so the
U.S. of the reason phrase took its place; "held parleys with" (no row); "the Custodian of the Two
Holy Mosques" not read as the Saudi king and "a cable of congratulations" not as a message of one;
"Kuwait extended congratulations to ... Qatar on its ... hosting of the World Cup" (read as sport
news); "received at Bayan Palace on Monday the visiting Egyptian foreign minister, ..., KUNA
reported" (the object read as a second subject of "reported"); "severed relations with Tehran in
solidarity with ... Saudi Arabia" (the "with" hung on the verb, Saudi Arabia a second target);
"terrorist elements" neither an unnamed attacker (the kidnapping had no actor) nor fighters of the
place (the clash had no target); the headline "Pakistan raps India over ..." ("Pakistan" tagged as
an adjective, "raps" a noun) and "Tehran nixes direct talks with Washington, ... says" (read as
talks, 046); "dispatched a relief plane ... to Afghanistan" (no row); "the south's hostile forces"
(read as the North's own); a bomb in Dasu, a town the gazetteer does not place in Pakistan.

After the session's rules 76 of the 80 are right at root and dyad (60 of 64, 16 of 16 quiet) and
51 of 64 at full code. The four left are strict xfails below. Full codes still wrong and not
asserted: an appeal to lift an "economic, commercial and financial blockade" as 0256 (gold 0254);
"vowed to deepen ... partnership at talks" as 036 (gold 030); "offered to facilitate peace talks
between" as 036 (gold 039); "apprised ... during a telephone call" as 040 (gold 041; a 040 -> 041
row by the words "phone call" also fired on a call that was only the topic, so it was dropped);
"gave the United Nations permission to deliver humanitarian aid" as 080 (gold 0863); a demand to
"demilitarise" islands as 100 (gold 1056); the Taliban's rejection of a call to lift a ban on
women's work as 1241 (gold 1233; 1241 is defensible); "halted imports of" as 160 (gold 163; the
lexicon's "halt" row is 160 where "suspend" imports is 163); "impounded a ... tanker" as 171 (gold
1711; subcode_words.tsv codes a seized ship or tanker 171 on purpose, keeping 1711 for goods and
assets).
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("Islamabad called on New Delhi on Wednesday to return to the negotiating table and resolve all outstanding issues, including Jammu and Kashmir, through meaningful dialogue, the Foreign Office spokesperson said.",
     [("026", {"PAK"}, {"IND"})]),
    ("Chinese Foreign Ministry spokesperson Hua Chunying urged Washington to stop selling weapons to Taiwan so as not to further harm China-U.S. relations, Xinhua reported.",
     [("0242", {"CHN"}, {"USA"})]),
    ("The Malaysian government appealed to Myanmar's military authorities on Tuesday to allow aid agencies to deliver relief to displaced Rohingya in Rakhine state, Bernama reported.",
     [("0255", {"MYS"}, {"MMR"})]),
    ("Cuban Foreign Minister Bruno Rodriguez called on Washington on Friday to lift the economic, commercial and financial blockade it has imposed on the island for more than six decades, Prensa Latina reported.",
     [("0254", {"CUB"}, {"USA"})]),
    ("Tehran asked Baghdad on Monday to hand over members of the terrorist group it holds responsible for the twin bombings in Kerman, Tasnim news agency reported.",
     [("0213", {"IRN"}, {"IRQ"})]),
    # 03 intent
    ("Beijing and Islamabad vowed to deepen their all-weather strategic cooperative partnership at talks in the Chinese capital on Thursday, the Associated Press of Pakistan reported.",
     [("030", {"CHN", "PAK"}, set())]),
    ("Iran declared its readiness on Tuesday to resume negotiations with the International Atomic Energy Agency over the remaining safeguards questions, IRNA reported.",
     [("036", {"IRN"}, {"IGOUNOIAE"})]),
    ("The United Arab Emirates will send 60 tonnes of medicines and medical equipment to Sudan to help ease the humanitarian crisis, the Emirates News Agency WAM said on Wednesday.",
     [("0333", {"ARE"}, {"SDN"})]),
    ("Kuala Lumpur offered on Monday to facilitate peace talks between the Thai government and separatist groups in the kingdom's Muslim-majority south, Bernama reported.",
     [("039", {"MYS"}, {"THA"})]),
    # 04 consult
    ("Chinese State Councilor and Defence Minister Wei Fenghe held talks with Nepali army chief Purna Chandra Thapa in Kathmandu on Sunday, and the two sides exchanged views on military cooperation, Xinhua reported.",
     [("040", {"CHN"}, {"NPL"})]),
    ("India's foreign minister held parleys with his Maldivian counterpart Moosa Zameer in the Indian capital on Thursday on maritime security and development projects, PTI reported.",
     [("040", {"IND"}, {"MDV"})]),
    ("The Pakistani high commissioner paid a courtesy call on Prime Minister Anwar Ibrahim at his office in Putrajaya on Monday, Bernama reported.",
     [("042", {"PAK"}, {"MYS"})]),
    ("Russia's top diplomat held a meeting with Indonesian Foreign Minister Retno Marsudi on the sidelines of the East Asia Summit in Phnom Penh on Friday, TASS reported.",
     [("044", {"RUS"}, {"IDN"})]),
    ("Kim Jong Un received Russian Defence Minister Sergei Shoigu in Pyongyang on Wednesday and had a warm conversation with him on military and security issues, KCNA said.",
     [("043", {"PRK"}, {"RUS"})]),
    ("The Emir of Kuwait received at Bayan Palace on Monday the visiting Egyptian foreign minister, who conveyed a message from President Abdel Fattah al-Sisi, KUNA reported.",
     [("043", {"KWT"}, {"EGY"})]),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone on Saturday with his Omani counterpart Badr Albusaidi, exchanging views on the latest regional developments, IRNA reported.",
     [("041", {"IRN"}, {"OMN"})]),
    ("Prime Minister Shehbaz Sharif apprised the Saudi crown prince of the flood situation in Pakistan during a telephone call on Tuesday, Radio Pakistan said.",
     [("041", {"PAK"}, {"SAU"})]),
    ("Vietnamese and Indonesian officials held another round of negotiations in Hanoi on delimiting their exclusive economic zones, ANTARA reported on Wednesday.",
     [("046", {"VNM", "IDN"}, set())]),
    # 05 diplomatic cooperation
    ("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz sent a cable of congratulations to the new Emir of Kuwait on his accession to the throne, SPA reported.",
     [("051", {"SAU"}, {"KWT"})]),
    ("China reiterated its firm support for Pakistan's efforts to safeguard its sovereignty and territorial integrity, the Chinese ambassador told a ceremony in Islamabad, APP reported.",
     [("051", {"CHN"}, {"PAK"})]),
    ("Syrian President Bashar al-Assad hailed Russia's military support, saying it had helped the Syrian people defeat terrorism, the SANA news agency reported.",
     [("051", {"SYR"}, {"RUS"})]),
    ("Russia and Nicaragua inked a memorandum of understanding on the peaceful uses of nuclear energy in Managua on Thursday, Prensa Latina reported.",
     [("057", {"RUS", "NIC"}, set())]),
    ("China established diplomatic relations with Nauru on Wednesday, two weeks after the Pacific island nation severed its ties with Taipei, Xinhua reported.",
     [("054", {"CHN"}, {"NRU"})]),
    ("The Kremlin defended Minsk's handling of the migrant crisis on the Polish border, saying the Belarusian authorities were acting within the law, TASS reported.",
     [("052", {"RUS"}, {"BLR"})]),
    ("Kuwait extended congratulations to the brotherly country of Qatar on its successful hosting of the World Cup, KUNA quoted the foreign ministry as saying.",
     [("051", {"KWT"}, {"QAT"})]),
    # 06 material cooperation
    ("Russian and Chinese warships conducted a joint patrol in the western Pacific within the framework of the annual cooperation plan between the two militaries, TASS reported.",
     [("062", {"RUS", "CHN"}, set())]),
    ("Malaysia extradited a Turkish national wanted for alleged links to the Gulen movement to Ankara on Friday, Anadolu Agency reported.",
     [("063", {"MYS"}, {"TUR"})]),
    # 07 aid
    ("Qatar transferred $30 million to the Gaza Strip on Monday to pay the salaries of public employees and help needy families, the Qatar News Agency said.",
     [("071", {"QAT"}, {"PSE"})]),
    ("Kuwait dispatched a relief plane carrying 35 tonnes of foodstuffs and medical aid to earthquake-stricken Afghanistan on Saturday, KUNA reported.",
     [("073", {"KWT"}, {"AFG"})]),
    # 08 yield
    ("North Korea handed back five South Korean fishermen who had drifted across the sea border, Yonhap said, citing the unification ministry.",
     [("0841", {"PRK"}, {"KOR"})]),
    ("Damascus gave the United Nations permission to deliver humanitarian aid through two additional crossing points on the Turkish border to the quake-hit northwest for three months, SANA said.",
     [("0863", {"SYR"}, {"IGOUNO"})]),
    # 09 investigate
    ("Baghdad opened an inquiry into the Turkish drone strike that killed three Iraqi border guards in Sinjar, the Iraqi News Agency said.",
     [("093", {"IRQ"}, {"TUR"})]),
    # 10 demand
    ("Tehran demanded that Seoul release some $7 billion in Iranian funds frozen in South Korean banks, calling the freeze a violation of international norms, IRNA reported.",
     [("1053", {"IRN"}, {"KOR"})]),
    ("Ankara demanded that Athens demilitarise the Greek islands in the eastern Aegean near the Turkish coast, the foreign ministry said, Anadolu reported.",
     [("1056", {"TUR"}, {"GRC"})]),
    # 11 disapprove
    ("China lodged solemn representations with Japan on Tuesday over the Japanese prime minister's ritual offering to the Yasukuni Shrine, the Chinese Foreign Ministry spokesperson said.",
     [("114", {"CHN"}, {"JPN"})]),
    ("Iran strongly condemned the Zionist entity's attack on its embassy compound in Damascus, calling it a blatant breach of all international conventions, IRNA said.",
     [("111", {"IRN"}, {"ISR"})]),
    ("North Korea slammed the south Korean puppet regime on Sunday for staging joint air drills with the U.S. imperialist aggressors, KCNA said.",
     [("111", {"PRK"}, {"KOR"})]),
    ("Syria's foreign ministry accused Turkish forces of committing war crimes against civilians in Afrin, the SANA news agency reported.",
     [("1124", {"SYR"}, {"TUR"})]),
    ("Pakistan raps India over repeated ceasefire violations along the Line of Control",
     [("111", {"PAK"}, {"IND"})]),
    ("China blasts U.S. for allowing Taiwan leader's transit through New York",
     [("111", {"CHN"}, {"USA"})]),
    # 12 reject
    ("China firmly opposes Lithuania's decision to let Taiwan open a representative office in Vilnius, a Chinese foreign ministry spokesman said on Monday.",
     [("120", {"CHN"}, {"LTU"})]),
    ("Tehran nixes direct talks with Washington, Iranian foreign ministry spokesman says",
     [("125", {"IRN"}, {"USA"})]),
    ("Pyongyang turned down Seoul's offer of talks on flood control along their shared rivers, calling it a deceptive ploy by the hostile forces, KCNA said.",
     [("125", {"PRK"}, {"KOR"})]),
    ("The Taliban administration rejected on Tuesday a U.N. call to lift its ban on Afghan women working for aid agencies, calling it an internal matter, Bakhtar news agency said.",
     [("1233", {"AFG"}, {"IGOUNO"})]),
    # 13 threaten
    ("North Korea warned that it would respond with merciless military counteraction if the south's hostile forces intruded into its waters even by 0.001 mm, KCNA said.",
     [("138", {"PRK"}, {"KOR"})]),
    ("Iran's Revolutionary Guards vowed to avenge the martyrdom of their commander killed in a Zionist air raid on the Syrian capital, Tasnim reported.",
     [("138", {"IRN"}, {"ISR"})]),
    # 14 protest
    ("Thousands of Pakistanis rallied in Lahore on Friday to denounce the desecration of the Holy Quran in Sweden, chanting slogans against the Swedish government, APP reported.",
     [("141", {"PAK"}, {"SWE"})]),
    ("Iranian students formed a human chain outside the French embassy in Tehran on Wednesday to protest against the publication of insulting cartoons by a French magazine, Tasnim reported.",
     [("141", {"IRN"}, {"FRA"})]),
    # 15 force posture
    ("Iran put its air defence units on high alert after the threats by the Zionist regime, the Tasnim news agency reported on Saturday.",
     [("152", {"IRN"}, {"ISR"})]),
    ("India deployed additional troops along the Line of Actual Control in eastern Ladakh following the clashes with Chinese soldiers, ANI reported.",
     [("154", {"IND"}, {"CHN"})]),
    # 16 reduce relations
    ("Djibouti severed diplomatic relations with Tehran in solidarity with the brotherly Kingdom of Saudi Arabia, the Saudi Press Agency reported.",
     [("161", {"DJI"}, {"IRN"})]),
    ("Bamako recalled its ambassador from Algiers for consultations on Friday over what it called interference in Mali's internal affairs, the Malian government said.",
     [("161", {"MLI"}, {"DZA"})]),
    ("Beijing halted imports of Taiwanese citrus fruit and frozen horse mackerel on Thursday, citing pests and chemical residues, the General Administration of Customs said.",
     [("163", {"CHN"}, {"TWN"})]),
    # 17 coerce
    ("Iranian security forces arrested four agents of the Zionist regime's Mossad spy agency in Sistan-Baluchestan province, Tasnim reported.",
     [("173", {"IRN"}, {"ISR"})]),
    ("Bangladeshi police detained dozens of opposition activists in Dhaka ahead of a planned rally against the government, the United News of Bangladesh reported.",
     [("173", {"BGD"}, {"BGD"})]),
    ("The Sri Lankan navy took into custody 14 Indian fishermen near Delft island for fishing illegally in the island's waters, PTI reported.",
     [("173", {"LKA"}, {"IND"})]),
    ("Naval forces of the Islamic Revolution Guards Corps impounded a Panamanian-flagged tanker smuggling fuel in the Persian Gulf, Tasnim reported.",
     [("1711", {"IRN"}, {"PAN"})]),
    # 18 assault
    ("Terrorist elements kidnapped a Chinese engineer working on a hydropower project in Pakistan's Khyber Pakhtunkhwa province, the police said, APP reported.",
     [("181", {"PAK"}, {"CHN"})]),
    ("A bomb planted by terrorists exploded near a bus carrying Chinese workers in Dasu, killing nine Chinese nationals, APP reported.",
     [("183", {"PAK"}, {"CHN"})]),
    # 19 fight
    ("Units of the Syrian Arab Army clashed with terrorist elements in the countryside of Idlib, killing a number of them, SANA reported.",
     [("190", {"SYR"}, {"SYR"})]),
    ("Turkish jets struck PKK targets in the Qandil region of northern Iraq, neutralising 15 terrorists, the National Defence Ministry said, according to Anadolu.",
     [("195", {"TUR"}, {"IRQ"})]),
    ("The Iran-backed Houthi militia launched an explosive-laden drone at Abha airport in southern Saudi Arabia, the coalition said, SPA reported.",
     [("195", {"YEM"}, {"SAU"})]),
    ("Azerbaijani army positions near Lachin came under fire overnight from units of the Armenian armed forces, the Defence Ministry in Baku said.",
     [("190", {"ARM"}, {"AZE"})]),
    # 20 mass violence
    ("Daesh terrorists massacred 30 civilians in the eastern countryside of Deir ez-Zor, SANA reported.",
     [("202", {"SYR"}, {"SYR"})]),
]

QUIET = [
    "A ceremony was held in Pyongyang on Saturday to mark the birth anniversary of President Kim Il Sung, with senior officials laying floral baskets, KCNA said.",
    "The Chinese president sent a message of condolence to his Nepali counterpart over the plane crash in Pokhara, Xinhua said.",
    "Iran's wrestlers clinched the team title at the Asian Championships in Astana on Sunday, beating Japan in the final, Tasnim reported.",
    "Saudi Aramco signed a deal to buy a 10 percent stake in China's Rongsheng Petrochemical for about $3.6 billion, the company said.",
    "A Pakistani film on the life of a Sufi poet took the best film award at the Busan International Film Festival on Friday, ANI reported.",
    "Heavy snowfall blanketed northern Xinjiang on Wednesday, disrupting road traffic and stranding hundreds of vehicles, Xinhua said.",
    "Malaysia's exports rose 9.4 percent year on year in March to 129 billion ringgit, the Department of Statistics said, Bernama reported.",
    "'The situation on the Korean peninsula is at its most acute stage ever,' a KCNA commentary said on Monday.",
    "Japan mulls extending the state of emergency in Tokyo as infections surge",
    "Iran's oil minister said crude output had reached 3.4 million barrels a day, the highest since sanctions were reimposed, the Shana news agency reported.",
    "India thrash Pakistan by eight wickets in World Cup clash at Ahmedabad",
    "A passenger coach fell into a gorge on the Karakoram Highway in Gilgit-Baltistan on Tuesday, killing 20 people, APP reported.",
    "Hyundai Motor inked a battery supply deal with LG Energy Solution for its electric vehicles, Yonhap reported.",
    "The Emir of Qatar left Doha on Sunday for Europe on a private visit, the Qatar News Agency reported.",
    "The number of foreign tourists visiting Turkey rose 12 percent in 2023 to 49 million, the culture and tourism ministry said, Anadolu reported.",
    "Pakistan celebrated its 76th Independence Day on Monday with a 31-gun salute in Islamabad and a 21-gun salute in the provincial capitals, APP reported.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Kuwait extended congratulations to the brotherly country of Qatar on its successful hosting of the World Cup, KUNA quoted the foreign ministry as saying.":
        "read as sport news ('World Cup') with no office or state body among the actors, so the "
        "congratulations are not coded; the guard holds for team results between countries",
    "Tehran nixes direct talks with Washington, Iranian foreign ministry spokesman says":
        "the headline verb 'nixes' is read as a noun modifying 'talks' inside the clause said, and the talks "
        "are coded (046); reading a plural noun before a noun as a verb would also turn 'US sanctions relief "
        "talks' into a sanction",
    "North Korea warned that it would respond with merciless military counteraction if the south's hostile forces intruded into its waters even by 0.001 mm, KCNA said.":
        "'the south's hostile forces' is not read as South Korea (a bare 'the south' is a region of any country), "
        "so the threat is aimed at the speaker itself",
    "A bomb planted by terrorists exploded near a bus carrying Chinese workers in Dasu, killing nine Chinese nationals, APP reported.":
        "Dasu is not in the gazetteer, so the unnamed attacker is placed by the victims' nationality (CHN) "
        "rather than by the town's country",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # "Zionist" is state media's word for Israel and its forces.
    ("Syria condemned the Zionist raids on the outskirts of Homs on Tuesday.", "111", {"SYR"}, {"ISR"}),
    ("Tehran accused the Zionist regime of sabotaging the Natanz enrichment site.", "112", {"IRN"}, {"ISR"}),
    # The Custodian of the Two Holy Mosques is the Saudi king.
    ("The Custodian of the Two Holy Mosques received the Pakistani prime minister in Jeddah on Tuesday.",
     "043", {"SAU"}, {"PAK"}),
    # Parleys are talks.
    ("The Afghan envoy held parleys with Pakistani officials in Islamabad on Monday.", "040", {"AFG"}, {"PAK"}),
    # A cable of congratulations, or a congratulatory cable, is praise.
    ("The Bahraini king sent a congratulatory cable to the Egyptian president on his re-election.",
     "051", {"BHR"}, {"EGY"}),
    ("The Emir of Qatar sent a cable of congratulations to the Indonesian president on Friday.",
     "051", {"QAT"}, {"IDN"}),
    # Whom an act is done "in solidarity with" is not whom it is aimed at.
    ("Bahrain recalled its ambassador from Beirut in solidarity with Riyadh.", "161", {"BHR"}, {"LBN"}),
    ("Kuwait closed its embassy in Damascus in line with the Arab League decision.", "16", {"KWT"}, {"SYR"}),
    # Terrorist elements are fighters: as a subject an unnamed attacker of the place, as an
    # object the fighters of the place.
    ("Terrorist elements kidnapped two Turkish engineers in northern Iraq on Sunday.", "181", {"IRQ"}, {"TUR"}),
    ("Syrian troops clashed with terrorist elements near Hama on Friday.", "190", {"SYR"}, {"SYR"}),
    # A headline's verb after a name the model tags as an adjective.
    ("Turkey raps Greece over migrant pushbacks in the Aegean", "111", {"TUR"}, {"GRC"}),
    ("Iran slams Britain over the seizure of its tanker", "111", {"IRN"}, {"GBR"}),
    # An object set after the place and day of the act is still its object.
    ("The Bahraini king received at Sakhir Palace on Sunday the Jordanian prime minister, the Bahrain News Agency said.",
     "043", {"BHR"}, {"JOR"}),
    # A relief plane or a hospital ship sent is humanitarian aid.
    ("Turkey sent a hospital ship to the Libyan port of Misrata on Thursday.", "073", {"TUR"}, {"LBY"}),
    ("The UAE dispatched two aid planes to Gaza on Monday.", "073", {"ARE"}, {"PSE"}),
    # KCNA's lower-case "south Korea" is South Korea.
    ("North Korea slammed south Korea on Sunday for its drills near the border.", "111", {"PRK"}, {"KOR"}),
    ("Pyongyang criticised the south Korean authorities for the leaflet launches.", "111", {"PRK"}, {"KOR"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # A museum's custodian is no king.
    ("The custodian of the museum received a delegation of students on Monday.", "0"),
    # Parleys over a footballer's contract are no diplomacy.
    ("The club's owners held parleys with the coach over his contract.", "0"),
    # A cable to one's own ministry, or a cable of condolences, praises no one.
    ("The embassy sent a cable to the foreign ministry in Ankara.", "05"),
    ("The Emir of Qatar sent a cable of condolences to the Turkish president over the earthquake victims.", "05"),
    # Party factions are no attackers.
    ("Hardline elements in the ruling party criticised the budget.", "18"),
    # A headline about rains has no verb of criticism.
    ("Pakistan rains kill dozens in Punjab", "11"),
    # A plane sent by an airline is no aid.
    ("The airline sent a plane to Bangkok on Friday.", "07"),
    # A storm that moves south names no Korea.
    ("The storm moved south towards Korea on Tuesday.", "1"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Anti-Zionist protesters in London are still British protesters.
    ("Thousands of anti-Zionist protesters marched in London on Saturday.", "141", {"GBR"}, {"GBR"}),
    # Solidarity expressed with a state is still support of it.
    ("Egypt expressed its solidarity with Jordan on Monday.", "051", {"EGY"}, {"JOR"}),
    # An attribution tail with one subject leaves the object where it was.
    ("Qatar's emir received the Iranian foreign minister in Doha on Monday, the state news agency QNA reported.",
     "043", {"QAT"}, {"IRN"}),
    # Warplanes sent in a show of force stay a show of force.
    ("Beijing sent warplanes towards Taiwan in a show of force on Sunday.", "150", {"CHN"}, {"TWN"}),
    # South Korea in capitals is still South Korea.
    ("South Korea protested to Japan over the island claims on Friday.", "114", {"KOR"}, {"JPN"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
