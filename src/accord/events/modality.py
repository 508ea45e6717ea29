"""PLOVER's auxiliary modes for an event: historical, future, hypothetical, negated.

Each flag comes with the words that raised it, so the explanation can name them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.nlp.parse_repairs.clauses import REPORTING_VERBS

# The word sets are data: each one's words and why are in accord/data/words/events_modality.tsv.
WORD_SETS = word_sets("events_modality")

FUTURE_AUX = WORD_SETS["FUTURE_AUX"]
HYPOTHETICAL_AUX = WORD_SETS["HYPOTHETICAL_AUX"]
HYPOTHETICAL_MARKS = WORD_SETS["HYPOTHETICAL_MARKS"]
INTENT_VERBS = WORD_SETS["INTENT_VERBS"]
INTENT_FORMS = WORD_SETS["INTENT_FORMS"]
NEGATING_VERBS = WORD_SETS["NEGATING_VERBS"]
DENYING_VERBS = WORD_SETS["DENYING_VERBS"]
INTENT_NOUNS = WORD_SETS["INTENT_NOUNS"]
KEPT_WORD_VERBS = WORD_SETS["KEPT_WORD_VERBS"]
BROKEN_WORD_VERBS = WORD_SETS["BROKEN_WORD_VERBS"]
INTENT_ADJECTIVES = WORD_SETS["INTENT_ADJECTIVES"]
ASSURING_VERBS = WORD_SETS["ASSURING_VERBS"]
SAYING_VERBS = REPORTING_VERBS | ASSURING_VERBS
UNREALISED_NOUNS = WORD_SETS["UNREALISED_NOUNS"]
FORECAST_ADJECTIVES = WORD_SETS["FORECAST_ADJECTIVES"]
FORECAST_PASSIVES = WORD_SETS["FORECAST_PASSIVES"]
HOPE_ADJECTIVES = WORD_SETS["HOPE_ADJECTIVES"]
UNABLE_ADJECTIVES = WORD_SETS["UNABLE_ADJECTIVES"]
TRIP_VERBS = WORD_SETS["TRIP_VERBS"]
REQUEST_VERBS = WORD_SETS["REQUEST_VERBS"]
HOLDING_BACK_VERBS = WORD_SETS["HOLDING_BACK_VERBS"]
PREVENTING_VERBS = WORD_SETS["PREVENTING_VERBS"]
GUARDING_VERBS = WORD_SETS["GUARDING_VERBS"]
OBSERVER_NOUNS = WORD_SETS["OBSERVER_NOUNS"]
OUTCOME_VERBS = WORD_SETS["OUTCOME_VERBS"]
PRESENT_BE = WORD_SETS["PRESENT_BE"]
COMING_DAYS = WORD_SETS["COMING_DAYS"]
COMING_MARKS = WORD_SETS["COMING_MARKS"]
TIME_NOUNS = WORD_SETS["TIME_NOUNS"]
# Phrases that put the event in the past as a reported aggregate or background.
HISTORICAL_PHRASES = (
    "to date", "so far", "thus far", "over the past", "over the last", "in the past", "in recent years",
    "over the years", "for years", "for decades", "since", "ago", "previously", "earlier this",
    "last year", "last month", "ever",
)
COUNTABLE_EVENTS = WORD_SETS["COUNTABLE_EVENTS"]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class Modality:
    historical: bool = False
    future: bool = False
    hypothetical: bool = False
    negated: bool = False
    reasons: list[str] = field(default_factory=list)
    # Hypothetical because only aimed at or asked for (a purpose, a bid, an appeal's content), not
    # because of a condition: such an act is not turned into a threat.
    aimed: bool = False
    # The verb of asking ("urged", "asked") when the act is only what someone asked for.
    asked_by: int | None = None

    def as_dict(self) -> dict[str, bool]:
        return {"historical": self.historical, "future": self.future,
                "hypothetical": self.hypothetical, "negated": self.negated}


def _reported(verb: Token) -> bool:
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING_VERBS and verb.head.tag_ in ("VBD", "VBN")


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words it hangs from through control and coordination
    ("intends to prioritise", "is willing to withdraw")."""
    chain = [trigger]
    token = trigger
    while (token.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "acl", "acomp") or _called_off(token)) \
            and token.head.i != token.i:
        token = token.head
        chain.append(token)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "conj"):
            break
    return chain


