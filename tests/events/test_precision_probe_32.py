"""Precision probe, thirty-second session (helper wt-prec32): 80 sentences of the helper's own (none
from bench/data or the other test files), hand-coded with the CAMEO code, actor and recipient
countries, or no event, before accord was run on them. Written in the voice of newspaper and
broadcast prose of 1995-2024 (BBC, Guardian, New York Times, Washington Post, Al Jazeera English)
rather than agency copy, and aimed at where a coder over-fires on such prose:

- 30 sentences that carry one event and a distractor typical of a newspaper: analysis ("a move
  that is likely to anger ...", "which critics see as a snub to ..."), a hypothetical or a
  forecast ("could spread to trade", "economists say ... may prove symbolic"), a question put by
  the writer, a quoted speaker's opinion of the act, the plans of a third party, a background
  paragraph of history ("two decades after a border war ... killed some 80,000 people");
- 30 political sentences with no codeable event under bench/data/README.md's conventions
  (analysis, forecasts, polls, profiles, hypotheticals, a journalist's question, "it is unclear
  whether", "analysts say", history with no present act, an appointment inside one government,
  a denial);
- 20 non-political near-misses (sport, business, culture, science, crime with no state party, a
  television series or a book about a war, a video game with an "invasion") with words that
  sound political.

At first sight (main at 4bd960e; the gold committed before accord ran, and no gold changed after)
70 of the 80 were right: 25 of 30 event sentences at root and dyad and 45 of 50 quiet sentences
quiet, with 9 events beyond the gold: 6 in the quiet sentences, one in an event sentence (an aid
package that "EU diplomats said the encounter could unblock", 070) and two wrong codes for the
gold's dyad (a diplomat who "flew into Pyongyang" as a mobilisation, 154; a lawyer "jailed for
seven years" as an arrest, 173, where the tuning sets code a sentence 116). The quiet sentences
that fired: "Israel could strike ... if the talks collapse, some analysts believe" (a threat,
1384); "Senate Republicans are unlikely to ratify the arms treaty with Moscow" (057); "Twenty years
after the American-led invasion of Iraq, many Iraqis say ..." (192); "Had the West armed Ukraine
sooner, ... the Russian offensive might have been halted" (190); a chess champion who "attacked
relentlessly on the queenside" against a Chinese opponent (190 and 0831). The event sentences
missed: the Pyongyang visit and the jailing above; an appeal followed by ", a demand Berlin has
long dismissed as settled" (read as denied by "dismissed"); "Poland asked Nato ..." (the BBC's
"Nato" was no actor); "Russian guns pounded Kharkiv through the night" (no frame).

After the session's rules (a forecast by "likely", "unlikely" or a passive "expected" is not
asserted; an act observers say could or will happen is their guess; an event noun under "N years
after" sets the scene; an aid package a modal verb of result "could unblock" is only an outcome; a
clause of what could have been tells no act; a yes-no question asks and reports nothing; chess is sport; a diplomat who flies into a capital
visits it; ", a demand X has dismissed" is an apposition, not a denial; "Nato" is NATO) 78 of the
80 are right: 28 of 30 event sentences and 50 of 50 quiet, with one event beyond the gold (the
jailing's 173). Left as strict xfails: the jailing (116 in the tuning sets' sense of a sentence;
the lexicon reads "jail" as 173) and "Russian guns pounded Kharkiv" (a gun as the subject of
"pound" has no frame without "with").

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out;
an event sentence is right when some asserted event has the gold root, actor set and recipient
set; a quiet sentence is right when it has no asserted event.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, probe_tests


EVENTS = [
    ("The Indian prime minister arrived in Washington last night for two days of talks at the White House, a trip many in Delhi privately regard as a snub to Moscow.",
     [('042', {'IND'}, {'USA'})]),
    ("The German chancellor met the Chinese premier in Berlin yesterday, but the talks are unlikely to ease the bitter row over cheap steel, diplomats say.",
     [('040', {'DEU'}, {'CHN'})]),
    ("Russian guns pounded Kharkiv through the night, leaving at least six civilians dead, in what the Ukrainian president called an act of pure terror.",
     [('190', {'RUS'}, {'UKR'})]),
    ("Washington imposed sanctions on three senior Venezuelan officials on Monday, a step critics say will do little to loosen Nicolas Maduro's grip on power.",
     [('163', {'USA'}, {'VEN'})]),
    ("Iran freed a British-Iranian charity worker yesterday after almost six years in detention, though it is unclear whether an old arms debt owed by London played a part.",
     [('084', {'IRN'}, {'GBR'})]),
    ("Riyadh recalled its ambassador from Ottawa on Monday in a row that some diplomats fear could spread to trade and student exchanges.",
     [('161', {'SAU'}, {'CAN'})]),
    ("Egypt's president hosted Sudan's army chief in Cairo on Sunday - but can Cairo really persuade the generals to stop fighting?",
     [('043', {'EGY'}, {'SDN'})]),
    ("Poland asked Nato yesterday to station more troops on its eastern flank, a request that is expected to dominate next month's summit in Vilnius.",
     [('020', {'POL'}, {'IGO'})]),
    ("Israeli soldiers arrested 14 Palestinians in a dawn raid on Nablus, as the US secretary of state prepared to fly to the region for another round of shuttle diplomacy.",
     [('173', {'ISR'}, {'PSE'})]),
    ("Georgia's president met the Russian foreign minister in Geneva yesterday, their first encounter since relations soured after the brief war of 2008.",
     [('040', {'GEO'}, {'RUS'})]),
    ("Japan's government lodged a stiff protest with Seoul on Monday over a court ruling on wartime forced labour, which a senior Japanese official described as completely unacceptable.",
     [('114', {'JPN'}, {'KOR'})]),
    ("The Americans threatened on Tuesday to cut aid to Uganda if the new anti-gay law takes effect, although most analysts think Kampala will not back down.",
     [('130', {'USA'}, {'UGA'})]),
    ("Ukraine's president met Hungary's prime minister in the border town of Uzhhorod on Monday, and EU diplomats said the encounter could unblock the bloc's stalled aid package.",
     [('040', {'UKR'}, {'HUN'})]),
    ("Russia's top diplomat flew into Pyongyang last night, and western officials fear the trip will end with a deal to supply Moscow with artillery shells.",
     [('042', {'RUS'}, {'PRK'})]),
    ("Police in Nairobi fired tear gas at crowds of opposition demonstrators yesterday, in scenes that are likely to revive memories of the bloodshed that followed the 2007 election.",
     [('175', {'KEN'}, {'KEN'})]),
    ("India yesterday accused Pakistan of firing mortars at Kashmiri hamlets near the ceasefire line, a dispute that has taken the two neighbours to war three times since 1947.",
     [('112', {'IND'}, {'PAK'})]),
    ("A huge crowd of Serbs marched through the streets of Belgrade at the weekend to protest against Aleksandar Vucic's government, in what organisers called the largest protest since the fall of Slobodan Milosevic.",
     [('141', {'SRB'}, {'SRB'})]),
    ("The emir of Qatar received the exiled Hamas leader in Doha yesterday, a meeting that is bound to raise eyebrows in Washington.",
     [('043', {'QAT'}, {'PSE'})]),
    ("Turkish warplanes bombed suspected hideouts in Iraq's Kurdish north overnight, the latest in a long series of raids that Baghdad has repeatedly denounced as a breach of its sovereignty.",
     [('195', {'TUR'}, {'IRQ'})]),
    ("The Polish prime minister called on Germany yesterday to pay reparations for the destruction of the Second World War, a demand Berlin has long dismissed as settled.",
     [('020', {'POL'}, {'DEU'})]),
    ("Brazil's president welcomed his Venezuelan counterpart to Brasilia on Monday, ending years in which Caracas was shunned by Brazil's previous government.",
     [('043', {'BRA'}, {'VEN'})]),
    ("Israeli police detained a Palestinian photographer in East Jerusalem on Friday, in what press freedom groups said was part of a wider pattern of intimidation.",
     [('173', {'ISR'}, {'PSE'})]),
    ("Ethiopia's prime minister travelled to Asmara at the weekend to see the Eritrean president, two decades after a border war between the neighbours killed some 80,000 people.",
     [('042', {'ETH'}, {'ERI'})]),
    ("South Korea's president urged Pyongyang on Monday to come back to the table, though few in Seoul expect the North to answer any time soon.",
     [('020', {'KOR'}, {'PRK'})]),
    ("The US Treasury froze the assets of five Russian billionaires yesterday, and economists say the measures may prove largely symbolic.",
     [('163', {'USA'}, {'RUS'})]),
    ("Iraq's prime minister visited Tehran on Saturday, his first foreign journey as premier, amid speculation that he would seek Iranian help in reining in the militias.",
     [('042', {'IRQ'}, {'IRN'})]),
    ("A court in Beijing jailed a well-known human rights lawyer for seven years on Monday, a sentence western diplomats said was plainly politically motivated.",
     [('116', {'CHN'}, {'CHN'})]),
    ("Paris condemned the military takeover in Niamey yesterday, and officials in Paris refused to say whether their 1,500 soldiers in the country would stay or go.",
     [('111', {'FRA'}, {'NER'})]),
    ("Canada and the Philippines signed a defence cooperation pact in Manila yesterday, a deal that Beijing is sure to read as another attempt to hem China in.",
     [('057', {'CAN', 'PHL'}, set())]),
    ("Mexico's president praised Cuba's doctors at a ceremony in Havana on Saturday, saying the island had shown more courage than any other nation in the hemisphere.",
     [('051', {'MEX'}, {'CUB'})]),
]

QUIET = [
    # Political sentences with no codeable event.
    "The decision is likely to anger Beijing, which regards the self-governing island as a renegade province.",
    "Analysts say a full-blown trade war between Washington and Beijing could wipe half a percentage point off global growth next year.",
    "Israel could strike Iran's nuclear sites within months if the talks in Vienna collapse, some analysts believe.",
    "Would the United States really go to war to defend Taiwan if China invaded?",
    "It is unclear whether the Saudi crown prince will attend next month's summit in Cairo.",
    "Ties between Delhi and Beijing have been frosty since Indian and Chinese soldiers came to blows in a Himalayan valley in the summer of 2020.",
    "A poll for the Observer found that 58 percent of voters now think leaving the European Union was a mistake.",
    "A former KGB officer, Mr Putin rose from obscurity in St Petersburg to become prime minister in 1999.",
    "Pakistan's prime minister appointed a new chief of the ISI spy agency on Wednesday, the army's media wing said.",
    "Moscow has always denied that its regular soldiers were fighting in the Donbas.",
    "Nato is expected to invite Finland and Sweden to join the alliance at its summit in Madrid next month.",
    "Should the negotiations fail, the Gulf states would face a long and costly stand-off with Tehran, diplomats warn.",
    "Critics see the trip as a snub to Washington, which has spent months trying to coax Delhi away from Moscow.",
    "The war in Yemen, which began when the Houthis seized Sanaa in 2014, has killed more than 150,000 people.",
    "The president's approval rating among independent voters has fallen to its lowest level since he took office, according to Gallup.",
    "What will Beijing do if Taipei formally declares independence?",
    "The chancellor's three-party coalition is likely to collapse before Christmas, senior figures in all three parties privately admit.",
    "Few people in Gaza or southern Israel expect the ceasefire to hold for long.",
    "Iran's supreme leader, now 85, has ruled the Islamic Republic since the death of Ayatollah Khomeini in 1989.",
    "A spokeswoman at the Quai d'Orsay said Paris knew nothing about the alleged plot against the president of Chad.",
    "The Indian government has yet to decide whether to keep buying discounted Russian oil, officials say.",
    "Senate Republicans are unlikely to ratify the arms treaty with Moscow before the midterm elections, aides predict.",
    "The new Italian prime minister was sworn in at the Quirinale palace in Rome on Saturday, the first woman to hold the post.",
    "Asked whether Britain would send troops to Ukraine, the defence secretary said only that all options remained open.",
    "Twenty years after the American-led invasion of Iraq, many Iraqis say their lives are worse than under Saddam Hussein.",
    "Whether the new sanctions will change North Korea's behaviour remains an open question.",
    "The Egyptian president faces a deepening economic crisis, with inflation running above 30 percent and the pound in free fall.",
    "Had the West armed Ukraine sooner, some retired generals argue, the Russian offensive might have been halted long before Kherson.",
    "Former aides say the president never forgave Moscow for the hacking of his party's emails during the 2016 campaign.",
    "The Pentagon has drawn up plans for a possible evacuation of American citizens from Lebanon, defence officials said.",
    # Non-political near-misses.
    "England's bowlers laid siege to the Australian batsmen at Lord's yesterday, taking four wickets before lunch.",
    "A new BBC drama about the Falklands war, starring two Argentine actors, begins on Sunday night.",
    "The latest Call of Duty game, in which players repel a Russian invasion of the United States, sold ten million copies in its first week.",
    "France crushed the All Blacks in Paris on Friday night, ending a run of twelve straight defeats against New Zealand.",
    "Shares in BP tumbled on Tuesday after the oil giant warned that western sanctions on Russia would eat into its profits.",
    "Masked robbers stormed a jewellery shop in Antwerp on Saturday and escaped with diamonds worth five million euros.",
    "Astronomers said on Wednesday that a giant asteroid would pass safely between the Earth and the Moon next month.",
    "A Netflix series about the siege of Sarajevo has become the most watched programme in Bosnia this year.",
    "Toyota declared war on Tesla yesterday, unveiling a cheap electric saloon aimed squarely at American drivers.",
    "An Iranian director won the Palme d'Or at Cannes on Saturday for a film about a family torn apart by the revolution.",
    "Germany's footballers covered their mouths in the team photograph before their opening game against Japan, in protest at Fifa's ban on rainbow armbands.",
    "A virus that invades the cells of the lungs has been found in bats in southern China, scientists reported in the journal Nature.",
    "The Russian tennis player beat her Ukrainian opponent in three sets at Wimbledon, and the two did not shake hands at the net.",
    "Hollywood studios and striking actors signed a deal on Wednesday ending a walkout that had lasted four months.",
    "A book by a former Guardian correspondent about the genocide in Rwanda won the Orwell prize for political writing on Thursday.",
    "The Norwegian world chess champion attacked relentlessly on the queenside and forced his Chinese opponent to resign after 45 moves.",
    "A container ship ran aground in the Suez Canal on Tuesday, blocking one of the busiest trade routes in the world.",
    "The Indian cricket team will tour Pakistan next winter for the first time since 2006, the two boards announced.",
    "Wildfires ravaged the Greek island of Rhodes on Sunday, forcing thousands of British holidaymakers to flee their hotels.",
    "An exhibition marking the 80th anniversary of D-Day, with tanks and landing craft lent by American collectors, opened in Normandy on Saturday.",
]


# Sentences still wrong: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Russian guns pounded Kharkiv through the night, leaving at least six civilians dead, in what the Ukrainian president called an act of pure terror.":
        "'pound' is coded only with its weapon in a 'with' phrase ('pounded the town with artillery'); guns as "
        "the subject of 'pound' have no frame",
    "A court in Beijing jailed a well-known human rights lawyer for seven years on Monday, a sentence western diplomats said was plainly politically motivated.":
        "'jailed ... for seven years' is a sentence (116, as the tuning sets code 'sentenced'), but the lexicon "
        "reads 'jail' as an arrest (173) whatever its term",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own: each quiet one made an event before, and each
# look-alike must keep its event (or stay quiet, for the denials).
@pytest.mark.parametrize("text", [
    # Chess is sport: a grandmaster who attacks and beats a foreign champion fights no war.
    "An Indian grandmaster attacked from the opening and beat the Russian champion in 30 moves in Chennai.",
    # A forecast ("likely to", "unlikely to") reports no act and threatens none.
    "Russia is likely to veto the draft resolution on Syria when it comes to a vote next week.",
    "The Indian navy is unlikely to attack Pakistani ships in open water, retired admirals say.",
    "China is likely to retaliate against the new American tariffs.",
    "Iran is widely expected to reject the European proposal when its negotiators return to Vienna.",
    "The Chinese president is expected to visit Moscow next month, diplomats say.",
    # An event noun after a span of time ("ten years after the bombing of ...") sets the scene.
    "Ten years after the Nato-led bombing of Libya, many Libyans say their country is more divided than ever.",
    "Eight months after the Russian-backed offensive in Idlib, doctors say hospitals are still closed.",
    # What observers say could, might or will happen is their guess.
    "Analysts believe Pakistan could close its airspace to Indian airlines within days.",
    "India might expel more Canadian diplomats before the end of the year, experts say.",
    "Russia will cut gas supplies to Moldova this winter, energy analysts predict.",
    # An aid package that a modal verb of result could bring about is a possible outcome.
    "The agreement could unblock the European Union's frozen aid package for Ukraine, diplomats in Brussels said.",
    "The ceasefire could bring a large Saudi aid package for Yemen, diplomats said on Sunday.",
    "Japan's pledge could unblock the Asian Development Bank's emergency aid package for Sri Lanka, bankers said.",
    # What could have been, on a past condition that did not hold, tells no act.
    "If Washington had acted in 2013, the Syrian army's chemical attacks would have stopped, former officials argue.",
    "Had Nato moved faster, the Serbian offensive on Srebrenica could have been stopped, a Dutch inquiry concluded.",
    # A question the writer puts (an auxiliary first, a question mark last) asks; it reports nothing.
    "Could Beijing impose a naval blockade on Taiwan before the end of the decade?",
    "Will India expel more Canadian diplomats?",
    "Should the European Union impose sanctions on Israel?",
    "Did Pakistan shoot down an Indian fighter jet?",
    "Will the Kenyan president visit Beijing next month, as his aides have hinted?",
    # What is denied stays unasserted (the apposition rule leaves true denials alone).
    "The Kenyan government denied that its police had fired on protesters in Nairobi.",
    "Moscow had supplied the rebels with missiles, the Kremlin spokesman denied.",
])
def test_rules_quiet(code_text, text):
    record = code_text(text)
    assert not asserted(record), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Look-alikes of the sport rule: officials at a chess event still meet.
    ("The Dutch foreign minister held talks with his Chinese counterpart on the sidelines of the chess olympiad in Rotterdam.",
     "04", {"NLD"}, {"CHN"}),
    # Look-alikes of the forecast rule: "likely" on something else than the act.
    ("Russia vetoed the draft resolution on Syria, in a move likely to anger Western capitals.", "12", {"RUS"}, {"SYR"}),
    ("The Kenyan president met the Ugandan leader in Kampala on Monday in talks unlikely to end the trade row.",
     "04", {"KEN"}, {"UGA"}),
    ("The Turkish president expects to sign a gas deal with Russia in Ankara next week.", "03", {"TUR"}, {"RUS"}),
    # Look-alikes of the span-of-time rule: the main clause's act is still told.
    ("A week after the Iraqi invasion of Kuwait, Saudi Arabia asked the United States to send troops.",
     "02", {"SAU"}, {"USA"}),
    ("Thirty years after the Soviet crackdown in Vilnius, Lithuania expelled two Russian diplomats on Monday.",
     "16", {"LTU"}, {"RUS"}),
    # Look-alikes of the observer rule: a party's own warning is a threat; what analysts say
    # happened is reported.
    ("Israel could strike Iran's nuclear sites within months, the Israeli defence minister warned on Tuesday.",
     "13", {"ISR"}, {"IRN"}),
    ("Germany could pull its soldiers out of the mission in Niger, the defence ministry said on Monday.",
     "13", {"DEU"}, {"NER"}),
    ("Analysts say Turkey shelled Kurdish positions in northern Syria overnight.", "19", {"TUR"}, {"SYR"}),
    # Look-alikes of the outcome rule: aid unblocked, or offered by its giver, is still coded.
    ("The EU unblocked its aid package for Hungary on Wednesday after Budapest lifted its veto.",
     "07", {"IGOEEC"}, {"HUN"}),
    ("Japan could provide a new aid package to the Philippines, the foreign minister said on Monday.",
     "07", {"JPN"}, {"PHL"}),
    # Look-alike of the counterfactual rule: an offensive that killed is told.
    ("The Russian offensive has killed hundreds of civilians in the Donbas, the Ukrainian president said on Monday.",
     "19", {"RUS"}, {"UKR"}),
    # A diplomat or mediator who flies into a capital visits it; military planes still deploy.
    ("The UN's chief mediator flew into Khartoum on Monday to meet both generals.", "04", {"IGOUNO"}, {"SDN"}),
    ("A senior Qatari diplomat flew into Tehran on Tuesday, Iranian state television reported.", "04", {"QAT"}, {"IRN"}),
    ("Russian military transport planes flew into Benghazi on Sunday, according to flight-tracking data.",
     "15", {"RUS"}, {"LBY"}),
    # Look-alikes of the question rule: the act told before the question, and a visit announced.
    ("Israeli jets bombed targets in southern Lebanon overnight. Will Hezbollah respond?", "19", {"ISR"}, {"LBN"}),
    ("The Kenyan president will visit Beijing next month, his aides said on Friday.", "03", {"KEN"}, {"CHN"}),
    # An appeal followed by ", a demand X has dismissed" is not denied by X.
    ("The Namibian president called on Germany yesterday to pay compensation for the massacres of the colonial era, "
     "a demand Berlin has long dismissed as settled.", "02", {"NAM"}, {"DEU"}),
    # "Nato", as British papers write it, is NATO; "NATO" still is.
    ("Nato warplanes bombed Serb positions around Sarajevo last night, the alliance said.", "19", {"IGOWSTNAT"}, {"SRB"}),
    ("Estonia asked Nato on Tuesday to send more fighter jets to patrol the Baltic skies.", "02", {"EST"}, {"IGOWSTNAT"}),
    ("The NATO secretary general met the Turkish president in Ankara on Monday.", "04", {"IGOWSTNAT"}, {"TUR"}),
])
def test_rules_keep_event(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, root=True), dyads(record)
