"""The word lists and checks the duplicate sweep (merging.py) asks of a sentence's events and
clauses: whose act a clause is, whether one event only tells what another asks, orders or adopts,
and which clauses merely set the scene."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.argument_words import AID_APPEALS, UNIDENTIFIED_ATTACKER, asks_a_collective
from accord.events.clauses import statement_author
from accord.events.ontology import Ontology
from accord.events.slots import object_of, stopped_gerund, stopped_supply

if TYPE_CHECKING:
    from accord.events.arguments import ArgumentReader
    from accord.events.record import Event

# The word sets are data: each one's words and why are in accord/data/words/events_sweep_checks.tsv.
WORD_SETS = word_sets("events_sweep_checks")

# Conflict announced or conditional is a threat (PLOVER: THREATEN, not ASSAULT + future).
THREAT_CODE = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "1384", "20": "1385",
               "160": "1312", "163": "1312", "161": "1313", "162": "1311", "164": "134", "165": "135",
               "166": "136", "191": "1381", "192": "1382",
               # administrative sanctions threatened by their kind (codebook 1321-1324)
               "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"}
# Nouns of asking whose infinitives say what is asked ("calls to free the prisoners"): the aims' row
# and the nouns of proposing.
PROPOSING_NOUNS = WORD_SETS["PROPOSING_NOUNS"]
ASKING_NOUNS = word_sets("events_aims")["ASKING_NOUNS"] | PROPOSING_NOUNS
ASKING_VERBS = WORD_SETS["ASKING_VERBS"]
REJECTING_VERBS = WORD_SETS["REJECTING_VERBS"]
ORDER_VERBS = WORD_SETS["ORDER_VERBS"]
FORCES = WORD_SETS["FORCES"]
MASS_KILLING = "202"
TOPIC_VERBS = WORD_SETS["TOPIC_VERBS"]
INTENT_NOUNS = WORD_SETS["INTENT_NOUNS"]
EXPULSION_CODES = ("200", "201", "203")  # mass expulsion, ethnic cleansing
RAVAGING_CODES = ("1712",)  # property destroyed: burnt villages, razed homes
RALLY_SUPPORT = "053"
SUPPORT_APPEAL = "022"
OWN_POSSESSIVES = WORD_SETS["OWN_POSSESSIVES"]


# Actors the coder infers when the text names nobody (coder.py): not a party the text gives.
INFERRED_ACTORS = ("authorities of", UNIDENTIFIED_ATTACKER)


def clause_subject(token: Token, deps=("nsubj", "csubj")) -> Token | None:
    """The verb's subject; for a participle clause without one, the main clause's ("a car bomb
    exploded ..., killing nine": the bomb killed; "floods swept ..., killing 40": the floods)."""
    subject = next((c for c in token.children if c.dep_ in deps), None)
    if subject is None and token.dep_ == "advcl" and token.tag_ == "VBG":
        head = token.head
        subject = next((c for c in head.children if c.dep_ in deps), None)
        while subject is None and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
            # ("parliament voted to remove the monuments, drawing condemnation": the main
            # clause's infinitive has its subject in the verb above it)
            head = head.head
            subject = next((c for c in head.children if c.dep_ in deps), None)
    return subject


def shared_subject(token: Token, deps=("nsubj", "nsubjpass")) -> Token | None:
    """The verb's subject, or for a verb conjoined without one, the subject of the verb it is
    conjoined to ("a roadside bomb killed two soldiers and wounded several others": the bomb
    wounded); a participle clause without one takes the main clause's (`clause_subject`)."""
    subject = clause_subject(token, deps)
    while subject is None and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
        subject = clause_subject(token, deps)
    return subject


def passive_without_agent(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubjpass" for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children)


def absorb(outer: Event, inner: Event, ontology: Ontology) -> None:
    """The governing event takes what the governed act tells: its target ("threatened to
    impose tariffs on Mexico" → Mexico) and, for a threat, its kind ("threatened to attack"
    → a threat of military force)."""
    if not outer.recipients and not (outer.code.code.startswith(AID_APPEALS) and asks_a_collective(outer.trigger)):
        # (Not for aid asked of a group of states with no code: "called on donor countries to help
        # Syrian refugees" is not aimed at Syria.)
        own = {a.actor.code for a in outer.actors}
        outer.recipients = [r for r in inner.recipients if r.actor.code not in own] or \
            [a for a in inner.actors if a.actor.code not in own]
    if (outer.code.root == "02" or outer.code.code == "113") and inner.code.root == "16" and inner.recipients \
            and not stopped_gerund(inner.trigger) and not stopped_supply(inner.trigger) \
            and not ({r.actor.code for r in inner.recipients} & {r.actor.code for r in outer.recipients
                                                                 if r not in inner.recipients}):
        # "called on Western allies to slap sanctions on Iran": asking others to punish a third
        # party is rallying opposition against it (CAMEO 113), aimed at that party. (Not asking
        # them to stop supplying it: "urged Washington to stop selling arms to Taiwan" and "... to
        # stop arms deliveries to Taiwan" are appeals to Washington.)
        if outer.code.code != "113":
            outer.code = ontology.cameo("113")
            outer.plover = outer.code.plover
            outer.notes.append("asks others to punish a third party: coded 113")
        outer.recipients = list(inner.recipients)
    if outer.plover == "THREATEN" and outer.code.code == "130" and inner.code.root in THREAT_CODE \
            and not inner.code.code.startswith("13"):
        outer.code = ontology.cameo(THREAT_CODE.get(inner.code.code[:4], THREAT_CODE.get(inner.code.code[:3],
                                                                                    THREAT_CODE[inner.code.root])))
        outer.notes.append(f"a threat to {inner.trigger.text}: coded {outer.code.code}")


def asked_of_recipient(outer: Event, inner: Event) -> bool:
    """The governed act is only what the governing one asks of its recipient: an appeal governed
    by an appeal ("called on the United States to pressure Israel"), or an act whose doers are
    the words the governing act is aimed at ("urged the UN to press Israel": the UN presses)."""
    if outer.plover == "REQUEST" and outer.recipients:
        return True
    doers = {(a.start, a.end) for a in inner.actors}
    return bool(doers) and doers == {(r.start, r.end) for r in outer.recipients}



ADOPTING_VERBS = WORD_SETS["ADOPTING_VERBS"]
ADOPTED_TEXTS = WORD_SETS["ADOPTED_TEXTS"]
SIGNED_ALONE = WORD_SETS["SIGNED_ALONE"]
SETTING_MARKS = WORD_SETS["SETTING_MARKS"]
SETTING_PREPS = WORD_SETS["SETTING_PREPS"]
CONTRAST_MARKS = WORD_SETS["CONTRAST_MARKS"]
CONTRAST_PAUSES = WORD_SETS["CONTRAST_PAUSES"]
CONTRAST_SAME_PRONOUNS = WORD_SETS["CONTRAST_SAME_PRONOUNS"]
TRAVEL_NOUNS = WORD_SETS["TRAVEL_NOUNS"]
ANSWER_NOUNS = WORD_SETS["ANSWER_NOUNS"]


def promised_party(outer: Event, event: Event) -> list:
    """"promised his Argentine counterpart that Brasilia would help finance a pipeline": the
    party the governing verb is told to (its object or indirect object) is whom the act it
    governs is for, when that act names nobody else. (Its own recipients, or the actor again,
    keep it as it is.)"""
    if event.recipients or outer.trigger.pos_ not in ("VERB", "AUX"):
        return []
    told = [c for c in outer.trigger.children if c.dep_ in ("dobj", "dative")]
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in told]
    own = {a.actor.code for a in event.actors}
    return [r for r in outer.recipients if r.actor.code and r.actor.code not in own
            and any(start <= r.start and r.end <= end for start, end in spans)]


def named_beats_guess(main: Event, purpose: Event) -> bool:
    """"rallied in Kiev to protest against President Yanukovich's decision to shelve a pact with
    the EU": whom a purpose clause of the same act names beats the one other party guessed for the
    main verb. (A protest held to demand something is aimed at whom the demand is made of:
    "blocked roads to demand that the prime minister step down".)"""
    same_act = main.plover == purpose.plover or (main.plover, purpose.plover) == ("PROTEST", "REQUEST")
    return bool(purpose.recipients) and bool(main.recipients) and same_act \
        and all(r.via.startswith("the one other party") for r in main.recipients) \
        and not any(r.via.startswith(("the one other party", "domestic")) for r in purpose.recipients)


def participle_clause(token: Token) -> Token | None:
    """The participle or purpose clause ("..., calling for reforms", "... to reassert control")
    the trigger heads or stands in."""
    node = token
    for _ in range(3):
        if node.dep_ == "advcl" and node.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
            return node
        if node.dep_ == "advcl" and node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in node.children):
            return node  # "sent units to the south to reassert control": the purpose, not an act
        if node.dep_ not in ("xcomp", "dobj", "prep", "pobj", "conj"):  # (", killing 25 and wounding 40")
            return None
        node = node.head
    return None


