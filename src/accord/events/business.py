"""Acts of companies among themselves at home are not political events.

Business pages are full of verbs the lexicon knows: a bank "sold" a unit, an airline had to
"cancel" flights, a board "backed" a merger, a firm "is suing" four companies. The wire
conventions code a company by its country (so "Russia's Gazprom cut gas supplies to Ukraine" is
RUS → UKR), and that stays. But when every party to an act is a business of one country, and no
state body, person in office or other country is among them, the act is commerce, not politics:
hand-judging events in real BBC business pages (bench/audit_real_news.py) found these the
commonest wrong events there.

A party is a business when its sector is BUS ("the firm", "company boards", "Bank of America"),
when a country's name only modifies the body it names ("US Airways", "US banking giant Citigroup",
"Indian conglomerate Reliance": the country word is a modifier of a name or a business noun the
actor tables do not know), or when a person is named by a business title ("Fiat boss Sergio
Marchionne").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.actors.tables import word_sets

# The word sets are data: each one's words and why are in accord/data/words/events_business.tsv.
WORD_SETS = word_sets("events_business")

BUSINESS_NOUNS = WORD_SETS["BUSINESS_NOUNS"]
MODIFIER_DEPS = {"compound", "amod", "nmod"}
DEAL_VERBS = WORD_SETS["DEAL_VERBS"]
ARMED_MODIFIERS = WORD_SETS["ARMED_MODIFIERS"]
STATE_FIRM_WORDS = WORD_SETS["STATE_FIRM_WORDS"]
FIRM_PEERS = WORD_SETS["FIRM_PEERS"]


def business_only(token: Token, actors: list, recipients: list) -> bool:
    """True when every actor and recipient is a business and they are all of one country (or
    the act has no recipient), or one side is only companies named without their country, or the
    act is a purchase, sale or merger among businesses (named by its verb, or by its object or
    purpose when no party is a state-owned firm)."""
    doc = token.doc
    parties = actors + recipients
    deal = _company_deal(token) or (_deal_named(token) and not any(_state_owned(doc, p) for p in parties))
    if parties and deal and all(_is_business(doc, p) or _body_of(doc, p) for p in parties):
        return True
    if (parties and deal and any(_is_business(doc, p) for p in actors)
            and all(_is_business(doc, p) or _body_of(doc, p) or _firm_word(doc, p) for p in parties)):
        # "Siemens launched a hostile takeover bid for its French rival Alstom", "Geely signed an
        # agreement with Ford to buy its Swedish unit": a firm that makes a deal makes it with a
        # firm, so the other side's country word on a noun and a bare family name are firms too.
        return True
    if not parties or not all(_is_business(doc, p) for p in parties):
        return False
    if any(side and all(_table_company(p) for p in side) for side in (actors, recipients)):
        # "Airbus outpaced its U.S. rival Boeing": firms known only from companies.tsv, with
        # no country word of their own, acting among businesses are commerce wherever they
        # are based ("Russia's Gazprom signed a deal with China's CNPC" names its states).
        return True
    return len({(p.actor.code or "")[:3] for p in parties}) == 1


def _company_deal(token: Token) -> bool:
    """The act is a purchase, sale or merger, said by its own word or by the infinitive it
    governs ("agreed to buy", "offered to acquire")."""
    words = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    return any(w.lemma_.lower() in DEAL_VERBS for w in words)


def _deal_named(token: Token) -> bool:
    """A deal named by the act's object ("launched a takeover bid", "took a controlling stake") or by
    the purpose it is made for ("signed an agreement to buy the unit")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    named = [m for o in objects for m in [o, *o.children] if m.dep_ in ("dobj", "compound", "amod")]
    purposes = [c for c in token.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                       for a in c.children)]
    return any(w.lemma_.lower() in DEAL_VERBS for w in named + purposes)


def _table_company(arg) -> bool:
    """A company the actor tables know by name (companies.tsv: an organisation of sector BUS).
    The sector is enough: no row of organisations.tsv has sector BUS (a test holds that), so
    the table entries' kind "company" need not reach the actor."""
    return arg.actor.kind == "organisation" and arg.actor.sector == "BUS"


