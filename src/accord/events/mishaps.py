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
BLAST_WORDS = WORD_SETS["BLAST_WORDS"]
ACCIDENT_SITES = WORD_SETS["ACCIDENT_SITES"]
STRIKING_CRAFT = WORD_SETS["STRIKING_CRAFT"]
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
    # (The trigger counts as a weapon word too: "an airstrike caused a building to collapse".)
    if any(t.lemma_.lower() in ARMED_WORDS for t in token.sent):
        return None
    named = _mishap_governor(token) or _works_blast(token)
    if named is not None:
        return named  # "a cargo plane crashed ..., killing 60", "an explosion at a fireworks factory killed 33"
    if not all(by_unknown_attacker(a) for a in actors):
        return None  # somebody named did it: "troops killed ..."
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


def _mishap_governor(token: Token) -> Token | None:
    """The mishap verb a participle trigger tells the outcome of ("a cargo plane crashed into a
    housing estate, killing 60 people": the plane is the vehicle of the crash, not its doer), or
    None. The caller has made sure that no weapon or armed body is named."""
    head = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or head is token or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() not in MISHAP_WORDS:
        return None
    subject, _ = subject_of(head)
    if subject is not None and subject.lemma_.lower() in STRIKING_CRAFT:
        return None  # "a Ukrainian drone crashed into a refinery, killing two": a strike
    return head


def _works_blast(token: Token) -> Token | None:
    """An explosion, blast or fire that is the subject of the act and happened at a works or
    was of gas ("an explosion at a fireworks factory killed 33", "a gas blast killed 12 miners"),
    or None. The caller has made sure that no bomb or armed body is named."""
    subject, passive = subject_of(token)
    if subject is None or passive or subject.lemma_.lower() not in BLAST_WORDS:
        return None
    words = [c for c in subject.children if c.dep_ in ("compound", "amod")]
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    words += [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod"))]
    return subject if any(w.lemma_.lower() in ACCIDENT_SITES for w in words) else None
