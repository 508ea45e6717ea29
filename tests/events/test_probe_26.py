"""Generalisation probe, twenty-sixth session: 100 wire-style sentences of the helper's own (none
from bench/data or test_probe_25.py), hand-coded before accord was run on them: 80 events over roots
02 to 20 and 20 that must be quiet (sport, markets, weather, a volcano, culture, crime with no
political actor, a swearing-in, a root 01 statement, "did not respond", "had no plans to meet"), set
in regions the earlier sets use less (West, Central and Southern Africa, the Maghreb, Nepal, Sri
Lanka, the Maldives, Bangladesh, the Baltics and Nordics, Central Europe, the Andes, Central America
and the Caribbean, Mongolia).

Compared as the wire benchmark compares: actor codes by their country part (accord's CODM23,
COLELN, TUNENN are COD, COL, TUN), negated events left out; here, unlike the benchmark, the sets
must be equal. 90 of the 100 were right at first sight at root + dyad (71 at full code with the
helper's first codes); the failures are marked below. After the session's rules 97 are right
(76 at full code); the three still wrong were xfails with the reason, and are right since the
twenty-ninth session (their rules tested on sentences of their own in test_xfail_29.py).
"""

from __future__ import annotations

import pytest

from eventkit import asserted, country_codes, dyads, has_asserted, has_asserted_code


