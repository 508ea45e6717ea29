"""Repairs of guests: a participle before a person ("met with visiting ...", "received visiting
...") read as a gerund taking the person for its object, so the host seemed to visit the guest;
and of addressees: "appealed to striking truck drivers" read as an appeal to strike them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.rewiring import _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_guests.tsv.
WORD_SETS = word_sets("parse_repairs_guests")


MEETING_PREPS = WORD_SETS["MEETING_PREPS"]
GUEST_PARTICIPLES = WORD_SETS["GUEST_PARTICIPLES"]


def guest_participle_as_modifier(sent: Span) -> bool:
    """"Hu Jintao met here Tuesday with visiting Pakistani Prime Minister Shaukat Aziz."

    The model reads "with visiting X" as a gerund, Hu visiting Aziz: the visit became China's to
    Pakistan and the meeting itself was lost. Before a person's name or title, "visiting" says who
    the guest is; the person is what the preposition takes. Returns whether the sentence was
    repaired.
    """
    repaired = False
    for participle in sent:
        if participle.lower_ not in GUEST_PARTICIPLES or participle.dep_ != "pcomp" \
                or participle.head.dep_ != "prep" or participle.head.lower_ not in MEETING_PREPS:
            continue
        guest = _guest_of(participle)
        if guest is None or any(c.dep_ == "prep" for c in participle.children):
            continue
        if _rewire(sent, _guest_hung(participle, guest, participle.head, "pobj")):
            repaired = True
    return repaired


def guest_participle_after_host(sent: Span) -> bool:
    """"Nazarbayev received visiting Russian Defence Minister Sergei Ivanov on Tuesday."

    The model reads "received visiting X" as a verb with a gerund complement, the host visiting
    the guest: a 042 from host to guest, with the receiving lost. Right after a verb of hosting
    that has no object of its own, "visiting" before a person says who the guest is, and the
    person is the verb's object. Returns whether the sentence was repaired.
    """
    repaired = False
    for participle in sent:
        host = participle.head
        if participle.lower_ not in GUEST_PARTICIPLES or participle.dep_ not in ("xcomp", "ccomp", "advcl") \
                or host.lemma_.lower() not in HOSTING_VERBS or participle.i != host.i + 1 \
                or any(c.dep_ in ("dobj", "obj") for c in host.children):
            continue
        guest = _guest_of(participle)
        if guest is None:
            continue
        # ("... in Beijing on Monday": where and when the host received)
        changes = {child: (host, child.dep_) for child in participle.children
                   if child.dep_ in ("prep", "npadvmod", "advmod", "punct")}
        if _rewire(sent, changes | _guest_hung(participle, guest, host, "dobj")):
            repaired = True
    return repaired


def _guest_of(participle: Token) -> Token | None:
    """The person a guest participle ("visiting") was read as taking for its object."""
    guest = next((c for c in participle.children if c.dep_ == "dobj"), None)
    return guest if guest is not None and _is_person(guest) else None


def _guest_hung(participle: Token, guest: Token, head: Token, dep: str) -> dict[Token, tuple[Token, str]]:
    """The changes (for ``_rewire``) by which the guest becomes ``head``'s ``dep``, and the
    participle the guest's modifier."""
    return {guest: (head, dep), participle: (guest, "amod")}


HOSTING_VERBS = WORD_SETS["HOSTING_VERBS"]


def _is_person(noun: Token) -> bool:
    """A person by name, or a noun phrase headed by a person's title or office."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in GUEST_NOUNS


GUEST_NOUNS = WORD_SETS["GUEST_NOUNS"]


ADDRESSEE_PARTICIPLES = WORD_SETS["ADDRESSEE_PARTICIPLES"]
ADDRESSING_VERBS = WORD_SETS["ADDRESSING_VERBS"]
ADDRESSEE_PREPS = WORD_SETS["ADDRESSEE_PREPS"]


def participle_before_addressees(sent: Span) -> bool:
    """"Peru's president appealed to striking truck drivers to lift their road blockades."

    The model reads "to striking truck drivers" as a gerund, the president striking the drivers:
    the appeal lost whom it was made to and gained an attack. After a verb of appealing or talking,
    "striking" or "protesting" before a plural noun of people says who they are; the noun is what
    the preposition takes, and the participle's other words (the infinitive of what is asked) go
    back to the verb. Returns whether the sentence was repaired.
    """
    repaired = False
    for participle in sent:
        prep = participle.head
        if participle.lower_ not in ADDRESSEE_PARTICIPLES or participle.dep_ != "pcomp" \
                or prep.dep_ != "prep" or prep.lower_ not in ADDRESSEE_PREPS \
                or prep.head.lemma_.lower() not in ADDRESSING_VERBS:
            continue
        people = next((c for c in participle.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)
        # (the noun right after the participle, or after its own modifiers: "striking truck drivers")
        if people is None or any(t.head.i != people.i or t.dep_ not in ("compound", "amod")
                                 for t in sent.doc[participle.i + 1:people.i]):
            continue
        # ("... to lift their road blockades": what the appeal asks goes back to the verb)
        changes = {child: (prep.head, child.dep_) for child in participle.children if child.i != people.i}
        if _rewire(sent, changes | _guest_hung(participle, people, prep, "pobj")):
            repaired = True
    return repaired

