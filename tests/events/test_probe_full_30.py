"""Full-code probe, thirtieth round (helper wt-full29): 80 wire-style sentences of the helper's own
(none from bench/data or the other tests), each with one event whose gold is a four-digit CAMEO
code (or a three-digit leaf), with the actor and recipient countries, decided from the CAMEO
1.1b3 codebook (shared/reference/cameo) and the tuning gold's conventions before accord was run on
them. They aim at the families probe 29 covered least (0244, 0252, 0341-0344, 0352, 0355,
0831-0833, 0841-0842, 0871-0874, 1012, 1014, 1031-1034, 1043-1044, 1051, 1055, 1124, 1211,
1222-1224, 1231-1232, 1242, 1245, 1321-1324, 1382-1384, 1413-1414, 1422, 1442, 1452, 1661-1662,
1721, 1724, 1823, 1831-1833) and at the agency wordings that differ from the codebook's examples:
nouns for verbs ("renewed its request ... for the extradition", "demanded the extradition ...
from"), "vowed", "pledged", "offered X a ...", "urged ... to", "demanded that ...", "threatened
to ...", "refused entry to ...".

Compared as test_probe_full_29.py compares (actor codes by their country part, negated events left
out, some asserted event must match). At first sight 72 of 80 were right at root and dyad and 64
of 80 at full code. One gold was then changed to the tuning gold's convention: aid another state
offered and turned down is cooperation rejected (1211, as in "turned down an American offer of
emergency food assistance"), not a request for aid refused (1223); by it 65 were right at full
code at first sight. The misses: intelligence asked for as a noun ("appealed to Algeria for
intelligence on ...": 020) or handed over ("hand over intelligence": read as a release, 1053);
joint training demanded (100); troops asked for to protect, the infinitive hung on the request
(1232 for 1224); outsiders refused entry (124); "change its citizenship law" read as rights
(1233); "help train the army's air defence units" read as arms asked for (0232); a renewed
request, returned trawlers, a booby-trapped car and rebels handing in weapons not coded at all;
"demanded the extradition of X from Austria" aimed at X; a debt freeze offered not coded;
"appealed to striking truck drivers" read as an attack on them; and "scrapped a mining contract
that had sparked protests" not read as a demand acceded to. After the session's rules 79 of 80
are right at root and dyad and 79 of 80 at full code; the one left (the scrapped contract) was a
strict xfail with its reason, and is right since the thirtieth session (the frame key objrel=; its
look-alikes in test_xfail_30.py), so all 80 are right at root and dyad and at full code.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, full_probe_tests, has_asserted, has_asserted_code


# text, gold full code, actor countries, recipient countries
EVENTS = [
    # 02 appeal
    ("Tanzania's president appealed to the United Arab Emirates for investment in its railways and ports during a visit to Abu Dhabi, State House said.", "0211", {"TZA"}, {"ARE"}),
    ("Moldova's defence minister urged Romania to help train the Moldovan army's new air defence units, the ministry said on Wednesday.", "0212", {"MDA"}, {"ROU"}),
    ("Ecuador renewed its request to Panama for the extradition of a former vice president convicted of bribery, the Ecuadorian foreign ministry said.", "0213", {"ECU"}, {"PAN"}),
    ("Niger appealed to Algeria for intelligence on jihadist convoys crossing the Sahara, a senior Nigerien security official said.", "0214", {"NER"}, {"DZA"}),
    ("Armenia pleaded with France for air defence radars and armoured vehicles, the Armenian defence ministry said on Monday.", "0232", {"ARM"}, {"FRA"}),
    ("Benin's president called on France to send troops to help secure its northern border against jihadist raids, his spokesman said.", "0234", {"BEN"}, {"FRA"}),
    ("Zambia's main opposition party called on Zambia's finance minister to resign over a disputed land deal, a party spokesman said.", "0241", {"ZMB"}, {"ZMB"}),
    ("Canada urged Guinea's military rulers to restore constitutional rule and reopen parliament, the Canadian foreign ministry said.", "0244", {"CAN"}, {"GIN"}),
    ("Peru's president appealed to striking truck drivers to lift their road blockades, saying food was running short in the south.", "0252", {"PER"}, {"PER"}),
    ("Italy urged Libya to let U.N. migration officials into its detention centres, the Italian interior minister said.", "0255", {"ITA"}, {"LBY"}),
    # 03 intent
    ("Uzbekistan vowed to boost trade with Kazakhstan to 10 billion dollars a year, the Uzbek president said after talks in Astana.", "0311", {"UZB"}, {"KAZ"}),
    ("Poland vowed to deepen defence cooperation with Sweden in the Baltic, the Polish defence minister said after meeting his Swedish counterpart.", "0312", {"POL"}, {"SWE"}),
    ("Colombia agreed to extradite a Venezuelan gang leader to Chile, the Colombian justice minister said on Thursday.", "0313", {"COL"}, {"CHL"}),
    ("Ghana pledged to share intelligence with Burkina Faso about jihadist fighters moving south, a Ghanaian security official said.", "0314", {"GHA"}, {"BFA"}),
    ("China offered Laos a two-year freeze on its debt repayments, the Lao finance ministry said on Tuesday.", "0331", {"CHN"}, {"LAO"}),
    ("Norway will donate six more fighter jets to Ukraine, the Norwegian defence minister said on Friday.", "0332", {"NOR"}, {"UKR"}),
    ("Gabon's junta leader vowed to step aside once a new president is elected, in a televised address on Sunday.", "0341", {"GAB"}, {"GAB"}),
    ("Kenya's government pledged to scrap a disputed housing levy after weeks of protests, the treasury secretary said.", "0342", {"KEN"}, {"KEN"}),
    ("Senegal's president pledged to hold a referendum on a new constitution next year, in a speech to parliament.", "0344", {"SEN"}, {"SEN"}),
    ("Bolivian miners' unions said they would suspend their road blockades during the holiday weekend, a union leader said.", "0352", {"BOL"}, {"BOL"}),
    ("Sudan's army said it would allow U.N. aid convoys into El Fasher, a military spokesman said.", "0355", {"SDN"}, {"IGO"}),
    # 08 yield
    ("Egypt lifted restrictions on public gatherings in Cairo ahead of the election, the interior ministry said.", "0811", {"EGY"}, {"EGY"}),
    ("Bangladesh lifted its ban on the Jamaat-e-Islami party, the home ministry said on Wednesday.", "0812", {"BGD"}, {"BGD"}),
    ("Mongolia's prime minister resigned after weeks of street protests over corruption, the government said.", "0831", {"MNG"}, {"MNG"}),
    ("Panama's government scrapped a copper mining contract that had sparked weeks of street protests, the president said.", "0832", {"PAN"}, {"PAN"}),
    ("Sri Lanka's government restored the voting rights of Tamil plantation workers after a long campaign by their union.", "0833", {"LKA"}, {"LKA"}),
    ("Azerbaijan handed four captured Armenian soldiers back to Armenia at the border on Tuesday, the Armenian foreign ministry said.", "0841", {"AZE"}, {"ARM"}),
    ("Russia returned two seized Norwegian fishing trawlers to their owners in Tromso, the Norwegian coast guard said.", "0842", {"RUS"}, {"NOR"}),
    ("Ethiopia's government declared a humanitarian truce in the Amhara region, the prime minister's office said.", "0871", {"ETH"}, {"ETH"}),
    ("Israel eased its naval blockade of Gaza to let Palestinian fishermen sail farther out, an Israeli military official said.", "0872", {"ISR"}, {"PSE"}),
    ("Some 4,000 South Sudanese rebels handed in their weapons at cantonment sites under the peace deal, a U.N. official said.", "0873", {"SSD"}, {"SSD"}),
    ("Ethiopian troops pulled out of the Somali town of Baidoa on Saturday, residents said.", "0874", {"ETH"}, {"SOM"}),
    # 09 investigate
    ("Polish prosecutors launched a probe into bribes allegedly paid by a Ukrainian grain trader to customs officers, a spokesman said.", "091", {"POL"}, {"UKR"}),
    ("Chile's government set up a panel to investigate police abuses committed during last year's protests, the justice minister said.", "092", {"CHL"}, {"CHL"}),
    # 10 demand
    ("Taiwan demanded that the United States speed up joint training programmes for its marines, a Taiwanese lawmaker said.", "1012", {"TWN"}, {"USA"}),
    ("Ukraine demanded the extradition of a former Ukrainian lawmaker from Austria, where he fled after being charged with treason.", "1013", {"UKR"}, {"AUT"}),
    ("Pakistan demanded that Afghanistan hand over intelligence on militants who attacked a border post, the Pakistani army said.", "1014", {"PAK"}, {"AFG"}),
    ("Libya demanded that Italy pay compensation for the colonial era, the Libyan foreign ministry said.", "1031", {"LBY"}, {"ITA"}),
    ("Armenia demanded that Russia deliver the weapons Yerevan had already paid for, the Armenian prime minister said.", "1032", {"ARM"}, {"RUS"}),
    ("Yemen's government demanded urgent food aid from Saudi Arabia as famine spread in the west, the Yemeni planning minister said.", "1033", {"YEM"}, {"SAU"}),
    ("The Central African Republic demanded that Rwanda send more troops to protect Bangui ahead of the vote, a government spokesman said.", "1034", {"CAF"}, {"RWA"}),
    ("Albania demanded that Greece respect the property rights of ethnic Albanians expelled after the war, the Albanian foreign ministry said.", "1043", {"ALB"}, {"GRC"}),
    ("Gabon's opposition parties demanded the dissolution of the constitutional court before the presidential vote, an opposition spokesman said.", "1044", {"GAB"}, {"GAB"}),
    ("Georgia's opposition demanded that the government lift restrictions on foreign-funded media, an opposition leader said.", "1051", {"GEO"}, {"GEO"}),
    ("Armenia demanded that Azerbaijan let U.N. monitors into Nagorno-Karabakh, the Armenian foreign ministry said.", "1055", {"ARM"}, {"AZE"}),
    # 11 disapprove
    ("Tajikistan accused an Afghan border official of drug trafficking, the Tajik interior ministry said.", "1121", {"TJK"}, {"AFG"}),
    ("Ukraine accused Russian troops of war crimes in the village of Novoselivka, the Ukrainian prosecutor general said.", "1124", {"UKR"}, {"RUS"}),
    ("Estonia accused a Russian diplomat of spying, the Estonian foreign ministry said on Thursday.", "1125", {"EST"}, {"RUS"}),
    # 12 reject
    ("Kenya rejected a Chinese offer to finance a new railway line to Uganda, the Kenyan treasury said.", "1211", {"KEN"}, {"CHN"}),
    ("Germany rejected Ukraine's request for long-range cruise missiles, the German chancellor said on Wednesday.", "1222", {"DEU"}, {"UKR"}),
    ("North Korea refused an offer of flood aid from South Korea, the unification ministry in Seoul said.", "1211", {"PRK"}, {"KOR"}),
    ("Nigeria turned down a request from Niger for troops to protect its capital, a Nigerian presidential spokesman said.", "1224", {"NGA"}, {"NER"}),
    ("Serbia's prime minister dismissed opposition demands for his resignation, saying he would stay in office until the next election.", "1231", {"SRB"}, {"SRB"}),
    ("Hungary rebuffed Romania's call to change its citizenship law, a Hungarian government spokesman said.", "1232", {"HUN"}, {"ROU"}),
    ("Kenya's opposition leader refused to call off planned street protests despite a court ban, his spokesman said.", "1242", {"KEN"}, {"KEN"}),
    ("Nicaragua refused entry to a team of U.N. human rights monitors, the U.N. rights office in Geneva said.", "1245", {"NIC"}, {"IGO"}),
    ("Israel refused to pull its troops out of five hilltop positions in southern Lebanon, an Israeli official said.", "1246", {"ISR"}, {"LBN"}),
    # 13 threaten
    ("Britain threatened to freeze aid to Rwanda over its support for rebels in eastern Congo, a Foreign Office minister said.", "1311", {"GBR"}, {"RWA"}),
    ("The United States threatened Serbia with sanctions over its ties to Russian energy firms, a State Department official said.", "1312", {"USA"}, {"SRB"}),
    ("Georgia's government threatened to shut down opposition television channels that it said spread foreign propaganda, the prime minister said.", "1321", {"GEO"}, {"GEO"}),
    ("Uganda's president threatened to ban the main opposition party over violent rallies, state media reported.", "1322", {"UGA"}, {"UGA"}),
    ("Bolivia's government warned it would impose martial law in Santa Cruz if the general strike went on, the interior minister said.", "1324", {"BOL"}, {"BOL"}),
    ("Turkey threatened to occupy more territory in northern Syria if Kurdish fighters did not withdraw, a Turkish official said.", "1382", {"TUR"}, {"SYR"}),
    ("Iran threatened to strike Israeli ships in the Red Sea, a Revolutionary Guards commander said.", "1384", {"IRN"}, {"ISR"}),
    # 14 protest
    ("Hundreds of Kenyan journalists marched in Nairobi to demand press freedom, organisers said.", "1413", {"KEN"}, {"KEN"}),
    ("Thousands of Tunisians rallied in Tunis to demand the restoration of parliament and a new electoral law.", "1414", {"TUN"}, {"TUN"}),
    ("Georgian opposition activists went on hunger strike against a new media law, their lawyers said.", "1422", {"GEO"}, {"GEO"}),
    ("Spanish farmers blocked roads around Madrid with tractors to protest against the Spanish government's water cuts, police said.", "1442", {"ESP"}, {"ESP"}),
    ("Rioters in Dakar set fire to buses to protest against a rise in fuel prices, police said.", "1452", {"SEN"}, {"SEN"}),
    # 16 reduce relations
    ("Germany froze development loans to Niger after the coup, the German development ministry said.", "1621", {"DEU"}, {"NER"}),
    ("Somalia's government ordered African Union peacekeepers to leave Mogadishu by the end of the month, a government spokesman said.", "1661", {"SOM"}, {"IGO"}),
    ("Belarus expelled OSCE election observers, the Belarusian foreign ministry said.", "1662", {"BLR"}, {"IGO"}),
    # 17 coerce
    ("Russia confiscated the assets of a Finnish energy company, the Finnish firm said.", "1711", {"RUS"}, {"FIN"}),
    ("Guinea's junta shut down private radio stations critical of the government, a media union said.", "1721", {"GIN"}, {"GIN"}),
    ("Peru's president declared a state of emergency in the northern city of Trujillo after a wave of extortion killings, the government said.", "1724", {"PER"}, {"PER"}),
    # 18 assault
    ("Indian border guards beat a Bangladeshi farmer to death near the frontier, Bangladesh's border force said.", "1823", {"IND"}, {"BGD"}),
    ("A suicide bomber killed 11 soldiers at an army checkpoint in northern Burkina Faso, security sources said.", "1831", {"BFA"}, {"BFA"}),
    ("A booby-trapped car exploded outside police headquarters in Kirkuk, killing five policemen, Iraqi officials said.", "1832", {"IRQ"}, {"IRQ"}),
    ("A roadside bomb killed three Malian soldiers near Gao, the army said.", "1833", {"MLI"}, {"MLI"}),
    # 20 mass violence
    ("Syrian government forces attacked a rebel-held town near Hama with chlorine gas, a chemical weapons watchdog said.", "2041", {"SYR"}, {"SYR"}),
]

# Wrong at root or dyad after the session: text -> reason (strict xfail of both tests).
ROOT_WRONG: dict[str, str] = {}  # (the scrapped contract is right since the thirtieth session: objrel=, test_xfail_30.py)

# Right at root and dyad but wrong at full code after the session: text -> reason (strict xfail).
FULL_WRONG: dict[str, str] = {}


test_probe_size, test_probe_root, test_probe_full = full_probe_tests(EVENTS, ROOT_WRONG, FULL_WRONG, size=80)


# The session's rules, each on sentences of the helper's own, with look-alikes.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # Intelligence asked for as the thing itself is intelligence cooperation (0214, 1014) ...
    ("Chad appealed to Nigeria for intelligence on Boko Haram camps in the border region.", "0214", {"TCD"}, {"NGA"}),
    # ... also when it is to be handed over (not a release, 1053).
    ("Jordan demanded that Syria hand over intelligence on the smugglers who shot a border guard.",
     "1014", {"JOR"}, {"SYR"}),
    # ... but intelligence officers to be freed are persons released.
    ("Georgia demanded that Russia free two detained Georgian intelligence officers.", "1053", {"GEO"}, {"RUS"}),
    # Joint training or exercises demanded are military cooperation (1012), arms stay military aid (1032).
    ("Latvia demanded that Germany step up joint exercises with the Latvian army.", "1012", {"LVA"}, {"DEU"}),
    ("Latvia demanded that Germany send more air defence systems.", "1032", {"LVA"}, {"DEU"}),
    # Help to train an army is military cooperation (0212), combat drones military aid (0232).
    ("Niger asked Turkey to help train its army's drone units.", "0212", {"NER"}, {"TUR"}),
    ("Niger asked Turkey for more combat drones.", "0232", {"NER"}, {"TUR"}),
    # Troops asked for to protect someone are protection (0234, 1224), however the infinitive hangs;
    # a loan asked for stays economic aid.
    ("Kenya turned down a request from Burundi for soldiers to protect its border towns.", "1224", {"KEN"}, {"BDI"}),
    ("Benin appealed to Ghana for troops to protect its northern villages.", "0234", {"BEN"}, {"GHA"}),
    ("Kenya turned down a request from Burundi for a loan to build roads.", "1221", {"KEN"}, {"BDI"}),
    # Monitors refused entry: international involvement refused (1245).
    ("Belarus refused entry to a team of OSCE election monitors.", "1245", {"BLR"}, {"IGO"}),
    # A law to change is policy (1232); a constitution to change is the institutions (1234).
    ("Slovakia rejected Hungary's call to change its language law.", "1232", {"SVK"}, {"HUN"}),
    ("Slovakia rejected Hungary's call to change its constitution.", "1234", {"SVK"}, {"HUN"}),
    # A renewed request is an appeal, split by what it asks for.
    ("Chile renewed its request to Argentina for the extradition of a former guerrilla leader.",
     "0213", {"CHL"}, {"ARG"}),
    # A seized trawler returned is property released (0842).
    ("Argentina returned a seized Spanish trawler to Spain.", "0842", {"ARG"}, {"ESP"}),
    # A booby-trapped car that explodes is a car bombing (1832).
    ("A booby-trapped car exploded near an army base in Mogadishu, killing six soldiers.", "1832", {"SOM"}, {"SOM"}),
    # An extradition asked "from" a state is aimed at that state, as a bare "extradite" is.
    ("Peru demanded the extradition of a fugitive Peruvian banker from Spain.", "1013", {"PER"}, {"ESP"}),
    ("Peru demanded that Spain extradite a Peruvian banker.", "1013", {"PER"}, {"ESP"}),
    # "appealed to striking doctors": the doctors are addressed, not struck (parse repair).
    ("Nigeria's labour minister appealed to striking doctors to return to work.", "020", {"NGA"}, {"NGA"}),
    # ... while striking as the act itself stays an attack.
    ("Turkey turned to striking Kurdish positions in Iraq with drones.", "190", {"TUR"}, {"IRQ"}),
    # Road blockades or a strike lifted end popular dissent (082); a naval blockade lifted eases a
    # military one (0872).
    ("Bolivian truckers lifted their road blockades after the talks.", "082", {"BOL"}, {"BOL"}),
    ("Kenyan doctors lifted their strike on Monday.", "082", {"KEN"}, {"KEN"}),
    ("Israel lifted its naval blockade of the port of Tyre.", "0872", {"ISR"}, {"LBN"}),
    # A moratorium on debt repayments offered is economic aid promised (0331).
    ("Japan offered Sri Lanka a moratorium on its loan repayments.", "0331", {"JPN"}, {"LKA"}),
    # Arms named as the aid asked for are military aid (0232) ...
    ("Mozambique asked Portugal for armoured vehicles and patrol helicopters to help its police fight insurgents.",
     "0232", {"MOZ"}, {"PRT"}),
    # ... but helicopters beside relief goods stay humanitarian aid (0233).
    ("Mozambique asked Portugal for tents, medicine and helicopters for flood victims.", "0233", {"MOZ"}, {"PRT"}),
    # A march, rally or demonstration whose purpose is a demand is a protest, whoever marches,
    # split by what it demands (1414 institutions, 1412 policy).
    ("Kenyan lawyers marched in Nairobi to demand the independence of the judiciary.", "1414", {"KEN"}, {"KEN"}),
    ("Greek pensioners rallied outside parliament to protest against cuts to their pensions.",
     "1412", {"GRC"}, {"GRC"}),
    # A crossing opened for aid lets aid through (0863; agreed to, 0355); opened to goods and
    # workers it eases a blockade (0872).
    ("Sudan reopened the Adre crossing for humanitarian deliveries from Chad.", "0863", {"SDN"}, {"TCD"}),
    ("Egypt agreed to open the Rafah crossing for aid trucks heading into Gaza.", "0355", {"EGY"}, {"PSE"}),
    ("Israel reopened the Gaza crossings to goods and workers.", "0872", {"ISR"}, {"PSE"}),
    # A finite verb read as a participle on the first of two subjects of "said" (parse repair).
    ("About 300 Congolese militiamen handed over their rifles at a camp near Bunia, an army spokesman said.",
     "0873", {"COD"}, {"COD"}),
    ("Hundreds of Colombian guerrillas handed in their weapons at a camp in Meta, a U.N. official said.",
     "0873", {"COL"}, {"COL"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Intelligence services to be reined in are no intelligence asked for.
    ("Ghana urged Togo to rein in its intelligence services.", "0214"),
    # A journalist refused entry is no outsiders' involvement refused.
    ("Belarus refused entry to a Polish journalist.", "1245"),
    # A request for a stadium names no party: no appeal.
    ("The club renewed its request for a new stadium.", "02"),
    # A trawler returning to port gives nothing back.
    ("The trawler returned to port in Vigo on Sunday.", "08"),
    # A car that explodes after a gas leak is no bombing.
    ("A car exploded after a gas leak at a petrol station in Lagos.", "18"),
    # A party that rallies its supporters is no protest of its own.
    ("The ruling party rallied its supporters to demand a recount.", "14"),
    # A border opened for trade lets no aid through.
    ("Turkey opened its border for trade with Armenia.", "0863"),
    # A freeze on settlement building offered is no economic aid.
    ("Israel offered a freeze on settlement building.", "0331"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)
