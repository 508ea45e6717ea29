"""Full (four-digit) sub-codes, twenty-eighth session: fighting to be stopped asked for at one remove
("use its influence to halt the fighting", "a pause in the fighting": 0256, 1056); a protest act's
stated purpose ("a strike aimed at forcing the president to resign": 14x1-14x4); a ban threatened,
split by what is banned (1321 the press and rallies, 1322 parties, 1312 imports, 132 anything else);
suffrage a right; a truce broken by fighting (196); a telephone call (041); hostages held as human
shields (184); diplomatic links cut (161); relief goods sent on military aircraft (073); an election
that only dates an appeal; a team of investigators let in (0862); killings by police looked into
(092), trafficking (091); an accusation's "of" clause hung deep (1125) and of supplying arms (112);
blockades threatened beside strikes (133); a threat to retaliate (138); a crackdown on protesters (175).

Team-written sentences in the style of agency copy, not the tuning sentences that prompted the
rules: the exact CAMEO code and the actor/recipient codes, and for each rule a near miss that must
keep its other code.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Fighting to be halted, asked for through another act or as a noun of stopping (0256, 1056).
    ("Germany called on Russia to use its leverage over the separatists to stop the fighting around Luhansk.",
     "0256", {"DEU"}, {"RUS"}),
    ("France demanded that Serbia use its influence over the Bosnian Serbs to stop the shelling of Sarajevo.",
     "1056", {"FRA"}, {"SRB"}),
    ("Qatar urged Israel and Hamas to agree to a pause in the fighting so that aid could reach Rafah.", "0256",
     {"QAT"}, {"ISR", "PSEHMS"}),
    ("Norway urged India and Pakistan to halt the gunfire along the border.", "0256", {"NOR"}, {"IND", "PAK"}),
    ("Britain urged Israel to allow a pause in the fighting so that hostages could be freed.", "0256", {"GBR"},
     {"ISR"}),
    # Diplomatic links cut: breaking diplomatic relations (161).
    ("Bahrain and Egypt cut diplomatic and trade links with Qatar on Monday.", "161", {"BHR", "EGY"}, {"QAT"}),
    # A protest act's stated purpose says what it is for (1431 leadership, 1432 policy).
    ("Bolivia's opposition launched a general strike on Monday aimed at forcing President Luis Arce to call "
     "early elections.", "1431", {"BOL"}, {"BOL"}),
    ("Nigerian unions called a strike aimed at forcing the Nigerian president to resign.", "1431", {"NGA"},
     {"NGA"}),
    ("Greek unions called a strike aimed at forcing the government to withdraw the pension reform.", "1432",
     {"GRC"}, {"GRC"}),
    # A ban threatened, by what is banned.
    ("Hungary's government threatened to ban foreign broadcasters that air the speeches.", "1321", {"HUN"},
     {"HUN"}),
    ("Kenya's government threatened to ban the rally planned for Saturday.", "1321", {"KEN"}, set()),
    ("Bolivia's government threatened to outlaw the main opposition party.", "1322", {"BOL"}, {"BOL"}),
    ("Beijing threatened to ban imports of Australian wine.", "1312", {"CHN"}, {"AUS"}),
    ("Russia threatened to ban the Jehovah's Witnesses.", "132", {"RUS"}, set()),
    # Suffrage is a right (1043).
    ("Kuwaiti women demanded that the Kuwaiti government grant them suffrage.", "1043", {"KWT"}, {"KWT"}),
    # Fighting that breaks a truce: violating a ceasefire (196).
    ("Armenian and Azerbaijani forces clashed near the border in violation of a truce brokered by Moscow.",
     "196", {"ARM", "AZE"}, set()),
    ("Thai troops shelled Cambodian positions in a breach of the truce agreed last month.", "196", {"THA"},
     {"KHM"}),
    # Talks held in a phone call (041).
    ("The Polish foreign minister discussed grain exports with his Ukrainian counterpart in a phone call on "
     "Friday.", "041", {"POL"}, {"UKR"}),
    # Hostages held as human shields (184).
    ("Iraqi forces held hundreds of Kuwaiti captives at oil installations as human shields.", "184", {"IRQ"},
     {"KWT"}),
    ("Syria held dozens of Turkish captives as human shields near the airbase.", "184", {"SYR"}, {"TUR"}),
    # Military transport planes loaded with relief goods carry humanitarian aid (073).
    ("Pakistan sent three air force transport planes loaded with blankets, tents and medicine to Turkey after "
     "the earthquake.", "073", {"PAK"}, {"TUR"}),
    # An election that only dates the appeal is not what is asked (024, not 0241).
    ("The European Union urged Tunisia to press on with economic reform ahead of next year's presidential "
     "election.", "024", {"IGOEEC"}, {"TUN"}),
    # A team of investigators let in is investigators let in (0862).
    ("Sudan allowed a team of U.N. investigators into Darfur to look into the killings.", "0862", {"SDN"},
     {"IGOUNO"}),
    # Killings by the police looked into: an inquiry into human rights abuses (092); trafficking a crime (091).
    ("Peru set up a commission to investigate deaths by police during the protests in Lima.", "092", {"PER"},
     {"PER"}),
    ("Thai police launched a probe into migrant trafficking gangs on Tuesday.", "091", {"THA"}, {"THA"}),
    # What one is accused "of", hung deep in the sentence: espionage (1125).
    ("Russian prosecutors accused a British teacher detained in the port of Sochi of spying for MI6.", "1125",
     {"RUS"}, {"GBR"}),
    # Accused of supplying weapons others used: a plain accusation (112), not of aggression.
    ("Israel accused Iran of supplying drones that Hezbollah launched at Haifa.", "112", {"ISR"}, {"IRN"}),
    # Blockades threatened beside strikes, nothing armed named: a threat of dissent (133).
    ("Kenya's opposition threatened to stage strikes and road blockades across the country unless the "
     "president resigned.", "133", {"KEN"}, {"KEN"}),
    # A threat to retaliate names no kind of force (138), not a conventional attack.
    ("Iran threatened to retaliate against Israel.", "138", {"IRN"}, {"ISR"}),
    # A crackdown on protesters: violent repression (175).
    ("Iranian security forces cracked down on demonstrators in Tehran after the fuel price rise.", "175",
     {"IRN"}, {"IRN"}),
])
def test_full_subcode(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient, not_codes", [
    # Plans to be halted are a change of policy, not fighting (0242).
    ("Egypt urged Israel to halt its plans for new settlements.", "0242", {"EGY"}, {"ISR"}, {"0256"}),
    # Aid workers let in stay international involvement (0255).
    ("Britain urged Israel to allow aid workers into Gaza.", "0255", {"GBR"}, {"ISR"}, {"0256"}),
    # Outsiders let in to stop the violence: what is asked is letting them in (0255).
    ("Australia urged Indonesia to let foreign peacekeepers into Papua to stop the violence there.", "0255",
     {"AUS"}, {"IDN"}, {"0256"}),
    # Transport links cut stay a reduction of relations (160).
    ("Moscow cut transport links with Georgia.", "160", {"RUS"}, {"GEO"}, {"161"}),
    # A strike with no purpose named stays 143.
    ("Argentine unions called a general strike on Wednesday.", "143", {"ARG"}, {"ARG"},
     {"1431", "1432", "1433", "1434"}),
    # A pay rise asked for is no right (100).
    ("Kuwaiti teachers demanded that the Kuwaiti government grant them a pay rise.", "100", {"KWT"}, {"KWT"},
     {"1043"}),
    # Fighting after a truce collapsed, or before one took effect, breaks none (190).
    ("Fighting resumed between Ethiopian troops and Tigrayan forces after the truce collapsed.", "190", {"ETH"},
     None, {"196"}),
    ("Armenian and Azerbaijani forces clashed near the border days before a truce took effect.", "190",
     {"ARM", "AZE"}, set(), {"196"}),
    # A truce named after "despite", with no word of breaking it, is not read as broken.
    ("Armenian and Azerbaijani forces clashed near the border despite a truce brokered by Moscow.", "190",
     {"ARM", "AZE"}, set(), {"196"}),
    # Talks held in a capital are no phone call (040).
    ("The French president discussed the crisis with the Iranian president in Paris on Monday.", "040", {"FRA"},
     {"IRN"}, {"041"}),
    # Hostages held with no shield named: hostage-taking (181).
    ("Somali militants held dozens of Kenyan hostages in a forest camp.", "181", {"SOM"}, {"KEN"}, {"184"}),
    # Military planes loaded with weapons stay military aid (072).
    ("Russia sent military planes loaded with weapons and ammunition to Syria.", "072", {"RUS"}, {"SYR"},
     {"073"}),
    # Elections asked for are a change in leadership (0241).
    ("The European Union urged Tunisia to hold early presidential elections.", "0241", {"IGOEEC"}, {"TUN"},
     {"024"}),
    # Investigators given access to a site with no infinitive clause keep 086.
    ("Belarus allowed Polish investigators access to the crash site.", "086", {"BLR"}, {"POL"}, {"0862"}),
    # An investigation by the police into a killing is the police's own: no abuse named (090).
    ("An investigation by Kenyan police into the killing of a British tourist began on Monday.", "090", {"KEN"},
     {"KEN"}, {"092"}),
    # Killings by soldiers looked into: military action (093), not police abuses.
    ("Nigeria set up a judicial panel to investigate killings by soldiers in the Niger Delta.", "093", {"NGA"},
     {"NGA"}, {"092"}),
    # Accused of sending troops: aggression (1123).
    ("Venezuela accused Colombia of sending troops across the border.", "1123", {"VEN"}, {"COL"}, {"112"}),
    # A naval blockade or a strait closed threatened stays a threat of blockade (1381).
    ("Iran threatened to blockade the Strait of Hormuz.", "1381", {"IRN"}, set(), {"133"}),
    # A threat to strike a city is a threat of conventional attack (1384).
    ("Russia threatened to strike Kyiv.", "1384", {"RUS"}, {"UKR"}, {"138"}),
    # A crackdown on dissent, no protesters named, stays 170.
    ("Chinese authorities cracked down on dissent in Xinjiang.", "170", {"CHN"}, {"CHN"}, {"175"}),
])
def test_near_misses_keep_their_code(code_text, text, cameo, actor, recipient, not_codes):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=True)
    assert not any(code in not_codes for code, _a, _r in dyads(record))
