"""Real-news misses, thirty-fifth session (helper wt-real35).

Local court and police reports name towns and counties but no office of the state, and tell a
sentence or a conviction with no agent ("Dale Norris was sentenced to 14 years"). The real gold
codes these as the country's courts acting on one of its people. accord already did so for an
article whose other sentences name the country's public life; now a story whose other sentences
name only one country's places will do, for these agentless court and police acts only. A common
noun that names nobody the tables know ("an aide to the former mayor", "a handful of them,
including the lawyers X and Y") stands for the person it is tied to.

A court ruling that an act was unlawful ("The sale was illegal, a court has ruled") is a verdict
against whoever made it (116), as `bench/data/real_dev_4.md` codes it.

The helper's own short articles and sentences in newspaper style, none from bench/data."""

from __future__ import annotations

from eventkit import asserted, country_codes, dyads, sentence_events as _from

# A county court report from the American Midwest: towns and a state, no office of the state.
LOCAL_COURT = (
    "GREEN BAY, Wis. - A man who set fire to a warehouse in Appleton has been jailed. "
    "The fire spread to two houses on Oak Street in Appleton and burned for six hours. "
    "Neighbours in Kaukauna and De Pere said the smoke could be seen for miles. "
    "Dale Norris was sentenced to 14 years in prison on Tuesday. "
    "His brother still lives in Neenah."
)

# A story of one country's capital and provinces, with a conviction of several named people.
TRIAL = (
    "Lawyers in Beijing say the trials were closed to the public. "
    "Families gathered outside the court building in Tianjin on Monday. "
    "Most of the defendants were freed on bail, but a few, including the activists Zhou Lan and "
    "Wu Feng, were convicted of subversion. "
    "Relatives travelled from Shanghai and Guangzhou to hear the verdicts."
)

# A city-hall bribery story.
CITY_HALL = (
    "DENVER - Prosecutors in Colorado have widened an inquiry into contracts at City Hall. "
    "A former adviser to ex-Mayor Tom Kessler has been convicted of taking bribes. "
    "The case has shaken the city council of Denver, which meets on Thursday."
)


def test_a_sentence_in_a_local_court_report_is_the_country_s_court(code_text):
    record = code_text(LOCAL_COURT)
    sentenced = _from(LOCAL_COURT, record, "Dale Norris")
    assert any(e["cameo"].startswith("116") and country_codes(e["actor"]) == {"USA"}
               and country_codes(e["recipient"]) == {"USA"} for e in sentenced), dyads(record)


def test_the_same_sentence_read_alone_stays_quiet(code_text):
    # Nothing in the sentence says where the court sits.
    record = code_text("Dale Norris was sentenced to 14 years in prison on Tuesday.")
    assert not asserted(record), dyads(record)


def test_a_few_including_named_activists_were_convicted(code_text):
    record = code_text(TRIAL)
    convicted = _from(TRIAL, record, "Most of the defendants")
    assert any(e["cameo"].startswith("116") and country_codes(e["actor"]) == {"CHN"}
               and country_codes(e["recipient"]) == {"CHN"} for e in convicted), dyads(record)


def test_an_adviser_to_a_former_mayor_convicted_in_a_city_story(code_text):
    record = code_text(CITY_HALL)
    convicted = _from(CITY_HALL, record, "A former adviser")
    assert any(e["cameo"].startswith("116") and country_codes(e["actor"]) == {"USA"}
               and country_codes(e["recipient"]) == {"USA"} for e in convicted), dyads(record)


def test_a_story_of_places_gives_no_country_to_other_acts(code_text):
    # The places-only reading is for agentless court and police acts: a town's residents who
    # protest are not made the country's people by it.
    text = (
        "Floodwater reached the centre of Appleton, Wis., on Sunday. Roads near Kaukauna and "
        "De Pere were closed. Residents protested outside the depot on Monday."
    )
    record = code_text(text)
    assert not _from(text, record, "Residents protested"), dyads(record)


def test_a_court_rules_a_sale_unlawful(code_text):
    text = "The sale of the state phone company to a friend of the president was unlawful, a Kenyan court has ruled."
    record = code_text(text)
    assert any(e["cameo"] == "116" and country_codes(e["actor"]) == {"KEN"} for e in asserted(record)), \
        dyads(record)


def test_a_politician_calling_a_deal_illegal_is_no_verdict(code_text):
    # Only a court, tribunal, judge, panel or jury rules; a minister's "ruling" is no verdict.
    record = code_text("The Kenyan minister ruled that the sale was illegal.")
    assert not any(e["cameo"] == "116" for e in asserted(record)), dyads(record)


# British news tells an arranged act with "is to" ("The minister is to visit ...") and an
# imminent trip with the present progressive and a time to come ("is travelling to Washington
# next week"). Both are future: a visit announced is 036, as "will visit" was already, not a
# visit made (042).

def test_is_to_visit_is_an_arranged_visit(code_text):
    record = code_text("The Dutch prime minister is to visit Indonesia in the spring.")
    events = asserted(record)
    assert any(e["cameo"] == "036" and country_codes(e["actor"]) == {"NLD"}
               and country_codes(e["recipient"]) == {"IDN"} for e in events), dyads(record)
    assert not any(e["cameo"] == "042" for e in events), dyads(record)


