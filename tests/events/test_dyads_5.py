"""Settings, descriptions and destinations: what a clause of time or cause, a relative clause
or a "to" phrase of an expulsion does not make a party or an event; a titled name the parser
misreads as an adverb; "no plans" is no refusal; and wire idioms of support, extradition and
aid.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, dyads, only_event


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # "as", "amid", "during" and "after" phrases tell the setting of the main act: one event.
    ("Police in Kenya fired tear gas at crowds in Nairobi as protests against a finance bill turned violent.",
     "175", {"KEN"}, {"KEN"}),
    ("Venezuela closed its border with Colombia amid clashes between Colombian rebels and Venezuelan troops.",
     "191", {"VEN"}, {"COL"}),
    ("Egypt imposed a curfew in Cairo as protests against the government spread.", "1723", {"EGY"}, {"EGY"}),
])
def test_a_setting_is_not_a_second_event(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_participle_after_a_light_verb_repeats_the_act(code_text):
    # "held drills ..., sending warships": the participle tells how the drills went.
    record = code_text("China held large-scale naval drills near Taiwan, sending dozens of warships toward the "
                       "island.")
    assert dyads(record) == [("150", {"CHN"}, {"TWN"})]


def test_a_titled_name_after_the_verb_is_its_object(code_text):
    # The small model reads "Chinese leader Xi Jinping" as an adverbial noun of "met".
    assert_dyad(code_text("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Friday."),
                "04", {"RUS"}, {"CHN"})


def test_no_plans_is_not_a_refusal(code_text):
    planned = code_text("Italy has no plans to send warships to the Red Sea, the defence minister said.")
    assert all(e["modality"]["negated"] for e in planned["events"]), dyads(planned)
    assert not any(e["cameo"].startswith("12") for e in planned["events"])
    # A refusal stays a refusal.
    refused = code_text("Italy refused to send warships to the Red Sea.")
    assert only_event(refused, "12")["modality"]["negated"] is False


@pytest.mark.parametrize("text, actor, recipient", [
    # The country in a relative clause describing what was protested is no party to the protest.
    ("Thousands of Serbians marched through Belgrade against a mining project that critics say will benefit a "
     "German company.", {"SRB"}, {"SRB"}),
    ("Tens of thousands of Slovaks rallied in Bratislava against a media law that critics say copies Hungarian "
     "legislation.", {"SVK"}, {"SVK"}),
])
def test_a_relative_clause_names_no_party(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "14", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    # Where the expelled were sent is not whom the expulsion struck: their own country's people.
    ("Belarus expelled two opposition activists to Poland on Thursday.", {"BLR"}, {"BLR"}),
    ("Cuba deported a dissident priest to Spain after revoking his residency.", {"CUB"}, {"CUB"}),
    # Foreigners sent home: their nationality.
    ("Egypt expelled three Sudanese activists to Khartoum on Tuesday.", {"EGY"}, {"SDN"}),
])
def test_an_expulsion_destination_is_no_target(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "174", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Brazil threw its support behind Indonesia's bid for a permanent seat on the Security Council.", "051",
     {"BRA"}, {"IDN"}),
    ("Mexican police handed over an alleged cartel money launderer to U.S. agents at the border.", "063", {"MEX"},
     {"USA"}),
    ("Spanish authorities turned over to France a Basque separatist suspect wanted for bombings.", "063", {"ESP"},
     {"FRA"}),
    ("Turkey handed Azerbaijan a shipment of armoured vehicles and drones on Friday.", "072", {"TUR"}, {"AZE"}),
    # Announced aid is an intention (03x).
    ("Sweden will give 500 million crowns in humanitarian aid to Sudan, the foreign ministry said.", "033",
     {"SWE"}, {"SDN"}),
    # The small model lemmatises "raped" as "rap".
    ("Congolese soldiers raped at least 30 women in the eastern province of South Kivu, a U.N. report said.",
     "1821", {"COD"}, {"COD"}),
    ("Pakistani police charged a former prime minister under the official secrets act.", "173", {"PAK"}, {"PAK"}),
    ("Peru's new president vowed to overhaul the national police after months of deadly protests.", "034",
     {"PER"}, {"PER"}),
])
def test_wire_idioms(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_support_behind_a_person_reaches_past_the_owner(code_text):
    # "its support": the owner is the actor; whom the support is behind is the recipient.
    assert_dyad(code_text("Kenya threw its support behind Egypt's Ahmed Aboul Gheit in the race to lead the "
                          "Arab League."), "051", {"KEN"}, {"EGY"})


def test_a_lawn_is_a_venue(code_text):
    # Signed on the lawn of a government's building: the building's state is no party.
    record = code_text("Serbia and Kosovo signed an economic normalisation deal on the South Lawn of the White "
                       "House on Friday.")
    assert_dyad(record, "057", {"SRB", "XKX"}, set())


def test_sport_support_is_not_coded(code_text):
    # The sport guard still holds for the new support idiom.
    assert code_text("Brazil threw its support behind Indonesia's bid to host the 2036 Olympics.")["events"] == []


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A participle after the main act tells its purpose or manner: the main act is the event.
    ("Bangladeshi students held a rally in Dhaka, calling for the release of detained activists.", "14", {"BGD"},
     {"BGD"}),
    ("Turkish President Recep Tayyip Erdogan made a visit to Baghdad on Monday, hoping to improve relations with "
     "Iraq.", "042", {"TUR"}, {"IRQ"}),
])
def test_a_participle_tail_is_not_a_second_event(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_a_reaction_in_a_participle_stays(code_text):
    # Someone else's answer drawn by the act is an event of its own.
    record = code_text("Serbian police raided the offices of an opposition party in Belgrade, drawing condemnation "
                       "from the European Union.")
    assert_dyad(record, "11", {"IGOEEC"}, {"SRB"})
    assert len(record["events"]) == 2, dyads(record)


def test_crowds_thronging_a_capital_protest(code_text):
    record = code_text("Thousands of Georgians demanding new elections thronged central Tbilisi on Sunday.")
    assert_dyad(record, "141", {"GEO"}, {"GEO"})
    # Tourists are nobody's protest.
    assert code_text("Thousands of tourists thronged the beaches of Mallorca on Sunday.")["events"] == []


def test_breaching_limits_defies_norms(code_text):
    assert_dyad(code_text("Iran breached limits set by the 2015 nuclear deal, the IAEA said."), "128", {"IRN"},
                set())


@pytest.mark.parametrize("text, actor", [
    # Negotiators, delegations and officials "from" states or organisations act for them.
    ("Negotiators from Britain and the European Union resumed talks in Brussels on Monday.", {"GBR", "IGOEEC"}),
    ("Delegations from Ethiopia and Egypt resumed negotiations over the dam in Addis Ababa on Monday.",
     {"ETH", "EGY"}),
    ("Officials from the IMF and Pakistan held talks in Islamabad on a new loan.", {"IGOIMF", "PAK"}),
])
def test_envoys_from_parties_act_jointly(code_text, text, actor):
    assert_dyad(code_text(text), "04", actor, set())


def test_a_possessive_country_the_model_calls_a_person(code_text):
    # The small model tags "Sri Lanka's" as a PERSON; the country name still wins.
    assert_dyad(code_text("Sri Lanka's government lifted the state of emergency it had imposed during last month's "
                          "unrest."), "08", {"LKA"}, {"LKA"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A crowd counted in thousands rallies; a title parsed as a modifier of the name still counts.
    ("Tens of thousands of Hungarians rallied in Budapest to demand the resignation of the prime minister.", "14",
     {"HUN"}, {"HUN"}),
    ("Indian and Pakistani troops fought with artillery and mortars along the Line of Control for a third day.",
     "194", {"IND", "PAK"}, set()),
    ("French Foreign Minister Jean-Noel Barrot landed in Beirut on Monday for talks on the ceasefire.", "042",
     {"FRA"}, {"LBN"}),
])
def test_crowds_guns_and_arrivals(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_fans_and_teams_are_no_parties(code_text):
    assert code_text("Thousands of fans rallied in Madrid after the cup final.")["events"] == []
    assert code_text("The England squad landed in Sydney on Monday ahead of the Ashes.")["events"] == []


def test_by_and_a_gerund_is_how_the_act_was_done(code_text):
    # "broke the ceasefire by shelling villages": the violation is the act; the shelling says how.
    assert dyads(code_text("Azerbaijan broke the ceasefire by shelling Armenian villages.")) == [
        ("196", {"AZE"}, {"ARM"})]


def test_large_scale_drills_encircling_an_island(code_text):
    record = code_text("China's military staged large-scale drills encircling Taiwan on Saturday.")
    assert dyads(record) == [("150", {"CHN"}, {"TWN"})]
    assert code_text("The company staged large-scale fire drills at its factory in Shenzhen.")["events"] == []


def test_off_the_coast_of_places_a_group(code_text):
    # Pirates are placed by where they struck: "off the coast of Yemen".
    record = code_text("Pirates hijacked a Greek-owned tanker off the coast of Yemen on Sunday.")
    assert ("18", {"YEM"}, {"GRC"}) in [(c[:2], a, r) for c, a, r in dyads(record)]
    # Outside a foreign embassy is not in the embassy's country.
    assert_dyad(code_text("Hundreds of protesters demonstrated outside the Chinese embassy in Manila."), "141",
                {"PHL"}, {"CHN"})
