"""An appeal whose "to" infinitive is cut off from it by an inserted phrase ("called on its EU
partners on Thursday to impose sanctions on Belarus") is read by the parser as a purpose clause;
what is asked still tells the appeal its target (merging: the participle pass hands it to
sweep_checks.absorb). Only the infinitive itself does: an event noun inside it ("lift its
sanctions") is no act asked. Team-written sentences."""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("Lithuania called on its European Union partners on Thursday to impose tougher sanctions on Belarus.",
     "113", {"LTU"}, {"BLR"}),
    ("Poland urged NATO allies on Monday to slap new sanctions on Russia after the missile strike.",
     "113", {"POL"}, {"RUS"}),
])
def test_a_cut_off_call_to_punish_is_aimed_at_the_punished(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    ("China called on the United States on Thursday to lift its sanctions on Chinese technology companies.",
     "0254", {"CHN"}, {"USA"}),
    ("Germany called on Turkey on Monday to lift its embargo on Armenian goods.", "0254", {"DEU"}, {"TUR"}),
    ("France called on Iran on Sunday to release the detained aid workers.", "0253", {"FRA"}, {"IRN"}),
])
def test_an_appeal_to_ease_keeps_whom_it_asks(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
