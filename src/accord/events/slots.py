"""Where the slots a lexicon frame constrains are in the parse of a trigger: its object (looking
through a quantity, "thousands of reservists", and past the parser's known slips: a shifted
object, an object hung on a particle, a titled name read as an adverbial noun), the infinitives
and the that-clause it governs, the subject of a stative passive ("is opposed to"), who gives
what the subject receives ("drew criticism from Turkey"), the verb that lends a noun its subject,
and the words its prepositional phrases hang on."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from accord.actors.tables import data_dir, read_tsv, word_sets
from accord.events.entries import LexiconEntry
from accord.nlp.parse_repairs.predicates import LABELLING_VERBS

# The word sets are data: each one's words and why are in accord/data/words/events_slots.tsv.
WORD_SETS = word_sets("events_slots")

OBJECT_DEPS = ("dobj", "obj", "attr")
TIME_SPANS = WORD_SETS["TIME_SPANS"]
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)

QUANTITY_NOUNS = WORD_SETS["QUANTITY_NOUNS"]


def object_of(token: Token) -> Token | None:
    """The verb's direct object, or its passive subject (what was signed, attacked, ...).

    A quantity is looked through: in "mobilised thousands of reservists" the object is
    "reservists"."""
    children = sorted(token.children, key=lambda c: c.dep_ not in OBJECT_DEPS)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) == 2 and objects[0].i < objects[1].i and objects[0].pos_ in ("NOUN", "PROPN") \
            and objects[1].pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in objects[1].children) \
            and not any(t.is_punct for t in token.doc[objects[0].i:objects[1].left_edge.i]):
        # "gave the Ukrainian forces an ultimatum": the model may label both objects of a
        # two-object verb dobj; the first names who gets it, the second what is given.
        return through_quantity(objects[1])
    # (A passive with an object left, "was granted asylum": the object is what was given.)
    for child in children:
        if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            return through_quantity(child)
    named = _named_before_predicate(token)
    if named is not None:
        return named
    if token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.head.i > token.i \
            and token.head.pos_ in ("NOUN", "PROPN") and token.sent.root.pos_ in ("NOUN", "PROPN"):
        # "Ethiopian tanks battered Islamist positions" read as one noun phrase: the finite verb
        # taken for a modifier of its object.
        return through_quantity(token.head)
    for child in token.children:
        # "condemned as unacceptable the alleged involvement of Indian agents", "rejected as
        # baseless the accusations": the model reads the shifted object as the object of "as".
        if child.dep_ == "prep" and child.lower_ == "as" and child.i + 1 < len(token.doc):
            adjective = token.doc[child.i + 1]
            shifted = next((g for g in child.children if g.dep_ == "pobj"), None)
            if shifted is not None and adjective.pos_ == "ADJ" and adjective.head.i == shifted.i and any(
                    c.dep_ == "det" and c.i > adjective.i for c in shifted.children):
                return shifted
    shifted = _shifted_past_recipient(token)
    if shifted is not None:
        return through_quantity(shifted)
    for child in token.children:
        # "sealed off the city": the small model may hang the object on the particle.
        if child.dep_ == "prt":
            held = next((g for g in child.children if g.dep_ == "pobj"), None)
            if held is not None:
                return held
    for child in token.children:
        # "met Ethiopian Prime Minister Abiy Ahmed on the sidelines": the small model may read a
        # titled name right after the verb as an adverbial noun; it is the object.
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.left_edge.i == token.i + 1 \
                and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return child
    for child in token.children:
        # "gave Qatar ten days to comply": after an indirect object the model may read the time
        # given as an adverbial noun; it is what was given.
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and child.lemma_.lower() in TIME_SPANS \
                and any(c.dep_ == "dative" and c.i < child.i for c in token.children):
            return child
    shared = _raised_object(token)
    if shared is not None:
        return through_quantity(shared)
    # "allowed candidate X to participate", "forced the paper to close": spaCy often hangs the
    # object of such verbs as the subject of a to-infinitive clause.
    for child in token.children:
        if child.dep_ == "ccomp" and _is_reduced_relative(child, token):
            # "pardoned a dozen Ugandan soldiers captured in the clashes": the model reads the
            # participle describing the object as a clause with the object as its subject.
            return next(c for c in child.children if c.dep_ == "nsubj")
        if child.dep_ == "ccomp" and (is_infinitive(child) or _is_small_clause(child)):
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return through_quantity(subject)  # "allowed dozens of aid trucks to enter"
    # ("banned masked protests", the participle read as a clause with the object as its own, is
    # repaired in the parse: nlp.parse_repairs.modifiers.participle_read_as_clause.)
    return None


def _named_before_predicate(verb: Token) -> Token | None:
    """"calling Trump a fascist", "called Trump and Clinton 'crazy'": the small model may make
    the name an open complement with the predicate noun as its object, or read both the name
    and the predicate as object predicates. The name is the object."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("PROPN", "NOUN", "PRON") and _said_of(child):
            return child
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) >= 2 and predicates[0].pos_ in ("PROPN", "PRON", "NOUN") \
            and predicates[-1].pos_ in ("NOUN", "ADJ") and predicates[0].i < predicates[-1].i:
        return predicates[0]
    if len(predicates) == 1 and predicates[0].pos_ == "PROPN" and predicates[0].ent_type_ in ("PERSON", "GPE", "ORG"):
        # "Obama called Russian President Dmitry Medvedev on Tuesday": with no object, a lone name
        # read as an object predicate is the one called.
        return predicates[0]
    return None


