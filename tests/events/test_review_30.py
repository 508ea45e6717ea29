"""The thirtieth session's review mends, on sentences of the team's own: a role owned by a state's
possessive is no role placed in a region (it is not filed under the region's parent state), and
the dispersing verbs that need "home" (a data row now) still end a protest only with it."""

from __future__ import annotations

from datetime import datetime

from eventkit import assert_some_event, dyads


def test_role_owned_by_a_region_possessive_stays_the_regions(code_text):
    # "Kosovo's opposition ... Party": the party is Kosovo's, read through the possessive; it was
    # labelled a role placed in Kosovo and so also filed under Serbia, the host, as a recipient.
    record = code_text("The Serbian president received the visiting chairman of Kosovo's opposition "
                       "Nationalist Party in Belgrade.")
    for code, actors, recipients in dyads(record):
        if code.startswith("04"):
            assert "SRB" not in recipients, (code, actors, recipients)
            assert "XKX" in recipients


def test_role_owned_by_a_state_possessive_keeps_its_state(code_text):
    # The look-alike: a state of its own owns the role; the possessive reading gives that state.
    assert_some_event(code_text("The Chinese premier received the visiting chairman of Taiwan's opposition "
                                "Nationalist Party in Beijing."), "043", {"CHN"}, {"TWN"})


def test_protesters_told_to_go_home_is_easing_dissent(code_text):
    assert_some_event(code_text("The Thai prime minister urged the demonstrators to go home."), "0252",
                      {"THA"}, None)


def test_protesters_told_to_go_ahead_is_no_dispersal(code_text):
    record = code_text("The Thai prime minister urged the demonstrators to go ahead with their march.")
    assert not any(code == "0252" for code, _, _ in dyads(record))


def test_role_coded_by_a_region_story_keeps_the_regions_code(code_text):
    # A role that takes the region's code from the story (no place phrase of its own) is the
    # region's, not filed under the state it broke away from: the seed's kind of story, dated as
    # the seed articles are (undated, Abkhazia is Georgia's as the wire gold codes it: era_codes.tsv).
    record = code_text("Abkhaz police detained four Abkhaz students near Sukhum on Monday.\n\n"
                       "The students had blocked a bridge on the coastal highway.", date=datetime(2024, 5, 13))
    blocked = [(code, actors) for code, actors, _ in dyads(record) if code == "144"]
    assert blocked and all("GEO" not in actors for _, actors in blocked), dyads(record)


def test_indefinite_role_is_no_earlier_title(code_text):
    # "a delegation" brings someone new into the story: it is not the president named before, so
    # the sending has Belarus as its one recipient (the example briefing coded the speaker too).
    record = code_text("The President of Abkhazia, Aslan Bzhania, spoke to reporters in Sukhum on Monday.\n\n"
                       "The President said Abkhazia would send a delegation to Minsk next month.")
    sent = [(actors, recipients) for code, actors, recipients in dyads(record) if code == "036"]
    assert sent and all(recipients == {"BLR"} for _, recipients in sent), dyads(record)