def misread_main_verb(token: Token) -> Token | None:
    """For a participle hung on a sentence-root noun ("X boycotted parliament, demanding ..."
    read as one noun phrase), the verb the parser took for a modifier of that noun."""
    head = token.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in head.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < token.i), None)


def purpose_of_event_noun(token: Token, triggers: dict) -> bool:
    """Whether the trigger is a "to" infinitive governed by a verb whose direct object is
    another event's noun ("staged a sit-in to protest", "began a hunger strike to demand")."""
    if token.dep_ != "xcomp" or token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in token.children):
        return False
    verb = token.head
    return any(c.dep_ == "dobj" and c.i < token.i and c.i in triggers and c.pos_ == "NOUN"
               and triggers[c.i] is not triggers.get(token.i) for c in verb.children)


def switch_of_ties(event: Event, setting: Token, events: list[Event]) -> bool:
    """Ties cut (16x) with one party in a time clause of ties established (05x) with another,
    by the same actor: a switch of recognition."""
    if event.code.root != "16" or setting.lower_ not in ("after", "before") or not event.recipients:
        return False
    inside = {t.i for t in setting.subtree}
    cut = {r.actor.code for r in event.recipients}
    return any(other is not event and other.trigger.i not in inside and other.code.root == "05"
               and {a.actor.code for a in other.actors} & {a.actor.code for a in event.actors}
               and other.recipients and not {r.actor.code for r in other.recipients} & cut
               for other in events)


