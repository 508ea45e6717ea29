"""Where in the parse the words of what a trigger asks for are (for :mod:`accord.events.aims`).

`phrase_tokens` reads the trigger's phrase: its that-clause or infinitive, its object, its
"for"/"against" phrase -- not its subject, relative or reporting clauses, or a condition; a
protest's phrase adds the participle of its subject ("Protesters demanding ...") and the purpose
its event noun's verb states ("began a hunger strike to demand ..."). The rest are small
readings of a node: its words, the noun without its clauses, without what it is "of".
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.aim_words import (LAWMAKING_VERBS, OCCASION_MARKS, OCCASION_PREPS, PROTEST_NOUNS,
                                     PURPOSE_PARTICIPLES, REQUEST_NOUNS, TEAMS, VENUE_MEETINGS)
from accord.events.slots import QUANTITY_NOUNS

# The word sets are data: each one's words and why are in accord/data/words/events_aim_phrase.tsv.
WORD_SETS = word_sets("events_aim_phrase")

AIM_PREPS = WORD_SETS["AIM_PREPS"]
ASKING_VERBS = WORD_SETS["ASKING_VERBS"]
STOP_DEPS = {"relcl", "appos", "npadvmod", "parataxis"}
CONDITIONS = WORD_SETS["CONDITIONS"]


def phrase_tokens(token: Token, depth: int = 0, protest: bool = False, deepest: int = 4) -> list[Token]:
    """Tokens of what the trigger asks for, in order (not its subject, relative clauses or
    reporting clauses; for a protest, not what it blocks, storms or boycotts)."""
    found: list[Token] = []
    for child in token.children:
        if protest and depth == 0 and child.dep_ in {"dobj", "nsubjpass"}:
            continue
        if child.dep_ in {"nsubj", "nsubjpass", "punct", "aux", "auxpass", "neg", "det", "cc"} and depth == 0 \
                and not (child.dep_ == "nsubjpass" and child.lemma_.lower() in REQUEST_NOUNS):
            continue  # (but "Argentina's call for talks was rejected": what is asked is the subject)
        if child.dep_ in STOP_DEPS and not (child.dep_ in {"relcl", "appos"} and token.lemma_.lower() in REQUEST_NOUNS) \
                and not _hyphenated(child) \
                and not (child.dep_ == "relcl" and child.lemma_.lower() in ASKING_VERBS and _is_to_infinitive(child)):
            continue  # (what a request asks, misparsed: "a Turkish offer to mediate" as a relative clause;
            # the purpose of a strike, misparsed: "an indefinite strike to demand ..." )
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in child.children):
            continue  # a condition is not what is asked or threatened ("… if the United States attacked")
        if child.dep_ in {"advcl", "acl"} and depth == 0 and child.lemma_.lower() not in ASKING_VERBS \
                and not (child.dep_ == "advcl" and token.lemma_.lower() in INFINITIVE_VERBS and _is_to_infinitive(child)) \
                and not request_content(token, child):
            continue  # (but "appealed to X on Friday to show restraint": what is asked, hung as an adverbial)
        if child.dep_ == "prep" and depth == 0 and child.lemma_.lower() not in AIM_PREPS:
            continue
        if child.dep_ == "prep" and child.lower_ == "at" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in VENUE_MEETINGS for g in child.children):
            continue  # where it was asked: "appealed for reconstruction funds at a conference in London"
        if child.dep_ == "ccomp" and depth == 0 and child.lemma_.lower() in {"say", "tell", "report"}:
            continue
        if child.dep_ == "conj" and depth == 0 and not protest and child.lemma_.lower() in ASKING_VERBS:
            continue  # a conjoined demand is an act of its own ("rejected the move and demanded the release ...")
        if _apposition_as_object(child):
            continue  # "accused X of collaborating with the FDLR, a militia founded by perpetrators of
            # the genocide": the apposition, parsed as a second object, describes a party, not the act
        if child.dep_ == "conj" and depth == 0 and _subordinate(child):
            continue  # a clause of time misparsed as a conjunct ("rioted on Monday, a day after X was declared
            # the winner"): the setting of the act, as an adverbial clause is, not what it asks for
        found.append(child)
        if depth < deepest:
            found.extend(phrase_tokens(child, depth + 1, deepest=deepest))
    return sorted(found, key=lambda t: t.i)


def _apposition_as_object(token: Token) -> bool:
    """A second direct object after a comma ("..., a militia founded by ...", "..., a move that
    drew protests"): an apposition or a comment the parser hung on the verb."""
    return token.dep_ == "dobj" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," \
        and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)


def _subordinate(clause: Token) -> bool:
    """A clause opened by a subordinating word ("after", "as", "because") with a subject of its own."""
    return any(c.dep_ == "mark" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def hyphen_joined(tokens: list[Token]) -> set[str]:
    """Words the tokenizer split at a hyphen, joined again ("cease", "-", "fire": "cease-fire")."""
    return {f"{t.nbor(-1).lower_}-{t.nbor(1).lower_}" for t in tokens
            if t.text == "-" and 0 < t.i < len(t.doc) - 1 and not t.whitespace_ and not t.nbor(-1).whitespace_}


def _hyphenated(token: Token) -> bool:
    """The first half of a hyphenated modifier the parser hangs as an adverbial noun
    ("military" in "military-technical cooperation"): part of the phrase, not a time or measure."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.dep_ == "npadvmod" and nxt is not None and nxt.text == "-" and token.head.i > token.i


INFINITIVE_VERBS = WORD_SETS["INFINITIVE_VERBS"]


def request_content(verb: Token, clause: Token) -> bool:
    """"rejected Argentina's call to hand over the islands" with the infinitive hung on the verb: a
    to-infinitive right after the verb's object, a request noun, says what the request asks."""
    return clause.dep_ == "advcl" and clause.head.i == verb.i and _is_to_infinitive(clause) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REQUEST_NOUNS and _only_a_date_between(c, clause)
        for c in verb.children)


def _only_a_date_between(request: Token, clause: Token) -> bool:
    """Nothing between the request noun's phrase and the infinitive but a date ("made a fresh
    appeal to Paris on Monday to keep ..."): the infinitive still says what is asked."""
    if request.right_edge.i >= clause.left_edge.i:
        return False  # ("To secure a ceasefire, Hamas rejected Israel's demand": a purpose before it)
    gap = request.doc[request.right_edge.i + 1:clause.left_edge.i]
    return all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and t.head.i == request.head.i
               and t.right_edge.i < clause.left_edge.i
               and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in t.children) for t in gap)


