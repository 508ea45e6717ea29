"""Security and the use of force (thirty-fourth session, helper wt-dev35, from wire_dev_21's
misses): a leader quitting "as" president, legislators arriving in a capital, a prisoner swap
brokered, crowds filling the streets, warplanes making low passes over a warship, two releases
told in two clauses, and hours of talks. Each family is written as its own sentences (not the
bench's), with the code and the dyad asserted, next to everyday uses of the same words that
must code nothing.
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 0831: quitting "as" a named office is a resignation, at home even when the clause names
    # the country the letter came from.
    ("Evo Morales quit as Bolivia's president on Sunday in a televised address recorded in Cochabamba.",
     "0831", {"BOL"}, {"BOL"}),
    ("Kyrgyz President Kurmanbek Bakiyev quit as head of state in a letter faxed from Kazakhstan.",
     "0831", {"KGZ"}, {"KGZ"}),
    # 042: a speaker or a senator arriving in a capital is a visit.
    ("The speaker of the U.S. House of Representatives arrived in Kyiv on Sunday for talks with Ukrainian officials.",
     "042", {"USA"}, {"UKR"}),
    # 045: a swap or a release brokered between two others is mediation aimed at both.
    ("Oman brokered a swap of detained citizens between Iran and France on Friday.",
     "045", {"OMN"}, {"IRN", "FRA"}),
    # 141: crowds filling a city's streets or squares are a demonstration.
    ("Thousands of Serbians filled the main square of Belgrade on Saturday against the lithium mine plan.",
     "141", {"SRB"}, None),
    # 150: warplanes making low passes over a foreign ship show force to its state.
    ("Chinese fighter jets made several low passes over a Canadian frigate in the East China Sea.",
     "150", {"CHN"}, {"CAN"}),
])
def test_security_force_frames(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=len(cameo) == 4)


def test_two_releases_in_two_clauses_keep_their_own_doers(code_text):
    # The model reads "Azerbaijan" as one more thing Armenia released; the repair makes it the
    # second verb's subject.
    record = code_text("Armenia released two Azerbaijani soldiers and Azerbaijan freed 32 Armenian servicemen "
                       "on Wednesday under a deal mediated by the European Union.")
    assert_some_event(record, "0841", {"ARM"}, {"AZE"}, exact=True)
    assert_some_event(record, "0841", {"AZE"}, {"ARM"}, exact=True)


def test_hours_of_talks_are_talks(code_text):
    record = code_text("Serbian and Kosovar negotiators held nearly five hours of talks in Brussels on Tuesday.")
    assert any(e["cameo"][:2] == "04" for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    "The goalkeeper quit as captain of the national side after the defeat.",
    "Fans filled the stadium in Turin for the cup final on Sunday.",
    "The aerobatic team made low passes over the beach at the air show.",
    "The company brokered the sale of the office tower to a pension fund.",
])
def test_everyday_uses_code_nothing(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)


def test_people_driven_into_a_neighbour_in_ethnic_cleansing_stay_at_home(code_text):
    # 203: the country a people flees into is where they go, not whom the act is aimed at.
    record = code_text("Bosnian Serb troops drove thousands of Bosniaks from their homes into Croatia "
                       "in what investigators later called ethnic cleansing.")
    assert_some_event(record, "203", {"BIH"}, {"BIH"}, exact=True)


def test_broker_of_a_truce_is_no_party_to_its_breach(code_text):
    # 196: the state named in "a Turkish-brokered ceasefire" made the truce; two sides of one
    # state breaking it fight at home.
    record = code_text("Libya's army and the paramilitary Tripoli Protection Force broke a Turkish-brokered "
                       "ceasefire within a day, witnesses said.")
    event = next((e for e in record["events"] if e["cameo"] == "196"), None)
    assert event is not None, dyads(record)
    assert "TUR" not in {a["code"][:3] for a in event["recipient"]}, dyads(record)


def test_roads_blocked_in_a_capital_named_on_the_last_object(code_text):
    # 1441: the capital named on the object's last conjunct places the crowd; the aim is a resignation.
    record = code_text("Opposition activists blocked bridges and a ring road in Tbilisi to demand "
                       "the prime minister's resignation.")
    assert_some_event(record, "144", {"GEO"}, None)


def test_counted_police_unit_arriving_to_lead_a_mission(code_text):
    # 074: the model reads "arrived" as a relative on "officers"; the repair gives the sentence
    # its verb back, and police sent to lead a foreign mission are protection given.
    record = code_text("The first unit of about 400 Rwandan police officers arrived in Bangui on Monday "
                       "to join a U.N. stabilisation mission in the Central African Republic.")
    assert_some_event(record, "074", {"RWA"}, None, exact=True)


def test_offer_of_talks_rejected_is_aimed_at_who_made_it(code_text):
    # 125: the "from" phrase the model hangs on "talks" names who made the offer.
    record = code_text("The Maoist rebels rejected an offer of talks from Prime Minister Sher Bahadur Deuba, "
                       "saying the army must first return to its barracks.")
    assert_some_event(record, "12", {"NPL"}, {"NPL"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # 0241: the infinitive the model hangs on the relative clause of whom it urges is what is asked.
    ("The African Union urged the officers who took power in Gabon to reinstate President Ali Bongo "
     "and free him from house arrest.", "0241", {"IGOAFU"}, None),
    # 1246: a call for a truce turned down is de-escalation refused, whatever the clause beside it says.
    ("Russia rejected Western calls for a Christmas truce in Ukraine, with its envoy saying a pause "
     "would only allow Kyiv to rearm.", "1246", {"RUS"}, None),
    # 1013: militants to be handed over (the model reads "hand" as a noun and "over" as a preposition).
    ("Iran's foreign ministry demanded on Monday that Iraq's government hand over the militants "
     "it holds responsible for the border raids.", "1013", {"IRN"}, {"IRQ"}),
])
def test_security_force_sub_codes(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert_some_event(record, cameo, actor, recipient, exact=True)


def test_prisoners_refusing_food_protest_against_their_jailer(code_text):
    # 142x: refusing food is a hunger strike; the state the participle says holds them is its target.
    record = code_text("Some 300 Kurdish inmates held by Turkey refused food for a third week, "
                       "demanding better conditions for their jailed leader.")
    assert_some_event(record, "142", {"TUR"}, {"TUR"})


def test_hunger_strike_target_is_the_detaining_state(code_text):
    record = code_text("Dozens of Saharawi detainees held by Morocco refused food on Monday over their detention without trial.")
    event = next((e for e in record["events"] if e["cameo"].startswith("142")), None)
    assert event is not None, dyads(record)
    assert {a["code"][:3] for a in event["recipient"]} == {"MAR"}, dyads(record)


def test_arms_depot_blast_with_no_doer_is_an_accident(code_text):
    record = code_text("A blast at an army arms depot near Maputo killed more than 100 people and wrecked "
                       "hundreds of homes, officials said.")
    assert not record["events"], dyads(record)


def test_weapons_built_together_are_military_cooperation_promised(code_text):
    # 0312: "together" hung on the preposition after it is given back to the verb.
    record = code_text("Paris and Berlin agreed to build a new battle tank together in Germany for both armies, "
                       "officials said after the talks.")
    event = next((e for e in record["events"] if e["cameo"] == "0312"), None)
    assert event is not None, dyads(record)
    assert {a["code"] for a in event["actor"]} == {"FRA", "DEU"}


def test_storming_parliament_as_a_bill_is_voted_through(code_text):
    # 1452: the "as" clause on the conjoined verb names the bill the riot is over.
    record = code_text("Demonstrators stormed Paraguay's congress and set fire to part of it as senators "
                       "voted through a budget bill raising fuel taxes.")
    assert_some_event(record, "1452", {"PRY"}, None, exact=True)


def test_air_force_parachuting_food_is_humanitarian_aid(code_text):
    # 073: the model reads "parachuted" as an adjective on "crates"; the repair gives the verb back.
    record = code_text("Egypt's air force parachuted crates of flour and medicine into the south of the enclave, "
                       "the army said.")
    assert_some_event(record, "073", {"EGY"}, None, exact=True)


def test_parachuted_read_as_an_adjective_is_given_back_its_verb(code_text):
    # The model reads "parachuted" as an adjective on "pallets" and the air force as their
    # modifier; the repair makes it the verb, the air force its subject.
    record = code_text("The Royal Jordanian air force parachuted pallets of rice and medicine into northern Gaza.")
    assert_some_event(record, "073", {"JOR"}, None, exact=True)


def test_threat_to_stop_ships_is_a_threatened_blockade(code_text):
    # 1381: stopping or blocking ships threatened is a blockade threatened.
    record = code_text("Iran's navy commander threatened to block any tanker carrying Saudi oil from sailing "
                       "through the Strait of Hormuz.")
    assert_some_event(record, "1381", {"IRN"}, None, exact=True)


def test_mediation_rejected_after_an_offer_is_aimed_at_who_offered(code_text):
    # 126: the offer told in the "after" clause names whom the rejection answers.
    record = code_text("Ethiopia rejected any outside mediation in its border dispute after Kenya's "
                       "president offered to help end the standoff.")
    assert_some_event(record, "126", {"ETH"}, {"KEN"}, exact=True)