def _called_off(token: Token) -> bool:
    """"Rice's planned visit to Damascus was cancelled": an act named as the subject of a passive
    that calls it off is governed by that verb, as an object is by the active ("cancelled the
    visit")."""
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in NEGATING_VERBS


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Verbs whose that-clause, when they are negated, is not asserted ("did not mean that ...").
# Complement clauses a "whether" may open (an indirect question), unlike an adverbial condition.
QUESTION_CLAUSE_DEPS = {"ccomp", "xcomp", "csubj", "pcomp", "pobj", "acl"}
MEANING_VERBS = WORD_SETS["MEANING_VERBS"]


def _looked_forward_to(token: Token) -> bool:
    """A gerund after "look forward to" ("looks forward to working with Bush"): what is looked
    forward to has not happened yet, an intention like "hopes to"."""
    to = token.head
    return (token.dep_ == "pcomp" and to.lower_ == "to" and to.head.lemma_.lower() == "look"
            and any(c.lower_ == "forward" for c in to.head.children))


def modality_of(trigger: Token, objects: list[Token], article_date: datetime | None) -> Modality:
    mod = Modality()
    chain = governing_chain(trigger)
    for step, token in enumerate(chain):
        # "said his comments were not racist and refused to apologise": a finite conjunct has a
        # tense of its own and does not share the first conjunct's "not" ("did not sign or
        # ratify" shares it).
        own_clause = step > 0 and chain[step - 1].dep_ == "conj" and chain[step - 1].tag_ in FINITE_TAGS
        for child in token.children:
            word = child.lower_
            if (child.dep_ == "neg" or (child.dep_ == "det" and word == "no")) and not own_clause:
                mod.negated = True
                mod.reasons.append(f"negated by '{child.text}'")
            elif child.dep_ == "aux" and word in FUTURE_AUX:
                mod.future = True
                mod.reasons.append(f"future by '{child.text}'")
            elif child.dep_ == "aux" and word in ("would", "'d") and _reported(token):
                # "said it would allow": the future of reported speech, not a condition.
                mod.future = True
                mod.reasons.append(f"future by reported '{child.text}'")
            elif child.dep_ == "aux" and word in HYPOTHETICAL_AUX:
                mod.hypothetical = True
                mod.reasons.append(f"hypothetical by '{child.text}'")
            elif child.dep_ == "mark" and word in HYPOTHETICAL_MARKS:
                mod.hypothetical = True
                mod.reasons.append(f"hypothetical by '{child.text}'")
        # (Only what the intent verb governs: "set fire to cars and smashed shop windows" shares
        # the subject of "set", not its sense of being due; "pledged aid and sent troops" too.)
        if token.i != trigger.i and (token.lemma_.lower() in INTENT_VERBS or token.lower_ in INTENT_FORMS) \
                and token.pos_ == "VERB" and chain[step - 1].dep_ != "conj":
            mod.future = True
            mod.reasons.append(f"future by '{token.text}'")
        if (token.i != trigger.i and token.lemma_.lower() in INTENT_NOUNS and token.pos_ == "NOUN"
                and any(c.dep_ == "acl" and c in chain for c in token.children)):
            keeper = token.head.lemma_.lower() if token.dep_ in ("dobj", "obj") else None
            if keeper in BROKEN_WORD_VERBS:
                # "broke its promise to withdraw": what was promised did not happen.
                mod.negated = True
                mod.reasons.append(f"negated by '{token.head.text} … {token.text}'")
            elif keeper not in KEPT_WORD_VERBS:
                # ("kept its pledge to release the tanker": what was promised is done.)
                mod.future = True
                mod.reasons.append(f"future by '{token.text}'")
        if token.lemma_.lower() in INTENT_ADJECTIVES and token.pos_ == "ADJ":
            mod.future = True
            mod.reasons.append(f"future by '{token.text}'")
        # (Not across a conjunction: "rejected the move and demanded the release" demands; nor
        # above a finite conjunct hung under an infinitive, "refused to suspend it and rejected the offer".)
        if token.i != trigger.i and token.lemma_.lower() in NEGATING_VERBS and chain[step - 1].dep_ != "conj" \
                and not any(t.dep_ == "conj" and t.tag_ in FINITE_TAGS for t in chain[:step]) and (
                token.lemma_.lower() not in ("call", "rule")
                or any(c.dep_ == "prt" and c.lower_ == ("off" if token.lemma_.lower() == "call" else "out")
                       for c in token.children)):
            mod.negated = True
            mod.reasons.append(f"negated by '{token.text}'")
        if _looked_forward_to(token):
            mod.future = True
            mod.reasons.append(f"future by '{token.head.head.text} forward to'")
        # "going to sign"
        if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
            mod.future = True
            mod.reasons.append("future by 'going to'")
        # "The prime minister is to visit China", "Campaigners are to stage a rally": "be" with a
        # to-infinitive tells what is arranged, not what was done.
        if step > 0 and token.lemma_.lower() == "be" and chain[step - 1].dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[step - 1].children):
            mod.future = True
            mod.reasons.append(f"future by '{token.text} to'")
        # "The chancellor is travelling to Washington next week": the present progressive with a
        # time to come.
        if token.tag_ == "VBG" and _coming_time(token):
            mod.future = True
            mod.reasons.append(f"future by '{token.text}' with a time to come")
    _not_ruled_out(trigger, chain, mod)
    _unrealised(trigger, chain, mod)
    # "denied that Tehran had supplied missiles": what is denied is not asserted to have happened.
    head = chain[-1]
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in DENYING_VERBS and not mod.negated \
            and not _named_apposition(head.head):
        mod.negated = True
        mod.reasons.append(f"denied by '{head.head.text}'")
    # "Will Russia invade Ukraine?", "Could China blockade Taiwan?": a question put by the writer,
    # an auxiliary before its subject at the head of a sentence that ends in a question mark, asks
    # whether the act will happen; it reports none.
    if not mod.negated and _yes_no_question(head):
        mod.negated = True
        mod.reasons.append(f"not asserted: only asked, by '{head.sent[0].text} ...?'")
    # "has not said whether Putin will attend", "is weighing whether to send troops": a
    # whether-clause asks; what it holds is not asserted to happen. (A concessive "whether or
    # not they agree, ..." is an adverbial clause, a condition, and stays hypothetical.)
    asked = next((t for t in chain if t.dep_ in QUESTION_CLAUSE_DEPS
                  and any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children)), None)
    if asked is not None and not mod.negated:
        mod.negated = True
        mod.reasons.append(f"not asserted: only asked whether, under '{asked.head.text}'")
    # "the withdrawal did not mean that Libya had cut its ties": what a negated verb of meaning
    # or showing governs is not asserted either.
    # (Recorded even when the clause has its own "not": "does not mean that we will not sign" is
    # no refusal either.)
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in MEANING_VERBS \
            and any(c.dep_ == "neg" for c in head.head.children):
        mod.negated = True
        mod.reasons.append(f"not asserted: '{head.head.text}' is negated")
    # A conditional clause anywhere above the trigger makes it hypothetical.
    for ancestor in trigger.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in ancestor.children) and not mod.hypothetical:
            if ancestor.dep_ == "advcl":
                mod.hypothetical = True
                mod.reasons.append(f"hypothetical by a condition on '{ancestor.text}'")
    # "Had the West armed Ukraine sooner, the Russian offensive might have been halted": in a clause
    # of what could have been, on a past condition that did not hold, no act is told, not even the
    # subject's.
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and not mod.negated \
            and _counterfactual(trigger.head):
        mod.negated = True
        mod.reasons.append(f"not asserted: '{trigger.head.text}' tells what could have been")
    # "EU diplomats said the meeting could unblock the bloc's aid package": an act named as what a
    # modal verb of result could bring about is a possible outcome, not an act reported.
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and not mod.negated \
            and trigger.head.lemma_.lower() in OUTCOME_VERBS \
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in trigger.head.children):
        mod.negated = True
        mod.reasons.append(f"not asserted: only a possible outcome ('{trigger.head.text}')")
    # "Israel could strike Iran's nuclear sites within months, some analysts believe": an act that
    # observers say could, might or will happen is their guess, neither reported nor threatened.
    observer = _guessing_observer(chain) if not mod.negated and not mod.aimed else None
    if observer is not None:
        mod.negated = True
        mod.reasons.append(f"not asserted: only guessed at by '{observer.text}'")
    _historical(trigger, chain, objects, article_date, mod)
    return mod


