"""Reported speech and attributed beliefs from the dependency parse.

A cue word from the lexicon (``quote_cues.tsv``) with one of the complements it takes makes a
candidate attribution: the complement's words are the content, the cue's subject the source.

- clause: "Lula noted that trade had doubled", "Trade has doubled, Lula said"
- inf: "Russia intends to prioritise support", "Police urged people not to spread rumours"
- obj: "She denied the report", "He accused Moscow of meddling" (object and what follows)
- oprd: "He called it a disgrace"
- a preposition: "called for talks", "warned of war", "talked about trade"
- "according to X, …", "as noted by X, …", "as X said, …": the clause around is X's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from accord.quotes.cues import CueLexicon

SUBJECTS = ("nsubj", "csubj")
RELATIVE = {"who", "that", "which", "whom"}
# Prepositions after an object that carry more of the content ("accused X of Y", "cited X as Y").
OBJECT_PREPS = {"of", "for", "as", "to", "with", "over", "about", "on", "against", "into", "from", "in"}
# Complements that never belong to the content.
NEVER = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "agent", "expl",
         "npadvmod", "advmod", "prt", "dative", "intj", "det"}
TIME_ENTS = {"DATE", "TIME"}
# Occasions and vehicles of speech: their speaker is the one who gave them, not the noun.
EVENT_NOUNS = {"speech", "rally", "interview", "address", "appearance", "remarks", "event", "conference",
               "briefing", "debate", "town", "hall", "meeting", "session", "visit", "stop", "call", "attempt",
               "response", "reply", "op-ed", "column", "essay", "article", "piece", "letter", "memo", "post",
               "message", "tweet", "tweets", "video", "ad", "advertisement", "email", "e-mail", "book",
               "appeal", "campaign", "broadside", "swipe", "jab", "move", "effort", "bid", "night", "show"}


@dataclass
class Candidate:
    """One attribution before speakers are resolved."""

    type: str  # "direct" | "indirect"
    tokens: set[int]  # content token indices
    cue: tuple[int, int] | None  # token range [start, end) of the cue words
    speaker: Token | None  # the token naming the source
    how: str
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans (direct quotes)
    frame: str = ""
    lemma: str = ""
    mention_span: tuple[int, int] | None = None  # token range of the source, when not a phrase

    @property
    def start_token(self) -> int:
        return min(self.tokens)


def subtree(token: Token, skip: set[int] | None = None) -> set[int]:
    out = {t.i for t in token.subtree}
    return out - skip if skip else out


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue verb: its subject, the agent of a passive, or the subject it shares
    with a governing verb ("is poised to argue", "said …, adding that …", "and warned")."""
    for child in verb.children:
        if child.dep_ in SUBJECTS and not is_time(child):
            return child  # a relative "who" is the mention; the resolver looks at its antecedent
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "it was reported that …": no source
    if depth > 4 or verb.head is verb:
        return None
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _behind(verb.head)  # "a statement saying …", "in a speech blasting …"
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


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
    return token.ent_type_ in TIME_ENTS or token.lower_ in ("today", "yesterday", "tonight", "recently")