def contrastive_clause(node: Token) -> bool:
    """A clause opened by "while" or "whereas" that follows its main clause and has a subject of
    its own, another than the main clause's: "Germany condemned the test, while France called for
    calm" tells France's own act, in contrast, not when or why Germany acted. (Not a clause of
    time: "while troops were shelling the town", an ongoing "-ing"; "while visiting Paris" has no
    subject; "while he was in Paris", the main subject again; "while" with no comma before it.)"""
    if node.dep_ not in ("advcl", "conj") or node.i < node.head.i or node.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
    if mark is None or node.tag_ == "VBG":
        return False
    if mark.lower_ in SETTING_MARKS and (mark.i == 0 or mark.nbor(-1).text not in CONTRAST_PAUSES):
        # ("Troops opened fire while protesters threw stones": a "while", which may also tell time,
        # with no comma before it tells what went on at the time; the comma sets off a second
        # party's act. "whereas" tells only contrast.)
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    main = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or main is None or subject.lower_ == main.lower_:
        return False
    return not (subject.pos_ == "PRON" and main.pos_ != "PRON" and subject.lower_ in CONTRAST_SAME_PRONOUNS)


def setting_clause(token: Token) -> Token | None:
    """The adverbial clause of time or cause the trigger stands in, if any (not a clause of
    contrast: ``contrastive_clause``)."""
    node = token
    while node.head.i != node.i:
        if contrastive_clause(node):
            return None
        if node.dep_ in ("advcl", "conj") and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in node.children):
            return node  # (a conjunct with "after" is an adverbial clause misread: ", a day after the government banned rallies")
        if node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "prep" and node.head.lower_ in SETTING_PREPS:
            return node.head  # "as protests spiralled", "amid clashes", "after days of fighting"
        if node.dep_ == "dobj" and node.head.dep_ == "prep" and node.head.lower_ == "following":
            return node.head  # ("following a spate of shootings": the preposition parsed as a verb)
        if node.dep_ == "pobj" and node.head.lower_ == "on" and node.lemma_.lower() in TRAVEL_NOUNS \
                and node.head.head.pos_ in ("PROPN", "NOUN"):
            return node.head  # "Modi, on a visit to Washington, signed ...": the occasion of the act
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "to") \
                and node.head.head.lemma_.lower() in ANSWER_NOUNS:
            return node.head  # "in retaliation for the assassination of its leader"
        if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and node.head.pos_ in ("NOUN", "PROPN"):
            # "after a wave of prison riots and car bombings": a noun coordinated with another
            # stands in the same phrase (a coordinated verb is a clause of its own).
            node = node.head
            continue
        if node.dep_ in ("conj", "ccomp", "relcl", "parataxis"):
            return None
        node = node.head
    return None


