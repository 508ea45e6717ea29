"""Two parse repairs of the thirtieth full-code probe, on hand-built parses of the model's
misreadings: a participle before the people an appeal is addressed to ("appealed to striking
miners to return") read as a gerund striking them, and a past tense read as a participle on the
first of two subjects of "said" ("Rebels handed over rifles, officials said")."""

from __future__ import annotations

from accord.nlp.parse_repairs import finite_verb_read_as_participle_before_source, participle_before_addressees


def test_the_addressees_are_what_the_preposition_takes(hand_parsed):
    # "Lima appealed to striking miners to return ."
    doc = hand_parsed(["Lima", "appealed", "to", "striking", "miners", "to", "return", "."],
                      [1, 1, 1, 2, 3, 6, 3, 1],
                      ["nsubj", "ROOT", "prep", "pcomp", "dobj", "aux", "advcl", "punct"],
                      ["Lima", "appeal", "to", "strike", "miner", "to", "return", "."],
                      ["PROPN", "VERB", "ADP", "VERB", "NOUN", "PART", "VERB", "PUNCT"],
                      ["NNP", "VBD", "IN", "VBG", "NNS", "TO", "VB", "."])
    assert participle_before_addressees(doc[:])
    assert (doc[4].head.i, doc[4].dep_) == (2, "pobj")
    assert (doc[3].head.i, doc[3].dep_) == (4, "amod")
    assert doc[6].head.i == 1  # what the appeal asks goes back to it


def _appeal_to_striking_dockers(hand_parsed):
    # "Quito appealed to striking dockers to resume work ."
    return hand_parsed(["Quito", "appealed", "to", "striking", "dockers", "to", "resume", "work", "."],
                       [1, 1, 1, 2, 3, 6, 3, 6, 1],
                       ["nsubj", "ROOT", "prep", "pcomp", "dobj", "aux", "advcl", "dobj", "punct"],
                       ["Quito", "appeal", "to", "strike", "docker", "to", "resume", "work", "."],
                       ["PROPN", "VERB", "ADP", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                       ["NNP", "VBD", "IN", "VBG", "NNS", "TO", "VB", "NN", "."])


def test_the_addressee_repair_goes_through_rewire(hand_parsed, monkeypatch):
    # The repair hands its changes to the package's _rewire, which keeps the tree one tree: the
    # infinitive keeps its label on the verb, and nothing is changed when _rewire refuses.
    from accord.nlp.parse_repairs import guests, rewiring

    asked = []

    def spy(sent, changes):
        asked.append({t.i: (h.i, dep) for t, (h, dep) in changes.items()})
        return rewiring._rewire(sent, changes)

    monkeypatch.setattr(guests, "_rewire", spy)
    doc = _appeal_to_striking_dockers(hand_parsed)
    assert participle_before_addressees(doc[:])
    assert asked == [{6: (1, "advcl"), 4: (2, "pobj"), 3: (4, "amod")}]
    assert (doc[6].head.i, doc[6].dep_) == (1, "advcl")
    assert doc[7].head.i == 6  # the infinitive's own object stays with it

    monkeypatch.setattr(guests, "_rewire", lambda sent, changes: False)
    doc = _appeal_to_striking_dockers(hand_parsed)
    assert not participle_before_addressees(doc[:])
    assert (doc[4].head.i, doc[4].dep_) == (3, "dobj")  # refused: the parse is as the model left it
    assert doc[6].head.i == 3


def test_striking_as_the_act_stays(hand_parsed):
    # "Ankara turned to striking positions .": "turn" addresses no one
    doc = hand_parsed(["Ankara", "turned", "to", "striking", "positions", "."],
                      [1, 1, 1, 2, 3, 1],
                      ["nsubj", "ROOT", "prep", "pcomp", "dobj", "punct"],
                      ["Ankara", "turn", "to", "strike", "position", "."],
                      ["PROPN", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
                      ["NNP", "VBD", "IN", "VBG", "NNS", "."])
    assert not participle_before_addressees(doc[:])
    assert (doc[4].head.i, doc[4].dep_) == (3, "dobj")


def test_the_first_subjects_verb_is_what_was_said(hand_parsed):
    # "Rebels handed over rifles , officials said ."
    doc = hand_parsed(["Rebels", "handed", "over", "rifles", ",", "officials", "said", "."],
                      [6, 0, 1, 1, 6, 6, 6, 6],
                      ["nsubj", "acl", "prt", "dobj", "punct", "nsubj", "ROOT", "punct"],
                      ["rebel", "hand", "over", "rifle", ",", "official", "say", "."],
                      ["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NNS", "VBD", "RP", "NNS", ",", "NNS", "VBD", "."])
    assert finite_verb_read_as_participle_before_source(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (6, "ccomp")
    assert (doc[0].head.i, doc[0].dep_) == (1, "nsubj")


def test_a_participle_with_nothing_of_its_own_stays(hand_parsed):
    # "Rebels based there , officials said .": a participle with no object or particle
    doc = hand_parsed(["Rebels", "based", "there", ",", "officials", "said", "."],
                      [5, 0, 1, 5, 5, 5, 5],
                      ["nsubj", "acl", "advmod", "punct", "nsubj", "ROOT", "punct"],
                      ["rebel", "base", "there", ",", "official", "say", "."],
                      ["NOUN", "VERB", "ADV", "PUNCT", "NOUN", "VERB", "PUNCT"],
                      ["NNS", "VBN", "RB", ",", "NNS", "VBD", "."])
    assert not finite_verb_read_as_participle_before_source(doc[:])
    assert (doc[1].head.i, doc[1].dep_) == (0, "acl")