def _prep_is_time(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (is_time(pobj) or pobj.lower_ in ("interview", "statement", "speech", "tweet"))


def _has_to(xcomp: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)


class ReportedFinder:
    def __init__(self, lexicon: CueLexicon):
        self.lexicon = lexicon

    def find(self, doc: Doc) -> list[Candidate]:
        out: list[Candidate] = []
        for token in doc:
            lemma = token.lemma_.lower()
            if token.lower_ == "according":
                cand = self._according(token)
            elif lemma in self.lexicon and token.pos_ in ("VERB", "AUX"):
                cand = self._verb(token, lemma)
            elif token.pos_ == "NOUN" and lemma in self.lexicon.nouns:
                cand = self._noun(token, lemma)
            else:
                continue
            if cand is not None and cand.tokens and any(doc[i].is_alpha or doc[i].like_num for i in cand.tokens):
                out.append(cand)
        return out

    # -- "according to X, …" -------------------------------------------------------------
    def _according(self, token: Token) -> Candidate | None:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            return None
        source = next((g for g in to.children if g.dep_ == "pobj"), None)
        if source is None:
            return None
        sent = token.sent
        skip = subtree(token)
        tokens = {t.i for t in sent if t.i not in skip and not t.is_punct and not t.is_space}
        return Candidate("indirect", tokens, (token.i, to.i + 1), source, "reported speech: 'according to'",
                         frame="according", lemma="according")

    # -- cue verbs ----------------------------------------------------------------------
    def _verb(self, verb: Token, lemma: str) -> Candidate | None:
        cue = self.lexicon.verb(lemma)
        children = list(verb.children)
        speaker = subject_of(verb)
        cue_end = verb.i + 1
        # "as noted by X, CLAUSE" / "as X said, CLAUSE": the clause around is X's.
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
            if cue.takes("quote") and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children) and speaker is not None:
                tokens = subtree(verb.head, subtree(verb))
                return Candidate("indirect", tokens, (verb.i, cue_end), speaker,
                                 f"reported speech: 'as {verb.text}'", frame="as", lemma=lemma)
            return None
        if speaker is None:
            return self._passive(verb, lemma, cue, children)
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if clauses and cue.takes("clause"):
            tokens: set[int] = set()
            for c in clauses:
                tokens |= subtree(c)
            return Candidate("indirect", tokens, (verb.i, cue_end), speaker,
                             f"reported speech: '{verb.text}' + clause", frame="clause", lemma=lemma)
        infinitives = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i and (_has_to(c) or c.tag_ == "VBG")]
        if infinitives and cue.takes("inf"):
            tokens = set()
            for c in infinitives:
                tokens |= subtree(c)
            return Candidate("indirect", tokens, (verb.i, cue_end), speaker,
                             f"attributed intention: '{verb.text}' + infinitive", frame="inf", lemma=lemma)
        oprd = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
        if oprd is not None and cue.takes("oprd"):
            return Candidate("indirect", subtree(oprd), (verb.i, cue_end), speaker,
                             f"attributed description: '{verb.text}' + predicate", frame="oprd", lemma=lemma)
        for prep in children:
            if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in cue.frames and not _prep_is_time(prep):
                tokens = subtree(prep) - {prep.i}
                for c in children:
                    if c.dep_ == "xcomp" and c.i > prep.i:
                        tokens |= subtree(c)  # "called on X to do Y"
                if tokens:
                    return Candidate("indirect", tokens, (verb.i, prep.i + 1), speaker,
                                     f"attribution: '{verb.text} {prep.text}'", frame=prep.lower_, lemma=lemma)
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and cue.takes("obj"):
            tokens = subtree(obj)
            for c in children:
                if c.i <= obj.i or c.dep_ in NEVER:
                    continue
                if c.dep_ == "prep" and (c.lower_ not in OBJECT_PREPS or _prep_is_time(c)):
                    continue
                if c.dep_ in ("advcl", "conj", "parataxis", "relcl"):
                    continue
                tokens |= subtree(c)
            return Candidate("indirect", tokens, (verb.i, cue_end), speaker,
                             f"attribution: '{verb.text}' + object", frame="obj", lemma=lemma)
        # "Trade has doubled, Lula said" / "This campaign, he says, is different": the cue hangs
        # off the clause it reports.
        if cue.takes("quote") and verb.dep_ in ("parataxis", "advcl", "ccomp") \
                and not any(c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i for c in children) \
                and not any(c.dep_ == "mark" for c in children) and _parenthetical(verb):
            tokens = subtree(verb.head, subtree(verb))
            return Candidate("indirect", tokens, (verb.i, cue_end), speaker,
                             f"reported speech: clause + '{verb.text}'", frame="clause-before", lemma=lemma)
        return None

    def _noun(self, noun: Token, lemma: str) -> Candidate | None:
        """"Trump's proposal to ban …", "his claim that …", "her support for …": a statement
        noun with its owner and its complement."""
        cue = self.lexicon.nouns[lemma]
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None:
            agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            source = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if source is None:
            return None
        for child in noun.children:
            if child.i < noun.i:
                continue
            frame = ""
            tokens: set[int] = set()
            if child.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                frame, tokens = "clause", subtree(child)
            elif child.dep_ == "acl" and _has_to(child):
                frame, tokens = "inf", subtree(child)
            elif child.dep_ == "prep" and child.lower_ in cue.frames:
                frame, tokens = child.lower_, subtree(child) - {child.i}
            if frame and cue.takes(frame) and tokens:
                return Candidate("indirect", tokens, (noun.i, noun.i + 1), source,
                                 f"attribution: '{noun.text}' + {frame}", frame="noun-" + frame, lemma=lemma)
        return None

    def _passive(self, verb: Token, lemma: str, cue, children: list[Token]) -> Candidate | None:
        """"Trump is expected to win", "He is said to be ill", "it was reported that …": the
        content is the passive subject with its complement; a "by" agent is the source."""
        subject = _passive_subject(verb)
        if subject is None or not cue.takes("passive"):
            return None
        tokens: set[int] = set()
        frame = ""
        clauses = [c for c in children if c.dep_ == "ccomp"]
        infinitives = [c for c in children if c.dep_ == "xcomp" and _has_to(c)]
        if subject.lower_ == "it" and clauses:
            for c in clauses:
                tokens |= subtree(c)
            frame = "passive-clause"
        elif infinitives:
            tokens = subtree(subject)
            for c in infinitives:
                tokens |= subtree(c)
            frame = "passive-inf"
        if not tokens:
            return None
        return Candidate("indirect", tokens, (verb.i, verb.i + 1), None,
                         f"attribution without a source: passive '{verb.text}'", frame=frame, lemma=lemma)


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _parenthetical(verb: Token) -> bool:
    """A cue set off from its clause by a comma or dash ("…, Lula said" / ", he says,")."""
    doc = verb.doc
    marks = (",", "—", "–", "-", ":")
    if verb.head.i < verb.i:
        return any(doc[i].text in marks for i in range(max(verb.head.i + 1, verb.left_edge.i - 3), verb.i))
    words = [t.i for t in verb.subtree if not t.is_punct]
    before, after = min(words) - 1, max(words) + 1
    return before >= 0 and doc[before].text in marks and after < len(doc) and doc[after].text in marks
