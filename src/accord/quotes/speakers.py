"""Resolve a speaker mention ("Gagloev", "the head of state", "he") to a named person."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.model import Actor, ActorMention
from accord.actors.roles import roles_fit

PRONOUNS = {"he", "she", "him", "her"}
FIRST_PERSON = {"i", "me", "we", "us"}


class SpeakerResolver:
    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.mentions: list[ActorMention] = doc._.actors or []
        self.quoted = quoted  # character spans of direct quotations

    def _outside_quotes(self, mention: ActorMention) -> bool:
        start = self.doc[mention.start].idx
        return not any(s <= start < e for s, e in self.quoted)

    def mention_at(self, token: Token) -> ActorMention | None:
        for mention in self.mentions:
            if mention.contains(token.i):
                return mention
        return None

    def resolve(self, token: Token, previous: Actor | None = None) -> tuple[str | None, Actor | None, str]:
        """(name, actor, how) for the speaker named by ``token``."""
        mention = self.mention_at(token)
        if mention is not None:
            actor = mention.actor
            if actor.kind == "person":
                return actor.name, actor, "named"
            if actor.kind == "role" or (actor.name is None and actor.sector):
                person = self._by_role(mention, previous)
                if person is not None:
                    return person.name, person, f"title '{self.doc[mention.start:mention.end].text}' refers back"
                return None, Actor(actor.code, actor.sector, None, "role") if actor.code or actor.sector else None, "unresolved title"
            if mention.via == "role":
                # "the Georgian news agency": a group of that country, not a named speaker.
                return None, actor, "a group named by its role"
            return actor.name, actor, "organisation or state"
        word = token.lower_
        if word in PRONOUNS:
            if previous is not None and previous.kind == "person":
                return previous.name, previous, f"pronoun '{token.text}' refers to the previous speaker"
            person = self._last_person(token.i)
            if person is not None:
                return person.name, person, f"pronoun '{token.text}' refers back"
            return None, None, "unresolved pronoun"
        if token.ent_type_ == "PERSON":
            return token.text, Actor(None, None, token.text, "person"), "named (not in the actor tables)"
        return None, None, "unresolved"

    def _by_role(self, mention: ActorMention, previous: Actor | None) -> Actor | None:
        if previous is not None and previous.kind == "person" and self._person_roles(previous) and \
                roles_fit(mention.roles, self._person_roles(previous)):
            return previous
        for earlier in reversed(self.mentions):
            if earlier.end > mention.start or earlier.actor.kind != "person" or not self._outside_quotes(earlier):
                continue
            if roles_fit(mention.roles, earlier.roles):
                return earlier.actor
        return None

    def _person_roles(self, actor: Actor) -> tuple[str, ...]:
        for mention in self.mentions:
            if mention.actor.kind == "person" and mention.actor.name == actor.name and mention.roles:
                return mention.roles
        return ()

    def _last_person(self, before: int) -> Actor | None:
        for mention in reversed(self.mentions):
            if mention.end <= before and mention.actor.kind == "person" and self._outside_quotes(mention):
                return mention.actor
        return None
