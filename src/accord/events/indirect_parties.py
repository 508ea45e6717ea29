"""Parties a clause names at one remove: a document standing for its author ("a report by the
Commons committee called for ..."), the people named after the copula of "among those who ..."
("among those who criticised the plans are X"), and the agent of a participle on an object
("praised the efforts made by Pakistan"). ``parties.py`` asks for them when the plain subject or
object names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.clauses import STATEMENT_NOUNS

# Documents whose "by" names their author ("A report by the Commons committee called for ...").
AUTHORED_NOUNS = STATEMENT_NOUNS | {"study", "review", "inquiry", "audit", "survey", "paper"}


def authors_by(subject: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """"A report by the Commons committee called for ...", "a statement by the ministry
    condemned ...": a document that names nobody, as the subject, stands for its author."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in AUTHORED_NOUNS:
        return []
    return [a for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for pobj in prep.children if pobj.dep_ == "pobj" for a in reader.actors_in(pobj)]


def among_those(verb: Token) -> Token | None:
    """"Among those who criticised the plans are X" (and "... was X"): X, the subject the parser
    puts after the copula, for the relative clause on "those"; None for any other shape."""
    head = verb.head
    if head.lower_ not in ("those", "one") or head.dep_ != "pobj" or head.head.lower_ != "among":
        return None
    copula = head.head.head
    if copula.lemma_ != "be":
        return None
    return next((c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > copula.i), None)


def participle_agents(noun: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """"praised the efforts made by Pakistan", "the steps taken by relevant parties, including
    X and Y": whom the agent of a participle on the object names."""
    return [a for participle in noun.children if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for agent in participle.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj" for a in reader.actors_in(pobj)]
