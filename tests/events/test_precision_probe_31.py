"""Precision probe, thirty-first session (helper wt-prec31): 80 wire-style sentences of the
helper's own (none from bench/data or the other test files), hand-coded with the full CAMEO code,
actor and recipient countries, or no event, before accord was run on them. Written in the voice of
1990-2020 agency copy and aimed at where coders over-fire:

- 30 sentences that carry one event and a distractor: a background or relative clause about a
  third party, an "after" / "as" / "hours after" clause with a second act that is not coded, an
  attribution tail, a purpose clause, a count or history ("more than 20 billion dollars in aid
  since 1992"), a name that holds a verb-like word ("the Islamic Resistance Movement");
- 30 political sentences with no codeable event under bench/data/README.md's conventions
  (statements, forecasts, polls, budgets, appointments and votes inside one government or party,
  a natural death, an anniversary, a denial, "declined to comment", a remark about a situation);
- 20 non-political near-misses (sport, companies, culture, weather, accidents, science, crime with
  no state party) with verbs that sound political ("defeated", "struck", "invaded the pitch",
  "hostile takeover", "sanctioned by the league", "a truce between rival rappers").

At first sight (main at fcd3ceb) 75 of the 80 were right: 28 of 30 event sentences at root and dyad
(27 at full code: an appeal to help end violence came out 0256 where the gold has 020), 47 of 50
quiet sentences quiet, and 3 events too many, all in quiet sentences (the event sentences made no
event beyond their gold one: the background, "after" and relative clauses stayed uncoded). No gold
code was changed after accord was run. The misses: a football side that "attacked down the left
wing" before a 1-0 win coded as fighting (190); a firm's "hostile takeover bid" for "its French
rival" coded as a cut in relations (160, from the imported "launch bid" row); a carmaker's
agreement "with Ford to buy its Swedish unit" coded as a signing between China and the United
States (057, Ford read as a person by his surname); an activist named "a Cambodian opposition
activist in Bangkok" given Thailand as a second recipient by the place he was in; and a pledge of
aid whose recipient is named only in the subject's relative clause ("Japan, which has given Vietnam
more than 20 billion dollars in aid since 1992, pledged another ...") left without one.

After the session's three rules (a game's score makes a sentence sport news; a firm's deal named
by its object or purpose is commerce, with the other firm named by a country word on a noun or a
bare family name; a role whose own modifier names its party is not also of the place it is in)
79 of the 80 are right: 29 of 30 event sentences (28 at full code) and 50 of 50 quiet, with no
event too many. The pledge whose recipient is only in the subject's relative clause is left as a
strict xfail.

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out;
an event sentence is right when some asserted event has the gold root, actor set and recipient
set; a quiet sentence is right when it has no asserted event.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, probe_tests


EVENTS = [
    ("Japan's foreign minister held talks with his South Korean counterpart in Seoul on Tuesday, a day after Pyongyang test-fired a ballistic missile over northern Japan, officials said.",
     [('040', {'JPN'}, {'KOR'})]),
    ('Iran, which has been under U.N. sanctions since 2006, signed an agreement with Russia on Monday on the construction of two more reactors at Bushehr, state television reported.',
     [('057', {'IRN'}, {'RUS'})]),
    ('Kenya expelled a Somali diplomat on Thursday, hours after gunmen attacked a police post near the border town of Mandera, the foreign ministry said.',
     [('161', {'KEN'}, {'SOM'})]),  # an expelled diplomat: 161 (bench/data/README.md convention 14)
    ('The European Union scrapped its weapons embargo against Libya on Monday as Tripoli signed contracts with several Western oil firms, EU diplomats said.',
     [('085', {'IGOEUREEC'}, {'LBY'})]),
    ('The Pakistani prime minister arrived in Beijing on Sunday for a three-day visit, a week after the two countries signed a dozen accords on energy and roads.',
     [('042', {'PAK'}, {'CHN'})]),
    ('Sudan accused Chad on Friday of arming the rebels who attacked the town of Geneina last month, the official news agency SUNA reported.',
     [('112', {'SDN'}, {'TCD'})]),
    ("Egypt's president received the Israeli defence minister in Cairo on Wednesday to discuss the truce in Gaza, where fighting has killed more than 2,000 people since July.",
     [('043', {'EGY'}, {'ISR'})]),
    ('The Philippine navy, which has fought Muslim rebels in the south since the 1970s, seized a Chinese fishing boat near Scarborough Shoal on Tuesday, the defence ministry said.',
     [('1711', {'PHL'}, {'CHN'})]),
    ("Zimbabwe's opposition Movement for Democratic Change appealed to South Africa on Monday to help end the political violence, a party spokesman said in Harare.",
     [('020', {'ZWE'}, {'ZAF'})]),
    ('Israeli police arrested 15 members of the Islamic Resistance Movement, Hamas, in Hebron on Tuesday, army radio said.',
     [('173', {'ISR'}, {'PSE'})]),
    ('Kuwait freed 12 Iraqi prisoners on Sunday who had been jailed for spying during the 1990 invasion, the state news agency KUNA said.',
     [('0841', {'KWT'}, {'IRQ'})]),
    ('Germany sent 200 soldiers to Mali on Thursday to join a U.N. peacekeeping mission in a country where Islamist militants overran the north in 2012, the defence ministry said.',
     [('074', {'DEU'}, {'MLI'})]),
    ('India and Bangladesh signed a border agreement in Dhaka on Saturday, ending a dispute that has cost hundreds of lives since 1971, officials said.',
     [('057', {'BGD', 'IND'}, set())]),
    ('The U.N. Security Council slapped an arms embargo on South Sudan on Friday, four years after a civil war broke out between forces loyal to the president and his former deputy.',
     [('163', {'IGOUNO'}, {'SSD'})]),
    ('Ethiopia released 150 Eritrean prisoners of war on Wednesday under an exchange brokered by the Red Cross, whose delegates visited both countries last month.',
     [('0841', {'ETH'}, {'ERI'})]),
    ('Chinese President Hu Jintao received the Cambodian prime minister in Beijing on Tuesday, as Chinese companies signed deals worth 1.6 billion dollars with Cambodian firms.',
     [('043', {'CHN'}, {'KHM'})]),
    ("Chinese security agents detained a Taiwanese bookseller in Shenzhen on Sunday, a man whose books have criticised Beijing's leaders for years, his family said.",
     [('173', {'CHN'}, {'TWN'})]),
    ('Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in Tehran, the Saudi foreign minister said.',
     [('161', {'SAU'}, {'IRN'})]),
    ('Turkish jets bombed Kurdish rebel positions in south-eastern Turkey on Wednesday, the military said, in retaliation for an ambush that killed eight soldiers at the weekend.',
     [('195', {'TUR'}, {'TUR'})]),
    ('North Korea freed a detained American student on Tuesday, the State Department said, after a former U.S. president flew to Pyongyang to plead for his release.',
     [('0841', {'PRK'}, {'USA'})]),
    ('Thai police arrested a Cambodian opposition activist in Bangkok on Thursday, the rights group Human Rights Watch said, calling the arrest politically motivated.',
     [('173', {'THA'}, {'KHM'})]),
    ('Morocco recalled its ambassador from Algiers on Wednesday, a day after the Algerian president called for a referendum in Western Sahara, the foreign ministry said in Rabat.',
     [('161', {'MAR'}, {'DZA'})]),
    ('The Afghan government freed 400 Taliban prisoners on Friday, clearing the way for talks with the insurgents that Washington has pushed for since February.',
     [('0841', {'AFG'}, {'AFG'})]),
    ('Vietnam lodged a protest with China on Monday over a Chinese drilling platform in contested waters, where Chinese ships rammed Vietnamese fishing boats last year.',
     [('114', {'VNM'}, {'CHN'})]),
    ('The Indonesian president visited East Timor on Tuesday for the first time since the territory voted for independence in 1999, Indonesian officials said.',
     [('042', {'IDN'}, {'TLS'})]),
    ('Spanish police arrested three suspected members of the Basque separatist group ETA on Sunday, a day after a car bomb wounded two people in Madrid, the interior ministry said.',
     [('173', {'ESP'}, {'ESP'})]),
    ('Washington imposed sanctions on a Chinese firm on Thursday for selling missile technology to Pakistan, which tested a new missile last week.',
     [('163', {'USA'}, {'CHN'})]),
    ('Japan, which has given Vietnam more than 20 billion dollars in aid since 1992, pledged another 500 million dollars on Friday for roads and ports, the foreign ministry said.',
     [('0331', {'JPN'}, {'VNM'})]),
    ("The Chinese foreign minister flew to Pyongyang on Wednesday to discuss North Korea's nuclear programme, the Xinhua news agency said.",
     [('042', {'CHN'}, {'PRK'})]),
    ("Some 20,000 opposition supporters marched in Belgrade on Saturday to call for the government's resignation, police said.",
     [('1411', {'SRB'}, {'SRB'})]),
]

QUIET = [
    # Political sentences with no codeable event.
    'The Indian finance minister said on Friday the economy would grow by seven percent in the year to March.',
    "Turkey's ruling party re-elected the prime minister as its leader at a congress in Ankara on Sunday, with 1,400 delegates voting in favour.",
    'The Nigerian president appointed a former army general as his new defence minister on Tuesday, his spokesman said.',
    'Former Yugoslav president Slobodan Milosevic died of a heart attack in his prison cell in The Hague, the tribunal said.',
    'Poles marked the 70th anniversary of the Warsaw Uprising on Friday, the 1944 revolt against the Nazi occupation, with sirens and wreaths across the capital.',
    'An Elysee spokeswoman declined to comment on Thursday on a newspaper report that French special forces were operating in southern Libya.',
    'The Pakistani army denied on Thursday that its troops had shelled Indian villages across the Line of Control.',
    "Opinion polls show the ruling Congress party trailing its rivals ahead of next month's general election in India.",
    'The Brazilian government unveiled a 2019 budget on Monday that cuts spending on defence by 12 percent.',
    'The situation in eastern Congo remains extremely worrying, the head of the U.N. refugee agency said in Geneva on Wednesday.',
    "Iran's supreme leader said on Friday that the country's nuclear programme was peaceful and would continue.",
    'The Egyptian cabinet approved a draft law on Sunday raising the minimum wage for public sector workers.',
    'Voters in Chile go to the polls on Sunday to choose a new president, with the centre-left candidate leading in the latest surveys.',
    "The Israeli prime minister's Likud party held a primary on Tuesday to choose its candidates for the January election.",
    'Thousands of mourners attended the funeral of the former Kenyan president in his home village on Saturday.',
    "Indonesia's president is expected to announce a cabinet reshuffle next week, aides said on Monday.",
    "Sri Lanka's defence ministry said on Tuesday that reports of heavy civilian casualties in the north were exaggerated.",
    "Japan marked 75 years since its surrender in World War Two on Saturday with a minute's silence at noon.",
    'The Hungarian parliament elected a new speaker on Monday after his predecessor stepped down to become head of state.',
    "Argentina's president has no plans to visit London this year, her spokesman said on Wednesday.",
    "Ukraine's central election commission said turnout in Sunday's presidential vote was 62 percent.",
    'The former Zambian president Kenneth Kaunda died in a military hospital in Lusaka on Thursday aged 97, his son said.',
    'Police in Brussels declined to comment on Thursday on the investigation into the bombing of the metro station.',
    'Analysts said the sanctions against Russia had cost the European economy billions of euros.',
    "The Philippine president's approval rating fell to 45 percent in September, according to a survey by the Social Weather Stations.",
    'Historians gathered in Sarajevo on Monday to mark the 100th anniversary of the assassination of Archduke Franz Ferdinand, which triggered World War One.',
    'The Iraqi government denied on Sunday that it had ever used chemical weapons against the Kurds.',
    'The Egyptian foreign minister said on Tuesday he was optimistic about the outcome of the talks on Sudan.',
    'The Colombian defence minister told reporters on Friday that the army had enough troops to secure the border.',
    'Kenyan lawmakers debated a bill on Tuesday that would limit the number of foreign workers in the country.',
    # Non-political near-misses.
    'Manchester United defeated Arsenal 2-1 at Old Trafford on Saturday to go top of the Premier League.',
    'Brazil attacked down the left wing throughout the second half, but Argentina held on for a 1-0 win in Buenos Aires.',
    'Lightning struck a crowded market in eastern Uganda on Sunday, killing three people, police said.',
    'Dozens of fans invaded the pitch in Istanbul after Galatasaray beat Fenerbahce in the Turkish league on Sunday.',
    'German engineering group Siemens launched a hostile takeover bid on Monday for its French rival Alstom.',
    'The Spanish football club was sanctioned by the league on Wednesday for the racist chants of its fans.',
    'Two rival rappers from Atlanta agreed to a truce on Friday after a year-long feud that spilled onto social media.',
    'Thieves stole a Rembrandt etching from a museum in Stockholm on Sunday, escaping by speedboat, police said.',
    'A cyclone struck the coast of Odisha state on Saturday, flattening thousands of homes and forcing the evacuation of a million people.',
    'Scientists in Japan said on Monday they had developed a vaccine that attacks the malaria parasite in the liver.',
    'Australian mining company BHP Billiton agreed on Tuesday to buy a Canadian potash producer for 38 billion dollars.',
    'Roger Federer beat Rafael Nadal in straight sets on Sunday to win the Australian Open in Melbourne.',
    'Chinese carmaker Geely signed an agreement with Ford on Sunday to buy its Swedish unit Volvo for 1.8 billion dollars.',
    'A passenger ferry capsized off the coast of Bangladesh on Monday, killing at least 40 people, officials said.',
    'The Bolshoi Ballet opened its season in London on Tuesday with a new production of Swan Lake.',
    'A shark attacked a surfer off the coast of Western Australia on Saturday, police said.',
    'Locusts invaded farmland across northern Kenya on Monday, destroying crops, agriculture officials said.',
    'Juventus crushed Barcelona 3-0 in Turin on Tuesday in the first leg of their Champions League quarter-final.',
    'The heavyweight champion knocked out his Ukrainian challenger in the fourth round in Las Vegas on Saturday.',
    'Nokia fired 1,000 workers at its plant in Romania on Tuesday, blaming falling demand for its phones.',
]


# Sentences still wrong: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Japan, which has given Vietnam more than 20 billion dollars in aid since 1992, pledged another 500 million dollars on Friday for roads and ports, the foreign ministry said.":
        "the pledge's recipient is named only in the subject's relative clause ('which has given Vietnam "
        "... aid'); 'another' ties the new pledge to it, and no step reads a recipient from there",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes that must keep their event.
@pytest.mark.parametrize("text", [
    # A score of two small numbers on a result word ("a 2-1 victory", "beat Bolivia 3-1") makes
    # the sentence sport news, where national sides attack and defeat nobody.
    "Ghana attacked relentlessly after the break but Nigeria held out for a 2-1 victory in Lagos on Sunday.",
    "Paraguay attacked from the first whistle and beat Bolivia 3-1 in Asuncion on Wednesday.",
    "Peru invaded the Ecuadorean half in waves but had to settle for a 1-1 draw in Lima on Sunday.",
    # A firm's deal (a takeover bid, an agreement made to buy) is with a firm: the other side's
    # country word on a noun ("its British rival") or a bare family name ("with Peugeot") is that firm.
    "Indian steel group Tata launched a takeover bid on Monday for its British rival Corus.",
    "Italian carmaker Fiat signed an agreement with Peugeot on Friday to buy its Spanish plant for 200 million euros.",
])
def test_precision_rules_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A vote's tally and a length in hours are no game's score.
    ("The U.N. Security Council voted 13-0 on Thursday to impose an arms embargo on Eritrea, with China and Russia abstaining.",
     "163", {"IGOUNO"}, {"ERI"}),
    ("Indian troops killed three militants in Kashmir on Sunday in a gunfight that lasted 6-7 hours, the army said.",
     "19", {"IND"}, {"IND"}),
    # A deal a state makes, or a firm makes with a state or its government, stays an event.
    ("Turkey signed an agreement with Russia on Friday to buy S-400 air defence systems.", "057", {"TUR"}, {"RUS"}),
    ("Russian energy giant Gazprom signed an agreement with China on Wednesday to sell gas for 30 years.",
     "057", {"RUS"}, {"CHN"}),
    ("A Chinese state company signed a deal with the Pakistani government on Monday to buy a stake in the port of Gwadar.",
     "057", {"CHN"}, {"PAK"}),
    # A stake a state-owned firm takes abroad is its state's act (the wire conventions code it 061).
    ("Indian state oil firm ONGC took a controlling stake in a Russian producer in Siberia on Tuesday.", "061", {"IND"}, {"RUS"}),
    # A role whose own modifier names its party ("an Ethiopian opposition activist") is not also of
    # the place it is in; a role with no such modifier still is ("an opposition activist in Harare").
    ("Kenyan police arrested an Ethiopian opposition activist in Nairobi on Monday.", "173", {"KEN"}, {"ETH"}),
    ("Police arrested an opposition activist in Harare on Tuesday.", "173", {"ZWE"}, {"ZWE"}),
    ("Turkish police detained a German journalist in Istanbul on Saturday.", "173", {"TUR"}, {"DEU"}),
])
def test_precision_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
