"""Clause structure the event coder reads off the dependency parse: a verb's subject (through
control, coordination and relative clauses), the agent of a passive, the objects of its
prepositions. Written for the small English model's habits, which are named where they matter.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.modifiers import MANNER_WITH_NOUNS  # (the phrases of manner: one row)

# The word sets are data: each one's words and why are in accord/data/words/events_syntax.tsv.
WORD_SETS = word_sets("events_syntax")

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_CONTROL = WORD_SETS["OBJECT_CONTROL"]


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a verb, inherited through xcomp/conj/relative clauses."""
    token = verb
    # A passive subject met higher up is the doer of an infinitive ("X was ordered to leave":
    # X leaves) and of a conjoined verb in the active ("was indicted ... and will resign").
    active = False
    for _ in range(6):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child, False
            if child.dep_ == "nsubjpass":
                # "were engaged in fighting": a state, not a passive; its subject acts.
                return child, not active and token.lemma_.lower() not in STATAL_PASSIVES
        hung = next((g for c in token.children if c.dep_ == "aux" and c.i < token.i
                     for g in c.children if g.dep_ in SUBJECT_DEPS and g.i < c.i), None)
        if hung is not None:
            # "Kenya has been mediating between ...": the small model may hang the subject on an
            # auxiliary ("been") instead of the verb it helps; it is still the verb's subject.
            return hung, False
        fronted = next((c for c in token.children if c.dep_ == "prep" and c.i == token.sent.start), None) \
            if token.i == verb.i and token.tag_ in FINITE_TAGS else None
        apposed = next((t for t in fronted.subtree if t.dep_ == "appos" and t.head.dep_ == "pobj"
                        and t.i > t.head.i + 1 and token.doc[t.left_edge.i - 1].text == ","), None) \
            if fronted is not None else None
        if apposed is not None:
            # "In a letter to President Karimov, the U.N. human rights chief, Navi Pillay, urged ...":
            # the small model may read the subject after a fronted phrase as an apposition to that
            # phrase's last name; with no subject of its own, the verb's subject is that apposition.
            return apposed, False
        if token.dep_ == "xcomp" or (token.dep_ == "conj" and _active_voice(token)):
            active = True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL:
            # "ordered the newspaper to suspend", "urged Iran to release": the object acts.
            obj = next((c for c in token.head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj, False
        if token.dep_ == "dep" and token.tag_ in FINITE_TAGS and misread_participle_root(token.head):
            # "French and German leaders, meeting in Berlin on Monday, agreed ...": the parser took
            # the participle for the main verb and hung the real one off it; they share the subject.
            token = token.head
            continue
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:
            token = token.head
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            # "Vietnam is committed to opening up its economy", "insisted on holding talks"
            token = token.head.head
            active = True
            continue
        if token.dep_ == "relcl":
            return token.head, False
        if token.dep_ == "amod" and token.tag_ in ("VBD", "VBN"):
            # "Albania's opposition boycotted parliament, demanding ...": the small model may read
            # a finite verb as a modifier of its object, with its subject hung below it.
            root = token.sent.root
            if root.pos_ in ("NOUN", "PROPN") and root.i < token.i:
                # ("Ethiopian tanks and artillery battered Islamist positions": the sentence read as
                # one noun phrase; the noun it starts with is the subject.)
                return root, False
            subject = next((c for c in token.children if c.dep_ in ("npadvmod", "nsubj") and c.i < token.i
                            and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                return subject, False
            before = token.doc[token.i - 1] if token.i > token.sent.start else None
            if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" \
                    and before.head.i == token.head.i and before.ent_type_ == "PERSON":
                # "President Abdel Fattah al-Sisi played host to ...": a long name read as a
                # compound of the object, like the verb; the name right before the verb acts.
                return before, False
        if token.dep_ == "acl" and token.tag_ in ("VBG", "VB") and token.head.dep_ in ("dobj", "pobj") \
                and not any(c.dep_ == "poss" for c in token.head.children):
            # "issued a statement demanding ...", "gathered for a rally to protest ...": whoever
            # puts out the statement or holds the rally.
            verb = token.head.head if token.head.dep_ == "dobj" else token.head.head.head
            if verb.pos_ in ("VERB", "AUX") and verb.i != token.i:
                token = verb
                continue
        if token.dep_ == "acl":
            root = token.sent.root
            if token.tag_ in FINITE_TAGS + ("VBN",) and root.pos_ in ("NOUN", "PROPN") and root.i < token.i \
                    and token.i > 0 and token.doc[token.i - 1].text == "," \
                    and any(a.dep_ == "relcl" and a.head.i == root.i for a in token.ancestors):
                # ("Polish Prime Minister Donald Tusk, whose government has backed Kyiv since the
                # start of the war, called on ...": a sentence read as one noun phrase, the verb after
                # the relative clause hung on its last noun; the noun before the clause acts.)
                return root, False
            if token.head.pos_ in ("PROPN", "NOUN") and (token.tag_ in FINITE_TAGS or token.head.dep_ == "ROOT"):
                # "Qatar, which has ..., offered to mediate": the small model sometimes hangs
                # the main verb off its subject (a finite verb, or the only verb of a sentence
                # whose root is a noun): the noun acts, unless a verb read as its modifier has a
                # subject of its own ("Albania's opposition boycotted parliament, demanding ...").
                misread = next((c for c in token.head.children if c.dep_ == "amod" and c.i < token.i
                                and c.tag_ in ("VBD", "VBN")), None)
                inner = subject_of(misread)[0] if misread is not None else None
                if inner is not None:
                    return inner, False

                # ("South Korea's President Kim Dae-jung, the architect of the sunshine policy,
                # offered ...": the verb hung off the apposition; the apposition's head acts.)
                noun = token.head
                while noun.dep_ == "appos" and noun.head.i != noun.i:
                    noun = noun.head
                return noun, False
            # "our choice to deepen integration": the owner of the noun acts.
            owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
            return owner, False
        break
    return None, False


def misread_participle_root(verb: Token) -> bool:
    """A participle between commas read as the sentence's main verb ("X, meeting in Berlin, agreed")."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ == "dep" and c.tag_ in FINITE_TAGS and c.i > verb.i for c in verb.children)


def _active_voice(verb: Token) -> bool:
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)


FINITE_TAGS = ("VBD", "VBZ", "VBP")
STATAL_PASSIVES = WORD_SETS["STATAL_PASSIVES"]


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive, also for a clause that shares the passive's subject
    ("the camp was attacked by militiamen, killing 30": the militiamen killed)."""
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in token.children) and token is not verb:
            break
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            token = token.head
            continue
        break
    # "were beaten, given electric shocks and deprived of sleep by their captors": the agent
    # of the last of a row of passive participles is the agent of them all.
    for participle in _conjoined_participles(verb):
        for child in participle.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def _conjoined_participles(verb: Token) -> list[Token]:
    """Past participles coordinated after a passive verb that have no subject of their own
    (the small model also hangs them as a preposition: "beaten, given shocks and deprived")."""
    found: list[Token] = []
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return found
    stack = [c for c in verb.children if c.dep_ in ("conj", "prep") and c.tag_ in ("VBN", "VBD")]
    while stack:
        node = stack.pop()
        if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in node.children):
            continue
        found.append(node)
        stack += [c for c in node.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD")]
    return found


def prepositional_objects(token: Token, words: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under ``token`` for the given prepositions; "dative" in
    ``words`` also returns an indirect object ("gave Ivory Coast aid")."""
    out = []
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ in words and any(g.dep_ == "pobj" for g in child.children):
            # "been put on standby": a particle with an object of its own is the preposition the
            # small model sometimes takes for one.
            out += [(child.lower_, g) for g in child.children if g.dep_ == "pobj" and not _is_time(g)]
        elif child.dep_ in ("prep", "dative") and child.lower_ in words:
            objects = [g for g in child.children if g.dep_ == "pobj"] or _stranded_object(child)
            for grandchild in objects:
                if not _is_time(grandchild):
                    out.append((child.lower_, grandchild))
        elif child.dep_ == "dative" and "dative" in words and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(("dative", child))
        elif child.dep_ == "advcl" and "for" in words and any(m.dep_ == "mark" and m.lower_ == "for"
                                                              for m in child.children):
            # "approved a 1.2 billion euro aid package for Tunisia to help it ...": the small model
            # reads "for Tunisia to help" as a clause whose subject is Tunisia; it is the "for" object.
            out += [("for", g) for g in child.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"]
    return out


def _stranded_object(prep: Token) -> list[Token]:
    """"granted asylum to five officers holed up in ...": the small model sometimes makes the
    preposition's object the subject of the clause after it; that subject is the object."""
    if prep.i + 1 >= len(prep.doc) or any(True for _ in prep.children):
        return []
    for token in prep.doc[prep.i + 1: prep.i + 8]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN") \
                and token.left_edge.i == prep.i + 1:
            return [token]
    return []


def _is_time(token: Token) -> bool:
    # "on Tuesday", "in March": a date is never a recipient.
    return token.ent_type_ in ("DATE", "TIME")


def in_manner_phrase(token: Token) -> bool:
    """"Closed its airspace in solidarity with Iran": whom a phrase of manner names ("in solidarity
    with", "in line with"; the parse repair hangs its "with" on the noun) is an ally or a rule
    followed, not the party the act is aimed at."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "with":
            noun = ancestor.head  # ("in solidarity with": not "closer cooperation with New Delhi")
            return noun.lemma_.lower() in MANNER_WITH_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"
    return False
