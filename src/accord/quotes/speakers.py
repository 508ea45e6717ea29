"""Resolve a speaker mention ("Gagloev", "the head of state", "he") to a named person."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.roles import roles_fit
from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/quotes_speakers.tsv.
WORD_SETS = word_sets("quotes_speakers")

PRONOUNS = WORD_SETS["PRONOUNS"]
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Words in or just before a person's mention that tell the gender ("Ms. Gil", "spokeswoman").
GENDER_WORDS = {"mr": "m", "mr.": "m", "sir": "m", "spokesman": "m", "congressman": "m", "chairman": "m",
                "businessman": "m", "king": "m", "husband": "m", "father": "m", "brother": "m", "son": "m",
                "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "madam": "f", "spokeswoman": "f",
                "congresswoman": "f", "chairwoman": "f", "businesswoman": "f", "queen": "f", "wife": "f",
                "mother": "f", "sister": "f", "daughter": "f", "lady": "f"}
FIRST_PERSON = WORD_SETS["FIRST_PERSON"]
RELATIVE = WORD_SETS["RELATIVE"]
NOT_IN_MENTION = ("relcl", "acl", "punct", "appos", "advcl", "prep", "cc", "conj")


class SpeakerResolver:
    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.mentions: list[ActorMention] = sorted(doc._.actors or [], key=lambda m: m.start)
        self.quoted = sorted(quoted)  # character spans of direct quotations
        self._by_token: dict[int, ActorMention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._by_token.setdefault(i, mention)
        self._ends = [m.end for m in self.mentions]
        self._roles_of: dict[str, tuple[str, ...]] = {}
        for mention in self.mentions:
            if mention.actor.kind == "person" and mention.actor.name and mention.roles:
                self._roles_of.setdefault(mention.actor.name, mention.roles)
        self._quote_starts = [s for s, _ in self.quoted]
        self.gender: dict[str, str] = {}
        for mention in self.mentions:
            if mention.actor.kind == "person" and mention.actor.name:
                words = doc[max(mention.start - 2, 0):mention.end]
                found = {GENDER_WORDS[t.lower_] for t in words if t.lower_ in GENDER_WORDS}
                if len(found) == 1:
                    self.gender.setdefault(mention.actor.name, found.pop())

    def _fits(self, actor: Actor, pronoun: str) -> bool:
        """Whether a pronoun may refer to the person (unknown gender fits either)."""
        wanted = PRONOUN_GENDER.get(pronoun)
        known = self.gender.get(actor.name or "")
        return wanted is None or known is None or known == wanted

    def _outside_quotes(self, mention: ActorMention) -> bool:
        start = self.doc[mention.start].idx
        i = bisect_left(self._quote_starts, start + 1) - 1
        return not (i >= 0 and self.quoted[i][0] <= start < self.quoted[i][1])

    def mention_at(self, token: Token) -> ActorMention | None:
        return self._by_token.get(token.i)

    def mention_span(self, token: Token) -> Span:
        """The words that name the source: the actor mention, else the noun phrase."""
        mention = self.mention_at(token)
        if mention is not None:
            return self.doc[mention.start:mention.end]
        if token.pos_ == "PRON" or token.lower_ in RELATIVE:
            return self.doc[token.i:token.i + 1]
        keep = [t for t in token.subtree if not _under(t, token, NOT_IN_MENTION)]
        start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
        while end - 1 > start and self.doc[end - 1].is_punct:
            end -= 1
        return self.doc[start:end]

    def resolve(self, token: Token, previous: Actor | None = None) -> tuple[str | None, Actor | None, str]:
        """(name, actor, how) for the speaker named by ``token``."""
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl" and token.head.head is not token.head:
            token = token.head.head  # "Sanders, who said …": the antecedent
        mention = self.mention_at(token)
        if mention is not None:
            actor = mention.actor
            if actor.kind == "person":
                return actor.name, actor, "named"
            if actor.kind == "role" or (actor.name is None and actor.sector):
                person = self._by_role(mention, previous)
                if person is not None:
                    return person.name, person, f"title '{self.doc[mention.start:mention.end].text}' refers back"
                if actor.code or actor.sector:
                    return None, Actor(actor.code, actor.sector, None, "role"), "unresolved title"
                return None, None, "unresolved title"
            if mention.via == "role":
                # "the Georgian news agency": a group of that country, not a named speaker.
                return None, actor, "a group named by its role"
            return actor.name, actor, "organisation or state"
        word = token.lower_
        if word in PRONOUNS:
            if previous is not None and previous.kind == "person" and self._fits(previous, word):
                person, how = previous, f"pronoun '{token.text}' refers to the previous speaker"
            else:
                person, how = self._last_person(token.i, word), f"pronoun '{token.text}' refers back"
            if person is None:
                return None, None, "unresolved pronoun"
            if person.name and word in PRONOUN_GENDER:
                self.gender.setdefault(person.name, PRONOUN_GENDER[word])
            return person.name, person, how
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            name = _entity_text(token)
            return name, Actor(None, None, name, "person"), "named (not in the actor tables)"
        return None, None, "unresolved"

    def _by_role(self, mention: ActorMention, previous: Actor | None) -> Actor | None:
        if previous is not None and previous.kind == "person" and previous.name and \
                roles_fit(mention.roles, self._roles_of.get(previous.name, ())):
            return previous
        for k in range(bisect_left(self._ends, mention.start + 1) - 1, -1, -1):
            earlier = self.mentions[k]
            if earlier.end > mention.start or earlier.actor.kind != "person" or not self._outside_quotes(earlier):
                continue
            if roles_fit(mention.roles, earlier.roles or self._roles_of.get(earlier.actor.name or "", ())):
                return earlier.actor
        return None

    def _last_person(self, before: int, pronoun: str = "") -> Actor | None:
        for k in range(bisect_left(self._ends, before + 1) - 1, -1, -1):
            mention = self.mentions[k]
            if mention.end <= before and mention.actor.kind == "person" and self._outside_quotes(mention) \
                    and self._fits(mention.actor, pronoun):
                return mention.actor
        return None


def _under(token: Token, root: Token, deps: tuple[str, ...]) -> bool:
    """Whether ``token`` hangs from ``root`` through one of ``deps`` (a clause or phrase that
    describes the source rather than names it)."""
    while token.i != root.i:
        if token.dep_ in deps and token.head.i == root.i or token.dep_ in ("relcl", "acl") :
            return True
        token = token.head
    return False


def _entity_text(token: Token) -> str:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
