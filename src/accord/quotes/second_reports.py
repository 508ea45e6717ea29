"""A second report by the same source inside a first one's content is cut out of it: a participle
with a cue of its own set off by a comma ("… he would try to curb critics, vowing to open up libel
laws"), a finite verb in the cue's tense joined to an infinitive ("has vowed to keep abortion legal
and celebrated the ruling"), a second statement verb joined to the reported clause's ("says he
respects her and calls her a friend"). Each function returns the words to leave out and notes in
``inherit`` the source of a cut cue that names none, so that it reports on its own."""

from __future__ import annotations

from spacy.tokens import Token

from accord.quotes.cues import CueLexicon
from accord.quotes.sources import SUBJECTS


def participial_reports(clauses: list[Token], speaker: Token, lexicon: CueLexicon,
                        inherit: dict[int, Token]) -> set[int]:
    """"… he would try to curb critics, vowing to open up libel laws": a participle with a
    cue of its own, set off by a comma, is a second report by the same source, not part of
    the first one's content. Returns the words to leave out (the participle and the comma
    or "and" before it) and notes the participle's source."""
    cut: set[int] = set()
    doc = speaker.doc
    cue_verb = clauses[0].head if clauses else None
    for clause in clauses:
        for t in clause.subtree:
            if t.i in cut or t is clause:
                continue
            if _second_report(t, clause, cue_verb, speaker, lexicon, inherit):
                cut |= set(range(t.left_edge.i - 1, t.right_edge.i + 1))
                continue
            if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj", "xcomp"):
                continue
            if t.lemma_.lower() not in lexicon or any(c.dep_ in SUBJECTS for c in t.children):
                continue
            before = t.left_edge.i - 1
            while before > clause.left_edge.i and doc[before].lower_ in ("and", "while", "also", "”", "'", '"', "''"):
                before -= 1  # "… “expanded the party,” claiming that …"
            if before <= clause.left_edge.i or doc[before].text not in (",", "—", "–", ";"):
                continue
            cut |= set(range(before, t.right_edge.i + 1))
            inherit[t.i] = speaker
    return cut


def finite_conjuncts(infinitives: list[Token], cue_verb: Token, speaker: Token,
                     inherit: dict[int, Token]) -> set[int]:
    """"has vowed to keep abortion legal and celebrated the ruling": a finite verb in the cue's
    tense joined to the infinitive is the cue's conjunct, not part of the intention. Returns
    the words to leave out (from the "and" before it); a cue among them reports on its own,
    by the same source."""
    past = cue_verb.tag_ in ("VBD", "VBN")
    doc = cue_verb.doc
    cut: set[int] = set()
    for inf in infinitives:
        for t in inf.subtree:
            if t.i in cut or t.dep_ != "conj" or t.head.tag_ not in ("VB", "VBG"):
                continue
            if not (t.tag_ == "VBD" and past or t.tag_ == "VBZ" and cue_verb.tag_ == "VBZ"):
                continue
            if any(c.dep_ in SUBJECTS for c in t.children):
                continue
            before = t.left_edge.i - 1
            if before <= inf.i or doc[before].lower_ not in ("and", ","):
                continue
            while before - 1 > inf.i and doc[before - 1].text == ",":
                before -= 1
            cut |= set(range(before, t.right_edge.i + 1))
            inherit[t.i] = speaker
    return cut


def _second_report(verb: Token, clause: Token, cue_verb: Token | None, speaker: Token, lexicon: CueLexicon,
                   inherit: dict[int, Token]) -> bool:
    """"says he respects her and calls her a friend", "said the vote was fair and predicted
    a win": the parser hangs a second statement verb on the reported clause's verb; it is a
    second report by the same source, not part of the first one's content. Only a verb that
    states (it can take a clause or a quotation), in the tense of the cue, after "and", with
    no subject of its own or a pronoun one ("…, and he railed against …")."""
    if cue_verb is None or verb.dep_ != "conj":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children):
        return False  # "said the plan failed and that she knew …": a second clause of the same report
    # the tense an auxiliary carries: "believe … and have been calling on", "did not suggest"
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    tag = aux.tag_ if aux is not None else verb.tag_
    if tag not in ("VBD", "VBZ", "VBP", "VBG"):
        return False
    # the cue's tense; "did say he found X and called Y", "has said … and called …" are past
    if tag != cue_verb.tag_ and not (tag == "VBD" and cue_verb.tag_ in ("VB", "VBN")):
        return False
    cue = lexicon.verb(verb.lemma_.lower())
    if cue is None:
        return False
    if not (cue.takes("quote") or cue.takes("clause")):
        return False
    doc = verb.doc
    before = verb.left_edge.i - 1
    if before <= clause.left_edge.i or doc[before].lower_ not in ("and", ",", "but"):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.pos_ != "PRON":
        return False
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "oprd") and c.i > verb.i for c in verb.children):
        return False
    if subject is None:
        inherit[verb.i] = speaker
    return True