def _coming_time(verb: Token) -> bool:
    """A progressive "is/are ...ing" with a time to come among its modifiers: "next week",
    "tomorrow", "later this month" (not "this week", which may be under way)."""
    if not any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep", "tmod"):
            continue
        words = [t.lower_ for t in child.subtree]
        if any(w in COMING_DAYS for w in words):
            return True
        if any(w in COMING_MARKS for w in words) and any(w in TIME_NOUNS for w in words):
            return True
    return False


def _yes_no_question(head: Token) -> bool:
    """The clause is a question without a question word: its sentence opens with the clause's own
    auxiliary ("Will", "Could", "Should", "Did") and ends in a question mark."""
    sent = head.sent
    opener = sent[0]
    if opener.head.i != head.i or opener.dep_ not in ("aux", "auxpass") or opener.pos_ != "AUX":
        return False
    return any(t.text == "?" for t in sent[-2:])


def _named_apposition(verb: Token) -> bool:
    """ "called on Germany to pay reparations, a demand Berlin has long dismissed": the parser makes
    the act a clause under the later verb, whose subject comes right after ", a demand" (a noun
    naming the act): an apposition with a relative clause, not a denial of the act."""
    doc = verb.doc
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        left = subject.left_edge.i
        for det, noun in ((left, left + 1), (left - 2, left - 1)):
            if 1 <= det and noun < subject.i and doc[det].lower_ in ("a", "an") and doc[noun].pos_ == "NOUN" \
                    and doc[det - 1].text == "," and not (det == left and subject.pos_ != "PROPN"):
                return True  # (not a common noun's own article and title: "On Monday, an army spokesman denied")
    return False


