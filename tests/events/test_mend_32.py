"""Thirty-second session (helper wt-mend32): the small items the thirty-first left, then the strict
xfails. Every sentence is the helper's own (other names, places and numbers than any bench set),
each rule with look-alikes that must stay quiet or keep their code.
"""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted


def _actor_codes(record: dict) -> set[str]:
    return {a["code"] for a in record["actors"]}


# 1. Thailand's coloured shirts (organisations.tsv, column cued): the movement only with a cue.
SHIRTS_AS_MOVEMENT = [
    # a word of its politics in the sentence, no Thai name
    ("Thousands of red shirt protesters rallied outside parliament on Monday demanding new elections.", "THAUDD"),
    ("Red shirts blocked the main road to the airport on Tuesday.", "THAUDD"),
    # the home named in the story
    ("The Thai prime minister met red shirt leaders in Chiang Mai on Wednesday.", "THAUDD"),
    ("Yellow shirts besieged Government House in Bangkok on Thursday, demanding the prime minister resign.", "THAPAD"),
    ("Thailand braced for a weekend of unrest. || Red-shirts said they would gather near the river at dawn.",
     "THAUDD"),
]


@pytest.mark.parametrize("text, code", SHIRTS_AS_MOVEMENT)
def test_shirts_with_a_cue_are_the_movement(code_text, text, code):
    record = code_text(text.replace(" || ", "\n\n"))
    assert code in _actor_codes(record), record["actors"]


SHIRTS_AS_TEAM = [
    # a sport sentence
    "The red shirts attacked Chelsea's defence as Liverpool won the match 2-1 at Anfield.",
    # a sport story: the next sentence has no sport word of its own
    "Benfica won the cup final 2-0 in Lisbon on Saturday. || The red shirts attacked from the first minute "
    "and the visitors never recovered.",
    # no cue at all
    "The red shirts attacked from the first minute and the visitors never recovered.",
    # a Thai story about sport
    "Thailand's under-21 side beat Vietnam 3-1 in the league on Sunday. || The yellow shirts pressed high "
    "and scored twice before half-time.",
]


@pytest.mark.parametrize("text", SHIRTS_AS_TEAM)
def test_shirts_without_a_cue_are_no_movement(code_text, text):
    record = code_text(text.replace(" || ", "\n\n"))
    assert not {"THAUDD", "THAPAD"} & _actor_codes(record), record["actors"]


# 2. One row for the verbs that meant the same in several modules (behaviour unchanged).
def test_shared_verb_rows_are_one_set():
    from accord.events import argument_words, merging, modality, places, slots, targets, words
    from accord.nlp.parse_repairs import clauses, predicates

    assert argument_words.REPORTING_VERBS is merging.REPORTING_VERBS is words.REPORTING_VERBS \
        is clauses.REPORTING_VERBS
    assert places.REPORT_OR_FINDING_VERBS == clauses.REPORTING_VERBS | places.FINDING_VERBS
    assert modality.SAYING_VERBS == clauses.REPORTING_VERBS | modality.ASSURING_VERBS
    assert words.STOPPING_VERBS is slots.STOPPING_VERBS
    assert slots.LABELLING_VERBS is predicates.LABELLING_VERBS
    assert predicates.PREDICATING_VERBS == predicates.LABELLING_VERBS | predicates.JUDGING_VERBS
    assert merging.LABEL_ASIDE_VERBS == predicates.LABELLING_VERBS | merging.DESCRIBING_VERBS
    assert targets.NAMING_VERBS >= merging.LABEL_ASIDE_VERBS | predicates.JUDGING_VERBS