def test_travelling_next_week_is_a_trip_to_come(code_text):
    record = code_text("Canada's trade minister is travelling to Tokyo next week for talks on car tariffs.")
    events = asserted(record)
    assert any(e["cameo"] == "036" and country_codes(e["actor"]) == {"CAN"}
               and country_codes(e["recipient"]) == {"JPN"} for e in events), dyads(record)
    assert not any(e["cameo"] == "042" for e in events), dyads(record)


def test_a_trip_made_last_week_stays_a_visit(code_text):
    record = code_text("Canada's trade minister travelled to Tokyo last week for talks on car tariffs.")
    assert any(e["cameo"] == "042" and country_codes(e["recipient"]) == {"JPN"} for e in asserted(record)), \
        dyads(record)


def test_a_progressive_with_no_time_to_come_stays_as_told(code_text):
    # "this week" may be under way: no future is read into it.
    record = code_text("The Dutch prime minister is meeting the Indonesian president in Jakarta this week.")
    assert any(e["cameo"].startswith("04") and country_codes(e["recipient"]) == {"IDN"} for e in asserted(record)), \
        dyads(record)


# American copy spells the portfolio "Labor": "Labor Secretary Tom Perez" is the US cabinet
# member the persons table knows, not Britain's Labour Party (whose one-word name is no longer
# also matched in the American spelling; Australia's and Israel's Labor are left out of the tables).

def test_a_us_labor_secretary_is_american(code_text):
    record = code_text("Labor Secretary Tom Perez criticized Mexico over its treatment of farm workers.")
    events = asserted(record)
    assert any(e["cameo"].startswith("11") and country_codes(e["actor"]) == {"USA"} for e in events), dyads(record)
    assert not any("GBR" in country_codes(e["actor"]) for e in events), dyads(record)


def test_britain_s_labour_party_is_still_read(code_text):
    record = code_text("Labour accused the Conservative government of misleading voters about NHS funding.")
    assert any(e["cameo"].startswith("11") and country_codes(e["actor"]) == {"GBR"} for e in asserted(record)), \
        dyads(record)


# Asking for a sanction named by a noun ("called for the suspension of cooperation with ...")
# rallies opposition against the party it is aimed at (113), as the verb form ("urged the
# government to suspend cooperation with ...") already did; it is no appeal for cooperation.

def test_calling_for_the_suspension_of_cooperation_rallies_opposition(code_text):
    record = code_text("Peru's Congress approved a motion calling for the suspension of security cooperation "
                       "with Bolivia.")
    events = asserted(record)
    assert any(e["cameo"] == "113" and country_codes(e["actor"]) == {"PER"}
               and country_codes(e["recipient"]) == {"BOL"} for e in events), dyads(record)
    assert not any(e["cameo"].startswith("02") for e in events), dyads(record)


def test_demanding_the_suspension_of_ties_rallies_opposition(code_text):
    record = code_text("Lithuanian lawmakers demanded the suspension of trade with Belarus.")
    assert any(e["cameo"] == "113" and country_codes(e["recipient"]) == {"BLR"} for e in asserted(record)), \
        dyads(record)


def test_a_call_for_a_suspension_aimed_at_nobody_is_no_rally(code_text):
    record = code_text("Chilean unions called for the suspension of flights during the storm.")
    assert not any(e["cameo"] == "113" for e in asserted(record)), dyads(record)


# The small model sometimes takes the preposition of "been put on standby" for a particle, with
# the object hung under it ("on" prt, "standby" pobj); inside the article of a real sentence this
# cost a 152. A particle with an object of its own is now read as the preposition it is. (A parse
# built by hand, since the same words read alone are parsed right.)

def _put_on_standby(on_dep: str):
    from spacy.lang.en import English
    from spacy.tokens import Doc

    words = ["Troops", "were", "put", "on", "standby", "."]
    heads = [2, 2, 2, 2, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", on_dep, "pobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"]
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_particle_with_an_object_is_read_as_a_preposition():
    from accord.events.syntax import prepositional_objects

    for dep in ("prep", "prt"):
        doc = _put_on_standby(dep)
        assert [(p, o.text) for p, o in prepositional_objects(doc[2], {"on"})] == [("on", "standby")], dep


def test_a_particle_without_an_object_stays_a_particle():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from accord.events.syntax import prepositional_objects

    words = ["They", "called", "off", "the", "strike", "."]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 4, 1, 1],
              deps=["nsubj", "ROOT", "prt", "det", "dobj", "punct"],
              pos=["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    assert prepositional_objects(doc[1], {"off"}) == []


# A bloc agreeing to give relief to others ("agreed to defer debt payments for countries hit by
# the tsunami") acts outside itself even when those it helps have no code; the rule that keeps a
# bloc's agreements among its members quiet ("OPEC members agreed to cut output") now lets aid
# (07) through. Putting off debt payments is relief, as writing debt off already was (071).

def test_a_bloc_agreeing_to_defer_debt_payments_pledges_aid(code_text):
    record = code_text("G7 finance ministers agreed on Friday to defer debt payments for countries hit by the earthquake.")
    assert any(e["cameo"] == "0331" and {a["code"] for a in e["actor"]} == {"IGOGOS"} for e in asserted(record)), \
        dyads(record)


def test_a_bloc_agreeing_among_its_members_stays_quiet(code_text):
    record = code_text("OPEC members agreed on Friday to cut oil output by a million barrels a day.")
    assert not asserted(record), dyads(record)
