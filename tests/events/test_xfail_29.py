"""The twenty-ninth session's rules (helper wt-mend29), from the old xfails of test_probe_26.py and
test_subcodes_2.py, each on sentences of the helper's own and on look-alikes that must keep their
code or stay as they were:

- a threat whose code the codebook defines by what it leaves out takes the code of the act it
  governs (131, a non-force threat "not specified below", by 1321 or 135; 136, halting involvement
  "(non-mediation)", by 135): ``governed.SPECIFIED_BELOW``;
- a condition the parse hung on the threat as its complement is an adverbial clause, and its
  parties are no targets of the threat (``parse_repairs.clauses.condition_read_as_complement``);
- what a revoked pact does, told in its relative clause, names its other party
  (``targets.relative_descriptions``);
- force used on something (a town, positions, fighters) by the forces of several states is aimed
  at the country where it struck (``dyad_steps.place_aimed_at``).
"""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, codes, dyads


@pytest.mark.parametrize("text, cameo, actor", [
    # A non-force threat by what is threatened: closing broadcasters restricts freedoms (1321).
    ("Zimbabwe's president threatened to suspend radio stations that attack the ruling party.", "1321", {"ZWE"}),
    ("Kenya threatened to suspend television channels that broadcast the protests live.", "1321", {"KEN"}),
    # Leaving a mediation is halting a mediation (135), not other involvement (136).
    ("Kuwait threatened to pull out of its mediation between Iraq and Syria.", "135", {"KWT"}),
    ("Qatar threatened to withdraw from its mediation between Ethiopia and Eritrea.", "135", {"QAT"}),
])
def test_a_threat_takes_the_code_of_what_it_threatens(code_text, text, cameo, actor):
    assert_some_event(code_text(text), cameo, actor, exact=True)


@pytest.mark.parametrize("text, cameo", [
    # Leaving a mission is other involvement: 136 stays.
    ("Chile threatened to pull out of the U.N. peacekeeping mission in Haiti.", "136"),
    # Halting talks was already 134; ending cooperation, with no narrower act, stays 131.
    ("Serbia threatened to halt talks with Kosovo.", "134"),
    ("Peru threatened to end its cooperation with Bolivia on drug trafficking.", "131"),
])
def test_other_threats_keep_their_code(code_text, text, cameo):
    record = code_text(text)
    assert [e["cameo"] for e in record["events"]] == [cameo], dyads(record)


def test_the_parties_of_a_condition_are_no_targets_of_the_threat(code_text):
    record = code_text("Kazakhstan threatened to cut grain supplies to Kyrgyzstan if Bishkek re-exported "
                       "Kazakh wheat to China.")
    assert_some_event(record, "131", {"KAZ"}, {"KGZ"})
    assert not any("CHN" in codes(e["recipient"]) for e in record["events"]), dyads(record)


def test_what_a_revoked_pact_allowed_names_its_other_party(code_text):
    assert_some_event(code_text("Chad scrapped a security pact that allowed Russian instructors to train its army."),
                      "160", {"TCD"}, {"RUS"}, exact=True)


def test_what_others_say_of_a_deal_names_no_party(code_text):
    # The relative clause has a subject of its own: critics describe the deal; no party to it.
    record = code_text("Zambia cancelled a mining deal that critics said favoured Chinese firms.")
    assert_some_event(record, "160", {"ZMB"}, set(), exact=True)


def test_a_joint_force_strikes_at_the_country_where_it_fights(code_text):
    record = code_text("Malian and French troops recaptured the town of Gao from jihadists.")
    assert_some_event(record, "192", {"MLI", "FRA"}, {"MLI"}, exact=True)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A named enemy stays the target.
    ("Kenyan and Somali troops shelled al Shabaab positions in Kismayo.", "194", {"KEN", "SOM"}, {"SOMSHB"}),
    # Sides that clash with each other act on nothing: the city that brokered a truce is no target.
    ("Tajik and Kyrgyz border guards clashed near the frontier despite a ceasefire brokered by Moscow.", "190",
     {"TJK", "KGZ"}, set()),
    # Joint talks somewhere are where, not whom.
    ("Mozambique and Rwanda held talks in Maputo on the insurgency.", "040", {"MOZ", "RWA"}, set()),
])
def test_joint_acts_keep_their_parties(code_text, text, cameo, actor, recipient):
    assert_some_event(code_text(text), cameo, actor, recipient, exact=True)