EVENTS = [
    ("Senegal's foreign ministry urged Mali's transitional authorities on Tuesday to release three Senegalese truck drivers held near the border, a statement said.",
     '0253', {'SEN'}, {'MLI'}),
    ('Nepal called on India to reopen border trade points that were closed during the pandemic, the foreign ministry in Kathmandu said.',
     '0211', {'NPL'}, {'IND'}),
    ('Lithuania appealed to its NATO allies on Wednesday to send more air defence systems after a series of airspace violations.',
     '0212', {'LTU'}, {'IGOWSTNAT'}),
    ("Guatemala's president asked the United States to grant temporary protected status to Guatemalan migrants, his office said.",
     '020', {'GTM'}, {'USA'}),
    ("Haiti's prime minister appealed on Monday for an international force to help the police fight armed gangs, officials said.",
     '020', {'HTI'}, set()),
    ("Morocco pledged to send 200 tonnes of food aid to Niger, the kingdom's foreign ministry said on Thursday.",
     '033', {'MAR'}, {'NER'}),
    ('Mongolia said on Monday it was ready to expand energy cooperation with Russia, including a planned gas pipeline to China.',
     '0311', {'MNG'}, {'RUS'}),
    ('Estonia will deploy 100 troops to a new multinational battalion in Finland, Estonian Defence Minister Hanno Pevkur said.',
     '0312', {'EST'}, {'FIN'}),  # failed at first sight: a future troop contribution read as a threat (138)
    ('Bolivia agreed to hold talks with Chile on the use of the Silala river, Foreign Minister Rogelio Mayta said.',
     '036', {'BOL'}, {'CHL'}),
    ("The Gambia offered to mediate between Senegal's government and separatist rebels in the Casamance region.",
     '039', {'GMB'}, {'SEN'}),
    ('Sri Lankan President Ranil Wickremesinghe held talks with Maldivian President Mohamed Muizzu in Colombo on Friday on maritime security.',
     '040', {'LKA'}, {'MDV'}),
    ('Mongolian President Ukhnaagiin Khurelsukh arrived in Tokyo on Tuesday for a state visit, the first by a Mongolian leader in seven years.',
     '042', {'MNG'}, {'JPN'}),
    ("Finland's prime minister hosted his Estonian counterpart in Helsinki on Wednesday for talks on undersea cable security.",
     '043', {'FIN'}, {'EST'}),
    ('Czech Foreign Minister Jan Lipavsky spoke by telephone with his Slovak counterpart on Monday about the gas transit dispute.',
     '041', {'CZE'}, {'SVK'}),
    ('Peru and Ecuador began a new round of negotiations on their shared border waters in Lima, the Peruvian foreign ministry said.',
     '046', {'ECU', 'PER'}, set()),
    ("Ghana's president praised Togo for its role in securing the release of hostages held by militants in the Sahel.",
     '051', {'GHA'}, {'TGO'}),
    ('Botswana and Namibia signed an agreement on Thursday to abolish passport requirements for their citizens crossing the shared border.',
     '057', {'BWA', 'NAM'}, set()),
    ('Sao Tome and Principe restored diplomatic ties with China in 2016, weeks after cutting relations with Taiwan.',
     '054', {'STP'}, {'CHN'}),
    ("Zambia's president apologised to Malawi on Saturday for remarks by a cabinet minister that had offended Malawians.",
     '055', {'ZMB'}, {'MWI'}),
    ("Austria voiced support for Croatia's bid to join the Schengen area, Chancellor Karl Nehammer said after meeting his Croatian counterpart.",
     '051', {'AUT'}, {'HRV'}),
    ('Norwegian and Swedish troops held joint winter exercises near the Arctic town of Kiruna this week, the Swedish armed forces said.',
     '062', {'NOR', 'SWE'}, set()),
    ('Senegal extradited a former Gambian army officer to The Gambia on Wednesday to face trial over killings under Yahya Jammeh.',
     '063', {'SEN'}, {'GMB'}),
    ('Ivory Coast began exporting electricity to Mali under a new grid interconnection, the state power utility said.',
     '061', {'CIV'}, {'MLI'}),
    ('Peruvian and Colombian forces launched a joint operation against drug traffickers along the Putumayo river, the Peruvian army said.',
     '062', {'COL', 'PER'}, set()),
    ('Japan provided $5 million in emergency aid to Malawi after Cyclone Freddy, the Japanese embassy in Lilongwe said.',
     '073', {'JPN'}, {'MWI'}),
    ('Sweden delivered a batch of CV90 infantry fighting vehicles to Ukraine, the Swedish defence materiel agency said.',
     '072', {'SWE'}, {'UKR'}),  # failed at first sight: no frame for 'delivered a batch of infantry fighting vehicles'
    ('The European Union sent a team of firefighters to Bolivia to help battle forest fires in the eastern lowlands.',
     '073', {'IGOEEC'}, {'BOL'}),
    ('Costa Rica granted asylum to a Nicaraguan opposition leader on Friday, the foreign ministry in San Jose said.',
     '075', {'CRI'}, {'NIC'}),
    ("Guinea's military junta released former president Alpha Conde from house arrest, his lawyer said.",
     '0841', {'GIN'}, {'GIN'}),
    ('Mali freed 46 Ivorian soldiers on Saturday who had been detained since July on charges of being mercenaries.',
     '0841', {'MLI'}, {'CIV'}),
    ("ELN rebels freed two kidnapped soldiers in the Colombian province of Arauca on Sunday, the ombudsman's office said.",
     '0841', {'COL'}, {'COL'}),
    ('The United States ended its two-decade sanctions programme against Zimbabwe on Monday, the White House said.',
     '085', {'USA'}, {'ZWE'}),  # failed at first sight: no frame for 'ended its sanctions programme'
    ('M23 rebels pulled out of the mining town of Walikale in eastern Congo on Saturday, a rebel spokesman said.',
     '0874', {'COD'}, {'COD'}),
    ('Finnish police launched an investigation into a Chinese-owned container ship suspected of damaging the Balticconnector gas pipeline, officials said.',
     '091', {'FIN'}, {'CHN'}),
    ("Sri Lanka's human rights commission began an inquiry into the death of a man in police custody in Colombo.",
     '092', {'LKA'}, {'LKA'}),
    ("Guatemala's public prosecutor's office opened an investigation into President Bernardo Arevalo's party over alleged irregularities in its registration.",
     '090', {'GTM'}, {'GTM'}),
    ("Bangladesh's Anti-Corruption Commission launched a probe into the assets of former prime minister Sheikh Hasina's family, officials said on Tuesday.",
     '091', {'BGD'}, {'BGD'}),
    ("Ghana's main opposition party demanded the resignation of the chairwoman of the electoral commission over the handling of the voter register.",
     '1041', {'GHA'}, {'GHA'}),
    ('Bolivia demanded that Chile negotiate sovereign access to the Pacific Ocean, President Evo Morales said.',
     '106', {'BOL'}, {'CHL'}),  # demand meeting, negotiation (convention 27, thirty-fifth session; was 100)
    ('Denmark demanded an explanation from the United States over reports that American intelligence agencies had spied on Greenland.',
     '100', {'DNK'}, {'USA'}),
    ('Mauritania demanded that Mali investigate the killing of Mauritanian herders near the border, the government spokesman said.',
     '100', {'MRT'}, {'MLI'}),
    ("Sweden's foreign ministry condemned Iran's execution of a Swedish-Iranian dissident convicted of leading an armed separatist group.",
     '111', {'SWE'}, {'IRN'}),
    ("Cuba denounced the United States' decision to return it to a list of state sponsors of terrorism, calling it arrogant.",
     '111', {'CUB'}, {'USA'}),
    ('Nepal accused India of encroaching on its territory by building a road to the Lipulekh pass.',
     '112', {'NPL'}, {'IND'}),
    ("Sierra Leone's government blamed supporters of the opposition APC for the attack on a military barracks in Freetown.",
     '112', {'SLE'}, {'SLE'}),
    ('Lithuania lodged an official complaint with Belarus on Tuesday over balloons carrying smuggled cigarettes that forced the closure of Vilnius airport.',
     '114', {'LTU'}, {'BLR'}),
    ("Herero and Nama leaders rejected Germany's offer of development aid as compensation for colonial-era killings in Namibia.",
     '120', {'NAM'}, {'DEU'}),  # failed at first sight: 'Herero and Nama' unknown; 'Nama' read as a place in the Philippines
    ('Panama rejected a U.S. demand to hand over control of the Panama Canal, President Jose Raul Mulino said.',
     '124', {'PAN'}, {'USA'}),
    ('Sri Lanka refused permission for a Chinese research ship to dock at Colombo port, the navy said.',
     '121', {'LKA'}, {'CHN'}),
    ("The Maldives refused to renew a hydrographic survey agreement with India, the president's office said.",
     '127', {'MDV'}, {'IND'}),
    ('Algeria threatened to cut gas supplies to Spain if Madrid re-exported Algerian gas to Morocco.',
     '131', {'DZA'}, {'ESP'}),  # failed at first sight; right since the twenty-ninth session (test_xfail_29.py)
    ('Burundi threatened to close its border with Rwanda, accusing Kigali of backing rebels who attacked its territory.',
     '131', {'BDI'}, {'RWA'}),
    ('Poland warned Belarus on Thursday that it would close all border crossings if migrants continued to be pushed across the frontier.',
     '131', {'POL'}, {'BLR'}),  # failed at first sight: the warned party was not the target
    ('The Dominican Republic threatened to close its border with Haiti over the construction of a canal on the Massacre river.',
     '131', {'DOM'}, {'HTI'}),
    ("Thousands of people marched in Bratislava on Friday to protest against Prime Minister Robert Fico's pro-Russian policies.",
     '141', {'SVK'}, {'SVK'}),
    ("Supporters of Senegal's jailed opposition leader Ousmane Sonko staged protests in Dakar on Thursday demanding his release.",
     '141', {'SEN'}, {'SEN'}),
    ('Peruvian truckers went on strike on Monday to protest against rising fuel prices, blocking highways around Lima.',
     '143', {'PER'}, {'PER'}),
    ("Hundreds of Mongolians rallied in Ulaanbaatar's main square to protest against a coal theft scandal and demand the dissolution of parliament.",
     '141', {'MNG'}, {'MNG'}),
    ('Algeria put its army on alert along the Moroccan border after a drone strike killed three Algerian truck drivers.',
     '152', {'DZA'}, {'MAR'}),
    ('Finland deployed additional border guards to its eastern frontier with Russia after a surge of migrants, the interior ministry said.',
     '150', {'FIN'}, {'RUS'}),
    ('Guatemala sent soldiers to its border with Mexico after clashes between drug cartels spilled over, the defence ministry said.',
     '150', {'GTM'}, {'MEX'}),
    ('Chad mobilised troops along its eastern border with Sudan as fighting raged in Darfur.',
     '154', {'TCD'}, {'SDN'}),
    ("Algeria recalled its ambassador to Spain for consultations after Madrid backed Morocco's autonomy plan for Western Sahara.",
     '161', {'DZA'}, {'ESP'}),
    ("Niger's ruling junta revoked a military agreement that allowed U.S. troops and civilian staff to operate on its soil, a spokesman said.",
     '160', {'NER'}, {'USA'}),  # failed at first sight; right since the twenty-ninth session (test_xfail_29.py)
    ("Estonia declared a Russian embassy employee persona non grata on Friday for undermining the country's constitutional order.",
     '161', {'EST'}, {'RUS'}),  # failed at first sight: 'persona' parsed as a clause, no frame
    ("Washington imposed visa restrictions on more than 250 Nicaraguan officials over the government's crackdown on dissent.",
     '163', {'USA'}, {'NIC'}),
    ('Police in Harare arrested 78 opposition activists at a private gathering on Sunday, accusing them of plotting violence.',
     '173', {'ZWE'}, {'ZWE'}),
    ('Tunisian police arrested Rached Ghannouchi, the leader of the Islamist Ennahda party, at his home in Tunis on Monday.',
     '173', {'TUN'}, {'TUN'}),
    ('Mauritania deported hundreds of Malian migrants across the border last month, a rights group said.',
     '174', {'MRT'}, {'MLI'}),
    ("Bangladesh's interim government banned the former ruling Awami League's student wing under anti-terrorism law.",
     '1722', {'BGD'}, {'BGD'}),
    ("Gunmen abducted nine people, including a priest, from a church in Cameroon's restive North-West region, the diocese said.",
     '181', {'CMR'}, {'CMR'}),
    ("A suicide bomber killed at least 12 people at a market in Konduga in north-east Nigeria's Borno state on Saturday, emergency officials said.",
     '1831', {'NGA'}, {'NGA'}),
    ('Ecuadorean presidential candidate Fernando Villavicencio was shot dead as he left a campaign rally in Quito.',
     '186', {'ECU'}, {'ECU'}),
    ('Gunmen kidnapped three Chinese mine workers in the south-west of the Central African Republic on Sunday, the Chinese embassy in Bangui said.',
     '181', {'CAF'}, {'CHN'}),
    ('Malian army drones struck rebel positions near Kidal, the army said in a statement.',
     '195', {'MLI'}, {'MLI'}),
    ('Congolese army troops clashed with M23 rebels near the town of Sake in North Kivu province on Wednesday.',
     '190', {'COD'}, {'COD'}),
    ("Colombia's military bombed a camp of FARC dissidents in the southern province of Guaviare, killing ten fighters, the defence minister said.",
     '195', {'COL'}, {'COL'}),
    ('Mozambican and Rwandan troops retook the port town of Mocimboa da Praia from Islamist insurgents in August 2021.',
     '192', {'MOZ', 'RWA'}, {'MOZ'}),  # failed at first sight; right since the twenty-ninth session (test_xfail_29.py)
    ('Jihadist fighters massacred more than 100 civilians in the village of Solhan in northern Burkina Faso in June 2021.',
     '202', {'BFA'}, {'BFA'}),
    ('Armed gangs drove thousands of residents from their homes in the Cite Soleil district of Port-au-Prince, the United Nations said.',
     '201', {'HTI'}, {'HTI'}),  # failed at first sight: no frame for 'drove ... from their homes'
]


