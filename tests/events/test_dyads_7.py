"""Fifth session: authors named in a hyphenated word, ethnic minorities acted on by their own
state, and other argument rules found on the tuning sets.

Team-written wire-style sentences (not from the dev, held-out or blind sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, codes, dyads, only_event


@pytest.mark.parametrize("text, actor, recipient", [
    # A rejection is aimed at the author a hyphenated participle names, whole or split by the tokenizer.
    ("France vetoed a U.S.-sponsored Security Council resolution on Lebanon on Tuesday.", {"FRA"}, {"USA"}),
    ("Moscow rejected a U.S.-backed peace plan for the Balkans, calling it one-sided.", {"RUS"}, {"USA"}),
    ("Russia vetoed a British-drafted Security Council resolution condemning the attack.", {"RUS"}, {"GBR"}),
])
def test_a_rejection_is_aimed_at_the_author_in_a_hyphenated_word(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "12", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # An ethnic minority a state's forces act on, named with no place, lives in that state.
    ("Macedonian police detained a dozen ethnic Albanians after a shootout near the border.", "173",
     {"MKD"}, {"MKD"}),
    ("Bhutan expelled thousands of ethnic Nepalis over the past decade.", "20", {"BTN"}, {"BTN"}),
    # Deportees are sent to another state.
    ("Kazakh authorities deported 40 ethnic Uighurs back to China last week.", "20", {"KAZ"}, {"CHN"}),
    # Named in a place, it is of that place's state.
    ("Serbian troops shelled ethnic Albanians in southern Montenegro.", "19", {"SRB"}, {"MNE"}),
])
def test_an_ethnic_minority_is_of_the_state_acting_on_it(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, kept, dropped", [
    # An infinitive hung on the verb of an event noun tells that act's purpose, not a second act.
    ("Jailed Bahraini activists began a hunger strike to demand the release of political prisoners.", "142", "10"),
    ("Georgian opposition parties staged a sit-in to demand the resignation of the interior minister.", "14", "10"),
])
def test_a_purpose_infinitive_of_an_event_noun_is_no_event(code_text, text, kept, dropped):
    record = code_text(text)
    assert any(e["cameo"].startswith(kept) for e in record["events"]), dyads(record)
    assert not any(e["cameo"].startswith(dropped) for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text, recipient", [
    # A nuclear test blast is aimed at nobody: what it answers is its reason.
    ("North Korea detonated a nuclear device underground in response to American pressure.", set()),
    ("India exploded two more nuclear devices on Wednesday, answering Pakistan's missile launches.", set()),
    # A nuclear strike keeps whom it struck.
    ("The United States dropped an atomic bomb on Hiroshima in August 1945.", {"JPN"}),
])
def test_a_nuclear_test_has_no_target(code_text, text, recipient):
    event = only_event(code_text(text), "2042")
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, actor, recipient", [
    # A call to free people taken in an operation is aimed at whoever the operation names.
    ("Moscow demanded the return of Russian sailors seized in a Ukrainian raid on their ship.", {"RUS"}, {"UKR"}),
    ("Athens demanded the release of Greek fishermen captured during a Turkish coastguard operation.", {"GRC"},
     {"TUR"}),
])
def test_a_release_call_is_aimed_at_the_captors_operation(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "1053", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Carrier groups and warships dispatched or ordered somewhere are a mobilisation.
    ("Washington dispatched a carrier strike group to the Arabian Sea on Friday.", "154", {"USA"}, None),
    ("The Pentagon ordered two more destroyers to the eastern Mediterranean.", "154", {"USA"}, None),
    # A show of force is aimed at whom it is meant to deter or warn, not at the actor's own forces.
    ("Britain sent two frigates to the Gulf to protect British shipping as a signal to Tehran.", "154", {"GBR"},
     {"IRN"}),
    ("Seoul put its border units on high alert in a warning to Pyongyang after the shelling.", "152", {"KOR"},
     {"PRK"}),
])
def test_a_show_of_force_is_aimed_at_whom_it_warns(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    event = only_event(record, cameo)
    assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Unnamed people who act are of where they act, before the one country the sentence names.
    ("Angry crowds set fire to the French consulate in Benghazi on Friday.", "145", {"LBY"}, {"FRA"}),
    ("Protesters rallied in Karachi against French cartoons of the Prophet.", "141", {"PAK"}, None),
    # Verbs that share the subject share where it acts.
    ("Demonstrators stormed and ransacked the Danish embassy in Damascus.", "145", {"SYR"}, {"DNK"}),
])
def test_unnamed_people_are_of_where_they_act(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo)
    assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, actor, recipient", [
    # The one extradited or handed over is no party to it; whoever receives him is.
    ("Colombia extradited a Venezuelan drug trafficker to the United States on Tuesday.", {"COL"}, {"USA"}),
    ("Belgrade surrendered a Bosnian Serb colonel accused of war crimes to the U.N. tribunal.", {"SRB"},
     {"IGOUNO"}),
])
def test_an_extradition_is_aimed_at_the_receiver(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "063", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The object the parser hangs as the subject of an infinitive is looked at through its quantity.
    ("Egypt allowed dozens of aid trucks to cross into Gaza through the Rafah crossing.", "0863", {"EGY"},
     {"PSE"}),
    ("Turkey allowed hundreds of refugees to return across the border on Monday.", "0833", {"TUR"}, None),
])
def test_an_object_read_through_its_quantity(code_text, text, cameo, actor, recipient):
    event = only_event(code_text(text), cameo)
    assert codes(event["actor"]) == actor
    if recipient is not None:
        assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, actor, recipient", [
    # The actor's own country only says whose trade is cut; the party it was with is the target.
    ("Washington imposed a sweeping ban on U.S. trade with Libya on Tuesday.", {"USA"}, {"LBY"}),
    ("Tokyo imposed a total ban on Japanese exports to North Korea after the missile launch.", {"JPN"}, {"PRK"}),
])
def test_a_ban_on_own_trade_is_aimed_at_the_partner(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "16", actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A sentence the parser reads as one noun phrase, its verb taken for a modifier of the object.
    ("Turkish tanks and artillery battered Kurdish militia positions around the Syrian town of Afrin on Sunday.",
     "19", {"TUR"}, {"SYR"}),
])
def test_a_verb_read_as_a_modifier_still_has_its_subject_and_object(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_a_participle_of_a_verb_read_as_a_modifier_tells_its_purpose(code_text):
    record = code_text("Georgia's opposition boycotted parliament, demanding a snap election.")
    assert [cameo for cameo, _actor, _recipient in dyads(record)] == ["143"]


@pytest.mark.parametrize("text, actor", [
    # Mass violence with no other party named is domestic, whatever else the sentence names.
    ("Croatian forces carried out a campaign of ethnic cleansing, expelling tens of thousands of Serbs to "
     "neighbouring Bosnia.", {"HRV"}),
    ("Bosnian Serb troops executed hundreds of Muslim men after seizing the U.N. enclave of Zepa.", {"BIH"}),
])
def test_mass_violence_with_no_party_named_is_domestic(code_text, text, actor):
    assert_dyad(code_text(text), "20", actor, actor)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Forces sweeping into a country invade it; "reoccupied" is read as "occupied" (the model's
    # half-lemmatised "-ied" verbs are looked up by their "-y" form).
    ("Ethiopian troops swept into Somalia on Sunday, routing Islamist militias.", "190", {"ETH"}, {"SOM"}),
    ("Eritrean troops reoccupied the disputed border town of Badme in Ethiopia.", "192", {"ERI"}, {"ETH"}),
])
def test_invasion_synonyms(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_weather_sweeping_across_a_region_is_no_event(code_text):
    assert dyads(code_text("Heavy rains swept across the region on Monday.")) == []


@pytest.mark.parametrize("text, expected", [
    # The same act told by its kind and its sub-kind in two coordinated verbs is one event ...
    ("A Cambodian court dissolved the main opposition party and banned its leaders from politics for five years.",
     ["1722"]),
    # ... but two different acts of one root stay two.
    ("Canada recalled its ambassador from Saudi Arabia and froze new trade talks.", ["161", "164"]),
])
def test_coordinated_kind_and_sub_kind_are_one_event(code_text, text, expected):
    assert sorted(cameo for cameo, _a, _r in dyads(code_text(text))) == expected


@pytest.mark.parametrize("text, actor, recipient", [
    # A vehicle carrying relief goods that arrives somewhere delivers aid there.
    ("A Turkish ship loaded with flour and medicine arrived in the Libyan port of Misrata.", {"TUR"}, {"LBY"}),
    ("A South Korean freighter carrying 3,000 tonnes of rice docked at the North Korean port of Nampo.", {"KOR"},
     {"PRK"}),
])
def test_a_vehicle_carrying_relief_delivers_aid(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "073", actor, recipient)


def test_a_vehicle_carrying_other_cargo_is_no_event(code_text):
    assert dyads(code_text("A Greek cargo ship carrying cars docked at the port of Piraeus.")) == []


def test_a_state_of_readiness_is_read_through(code_text):
    # "on a state of high alert": the preposition's object is read through "state of".
    assert_dyad(code_text("Greece put its navy on a state of high alert after Turkish warships sailed near Crete."),
                "152", {"GRC"}, {"TUR"})


@pytest.mark.parametrize("text, cameo, actor", [
    # People who protest, demand or threaten are aimed at "the government" their sentence names,
    # their own, before any other party the sentence names.
    ("Hundreds of Georgians marched in Tbilisi, demanding that the government release jailed protesters from "
     "Russian custody.", "14", {"GEO"}),
    ("Kenyan opposition leaders threatened a nationwide strike if the government raised fuel taxes on Ugandan "
     "imports.", "13", {"KEN"}),
])
def test_the_unnamed_government_is_the_protesters_own(code_text, text, cameo, actor):
    assert_dyad(code_text(text), cameo, actor, actor)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Joining or reinforcing a mission is aimed at the country it serves in, not its organisation.
    ("Germany sent 200 soldiers to join the U.N. mission in Mali on Thursday.", "074", {"DEU"}, {"MLI"}),
    ("Italy will send 500 more troops to reinforce U.N. peacekeepers in Lebanon, the defence minister said.",
     "03", {"ITA"}, {"LBN"}),
])
def test_joining_a_mission_is_aimed_at_its_host(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # People the tables do not know as a role act for the body or state they come from.
    ("Inspectors from the International Atomic Energy Agency took soil samples at a site near Isfahan.", "09",
     {"IGOUNOIAE"}, {"IRN"}),
    ("Investigators from the U.N. tribunal began exhuming mass graves near the Bosnian town of Zvornik.", "09",
     {"IGOUNO"}, {"BIH"}),
])
def test_envoys_act_for_whom_they_come_from(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, country", [
    # Unrest that breaks out with nobody named is of ordinary people where it happens.
    ("Riots broke out in Kinshasa and several other Congolese cities after the election results were announced.",
     "145", "COD"),
    ("Protests erupted in Tehran on Saturday after the death of a young woman in custody.", "141", "IRN"),
])
def test_unrest_breaking_out_is_of_where_it_happens(code_text, text, cameo, country):
    assert_dyad(code_text(text), cameo, {country}, {country})


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # An object shifted after "as" + adjective is still the object.
    ("Ankara condemned as unacceptable the alleged involvement of Greek officials in the smuggling ring.", "11",
     {"TUR"}, {"GRC"}),
    ("Moscow dismissed as absurd the British claims of Russian involvement in the poisoning.", "12", {"RUS"},
     {"GBR"}),
])
def test_an_object_shifted_after_as_is_the_object(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_an_inverted_should_is_a_condition_not_an_obligation(code_text):
    record = code_text("Iran threatened to close the Strait of Hormuz should the United States attack its nuclear sites.")
    # (one threat, aimed at the United States; closing the strait makes it a threat of blockade, 1381)
    assert [(cameo, a, r) for cameo, a, r in dyads(record)] == [("1381", {"IRN"}, {"USA"})]
    # A plain "should" after its subject is still an obligation put on someone.
    assert_dyad(code_text("Moscow said Kyiv should withdraw its troops from the region."), "10", {"RUS"}, {"UKR"})
