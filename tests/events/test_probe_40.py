"""Generalisation probe, fortieth round (helper wt-probe40): 80 sentences of the helper's own, in
the voice of ordinary 2015-2024 agency copy (Reuters, AP, AFP, Xinhua English, Anadolu, PTI,
Bernama, EFE, Prensa Latina, APA, KUNA) from Africa, Latin America, South and Southeast Asia and
the Pacific, away from the big dyads. 60 sentences carry one CAMEO event each, across roots 02-20
with four-digit sub-codes where the code book has them; 20 are quiet (market news, weather, sport,
accidents, statistics) with verbs that sound political ("stormed", "battered", "invaded", "fight",
"rallied", "crushed", "defended", "warned"). The gold (code, actor countries, recipient countries)
was written and committed before accord was run on any of the sentences; it follows the coding
conventions and actor codes of bench/data/README.md.

Compared as test_probe_28.py compares: actor codes by their country part, negated events left
out, and the gold root, actor set and recipient set must all be equal for some asserted event.
The gold carries the full code, for the count of full-code hits.

At first sight (main at b22db19) 76 of the 80 were right at root and dyad (56 of 60 event
sentences, 20 of 20 quiet) and 51 of 60 at full code. The four misses: "India gifted two Dornier
maritime surveillance aircraft to Sri Lanka" (no "gift" row for arms, and no row for military
aircraft or patrol craft given); "Saudi Arabia placed a 3 billion dollar deposit with the State
Bank of Pakistan" (only "placed $3 billion in deposits" had a row); "Matatu drivers in Nairobi
went on strike" (bus and minibus drivers were no sector, so the strike had no actor); "Myanmar
army artillery shelled villages in Chin state ..., forcing hundreds of residents to flee across
the border into India" (India, where the residents fled, taken as the one other party of the
clause). Full codes wrong beside those: an appeal "to hand power back to an elected civilian
administration" as 0213 (the "call on ... to hand" row of a handover of suspects); "pledged to
send a field hospital and medical teams" as 036 (the imported "send a team" row); "demanded that
Chile sit down to negotiate" as 100; "warned ... that it would respond with force to any attempt
to seize the Red Sea port" as 1382 (the seizing is the other side's, in the condition).

Two gold codes were wrong against the code book and the tables, and were corrected after the
run: a demand to negotiate is 106 in the CAMEO manual (the gold had 108 from the LOOKUP table,
whose 105-108 lines are garbled; 108 is a demand for mediation), and a fishing vessel seized for
illegal fishing is 1711, as data/subcode_words.tsv keeps confiscated fishing boats (the gold had
171, the code of seized ships and tankers).

After the session's rows and rule 80 of the 80 are right at root and dyad and 57 of 60 at full
code; no strict xfail is needed. Full codes still wrong: the field hospital and medical teams
(036, gold 0333: the small model hangs "hospital" and "medical" on "teams" as nmod and conj, so
no modifier row sees them); the Eritrean warning (1382, gold 138); the demand that Chile sit down
to negotiate (100, gold 106: a talks key for demands in aims.py also turned "laid down conditions
for talks", which test_idioms.py keeps at 100, into 106, so it was taken back). In the thirty-fifth
session convention 27 (bench/data/README.md) made a demand whose own clause verb is "negotiate"
106 without touching "conditions for talks", so the Chile demand is now right at full code too.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # 02 appeal
    ("Colombia's foreign ministry called on Caracas on Thursday to release two Colombian soldiers held since a border incident in Apure state, EFE reported.",
     [("0253", {"COL"}, {"VEN"})]),
    ("Fiji's prime minister appealed to New Zealand for emergency relief supplies after Cyclone Winston destroyed thousands of homes across the islands.",
     [("0233", {"FJI"}, {"NZL"})]),
    ("Ghana called on Burkina Faso's military government on Tuesday to hand power back to an elected civilian administration, the Ghana News Agency reported.",
     [("0241", {"GHA"}, {"BFA"})]),
    ("Peru's government urged Bolivia on Friday to resume bilateral talks on the shared use of the waters of Lake Titicaca, the state agency Andina reported.",
     [("026", {"PER"}, {"BOL"})]),
    # 03 intent
    ("India will provide 100 million dollars in budgetary support to the Maldives to help the island nation meet its debt payments, PTI reported on Wednesday.",
     [("0331", {"IND"}, {"MDV"})]),
    ("Thailand said on Monday it was ready to facilitate dialogue between Myanmar's military government and the country's ethnic armed groups.",
     [("039", {"THA"}, {"MMR"})]),
    ("Indonesia pledged on Tuesday to send a field hospital and medical teams to Vanuatu after a strong earthquake struck Port Vila, Antara reported.",
     [("0333", {"IDN"}, {"VUT"})]),
    ("Ethiopia agreed to free 16 Kenyan truck drivers detained in the border town of Moyale, the Kenyan foreign ministry said on Saturday.",
     [("0353", {"ETH"}, {"KEN"})]),
    # 04 consult
    ("Kenyan President William Ruto held talks with his Tanzanian counterpart Samia Suluhu Hassan on Wednesday on removing non-tariff barriers to cross-border trade, Xinhua reported.",
     [("040", {"KEN"}, {"TZA"})]),
    ("Brazilian President Luiz Inacio Lula da Silva spoke by telephone with Colombian President Gustavo Petro on Monday about the political crisis in Venezuela, Agencia Brasil reported.",
     [("041", {"BRA"}, {"COL"})]),
    ("Malaysian Prime Minister Anwar Ibrahim arrived in Jakarta on Sunday for a two-day official visit to Indonesia, Bernama reported.",
     [("042", {"MYS"}, {"IDN"})]),
    ("Ghana's president hosted his Ivorian counterpart Alassane Ouattara at the Jubilee House in Accra on Friday, the Ghana News Agency said.",
     [("043", {"GHA"}, {"CIV"})]),
    ("Sri Lanka opened negotiations with India on an economic and technology cooperation agreement in Colombo on Monday, the foreign ministry said.",
     [("046", {"LKA"}, {"IND"})]),
    # 05 diplomatic cooperation
    ("Vietnam and the Philippines signed a memorandum of understanding on coast guard cooperation in Hanoi on Tuesday, the Vietnam News Agency reported.",
     [("057", {"VNM", "PHL"}, set())]),
    ("Morocco's king praised Senegal's peaceful transfer of power in a message to President Bassirou Diomaye Faye, the MAP news agency reported.",
     [("051", {"MAR"}, {"SEN"})]),
    ("The Netherlands formally apologised to Indonesia on Thursday for the excessive violence of its troops during the 1945-1949 war of independence, AFP reported.",
     [("055", {"NLD"}, {"IDN"})]),
    ("Zambia's president congratulated Malawi's Lazarus Chakwera on his victory in the rerun presidential election, the Zambian presidency said on Sunday.",
     [("051", {"ZMB"}, {"MWI"})]),
    # 06 material cooperation
    ("The Indonesian and Malaysian navies began joint patrols in the Malacca Strait on Monday to curb piracy and smuggling, Antara reported.",
     [("062", {"IDN", "MYS"}, set())]),
    ("Fiji extradited to Australia on Thursday a suspected drug trafficker wanted by police in Sydney, the Fiji Police Force said.",
     [("063", {"FJI"}, {"AUS"})]),
    ("Malaysian police shared intelligence with their Thai counterparts on smuggling gangs operating along the common border, Bernama reported.",
     [("064", {"MYS"}, {"THA"})]),
    # 07 aid
    ("Japan provided 20 million dollars in emergency grant aid to Mozambique for the victims of Cyclone Idai, Kyodo News reported.",
     [("073", {"JPN"}, {"MOZ"})]),
    ("India gifted two Dornier maritime surveillance aircraft to Sri Lanka on Tuesday, the Indian High Commission in Colombo said.",
     [("072", {"IND"}, {"LKA"})]),
    ("Mexico granted political asylum to Bolivia's former president Evo Morales on Monday, the Mexican foreign minister told reporters.",
     [("075", {"MEX"}, {"BOL"})]),
    ("Saudi Arabia placed a 3 billion dollar deposit with the State Bank of Pakistan to support the country's foreign currency reserves, Reuters reported.",
     [("071", {"SAU"}, {"PAK"})]),
    # 08 yield
    ("Myanmar released 23 Thai fishermen detained in the Andaman Sea for illegal fishing, the Thai foreign ministry said on Monday.",
     [("0841", {"MMR"}, {"THA"})]),
    ("Sri Lanka lifted the state of emergency imposed after the Easter Sunday bombings, the president's office said on Thursday.",
     [("0814", {"LKA"}, {"LKA"})]),
    ("The Colombian government declared a unilateral ceasefire with the ELN guerrillas for the Christmas period, the presidency said.",
     [("0871", {"COL"}, {"COL"})]),
    ("Ethiopia allowed United Nations aid convoys to enter the Tigray region on Friday for the first time in months, AFP reported.",
     [("0863", {"ETH"}, {"IGOUNO"})]),
    # 09 investigate
    ("Mexican prosecutors opened an investigation into the killing of a journalist in the southern state of Guerrero, EFE reported.",
     [("091", {"MEX"}, {"MEX"})]),
    ("Colombia's defence ministry opened an inquiry into an army bombing raid that killed several minors at a rebel camp in the southern department of Guaviare.",
     [("093", {"COL"}, {"COL"})]),
    # 10 demand
    ("Zimbabwe demanded on Friday that Britain lift the sanctions imposed on senior officials of the ruling ZANU-PF party, the state-owned Herald reported.",
     [("1054", {"ZWE"}, {"GBR"})]),
    ("Malawi demanded the immediate release of 12 of its nationals detained by the authorities in Mozambique, the foreign ministry said.",
     [("1053", {"MWI"}, {"MOZ"})]),
    ("Bolivia demanded that Chile sit down to negotiate an outlet to the sea for the landlocked country, the foreign minister said in La Paz.",
     [("106", {"BOL"}, {"CHL"})]),
    # 11 disapprove
    ("Nigeria condemned the xenophobic attacks on its citizens in Johannesburg and other South African cities, the foreign ministry said on Wednesday.",
     [("111", {"NGA"}, {"ZAF"})]),
    ("Indonesia lodged a formal protest with Canberra over the turning back of boats carrying asylum seekers into Indonesian waters, Antara reported.",
     [("114", {"IDN"}, {"AUS"})]),
    ("Guyana filed a case at the International Court of Justice against Venezuela over the disputed Essequibo region, Guyana's foreign ministry said.",
     [("115", {"GUY"}, {"VEN"})]),
    ("A court in Dar es Salaam convicted a Kenyan national of drug trafficking on Tuesday and sentenced him to 30 years in prison, the Citizen reported.",
     [("116", {"TZA"}, {"KEN"})]),
    # 12 reject
    ("Myanmar's military government spurned an offer of peace talks put forward by the opposition National Unity Government, AFP reported.",
     [("125", {"MMR"}, {"MMR"})]),
    ("Zambia turned down a request from Zimbabwe for a loan to pay for electricity imports, the Zambian finance minister said.",
     [("1221", {"ZMB"}, {"ZWE"})]),
    ("Nicaragua refused to allow a United Nations human rights team into the country, the U.N. rights office said in Geneva.",
     [("1245", {"NIC"}, {"IGOUNO"})]),
    # 13 threaten
    ("Venezuela threatened on Tuesday to break off diplomatic relations with Panama over its support for the opposition, Prensa Latina reported.",
     [("1313", {"VEN"}, {"PAN"})]),
    ("Eritrea warned Ethiopia that it would respond with force to any attempt to seize the Red Sea port of Assab, the information ministry said.",
     [("138", {"ERI"}, {"ETH"})]),
    ("Tanzania threatened to ban imports of Kenyan dairy products in retaliation for new levies on Tanzanian goods, the Citizen reported.",
     [("1312", {"TZA"}, {"KEN"})]),
    # 14 protest
    ("Thousands of Sri Lankans protested in Colombo on Saturday demanding the resignation of President Gotabaya Rajapaksa over the economic crisis.",
     [("1411", {"LKA"}, {"LKA"})]),
    ("Matatu drivers in Nairobi went on strike on Monday against a sharp rise in fuel taxes, paralysing public transport, the Standard reported.",
     [("1432", {"KEN"}, {"KEN"})]),
    # 15 force posture
    ("Venezuela deployed thousands of troops to its border with Colombia on Tuesday, Defence Minister Vladimir Padrino Lopez said.",
     [("154", {"VEN"}, {"COL"})]),
    ("Philippine police raised their alert level across Mindanao after the bombing of a Catholic mass at a university gymnasium in Marawi.",
     [("151", {"PHL"}, {"PHL"})]),
    # 16 reduce relations
    ("Morocco recalled its ambassador from Tunisia after the Tunisian president received the leader of the Polisario Front, MAP reported.",
     [("161", {"MAR"}, {"TUN"})]),
    ("The Philippine government suspended peace talks with the communist rebels of the National Democratic Front on Friday, the presidential palace said.",
     [("164", {"PHL"}, {"PHL"})]),
    ("Mali's transitional government ordered the United Nations peacekeeping mission to leave the country without delay, the foreign minister told the Security Council.",
     [("1661", {"MLI"}, {"IGOUNO"})]),
    # 17 coerce
    ("Indonesian authorities seized a Vietnamese-flagged fishing vessel caught fishing illegally off the Natuna Islands, Antara reported.",
     [("1711", {"IDN"}, {"VNM"})]),
    ("Ugandan police arrested opposition leader Bobi Wine at a campaign rally in eastern Uganda on Wednesday, his party said.",
     [("173", {"UGA"}, {"UGA"})]),
    ("Malaysia deported 150 Indonesian migrant workers from Sabah on Thursday, Bernama reported.",
     [("174", {"MYS"}, {"IDN"})]),
    # 18 assault
    ("Armed bandits kidnapped 15 worshippers from a church in Nigeria's northwestern Kaduna state on Sunday, police said.",
     [("181", {"NGA"}, {"NGA"})]),
    ("A suicide bomber detonated an explosive vest at a police academy in the Somali capital Mogadishu on Sunday, killing at least eight recruits, police said.",
     [("1831", {"SOM"}, {"SOM"})]),
    ("Gunmen assassinated the newly elected mayor of a municipality in Mexico's Oaxaca state on Saturday, state prosecutors said.",
     [("186", {"MEX"}, {"MEX"})]),
    # 19 fight
    ("Nigerian air force jets bombed Boko Haram positions in the Sambisa forest on Sunday, the military said.",
     [("195", {"NGA"}, {"NGA"})]),
    ("Philippine troops exchanged gunfire with Abu Sayyaf militants on the island of Jolo on Tuesday, the army said.",
     [("193", {"PHL"}, {"PHL"})]),
    ("Myanmar army artillery shelled villages in Chin state overnight, forcing hundreds of residents to flee across the border into India.",
     [("194", {"MMR"}, {"MMR"})]),
    # 20 mass violence
    ("Jihadist gunmen massacred at least 160 villagers in Solhan, a village in northern Burkina Faso, the government said.",
     [("202", {"BFA"}, {"BFA"})]),
]

QUIET = [
    "The Kenyan shilling weakened against the dollar on Tuesday as demand from oil importers outstripped supply, traders said.",
    "Flamengo stormed back to defeat River Plate 2-1 in the Copa Libertadores final in Lima on Saturday.",
    "India crushed Sri Lanka by 302 runs in their World Cup match in Mumbai on Thursday.",
    "Typhoon Rai battered the central Philippines on Thursday, forcing the evacuation of more than 300,000 people, the disaster agency said.",
    "Floodwaters invaded low-lying neighbourhoods of Porto Alegre as the Guaiba river burst its banks, state officials said.",
    "A bus plunged off a mountain road in Peru's Ayacucho region on Sunday, killing 24 passengers, police said.",
    "Indonesia's annual inflation eased to 2.6 percent in January from 2.8 percent a month earlier, Statistics Indonesia said.",
    "Copper prices surged on Monday after Chile's state miner Codelco warned of lower output this year.",
    "Nigeria's central bank raised its benchmark interest rate by 400 basis points to 22.75 percent to fight inflation, the governor said.",
    "Malaysian palm oil futures rallied for a third session on Wednesday on stronger demand from India, traders said.",
    "South African wine exports to China rose 20 percent last year, the industry body Wines of South Africa said.",
    "Heavy rain lashed Sri Lanka's western province on Monday and landslides killed 12 people, the Disaster Management Centre said.",
    "Pakistan's cricket team arrived in Harare on Sunday for a three-match series against Zimbabwe, the board said.",
    "Morocco stunned Portugal 1-0 in Doha to become the first African side to reach a World Cup semi-final.",
    "A fire destroyed hundreds of stalls at the central market in Kumasi, Ghana's second city, on Tuesday night, the fire service said.",
    "Vietnam's exports to the United States jumped 25 percent in the first half of the year, customs data showed.",
    "The Philippine peso hit a record low against the dollar, pressured by a widening trade deficit, the central bank said.",
    "A ferry capsized on the Meghna river in Bangladesh on Friday, leaving at least 30 people missing, officials said.",
    "Argentina's annual inflation topped 200 percent in December, the statistics agency INDEC said.",
    "Fiji defended their Olympic rugby sevens title by beating New Zealand in the final in Tokyo.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rows and rule on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # "Gifted" as "donated"; military aircraft and patrol craft given are military aid.
    ("Japan gifted two patrol vessels to the Philippine coast guard on Friday.", "072", {"JPN"}, {"PHL"}),
    ("Australia donated a maritime surveillance plane to the Solomon Islands.", "072", {"AUS"}, {"SLB"}),
    # A deposit placed with a central bank is economic aid.
    ("The UAE placed a 2 billion dollar deposit with the Central Bank of Egypt.", "071", {"ARE"}, {"EGY"}),
    # Bus, minibus and taxi drivers are workers.
    ("Bus drivers in Lagos went on strike on Monday over fuel prices.", "143", {"NGA"}, {"NGA"}),
    # Where those driven out flee to is no party to the attack.
    ("Sudanese army jets bombed villages in Darfur, forcing thousands of people to flee into Chad.",
     "195", {"SDN"}, {"SDN"}),
    # An appeal to hand power back is one for a change in leadership, not a handover of suspects.
    ("Senegal urged the junta in Guinea to return power to civilians within two years.", "0241", {"SEN"}, {"GIN"}),
    # Rescue and medical teams sent, or a field hospital, are humanitarian aid, not a meeting.
    ("Malaysia sent rescue teams to Nepal after the earthquake on Sunday.", "073", {"MYS"}, {"NPL"}),
    ("Egypt sent a field hospital to Libya after the floods in Derna.", "073", {"EGY"}, {"LBY"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Gifts and deposits between people or firms are no aid.
    ("The grandmother gifted a painting to the village museum.", "07"),
    ("A customer placed a deposit with the car dealership on Monday.", "07"),
    # A commercial plane delivered to an airline is no military aid.
    ("Airbus delivered two passenger aircraft to Kenya Airways on Tuesday.", "07"),
    # An appeal to hand over suspects is still judicial cooperation.
    ("Kenya called on Uganda to hand over the suspects in the bank robbery.", "0241"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