QUIET = [
    'Ivory Coast knocked out holders Senegal on penalties to reach the Africa Cup of Nations quarter-finals.',
    "Norway's Erling Haaland scored twice as Manchester City beat Brentford 3-1 on Saturday.",
    "Morocco's central bank kept its key interest rate unchanged at 3 percent on Tuesday, citing easing inflation.",
    "Chile's copper output fell 4 percent in March from a year earlier, the national statistics agency said.",
    'Heavy snowfall disrupted flights at Helsinki airport on Wednesday, the airport operator Finavia said.',
    'Cyclone Idai killed more than 1,000 people across Mozambique, Zimbabwe and Malawi in March 2019.',
    'A magnitude 6.5 earthquake struck off the coast of Ecuador on Sunday, shaking buildings in the port city of Guayaquil.',
    "Mongolia's economy grew 7 percent last year on the back of strong coal exports to China, the statistics office said.",
    'Danish drugmaker Novo Nordisk raised its full-year sales forecast on Wednesday as demand for its weight-loss drug Wegovy soared.',
    'Polish director Agnieszka Holland won the special jury prize at the Venice Film Festival for her film about the crisis on the Belarus border.',
    'Robbers stole an estimated $2 million from a cash-in-transit van on a highway outside Johannesburg on Tuesday.',
    'Fraudsters posing as bank employees stole more than 2 million euros from elderly customers in Latvia last year, the banking association said.',
    "Sri Lanka's tourist arrivals rose to a five-year high in December, boosted by visitors from India and Russia.",
    "Namibia's first female president, Netumbo Nandi-Ndaitwah, was sworn in on Friday in Windhoek.",
    "Bhutan's prime minister said on Tuesday that the kingdom's economy would grow faster than expected this year.",
    'The Moroccan government did not respond to a request for comment on the allegations.',
    'Czech President Petr Pavel said he had no plans to meet the Slovak prime minister during his visit to the region.',
    "Colombia's peso weakened 1.5 percent against the dollar on Friday after weaker-than-expected jobs data.",
    "A volcano on Iceland's Reykjanes peninsula erupted again on Wednesday, forcing the evacuation of the Blue Lagoon spa.",
    "Norway won the men's relay at the Nordic world ski championships in Trondheim, ahead of Sweden and Finland.",
]


