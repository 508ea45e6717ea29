"""Wire-style frames, round 2: appeals to punish a third party, meetings of two leaders,
investment, tip-offs, arms and aid sent, protection deployments, outsiders let in,
disengagement and disarmament, ended agreements and mediation roles, paused aid, orders to
leave, entry and app bans, coercion, crowd violence, bombings.

Team-written sentences in the style of agency copy, with other actors and wording than the
sentences that prompted each entry: the CAMEO code prefix, the PLOVER type, and the
actor/recipient codes.
"""

from __future__ import annotations

import pytest

from eventkit import assert_event, only_event


@pytest.mark.parametrize("text, cameo, plover, actor, recipient", [
    # Appeals to others to punish or isolate someone rally opposition against that someone (113).
    ("Lithuania urged its European partners to impose tougher sanctions on Belarus.", "113", "ACCUSE",
     {"LTU"}, {"BLR"}),
    ("Kyiv called on Western governments to isolate Moscow diplomatically.", "113", "ACCUSE",
     {"UKR"}, {"RUS"}),
    # ... and to back someone is support for that someone (053, or the governed 051 backing).
    ("Hungary lobbied other EU governments to back Serbia's membership bid.", "05", "SUPPORT",
     {"HUN"}, {"SRB"}),
    # Meetings and calls between two leaders.
    ("The presidents of Kenya and Uganda met in Nairobi on Monday.", "044", "CONSULT", {"KEN", "UGA"}, set()),
    ("Japanese and Chinese foreign ministers met in Beijing to ease tensions over the islands.", "044", "CONSULT",
     {"JPN", "CHN"}, set()),
    # (Eighth session: a call between two parties named together runs from the first named to the second.)
    ("The Indian and Pakistani foreign ministers discussed water sharing in a telephone call.", "041", "CONSULT",
     {"IND"}, {"PAK"}),
    ("Egypt and Sudan discussed the Nile dam in Cairo.", "040", "CONSULT", {"EGY", "SDN"}, set()),
    # Working and coordinating with another state.
    ("Greece worked with Turkey to rescue migrants in the Aegean.", "060", "COOPERATE", {"GRC"}, {"TUR"}),
    ("Belarus coordinated its stance with Moscow before the summit.", "050", "SUPPORT", {"BLR"}, {"RUS"}),
    ("Brazil worked closely with Argentina on the trade deal.", "050", "SUPPORT", {"BRA"}, {"ARG"}),
    ("Turkey's foreign minister came to the defence of Azerbaijan.", "052", "SUPPORT", {"TUR"}, {"AZE"}),
    # Investment in another country.
    ("Qatar invested $3 billion in Egyptian infrastructure projects.", "061", "COOPERATE", {"QAT"}, {"EGY"}),
    ("Japan will invest $2 billion in Vietnamese power plants, the trade ministry said.", "0311", "AGREE",
     {"JPN"}, {"VNM"}),
    ("Russia has supplied Serbia with natural gas at a discount.", "061", "COOPERATE", {"RUS"}, {"SRB"}),
    # Intelligence passed on.
    ("French intelligence tipped off Belgian police about a planned attack in Brussels.", "064", "COOPERATE",
     {"FRA"}, {"BEL"}),
    ("Jordan passed intelligence to Germany about a plot against a synagogue.", "064", "COOPERATE",
     {"JOR"}, {"DEU"}),
    # Weapons and aid sent.
    ("Norway will send additional air defence systems to Ukraine.", "0332", "AGREE", {"NOR"}, {"UKR"}),
    ("North Korea has supplied Russia with thousands of artillery shells, Seoul said.", "072", "AID",
     {"PRK"}, {"RUS"}),
    ("Kuwait handed the Sudanese government a package of support.", "070", "AID", {"KWT"}, {"SDN"}),
    # Troops sent to protect another country; peacekeepers taking up positions.
    ("Kenya deployed 400 police officers to protect Haiti's capital from gangs.", "074", "AID", {"KEN"}, {"HTI"}),
    ("Irish peacekeepers took up positions in southern Lebanon.", "074", "AID", {"IRL"}, {"LBN"}),
    # Outsiders let in: peacekeepers, teams, inspectors, investigators.
    ("Chad accepted the deployment of African Union peacekeepers in the east of the country.", "0861", "RETREAT",
     {"TCD"}, {"IGOAFU"}),
    ("Morocco allowed Spanish rescue teams into the quake zone.", "086", "RETREAT", {"MAR"}, {"ESP"}),
    ("Syria allowed U.N. chemical weapons inspectors back into the country.", "0862", "RETREAT",
     {"SYR"}, {"IGOUNO"}),
    ("Poland allowed German investigators access to the crash site.", "086", "RETREAT", {"POL"}, {"DEU"}),
    # Disengagement, disarmament and handovers of wanted people.
    ("Armenian and Azerbaijani troops disengaged along a section of the border.", "087", "RETREAT",
     {"ARM", "AZE"}, set()),
    ("Colombia's ELN rebels completed the handover of their weapons to U.N. monitors.", "0873", "RETREAT",
     {"COLELN"}, {"COL"}),  # the group names its state already ("Colombia's" is not a second actor);
    # rebels who disarm yield to their own state, the U.N. monitors are no party (seventh session)
    ("Mexican police handed over an alleged cartel boss to U.S. authorities.", "063", "COOPERATE",
     {"MEX"}, {"USA"}),
    # Intent to settle, mediate, give way.
    ("Ethiopia is open to mediation by Turkey in its dispute with Sudan.", "038", "AGREE", {"ETH"}, {"TUR"}),
    ("Serbia said it was ready to make concessions to Kosovo to secure a deal.", "035", "AGREE",
     {"SRB"}, {"XKX"}),
    ("Spain offered an apology to Mexico for abuses during the conquest.", "055", "SUPPORT", {"ESP"}, {"MEX"}),
    # Ending agreements, initiatives, mediation roles and ties.
    ("Mali's junta revoked a defence cooperation agreement with France.", "160", "SANCTION", {"MLI"}, {"FRA"}),
    ("Nicaragua ended ties with Taiwan on Thursday.", "161", "SANCTION", {"NIC"}, {"TWN"}),
    # Aid paused or suspended.
    ("The Netherlands paused military aid to Israel.", "1622", "SANCTION", {"NLD"}, {"ISR"}),
    ("Sweden suspended budget support to Uganda over the anti-gay law.", "1621", "SANCTION", {"SWE"}, {"UGA"}),
    # Forces ordered out; an organisation banned from operating.
    ("Mali ordered the U.N. peacekeeping mission to leave the country.", "1661", "SANCTION", {"MLI"}, {"IGOUNO"}),
    ("Burkina Faso ordered French troops to leave within a month.", "166", "SANCTION", {"BFA"}, {"FRA"}),
    ("Russia banned the U.N. refugee agency from operating in Crimea.", "1663", "SANCTION", {"RUS"}, {"IGOUNOHCR"}),
    # Administrative sanctions and coercion.
    ("China barred 20 Canadian lawmakers from entering the country.", "172", "COERCE", {"CHN"}, {"CAN"}),
    ("Nepal imposed a ban on Chinese apps over security concerns.", "172", "COERCE", {"NPL"}, {"CHN"}),
    ("Chinese coast guard ships fired water cannon at Vietnamese fishing boats.", "17", "ASSAULT",
     {"CHN"}, {"VNM"}),
    ("Prosecutors in Moscow charged a French researcher with espionage.", "173", "COERCE", {"RUS"}, {"FRA"}),
    ("A Belarusian court found an opposition activist guilty of treason.", "116", "ACCUSE", {"BLR"}, {"BLR"}),
    # Ultimatums, demands set out, threats of military measures.
    ("Israel gave Hezbollah until Sunday to withdraw its fighters or face attack.", "139", "THREATEN",
     {"ISR"}, {"LBNHEZ"}),
    ("Azerbaijan set out a list of demands to Armenia before the peace talks.", "100", "REQUEST",
     {"AZE"}, {"ARM"}),
    ("Russia warned it would take military measures against Finland.", "138", "THREATEN", {"RUS"}, {"FIN"}),
    # Crowds, protesters and riots.
    ("Georgian protesters barricaded roads in Tbilisi.", "144", "PROTEST", {"GEO"}, {"GEO"}),
    ("Kenyan protesters hurled stones at police in Nairobi.", "145", "PROTEST", {"KEN"}, {"KEN"}),
    ("Serbian students staged acts of civil disobedience in Belgrade.", "140", "PROTEST", {"SRB"}, {"SRB"}),
    ("British junior doctors walked off the job over pay.", "143", "PROTEST", {"GBR"}, {"GBR"}),
    ("Hundreds of Kenyan protesters clashed with police in Nairobi on Tuesday.", "145", "PROTEST", {"KEN"}, {"KEN"}),
    ("Serbian protesters torched police cars in Belgrade.", "145", "PROTEST", {"SRB"}, {"SRB"}),
    ("Zelenskiy rallied European allies against Russia.", "113", "ACCUSE", {"UKR"}, {"RUS"}),
    # Drills, expelled diplomats, approved arms sales.
    ("China conducted live-fire drills near Taiwan.", "150", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("South Korea and the United States kicked off joint military drills.", "062", "COOPERATE",
     {"KOR", "USA"}, set()),
    ("Russia declared a German diplomat persona non grata.", "161", "SANCTION", {"RUS"}, {"DEU"}),
    ("Washington approved the sale of 40 F-16 fighter jets to Ankara.", "072", "AID", {"USA"}, {"TUR"}),
    ("Bolivian protesters set up roadblocks across the country.", "144", "PROTEST", {"BOL"}, {"BOL"}),
    ("Iran released the Swedish diplomat in a prisoner swap.", "0841", "RETREAT", {"IRN"}, {"SWE"}),
    ("Qatar hosted negotiators from Israel and Hamas.", "043", "CONSULT", {"QAT"}, {"ISR", "PSEHMS"}),
    ("Norway facilitated talks between the Venezuelan government and the opposition.", "045", "CONSULT",
     {"NOR"}, {"VEN"}),
    ("Pakistan's Supreme Court disqualified the prime minister.", "1722", "COERCE", {"PAK"}, {"PAK"}),
    ("Ukraine cut off transit of Russian gas to Europe.", "160", "SANCTION", {"UKR"}, {"RUS"}),
    ("The first Egyptian aid trucks entered Gaza on Saturday.", "073", "AID", {"EGY"}, {"PSE"}),
    # Armed groups, bombs and expulsions.
    ("Separatist militants attacked a bus carrying Pakistani soldiers in Balochistan.", "180", "ASSAULT",
     {"PAK"}, {"PAK"}),
    ("Israeli settlers assaulted Palestinian shepherds near Hebron.", "182", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Sudan's army drove thousands of Masalit villagers out of Darfur.", "201", "ASSAULT", {"SDN"}, {"SDN"}),
    ("Iraq used weapons of mass destruction against Iranian soldiers.", "204", "ASSAULT", {"IRQ"}, {"IRN"}),
    # Ground forces pushing or rolling into a place.
    ("Israeli tanks pushed into Rafah.", "190", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Russian tanks rolled into the Georgian town of Gori.", "190", "ASSAULT", {"RUS"}, {"GEO"}),
])
def test_wire_family_round_2(code_text, text, cameo, plover, actor, recipient):
    assert_event(code_text(text), cameo, plover, actor, recipient)


# Frames whose recipient is a matter for the argument stage (a place, a possessive of the object,
# an argument of the talks): only the code, type and actor are checked here.
@pytest.mark.parametrize("text, cameo, plover, actor", [
    ("A Qatari aid ship carrying flour and tents docked in Beirut on Tuesday.", "073", "AID", {"QAT"}),
    ("Panama pulled out of China's Belt and Road Initiative.", "160", "SANCTION", {"PAN"}),
    ("Kuwait ended its role as mediator in the Gulf dispute.", "165", "SANCTION", {"KWT"}),
    ("Egypt recalled its negotiating team from the talks with Ethiopia.", "164", "SANCTION", {"EGY"}),
    ("Russian authorities forced residents of Mariupol to take Russian citizenship.", "170", "COERCE", {"RUS"}),
    ("Moscow suspended its participation in the New START treaty.", "160", "SANCTION", {"RUS"}),
    ("A Jordanian aid convoy arrived in Gaza on Sunday.", "073", "AID", {"JOR"}),
    # Rights granted to a group of the country's own people (announced: 034).
    ("Egypt will allow women to serve as judges, a presidential decree said.", "034", "AGREE", {"EGY"}),
])
def test_wire_family_round_2_actor(code_text, text, cameo, plover, actor):
    assert_event(code_text(text), cameo, plover, actor)


def test_charge_by_others_stays_an_accusation(code_text):
    # Only prosecutors and courts bring a charge as legal action (173); an opposition "charging"
    # a minister with corruption accuses him (112).
    event = only_event(code_text("The opposition charged the Kenyan finance minister with corruption."), "112")
    assert event["event"] == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The striker worked with a new coach to improve his fitness.",
    "The charity worked with education experts to put together a learning pack.",
    "Apple will invest $1 billion in a new campus in Texas.",
    "The two finalists met in the semi-final last year.",
    "The band pulled out of the festival because of illness.",
    "Fans hurled abuse at the referee after the match.",
    "The director handed over the script to the studio.",
    "The company ended its role as sponsor of the league.",
    "The film was banned from cinemas in several countries.",
    "The British army advanced its recruitment drive.",
    "Pupils took part in a fire drill at the school.",
])
def test_no_political_event_round_2(code_text, text):
    record = code_text(text)
    assert record["events"] == [], [(e["cameo"], e["trigger"]["text"]) for e in record["events"]]
