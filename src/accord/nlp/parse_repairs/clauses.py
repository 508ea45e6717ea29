"""Repairs of clauses hung on the wrong word or with the wrong label: what a verb of telling says
("told a visiting Chinese delegation that Pyongyang was willing ...") read as a clause on the
nearest noun, a subjunctive read as an adjective, a finite verb read as a participle, and a
condition read as an open complement ("threatened to cut supplies if Madrid re-exported ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.rewiring import _rewire
from accord.nlp.parse_repairs.verbs import _verb_lemmas

# The word sets are data: each one's words and why are in accord/data/words/parse_repairs_clauses.tsv.
WORD_SETS = word_sets("parse_repairs_clauses")

TELLING_VERBS = WORD_SETS["TELLING_VERBS"]
CONTENT_NOUNS = WORD_SETS["CONTENT_NOUNS"]


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


MANDATIVE_VERBS = WORD_SETS["MANDATIVE_VERBS"]
# Words a subject between "that" and its verb may be made of ("that the Swedish government").
SUBJECT_POS = {"DET", "PROPN", "NOUN", "ADJ", "PART"}


def subjunctive_read_as_adjective(sent: Span) -> bool:
    """"demanded that Azerbaijan free Armenian prisoners", "demanded that Sweden extradite
    Kurdish militants": after a verb of demanding the bare verb of the that-clause is read as an
    adjective of its object, so nothing is demanded. The signs: a word tagged as an adjective, in
    its base form a verb the model knows, hung as modifier on a noun after it; before it a subject
    of names, nouns and determiners only, opened by "that" right after a verb of demanding. The
    word becomes the clause's verb, with that subject, that object and the "that"."""
    changed = False
    for word in sent:
        if word.tag_ != "JJ" or word.dep_ != "amod" or word.head.i <= word.i \
                or word.head.pos_ not in ("NOUN", "PROPN") or word.lower_ not in _verb_lemmas():
            continue
        start = word.i - 1
        while start > sent.start and sent.doc[start].pos_ in SUBJECT_POS and word.i - start <= 5:
            start -= 1
        mark, subject = sent.doc[start], sent.doc[word.i - 1]
        if mark.lower_ != "that" or start == word.i - 1 or subject.pos_ not in ("PROPN", "NOUN") \
                or mark.i == sent.start or sent.doc[mark.i - 1].lemma_.lower() not in MANDATIVE_VERBS \
                or sent.doc[mark.i - 1].pos_ != "VERB":
            continue
        verb, thing = sent.doc[mark.i - 1], word.head
        if thing.dep_ in ("nsubj", "nsubjpass") and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "be"
                                                         for a in thing.head.children):
            continue  # "demanded that Tbilisi free speech be curbed": the noun has its own verb
        changes = {word: (verb, "ccomp"), subject: (word, "nsubj"), thing: (word, "dobj"), mark: (word, "mark")}
        changes.update({t: (subject, t.dep_) for t in sent.doc[mark.i + 1:subject.i] if t.head.i > subject.i})
        if _rewire(sent, changes):
            word.tag_, word.pos_, word.lemma_ = "VB", "VERB", word.lower_
            changed = True
    return changed


def finite_verb_read_as_participle(sent: Span) -> bool:
    """"The leader of Georgia's main opposition party called on the prime minister to resign ...,
    officials said": the model reads "called" as a participle on "leader" (the leader who was
    called on) and gives "leader" to the infinitive "to resign" as its subject. An infinitive
    has no subject of its own, so the signs are: a verb with "to" as its aux and a noun subject
    that carries a past participle hung on it as "acl", the participle's own "on" or object before
    the infinitive. The participle becomes the clause's verb in the infinitive's place, the noun
    its subject and the infinitive its complement."""
    changed = False
    for infinitive in sent:
        if infinitive.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        subject = next((c for c in infinitive.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            continue
        verb = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and c.i < infinitive.i and any(g.dep_ in ("prep", "dobj") for g in c.children)), None)
        if verb is None:
            continue
        head = infinitive.head if infinitive.head.i != infinitive.i else None
        changes = {verb: (head, infinitive.dep_) if head is not None else (verb, "ROOT"),
                   subject: (verb, "nsubj"), infinitive: (verb, "xcomp")}
        changes.update({c: (verb, c.dep_) for c in infinitive.children if c.i > verb.i and c.i < infinitive.i
                        and c.dep_ not in ("aux", "nsubj")})
        if _rewire(sent, changes):
            verb.tag_ = "VBD"
            changed = True
    return changed


CONDITION_MARKS = WORD_SETS["CONDITION_MARKS"]