def _said_of(name: Token) -> list[Token]:
    """The predicate the parser hangs on a name read as an open complement ("Trump a fascist")."""
    return [c for c in name.children if c.dep_ in ("dobj", "attr", "oprd") and c.pos_ in ("NOUN", "ADJ")
            and c.i > name.i]


def _raised_object(verb: Token) -> Token | None:
    """"will finance and build a new expressway": two verbs joined by "and"/"or" right next to
    each other share the object the parser hangs on the second."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].head.i != verb.i:
        return None
    partner = doc[verb.i + 2]
    if partner.dep_ != "conj" or partner.head.i != verb.i or partner.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" for c in verb.children):
        return None
    return next((c for c in partner.children if c.dep_ in OBJECT_DEPS), None)


def _shifted_past_recipient(verb: Token) -> Token | None:
    """"handed over to the United States a man wanted for ...": a long object moved after the
    "to" phrase. The small model makes it the subject of the participle that describes it; a
    noun right after the phrase, subject of a bare participle hung on the verb, is the object."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               and any(g.dep_ == "pobj" for g in c.children)), None)
    if to is None or to.right_edge.i + 1 >= len(verb.doc):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "conj", "ccomp", "acl") or clause.tag_ not in ("VBN", "VBD") \
                or clause.i < to.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i < clause.i \
                and subject.left_edge.i == to.right_edge.i + 1 \
                and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children):
            return subject
    return None


def through_quantity(noun: Token, counters: set[str] = QUANTITY_NOUNS) -> Token:
    """"thousands of reservists": the noun a quantity (one of ``counters``) counts."""
    if noun.lemma_.lower() in counters or noun.lower_ in counters:
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    return noun


def _is_reduced_relative(clause: Token, verb: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.tag_ in ("VBN", "VBD") and subject is not None and subject.pos_ in ("NOUN", "PROPN") \
        and subject.left_edge.i == verb.i + 1 and subject.i == clause.i - 1 \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children)


def _is_small_clause(clause: Token) -> bool:
    """"allowed investigators access to the site", "allowed inspectors back into the country":
    a bare clause with no tense, auxiliary or "that", which the parser makes of a verb's object
    and what follows it."""
    return clause.head.lemma_.lower() in SMALL_CLAUSE_VERBS and (
        clause.tag_ in ("VB", "VBP") or clause.pos_ in ("ADV", "ADP")) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


