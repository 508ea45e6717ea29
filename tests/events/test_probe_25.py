"""Generalisation probe, twenty-fifth session: 80 wire-style sentences of the helper's own (none
from bench/data), every CAMEO root with the verbs wire copy uses ("held phone talks with", "inked a
pact", "slapped sanctions on", "lashed out at", "vowed to retaliate", "handed over", "shelled",
"recalled its ambassador", ...), passives, titled appositions, attribution tails and background
clauses, and 17 sentences that must give no event (sport, markets, weather, culture, and root 01
statements -- "declined to comment", "denied that ..." -- which the wire gold sets code as nothing).

76 of the 80 were right at first sight. The four that were not (marked below) were fixed by general
rules: a crowd that protests is no official complaint (``notsubj=`` on the 114 protest rows); a
participle clause of a storm's sentence is the storm's doing (``frames._natural_subject``); people
expelled to a country are deported (174); a capital naming the airport where someone already
named was detained is no second target (``parties.VENUE_NOUNS``).

A recipient of None is not checked ("protested against the handover of border villages to X":
whether X or the demonstrators' own government is the target is unclear).
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    ('Egypt urged Ethiopia on Sunday to halt the filling of its giant Nile dam until a binding agreement is reached, the foreign ministry said.',
     '02', {'EGY'}, {'ETH'}),
    ('Pakistan called on India to exercise restraint after a deadly exchange of fire along the Line of Control, the foreign office said.',
     '02', {'PAK'}, {'IND'}),
    ('Somalia appealed for international humanitarian aid on Wednesday as the worst drought in four decades pushed millions toward famine.',
     '02', {'SOM'}, set()),
    ("Japan's foreign minister, Yoko Kamikawa, urged China to lift its ban on Japanese seafood imports during talks in Beijing.",
     '02', {'JPN'}, {'CHN'}),
    ('Lebanon asked France to help secure a ceasefire along its southern border, a senior Lebanese official told Reuters.',
     '02', {'LBN'}, {'FRA'}),
    ("Turkey offered on Friday to mediate between Russia and Ukraine, President Tayyip Erdogan's office said.",
     '039', {'TUR'}, {'RUS', 'UKR'}),
    ('Germany pledged 500 million euros in military aid to Ukraine on Thursday, Defence Minister Boris Pistorius said.',
     '033', {'DEU'}, {'UKR'}),
    ('China vowed to deepen economic cooperation with Cambodia during a visit to Beijing by Prime Minister Hun Manet.',
     '03', {'CHN'}, {'KHM'}),
    ('Iran said on Sunday it was ready to resume talks with the United States on its nuclear programme.',
     '03', {'IRN'}, {'USA'}),
    ('Indian Prime Minister Narendra Modi held phone talks with Russian President Vladimir Putin on Tuesday, the Indian government said.',
     '04', {'IND'}, {'RUS'}),
    ("Qatar's emir hosted Iranian President Masoud Pezeshkian in Doha on Sunday for talks on regional security.",
     '043', {'QAT'}, {'IRN'}),
    ('French President Emmanuel Macron arrived in Morocco on Monday for a three-day state visit aimed at mending ties.',
     '042', {'FRA'}, {'MAR'}),
    ('Chinese Foreign Minister Wang Yi met his Australian counterpart Penny Wong in Canberra on Wednesday.',
     '04', {'CHN'}, {'AUS'}),
    ('The Vietnamese prime minister, who is on an official visit to Tokyo, held talks with Japanese Prime Minister Fumio Kishida on Monday.',
     '04', {'VNM'}, {'JPN'}),
    ('Saudi Crown Prince Mohammed bin Salman received the visiting Pakistani prime minister in Riyadh, the Saudi Press Agency said.',
     '043', {'SAU'}, {'PAK'}),
    ("Australia and Japan inked a defence pact on Thursday that allows their troops to train in each other's territory.",
     '057', {'AUS', 'JPN'}, set()),
    ("Vietnam signed a comprehensive strategic partnership agreement with the United States during President Joe Biden's visit to Hanoi.",
     '057', {'VNM'}, {'USA'}),
    ('Mexican President Andres Manuel Lopez Obrador praised the United States on Tuesday for its handling of the migration talks.',
     '051', {'MEX'}, {'USA'}),
    ('South Korea apologised to Japan on Friday for the incident involving its navy destroyer, the defence ministry said.',
     '055', {'KOR'}, {'JPN'}),
    ('Indonesian and Australian warships staged joint naval drills in the Arafura Sea this week, the Indonesian navy said.',
     '06', {'AUS', 'IDN'}, set()),
    ('Japan sent 20 tonnes of emergency relief supplies to Turkey on Wednesday after the earthquake killed thousands.',
     '07', {'JPN'}, {'TUR'}),
    ("The United States delivered the first batch of HIMARS rocket launchers to Taiwan, the island's defence ministry said.",
     '07', {'USA'}, {'TWN'}),
    ('Kuwait donated $10 million to help Sudanese refugees in Chad, the Kuwaiti news agency KUNA reported.',
     '07', {'KWT'}, {'SDN'}),
    ('Iran freed two French nationals on Thursday who had been held for more than three years, the French foreign ministry said.',
     '0841', {'IRN'}, {'FRA'}),
    ('Azerbaijan handed over five Armenian prisoners of war to Armenia at the border on Saturday.',
     '084', {'AZE'}, {'ARM'}),
    ("The United States eased sanctions on Venezuela's oil sector on Wednesday after the government agreed to hold elections.",
     '085', {'USA'}, {'VEN'}),
    ('Israel withdrew its troops from the southern Lebanese town of Khiam on Sunday, the Lebanese army said.',
     '087', {'ISR'}, {'LBN'}),
    ("Myanmar's junta released more than 3,000 prisoners under an amnesty, state media reported.",
     '0841', {'MMR'}, {'MMR'}),
    ("Zambia's Anti-Corruption Commission launched an investigation into the former health minister over the purchase of medical supplies.",
     '09', {'ZMB'}, {'ZMB'}),
    ('China demanded on Tuesday that the Philippines withdraw its ships from the Second Thomas Shoal, the foreign ministry said.',
     '10', {'CHN'}, {'PHL'}),
    ('Algeria demanded an apology from France over crimes committed during the colonial era, the presidency said.',
     '10', {'DZA'}, {'FRA'}),
    ('Venezuelan President Nicolas Maduro lashed out at Guyana on Tuesday over its oil deals in the disputed Essequibo region.',
     '11', {'VEN'}, {'GUY'}),
    ("Jordan condemned Israel's raid on the Jenin refugee camp as a flagrant violation of international law.",
     '11', {'JOR'}, {'ISR'}),
    ('Serbia accused Kosovo of trying to expel ethnic Serbs from the north, President Aleksandar Vucic said.',
     '112', {'SRB'}, {'XKX'}),
    ('Moscow accused Washington on Thursday of fuelling the war in Ukraine by sending long-range missiles to Kyiv.',
     '112', {'RUS'}, {'USA'}),
    ("Pakistan's foreign ministry criticised Afghanistan's Taliban government for failing to stop militants crossing the border.",
     '11', {'PAK'}, {'AFGTAL'}),
    ("Israel rejected a French proposal for a ceasefire in Lebanon, the prime minister's office said in a statement.",
     '12', {'ISR'}, {'FRA'}),
    ("Ukraine rejected Russia's offer of a Christmas truce, saying it was a cynical trick.",
     '12', {'UKR'}, {'RUS'}),
    ('Iran vowed to retaliate against Israel for the air strike on its consulate in Damascus, state media reported.',
     '13', {'IRN'}, {'ISR'}),
    ("Turkey threatened to block Sweden's bid to join NATO unless Stockholm cracked down on Kurdish militants.",
     '13', {'TUR'}, {'SWE'}),
    ('North Korea warned South Korea of a "thousand-fold" response if its drones again entered Pyongyang\'s airspace.',
     '13', {'PRK'}, {'KOR'}),
    ('Thousands of Armenians protested in Yerevan on Sunday against the handover of border villages to Azerbaijan.',
     '141', {'ARM'}, None),  # failed at first sight
    ('Polish farmers blocked border crossings with Ukraine in protest at cheap Ukrainian grain imports.',
     '14', {'POL'}, {'UKR'}),
    ("China staged large-scale military drills around Taiwan on Thursday, days after the island's new president was sworn in.",
     '15', {'CHN'}, {'TWN'}),
    ('India deployed additional troops to its border with China after a clash in the Tawang sector, officials said.',
     '15', {'IND'}, {'CHN'}),
    ('Russia put its nuclear forces on high alert, the Kremlin said on Sunday.',
     '15', {'RUS'}, set()),
    ('Nicaragua cut diplomatic ties with Taiwan on Thursday and switched recognition to China.',
     '16', {'NIC'}, {'TWN'}),
    ('Ecuador recalled its ambassador from Mexico on Saturday over comments by the Mexican president.',
     '16', {'ECU'}, {'MEX'}),
    ('Germany expelled two Russian diplomats on Tuesday in response to the expulsion of German embassy staff from Moscow.',
     '16', {'DEU'}, {'RUS'}),
    ('Britain slapped sanctions on six senior Iranian officials on Monday over the crackdown on protesters.',
     '163', {'GBR'}, {'IRN'}),
    ("Niger's military government ordered the French ambassador to leave the country within 48 hours.",
     '16', {'NER'}, {'FRA'}),
    ('The Netherlands suspended development aid to Mali after the military coup, the Dutch government said.',
     '16', {'NLD'}, {'MLI'}),
    ('Iranian authorities detained a British-Iranian dual national in Tehran on espionage charges, his family said.',
     '17', {'IRN'}, {'GBR'}),
    ('Malaysia deported 150 Myanmar nationals on Thursday, despite calls from rights groups to halt the transfer.',
     '17', {'MYS'}, {'MMR'}),
    ("Iran's Revolutionary Guards seized a Greek-flagged oil tanker in the Gulf of Oman on Wednesday, Greek officials said.",
     '17', {'IRNRGC'}, {'GRC'}),
    ('A Russian journalist was detained by Georgian police at Tbilisi airport on Friday, his employer said.',
     '17', {'GEO'}, {'RUS'}),  # failed at first sight
    ('Thailand expelled 40 Uighur men to China in February, drawing criticism from the United Nations.',
     '17', {'THA'}, {'CHN'}),  # failed at first sight
    ('Gunmen abducted more than 280 pupils from a school in northwest Nigeria on Thursday, residents said.',
     '18', {'NGA'}, {'NGA'}),
    ('Israeli warplanes launched air strikes on targets in southern Lebanon on Tuesday, the Israeli military said.',
     '19', {'ISR'}, {'LBN'}),
    ('Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians, the regional governor said.',
     '19', {'RUS'}, {'UKR'}),
    ('Armenian and Azerbaijani troops clashed along their shared border on Tuesday, both sides said.',
     '19', {'ARM', 'AZE'}, set()),
    ('The Sudanese army bombarded positions of the Rapid Support Forces in Khartoum, witnesses said.',
     '19', {'SDN'}, {'SDNRSF'}),
    ('Syrian government forces used chlorine gas against civilians in Douma in 2018, the global chemical weapons watchdog said.',
     '20', {'SYR'}, {'SYR'}),
])
def test_probe_event(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient)


@pytest.mark.parametrize("text", [
    'The Kremlin declined to comment on Tuesday on reports that Russian mercenaries had arrived in Niger.',
    'Rwanda denied on Friday that its troops were fighting alongside rebels in eastern Congo, a government spokeswoman said.',
    'Brazil beat Argentina 2-1 in a World Cup qualifier in Rio de Janeiro on Tuesday.',
    'Oil prices rose on Monday as traders weighed the risk of supply disruptions in the Middle East.',
    'The Japanese yen fell to a 34-year low against the dollar on Wednesday.',
    'Typhoon Haikui made landfall in southern Taiwan on Sunday, forcing thousands of people to leave their homes.',  # failed at first sight
    'Heavy rains caused flooding in parts of Kenya, the meteorological department said.',
    "South Korea's exports rose 5 percent in March from a year earlier, trade ministry data showed.",
    "Spain's annual inflation eased to 3.2 percent in February, the national statistics institute said.",
    "Norway's Casper Ruud beat Serbia's Novak Djokovic in straight sets to reach the final in Monte Carlo.",
    'India won the toss and elected to bat against Pakistan in the Asia Cup match in Colombo.',
    "Germany's economy shrank 0.3 percent in the fourth quarter, the federal statistics office said.",
    "A magnitude 6.2 earthquake struck eastern Turkey on Friday, the country's disaster agency said.",
    "Italy's population fell for the tenth consecutive year in 2023, the statistics agency said.",
    'A Japanese film won the top prize at the Cannes Film Festival on Saturday.',
    "Mexico's central bank held its benchmark interest rate at 11.25 percent on Thursday.",
    "The Chinese carmaker BYD overtook Tesla as the world's largest seller of electric vehicles in the last quarter.",
])
def test_probe_quiet(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A state's complaint to another keeps 114; the crowd guard is for people in the street.
    ("Armenia protested to Azerbaijan over the shelling of border villages, the foreign ministry said.",
     "114", {"ARM"}, {"AZE"}),
    # People (not envoys) expelled to a country are deported.
    ("Pakistan expelled thousands of Afghan refugees to Afghanistan in the past month, officials said.",
     "174", {"PAK"}, {"AFG"}),
    # The capital named by the airport is where; with nobody else hit, the capital's airport is the target.
    ("Turkish police detained two Swedish journalists at Istanbul airport on Saturday.", "173", {"TUR"}, {"SWE"}),
    ("Russian missiles struck Kyiv's main airport overnight, the Ukrainian air force said.", "19", {"RUS"}, {"UKR"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) == 3)


@pytest.mark.parametrize("text, wrong", [
    ("Thousands of Armenians protested in Yerevan on Sunday against the handover of border villages to Azerbaijan.", "114"),
    # An envoy sent off is a diplomatic expulsion (16), not a deportation, with or without "to".
    ("Rwanda expelled the Belgian ambassador to Kigali on Monday, accusing Brussels of meddling.", "174"),
    ("Burkina Faso's junta expelled two French diplomats to Paris over their alleged subversive activities.", "174"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not any(e["cameo"] == wrong for e in record["events"]), dyads(record)


def test_a_storm_forcing_people_out_is_no_expulsion(code_text):
    record = code_text("Cyclone Freddy made landfall in Mozambique on Friday, forcing tens of thousands of people to flee.")
    assert not record["events"], dyads(record)