def condition_read_as_complement(sent: Span) -> bool:
    """"threatened to cut gas supplies to Spain if Madrid re-exported the gas to Morocco": the
    model (or the repair of its hyphenated verb) may hang the condition on the governing verb as
    its open complement (xcomp) or as a conjunct (conj), so the condition reads as what is
    threatened, or as a second act, and its parties as the threat's. An open complement has no
    subject or conjunction of its own, and a conjunct no subordinating one; a clause opened by a
    conditional "if" or "unless" with a subject of its own, both before its verb, is an adverbial
    clause, and only its label changes. So is one hung as the verb's object (dobj); and a
    prepositional phrase hung on the governing verb right after the clause's last word ("... if
    Bishkek re-exported the grain to Afghanistan") is the clause's own. Returns whether a clause
    was relabelled."""
    changed = False
    for clause in sent:
        if clause.dep_ not in ("xcomp", "conj", "dobj") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS and c.i < clause.i for c in clause.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
            clause.dep_ = "advcl"
            changed = True
            end = clause.right_edge.i
            trailing = next((c for c in clause.head.children if c.dep_ == "prep" and c.i == end + 1), None)
            if trailing is not None:
                _rewire(sent, {trailing: (clause, "prep")})
    return changed


REPORTING_VERBS = WORD_SETS["REPORTING_VERBS"]


def _infinitive(token: Token) -> bool:
    """A verb hung as a clause or open complement with "to" as its aux ("offered ... to mediate")."""
    return token.dep_ in ("xcomp", "advcl") and token.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def finite_verb_read_as_participle_before_source(sent: Span) -> bool:
    """"Some 4,000 South Sudanese rebels handed in their weapons at cantonment sites, a U.N.
    official said": the model reads "handed" as a participle on "rebels" and gives "said" two
    subjects, the rebels and the official. A verb of saying has one subject; when it has two and
    the first carries a past tense hung on it as a participle (before the second), or a past
    participle with an object or particle of its own, that verb is what was said: it becomes the clause said, with the first noun its subject.
    So is a past participle that governs an infinitive of its own ("The Turkish president
    offered on Wednesday to mediate between Moscow and Kyiv, his office said")."""
    changed = False
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda t: t.i)
        if len(subjects) != 2 or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        first, second = subjects
        # (tagged as a past tense, or a participle with an object or particle of its own)
        participle = next((c for c in first.children if c.dep_ == "acl" and first.i < c.i < second.i
                           and (c.tag_ == "VBD" or c.tag_ == "VBN" and any(g.dep_ in ("dobj", "prt") or _infinitive(g)
                                                                            for g in c.children)
                                or _to_death(c))
                           and not any(g.dep_ in ("auxpass", "agent") for g in c.children)), None)
        if participle is None:
            continue
        changes = {participle: (verb, "ccomp"), first: (participle, "nsubj")}
        if _to_death(participle):
            # ("A mob hacked to death at least 10 people ..., police said": the victims, read as
            # a conjunct of the mob, are what was hacked to death.)
            victims = [c for c in first.children if c.dep_ == "conj" and participle.i < c.i < second.i]
            if len(victims) == 1 and not any(g.dep_ == "dobj" for g in participle.children):
                changes[victims[0]] = (participle, "dobj")
                changes.update({c: (participle, c.dep_) for c in first.children if c.dep_ == "cc"
                                and participle.i < c.i < victims[0].i})
        if _rewire(sent, changes):
            participle.tag_ = "VBD"
            changed = True
    return changed


KILLING_PHRASE_NOUNS = WORD_SETS["KILLING_PHRASE_NOUNS"]


def _to_death(verb: Token) -> bool:
    """"hacked to death", "beaten to death": a verb with its own "to death" phrase is a killing
    done, whose doer the noun it hangs on is."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ in KILLING_PHRASE_NOUNS
                                                                for g in c.children) for c in verb.children)


SEQUENCE_MARKS = WORD_SETS["SEQUENCE_MARKS"]


def time_clause_read_as_main(sent: Span) -> bool:
    """"The government closed the newspaper on Thursday, a day after Congress approved aid".

    The model may make the clause of time the sentence's root and hang the main clause before it
    on it as a complement, as if the clause of time said it. The signs: the root verb is marked by
    "after", "before" or "since" (`SEQUENCE_MARKS`), and has a clausal complement that ends before
    the mark, with a subject of its own. The complement becomes the root, and the clause of time
    its adverbial clause. Returns whether the sentence was repaired.
    """
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS), None)
    if mark is None:
        return False
    main = next((c for c in root.children if c.dep_ == "ccomp" and c.right_edge.i < mark.i
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if main is None:
        return False
    changes = {main: (main, "ROOT"), root: (main, "advcl")}
    # (what closes the sentence, and the main clause's comma, go with the main clause)
    for c in root.children:
        if c.dep_ == "punct" and (c.i < mark.i or c.i == sent.end - 1):
            changes[c] = (main, "punct")
    return _rewire(sent, changes)