@pytest.mark.parametrize("text, code, actor, recipient", EVENTS)
def test_probe_event(code_text, text, code, actor, recipient):
    """Some asserted event has the gold root, actor countries and recipient countries."""
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, root=True), dyads(record)


@pytest.mark.parametrize("text", QUIET)
def test_probe_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # An envoy declared persona non grata, with "persona" parsed as a clause of its own.
    ("Lithuania declared a Belarusian consular officer persona non grata on Monday, the foreign ministry said.",
     "161", {"LTU"}, {"BLR"}),
    # Armoured or infantry fighting vehicles delivered are military aid.
    ("Denmark delivered a second batch of armoured personnel carriers to Ukraine, the Danish defence ministry said.",
     "072", {"DNK"}, {"UKR"}),
    # A sanctions programme or regime ended or lifted eases sanctions.
    ("Britain lifted its sanctions regime on Syria's central bank on Thursday, the Treasury said.", "085", {"GBR"}, {"SYR"}),
    # Residents driven from their homes by armed men are expelled.
    ("Armed men drove hundreds of villagers from their homes in Ituri province in eastern Congo, the UN refugee agency said.",
     "201", {"COD"}, {"COD"}),
    # What a warning's that-clause announces is aimed at the party warned.
    ("Iran told the United States that it would close the Strait of Hormuz if it was attacked.", "13", {"IRN"}, {"USA"}),
    # Troops sent to an allied formation are military cooperation; announced, an intent.
    ("Sweden will send 150 soldiers to the NATO battalion in Latvia next year, the defence minister said.",
     "0312", {"SWE"}, None),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    ("The jury declared the Estonian singer the winner of the contest.", "161"),
    ("The carmaker delivered 5,000 electric vehicles to customers in Norway last month.", "07"),
    ("The airline ended its loyalty programme in Sweden after ten years.", "08"),
    # A flood drives people from their homes, nobody expels them.
    ("Floods drove thousands of residents from their homes in eastern Pakistan, officials said.", "20"),
    # Reporters told of a plan are no party to it.
    ("The minister told reporters that the government would close the border with Poland.", "13"),
    # Troops sent to a border, announced, stay a threat, not a contribution.
    ("Norway will send 50 soldiers to its border with Russia, the defence ministry said.", "03"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


def test_a_capital_ending_a_longer_place_name_is_not_that_capital(code_text, mentions_of):
    """'Mocimboa da Praia' is a town in Mozambique, not Cape Verde's capital; Praia alone still is."""
    record = code_text("Mozambican and Rwandan troops retook the port town of Mocimboa da Praia from Islamist insurgents.")
    assert not any("CPV" in country_codes(e["recipient"]) for e in record["events"]), dyads(record)
    assert mentions_of("Cape Verde's government in Praia expelled a Russian diplomat.").get("Praia", (None,))[0] == "CPV"


def test_herero_and_nama_are_namibian(mentions_of):
    found = mentions_of("Herero and Nama leaders rejected Germany's offer of development aid.")
    assert found.get("Herero", (None,))[0] == "NAM" and found.get("Nama", (None,))[0] == "NAM", found
