"""Repairs of charges rebutted and of agents, where the model turns who accuses whom around.

A charge rebutted after a comma ("..., a charge Iran denies") read as the rebutter denying the
accusation, the charge noun taken as the rebutting verb's object or its subject; a charge or
grounds hung on the agent of a passive verb ("accused by U.N. experts of backing ..."); and an
agent hung on a phrase inserted between a passive verb and its "by" ("criticised on Monday in a
statement by ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.guests import GUEST_NOUNS
from accord.nlp.parse_repairs.rewiring import _rewire

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_charges_and_agents.tsv.
WORD_SETS = word_sets("parse_repairs_charges_and_agents")


CHARGE_NOUNS = WORD_SETS["CHARGE_NOUNS"]
REBUTTING_VERBS = WORD_SETS["REBUTTING_VERBS"]


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
    _charge_rebutted_in_relative(clause, charge, verb)
    return True


def _charge_rebutted_in_relative(clause: Token, charge: Token, verb: Token) -> None:
    """The accusation becomes the root, the charge a noun phrase on it, the rebutting verb a
    relative clause on the charge; the punctuation around goes with the root."""
    charge.head = clause
    charge.dep_ = "npadvmod"
    clause.head = clause
    clause.dep_ = "ROOT"
    verb.head = charge
    verb.dep_ = "relcl"
    for punct in [c for c in verb.children if c.dep_ == "punct" and not (charge.i <= c.i <= verb.i)]:
        punct.head = clause


OF_CHARGE_VERBS = WORD_SETS["OF_CHARGE_VERBS"]
FOR_GROUNDS_VERBS = WORD_SETS["FOR_GROUNDS_VERBS"]


def reattach_charge_after_agent(sent: Span) -> bool:
    """"Rwanda has been accused by U.N. experts of backing the M23 rebels."

    The small model hangs "of backing ..." on the agent's noun ("experts of backing"), so the
    rebels join the accusers. When the passive verb is one that takes a charge by "of" (or
    grounds by "for"), and that phrase right of the agent starts with a gerund, it belongs to
    the verb. A gerund read as an adjective of its object ("of burning villages": "burning"
    an amod of "villages") is made the clause it is. Returns whether the sentence was repaired.
    """
    repaired = False
    for agent in [t for t in sent if t.dep_ == "agent"]:
        verb = agent.head
        lemma = verb.lemma_.lower()
        wanted = ("of" if lemma in OF_CHARGE_VERBS else None, "for" if lemma in FOR_GROUNDS_VERBS else None)
        for prep in list(agent.subtree):
            if prep.i <= agent.i or prep.lower_ not in wanted or prep.dep_ != "prep" or prep.head == verb:
                continue
            if prep.i + 1 >= sent.end:
                continue
            first = sent.doc[prep.i + 1]
            if first.tag_ != "VBG":
                continue
            if first.head == prep and first.dep_ == "pcomp":
                pass
            elif first.dep_ in ("amod", "compound") and first.head.head == prep and first.head.dep_ == "pobj":
                # "of burning villages": the gerund becomes the clause, its noun its object.
                noun = first.head
                first.head = prep
                first.dep_ = "pcomp"
                noun.head = first
                noun.dep_ = "dobj"
            else:
                continue
            prep.head = verb
            repaired = True
    return repaired


def reattach_rebutted_charge_as_subject(sent: Span) -> bool:
    """"Turkey accuses Syria of sheltering PKK leaders, a charge Damascus has always denied."

    A second misreading of the same construction as ``reattach_rebutted_charge``, common when
    an adverb stands between the auxiliary and the rebutting verb: the charge noun is read as
    the root verb's subject and the rebutter as an apposition to it (or a second subject),
    the accusation again the root's clause. The repair is the same: the accusation is the
    root, the charge a noun phrase on it, the rebutting verb a relative clause on the charge
    with the rebutter its subject. Returns whether the sentence was repaired.
    """
    verb = sent.root
    if verb.lemma_.lower() not in REBUTTING_VERBS or verb.pos_ != "VERB":
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    charge = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in CHARGE_NOUNS), None)
    if clause is None or charge is None:
        return False
    rebutter = next((c for c in charge.rights if c.dep_ == "appos"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i > charge.i), None)
    if rebutter is None or rebutter.pos_ not in ("PROPN", "NOUN") or not (clause.i < charge.i < rebutter.i < verb.i):
        return False
    start = charge.left_edge.i
    if start - 1 <= clause.i or sent.doc[start - 1].text not in (",", "--", "—", "–"):
        return False
    # Order matters: never leave a cycle between two assignments.
    rebutter.head = verb
    rebutter.dep_ = "nsubj"
    _charge_rebutted_in_relative(clause, charge, verb)
    return True


SETTING_PREPS = WORD_SETS["SETTING_PREPS"]
# Nouns that name the doers an agent phrase names, when no entity says so: "by U.N. experts".
AGENT_NOUNS = GUEST_NOUNS | {
    "ministry", "government", "authority", "force", "troop", "soldier", "army", "police", "policeman",
    "officer", "expert", "rebel", "militant", "gunman", "fighter", "militia", "insurgent", "group", "council",
    "parliament", "court", "judge", "tribunal", "prosecutor", "committee", "commission", "agency", "body",
    "administration", "department", "military", "navy", "warplane", "jet", "aircraft", "helicopter", "drone",
    "organisation", "organization", "union", "bloc", "alliance", "country", "state", "nation", "neighbour",
    "neighbor", "people", "protester", "demonstrator", "activist", "critic", "opponent", "supporter", "member",
    "lawmaker", "legislator", "spokesman", "spokeswoman", "spokesperson", "regime", "junta", "coalition",
    "guard", "unit", "investigator", "inspector", "monitor", "observer", "mission", "staff", "agent"}
NOT_AGENT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
REFERRING_NOUNS = WORD_SETS["REFERRING_NOUNS"]


def agent_after_inserted_phrase(sent: Span) -> bool:
    """"Israel was criticised on Monday in a statement by the U.S. State Department for ..."

    Between a passive verb and its "by" agent, wire copy often sets where, when and how the act
    was done ("in a statement", "at a news conference in Tehran", "during a visit to Accra"). The
    small model then hangs "by" on the last noun of that phrase, "a statement by the State
    Department", and the verb is left without an agent: nothing acts. The signs: a passive verb
    (a past participle with a passive auxiliary) that has no agent; a phrase on it opening with
    a preposition of setting; inside it, with only nouns and prepositions between, "by" taking
    a doer (a person, group or country by name, or a noun for one: "experts", "ministry",
    "troops"), not a time, a number or a means. "By" becomes the verb's agent, and whatever the
    phrase's nouns took after the agent ("for building ...") goes to the verb with it. Returns
    whether the sentence was repaired.
    """
    repaired = False
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ not in ("NOUN", "PROPN"):
            continue
        doer = next((c for c in by.children if c.dep_ == "pobj"), None)
        if doer is None or not _names_a_doer(doer):
            continue
        path, noun = [], by.head  # the nouns from "by" up to the verb: "statement", or "Tehran", "conference"
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(path) < 4:
            path.append(noun)
            noun = noun.head.head
            if noun.pos_ in ("VERB", "AUX"):
                break
        verb = noun
        if not path or verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.i > by.i:
            continue
        if any(n.lemma_.lower() in REFERRING_NOUNS for n in path):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        setting = path[-1].head  # the preposition on the verb
        if setting.lower_ not in SETTING_PREPS:
            continue
        changes = {by: (verb, "agent")}
        for noun in path:  # "in a statement by X for building ...": "for" goes with the agent
            for child in noun.rights:
                if child.i > by.i:
                    changes[child] = (verb, child.dep_)
        if _rewire(sent, changes):
            repaired = True
    return repaired


def _names_a_doer(noun: Token) -> bool:
    """Whether the object of "by" names someone who acts, not a time, a number or a means."""
    if noun.ent_type_ in NOT_AGENT_ENTS or noun.like_num:
        return False
    if noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in AGENT_NOUNS
