"""Who the source of a cue is: the cue's subject, found through the parse.

The subject of the cue verb, the agent of a passive, or the subject shared with a governing verb
through control and coordination ("is poised to argue", "said …, adding that …"); the relative
"who" (the resolver looks at its antecedent); who stands behind a statement noun ("a speech
blasting …"). Time expressions are never the source, nor a dateline the parser makes a second
subject; a name the parser reads into an opening phrase right before the cue is.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/quotes_sources.tsv.
WORD_SETS = word_sets("quotes_sources")

SUBJECTS = ("nsubj", "csubj")
TIME_ENTS = {"DATE", "TIME"}
EVENT_NOUNS = WORD_SETS["EVENT_NOUNS"]


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue verb: its subject, the agent of a passive, or the subject it shares
    with a governing verb ("is poised to argue", "said …, adding that …", "and warned")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not is_time(c)]
    if subjects:
        # a relative "who" is the mention; the resolver looks at its antecedent
        return next((c for c in subjects if not _dateline(c)), subjects[0]) if len(subjects) > 1 else subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "it was reported that …": no source
    if depth > 4 or verb.head is verb:
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        # "Sanders was pressed to explain …": the passive subject does the explaining
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and not any(c.dep_ == "agent" for c in head.children):
            return passive
    if (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") and head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "auxpass" for c in verb.children):
        # "Trump was forced into damage control and said …", "she was pressed on it, saying …":
        # the passive subject of the first verb
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and passive.lower_ not in ("it", "that", "which", "this"):
            return passive
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep":
        # "After saying he was nervous, the man …", "she erred in saying …", "was the most
        # aggressive in denouncing …": the subject of the clause the preposition belongs to
        head = head.head
    elif verb.dep_ != "xcomp":
        head = None
    # "is likely to consider", "was able to claim": through the predicate adjective
    if head is not None and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd", "attr") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head is not None and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _behind(verb.head)  # "a statement saying …", "in a speech blasting …"
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "ROOT":
        return _name_swallowed(verb)
    return None


def _name_swallowed(verb: Token) -> Token | None:
    """"In a meeting with the board of the Post Trump said …": with no comma after the opening
    phrase the parser takes the name right before the cue into the phrase; it is the subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    if before.head.i == verb.i or not any(a.dep_ == "prep" and a.head.i == verb.i for a in before.ancestors):
        return None
    return before


def stranded_subject(verb: Token) -> Token | None:
    """"Jay DiPietro, the club's president, suggested that …" parsed with the name hung on an
    opening phrase, "about two-thirds, 67 percent, say they …": a finite cue verb the parser left
    without a subject. The noun phrase right before it (past commas and adverbs) is its subject,
    unless it is a time or the object of another word."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "dep", "parataxis"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and (verb.doc[i].is_punct or verb.doc[i].pos_ in ("ADV", "PART")):
        i -= 1
    if i < verb.sent.start:
        return None
    before = verb.doc[i]
    if before.pos_ not in ("PROPN", "NOUN", "PRON", "NUM") or is_time(before) or before.is_stop and before.pos_ != "PRON":
        return None
    if before.dep_ in ("dobj", "pobj", "npadvmod", "attr", "oprd") and before.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return None
    while before.dep_ in ("compound", "flat", "nummod") and before.head.i > before.i and before.head.i < verb.i:
        before = before.head
    if before.dep_ == "appos" and before.head.ent_type_ == "PERSON":
        before = before.head  # "Tom Reyes, the club's treasurer, said": the name
    return before


def _dateline(token: Token) -> bool:
    """"WASHINGTON —", "MYRTLE BEACH, S.C. —": a place in capitals opening the article, which
    the parser sometimes makes a second subject of the first verb."""
    if not (token.text.isupper() and len(token.text) > 1 and token.pos_ == "PROPN"):
        return False
    start = token.left_edge
    return start.i == 0 or start.is_sent_start or "\n" in token.doc[start.i - 1].text_with_ws


def _behind(noun: Token) -> Token:
    """Who stands behind a statement noun: "his speech" → his, "in a speech …" / "released a
    statement …" → the subject of the verb; else the noun itself ("a statement saying …")."""
    if noun.lower_ not in EVENT_NOUNS:
        return noun
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ in ("pobj", "dobj") and head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun


def is_time(token: Token) -> bool:
    if token.ent_type_ in TIME_ENTS and token.lower_ == "old" and "year" in token.left_edge.doc[token.left_edge.i:token.i].text:
        return False  # "said the 46-year-old": a person
    return token.ent_type_ in TIME_ENTS or token.lower_ in ("today", "yesterday", "tonight", "recently")
