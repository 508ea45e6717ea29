"""Lexicon breadth: the other ways agency copy phrases each CAMEO event (mass violence counted
in the hundreds, genocide and ethnic cleansing, gassing; downing aircraft, repelling an assault,
missiles raining down; releases "set free", bills scrapped, aid trucks let in; faulting,
dragging a state before a court, shrugging off a threat, ultimatums in hours ...), and the
sport, business and entertainment uses of the same words that must not code.

Team-written sentences: the CAMEO code prefix, the PLOVER type, and the actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, codes, only_event


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # 20: killings counted in the hundreds or more, of people who are not fighters, are mass killings.
    ("Russian soldiers killed hundreds of civilians in Bucha.", "202", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Boko Haram gunmen killed at least 110 farmers in northeast Nigeria.", "202", "ASSAULT",
     {"NGABKH"}, {"NGA"}),
    ("Bosnian Serb troops murdered 8,000 Muslim men and boys in Srebrenica.", "202", "ASSAULT", {"BIH"}, {"BIH"}),
    ("Sudanese militiamen wiped out entire villages in Darfur.", "202", "ASSAULT", {"SDN"}, {"SDN"}),
    ("Militants slaughtered 30 Christians in northern Nigeria.", "202", "ASSAULT", {"NGA"}, {"NGA"}),
    ("Myanmar troops carried out mass killings of Rohingya Muslims.", "202", "ASSAULT", {"MMR"}, {"MMR"}),
    # ... gassing and chemical weapons fired (2041), ethnic groups expelled (201)
    ("Syrian government forces gassed civilians in Ghouta.", "2041", "ASSAULT", {"SYR"}, {"SYR"}),
    ("Syria's army fired chemical weapons at rebel-held suburbs of Damascus.", "2041", "ASSAULT", {"SYR"}, {"SYR"}),
    ("Serbian forces forcibly expelled ethnic Albanians from Kosovo.", "201", "ASSAULT", {"SRB"}, None),
    # 19: the wire's other words for striking.
    ("Houthi rebels targeted a British ship in the Red Sea.", "190", "ASSAULT", {"YEMHOU"}, {"GBR"}),
    ("Russian missiles rained down on Kyiv overnight.", "19", "ASSAULT", {"RUS"}, {"UKR"}),
    ("A Russian fighter jet downed an American drone over the Black Sea.", "195", "ASSAULT", {"RUS"}, {"USA"}),
    ("Ukrainian forces repelled a Russian assault near Bakhmut.", "190", "ASSAULT", {"UKR"}, None),
    ("Syrian government forces dropped barrel bombs on rebel-held Aleppo.", "195", "ASSAULT", {"SYR"}, None),
    ("Israeli snipers shot dead three Palestinians in Gaza.", "193", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Israel hit back at Iran with strikes on military sites.", "190", "ASSAULT", {"ISR"}, {"IRN"}),
    ("Chinese coast guard vessels rammed a Philippine supply boat.", "190", "ASSAULT", {"CHN"}, {"PHL"}),
    # 18: people seized by gangs.
    ("Haitian gangs seized 17 American missionaries.", "181", "ASSAULT", {"HTI"}, {"USA"}),
    # 16 and 15
    ("Niger ordered French troops out of the country.", "166", "SANCTION", {"NER"}, {"FRA"}),
    ("Beijing flew 30 warplanes into Taiwan's air defence zone.", "150", "MOBILIZE", {"CHN"}, {"TWN"}),
    # 08: releases, bills scrapped, aid let in, villages handed over.
    ("Venezuela set free six jailed Americans.", "0841", "RETREAT", {"VEN"}, {"USA"}),
    ("The Kenyan government scrapped the controversial finance bill after deadly protests.", "0832", "CONCEDE",
     {"KEN"}, None),
    ("Israel allowed aid trucks into northern Gaza.", "0863", "RETREAT", {"ISR"}, {"PSE"}),
    ("Armenia handed over four villages to Azerbaijan.", "0874", "RETREAT", {"ARM"}, {"AZE"}),
    ("The Israeli army pulled back from the town.", "0874", "RETREAT", {"ISR"}, None),
    # 11-13
    ("Washington faulted Beijing for the cyber attack.", "111", "ACCUSE", {"USA"}, {"CHN"}),
    ("Ethiopia took aim at Egypt over the dam dispute.", "111", "ACCUSE", {"ETH"}, {"EGY"}),
    ("South Africa dragged Israel before the International Court of Justice.", "115", "ACCUSE", {"ZAF"}, {"ISR"}),
    ("Greece protested to Turkey over the violation of its airspace.", "114", "ACCUSE", {"GRC"}, {"TUR"}),
    ("Niger's junta shrugged off ECOWAS's threat of military intervention.", "12", "REJECT", {"NER"}, {"IGOWAS"}),
    ("The Kremlin poured cold water on the peace plan.", "127", "REJECT", {"RUS"}, None),
    # 02-05: support, hosting, shuttle diplomacy, deals.
    ("Brazil threw its weight behind Argentina's bid to host the summit.", "053", "SUPPORT", {"BRA"}, {"ARG"}),
    ("Germany lent its support to Ukraine's membership bid.", "053", "SUPPORT", {"DEU"}, {"UKR"}),
    ("Japan stood by the Philippines in its maritime dispute with China.", "052", "SUPPORT", {"JPN"}, {"PHL"}),
    ("The Saudi foreign minister played host to his Iranian counterpart in Riyadh.", "043", "CONSULT",
     {"SAU"}, {"IRN"}),
    ("Washington reached out to Caracas to discuss oil sanctions.", "040", "CONSULT", {"USA"}, {"VEN"}),
    ("India and the US signed a deal to co-produce jet engines.", "057", "SUPPORT", {"IND", "USA"}, set()),
    # 07: credit lines, debt written off, police under a mission abroad.
    ("Japan extended a $1 billion credit line to Sri Lanka.", "071", "AID", {"JPN"}, {"LKA"}),
    ("Russia wrote off 90 percent of North Korea's debt.", "071", "AID", {"RUS"}, {"PRK"}),
    ("Kenya deployed police officers to Haiti under a UN-backed mission.", "074", "AID", {"KEN"}, {"HTI"}),
    # 14: strikes, roads blocked, sieges and storming by crowds, symbolic protest.
    ("Hundreds of Kenyan doctors downed tools over unpaid wages.", "143", "PROTEST", {"KEN"}, None),
    ("Georgian protesters blocked the main avenue in Tbilisi for a third night.", "144", "PROTEST", {"GEO"}, None),
    ("Indian farmers laid siege to New Delhi's borders.", "144", "PROTEST", {"IND"}, None),
    ("Opposition lawmakers walked out of the Kenyan parliament.", "143", "PROTEST", {"KEN"}, None),
    # 15-18
    ("China sailed an aircraft carrier through the Taiwan Strait.", "150", "MOBILIZE", {"CHN"}, None),
    ("Britain imposed a visa ban on Russian lawmakers.", "163", "SANCTION", {"GBR"}, {"RUS"}),
    ("The US placed Chinese tech companies on a trade blacklist.", "163", "SANCTION", {"USA"}, {"CHN"}),
    ("Nicaragua shut down dozens of NGOs.", "172", "COERCE", {"NIC"}, None),
    ("Turkey removed three pro-Kurdish mayors from office.", "172", "COERCE", {"TUR"}, None),
    ("The Chinese government revoked the visa of an Australian journalist.", "172", "COERCE", {"CHN"}, {"AUS"}),
    ("Belarus put an opposition leader on trial in absentia.", "173", "COERCE", {"BLR"}, {"BLR"}),
    ("A Palestinian gunman went on a shooting rampage in Jerusalem.", "180", "ASSAULT", {"PSE"}, None),
    ("Russian agents poisoned the opposition leader, investigators said.", "185", "ASSAULT", {"RUS"}, {"RUS"}),
    ("The RSF carried out the killing of more than 200 villagers in Darfur.", "202", "ASSAULT", {"SDNRSF"}, {"SDN"}),
    ("Azerbaijani forces forced thousands of Armenians to flee their homes.", "201", "ASSAULT", {"AZE"}, {"ARM"}),
    ("Two Ukrainian ports were hit by Russian drones overnight.", "190", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Japan forgave Myanmar's debt.", "071", "AID", {"JPN"}, {"MMR"}),
    # Idioms.
    ("China hit out at the United States over the tariffs.", "111", "ACCUSE", {"CHN"}, {"USA"}),
    ("The Kremlin took a swipe at France over its stance on arms exports.", "111", "ACCUSE", {"RUS"}, {"FRA"}),
    ("Greece pointed the finger at Turkey for the migrant surge.", "112", "ACCUSE", {"GRC"}, {"TUR"}),
    ("Seoul laid the blame on Pyongyang for the explosion.", "112", "ACCUSE", {"KOR"}, {"PRK"}),
    ("The EU slammed the door on Turkey's membership bid.", "120", "REJECT", {"IGOEEC"}, {"TUR"}),
    ("The Iranian delegation stormed out of the talks in Vienna.", "125", "REJECT", {"IRN"}, None),
    ("India and China patched up ties after the border clash.", "050", "SUPPORT", {"IND", "CHN"}, set()),
    ("Saudi Arabia and Qatar buried the hatchet.", "050", "SUPPORT", {"SAU", "QAT"}, set()),
    ("Sudan rolled back restrictions on foreign aid groups.", "081", "CONCEDE", {"SDN"}, None),
    ("Mexico backtracked on its threat to close the border.", "080", "CONCEDE", {"MEX"}, None),
    ("China flexed its military muscle around Taiwan.", "150", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("Russian forces lobbed shells into Kharkiv.", "194", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Israeli jets hammered Hezbollah positions in southern Lebanon.", "195", "ASSAULT", {"ISR"}, None),
    ("Washington pulled the plug on military aid to Egypt.", "162", "SANCTION", {"USA"}, {"EGY"}),
    ("North Korea tore up its military pact with South Korea.", "160", "SANCTION", {"PRK"}, {"KOR"}),
    ("Russia renounced the treaty.", "160", "SANCTION", {"RUS"}, None),
    ("The Iraqi army shelled the town with mustard gas.", "2041", "ASSAULT", {"IRQ"}, None),
    ("Myanmar's military burned Rohingya villages and killed thousands.", "202", "ASSAULT", {"MMR"}, None),
    # More verbs of appeal, consultation, support and material help.
    ("Lebanon solicited Gulf funding for the army.", "023", "REQUEST", {"LBN"}, None),
    ("The Russian foreign minister briefed his Chinese counterpart on the talks.", "040", "CONSULT",
     {"RUS"}, {"CHN"}),
    ("The Japanese emperor toured Vietnam.", "042", "CONSULT", {"JPN"}, {"VNM"}),
    ("Italy championed Albania's bid to join the EU.", "053", "SUPPORT", {"ITA"}, {"ALB"}),
    ("The US shared satellite imagery with Ukraine.", "064", "COOPERATE", {"USA"}, {"UKR"}),
    ("Tokyo funded a new port in Sri Lanka.", "071", "AID", {"JPN"}, {"LKA"}),
    ("Cuba dispatched doctors to Italy.", "073", "AID", {"CUB"}, {"ITA"}),
    # Plural "doses" is lemmatised "dos" by the model: the lists carry both.
    ("China gifted 50,000 vaccine doses to Laos.", "073", "AID", {"CHN"}, {"LAO"}),
    ("Washington put sanctions on Chinese officials.", "163", "SANCTION", {"USA"}, {"CHN"}),
    ("Russia raised the spectre of nuclear war.", "138", "THREATEN", {"RUS"}, None),
    ("Turkey's authorities purged thousands of judges after the coup attempt.", "172", "COERCE", {"TUR"}, None),
    ("The junta suspended the activities of political parties in Mali.", "172", "COERCE", {"MLI"}, None),
    # A person seized by a gang is abducted (181); by a state's forces, detained (173).
    ("Haitian gangs seized 17 American missionaries.", "181", "ASSAULT", {"HTI"}, {"USA"}),
    ("Iran's Revolutionary Guards seized a French tourist.", "173", "COERCE", {"IRNRGC"}, {"FRA"}),
    ("Serb militias carried out a pogrom against Albanians in the town.", "202", "ASSAULT", {"SRB"}, None),
    ("Myanmar's army uprooted thousands of Rohingya villagers.", "201", "ASSAULT", {"MMR"}, None),
    ("Israeli aircraft struck a house in Gaza City.", "195", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Ukrainian sea drones sank a Russian landing ship.", "190", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Chinese troops skirmished with Indian soldiers in Ladakh.", "190", "ASSAULT", {"CHN"}, {"IND"}),
    ("Ukrainian forces destroyed a Russian tank column near Kyiv.", "190", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Russia knocked out power plants across Ukraine.", "190", "ASSAULT", {"RUS"}, {"UKR"}),
    ("China proposed a peace plan for Ukraine.", "030", "AGREE", {"CHN"}, {"UKR"}),
    ("Egypt put forward a new ceasefire proposal.", "030", "AGREE", {"EGY"}, None),
    ("Hungary held up the EU's new sanctions package.", "120", "REJECT", {"HUN"}, {"IGOEEC"}),
    # (ninth session: pressure to act in a way no aim names is a change of policy refused, 1232)
    ("Poland resisted EU pressure to accept migrants.", "1232", "REJECT", {"POL"}, {"IGOEEC"}),
    ("Ukraine staged a cross-border incursion into Russia's Kursk region.", "190", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Israeli forces conducted raids across the West Bank.", "1711", "COERCE", {"ISR"}, None),
    ("Iran carried out the execution of a British protester.", "186", "ASSAULT", {"IRN"}, None),
    # "to" read as a dative counts as the preposition "to".
    ("Hungary gave the green light to Sweden's NATO accession.", "051", "SUPPORT", {"HUN"}, None),
    ("Turkey gave its blessing to Sweden's NATO membership.", "051", "SUPPORT", {"TUR"}, None),
    ("France and Germany launched a joint fighter jet programme.", "060", "COOPERATE", {"FRA", "DEU"}, set()),
    ("China and Pakistan opened a new trade route.", "061", "COOPERATE", {"CHN", "PAK"}, set()),
    ("India purchased S-400 missile systems from Russia.", "062", "COOPERATE", {"IND"}, {"RUS"}),
    ("China lent $5 billion to Argentina.", "071", "AID", {"CHN"}, {"ARG"}),
    ("UN inspectors visited the Iranian nuclear site.", "090", "ACCUSE", {"IGOUNO"}, {"IRN"}),
    ("Russian warships docked in Havana.", "150", "MOBILIZE", {"RUS"}, {"CUB"}),
    ("North Korea paraded its latest ICBMs through Pyongyang.", "150", "MOBILIZE", {"PRK"}, None),
    # Meetings in other words.
    ("Putin met Erdogan in Sochi.", "04", "CONSULT", {"RUS"}, {"TUR"}),
    ("The Chinese foreign minister sat down with his Australian counterpart.", "040", "CONSULT", {"CHN"}, {"AUS"}),
    ("The Iranian foreign minister arrived in Riyadh.", "042", "CONSULT", {"IRN"}, {"SAU"}),
    ("Scholz spoke with Xi by video link.", "04", "CONSULT", {"DEU"}, {"CHN"}),
    ("Turkey acted as a go-between for Russia and Ukraine.", "045", "CONSULT", {"TUR"}, None),
    ("North Korean leader Kim Jong Un shook hands with Trump at the border.", "040", "CONSULT", {"PRK"}, {"USA"}),
    # Courts ruling against a party; characterisations of another's attack.
    ("A Dutch court found Russia liable for the downing of MH17.", "116", "ACCUSE", {"NLD"}, {"RUS"}),
    ("The ICJ ruled against Russia in the case brought by Ukraine.", "116", "ACCUSE", None, {"RUS"}),
    ("Germany called the Russian strike a war crime.", "111", "ACCUSE", {"DEU"}, {"RUS"}),
    ("Kenyan teachers called a nationwide strike over pay.", "143", "PROTEST", {"KEN"}, None),
    # Misses of the wire_dev_2 tuning set, re-worded with other actors.
    ("Nigeria rallied African leaders behind Ghana's candidate for the post.", "053", "SUPPORT", {"NGA"}, {"GHA"}),
    ("Japan rolled out the red carpet for the Indian prime minister in Tokyo.", "043", "CONSULT", {"JPN"}, {"IND"}),
    ("The Saudi foreign minister landed in Tehran on Sunday.", "042", "CONSULT", {"SAU"}, {"IRN"}),
    ("Washington suspended $300 million in military assistance to Egypt.", "162", "SANCTION", {"USA"}, {"EGY"}),
    ("Iran blocked access to Instagram across the country.", "1721", "COERCE", {"IRN"}, None),
    ("Two Russian bombers flew over the Sea of Japan in a show of force.", "150", "MOBILIZE", {"RUS"}, None),
    ("Egypt sent tank reinforcements to its border with Libya.", "154", "MOBILIZE", {"EGY"}, {"LBY"}),
    ("Erdogan railed against Denmark over the Koran burnings.", "111", "ACCUSE", {"TUR"}, {"DNK"}),
    ("Turkey insisted that Sweden hand over PKK suspects.", "1013", "REQUEST", {"TUR"}, {"SWE"}),
    ("Kenyan police and soldiers deployed to Haiti to protect the airport.", "074", "AID", {"KEN"}, {"HTI"}),
    ("Japan sent a letter of protest to Beijing over the detention.", "114", "ACCUSE", {"JPN"}, {"CHN"}),
    # Yielding in other words.
    ("Turkey lifted its veto on Sweden's NATO bid.", "080", "CONCEDE", {"TUR"}, None),
    ("Hungary dropped its objections to Finland's NATO membership.", "080", "CONCEDE", {"HUN"}, None),
    ("Ethiopia restored internet access in Tigray.", "081", "CONCEDE", {"ETH"}, None),
    ("Azerbaijan returned 32 Armenian soldiers to Armenia.", "0841", "RETREAT", {"AZE"}, {"ARM"}),
    ("The Sri Lankan president conceded defeat in the election.", "0831", "CONCEDE", {"LKA"}, None),
    ("Russian forces pulled out of Kherson.", "0874", "RETREAT", {"RUS"}, None),
    ("The Philippines withdrew its ships from Scarborough Shoal.", "0874", "RETREAT", {"PHL"}, None),
    ("Britain slapped an asset freeze on Russian banks.", "163", "SANCTION", {"GBR"}, {"RUS"}),
    ("The US suspended its participation in the arms control talks.", "164", "SANCTION", {"USA"}, None),
    ("Russia placed a ban on imports of Moldovan wine.", "163", "SANCTION", {"RUS"}, {"MDA"}),
    ("Turkey announced a boycott of French products.", "163", "SANCTION", {"TUR"}, {"FRA"}),
    ("Hong Kong protesters occupied the airport.", "141", "PROTEST", {"HKG"}, None),
    # Hit with sanctions or tariffs is a sanction, not an attack.
    ("Washington hit Beijing with new tariffs.", "163", "SANCTION", {"USA"}, {"CHN"}),
    ("The US hit Chinese banks with sanctions.", "163", "SANCTION", {"USA"}, {"CHN"}),
    # Arrests, charges and closures in other words.
    ("Chinese police picked up a prominent human rights lawyer in Beijing.", "173", "COERCE", {"CHN"}, None),
    ("Russian security services nabbed two Ukrainian saboteurs.", "173", "COERCE", {"RUS"}, {"UKR"}),
    ("Venezuelan authorities shuttered an independent radio station.", "1721", "COERCE", {"VEN"}, None),
    ("Belarusian authorities liquidated dozens of NGOs.", "172", "COERCE", {"BLR"}, None),
    ("Gunmen killed a Colombian human rights activist in Cauca.", "186", "ASSAULT", {"COL"}, {"COL"}),
    ("Armenia extended an olive branch to Turkey.", "030", "AGREE", {"ARM"}, {"TUR"}),
    ("Washington eased its stance toward Havana.", "080", "CONCEDE", {"USA"}, {"CUB"}),
    ("The EU toned down its criticism of Israel.", "080", "CONCEDE", {"IGOEEC"}, {"ISR"}),
    ("Iran showed off a new hypersonic missile.", "150", "MOBILIZE", {"IRN"}, None),
    # Announced repression is a threat of it (137).
    ("Beijing said it would crush any attempt at Taiwanese independence.", "137", "THREATEN", {"CHN"}, {"TWN"}),
])
def test_lexicon_breadth(code_text, text, cameo, plover, actor, recipient):
    if actor is None:
        event = only_event(code_text(text), cameo)
        assert event["event"] == plover and codes(event["recipient"]) == recipient
        return
    assert_event(code_text(text), cameo, plover, actor, recipient)


@pytest.mark.parametrize("text", [
    "The striker shot the ball past the Brazilian goalkeeper.",
    "Liverpool slaughtered Leeds 6-0 at Anfield.",
    "The champions were wiped out of the tournament in the first round.",
    "Hundreds of fans were gassed by a leaking pipe at the stadium.",
    "The film targeted younger audiences in China.",
    "The Lions repelled a late Welsh assault to win the match.",
    "The ferry rammed the pier in heavy fog.",
    "The club dropped the striker from the squad.",
    "Apple walked away from the deal with the chip maker.",
    "The bank shrugged off concerns about the economy.",
    "The studio scrapped the sequel after poor reviews.",
    "The airline flew 300 passengers into the airport.",
    "Critics faulted the director for the film's slow pace.",
    "Farmers slaughtered thousands of chickens to stop the bird flu outbreak.",
    "The French team executed hundreds of perfect passes.",
    "Scotland snatched three points from Italy.",
    "The striker went on a scoring rampage in the second half.",
    "The ship sailed through the Panama Canal with a cargo of grain.",
    "Fans chanted slogans at the stadium.",
    "The striker hit out at the referee after the match.",
    "The broadcaster pulled the plug on the talent show.",
    "The tennis star flexed her muscles in the final set.",
    "The company tore up its contract with the supplier.",
    "The director took a swipe at critics of the film.",
    "More than 5,000 people were killed when the tsunami hit.",
    "The band toured the country last summer.",
    "The coach briefed his players on the tactics.",
    "The club paid the salaries of its players late.",
    "Farmers slaughtered cattle in the Sudanese village.",
    "The champions decimated their rivals in the final.",
    # Disasters are not mass killings: nobody acts.
    "Floods killed hundreds of people in Pakistan.",
    "A stampede killed more than 100 pilgrims in India.",
])
def test_no_event_from_the_same_words(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


def test_urged_to_expand_cooperation_is_no_rally_against(code_text):
    # "expand" is not on the list of punitive verbs that make an appeal a rally against (113).
    record = code_text("Kyiv urged Warsaw to expand joint military training along their shared border.")
    assert [e["cameo"][:2] for e in record["events"]] == ["02"]


def test_hit_with_sanctions_is_no_attack(code_text):
    # With nobody named who imposes them, no event; certainly not a military strike (19).
    record = code_text("North Korea was hit with new UN sanctions.")
    assert not any(e["cameo"].startswith("19") for e in record["events"])


def test_struck_down_law_is_no_attack(code_text):
    # A court striking down a law disapproves of it (110); it is not a military strike (19).
    record = code_text("Germany's top court struck down the government's budget law.")
    assert [e["cameo"] for e in record["events"]] == ["110"]


@pytest.mark.parametrize("text, cameo", [
    # Few victims, or fighters killed in numbers, stay fighting (19), and a bombing stays a bombing.
    ("Russian soldiers killed 12 civilians in the village.", "19"),
    ("Ukrainian forces killed hundreds of Russian soldiers near Bakhmut.", "19"),
    ("A car bomb killed more than 120 people in Baghdad.", "18"),
    ("Ukrainian forces claimed the killing of hundreds of Russian soldiers near Bakhmut.", "19"),
])
def test_counted_killings_below_mass_violence(code_text, text, cameo):
    record = code_text(text)
    roots = {e["cameo"][:2] for e in record["events"]}
    assert cameo in roots and "20" not in roots, [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize("text", [
    # Sport and arts news sharing the words of round 5 and 6 frames.
    "The striker needed treatment after being hit by a missile, believed to be a coin, thrown from the stands.",
    "The band are embarking on a world tour later this year.",
    "The research project was partly funded by the Department of Trade and Industry.",
    "The ball struck the post in the final minute.",
    "Federer knocked out the defending champion.",
    "The late goal sank the visitors.",
    "Apple proposed a deal to the music labels.",
    "The club proposed a deal for the striker.",
    "The club bought a new striker from Porto.",
    "Fans paraded the trophy through the city.",
    "The cruise ship docked in Havana on Monday.",
    "Messi met Ronaldo at the awards ceremony.",
    "The team arrived in Madrid on Tuesday.",
    "The coach spoke with reporters after the match.",
    "Fans gathered in Trafalgar Square to celebrate.",
    "The team landed in Madrid on Tuesday.",
    "The goalkeeper conceded defeat after the penalty shootout.",
    "The club dropped its objection to the transfer.",
    "The champions were hit with a fine for fielding an ineligible player.",
    "As well as being hit with the ban, the sprinter was stripped of her titles.",
    "The striker picked up a knock in training.",
    "Liverpool crushed the Leeds resistance.",
    "The designer showed off her new collection.",
    "The champion softened his stance on retirement.",
    "The company liquidated its assets.",
    "This information could be beamed to another wearer when two people shook hands.",
    "A gas cylinder exploded in a restaurant in the city centre.",
])
def test_no_event_from_the_same_words_round_2(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
