"""Real-news misses, thirty-second session (helper wt-real32): the people and offices of the article.

News prose lets families, relatives and employees act on their own ("Families of the victims
urged the minister ...", "Relatives of the dead have filed a lawsuit ...", "Employees protested
outside the offices ..."), and the real gold codes them as the people of the country the article
is about, as it codes protesters and unions. They are now role words (CVL, LAB) and so take the
article's country when the rest of the article says which it is; read alone, with no country in
the sentence, they stay without a code. Union members (LAB) and police chiefs (COP) are role
words too. And an office named by its title after an office-holder
the tables do not know ("Justice Minister Cathy Jamieson ... police chiefs urged ministers to ...")
takes the article's country instead of that person's missing one. The helper's own short articles
in BBC and US-newspaper style, none from bench/data."""

from __future__ import annotations

from eventkit import asserted, country_codes, dyads, has_asserted, sentence_events as _from

# A Canadian story: the country is told by its offices, cities and parliament, never in the
# sentences where the families, relatives and employees act.
RAIL_CRASH = (
    "The Canadian government has come under pressure over a rail crash in Quebec that killed nine "
    "people last month. Transport Minister Paul Girard told Parliament in Ottawa on Monday that an "
    "inquiry would report by the summer. Families of the victims urged the minister to publish the "
    "findings in full. Relatives of two of the dead have filed a lawsuit against the rail operator. "
    "Employees protested outside the operator's offices in Montreal on Wednesday. Opposition MPs "
    "said Canada's safety rules had failed."
)

# A Spanish labour story in BBC business style.
STEEL_MILL = (
    "Workers at a steel mill in northern Spain have walked out over pay. Spain's industry minister "
    "said the Madrid government would study the dispute. Employees protested outside the plant in "
    "Bilbao on Friday. Their union accused the Spanish government of abandoning the steel industry."
)


def test_families_relatives_and_employees_take_the_article_country(code_text):
    record = code_text(RAIL_CRASH)
    urged = _from(RAIL_CRASH, record, "Families of the victims")
    assert any(e["cameo"].startswith("02") and country_codes(e["actor"]) == {"CAN"} for e in urged), dyads(record)
    sued = _from(RAIL_CRASH, record, "Relatives of two")
    assert any(e["cameo"].startswith("115") and country_codes(e["actor"]) == {"CAN"} for e in sued), dyads(record)
    protested = _from(RAIL_CRASH, record, "Employees protested")
    assert any(e["cameo"].startswith("14") and country_codes(e["actor"]) == {"CAN"} for e in protested), dyads(record)


def test_employees_protest_in_a_labour_story(code_text):
    record = code_text(STEEL_MILL)
    protested = _from(STEEL_MILL, record, "Employees protested")
    assert any(e["cameo"].startswith("14") and country_codes(e["actor"]) == {"ESP"}
               and country_codes(e["recipient"]) <= {"ESP"} for e in protested), dyads(record)


def test_families_read_alone_have_no_country(code_text):
    # Nothing in the sentence says whose the families are: no event rather than a guess.
    record = code_text("Families of the victims urged the minister to publish the findings in full.")
    assert not asserted(record), dyads(record)


def test_employees_of_a_firm_with_no_political_act_stay_quiet(code_text):
    record = code_text("The carmaker said its employees in Ohio would share a bonus after a record year.")
    assert not asserted(record), dyads(record)


def test_a_family_killed_keeps_the_victims_country(code_text):
    # Victims named as a family: the attack keeps the country where it happened.
    record = code_text("Gunmen killed a family of five in a village near Kandahar on Sunday, Afghan police said.")
    assert has_asserted(record, "18", {"AFG"}, root=True) or has_asserted(record, "19", {"AFG"}, root=True), \
        dyads(record)


def test_families_in_a_story_of_two_countries_take_neither(code_text):
    # The article is about Kenya and Uganda alike: the families are of neither, so no event.
    text = ("Kenya and Uganda have agreed to reopen their shared border crossing. Kenyan President "
            "Mwai Kibaki and Ugandan President Yoweri Museveni met at the border post. Kenya will send "
            "trade officials to Kampala next week, and Uganda will send its own to Nairobi. Families of "
            "the traders urged the ministers to act quickly.")
    record = code_text(text)
    families = _from(text, record, "Families of the traders")
    assert not families, dyads(record)


# A Scottish story: the minister is named once, by a name no table knows.
KNIVES = (
    "The Scottish Executive is to bring in new laws on knife crime, Justice Minister Cathy Jamieson "
    "told the Scottish Parliament in Edinburgh. The plans follow a rise in stabbings in Glasgow. "
    "Police chiefs urged ministers to ban the sale of swords. The Liberal Democrats accused the "
    "executive of acting too slowly."
)


def test_office_named_after_an_unknown_minister_takes_the_article_country(code_text):
    record = code_text(KNIVES)
    urged = _from(KNIVES, record, "Police chiefs urged")
    assert any(e["cameo"].startswith("02") and country_codes(e["actor"]) == {"GBR"}
               and country_codes(e["recipient"]) == {"GBR"} for e in urged), dyads(record)
    accused = _from(KNIVES, record, "The Liberal Democrats accused")
    assert any(e["cameo"].startswith("112") and country_codes(e["actor"]) == {"GBR"} for e in accused), dyads(record)


def test_office_named_after_an_unknown_minister_read_alone_stays_unplaced(code_text):
    # With no article around it, the minister named before has no state, and none is guessed.
    record = code_text("Justice Minister Cathy Jamieson spoke first, and the minister was then urged by "
                       "police chiefs to ban the sale of swords.")
    assert not [e for e in asserted(record) if e["cameo"].startswith("02") and e["recipient"]], dyads(record)


def test_union_members_vote_to_strike(code_text):
    record = code_text("Civil service union members in Britain have voted to strike over pension cuts.")
    assert has_asserted(record, "143", {"GBR"}), dyads(record)


def test_union_members_leaving_a_board_is_no_event(code_text):
    record = code_text("The company said several union members had left its board in Britain.")
    assert not asserted(record), dyads(record)


def test_relatives_urging_a_named_state_s_leader_are_its_people(code_text):
    # Read alone, relatives take the one state the sentence names, as the real gold codes them
    # (an appeal at home).
    record = code_text("Relatives of the victims urged the Chilean president to apologize for the delays.")
    assert has_asserted(record, "02", {"CHL"}, {"CHL"}), dyads(record)