def content_of_document(event: Event, outer: Event) -> bool:
    """The event is what a statement noun says ("a resolution rejecting ...") and that noun is
    the object of a verb that adopts or issues it ("adopted", "approved"), whose subject wrote it.
    (Not a verb that answers someone else's text: "vetoed a resolution condemning ...".)"""
    trigger = event.trigger
    return trigger.dep_ in ("acl", "relcl") and trigger.head.dep_ == "dobj" \
        and trigger.head.lemma_.lower() in ADOPTED_TEXTS \
        and trigger.head.head.i == outer.trigger.i and outer.trigger.lemma_.lower() in ADOPTING_VERBS \
        and (outer.trigger.lemma_.lower() != "sign" or trigger.head.lemma_.lower() in SIGNED_ALONE) \
        and statement_author(trigger) is not None


def same_state(orderer: Event, ordered: Event) -> bool:
    """The orderer and the doer of what is ordered belong to one state."""
    states = {a.actor.code[:3] for a in orderer.actors if a.actor.code}
    doers = {a.actor.code[:3] for a in ordered.actors if a.actor.code}
    return bool(states) and doers == states


def others_meeting(outer: Event, governed: Event) -> bool:
    """The governed act is a meeting noun whose parties are others than the governing act's
    ("offered to host talks between Iran and the United States")."""
    states = {a.actor.code[:3] for a in outer.actors if a.actor.code}
    parties = {a.actor.code[:3] for a in governed.actors if a.actor.code}
    return governed.trigger.pos_ == "NOUN" and governed.code.root == "03" and bool(states) and bool(parties) \
        and not states & parties


def received(event: Event) -> bool:
    return any(key == "voice" and values == ("received",) for key, values in event.entry.frame)


def dyad(event: Event) -> tuple[frozenset, frozenset]:
    return (frozenset(a.actor.code for a in event.actors), frozenset(r.actor.code for r in event.recipients))


def rejected_infinitive(token: Token) -> Token | None:
    """The verb of rejecting that a "to" infinitive (or a noun it governs) is wrongly coordinated
    with, directly or through the rejecting verb's object: "rebuffed calls to free activists and
    to start a dialogue"."""
    verb = token
    while verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in REJECTING_VERBS:
        head = head.head
    return head if head.lemma_.lower() in REJECTING_VERBS else None