def _counterfactual(verb: Token) -> bool:
    """A clause of what could have been ("might have been halted", "would have stopped") on a past
    condition ("had the West armed ...", "if Washington had acted ...")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not (auxes & HYPOTHETICAL_AUX and "have" in auxes):
        return False
    return any(c.dep_ == "advcl" and (c.lower_ == "had" or any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children))
               for c in verb.children)


def _saying_verbs(head: Token, beside: tuple[str, ...]) -> list[Token]:
    """The verbs that may tell a clause: beside it (``beside`` relations: "..., Ankara said") or
    above it, when the clause is their complement ("analysts believe Israel could strike")."""
    verbs = [c for c in head.children if c.dep_ in beside and c.pos_ == "VERB"]
    return verbs + [head.head] if head.dep_ == "ccomp" else verbs


def _said_by_a_named_party(head: Token) -> bool:
    """"..., Ankara said", "..., Iranian officials said": a named state or body (or its people) tells
    the act, so what "is expected" is its own plan, not a guess."""
    for verb in _saying_verbs(head, ("parataxis",)):
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in OBSERVER_NOUNS:
                continue
            if subject.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or any(
                    t.ent_type_ in ("GPE", "ORG", "NORP") for t in subject.subtree):
                return True
    return False


def _guessing_observer(chain: list[Token]) -> Token | None:
    """The observer (an analyst, an expert, a critic) whose guess the chain's act is: the act has a
    modal or future auxiliary ("could strike", "will veto") and its clause is said or thought by
    the observer, in the clause above it ("analysts believe Israel could strike") or in an
    attribution beside it ("..., some analysts believe")."""
    if not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for t in chain for c in t.children):
        return None
    head = chain[-1]
    own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and (own.pos_ == "PRON" or own.lemma_.lower() in OBSERVER_NOUNS):
        return None  # ("Kremlin critics said they would stage a protest": their own announced act)
    # (Not "as analysts had predicted", an aside with its own mark, beside a party that says it.)
    sayers = [v for v in _saying_verbs(head, ("advcl", "parataxis"))
              if not any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children)]
    observers = [s for v in sayers for s in v.children if s.dep_ == "nsubj" and s.lemma_.lower() in OBSERVER_NOUNS]
    others = [s for v in sayers for s in v.children if s.dep_ == "nsubj" and s.lemma_.lower() not in OBSERVER_NOUNS]
    return observers[0] if observers and not others else None


def _not_ruled_out(trigger: Token, chain: list[Token], mod: Modality) -> None:
    """"would not rule out military action", "refused to rule out strikes": an act kept open is
    a possible future act (a threat, for force), not a negated one; the two negations cancel."""
    for token in chain:
        if token.i == trigger.i or token.lemma_.lower() != "rule" \
                or not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            continue
        kept_open = any(c.dep_ == "neg" for c in token.children) or (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in ("refuse", "decline")) or (
            token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children))
        if kept_open:
            mod.negated = False
            mod.reasons[:] = [r for r in mod.reasons if not r.startswith("negated by")]
            mod.future = True
            mod.reasons.append(f"future by 'not … {token.text} out'")
        return


def _set_aside(token: Token) -> bool:
    """The token is what "rather than" or "instead of" sets aside ("rather than preparing to
    attack", "instead of a strike", a verb joined by "rather than"), by the parse of the words."""
    head = token.head
    if token.dep_ == "conj" and head.i < token.i:  # "would seek a settlement rather than bomb the posts"
        return any(c.dep_ == "cc" and c.lower_ == "than" and head.i < c.i < token.i and c.nbor(-1).lower_ == "rather"
                   for c in head.children)
    if token.dep_ not in ("pcomp", "pobj") or head.i == token.i:
        return False
    if head.lower_ == "than":
        return head.i > 0 and head.nbor(-1).lower_ == "rather"
    return head.lower_ == "of" and head.i > 0 and head.nbor(-1).lower_ == "instead"


def _unrealised(trigger: Token, chain: list[Token], mod: Modality) -> None:
    """Acts that are only a purpose, a bid or a possibility, or that someone was kept from."""
    # "blocked lawyers from visiting him", "barred the ship from entering": it did not happen.
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from" \
            and trigger.head.head.lemma_.lower() in PREVENTING_VERBS and not mod.negated:
        mod.negated = True
        mod.reasons.append(f"negated by '{trigger.head.head.text} … from'")
    # "to shield the power grid from Russian missile and drone attacks": what something is guarded
    # from is not an act the sentence reports.
    guarded = trigger
    while guarded.dep_ == "conj" and guarded.head.i != guarded.i:
        guarded = guarded.head
    if trigger.pos_ == "NOUN" and guarded.dep_ == "pobj" and guarded.head.lower_ in ("from", "against") \
            and not mod.negated:
        holder = guarded.head.head
        verb = holder.head if holder.dep_ in ("dobj", "obj") else holder
        # (Only a guard to come, an infinitive or a modal: "air defences shielded Tel Aviv from
        # rocket attacks on Saturday" tells the attacks.)
        if verb.lemma_.lower() in GUARDING_VERBS and any(
                c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children):
            mod.negated = True
            mod.reasons.append(f"not asserted: guarded against by '{verb.text}'")
    # "appeared to be digging in rather than preparing to attack", "talked instead of fighting":
    # the act set aside is the one not done.
    if not mod.negated and any(_set_aside(token) for token in chain):
        mod.negated = True
        mod.reasons.append("negated by 'rather than' / 'instead of'")
    # "refrained from criticizing Uganda": held back, it did not happen.
    if trigger.dep_ == "pcomp" and not mod.negated and trigger.head.lower_ == "from" \
            and trigger.head.head.lemma_.lower() in HOLDING_BACK_VERBS:
        mod.negated = True
        mod.reasons.append(f"negated by '{trigger.head.head.text} {trigger.head.text}'")
    # "warned that a U.S. attack on Iraq would destabilise the region": an indefinite event noun
    # that is the subject of a "would"/"could" clause is an act imagined, not one reported
    # (nor a threat: whoever imagines it does not say they will do it).
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and not mod.negated \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in trigger.children) \
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in trigger.head.children):
        mod.negated = True
        mod.reasons.append(f"not asserted: '{trigger.text}' is only imagined, by '{trigger.head.text}'")
    # "was optimistic that OPEC would agree on output", "is confident that the talks will succeed":
    # a hope or a guess about an act to come, which reports none.
    clause = chain[-1]
    if not mod.negated and clause.dep_ == "ccomp" and clause.head.pos_ == "ADJ" \
            and clause.head.lemma_.lower() in HOPE_ADJECTIVES \
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for c in clause.children):
        mod.negated = True
        mod.reasons.append(f"not asserted: only hoped for by '{clause.head.text}'")
    for step, token in enumerate(chain):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        # "initiated the procedure to defend its rights": a purpose, not an act reported.
        if step == 0 and token.dep_ == "advcl" and infinitive and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and not mod.hypothetical \
                and token.head.lemma_.lower() not in TRIP_VERBS:
            mod.hypothetical = mod.aimed = True
            mod.reasons.append(f"hypothetical: '{token.text}' is a purpose")
        if token.dep_ == "xcomp" and infinitive and token.head.lemma_.lower() in REQUEST_VERBS \
                and not mod.hypothetical and not mod.future:
            # (When the appeal itself is coded, the act asked for merges into it.)
            mod.hypothetical = mod.aimed = True
            mod.asked_by = token.head.i
            mod.reasons.append(f"hypothetical: asked for by '{token.head.text}'")
        if token.dep_ == "acl" and infinitive and token.head.lemma_.lower() in UNREALISED_NOUNS \
                and not mod.hypothetical:
            mod.hypothetical = mod.aimed = True
            mod.reasons.append(f"hypothetical by '{token.head.text}'")
        if not mod.negated and step > 0 and chain[step - 1].dep_ == "xcomp" \
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in chain[step - 1].children) \
                and not _said_by_a_named_party(chain[-1]) and (
                (token.pos_ == "ADJ" and token.lemma_.lower() in FORECAST_ADJECTIVES)
                or (token.lemma_.lower() in FORECAST_PASSIVES and any(c.dep_ == "auxpass" for c in token.children))):
            # "are unlikely to ratify the treaty", "is likely to veto the resolution", "is expected to
            # invite Finland": a forecast of an act to come, which reports none (nor threatens one).
            # ("is likely to have carried out the attack" infers a past act: it stays.)
            mod.negated = True
            mod.reasons.append(f"not asserted: only forecast by '{token.text}'")
        if token.pos_ == "ADJ" and token.lemma_.lower() in UNABLE_ADJECTIVES and not mod.negated:
            mod.negated = True
            mod.reasons.append(f"negated by '{token.text}'")


