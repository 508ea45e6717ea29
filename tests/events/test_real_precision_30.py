"""Real-news precision, thirtieth session: false events the real_dev sets showed by cause, tested on
sentences of the helper's own (no bench/data sentence, other names, places and numbers).

Five general causes are held here:

- an act someone only advised, invited or asked another to do, where the asking itself is no
  event (no frame of the asking verb fits, or the request is left out), is not the other's act: "advised the chairman to
  resign" told no resignation. Advice with an actor object and an infinitive is now an appeal
  (020, and 0241 for a resignation through `governed`), so the act asked for merges into it;
- the state of the side a meeting is held "with" is not the state of a bare role that meets
  them: "a government task force held meetings with Japanese aid agencies" is no Japanese body;
- a state's court named as where a case is heard ("is pursuing damages in a US court") is the
  venue, not the party the suit is aimed at;
- public order restored at home is no diplomatic cooperation (the imported PETRARCH2 row
  "restore ORDER" 050 is left out);
- a verdict on someone's words is not aimed at whom the words are "about": "his remarks about
  President X met a frosty reception from Y" has no target in X's state.

Look-alikes keep their events: an appeal with its own frame, a resignation told as done, a meeting
whose sides both say whose they are, a bare role in a sentence whose country is its own, a court
that acts itself, and a complaint against a state filed at an international court.
"""

from __future__ import annotations

import pytest

from eventkit import asserted, dyads, has_asserted, has_asserted_code, probe_tests


EVENTS = [
    # Advice to act is an appeal by the adviser (0241 for a resignation).
    ("Zambia's opposition leader Hakainde Hichilema advised President Edgar Lungu to resign over the debt crisis.",
     [("0241", {"ZMB"}, {"ZMB"})]),
    ("The Ghanaian finance minister advised Togo to seek a loan from the International Monetary Fund.",
     [("020", {"GHA"}, {"TGO"})]),
    # Look-alikes: an appeal with its own frame, a resignation told as done.
    ("Opposition lawmakers in Malawi urged President Peter Mutharika to step down after the vote.",
     [("0241", {"MWI"}, {"MWI"})]),
    ("Peru's prime minister resigned on Friday after weeks of protests in Lima.",
     [("08", {"PER"}, {"PER"})]),
    # A meeting whose sides both say whose they are keeps both.
    ("Ghanaian officials held talks with Japanese diplomats in Accra on Thursday.",
     [("04", {"GHA"}, {"JPN"})]),
]

QUIET = [
    # Asked by a verb no frame of it fits ("called X to", no "on" or "for"): nobody's act is told.
    "Ghana's president called the Togolese minister to resign.",
]

STILL_WRONG: dict[str, str] = {}

test_probe_event, test_probe_quiet = probe_tests(EVENTS, QUIET, STILL_WRONG)


@pytest.mark.parametrize("text, wrong", [
    # The resignation only advised is not told as done (no 0831 of the one advised).
    ("Zambia's opposition leader Hakainde Hichilema advised President Edgar Lungu to resign over the debt crisis.",
     "083"),
    # An act only invited, with no frame coding the invitation, is not the invited side's act.
    ("The Kenyan president invited Uganda's defence minister to visit the border posts.", "042"),
])
def test_only_asked_is_not_done(code_text, text, wrong):
    record = code_text(text)
    assert not has_asserted_code(record, wrong), dyads(record)


@pytest.mark.parametrize("text", [
    "A government task force held meetings with Japanese aid agencies on Wednesday.",
    "The ministry held talks with French development officials in the capital.",
])
def test_counterpart_state_is_not_the_meeting_side(code_text, text):
    record = code_text(text)
    # The side meeting them is not of their state: no event with the same state on both sides.
    assert not any(e["cameo"].startswith("04") and {a["code"][:3] for a in e["actor"]}
                   & {r["code"][:3] for r in e["recipient"]} for e in asserted(record)), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A bare role still takes the state its sentence names when that is not the counterpart's.
    ("The Nepalese government held talks with the Chinese ambassador in Kathmandu.", "04", {"NPL"}, {"CHN"}),
    # A body placed by its own city keeps its state beside a foreign counterpart.
    ("The foreign ministry in Nairobi held meetings with Ethiopian border officials.", "04", {"KEN"}, {"ETH"}),
])
def test_counterpart_look_alikes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    "Rosneft says the ruling was unlawful and is seeking compensation in a Swiss court.",
    "The Turkish airline is pursuing damages in a German court.",
])
def test_court_of_the_hearing_is_no_target(code_text, text):
    record = code_text(text)
    # Where the case is heard is not whom it is against.
    assert not any({r["code"][:3] for r in e["recipient"]} & {"CHE", "DEU"} for e in asserted(record)), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A court that acts keeps its state as the actor.
    ("A Belgian court sentenced the Congolese former militia leader to twenty years in prison.",
     "11", {"BEL"}, {"COD"}),
    # A complaint against a state filed at an international court keeps the state.
    ("Belize filed a complaint against Guatemala at the International Court of Justice.", "11", {"BLZ"}, {"GTM"}),
])
def test_court_look_alikes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)


@pytest.mark.parametrize("text", [
    "Police in the Tunisian capital appeared to have restored order after a night of riots.",
    "Troops restored order in the Ugandan border town of Busia on Sunday.",
])
def test_order_restored_at_home_is_no_cooperation(code_text, text):
    record = code_text(text)
    assert not has_asserted_code(record, "05"), dyads(record)


def test_relations_restored_stay_cooperation(code_text):
    record = code_text("Senegal and Gambia restored diplomatic relations on Monday.")
    assert has_asserted(record, "05", {"SEN", "GMB"}), dyads(record)


@pytest.mark.parametrize("text, topic", [
    ("His remarks about President Erdogan met a frosty reception from Emmanuel Macron.", "TUR"),
    ("The Kenyan president criticised the comments about Somalia made at the summit.", "SOM"),
])
def test_words_about_someone_are_not_aimed_at_them(code_text, text, topic):
    record = code_text(text)
    assert not any(topic in {r["code"][:3] for r in e["recipient"]} for e in asserted(record)), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # The speaker of the words stays the target.
    ("Macron criticised Erdogan's comments about Greece.", "11", {"FRA"}, {"TUR"}),
    # A state condemned over its own remarks stays the target.
    ("The Kenyan president condemned Somalia over its remarks.", "11", {"KEN"}, {"SOM"}),
])
def test_words_about_look_alikes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient), dyads(record)
