"""Deaths and damage nobody inflicted: disasters, accidents and disease.

The violence frames (roots 18-20) code "were killed", "were wounded", "destroyed" with nobody
named as an unidentified attacker of the country where it happened (CAMEO's convention for
"a roadside bomb killed three soldiers"). Wire copy tells many more deaths that no attacker
caused: "were killed when a bus plunged into a ravine", "died in floods", "after an earthquake
sent waves into the coast". Such a sentence names the mishap and no weapon or armed body; it
reports no event between political actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.argument_words import by_unknown_attacker
from accord.events.entries import VIOLENT_ROOTS
from accord.events.syntax import subject_of

# The word sets are data: each one's words and why are in accord/data/words/events_mishaps.tsv.
WORD_SETS = word_sets("events_mishaps")

MISHAP_WORDS = WORD_SETS["MISHAP_WORDS"]
ARMED_WORDS = WORD_SETS["ARMED_WORDS"]
# (Soldiers, troops, military jets and drones are left out: they are as often the victims or the
# vehicles of an accident, "ten soldiers were killed when a military helicopter crashed"; so is
# police, for "police said" is how an accident is reported.)


def mishap_cause(token: Token, code: str, actors: list) -> Token | None:
    """The word naming a disaster, accident or illness behind a violent act with no named
    doer ("killed in floods"), or None. ``actors`` are the coder's ArgumentActors."""
    if not code.startswith(VIOLENT_ROOTS) or not actors:
        return None
    named = _mishap_subject(token)
    if named is not None:
        return named  # "the bird flu virus has killed 63 people", "a hurricane hit ..., forcing residents to flee"
    if not all(by_unknown_attacker(a) for a in actors):
        return None  # somebody named did it: "troops killed ..."
    # (The trigger counts as a weapon word too: "an airstrike caused a building to collapse".)
    if any(t.lemma_.lower() in ARMED_WORDS for t in token.sent):
        return None
    return next((t for t in token.sent if t.i != token.i and t.lemma_.lower() in MISHAP_WORDS), None)


def _mishap_subject(token: Token) -> Token | None:
    """The word of a disaster or illness that is itself the subject of the act (through a
    participle: "Hurricane Ivan hit the island, forcing thousands to flee"), or None. The doer
    is then the mishap, whatever the tagger made of a name in it ("the H5N1 virus" as a person)."""
    subject, passive = subject_of(token)
    if subject is None or passive:
        return None
    return next((w for w in (subject, *(c for c in subject.children if c.dep_ in ("compound", "amod")))
                 if w.lemma_.lower() in MISHAP_WORDS), None)