def _is_to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def asking_participles(token: Token) -> list[Token]:
    """"Protesters demanding a new constitution hurled ...": the subject's participle."""
    out = []
    for child in token.children:
        if child.dep_ == "dobj":  # "blocked the bridges demanding civilian rule", misattached
            out += [t for sub in child.children if sub.dep_ in {"acl", "advcl"} and sub.lemma_.lower() in ASKING_VERBS
                    for t in [sub, *phrase_tokens(sub, 1)]]
            # ("blocked roads leading to the port to press the government for ...": the purpose
            # hung on the participle that describes the object)
            out += [t for sub in child.children if sub.dep_ == "acl" for x in sub.children
                    if x.dep_ in {"xcomp", "advcl"} and x.lemma_.lower() in ASKING_VERBS and _is_to_infinitive(x)
                    for t in [x, *phrase_tokens(x, 1)]]
        if child.dep_ in {"nsubj", "nsubjpass"}:
            for sub in child.subtree:
                if sub.dep_ in {"acl", "relcl"} and sub.lemma_.lower() in ASKING_VERBS:
                    out.extend([sub, *phrase_tokens(sub, 1)])
    return out


def purpose_of_participles(token: Token) -> list[Token]:
    """"rioted in the city, burning shops and blocking roads to protest the president's
    re-election": the purpose infinitive of a participle (or of its conjunct) that tells how a
    protest was carried out is the protest's aim; not across a clause with a subject of its own."""
    found: list[Token] = []
    for participle in token.children:
        if participle.dep_ not in {"advcl", "npadvmod", "conj"} or participle.i < token.i:
            continue
        for word in participle.subtree:
            if word.dep_ not in {"advcl", "xcomp"} or word.lemma_.lower() not in ASKING_VERBS \
                    or not _is_to_infinitive(word):
                continue
            path, node = [], word.head
            while node.i != token.i and node.i != participle.i:
                path.append(node)
                node = node.head
            if any(c.dep_ in {"nsubj", "nsubjpass"} for n in [*path, participle, word] for c in n.children):
                continue
            found.extend([word, *phrase_tokens(word, 1)])
    return found


