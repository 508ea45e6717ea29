"""An ordinary news day's acts found short on wire_dev_22 (thirty-fourth session, helper wt-dev36),
tested on sentences written for this file (other states, places and numbers than the set's):

- a credit line or line of credit sought or requested from a state is an appeal for economic aid
  (0231); one extended, provided or granted is economic aid (071);
- a terrorism or threat alert raised, heightened or moved to a higher level is a police alert
  (151); soldiers concentrated near a border are armed forces mobilised (154); paramilitary
  forces deployed in a capital are police power increased (153);
- foreign fishing boats sunk by a state are property destroyed (1712), not an armed attack;
- a threat to fire missiles is a threat of conventional attack (1384);
- an appeal or demand to withdraw sanctions, tariffs or export curbs asks for economic sanctions
  to be eased (0254, 1054), one to withdraw a curfew for administrative ones (0251);
- a leader shot in what the sentence calls "an attempt on his life" survived: 185, not 186;
- a border or airspace reopened in a clause "ending a boycott/embargo" eases an economic boycott
  (085), not a military blockade (0872).

- a leader who "died after being shot" or stabbed was assassinated (186); a rejected call or
  proposal for unification is a plan to settle a dispute turned down (127); an accusation of a
  part in a murder or kidnapping is one of crime (1121); a fact-finding or investigative mission
  or commission set up is an investigation (090), split by what it looks into (092 for abuses);
- talks pulled out of are aimed at the partner of the "with" phrase behind "out of", as with
  "withdrew from talks with", even when another state is named elsewhere in the sentence (164);
- a violent act "during" or "amid" protests against a policy has that protest's aim (1452);
- a national airline (Air India, Air China) is a company of its state: its order for airliners
  from Airbus or Boeing is commerce, not arms bought.

The look-alikes keep their codes: troops asked to be withdrawn (0256), a border reopened "ending
a blockade" (0872), a warship sunk (an attack), and a minister threatening to fire an official,
fuel prices raised and efforts concentrated (no event).
"""

from __future__ import annotations

from eventkit import dyads, full_code_tests, has_asserted, probe_tests

EVENTS = [
    # credit lines asked for (0231) and given (071)
    ("Dhaka sought a $2 billion credit line from Beijing to pay for fuel and fertiliser imports.",
     [("0231", {"BGD"}, {"CHN"})]),
    ("Egypt requested a line of credit from Saudi Arabia to cover wheat purchases, officials said.",
     [("0231", {"EGY"}, {"SAU"})]),
    ("Japan extended a line of credit worth $300 million to Bangladesh for railway projects.",
     [("071", {"JPN"}, {"BGD"})]),
    ("China granted a $1 billion line of credit to Pakistan on Friday.", [("071", {"CHN"}, {"PAK"})]),
    # force postures (151, 153, 154)
    ("Belgium raised its terror alert to the highest level after a shooting in Brussels.",
     [("151", {"BEL"}, {"BEL"})]),
    ("Britain moved its terrorism threat level to the highest category after the bombing in Manchester.",
     [("151", {"GBR"}, {"GBR"})]),
    ("Spain heightened its terrorism alert after the attacks in Barcelona.", [("151", {"ESP"}, {"ESP"})]),
    ("Azerbaijan has concentrated thousands of soldiers near the Armenian border, Yerevan said.",
     [("154", {"AZE"}, {"ARM"})]),
    ("Bangladesh deployed paramilitary forces in Dhaka ahead of an opposition rally.",
     [("153", {"BGD"}, {"BGD"})]),
    # property destroyed, threats of attack
    ("Argentina sank a Chinese fishing boat caught poaching in its waters, the coast guard said.",
     [("1712", {"ARG"}, {"CHN"})]),
    ("Iran threatened to fire missiles at American bases in the Gulf.", [("1384", {"IRN"}, {"USA"})]),
    # measures asked or demanded to be withdrawn (0254, 1054, 0251)
    ("Mexico urged Washington to withdraw its tariffs on Mexican steel and aluminium.",
     [("0254", {"MEX"}, {"USA"})]),
    ("China demanded that Canada withdraw its sanctions on Chinese officials.", [("1054", {"CHN"}, {"CAN"})]),
    ("Kenya asked Uganda to withdraw its curfew on border towns.", [("0251", {"KEN"}, {"UGA"})]),
    # an attempt on a leader's life (185)
    ("A gunman shot Georgian Prime Minister Irakli Garibashvili twice outside a hotel in Batumi, "
     "in what police called an attempt on his life.", [("185", {"GEO"}, {"GEO"})]),
    # a killing told by the victim's death (186)
    ("Haitian President Jovenel Moise died after being shot at his home.", [("186", {"HTI"}, {"HTI"})]),
    # a call for unification turned down: a plan to settle the dispute rejected (127)
    ("Seoul rejected Pyongyang's proposal for unification under a confederation.", [("127", {"KOR"}, {"PRK"})]),
    # an accusation of a part in a murder (1121)
    ("Canada accused India of involvement in the murder of a Sikh activist.", [("1121", {"CAN"}, {"IND"})]),
    # a fact-finding mission set up, split by what it is to look into (092)
    ("The U.N. Human Rights Council established an investigative commission on abuses by Myanmar's army.",
     [("092", {"IGOUNOHRC"}, {"MMR"})]),
    # a riot during protests against a price rise: violent protest for a change of policy (1452)
    ("Rioters torched buses in Quito during protests against a rise in fuel prices.",
     [("1452", {"ECU"}, {"ECU"})]),
    # talks left, aimed at the partner their "with" phrase names, whoever else the sentence names (164)
    ("Serbia pulled out of talks with Kosovo in Brussels, citing attacks on Serbs in the north of Kosovo "
     "and the stance of Albania.", [("164", {"SRB"}, {"XKX"})]),
    # a boycott ended by reopening (085)
    ("Bahrain reopened its airspace to Qatari flights, ending an embargo of more than three years.",
     [("085", {"BHR"}, {"QAT"})]),
]

# Look-alikes that keep their own code.
KEEPS = [
    ("Chile urged Argentina to withdraw its troops from the disputed glacier.", "0256", {"CHL"}, {"ARG"}),
    ("Turkey reopened its border crossing with Armenia, ending a blockade imposed during the war.",
     "0872", {"TUR"}, {"ARM"}),
]

QUIET = [
    # a national airline's order for airliners is commerce, not arms bought by its state
    "Air China ordered 100 planes from Airbus in a deal signed during Xi Jinping's visit to Paris.",
    "Air India agreed to buy 250 jets from Boeing and Airbus in its biggest order yet.",
    "The former president died after a long illness.",
    "Brazil set up a commission to study pension reform.",
    "The minister threatened to fire the head of the central bank.",
    "Sri Lanka raised its fuel prices to the highest level in a decade.",
    "Pakistan concentrated its efforts on exports to China.",
]

test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, {})


test_full_codes, test_look_alikes_keep_their_code = full_code_tests(EVENTS, KEEPS)


def test_a_sunk_warship_stays_an_attack(code_text):
    record = code_text("Ukrainian drones sank a Russian warship in the Black Sea.")
    assert has_asserted(record, "19", {"UKR"}, {"RUS"}), dyads(record)
    assert not has_asserted(record, "1712", {"UKR"}, {"RUS"}, exact=True), dyads(record)