def _historical(trigger: Token, chain: list[Token], objects: list[Token], article_date, mod: Modality) -> None:
    # A count of events is a reported aggregate: "about 130 agreements have been signed".
    # Counted people ("three soldiers were killed") are victims, not an aggregate.
    for noun in [trigger, *objects]:
        if noun is not trigger and noun.lemma_.lower() not in COUNTABLE_EVENTS:
            continue
        for child in noun.children:
            if child.dep_ == "nummod" and child.like_num and _number(child.text) not in (None, 1):
                mod.historical = True
                mod.reasons.append(f"historical: a count of past events ('{child.text} {noun.text}')")
                return
    head = chain[-1]
    if head.pos_ not in ("VERB", "AUX"):
        # A noun event ("cooperation ... has reached"): read the clause of its verb.
        head = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), head)
    # The sentence is found once: Token.sent searches for the sentence's bounds each time it is
    # asked, and asking it per token of the clause made this check quadratic.
    sent = trigger.sent
    clause = {t.i for t in head.subtree if sent.start <= t.i < sent.end}
    # Only the clause's own time adverbials count: "compared with last year" inside an
    # object does not date the signing.
    holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr", "acomp")]
    adverbials = [t for holder in holders for child in holder.children
                  if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "advcl")
                  and len(list(child.subtree)) <= 8
                  for t in child.subtree]
    lowered = " ".join(t.lower_ for t in sorted(adverbials, key=lambda t: t.i))
    for phrase in HISTORICAL_PHRASES:
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            if phrase == "ever" and not any(trigger.doc[i].tag_ == "VBN" for i in clause):
                continue
            mod.historical = True
            mod.reasons.append(f"historical by '{phrase}'")
            return
    if article_date is not None:
        for ent in sent.ents:
            if ent.label_ != "DATE" or not any(t.i in clause for t in ent):
                continue
            years = [int(y) for y in _YEAR.findall(ent.text)]
            if years and max(years) < article_date.year:
                mod.historical = True
                mod.reasons.append(f"historical: dated '{ent.text}', before the article")
                return


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "dozens": 24, "hundreds": 200, "several": 3, "one": 1}
        return words.get(text.lower())
