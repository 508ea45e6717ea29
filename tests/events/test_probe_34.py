"""Generalisation probe, thirty-second round (helper wt-probe34): 60 wire-style sentences of the
helper's own (none from bench/data or the earlier test_probe_*.py files), hand-coded with the full
CAMEO code, actor and recipient countries before accord was run on them. Written in the voice of
agency copy of 1992-2003 from Europe, the former Soviet Union and the Middle East: Bosnia and the
contact group, Croatia's offensive in the Krajina, Kosovo, Macedonia 2001, Chechnya and Dagestan,
Nagorno-Karabakh, Abkhazia, Tajikistan, the Oslo years and Hebron, southern Lebanon, the Iraq
no-fly zones and the U.N. inspectors, Turkey and the PKK, Cyprus, Algeria, Northern Ireland, ETA.
48 event sentences and 12 that must stay quiet.

Compared as test_probe_28.py compares: actor codes by their country part, negated events left out,
and the gold root, actor set and recipient set must all be equal for some asserted event.

At first sight (main at e662197) 44 of the 60 were right at root and dyad (33 of 48 event
sentences, 11 of 12 quiet) and 26 of 48 at full code. No gold code was changed after accord was
run. The misses: "struck suspected Hezbollah positions" read by the parser as "struck" the
auxiliary of "suspected" (nothing coded); heavy snow that "closed the main road" coded as a
blockade; "drove some 40,000 ethnic Albanians from their homes" (the frame knew villagers and
thousands, not an ethnic group); "the Basque town of Durango" placed in Mexico; and eleven left
(below). After the session's rules 48 of the 60 are right at root and dyad (36 of 48, 12 of 12
quiet) and 28 of 48 at full code. Full codes still wrong and not asserted: an appeal to let
inspectors in as 023 (gold 0255); rebuilding money as 0333 (gold 0331); "resumed talks" as 046
(gold 040); accusations sharpened to 1123 (gold 112); a threat of strikes as 1384 (gold 138); a
party outlawed as 1721 (gold 1722); a car bomb as 1832 (gold 183); and the gold of the PKK's
rejected offer was written at root only (12), which no full code matches. In the thirty-first
session (helper wt-mend31) the general handed "over to the war crimes tribunal" became right (an
objectless preposition after the object read as the particle, the tribunal named by its seat), and
so did the ambassador recalled "from Belgrade in protest at the killing of ethnic Albanians" (the
phrase on "its ambassador" read, the actor's own people in the reason phrase no target); rules
tested in test_xfail_31.py: 50 of 60.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    ('The U.N. Security Council called on Iraq on Friday to give UNSCOM inspectors immediate and unconditional access to all suspect sites, diplomats at the world body said.',
     [('0255', {'IGOUNO'}, {'IRQ'})]),
    ('The Armenian president asked Moscow on Tuesday to mediate in the conflict over Nagorno-Karabakh, his press office said in Yerevan.',
     [('028', {'ARM'}, {'RUS'})]),
    ("Algeria's banned Islamic Salvation Front urged the military-backed government to free its jailed leaders as a first step towards ending the violence, in a statement issued in Bonn.",
     [('0253', {'DZA'}, {'DZA'})]),
    ('Germany pledged 140 million marks to help rebuild homes and schools in Bosnia, the foreign ministry said in Bonn on Tuesday.',
     [('0331', {'DEU'}, {'BIH'})]),
    ('The Macedonian government said on Monday it was ready to hold talks with ethnic Albanian parties on broader language rights, but not with the guerrillas.',
     [('036', {'MKD'}, {'MKD'})]),
    ('Israel is ready to withdraw its troops from southern Lebanon if Beirut guarantees security along the border, the Israeli prime minister told parliament on Wednesday.',
     [('0356', {'ISR'}, {'LBN'})]),
    ('The U.S. special envoy held talks with the Yugoslav president in Belgrade on Monday on the crisis in Kosovo, a U.S. embassy spokesman said.',
     [('040', {'USA'}, {'SRB'})]),
    ('The Croatian foreign minister flew to Moscow on Thursday for talks on the future of the Serb-held enclave of eastern Slavonia, the Croatian news agency HINA reported.',
     [('042', {'HRV'}, {'RUS'})]),
    ('The French president telephoned his Algerian counterpart on Sunday to discuss the wave of massacres in the villages south of Algiers, the Elysee said.',
     [('041', {'FRA'}, {'DZA'})]),
    ("Israeli and Palestinian negotiators resumed talks on the handover of Hebron at the Erez crossing on Sunday after a week's break, both sides said.",
     [('040', {'ISR', 'PSE'}, set())]),
    ('Jordan and Israel signed a peace treaty at a desert crossing north of Aqaba on Wednesday, formally ending 46 years of war between the two neighbours.',
     [('057', {'JOR', 'ISR'}, set())]),
    ('The U.N. secretary-general praised the Macedonian government on Thursday for its restraint in the face of the ethnic Albanian insurgency, a spokesman said in New York.',
     [('051', {'IGOUNO'}, {'MKD'})]),
    ("The British prime minister welcomed the IRA's decision to restore its ceasefire as a great opportunity for Northern Ireland, Downing Street said.",
     [('051', {'GBR'}, {'GBR'})]),
    ('Croatia handed a Bosnian Croat general over to the war crimes tribunal in The Hague on Saturday, the justice ministry in Zagreb said.',
     [('063', {'HRV'}, {'IGOUNO'})]),
    ('Turkish and Israeli navies held joint search-and-rescue exercises in the eastern Mediterranean on Monday, despite protests from Arab states.',
     [('062', {'TUR', 'ISR'}, set())]),
    ('Germany flew 40 tonnes of medicines and blankets into besieged Sarajevo on Monday, the U.N. refugee agency said.',
     [('073', {'DEU'}, {'BIH'})]),
    ('Washington gave the Palestinian Authority 25 million dollars in economic aid on Tuesday to help pay the salaries of its policemen, the U.S. consulate in Jerusalem said.',
     [('071', {'USA'}, {'PSE'})]),
    ('Israeli troops pulled out of most of Hebron before dawn on Friday, handing over four-fifths of the town to Palestinian police, army officials said.',
     [('0874', {'ISR'}, {'PSE'})]),
    ('Chechen rebels freed 21 Russian soldiers they had held since the summer, handing them over to OSCE mediators in Grozny, Interfax news agency said.',
     [('0841', {'RUS'}, {'RUS'})]),
    ('Baghdad agreed on Sunday to let the U.N. arms inspectors return to presidential palaces, ending a three-week standoff with the world body, the official Iraqi news agency said.',
     [('086', {'IRQ'}, {'IGOUNO'})]),
    ('Washington demanded on Tuesday that Belgrade withdraw its special police units from Kosovo and allow aid workers into the province, the State Department spokesman said.',
     [('1056', {'USA'}, {'SRB'})]),
    ('The Greek Cypriot government demanded the withdrawal of all Turkish troops from the north of the island, after a second Greek Cypriot demonstrator was shot dead on the ceasefire line.',
     [('1056', {'CYP'}, {'TUR'})]),
    ('Baghdad accused Washington and London on Thursday of killing eight civilians in air raids in the southern no-fly zone, the official INA news agency said.',
     [('112', {'IRQ'}, {'GBR', 'USA'})]),
    ('Azerbaijan accused Armenia on Monday of violating the ceasefire in Nagorno-Karabakh by shelling two villages in the Agdam district, the Azeri defence ministry said.',
     [('112', {'AZE'}, {'ARM'})]),
    ("Moscow condemned the alliance's air strikes on Yugoslavia as an act of open aggression, the Russian foreign ministry said in a statement.",
     [('111', {'RUS'}, {'IGOWSTNAT'})]),
    ('Turkey criticised Syria on Wednesday for giving shelter to the leader of the Kurdistan Workers Party, Anatolian news agency reported.',
     [('111', {'TUR'}, {'SYR'})]),
    ("The Bosnian Serb parliament rejected the contact group's peace plan on Wednesday for the third time, saying it gave the Serbs too little land.",
     [('127', {'BIH'}, set())]),
    ('Ankara rejected a ceasefire offer from the PKK on Saturday, saying it would never negotiate with terrorists, the Turkish interior minister said.',
     [('12', {'TUR'}, {'TUR'})]),
    ('Washington threatened Baghdad with military strikes on Friday unless it resumed full cooperation with the U.N. arms inspectors, a White House spokesman said.',
     [('138', {'USA'}, {'IRQ'})]),
    ('Ankara warned Damascus on Thursday that it would take all necessary measures unless Syria expelled the PKK leader, the Turkish prime minister said.',
     [('130', {'TUR'}, {'SYR'})]),
    ('Thousands of ethnic Albanians marched through Pristina on Monday to protest against Serbian police repression in the province, witnesses said.',
     [('141', {'SRB'}, {'SRB'})]),
    ('Hundreds of Palestinians demonstrated in Hebron on Friday against the Jewish settlers living in the centre of the town, Israeli radio said.',
     [('141', {'PSE'}, {'ISR'})]),
    ("Russia sent troops and armoured vehicles to Dagestan's border with Chechnya on Wednesday after Islamic militants crossed into two villages, the interior ministry said.",
     [('154', {'RUS'}, {'RUS'})]),
    ('The European Union froze trade talks with Croatia on Friday over its offensive in the Krajina, the European Commission said in Brussels.',
     [('164', {'IGOEUREEC'}, {'HRV'})]),
    ('Albania recalled its ambassador from Belgrade on Tuesday in protest at the killing of ethnic Albanians in Kosovo, the Albanian foreign ministry said.',
     [('161', {'ALB'}, {'SRB'})]),
    ('Serbian police arrested a leader of the Kosovo Liberation Army in Pristina on Sunday, the Kosovo Information Centre said.',
     [('173', {'SRB'}, {'SRB'})]),
    ('The Algerian authorities outlawed the Islamic Salvation Front on Wednesday, accusing it of inciting violence, the state news agency APS reported.',
     [('1722', {'DZA'}, {'DZA'})]),
    ('Moscow expelled a British diplomat on Friday, accusing him of spying, the Russian foreign ministry said.',
     [('161', {'RUS'}, {'GBR'})]),  # an expelled diplomat: 161 (bench/data/README.md convention 14)
    ('A car bomb exploded outside a Civil Guard barracks in the Basque town of Durango on Tuesday, wounding six people, police said, blaming the separatist group ETA.',
     [('183', {'ESP'}, {'ESP'})]),
    ('Chechen gunmen kidnapped two British aid workers in Grozny on Monday, the Russian interior ministry said.',
     [('181', {'RUS'}, {'GBR'})]),
    ('Croatian troops overran the rebel Serb stronghold of Knin on Saturday on the second day of the offensive, Croatian television said.',
     [('192', {'HRV'}, {'HRV'})]),
    ('U.S. and British jets bombed Iraqi radar and missile sites in the southern no-fly zone on Thursday, the Pentagon said.',
     [('195', {'GBR', 'USA'}, {'IRQ'})]),
    ('Israeli warplanes struck suspected Hezbollah positions in southern Lebanon on Monday, the Israeli army said.',
     [('195', {'ISR'}, {'LBN'})]),
    ('Macedonian army helicopters fired rockets at ethnic Albanian guerrilla positions in the hills above Tetovo on Wednesday, a government spokesman said in Skopje.',
     [('195', {'MKD'}, {'MKD'})]),
    ('Tajik government troops clashed with Islamic opposition fighters in the Garm valley at the weekend, a military spokesman said in Dushanbe.',
     [('190', {'TJK'}, {'TJK'})]),
    ('Georgian artillery shelled Abkhaz positions on the Inguri river on Tuesday, a spokesman for the separatists said in Sukhumi.',
     [('194', {'GEO'}, {'GEO'})]),
    ('Bosnian Serb forces massacred thousands of Muslim men after the fall of the U.N.-protected enclave of Srebrenica, the war crimes tribunal said.',
     [('202', {'BIH'}, {'BIH'})]),
    ('Serbian forces drove some 40,000 ethnic Albanians from their homes in central Kosovo last week, the U.N. refugee agency said.',
     [('201', {'SRB'}, {'SRB'})]),
]

QUIET = [
    "Croatia beat Germany 3-0 in Lyon on Saturday to reach the last four of the World Cup.",
    "Russian oil company Lukoil agreed to buy a stake in a Bulgarian refinery for 100 million dollars, the company said in Moscow.",
    "A Georgian choir opened a four-week tour of France in Paris on Tuesday.",
    "Heavy snow closed the main road between Sarajevo and Mostar on Thursday, stranding hundreds of lorries, road officials said.",
    "A train derailed near the Ukrainian city of Kharkov on Sunday, injuring 30 passengers, railway officials said.",
    "Inflation in Turkey fell to 54 percent last year, the state statistics institute said in Ankara.",
    "The Israeli finance minister said on Monday that the country's economy would grow by four percent next year.",
    "A Hungarian swimmer won the 200 metres backstroke at the European championships in Seville on Friday.",
    "Italian carmaker Fiat said it would build an assembly plant in Poland to supply the east European market.",
    "An earthquake measuring 7.4 struck north-western Turkey before dawn on Tuesday, killing hundreds of people in the industrial town of Izmit, officials said.",
    "Thousands of pilgrims crowded into Manger Square in Bethlehem for the Christmas celebrations on Thursday.",
    "'We have nothing left but the clothes we are wearing,' said an elderly Chechen woman in a camp in Ingushetia.",
]


# Sentences still wrong after the session: text -> reason (strict xfail).
STILL_WRONG: dict[str, str] = {
    "Algeria's banned Islamic Salvation Front urged the military-backed government to free its jailed leaders as a first step towards ending the violence, in a statement issued in Bonn.":
        "'the military-backed government' is not read as Algeria's (the country is named only in the "
        "subject's possessive); the appeal has no recipient. (thirty-first session) The bare government would "
        "have to take the state of the possessive of a banned group that asks it, which the role reader does "
        "not do: a group's state is not always its government's (an exiled movement)",
    "The British prime minister welcomed the IRA's decision to restore its ceasefire as a great opportunity for Northern Ireland, Downing Street said.":
        "the IRA, in the possessive of the decision welcomed, is not taken as the recipient; (thirty-first session) "
        "a bare 'IRA' is left out of organisations.tsv on purpose as ambiguous (only 'Provisional IRA', 'Real IRA' ... "
        "are rows), so no party is found; a bare IRA would need the story's context (Northern Ireland) to be read",
    "Baghdad agreed on Sunday to let the U.N. arms inspectors return to presidential palaces, ending a three-week standoff with the world body, the official Iraqi news agency said.":
        "'agreed to let inspectors return' is read as an intent (0355) rather than the yielding itself (086); "
        "(thirty-first session) accord codes 'agreed to' + an act as the intent to do it throughout, as the tuning "
        "gold does ('signalled it would let inspectors return' 0355); reading this 'agreed' as done would need the "
        "participle 'ending a three-week standoff' to count as proof that the act took place, which no rule reads",
    "Moscow condemned the alliance's air strikes on Yugoslavia as an act of open aggression, the Russian foreign ministry said in a statement.":
        "the recipient is the target of the strikes (SRB), not 'the alliance' whose strikes were condemned; "
        "'the alliance' alone is not read as NATO",
    "The Bosnian Serb parliament rejected the contact group's peace plan on Wednesday for the third time, saying it gave the Serbs too little land.":
        "the contact group is known to no table, and 'the Serbs' of the reason clause becomes the recipient (SRB)",
    "Thousands of ethnic Albanians marched through Pristina on Monday to protest against Serbian police repression in the province, witnesses said.":
        "'ethnic Albanians' as protesters are coded by their people's state (ALB), not the Yugoslav province "
        "they march in (the tuning sets code Kosovo Albanians of the 1990s SRB)",
    "Croatian troops overran the rebel Serb stronghold of Knin on Saturday on the second day of the offensive, Croatian television said.":
        "'the rebel Serb stronghold' is coded by the people's state (SRB), not as Croatia's own rebels (HRV)",
}


# Some asserted event of each sentence has the gold root and dyad; the quiet ones have none.
test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


# The session's rules on sentences of their own, and look-alikes they must leave alone.
@pytest.mark.parametrize("text, code, actor, recipient", [
    # A past tense read as the auxiliary of a hedging participle: "struck suspected ... positions".
    ("Israeli helicopters struck suspected Hezbollah bases in southern Lebanon on Tuesday.", "195", {"ISR"}, {"LBN"}),
    ("Israeli warplanes struck suspected Hamas targets in the Gaza Strip.", "195", {"ISR"}, {"PSE"}),
    # An ethnic group driven from its homes or villages is expelled, like villagers or thousands.
    ("Serbian police drove ethnic Albanians from their villages near Pec on Sunday.", "201", {"SRB"}, {"SRB"}),
    ("Azerbaijani forces drove Armenians from the town of Shusha.", "201", {"AZE"}, {"ARM"}),
    # "Basque" is Spain's, as "Chechen" is Russia's: "the Basque town of" places a name many
    # countries share, and Basque separatists arrested abroad are Spain's.
    ("A parcel bomb wounded a prison officer in the Basque town of Durango on Friday.", "19", {"ESP"}, {"ESP"}),
    ("French police arrested two Basque separatists in Bayonne on Monday.", "173", {"FRA"}, {"ESP"}),
])
def test_probe_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text, wrong", [
    # Snow and fog that close or block a road, a pass or a crossing are weather: no blockade, no
    # protest, no cut in relations.
    ("Heavy snow closed the mountain pass between Tbilisi and Vladikavkaz on Monday.", "19"),
    ("Thick fog closed the road between Nicosia and Limassol on Wednesday.", "19"),
    ("Snowdrifts blocked the main road between Yerevan and Tbilisi.", "1"),
    ("Heavy snow closed the border crossing between Armenia and Georgia on Friday.", "1"),
    # A true auxiliary before a hedging participle is left as it is: no verb of force is made.
    ("The army had suspected rebel sympathies among the villagers of Tetovo.", "19"),
    # A driver who drives a people's team from a hotel expels no one.
    ("The coach driver drove the Albanians from their hotel to the stadium in Skopje.", "20"),
])
def test_probe_rules_not(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # People who close a road or a pass, or block one, still restrict movement or protest.
    ("Georgian police closed the mountain pass to Abkhazia on Monday.", "191", {"GEO"}, None),
    ("Armenian protesters blocked the main road to the airport outside Yerevan on Monday.", "144", {"ARM"}, {"ARM"}),
    # "suspected" the model already reads as an adjective after the verb is left as it is.
    ("Macedonian police arrested two suspected guerrillas near Kumanovo on Tuesday.", "173", {"MKD"}, {"MKD"}),
    # A town the sentence calls French Basque stays in France.
    ("A bomb exploded in the French Basque town of Bayonne on Sunday.", "183", {"FRA"}, {"FRA"}),
])
def test_probe_rules_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
