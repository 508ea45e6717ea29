"""The thirty-first session's small mends (helper wt-mend31), each on sentences of the helper's own,
with look-alikes that must keep their code or stay quiet: a supply or aid stopped, ground handed
over named as a town or village, a person who sells his own stake, a firm owned by a country's
possessive in a company deal, currency plurals the lemmatizer cut, and the word sets merged."""

from __future__ import annotations

import pytest

from eventkit import dyads, has_asserted, has_asserted_code


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A supply or aid stopped is a reduction (160, 162x by what is given), not cooperation told.
    ("Turkmenistan stopped supplying gas to Iran on Monday.", "160", {"TKM"}, {"IRN"}),
    ("Moscow stopped selling rifles to Nepal.", "1622", {"RUS"}, {"NPL"}),
    ("Ottawa stopped providing food aid to Haiti.", "1623", {"CAN"}, {"HTI"}),
    # ... and so are supplies stopped, told as a noun.
    ("Qatar stopped gas supplies to Egypt after the dispute.", "160", {"QAT"}, {"EGY"}),
    # A stop announced for the future is conflict announced: a threat (1312), no intent to cooperate.
    ("Turkmenistan said it would stop supplying gas to Iran.", "1312", {"TKM"}, {"IRN"}),
    # A town or village named by its "of" phrase, asked to be handed over, is ground yielded (025, 105).
    ("Kyrgyzstan urged Tajikistan to hand over the disputed village of Vorukh.", "025", {"KGZ"}, {"TJK"}),
    ("Lebanon called on Israel to hand back the village of Ghajar.", "025", {"LBN"}, {"ISR"}),
    # (also when the parser reads "over" as a preposition with no object)
    ("Eritrea demanded that Ethiopia hand over the town of Zalambessa.", "105", {"ERI"}, {"ETH"}),
    # Currency plurals the lemmatizer cut ("guilders" as "guilde") are money read through to the aid.
    ("The Netherlands froze 12 million guilders of development aid to Indonesia.", "1621", {"NLD"}, {"IDN"}),
])
def test_mends(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A supply resumed is still cooperation (061).
    ("Turkmenistan resumed supplying gas to Iran.", "061", {"TKM"}, {"IRN"}),
    # Asking another to stop supplying a third is an appeal to the supplier, not a call to punish
    # the one supplied (113).
    ("Washington urged Paris to stop selling warplanes to Libya.", "0242", {"USA"}, {"FRA"}),
    # A person named by an "of" phrase is still someone handed over to justice (0213).
    ("Eritrea urged Ethiopia to hand over the mayor of Badme.", "0213", {"ERI"}, {"ETH"}),
    # A state buying arms is no company deal; a state firm cutting supplies keeps its state.
    ("Britain agreed to buy Patriot missiles from the United States.", "0312", {"GBR"}, {"USA"}),
    ("Russia's Gazprom cut gas supplies to Ukraine.", "160", {"RUS"}, {"UKR"}),
])
def test_mends_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    assert has_asserted(record, code, actor, recipient, exact=True), dyads(record)


@pytest.mark.parametrize("text", [
    # A purpose ("stopped to deliver") or a trade among firms stops nothing political.
    "The trucks stopped to deliver food to the village.",
    "The farmers stopped supplying milk to the dairy.",
    # Firms owned by a country's possessive or placed by an "of" phrase buying and selling each other:
    # commerce.
    "Sweden's Volvo agreed to sell its truck unit to Renault of France.",
    "Italy's Fiat agreed to buy Chrysler of the United States.",
])
def test_mends_quiet(code_text, text):
    record = code_text(text)
    assert not has_asserted_code(record, ""), dyads(record)


def test_person_selling_own_stake(mentions_of):
    """A known politician who sells "his" shares to a bank is the person, not a firm of that name."""
    found = mentions_of("Berlusconi sold his shares in the football club to a Chinese bank.")
    assert found.get("Berlusconi", (None,))[0] == "ITA", found


def test_firm_selling_its_stake(mentions_of):
    """A surname that sells "its" stake in a sentence about firms is still the firm: no person."""
    found = mentions_of("Ford sold its stake in the carmaker to a French bank.")
    assert "Ford" not in found, found


def test_currency_plural_lemma(pipeline):
    from accord.ingest import Article

    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text="They gave 40 million guilders and 5 million cedis.")))
    assert {t.lower_: t.lemma_ for t in doc}["guilders"] == "guilder"
    assert {t.lower_: t.lemma_ for t in doc}["cedis"] == "cedi"


def test_shared_rows():
    """The go-between verbs and the nouns of asking are one row each, which the wider sets contain."""
    from accord.events import aims, argument_words, sweep_checks, targets

    assert argument_words.BROKER_VERBS <= targets.BROKERING_VERBS
    assert targets.BROKERING_VERBS == argument_words.BROKER_VERBS | targets.THIRD_PARTY_ROLES
    assert sweep_checks.ASKING_NOUNS == aims.ASKING_NOUNS | sweep_checks.PROPOSING_NOUNS