def _is_business(doc: Doc, arg) -> bool:
    actor = arg.actor
    if actor.sector == "BUS":
        return True
    if actor.sector is not None and actor.kind != "person":
        return False  # a government, an army, a party
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].lower_ in ("it", "its"):
        return _business_teller(span[0])
    if actor.kind == "person":
        # "Fiat boss Sergio Marchionne", "Australian building products group James Hardie"
        return any(t.lemma_.lower() in BUSINESS_NOUNS for t in span)
    root = span.root
    if (root.pos_ == "PROPN" and any(t.dep_ == "compound" and t.lemma_.lower() in BUSINESS_NOUNS for t in root.children)) \
            or (root.lemma_.lower() in BUSINESS_NOUNS
                and any(t.dep_ == "appos" and t.pos_ == "PROPN" and t.i < span.end for t in root.children)):
        # "the Chinese electric car maker Xpeng" (the name in apposition to a firm's word, or the
        # firm's word on the name): a firm named, its country word only its home.
        return True
    return _names_a_body(span)


def _state_owned(doc: Doc, arg) -> bool:
    """A firm its own words call the state's ("China's state oil company", "a state-owned bank"):
    what it buys or bids for abroad, the wire conventions code as its state's act."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return False
    words = {t for t in span} | {c for t in span for c in t.children}
    return any(t.lower_ in STATE_FIRM_WORDS for t in words)


def _firm_word(doc: Doc, arg) -> bool:
    """In a firm's deal, a party that is only a country word on a noun ("its French rival Alstom")
    or a bare family name ("with Ford"): the other firm and its home, not a state or a person in
    office (a role word would have made the mention a role, an office a sector)."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or arg.actor.sector is not None or len(span) != 1:
        return False
    word = span[0]
    if arg.actor.kind == "country":
        # (Only on a word for a firm or a firm's peer: "the Saudi kingdom", "the Chinese state"
        # and "the Indian side" are the state itself, buying from the firm.)
        head = word.head.lemma_.lower()
        return word.dep_ in ("amod", "compound") and word.head.pos_ == "NOUN" and (
            head in BUSINESS_NOUNS or head in FIRM_PEERS)
    return arg.actor.kind == "person" and word.pos_ == "PROPN"


def _body_of(doc: Doc, arg) -> bool:
    """A country named only in the "of" phrase of a name ("agreed to merge with Chrysler of the
    United States") or as its possessor ("Britain's Vodafone agreed to buy ..."): in a purchase,
    sale or merger, the name is a firm and the country its home."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or arg.actor.kind != "country" or arg.actor.sector is not None:
        return False
    if span.root.dep_ == "poss":
        return _firm_name(span.root.head)
    prep = span.root.head
    name = prep.head
    return span.root.dep_ == "pobj" and prep.lower_ == "of" and name.i != prep.i and _firm_name(name)


def _firm_name(name: Token) -> bool:
    """A capitalised name the model takes for an organisation or for nothing (not a person)."""
    return name.pos_ == "PROPN" and name.is_title and name.ent_type_ in ("ORG", "")


def _names_a_body(span) -> bool:
    """The country word only modifies what the phrase names: "US Airways", "US banking giant
    Citigroup" (not "US officials": a role word would have made the mention a role)."""
    head = span.root
    chain = []
    while head.dep_ in MODIFIER_DEPS and head.head.i != head.i and head.head.i >= span.end:
        head = head.head
        chain.append(head)
    if not chain:
        return False
    if any(c.dep_ in MODIFIER_DEPS and c.lower_ in ARMED_MODIFIERS for t in chain for c in t.children):
        return False  # "Iraqi armoured units", "the army's special unit": a force, not a firm's unit
    if any(t.lemma_.lower() in BUSINESS_NOUNS for t in chain):
        return True
    last = chain[-1]
    # (a firm's name the small model takes for a nationality, "U.S. electric vehicle start-up
    # Rivian", only behind a noun of what the firm makes)
    named = ("ORG", "", "NORP") if len(chain) > 1 and chain[-2].pos_ == "NOUN" else ("ORG", "")
    return last.pos_ == "PROPN" and last.ent_type_ in named and last.is_title


def _business_teller(pronoun: Token) -> bool:
    """"it" in what a company says of itself: "Thai Airways said it would buy 45 jets" (the
    pronoun is read back to the country word of the speaker's name; the speaker is the firm)."""
    clause = pronoun.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    words = list(speaker.subtree)
    if any(t.lemma_.lower() in BUSINESS_NOUNS or t.lower_ in BUSINESS_NOUNS for t in words):
        return True
    country_words = [t for t in words if t.ent_type_ in ("GPE", "NORP") and t.i != speaker.i]
    return bool(country_words) and _names_a_body(speaker.doc[country_words[0].i:country_words[0].i + 1])

