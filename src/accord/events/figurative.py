"""Words of violence that name no violence.

Political reporting borrows the language of war: a candidate "attacks" a rival party, a party
leader "goes on the offensive" over remarks, a chancellor "fires both barrels" at the opposition.
And a threat can be named in general, with nobody to carry it out and nobody to suffer it:
"to live free from terrorist attack", "prepared for a possible terrorist attack". The lexicon's
violence frames (roots 18–20) fire on all of these. Hand-judging a sample of events in real BBC
politics pages (bench/audit_real_news.py) found them among the commonest wrong events there.

- **A verbal attack** is read as criticism (CAMEO 111, "criticize, defame, denigrate responsible
  parties") when nothing in the sentence is armed (no force, weapon or casualty word), whoever
  attacks is a person or a political body (not a state named as such, not an armed body), and what
  is attacked is not a state, a place or an armed body: a party, a politician, a decision, "the
  lies", or nothing named ("went on the offensive"). An attack by nobody named (the coder's
  unidentified attacker) on such a target is no event at all.
- **A threat named in general** is no event: a violence noun with no named author, met as the
  object of a preposition ("free from attack", "prepared for a possible attack", "jailed for bomb
  attacks in 1974") where its sentence names no victim and no place.

"Israel attacked Gaza", "Putin ordered an offensive", "gunmen attacked a bus in Peshawar" keep
their codes: a state, a place or a weapon word is named.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.argument_words import by_unknown_attacker
from accord.events.entries import VIOLENT_ROOTS

# The word sets are data: each one's words and why are in accord/data/words/events_figurative.tsv.
WORD_SETS = word_sets("events_figurative")

FIGURATIVE_WORDS = WORD_SETS["FIGURATIVE_WORDS"]
ARMED_WORDS = WORD_SETS["ARMED_WORDS"]
ARMED_SECTORS = WORD_SETS["ARMED_SECTORS"]
POLITICAL_SECTORS = WORD_SETS["POLITICAL_SECTORS"]
GENERAL_PREPS = WORD_SETS["GENERAL_PREPS"]
MARKET_WORDS = WORD_SETS["MARKET_WORDS"]


def verbal_attack(token: Token, code: str, actors: list, recipients: list) -> str | None:
    """'criticism' when a violence word is used of speech, 'nobody' when nobody named makes such
    an attack, 'commerce' when what is attacked is a price, market or product, else None. ``actors`` and ``recipients`` are the coder's ArgumentActors."""
    if not code.startswith(VIOLENT_ROOTS) or token.lemma_.lower() not in FIGURATIVE_WORDS:
        return None
    if _armed_sentence(token):
        return None
    if _market_object(token):
        return "commerce"
    unnamed = all(by_unknown_attacker(a) for a in actors)
    if not unnamed and not all(_political(a) for a in actors):
        return None  # "Russia attacked", "the army went on the offensive"
    home = {a.actor.code[:3] for a in actors if a.actor.code}
    if not all(_political(r) and (r.actor.code or "")[:3] in home | {""} for r in recipients):
        return None  # a state, an armed body or a foreign party attacked: "attacked Georgia"
    return "nobody" if unnamed else "criticism"


def general_threat(token: Token, code: str, actors: list, recipients: list, reader) -> bool:
    """True for a violence noun named in general: no author named, the object of a preposition,
    with no victim or place of its own ("to live free from terrorist attack", "be prepared for a
    possible attack"; not "an attack on a market in Baghdad")."""
    if not code.startswith(VIOLENT_ROOTS + ("13",)) or token.pos_ != "NOUN":
        return False
    if not actors or not all(by_unknown_attacker(a) for a in actors):
        return False
    if token.dep_ != "pobj" or token.head.lower_ not in GENERAL_PREPS:
        return False
    own = {t.i for t in token.subtree} - {token.i}
    words = {t.idx for t in token.subtree}
    if any(r.start in words and r.start != token.idx for r in recipients):
        return False
    clause = token.head.head  # what the phrase hangs on: "prepared", "free", "jailing"
    reach = own | {t.i for t in clause.subtree} if clause.pos_ in ("VERB", "ADJ", "AUX") else own
    return not any(p.start in reach for p in reader.places)


def _political(arg) -> bool:
    """A person, a party, a parliament, a government body or the press: not a state named as
    such, not an armed body, not a crowd."""
    actor = arg.actor
    if actor.sector in ARMED_SECTORS:
        return False
    if actor.kind == "person":
        return True
    return actor.sector is not None and actor.sector in POLITICAL_SECTORS


def _market_object(token: Token) -> bool:
    """"British Airways attacked a rival's fares with a round of discounts": what a verb of
    violence is aimed at is a price, a market or a product, a fight for custom."""
    return token.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MARKET_WORDS for c in token.children)


def _armed_sentence(token: Token) -> bool:
    return any(t.lemma_.lower() in ARMED_WORDS for t in token.sent if t.i != token.i)
