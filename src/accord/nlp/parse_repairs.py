"""Repairs of parses the small English model gets wrong in a way that changes who did what.

Only constructions the model misreads often in wire copy, and only where the words themselves
show the right reading. Each repair rewires heads and labels on the Doc before accord's stages
read it, so actors, quotes and events all see the same, repaired tree.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Nouns that name what one side says of another: "a charge Iran denies".
CHARGE_NOUNS = {"charge", "claim", "allegation", "accusation", "assertion", "suggestion"}
# Verbs by which the other side turns such a charge down.
REBUTTING_VERBS = {"deny", "reject", "dispute", "dismiss", "refute", "contest", "rebut"}


@Language.component("accord_parse_repairs", assigns=["token.head", "token.dep"])
def repair_parses(doc: Doc) -> Doc:
    for sent in doc.sents:
        reattach_rebutted_charge(sent)
    return doc


def reattach_rebutted_charge(sent: Span) -> bool:
    """"Washington accused Tehran of arming militias, a charge Iran denies."

    The model often makes "denies" the root and the accusation its clausal complement, which
    reads as Iran denying that Washington accused anyone, and as Iran's speech. The writer
    asserts the accusation; "a charge Iran denies" is a noun phrase with a relative clause set
    off by a comma. The sign is the order: the charge noun, its object, comes before the
    rebutting verb's own subject. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.lemma_.lower() not in REBUTTING_VERBS or verb.pos_ != "VERB":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is None or subject is None:
        return False
    charge = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS), None)
    # ("a charge Kigali denies" may come out as one noun phrase, "charge" a compound of "Kigali".)
    fused = next((c for c in subject.lefts if c.dep_ == "compound" and c.lemma_.lower() in CHARGE_NOUNS), None)
    charge = charge or fused
    if charge is None or not (clause.i < charge.i < subject.i < verb.i):
        return False
    start = min([charge.left_edge.i] + [c.i for c in subject.lefts if c.i < charge.i])
    if start - 1 <= clause.i or sent.doc[start - 1].text not in (",", "--", "—", "–"):
        return False
    # Order matters: never leave a cycle between two assignments.
    if charge is fused:
        for word in [c for c in subject.lefts if c.i < charge.i]:  # "a", "the"
            word.head = charge
    charge.head = clause
    charge.dep_ = "npadvmod"
    clause.head = clause
    clause.dep_ = "ROOT"
    verb.head = charge
    verb.dep_ = "relcl"
    for punct in [c for c in verb.children if c.dep_ == "punct" and not (charge.i <= c.i <= verb.i)]:
        punct.head = clause
    return True

