"""Repairs of that-clauses hung on the wrong word: what a verb of telling says ("told a
visiting Chinese delegation that Pyongyang was willing ...") read as a clause on the nearest noun.
"""

from __future__ import annotations

from spacy.tokens import Span

from accord.nlp.parse_repairs.rewiring import _rewire

# Verbs that tell someone something in a that-clause.
TELLING_VERBS = {"tell", "inform", "assure", "reassure", "warn", "remind", "brief", "notify", "say", "promise"}
# Nouns whose own that-clause says what they hold, fear or show ("the news that ...", "a
# message that ...", "a condition that ..."): the clause is theirs.
CONTENT_NOUNS = {
    "report", "claim", "news", "assurance", "reassurance", "warning", "fact", "belief", "hope", "fear", "view",
    "sign", "evidence", "message", "letter", "statement", "promise", "pledge", "suggestion", "speculation",
    "rumour", "rumor", "idea", "notion", "impression", "proof", "indication", "charge", "allegation",
    "accusation", "assertion", "argument", "conviction", "condition", "guarantee", "understanding",
    "insistence", "demand", "announcement", "decision", "threat", "possibility", "likelihood", "chance",
    "risk", "concern", "doubt", "question", "point", "reminder", "signal", "word", "information",
    "confirmation", "denial", "position", "principle", "basis", "ground", "grounds", "proposal", "request",
    "call", "agreement", "deal", "vow", "commitment", "expectation", "prediction", "estimate", "feeling",
    "sense", "thought", "opinion", "perception", "line", "note", "memo", "remark", "comment", "reply",
    "response", "answer", "explanation", "excuse", "way", "extent", "time", "moment", "day",
}


def that_clause_of_telling_verb(sent: Span) -> bool:
    """"told reporters after the meeting that he had urged Putin to ...", "told a visiting Chinese
    delegation that Pyongyang was willing to ...": the model hangs the that-clause on the noun
    before it, as if it said what the reporters or the delegation are. A verb of telling with no
    clause of its own takes it back, when the clause has a subject of its own (not the relative
    "that" of "the delegation that arrived") and the noun is not one whose clause it is ("the
    news that ...")."""
    changed = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING_VERBS \
                or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in CONTENT_NOUNS:
                continue
            clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                           and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in c.children)),
                          None)
            if clause is not None and _rewire(sent, {clause: (verb, "ccomp")}):
                changed = True
                break
    return changed