SMALL_CLAUSE_VERBS = WORD_SETS["SMALL_CLAUSE_VERBS"]


def is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


STOPPING_VERBS = WORD_SETS["STOPPING_VERBS"]
SUPPLY_NOUNS = WORD_SETS["SUPPLY_NOUNS"]


def stopped_gerund(token: Token) -> bool:
    """Whether a verb is a gerund a verb of stopping governs ("stopped supplying gas", "halted
    selling arms"): not an infinitive of purpose ("stopped to refuel") nor someone else kept from
    it ("stopped Iran from supplying ...", where the gerund hangs on "from")."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in STOPPING_VERBS \
        and not is_infinitive(token)


def stopped_supply(token: Token) -> bool:
    """Whether a verb of stopping takes a supply for its object ("stop gas supplies", "halt arms
    deliveries"): the noun form of `stopped_gerund`'s "stop supplying"."""
    return token.lemma_.lower() in STOPPING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SUPPLY_NOUNS for c in token.children)


def governed_infinitives(token: Token) -> list[Token]:
    """The to-infinitives a verb governs: "agreed to sign", and the same with the infinitive
    parsed as an adverbial or clausal complement ("have sworn to fight", advcl)."""
    return [c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and is_infinitive(c)) or (
        c.dep_ == "advcl" and is_infinitive(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]


def governed_clause(token: Token) -> Token | None:
    """The verb of a finite clause the trigger governs ("warned that police will ..."); one that
    "that" opens before any other ("Washington is reacting to it: Washington has said that a
    response would be ...", where the parser hangs the clause before the colon on "said" too)."""
    clause = that_clause_first(_finite_clauses(token))
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return clause
    lemma = clause.lemma_.lower()
    if lemma in OPINION_VERBS and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in clause.children) \
            or lemma in EVIDENCE_VERBS:
        # "said: 'I feel UKIP have over-reacted'", "said he believed the plan had failed": the
        # speaker's own opinion is what was said; "said the analysis showed that Russia was
        # responsible": what the speaker says the evidence shows. Its clause is read through.
        return that_clause_first(_finite_clauses(clause)) or clause
    return clause


def _finite_clauses(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "ccomp" and not is_infinitive(c)
            and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]


