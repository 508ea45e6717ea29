"""Classic wire copy (1990s–2000s): unknown attackers placed where they struck, places that
name agreements, authors of rejected drafts, two sides of one country, appeals to punish a
third party, and wire idioms of that era.

Team-written wire-style sentences (not from the dev or held-out sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, assert_sole_dyad, codes, dyads, only_event


@pytest.mark.parametrize("text, actor, recipient", [
    # Unknown attackers are of the country where they struck, not of their victims.
    ("Two Dutch aid workers were abducted by armed men from their compound in Kandahar, the foreign ministry said.",
     {"AFG"}, {"NLD"}),
    ("Four British telecommunications engineers were kidnapped by masked gunmen from their house in Grozny.",
     {"RUS"}, {"GBR"}),
])
def test_unknown_attackers_are_placed_where_they_struck(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "181", actor, recipient)


def test_a_region_named_as_a_person_still_places_the_attack(code_text):
    # The model reads "the Colombian province of Cauca" as a titled person; its country counts.
    assert_dyad(code_text("Gunmen killed a local councillor in the Colombian province of Cauca during a rally."),
                "1", {"COL"}, {"COL"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A place or capital naming an agreement or process is no party to it.
    ("The Tamil Tigers refused to disarm under the Oslo peace process, a Norwegian envoy said.", "12", {"LKALTT"},
     set()),
    ("Israel and Jordan signed the Washington Declaration.", "057", {"ISR", "JOR"}, set()),
    # A rejection or veto is aimed at whoever put the rejected text forward.
    ("Russia vetoed a Security Council draft resolution drafted by Britain on Syria.", "129", {"RUS"}, {"GBR"}),
    ("Georgia rejected a peace plan put forward by Russia.", "12", {"GEO"}, {"RUS"}),
])
def test_agreements_and_their_authors(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_two_sides_of_one_country_acting_together_is_domestic(code_text):
    record = code_text("Russian negotiators and Chechen separatist envoys sat down for a second day of talks in "
                       "Grozny.")
    assert dyads(record) == [("040", {"RUS"}, {"RUS"})]


def test_an_appeal_to_punish_a_third_party(code_text):
    # The partners asked have no code; the appeal still rallies opposition against Zimbabwe.
    assert_dyad(code_text("Britain urged its European partners to join an arms embargo against Zimbabwe."), "113",
                {"GBR"}, {"ZWE"})
    # An appeal for help stays an appeal.
    assert_dyad(code_text("Ukraine urged Germany to send tanks."), "02", {"UKR"}, {"DEU"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # (Reinforcing a mission is aimed at where it serves: see test_dyads_7.)
    # (Kosovo as a place is filed under Serbia, as the era's coders do: breakaway_regions.tsv.)
    ("Germany will send 500 soldiers to reinforce NATO peacekeepers in Kosovo.", "0334", {"DEU"}, {"SRB"}),
    ("Egypt froze arms contracts with Russian firms.", "163", {"EGY"}, {"RUS"}),
    ("Settler leaders threatened a general strike if the government withdrew from the Gaza Strip.", "133", {"ISR"},
     {"ISR"}),
    ("Israeli police handed back three Palestinian fishermen who had strayed into Israeli waters.", "0841",
     {"ISR"}, {"PSE"}),
    ("Palestinian villagers blocked an Israeli army convoy near Nablus.", "144", {"PSE"}, {"ISR"}),
    ("Canadian troops landed in Haiti to safeguard the airport and protect aid convoys.", "074", {"CAN"}, {"HTI"}),
    ("Greece took exception to the name chosen by its northern neighbour.", "110", {"GRC"}, set()),
])
def test_era_idioms(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_a_military_strike_threat_is_still_force(code_text):
    assert_dyad(code_text("Iran threatened a strike on Israeli nuclear sites."), "138", {"IRN"}, {"ISR"})


@pytest.mark.parametrize("text, cameo, actor", [
    ("Pakistan conducted two underground nuclear tests in Balochistan.", "2042", {"PAK"}),
    ("North Korea carried out a missile test over the Sea of Japan.", "150", {"PRK"}),
])
def test_nuclear_tests_detonate_weapons(code_text, text, cameo, actor):
    event = only_event(code_text(text), cameo)
    assert codes(event["actor"]) == actor


def test_a_purpose_clause_is_not_an_act(code_text):
    # "... and sent armed units to the south to reassert control": one mobilisation (ninth session: of
    # police reservists, so police power, 153, as the wire gold codes it).
    record = code_text("The Albanian government called up police reservists and sent armed units to the south to "
                       "reassert control over towns held by rebels.")
    assert [c for c, _, _ in dyads(record)] == ["153"]


def test_a_stake_in_a_foreign_firm(code_text):
    assert_dyad(code_text("China's state oil company took a controlling stake in a Kazakh producer."), "061",
                {"CHN"}, {"KAZ"})


def test_a_club_as_a_weapon_is_no_sport(code_text):
    assert_dyad(code_text("Israeli settlers beat Palestinian farmers with clubs near Nablus, witnesses said."),
                "182", {"ISR"}, {"PSE"})
    assert code_text("Chelsea beat Arsenal with a late goal at Stamford Bridge.")["events"] == []


def test_a_participle_describing_the_object_is_not_its_clause(code_text):
    # The model reads "soldiers captured during ..." as a clause whose subject is the object.
    assert_dyad(code_text("Ethiopia pardoned two dozen Eritrean soldiers captured during the border war."), "08",
                {"ETH"}, {"ERI"})


def test_the_same_sentence_passed_twice_is_one_event(code_text):
    # "found X guilty ... and sentenced him": one judicial act.
    record = code_text("A Peruvian court found Shining Path founder Abimael Guzman guilty of treason and sentenced "
                       "him to life imprisonment.")
    assert [c for c, _, _ in dyads(record)] == ["116"]


def test_a_setting_names_no_victim(code_text):
    # "after overrunning the U.N. safe area": the UN is no victim of the executions.
    record = code_text("Bosnian Serb forces executed thousands of Muslim men and boys after overrunning the U.N. safe "
                       "area of Srebrenica.")
    assert "IGOUNO" not in {r for _, _, rs in dyads(record) for r in rs}


def test_begging_others_to_strike_is_an_appeal(code_text):
    assert_dyad(code_text("Bosnian Muslim leaders begged NATO to launch air strikes against Serb forces."), "02",
                {"BIH"}, {"IGOWSTNAT"})


def test_a_district_owned_by_a_capital_is_in_its_country(code_text):
    # A gazetteer "Chinatown" elsewhere is not meant.
    assert_dyad(code_text("Rioters torched shops and cars in Jakarta's Chinatown district on Thursday."), "145",
                {"IDN"}, {"IDN"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Where promised help goes is whom it is for.
    ("Qatar pledged to bankroll reconstruction in the Gaza Strip.", "03", {"QAT"}, {"PSE"}),
    ("Japan promised to build a new port in Sri Lanka.", "03", {"JPN"}, {"LKA"}),
    # Where a force pulls out of is where the withdrawal is aimed.
    ("The last U.N. peacekeepers pulled out of Somalia on Friday.", "166", {"IGOUNO"}, {"SOM"}),
])
def test_places_of_promised_help_and_of_withdrawals(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_what_a_threat_answers_is_no_event(code_text):
    # "in retaliation for the assassination of its leader": the reason, not a second act.
    record = code_text("Hamas vowed to unleash a wave of suicide bombings against Israel in retaliation for the "
                       "assassination of its spiritual leader.")
    assert dyads(record) == [("1383", {"PSEHMS"}, {"ISR"})]


def test_a_participle_after_an_event_noun_object(code_text):
    # "carried out a campaign of ethnic cleansing, expelling ...": one act, the cleansing.
    record = code_text("Serbian forces carried out a campaign of ethnic cleansing in Kosovo, expelling hundreds of "
                       "thousands of Albanians.")
    assert [c for c, _, _ in dyads(record)] == ["203"]


def test_a_generic_word_of_a_longer_name_is_no_place(code_text):
    # A gazetteer "Sea" elsewhere is not the Barents Sea.
    record = code_text("Russia's military prosecutors opened an inquiry into the sinking of the nuclear submarine "
                       "Kursk in the Barents Sea.")
    assert dyads(record) == [("093", {"RUS"}, {"RUS"})]


def test_who_reports_a_massacre_is_no_party_to_it(code_text):
    # "…, U.N. officials said": the massacre stays domestic.
    assert_dyad(code_text("Militiamen in the Ituri region massacred hundreds of villagers in Drodro, U.N. officials "
                          "said."), "202", {"COD"}, {"COD"})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A town named before a role places it; "Congressional" is the US Congress.
    ("Milan magistrates widened their bribery investigation on Friday to include several former cabinet ministers.",
     "09", {"ITA"}, {"ITA"}),
    ("Karachi police arrested three suspected militants.", "173", {"PAK"}, {"PAK"}),
    ("Congressional leaders threatened to cut off American aid to the Palestinian Authority.", "131", {"USA"},
     {"PSE"}),
    # "commissioned an inquiry": the commissioner runs it.
    ("The Dutch government commissioned an inquiry into the role of its peacekeepers in the fall of the enclave.",
     "09", {"NLD"}, {"NLD"}),
])
def test_who_runs_an_inquiry_or_a_threat(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The parser hangs the object on "off".
    ("Indian troops sealed off the Kashmiri town of Sopore, barring journalists from entering.", "191", {"IND"},
     {"IND"}),
    # "a string of bombs exploded": the bombs, so an unknown attacker where they struck; the
    # participles and their conjuncts are the same act.
    ("A string of bombs exploded in central Colombo on Tuesday, killing 30 people and wounding dozens.", "183",
     {"LKA"}, {"LKA"}),
    # An attack with chemical agents is the use of chemical weapons.
    ("Syrian government forces fired rockets loaded with sarin gas into rebel-held suburbs of Damascus.", "2041",
     {"SYR"}, {"SYR"}),
    # "ordered the expulsion of diplomats": the noun says whom (161).
    ("France ordered the expulsion of four Russian diplomats.", "161", {"FRA"}, {"RUS"}),
])
def test_seals_series_chemicals_and_expulsions(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, codes_coded", [
    # Tear gas is no chemical weapon, and "riot police" is no riot.
    ("Turkish riot police fired tear gas at protesters in Istanbul.", ["175"]),
    ("Serbian police arrested protest leaders in Belgrade on Monday.", ["173"]),
])
def test_kinds_of_people_and_tear_gas(code_text, text, codes_coded):
    assert [c for c, _, _ in dyads(code_text(text))] == codes_coded


@pytest.mark.parametrize("text, actor, recipient", [
    # An inquiry is aimed at whoever did what it looks into ...
    ("Turkey opened an investigation into the deaths of Turkish citizens killed in an Israeli raid on a ship.", {"TUR"},
     {"ISR"}),
    ("The UN opened an investigation into Russian attacks on Ukrainian hospitals.", {"IGOUNO"}, {"RUS"}),
    # ... and, when no doer is named, at the investigator's own side, not the victims.
    ("The Pentagon launched an inquiry into the accidental bombing of the Chinese embassy in Belgrade.", {"USA"},
     {"USA"}),
    ("British police opened an investigation into the poisoning of a former Russian spy in Salisbury.", {"GBR"},
     {"GBR"}),
    # An incident that may have had no doer keeps the usual rules.
    ("Kazakhstan opened an investigation into the crash of an Azerbaijan Airlines jet near Aktau.", {"KAZ"},
     {"AZE"}),
])
def test_an_inquiry_is_aimed_at_the_doer(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "09", actor, recipient)