def purpose_of_support_verb(token: Token) -> list[Token]:
    """"began a hunger strike to demand the resignation of …", "launched a general strike
    demanding …": the purpose an event noun's verb states is the protest's aim."""
    if token.pos_ != "NOUN" or token.dep_ not in {"dobj", "pobj"}:
        return []
    verb = token.head.head if token.dep_ == "pobj" else token.head  # "went on hunger strike demanding …"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # (and its "over"/"against" phrase: "launched a general strike on Monday over the removal of ...")
    return [t for c in verb.children if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in ASKING_VERBS
            for t in [c, *phrase_tokens(c, 1)]] \
        + [t for c in verb.children if c.dep_ == "prep" and c.lower_ in {"over", "against"} for t in c.subtree] \
        + stated_purpose(token) + stated_purpose(verb)


def stated_purpose(token: Token) -> list[Token]:
    """"a general strike aimed at forcing the president to call early elections", "a walkout
    intended to make the ministry drop the law": the words of the participle that states the
    purpose of a protest act (on the noun, or on its verb)."""
    return [t for c in token.children if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBN"
            and c.lemma_.lower() in PURPOSE_PARTICIPLES for t in c.subtree if t.i != c.i]


PROTEST_ACT_NOUNS = WORD_SETS["PROTEST_ACT_NOUNS"]
PROTEST_PREPS = WORD_SETS["PROTEST_PREPS"]


def protest_object_phrase(token: Token) -> list[Token]:
    acts = [o for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() in PROTEST_ACT_NOUNS]
    return [t for o in acts
            for c in o.children if c.dep_ == "prep" and c.lower_ in PROTEST_PREPS
            or c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in ASKING_VERBS
            for t in c.subtree] + [t for o in acts for t in stated_purpose(o)]


def protest_occasion(token: Token) -> list[Token]:
    """The words of an "as"/"after" clause on a protest act that names what was protested: a bill
    being passed or voted on, or protests "over"/"against" something."""
    found: list[Token] = []
    # (or on a verb conjoined to it with the same subject, where the model may hang the
    # clause: "stormed parliament and set part of it ablaze as lawmakers voted through a bill")
    conjoined = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for clause in [*token.children, *(g for c in conjoined for g in c.children if g.dep_ == "advcl")]:
        if clause.dep_ == "prep" and clause.lower_ in OCCASION_PREPS:
            # (the small model reads "as protests over a fare rise spiralled" as a phrase "as protests";
            # "during" and "amid" protests name the protest a violent act was part of)
            found.extend(t for p in clause.children if p.dep_ == "pobj" and p.lemma_.lower() in PROTEST_NOUNS
                         for t in p.subtree)
            continue
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in clause.children):
            continue
        words = list(clause.subtree)
        passing = clause.lemma_.lower() in LAWMAKING_VERBS
        protesting = any(t.lemma_.lower() in PROTEST_NOUNS for t in words)
        if passing or protesting:
            found.extend(t for t in words if t.dep_ != "mark")
    return found



def word_set(tokens) -> set[str]:
    tokens = list(tokens)  # (a subtree is a generator: read it once for lemmas and forms both)
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def without_of_clauses(token: Token) -> list[Token]:
    return [token, *(t for c in token.children if c.dep_ not in {"relcl", "acl", "advcl"}
                     for t in without_of_clauses(c))]


def without_of(token: Token) -> list[Token]:
    # (a quantity is looked through: "thousands of special police reinforcements")
    # (and so is a team: "a team of U.N. investigators" is investigators)
    quantity = token.lemma_.lower() in QUANTITY_NOUNS | TEAMS or token.lower_ in QUANTITY_NOUNS | TEAMS
    return [token, *(t for c in token.children if not (c.dep_ == "prep" and c.lower_ == "of" and not quantity)
                     and c.dep_ not in {"relcl", "acl"} for t in without_of(c))]


def bare(token: Token) -> list[Token]:
    return [token, *(t for c in token.children if c.dep_ not in {"acl", "relcl", "prep", "appos"} for t in bare(c))]