def noun_infinitive_conjunct(verb: Token) -> bool:
    """A "to" infinitive coordinated with another that hangs on a noun of asking ("calls to free
    the prisoners and to open a dialogue"), with no subject of its own."""
    def infinitive(token: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    first = verb.head
    return verb.dep_ == "conj" and infinitive(verb) and infinitive(first) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and first.dep_ in ("acl", "advcl") and first.head.lemma_.lower() in ASKING_NOUNS


def asked_conjunct(verb: Token) -> bool:
    """A verb with no subject of its own coordinated with the verb of what a noun or verb of
    asking asks, in a that-clause or an infinitive ("Russia's demand that NATO halt its expansion
    and pull forces back", "called for the junta to free detainees and hold elections"): it is
    asked too. Not a verb conjoined to a main clause ("torched buildings and clashed with police")."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.pos_ not in ("VERB", "AUX") or first.dep_ not in ("acl", "ccomp", "xcomp", "advcl"):
        return False
    content = any((c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to")
                  for c in first.children)
    asker = first.head
    if asker.dep_ == "pobj" and asker.head.dep_ == "prep" and asker.head.lower_ == "for":
        asker = asker.head.head  # ("called for the junta to free ...")
    return content and (asker.lemma_.lower() in ASKING_NOUNS
                        or (asker.pos_ == "VERB" and asker.lemma_.lower() in ASKING_VERBS))


def support_for_oneself(outer: Event, inner: Event) -> bool:
    """Whether the support that a rallying act (053) asks of others is for the asker itself: whom
    the support is for is the asker, or (with no one named) what is to be backed is "its"/"his"."""
    own = {a.actor.code for a in outer.actors}
    if not own or not outer.recipients or {r.actor.code for r in outer.recipients} & own:
        return False
    if inner.recipients:
        return {r.actor.code for r in inner.recipients} <= own
    obj = object_of(inner.trigger)
    return obj is not None and backs_own(obj, {code[:3] for code in own if code})


def backs_own(backed: Token, own: set[str], reader: ArgumentReader | None = None) -> bool:
    """Whether what others are asked to back is the asker's own: it has a possessive of the asker
    ("its plan", "his peace formula", "our bid") or, given the reader, a modifier naming only the
    asker's states ("Morocco's autonomy plan", asked by Morocco). ``own`` is the asker's country
    codes (the first three letters of its actors' codes). Shared by the sweep
    (``support_for_oneself``) and the coder's recode of rallying to an appeal (recodes.py)."""
    for owner in (c for c in backed.children if c.dep_ in ("poss", "amod", "compound")):
        if owner.dep_ == "poss" and owner.lower_ in OWN_POSSESSIVES:
            return True
        if reader is not None and owner.pos_ != "PRON":
            codes = {a.actor.code[:3] for a in reader.actors_in(owner) if a.actor.code}
            if codes and codes <= own:
                return True
    return False


def criticism_of_inquiry(outer: Event, inner: Event) -> bool:
    """"blasted the FBI's investigation": PLOVER files inquiries (CAMEO 09) and criticism (11) both
    under ACCUSE, but criticising an inquiry is no inquiry said twice; the inquiry is its topic."""
    return outer.code.root == "11" and inner.code.root == "09"


def is_general(code: str) -> bool:
    """A root's "not specified below" code (190, 180, 110)."""
    return len(code) == 3 and code.endswith("0")


def says_more(specific: str, general: str) -> bool:
    """Whether ``specific`` is a code under ``general`` of the same root: under its "not
    specified below" code ("030" -> "0355") or under the code itself ("035" -> "0355")."""
    return specific != general and specific[:2] == general[:2] and len(specific) > len(general) \
        and (is_general(general) or specific.startswith(general))


VISITOR_HOSTS = WORD_SETS["VISITOR_HOSTS"]


def attributive_visiting(token: Token) -> bool:
    """"the president told visiting U.S. veterans": "visiting" right after a verb that lacks an
    object of its own names the visitors (an adjective), not a visit the subject makes."""
    head = token.head
    return (token.lemma_.lower() == "visit" and token.tag_ == "VBG" and head.i == token.i - 1
            and token.dep_ in ("xcomp", "advcl", "ccomp", "dep") and head.lemma_.lower() in VISITOR_HOSTS
            and not any(c.dep_ in ("dobj", "dative") for c in head.children)
            and not any(c.dep_ in ("nsubj", "aux") for c in token.children))