# 3. Peacekeepers or troops no longer provided: 1661 (the provider ends the deployment), 1622 for
#    troops given to a force that keeps no peace.
STOPPED_TROOPS = [
    ("Fiji stopped providing peacekeepers to the U.N. mission in Lebanon last year.", "1661", {"FJI"}, {"LBN"}),
    ("Uruguay halted its contribution of troops to the peacekeeping force in Congo on Monday.",
     "1661", {"URY"}, {"COD"}),
    ("Ghana suspended the deployment of peacekeepers to Mali after three of its soldiers were killed.",
     "1661", {"GHA"}, {"MLI"}),
    ("Poland halted its contribution of troops to the NATO-led force in Afghanistan.", "1622", {"POL"}, {"IGOWSTNAT"}),
    # look-alikes: peacekeepers provided, and a withdrawal threatened, keep their codes
    ("Fiji began providing peacekeepers to the U.N. mission in Lebanon last year.", "074", {"FJI"}, {"LBN"}),
    ("Bangladesh said it would stop sending peacekeepers to South Sudan.", "136", {"BGD"}, {"SSD"}),
]


@pytest.mark.parametrize("text, code, actor, recipient", STOPPED_TROOPS)
def test_troops_no_longer_provided(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True, by_country=False), dyads(record)


STOPPED_TROOPS_QUIET = [
    # its own troops to its own front, police to its own capital: no support to anyone
    "Mali suspended the dispatch of its troops to the northern front.",
    "Kenya halted the deployment of riot police to the capital.",
    # a stop to refuel is no stopped supply
    "Fiji stopped to refuel its peacekeepers' aircraft in Darwin.",
]


@pytest.mark.parametrize("text", STOPPED_TROOPS_QUIET)
def test_troops_kept_home_are_no_reduction(code_text, text):
    record = code_text(text)
    assert not [e for e in record["events"] if e["cameo"].startswith("16")], dyads(record)


# 4. Rules from the strict xfails (probe full 36), each on sentences of my own.
XFAIL_RULES = [
    # someone unnamed told by the arms a participle gives them is an unknown attacker (words.armed_by_participle)
    ("A man wearing an explosive vest blew himself up outside a mosque in Quetta, killing eleven worshippers.",
     "1831", {"PAK"}, {"PAK"}),
    ("A youth carrying a grenade attacked a police station in Srinagar on Friday.", "190", {"IND"}, {"IND"}),
    # another party's forces allowed in are a deployment received (0861)
    ("Bamako allowed the deployment of 1,200 extra Chadian soldiers in the north, the Malian defence ministry said.",
     "0861", {"MLI"}, {"TCD"}),
    ("Kabul permitted the arrival of U.N. peacekeepers in Kandahar.", "0861", {"AFG"}, {"IGO"}),
    # the states that would try the persons handed over receive them (further.trying_states)
    ("Rwanda refused to hand over the three genocide suspects wanted for trial in Belgium or France.",
     "1213", {"RWA"}, {"BEL", "FRA"}),
    ("Kabul refused to hand over the militant commander for trial in Pakistan, a spokesman said.",
     "1213", {"AFG"}, {"PAK"}),
    # "he" or "she" in what a person named only by a role says is that person (references._role_teller)
    ("Sri Lanka's president warned that he would impose emergency rule in the east if the attacks went on.",
     "1324", {"LKA"}, {"LKA"}),
    ("Zambia's president warned that she would close down two opposition radio stations, her office said.",
     "1321", {"ZMB"}, {"ZMB"}),
]


@pytest.mark.parametrize("text, code, actor, recipient", XFAIL_RULES)
def test_xfail_rules(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


XFAIL_RULES_QUIET = [
    # no arming participle: a man in a red vest, a bystander carrying shopping
    "A man wearing a red vest attacked a tourist in Oslo.",
    # a state letting its own forces go abroad receives nobody's
    "The German parliament allowed the deployment of German troops to Mali.",
    "The French parliament allowed the deployment of its troops in Chad.",
    # "he" after a named person is that person's, as before: a singer is no state
    "The singer Tom Ford told reporters in Lusaka that he would close down his two radio stations.",
]


@pytest.mark.parametrize("text", XFAIL_RULES_QUIET)
def test_xfail_rules_quiet(code_text, text):
    record = code_text(text)
    assert not record["events"], dyads(record)

