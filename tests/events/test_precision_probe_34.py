"""Precision probe, thirty-fourth session (helper wt-prec34): 80 sentences of the helper's own (none
from bench/data or the other test files), hand-coded with the CAMEO code, actor and recipient
countries, or no event, before accord was run on them. Newspaper prose, aimed at the false alarms
the BBC sport, tech and entertainment pages show (`bench/precision_bbc.py`): countries that are
teams, companies and people read as their country, private lawsuits, history in passing, private
crime and police work at home, weather that "batters" and "invades".

- 30 sentences with one political event and a distractor beside it: a match, a concert, a film,
  a company's results, a festival, a price on the markets;
- 50 sentences that must yield no event: sport (10), business (9), technology (8), culture (9),
  crime (7) and weather (7), each with a verb that sounds political (invade, attack, accuse,
  threaten, ban, sue, seize, arrest, storm, batter, thank, welcome).

First sight and the fixes: see docs/coding.md, "Thirty-fourth session: ... (helper wt-prec34)".

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out;
an event sentence is right when some asserted event has the gold root, actor set and recipient
set; a quiet sentence is right when it has no asserted event.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, probe_tests


EVENTS = [
    ("Qatar's emir flew to Paris on Thursday for talks with the French president, hours before Paris Saint-Germain, the club his country's fund owns, played in the Champions League final.",
     [('042', {'QAT'}, {'FRA'})]),
    ("Beijing banned imports of Australian wine on Friday, a blow to vineyards in the Barossa valley that had just celebrated a record harvest.",
     [('163', {'CHN'}, {'AUS'})]),
    ("The US Commerce Department added the Chinese telecoms maker Huawei to its trade blacklist on Wednesday, days after the company launched its newest smartphone.",
     [('163', {'USA'}, {'CHN'})]),
    ("Indian police arrested two Pakistani nationals near the border on Sunday, while the two countries' cricket teams were preparing for their World Cup match in Ahmedabad.",
     [('173', {'IND'}, {'PAK'})]),
    ("The Kenyan president met his Ethiopian counterpart in Nairobi on Tuesday, on the day the city's marathon drew thousands of runners from both countries.",
     [('040', {'KEN'}, {'ETH'})]),
    ("Argentina's government formally protested to London on Monday over oil drilling off the Falklands, as a British film about the 1982 war opened in Buenos Aires cinemas.",
     [('114', {'ARG'}, {'GBR'})]),
    ("Russian jets bombed rebel-held towns in Syria's Idlib province overnight, monitors said, as the Syrian football team prepared for a World Cup qualifier in Malaysia.",
     [('195', {'RUS'}, {'SYR'})]),
    ("Japan handed ten patrol boats to the Philippine coast guard on Friday, in a ceremony held as Toyota opened a new car plant outside Manila.",
     [('070', {'JPN'}, {'PHL'})]),
    ("Germany's foreign minister condemned Iran on Wednesday for sentencing a German-Iranian journalist to death, as the two countries' volleyball teams met in Tokyo.",
     [('111', {'DEU'}, {'IRN'})]),
    ("South Korea's president visited Tokyo on Thursday, the first such trip in twelve years, while Samsung and Sony announced a joint venture in memory chips.",
     [('042', {'KOR'}, {'JPN'})]),
    ("Ukraine's president thanked Canada for its latest military aid package in a televised address, shortly before Ukraine's ice hockey team played Canada in Riga.",
     [('051', {'UKR'}, {'CAN'})]),
    ("Venezuela's foreign minister accused Colombia on Sunday of sheltering armed groups on the border, as thousands of fans from both countries crossed the frontier for a Copa America match.",
     [('112', {'VEN'}, {'COL'})]),
    ("Turkish troops shelled Syrian army positions near Idlib on Saturday, while Istanbul hosted the final of the European basketball championship.",
     [('194', {'TUR'}, {'SYR'})]),
    ("The United States and Vietnam signed a nuclear cooperation agreement in Hanoi on Tuesday, as Apple's suppliers announced plans to move more production out of China.",
     [('057', {'USA'}, {'VNM'})]),
    ("Egypt's foreign minister appealed to Ethiopia on Monday to stop filling the Nile dam until a deal is reached, as Egypt's footballers flew to Addis Ababa for a qualifier.",
     [('020', {'EGY'}, {'ETH'})]),
    ("Poland's prime minister visited Kyiv on Friday, as Polish fans celebrated the national team's win over Austria in Berlin.",
     [('042', {'POL'}, {'UKR'})]),
    ("Iranian state television said on Tuesday that the Revolutionary Guards had seized a Greek oil tanker in the Gulf, sending Brent crude futures up four percent.",
     [('1711', {'IRN'}, {'GRC'})]),
    ("The French president hosted Nigeria's president at the Elysee on Wednesday, an evening that ended with a concert by an Afrobeats star.",
     [('043', {'FRA'}, {'NGA'})]),
    ("Norway's foreign minister criticised Saudi Arabia on Monday over the execution of 81 men in a single day, as Newcastle United's Saudi owners unveiled plans for a new stadium.",
     [('111', {'NOR'}, {'SAU'})]),
    ("The British government froze the assets of eight Russian businessmen on Thursday, among them the owner of a Premier League football club.",
     [('163', {'GBR'}, {'RUS'})]),
    ("Greek coastguards detained a Turkish fishing boat and its crew off Lesbos on Sunday, as the island's hotels reported a record summer season.",
     [('173', {'GRC'}, {'TUR'})]),
    ("Malaysia's prime minister visited Beijing on Tuesday and invited Chinese carmakers to build plants in Penang, a day after the ringgit hit a two-year low.",
     [('042', {'MYS'}, {'CHN'})]),
    ("The Czech government expelled two Russian diplomats on Monday over a spying plot, as Czech brewers complained that the war had cut their exports.",
     [('174', {'CZE'}, {'RUS'})]),
    ("Saudi Arabia sent two planeloads of tents and food to Pakistan's flood-hit south on Thursday, the day Pakistan's cricketers arrived in Riyadh for an exhibition match.",
     [('073', {'SAU'}, {'PAK'})]),
    ("Israeli aircraft struck targets in southern Lebanon overnight, the army said, hours after a Lebanese pop star cancelled her summer concerts in Beirut.",
     [('195', {'ISR'}, {'LBN'})]),
    ("The Australian prime minister met the Indian prime minister in Ahmedabad on Thursday before the two men watched the opening day of the fourth Test together.",
     [('040', {'AUS'}, {'IND'})]),
    ("Brazil's president condemned the American tariffs on Brazilian steel on Tuesday, while Embraer reported a surge in orders for its regional jets.",
     [('111', {'BRA'}, {'USA'})]),
    ("Hungary's prime minister received Serbia's president in Budapest on Friday, hours before the two countries' water polo teams met in the European final.",
     [('043', {'HUN'}, {'SRB'})]),
    ("Kenya's government deported a Chinese businessman accused of mistreating his workers, a case that had caused an uproar on social media.",
     [('174', {'KEN'}, {'CHN'})]),
    ("Spain's foreign minister demanded that Britain hand back Gibraltar in a speech in Madrid, a day after Gibraltar's footballers lost 6-0 to Spain's under-21 side.",
     [('100', {'ESP'}, {'GBR'})]),
]

QUIET = [
    # Sport.
    "Spain invaded the Italian half from the first whistle and won 3-0 in Seville on Saturday night.",
    "Argentina bombarded the English goal in the second half but could not find an equaliser at Wembley.",
    "The Australian captain accused England's bowlers of tampering with the ball on the final day of the Sydney Test.",
    "Kenya's runners dominated the Berlin marathon on Sunday, sweeping the first four places in the men's race.",
    "Japan's judo team threatened to boycott the world championships in Baku over a dispute about the draw.",
    "The Irish jockey was banned for 21 days by the stewards at Cheltenham for excessive use of the whip.",
    "Germany thrashed Scotland 5-1 in the opening match of the European Championship in Munich.",
    "New Zealand's rugby coach demanded an apology from the French federation after his players were abused at their hotel in Lyon.",
    "The Chinese swimmer who tested positive for a banned heart drug was cleared to compete by the sports court in Lausanne.",
    "Pakistan's fast bowlers attacked the Indian batsmen with short-pitched deliveries throughout the afternoon in Dubai.",
    # Business.
    "Shell sued the Nigerian subsidiary of an Italian oil company in a London court on Monday over a pipeline spill.",
    "Volkswagen agreed to buy a stake in the Chinese electric car maker Xpeng for 700 million dollars.",
    "Air France cut its flights to Dakar after the airline's engineers went on strike over pay.",
    "The Japanese bank Nomura fired three traders in London after they lost 200 million dollars on Turkish bonds.",
    "Ryanair threatened to sue the online travel agent for selling its tickets without permission.",
    "American investors poured a record 30 billion dollars into Indian shares last year, the Bombay stock exchange said.",
    "Nestle recalled thousands of jars of baby food across France after traces of glass were found in two of them.",
    "The Korean steelmaker Posco signed a supply deal with a Brazilian iron ore miner worth three billion dollars over ten years.",
    "Netflix raised its subscription prices in Britain and Canada on Tuesday, sending its shares to a record high.",
    # Technology.
    "Apple accused a Chinese phone maker of copying the design of the iPhone in a lawsuit filed in California.",
    "Hackers attacked the computer systems of a Swedish supermarket chain on Friday, forcing 800 shops to close.",
    "Samsung unveiled a folding phone in Seoul on Wednesday and promised to ship it to American customers by March.",
    "Microsoft will invest ten billion dollars in Japan over the next four years to build data centres, the company said.",
    "A Finnish start-up launched a rocket carrying twenty small satellites from a base in New Zealand on Thursday.",
    "The Indian software firm Infosys recruited 20,000 graduates last year and plans to hire as many again, its chief executive said.",
    "Sony blamed a cyber attack for the outage that knocked its PlayStation network offline for three days.",
    "Google removed hundreds of apps from its store after researchers found they were spying on users in Brazil and Mexico.",
    # Culture.
    "The Russian pianist was welcomed with a standing ovation at Carnegie Hall on Saturday night.",
    "A French documentary about the Algerian war won the top prize at the Berlin film festival.",
    "The British boy band announced a reunion tour that will visit Japan, Australia and the United States next year.",
    "The singer's world tour will invade Europe next summer, with six nights at Wembley and four in Paris.",
    "The novel, which tells of a love affair during the Soviet occupation of Lithuania, has been translated into 30 languages.",
    "The Mexican director thanked the American academy as he collected his third Oscar on Sunday night.",
    "The Vienna Philharmonic opened its tour of China with a concert in Shanghai on Tuesday, playing Strauss waltzes to a packed hall.",
    "The Nigerian singer signed with an American record label in a deal said to be worth 40 million dollars.",
    "A British museum exhibition on the Ottoman siege of Vienna in 1683 opened to large crowds on Saturday.",
    # Crime.
    "Police in Marseille arrested two men on Tuesday over the killing of a drug dealer in a northern suburb of the city.",
    "A Dutch court jailed a man for eight years for smuggling cocaine through the port of Rotterdam in banana crates.",
    "Gunmen robbed a bank in central Johannesburg on Monday and fled with cash worth two million rand, police said.",
    "A British tourist was stabbed to death in a bar brawl on the Spanish island of Mallorca, Spanish police said.",
    "Italian police seized 14 tonnes of amphetamines in the port of Salerno on Wednesday, the biggest drug haul in the country's history.",
    "A German man was charged in Munich with defrauding elderly people of 3 million euros by posing as a police officer on the telephone.",
    "A Premier League footballer was arrested on suspicion of drink-driving in Cheshire on Sunday, police said.",
    # Weather.
    "Storm Ciaran battered the coasts of France and southern England overnight, killing at least seven people.",
    "A heatwave gripped Spain and Portugal on Tuesday, with temperatures in Seville reaching 45 degrees.",
    "Floods swept through villages in northern Italy after two days of torrential rain, forcing the evacuation of 10,000 people.",
    "The typhoon struck the northern Philippines on Sunday before heading toward southern China, forecasters said.",
    "A cold front from Siberia will invade central Europe this weekend, bringing snow to Berlin and Vienna.",
    "An earthquake of magnitude 6.8 shook southern Turkey and northern Syria before dawn, flattening hundreds of buildings.",
    "Drought has forced Zambia to cut power for up to 20 hours a day as the water level behind the Kariba dam falls.",
]


# Sentences still wrong: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "The United States and Vietnam signed a nuclear cooperation agreement in Hanoi on Tuesday, as Apple's suppliers announced plans to move more production out of China.":
        "the gold was written as USA -> VNM, but the tuning sets code a joint signing with both parties as actors "
        "and no recipient (057 USA+VNM -> none), as accord does: the probe's gold, not the coder, is off",
    "The Czech government expelled two Russian diplomats on Monday over a spying plot, as Czech brewers complained that the war had cut their exports.":
        "the gold says 174 (diplomats expelled as persons); the lexicon, after the tuning sets ('Britain expelled 23 "
        "Russian diplomats' 161), reads expelled diplomats as a cut in relations (161 CZE -> RUS)",
    "Saudi Arabia sent two planeloads of tents and food to Pakistan's flood-hit south on Thursday, the day Pakistan's cricketers arrived in Riyadh for an exhibition match.":
        "no event: the aid sent to 'Pakistan's flood-hit south' finds no recipient (a region named by a possessive "
        "and a direction)",
    "Air France cut its flights to Dakar after the airline's engineers went on strike over pay.":
        "the engineers' strike is read as a protest (143) placed in Senegal by the flights to Dakar; a company's "
        "labour dispute is no political event, but workers' strikes are coded in the tuning sets",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own: each must stay quiet, and each look-alike keep its
# event.
@pytest.mark.parametrize("text", [
    # An arrest or a jailing over a common crime, of people no actor names, is police work.
    "Police in Lyon arrested three men over the murder of a pensioner in his flat.",
    "A court in Hamburg jailed a woman for six years for selling heroin to schoolchildren.",
    "Detectives arrested two teenagers for fraud after a pensioner lost her savings.",
    # A haul of drugs seized, with no party abroad named, is police work.
    "Spanish police seized two tonnes of cocaine in a warehouse near Malaga on Monday.",
    # A killing by nobody named of an ordinary person, or a fight in a brawl, is a common crime.
    "A Canadian student was beaten to death in a street brawl in Bangkok, police said.",
    # A work's "about" or "on" phrase names its topic.
    "A new exhibition on the bombing of Dresden opened at a London gallery on Friday.",
    "A novel about the invasion of Kuwait won a literary prize in Cairo.",
    # A firm's rocket launch is no show of force; a firm's stake in a named firm is commerce.
    "A Norwegian start-up launched a rocket from an Arctic island on Friday.",
    "Toyota agreed to buy a stake in the American battery maker Redwood for 300 million dollars.",
    # An act years away from the clause it dates is background.
    "The singer's comeback came 20 years after she was attacked in a Paris hotel.",
    # A court's case at home in a sport story.
    "French prosecutors charged the cyclist with doping after the Tour de France stage.",
])
def test_rules_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Arrests of activists or of foreigners, and a seizure with a party abroad, are still told.
    ("Police in Minsk arrested three opposition activists over the protest.", "17", {"BLR"}, {"BLR"}),
    ("Colombian police seized two tonnes of cocaine bound for Spain.", "17", {"COL"}, None),
    ("Iran's navy seized a British oil tanker in the Strait of Hormuz.", "17", {"IRN"}, {"GBR"}),
    # A state's rocket launch stays a show of force.
    ("North Korea launched a rocket carrying a satellite on Sunday.", "15", {"PRK"}, None),
    # An act dated by hours from another is still told.
    ("Israel bombed Gaza two hours after militants fired rockets at Ashkelon.", "19", {"ISR"}, {"PSE"}),
])
def test_rules_keep_event(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, root=True), dyads(record)


@pytest.mark.parametrize("text", [
    # The crime a court or the police act for is not an act the sentence tells.
    "A former soldier was jailed for life in Leeds for killing his neighbour.",
    # What victims suffered is presupposed.
    "The concert raised two million pounds for victims of the bombing in Manchester.",
])
def test_background_quiet(code_text, text):
    record = code_text(text)
    assert not any(e["cameo"].startswith(("18", "19", "20")) for e in asserted(record)), dyads(record)


def test_hackers_on_websites_of_no_named_firm_keep_the_attack(code_text):
    # The hacking rule needs a firm as the target: sites of a country's people stay an attack (176).
    record = code_text("Islamist hackers defaced more than a thousand Danish websites over a week of protests.")
    assert any(e["cameo"].startswith("176") for e in asserted(record)), dyads(record)


def test_a_country_inside_an_associations_name_is_no_actor(code_text):
    # "of America" in a trade body's name says where the body is; the body is no state.
    record = code_text("The Recording Industry Association of America said it would sue 300 people for sharing songs.")
    assert not asserted(record), dyads(record)
