"""An abbreviated title before a name ("Brig. Gen.", "Amb.", "Supt.") does not end the sentence:
the model's tokenizer would split its full stop off and the parser end the sentence there,
cutting the title from the name and the name from what it did."""

from __future__ import annotations

import pytest

from accord.nlp import title_abbreviations


@pytest.mark.parametrize("text", [
    "Brig. Gen. Hassan Kareem said Iraqi troops had arrested 14 suspected militants near Mosul.",
    "Amb. Richard Holbrooke met Serbian President Slobodan Milosevic in Belgrade on Monday.",
    "Det. Supt. Alan Gray said police had questioned three men over the bombing in Belfast.",
    "Sgt. Maj. Tariq Aziz said Pakistani troops had killed six militants near the Afghan border.",
    "Sens. Carl Levin and John Warner urged the Pentagon to send more armour to Iraq.",
    "Cmdr. Ivan Petrov of the Russian navy accused Norway of shadowing his ships.",
    "Msgr. Luigi Conti delivered the Pope's message to Cuban President Fidel Castro in Havana.",
])
def test_one_sentence_through_a_title(pipeline, text):
    doc = pipeline.nlp(pipeline.nlp.make_doc(text))
    assert len(list(doc.sents)) == 1


def test_a_sentence_still_ends_at_an_ordinary_full_stop(pipeline):
    doc = pipeline.nlp(pipeline.nlp.make_doc("Amb. Jane Holt arrived in Kabul. The talks begin on Monday."))
    assert [s.text for s in doc.sents] == ["Amb. Jane Holt arrived in Kabul.", "The talks begin on Monday."]


def test_the_title_keeps_the_act(code_text):
    record = code_text("Amb. Richard Holbrooke met Serbian President Slobodan Milosevic in Belgrade on Monday.")
    assert [(e["cameo"][:2], e["recipient"][0]["code"]) for e in record["events"]] == [("04", "SRB")]


def test_only_abbreviations_are_listed():
    assert title_abbreviations() and all(a.endswith(".") and a[0].isupper() for a in title_abbreviations())