def that_clause_first(clauses: list[Token]) -> Token | None:
    """Of the clauses hung on one verb, the one "that" opens, else the first: what was said."""
    return next((c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                clauses[0] if clauses else None)


OPINION_VERBS = WORD_SETS["OPINION_VERBS"]
EVIDENCE_VERBS = WORD_SETS["EVIDENCE_VERBS"]
AMOUNTING_VERBS = WORD_SETS["AMOUNTING_VERBS"]
REGARDING_VERBS = WORD_SETS["REGARDING_VERBS"]


def copular_predicate(clause: Token) -> set[str]:
    """What a "be" clause says its subject is: "China was responsible for the smog", "the
    strikes were unacceptable", "the decision was a mistake", "would be an act of war" (the
    adjective or noun, its coordinated words, and what an "act of" is of); so does a passive verb
    of regarding ("would be regarded as a provocation", "considered an act of aggression").
    Empty when the clause is neither, is negated ("was not responsible"), or its "for" opens a
    duty rather than a deed ("is responsible for ensuring")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return set()
    lemma = clause.lemma_.lower()
    if clause.tag_ == "VBN" and lemma not in REGARDING_VERBS and any(c.dep_ == "auxpass" for c in clause.children):
        # "the plan was misguided", "was ill-judged": a participle the parser reads as a passive
        # says what its subject is, by its own form (the lemma "misguide" is no verdict word)
        return {clause.lower_} | hyphen_compound(clause)
    if lemma == "be":
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN")
                 or c.dep_ == "acomp" and c.tag_ == "VBN"]
    elif lemma in AMOUNTING_VERBS:
        # "China's treatment of the Uyghurs amounts to genocide", "the strikes constitute war crimes"
        heads = [c for c in clause.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"]
        heads += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    elif lemma in REGARDING_VERBS and any(c.dep_ == "auxpass" for c in clause.children):
        heads = [c for c in clause.children if c.dep_ in ("oprd", "acomp", "attr") and c.pos_ in ("ADJ", "NOUN")]
        heads += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("ADJ", "NOUN")]
    else:
        return set()
    words: set[str] = set()
    if lemma == "be" and any(p.dep_ == "prep" and p.lower_ == "behind" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in DEEDS_BEHIND for g in p.children) for p in clause.children):
        words.add("behind")  # "said Kyiv was behind the drone attack": who is behind a deed is blamed for it
    for head in heads:
        if any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pcomp" for g in p.children)
               for p in head.children):
            continue
        for word in [head, *(c for c in head.children if c.dep_ == "conj")]:
            words.add(word.lemma_.lower())
            words |= {word.lower_} | hyphen_compound(word)
        if head.lemma_.lower() in KIND_NOUNS:
            # "an act of war", "a declaration of war", "a form of aggression"
            words |= {g.lemma_.lower() for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"}
    return words


def hyphen_compound(word: Token) -> set[str]:
    """A word the tokenizer split at a hyphen, whole again ("ill", "-", "advised": ill-advised)."""
    doc = word.doc
    if word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ \
            and not doc[word.i - 2].whitespace_:
        return {f"{doc[word.i - 2].lower_}-{word.lower_}"}
    return set()


KIND_NOUNS = WORD_SETS["KIND_NOUNS"]
PERPETRATING_VERBS = WORD_SETS["PERPETRATING_VERBS"]


def perpetrated_deed(clause: Token) -> set[str]:
    """What a clause of doing says was done ("militants had carried out the bombing": bombing;
    "had committed war crimes": crime, and war-crime), or nothing for another verb."""
    if clause.lemma_.lower() not in PERPETRATING_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return set()
    objects = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in list(objects) for g in o.children if g.dep_ == "conj"]
    words = {o.lemma_.lower() for o in objects}
    if "crime" in words and any(m.lower_ == "war" for o in objects for m in o.children if m.dep_ == "compound"):
        words.add("war-crime")
    return words


DEEDS_BEHIND = WORD_SETS["DEEDS_BEHIND"]


def clause_auxiliaries(clause: Token) -> set[str]:
    """The auxiliaries of a clause ("would be regarded": would, be)."""
    return {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}


def reported_subject(clause: Token) -> Token | None:
    """The subject of a reported clause ("said Turkey was responsible": Turkey); of an
    extraposed one, the subject of its "for ... to" clause ("said it was outrageous for Uganda to
    detain the journalists": Uganda)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "it" and clause.lemma_.lower() == "be":
        extraposed = next((c for c in clause.children if c.dep_ in ("advcl", "ccomp", "xcomp") and is_infinitive(c)
                           and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        if extraposed is not None:
            return next((c for c in extraposed.children if c.dep_ == "nsubj"), subject)
    return subject


def stative_subject(token: Token) -> Token | None:
    """The subject of "X is opposed to": the participle's passive subject, or the subject the
    parser hangs from its auxiliary ("Ukraine" under "is")."""
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return child
    for aux in token.children:
        if aux.dep_ == "auxpass":
            subject = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return None


FEELING_COPULAS = WORD_SETS["FEELING_COPULAS"]


def is_felt_participle(token: Token) -> bool:
    """"Germany was alarmed at Russia's move", "China is angered by Japan's decision", "Washington
    is concerned about ...": a participle of feeling whose subject is the one who feels it; a "by"
    phrase names what caused the feeling, not a doer (unlike "is opposed to", an agent is allowed)."""
    if token.tag_ != "VBN" and token.pos_ != "ADJ":
        return False
    if stative_subject(token) is not None:
        return True
    return token.dep_ == "acomp" and token.head.lemma_.lower() in FEELING_COPULAS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)


def is_stative_passive(token: Token) -> bool:
    """"Israel is opposed to", "Vietnam is committed to": a passive participle that states
    its subject's position; no agent."""
    return stative_subject(token) is not None and not any(c.dep_ == "agent" for c in token.children)


RECEIVED_FROM = ("from", "by", "of", "among")


def received_from(entry: LexiconEntry, token: Token) -> Token | None:
    """The object of the first "from/by/of/among" phrase on the trigger or its object: who
    gives what the subject receives ("drew criticism from Turkey", "won the backing of
    Brazil")."""
    holders = list(prep_holders(entry, token))
    # ("came under criticism from Germany": the phrase hangs on what the subject came under.)
    holders += [g for h in list(holders) for c in preps_of(h) if c.lower_ not in RECEIVED_FROM
                for g in prep_objects(c)]
    for holder in holders:
        for child in preps_of(holder):
            if child.dep_ in ("prep", "agent") and child.lower_ in RECEIVED_FROM:
                for pobj in prep_objects(child):
                    return pobj
    return None


def governing_support_verb(token: Token) -> Token | None:
    """The verb a noun trigger is the object of ("launched war games")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


@lru_cache(maxsize=1)
def phase_verbs() -> frozenset[str]:
    """Support verbs that only tell the phase of their event noun ("completed", "speeded up")."""
    return frozenset(row["lemma"] for row in read_tsv(data_dir() / "support_verbs.tsv") if row.get("phase") == "yes")


OCCURRENCE_VERBS = WORD_SETS["OCCURRENCE_VERBS"]


def prep_holders(entry: LexiconEntry, token: Token) -> list[Token]:
    """Where a trigger's prepositional phrases hang: the word itself; for a noun that is the
    object of a phase verb, the verb too ("completed its withdrawal from the capital"); for a
    verb, its direct object too, where the parser often hangs the phrase ("stripped opposition
    figures of their citizenship")."""
    if entry.pos == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in phase_verbs():
        return [token, token.head]
    if entry.pos == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in OCCURRENCE_VERBS:
        return [token, token.head]  # "fighting erupted between the army and the RSF"
    if entry.pos == "VERB":
        holders = [token]
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is None and token.dep_ == "amod" and token.head.dep_ == "ROOT":
            obj = object_of(token)  # a finite verb read as the modifier of its object ("played host to")
        if obj is not None:
            holders.append(obj)
        # "handed Tunisia 100 million euros in budget support": with two objects, the phrase may
        # hang on the second.
        holders.extend(c for c in token.children if c.dep_ == "dobj" and c is not obj)
        through = object_of(token) if obj is not None else None
        if through is not None and through not in holders:
            holders.append(through)  # "hosted another round of talks between ...": the talks, not the round
        # "pulled back from the town", "moved away from the border": the parser hangs the
        # phrase on an adverb particle right after the verb.
        holders.extend(c for c in token.children if c.dep_ == "advmod" and c.i == token.i + 1
                       and c.lower_ in DIRECTION_PARTICLES)
        return holders
    if entry.pos == "NOUN":
        # "a motion of no confidence against the prime minister": the phrase hangs on what the
        # noun is of, which the frame reads as its modifier (`frames`, objmod=).
        return [token] + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no"
                                                                          for d in g.children)]
    return [token]


DIRECTION_PARTICLES = WORD_SETS["DIRECTION_PARTICLES"]


def preps_of(holder: Token) -> list[Token]:
    """A word's children, plus the inner preposition of a two-word one that the parser nests:
    "pulled out of the initiative" has "out" (a preposition or a particle) and, under it, "of
    the initiative"."""
    children = list(holder.children)
    return children + [g for c in children if c.dep_ in ("prep", "prt") and not any(x.dep_ == "pobj" for x in c.children)
                       for g in c.children if g.dep_ == "prep"]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, looking through a quantity: in "supplied Russia with
    hundreds of drones" the object of "with" is "drones"."""
    objects = []
    for g in prep.children:
        if g.dep_ not in ("pobj", "pcomp"):
            continue
        objects.append(g)
        if g.dep_ == "pcomp" and g.lemma_.lower() in LABELLING_VERBS and any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in g.children):
            # "defended Nicaragua against what it called an unjust campaign": the label the speaker
            # gives is the thing the preposition is about.
            objects.extend(c for c in g.children if c.dep_ == "oprd")
        if misread_visitor(g):
            # "talked to visiting Australian Prime Minister John Howard": the parser makes
            # "visiting" a gerund with the visitor as its object; the one talked to is the visitor.
            objects.extend(c for c in g.children if c.dep_ == "dobj")
        if g.lemma_.lower() in QUANTITY_NOUNS or g.lower_ in QUANTITY_NOUNS or g.lemma_.lower() in STATE_NOUNS:
            # (Also "on a state of heightened readiness", "to a level of alert".)
            objects.extend(o for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj")
    return objects


STATE_NOUNS = WORD_SETS["STATE_NOUNS"]


def misread_visitor(token: Token) -> bool:
    """"met visiting Chinese Premier Wen Jiabao", "talked to visiting President X": "visiting"
    right before a named person is what the person is doing there (an adjective), though the
    parser reads it as a gerund with the person as its object."""
    if token.lower_ != "visiting" or token.tag_ != "VBG" or token.i == 0:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON" \
        and token.doc[token.i - 1].dep_ == "prep"


def predicate_words(token: Token) -> set[str]:
    """The words a verb predicates of its object: an object predicate ("called him a liar",
    "called it 'outrageous'") or an "as" phrase ("described them as dangerous"), with their
    coordinated words and their adjectives ("a true patriot", "offensive and outlandish")."""
    heads = [c for c in token.children if c.dep_ in ("oprd", "acomp") and c.pos_ in ("NOUN", "ADJ")]
    # "called U.S. President George W. Bush the devil": the small model takes the name for the
    # object predicate and hangs the real one on it as an apposition with its own article (not
    # one set off by a comma: "called President Lula da Silva, the host of the summit").
    heads += [a for c in token.children if c.dep_ == "oprd" and c.pos_ == "PROPN"
              for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > c.i
              and any(d.dep_ == "det" for d in a.children) and not token.doc[a.left_edge.i - 1].is_punct]
    heads += [p for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN", "PRON")
              for p in _said_of(c)]  # "calling Trump a fascist"
    # "took more than 200 people hostage": the small model reads the predicate as a second object
    objects = [c for c in token.children if c.dep_ == "dobj"]
    heads += [c for c in objects[1:] if c.pos_ == "NOUN" and c.i > objects[0].i
              and not any(d.dep_ in ("det", "nummod", "poss") for d in c.children)]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            heads += [g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp") and g.pos_ in ("NOUN", "ADJ")]
    quoted = _quoted_last_predicate(token)
    if quoted is not None:
        heads.append(quoted)
    words: set[str] = set()
    for head in heads:
        for word in [head, *(c for c in head.children if c.dep_ in ("conj", "amod"))]:
            words.add(word.lemma_.lower())
            words.add(word.lower_)
    return words


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "''", "``"}


def _quoted_last_predicate(verb: Token) -> Token | None:
    """"called a report suggesting donors were granted access to the ministry 'outrageous'": after
    a long object with a clause of its own, the small model hangs the quoted predicate on that
    clause's verb. A quoted adjective that closes the verb's phrase, as an object predicate of a
    verb below the trigger's object or clause, is said of the object."""
    words = [t for t in verb.subtree if not t.is_punct]
    if not words or words[-1].i == verb.i:
        return None
    last = words[-1]
    if last.dep_ != "oprd" or last.pos_ != "ADJ" or last.head.i == verb.i or last.i == 0 \
            or verb.doc[last.i - 1].text not in QUOTE_MARKS:
        return None
    node = last.head
    while node.i != verb.i:
        if node.dep_ not in ("ccomp", "acl", "relcl", "dobj", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return last
