"""The event lexicon: which word in which syntactic frame codes which CAMEO event.

Entries live in ``accord/data/lexicon/*.tsv``, one file per group of CAMEO roots (format
documented in each header), plus imported files (``imported_*.tsv``, converted from other
projects' dictionaries) whose entries are tried only after every hand-written entry of the same
word. This module parses them and checks a candidate trigger token against an entry's frame.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from accord.actors.tables import data_dir, read_tsv
from accord.events.entries import ACTOR_OBJECT, PERSON_OBJECT, PLACEHOLDERS, LexiconEntry, parse_frame
from accord.events.syntax import OBJECT_CONTROL as OBJECT_CONTROL_VERBS


OBJECT_DEPS = ("dobj", "obj", "attr")
TIME_SPANS = {"hour", "day", "week", "month"}  # given as a deadline: "gave Qatar ten days to comply"

# Lexicon files converted from other dictionaries: a lower tier than the hand-written ones.
IMPORTED_PREFIX = "imported_"
PASSIVE_SUBJECT_DEPS = ("nsubjpass",)


class Lexicon:
    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self._index: dict[tuple[str, str], list[LexiconEntry]] = {}
        for entry in entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for options in self._index.values():
            # Hand-written entries before imported ones; then most constraints first; among as
            # many, word lists before placeholders ("ordered the newspaper to suspend" is a
            # closure before "ordered an actor to act"); then file order.
            options.sort(key=lambda e: (e.tier, -len(e.frame), sum(values in PLACEHOLDERS for _, values in e.frame)))

    def lemmas(self) -> set[str]:
        return {lemma for lemma, _ in self._index}

    def entries_for(self, lemma: str, pos: str) -> list[LexiconEntry]:
        """A word's entries in the order they are tried."""
        return list(self._index.get((lemma, pos), []))

    def candidates(self, token: Token) -> list[LexiconEntry]:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") \
            else "ADJ" if token.pos_ == "ADJ" else None
        if pos is None:
            return []
        lemma = token.lemma_.lower()
        found = self._index.get((lemma, pos), [])
        if not found and pos == "VERB" and lemma.endswith("ie") and token.lower_.endswith("ied"):
            # The model leaves unknown "-ied" verbs half-lemmatised ("reoccupied" → "reoccupie").
            found = self._index.get((lemma[:-2] + "y", pos), [])
        return found


def lexicon_files(directory: Path | None = None) -> list[Path]:
    """The lexicon: one TSV per group of CAMEO roots in ``data/lexicon/``."""
    directory = directory or data_dir() / "lexicon"
    return sorted(directory.glob("*.tsv"))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    entries = []
    for path in lexicon_files(directory):
        entries.extend(read_lexicon_file(path))
    return Lexicon(entries)


def read_lexicon_file(path: Path) -> list[LexiconEntry]:
    entries = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [cell.strip() for cell in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if len(cells) < 4 or not row.get("lemma") or not row.get("cameo"):
                raise ValueError(f"{path.name} line {number}: expected lemma, pos, frame, cameo[, note]")
            entries.append(LexiconEntry(
                lemma=row["lemma"].lower(), pos=row["pos"].upper(), frame=parse_frame(row["frame"]),
                cameo=row["cameo"], note=row.get("note", ""), line=number, file=path.name,
                tier=1 if path.name.startswith(IMPORTED_PREFIX) else 0,
            ))
    return entries


QUANTITY_NOUNS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                  "number", "part", "some", "many", "all", "most", "group", "batch", "wave", "series",
                  "couple", "handful", "lot", "lots", "team", "contingent", "unit", "total", "mission", "delegation",
                  "truck", "lorry", "shipload", "boatload", "round", "billion", "billions", "trillion", "shipment",
                  "consignment", "fleet", "stock", "cargo", "load", "quantity", "pair"}


def object_of(token: Token) -> Token | None:
    """The verb's direct object, or its passive subject (what was signed, attacked, ...).

    A quantity is looked through: in "mobilised thousands of reservists" the object is
    "reservists"."""
    children = sorted(token.children, key=lambda c: c.dep_ not in OBJECT_DEPS)
    # (A passive with an object left, "was granted asylum": the object is what was given.)
    for child in children:
        if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
            return _through_quantity(child)
    if token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.head.i > token.i \
            and token.head.pos_ in ("NOUN", "PROPN") and token.sent.root.pos_ in ("NOUN", "PROPN"):
        # "Ethiopian tanks battered Islamist positions" read as one noun phrase: the finite verb
        # taken for a modifier of its object.
        return _through_quantity(token.head)
    for child in token.children:
        # "condemned as unacceptable the alleged involvement of Indian agents", "rejected as
        # baseless the accusations": the model reads the shifted object as the object of "as".
        if child.dep_ == "prep" and child.lower_ == "as" and child.i + 1 < len(token.doc):
            adjective = token.doc[child.i + 1]
            shifted = next((g for g in child.children if g.dep_ == "pobj"), None)
            if shifted is not None and adjective.pos_ == "ADJ" and adjective.head.i == shifted.i and any(
                    c.dep_ == "det" and c.i > adjective.i for c in shifted.children):
                return shifted
    shifted = _shifted_past_recipient(token)
    if shifted is not None:
        return _through_quantity(shifted)
    for child in token.children:
        # "sealed off the city": the small model may hang the object on the particle.
        if child.dep_ == "prt":
            held = next((g for g in child.children if g.dep_ == "pobj"), None)
            if held is not None:
                return held
    for child in token.children:
        # "met Ethiopian Prime Minister Abiy Ahmed on the sidelines": the small model may read a
        # titled name right after the verb as an adverbial noun; it is the object.
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.left_edge.i == token.i + 1 \
                and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return child
    for child in token.children:
        # "gave Qatar ten days to comply": after an indirect object the model may read the time
        # given as an adverbial noun; it is what was given.
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and child.lemma_.lower() in TIME_SPANS \
                and any(c.dep_ == "dative" and c.i < child.i for c in token.children):
            return child
    shared = _raised_object(token)
    if shared is not None:
        return _through_quantity(shared)
    # "allowed candidate X to participate", "forced the paper to close": spaCy often hangs the
    # object of such verbs as the subject of a to-infinitive clause.
    for child in token.children:
        if child.dep_ == "ccomp" and _is_reduced_relative(child, token):
            # "pardoned a dozen Ugandan soldiers captured in the clashes": the model reads the
            # participle describing the object as a clause with the object as its subject.
            return next(c for c in child.children if c.dep_ == "nsubj")
        if child.dep_ == "ccomp" and (_is_infinitive(child) or _is_small_clause(child)):
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return _through_quantity(subject)  # "allowed dozens of aid trucks to enter"
    return None


def _raised_object(verb: Token) -> Token | None:
    """"will finance and build a new expressway": two verbs joined by "and"/"or" right next to
    each other share the object the parser hangs on the second."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].head.i != verb.i:
        return None
    partner = doc[verb.i + 2]
    if partner.dep_ != "conj" or partner.head.i != verb.i or partner.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" for c in verb.children):
        return None
    return next((c for c in partner.children if c.dep_ in OBJECT_DEPS), None)


def _shifted_past_recipient(verb: Token) -> Token | None:
    """"handed over to the United States a man wanted for ...": a long object moved after the
    "to" phrase. The small model makes it the subject of the participle that describes it; a
    noun right after the phrase, subject of a bare participle hung on the verb, is the object."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               and any(g.dep_ == "pobj" for g in c.children)), None)
    if to is None or to.right_edge.i + 1 >= len(verb.doc):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "conj", "ccomp", "acl") or clause.tag_ not in ("VBN", "VBD") \
                or clause.i < to.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i < clause.i \
                and subject.left_edge.i == to.right_edge.i + 1 \
                and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children):
            return subject
    return None


def _through_quantity(noun: Token, counters: set[str] = QUANTITY_NOUNS) -> Token:
    """"thousands of reservists": the noun a quantity (one of ``counters``) counts."""
    if noun.lemma_.lower() in counters or noun.lower_ in counters:
        of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    return noun


def _is_reduced_relative(clause: Token, verb: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.tag_ in ("VBN", "VBD") and subject is not None and subject.pos_ in ("NOUN", "PROPN") \
        and subject.left_edge.i == verb.i + 1 and subject.i == clause.i - 1 \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children)


def _is_small_clause(clause: Token) -> bool:
    """"allowed investigators access to the site", "allowed inspectors back into the country":
    a bare clause with no tense, auxiliary or "that", which the parser makes of a verb's object
    and what follows it."""
    return clause.head.lemma_.lower() in SMALL_CLAUSE_VERBS and (
        clause.tag_ in ("VB", "VBP") or clause.pos_ in ("ADV", "ADP")) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


# Verbs that take an object and a bare clause after it ("let them in", "allowed X access").
SMALL_CLAUSE_VERBS = {"allow", "permit", "let", "grant", "deny", "give", "refuse", "help", "make"}


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governed_infinitives(token: Token) -> list[Token]:
    """The to-infinitives a verb governs: "agreed to sign", and the same with the infinitive
    parsed as an adverbial or clausal complement ("have sworn to fight", advcl)."""
    return [c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and _is_infinitive(c)) or (
        c.dep_ == "advcl" and _is_infinitive(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]


def governed_clause(token: Token) -> Token | None:
    """The verb of a finite clause the trigger governs ("warned that police will ...")."""
    return next((c for c in token.children if c.dep_ == "ccomp" and not _is_infinitive(c)
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)


def stative_subject(token: Token) -> Token | None:
    """The subject of "X is opposed to": the participle's passive subject, or the subject the
    parser hangs from its auxiliary ("Ukraine" under "is")."""
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return child
    for aux in token.children:
        if aux.dep_ == "auxpass":
            subject = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return None


def is_stative_passive(token: Token) -> bool:
    """"Israel is opposed to", "Vietnam is committed to": a passive participle that states
    its subject's position; no agent."""
    return stative_subject(token) is not None and not any(c.dep_ == "agent" for c in token.children)


RECEIVED_FROM = ("from", "by", "of", "among")


def received_from(entry: "LexiconEntry", token: Token) -> Token | None:
    """The object of the first "from/by/of/among" phrase on the trigger or its object: who
    gives what the subject receives ("drew criticism from Turkey", "won the backing of
    Brazil")."""
    holders = list(_prep_holders(entry, token))
    # ("came under criticism from Germany": the phrase hangs on what the subject came under.)
    holders += [g for h in list(holders) for c in _preps_of(h) if c.lower_ not in RECEIVED_FROM
                for g in _prep_objects(c)]
    for holder in holders:
        for child in _preps_of(holder):
            if child.dep_ in ("prep", "agent") and child.lower_ in RECEIVED_FROM:
                for pobj in _prep_objects(child):
                    return pobj
    return None


def governing_support_verb(token: Token) -> Token | None:
    """The verb a noun trigger is the object of ("launched war games")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


@lru_cache(maxsize=1)
def phase_verbs() -> frozenset[str]:
    """Support verbs that only tell the phase of their event noun ("completed", "speeded up")."""
    return frozenset(row["lemma"] for row in read_tsv(data_dir() / "support_verbs.tsv") if row.get("phase") == "yes")


# Verbs saying that an event noun happened ("fighting erupted between X and Y", "clashes broke
# out in Tripoli"): the phrases the parser hangs on them belong to the noun.
OCCURRENCE_VERBS = {"erupt", "break", "flare", "rage", "resume", "continue", "intensify", "escalate", "spread",
                    "occur", "take", "start", "begin", "persist"}


def _prep_holders(entry: LexiconEntry, token: Token) -> list[Token]:
    """Where a trigger's prepositional phrases hang: the word itself; for a noun that is the
    object of a phase verb, the verb too ("completed its withdrawal from the capital"); for a
    verb, its direct object too, where the parser often hangs the phrase ("stripped opposition
    figures of their citizenship")."""
    if entry.pos == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in phase_verbs():
        return [token, token.head]
    if entry.pos == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in OCCURRENCE_VERBS:
        return [token, token.head]  # "fighting erupted between the army and the RSF"
    if entry.pos == "VERB":
        holders = [token]
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is None and token.dep_ == "amod" and token.head.dep_ == "ROOT":
            obj = object_of(token)  # a finite verb read as the modifier of its object ("played host to")
        if obj is not None:
            holders.append(obj)
        # "handed Tunisia 100 million euros in budget support": with two objects, the phrase may
        # hang on the second.
        holders.extend(c for c in token.children if c.dep_ == "dobj" and c is not obj)
        through = object_of(token) if obj is not None else None
        if through is not None and through not in holders:
            holders.append(through)  # "hosted another round of talks between ...": the talks, not the round
        # "pulled back from the town", "moved away from the border": the parser hangs the
        # phrase on an adverb particle right after the verb.
        holders.extend(c for c in token.children if c.dep_ == "advmod" and c.i == token.i + 1
                       and c.lower_ in DIRECTION_PARTICLES)
        return holders
    return [token]


DIRECTION_PARTICLES = {"back", "away", "out", "off"}


def _preps_of(holder: Token) -> list[Token]:
    """A word's children, plus the inner preposition of a two-word one that the parser nests:
    "pulled out of the initiative" has "out" (a preposition or a particle) and, under it, "of
    the initiative"."""
    children = list(holder.children)
    return children + [g for c in children if c.dep_ in ("prep", "prt") and not any(x.dep_ == "pobj" for x in c.children)
                       for g in c.children if g.dep_ == "prep"]


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, looking through a quantity: in "supplied Russia with
    hundreds of drones" the object of "with" is "drones"."""
    objects = []
    for g in prep.children:
        if g.dep_ not in ("pobj", "pcomp"):
            continue
        objects.append(g)
        if g.lemma_.lower() in QUANTITY_NOUNS or g.lower_ in QUANTITY_NOUNS or g.lemma_.lower() in STATE_NOUNS:
            # (Also "on a state of heightened readiness", "to a level of alert".)
            objects.extend(o for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj")
    return objects


STATE_NOUNS = {"state", "level", "degree"}


CROWD_SIZES = {"ten", "dozen", "score", "hundred", "thousand", "million"}
CROWD_NOUNS = {"people", "person", "man", "woman", "child", "citizen", "resident", "youth", "mother",
               "family", "villager", "civilian"}


def bare_crowd(head: Token) -> bool:
    """A subject that is only a number of people: "Thousands", "Tens of thousands of women"
    (not "Hundreds of rockets")."""
    token = head
    while token.lemma_.lower() in CROWD_SIZES and token.pos_ in ("NOUN", "NUM"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return True
        token = pobj
    return token is not head and token.lemma_.lower() in CROWD_NOUNS


def _subject_words(subject: Token) -> set[str]:
    """The subject's words and modifiers, looking through "the first batch of", "the
    deployment of" to what the phrase is made of."""
    heads = [subject] + [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
    # "a freighter carrying 5,000 tonnes of rice", "convoys loaded with flour": what it carries.
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in CARGO_VERBS:
            cargo = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            cargo += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"]
            heads += [_through_cargo(c) for c in cargo]
    words = {w for head in heads for w in (head.lemma_.lower(), head.lower_, *(
        c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound", "nmod")))}
    if bare_crowd(subject):
        words.add("crowd")  # "Tens of thousands marched": a crowd
    return words


# Verbs telling what a vehicle carries ("a convoy carrying wheat", "trucks laden with food").
CARGO_VERBS = {"carry", "transport", "bring", "ferry", "deliver", "load", "laden", "lade"}
MEASURE_NOUNS = {"tonne", "ton", "tons", "tonnes", "kg", "kilogram", "kilo", "litre", "liter", "barrel", "bag",
                 "sack", "crate", "box", "pallet", "load", "truckload", "shipload", "consignment", "shipment", "cargo"}


def _through_cargo(noun: Token) -> Token:
    """"5,000 tonnes of rice": the goods a measure counts."""
    return _through_quantity(_through_quantity(noun), MEASURE_NOUNS)


def _plural_parties(subject: Token) -> bool:
    return any(t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") for t in subject.subtree) or any(
        c.lower_ in ("both", "two") for c in subject.children)


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MULTIPLIERS = {"hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "million": 10**6,
               "millions": 10**6, "billion": 10**9}
# A quantity noun heading its object with no number of its own: "dozens of", "scores of".
VAGUE_COUNTS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6}


def _number(words: list[Token]) -> int | None:
    """The value of a number written as words or digits: "110", "8,000", "two million"."""
    value, base = None, None
    for word in words:
        text = word.lower_.replace(",", "")
        if text.isdigit():
            base = (base or 0) + int(text)
        elif text in NUMBER_WORDS:
            base = (base or 0) + NUMBER_WORDS[text]
        elif text in MULTIPLIERS:
            base = (base or 1) * MULTIPLIERS[text]
        else:
            continue
        value = base
    return value


def object_count(token: Token) -> int | None:
    """How many the verb's object counts ("killed at least 110 farmers", "murdered 8,000 men",
    "slaughtered hundreds of villagers", "killed nearly two million Cambodians"), or None."""
    if token.pos_ in ("NOUN", "PROPN"):
        # "the killing of more than 100 civilians": the noun's "of" object.
        raw = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        inner = next((g for c in (raw.children if raw is not None else ()) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    else:
        raw = next((c for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        inner = object_of(token)
    if raw is None:
        return None
    heads = [raw]
    if inner is not None and inner is not raw:
        heads.append(inner)
    for head in heads:
        if head.pos_ == "NUM" or head.like_num:
            number = _number(sorted(head.subtree, key=lambda t: t.i))
            if number is not None:
                return number
        for child in head.children:
            if child.dep_ == "nummod":
                number = _number(sorted(child.subtree, key=lambda t: t.i))
                if number is not None:
                    return number
        if head.lower_ in VAGUE_COUNTS:
            return VAGUE_COUNTS[head.lower_]
    return None


# An object that is a sum of money, a measure of goods or the people of a body is read through to
# what it is of: "froze 5 million euros of development aid", "will provide $500 million in
# loans", "shipped 300,000 tonnes of rice", "expelled seven officials of U.N. aid agencies".
# (The object itself is tried first.)
MONEY_WORDS = {"million", "billion", "trillion", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "krona",
               "kronor", "krone", "peso", "rand", "naira", "shekel", "lira", "ringgit", "baht", "rupiah", "zloty",
               "forint", "hryvnia", "shilling", "taka", "dinar", "cedi", "kwacha",
               "riyal", "dirham", "rouble", "ruble", "$", "sum", "amount", "worth"}
MEMBER_WORDS = {"official", "member", "staff", "staffer", "employee", "representative", "delegation", "head",
                "chief", "leader", "personnel", "worker"}


def _made_of(obj: Token) -> Token | None:
    lemma = obj.lemma_.lower()
    preps = ("in", "of") if lemma in MONEY_WORDS else ("of",) if lemma in MEMBER_WORDS | MEASURE_NOUNS else ()
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)


# Singular forms whose lemma is also a plural's with another sense: "arms" are weapons, an "arm"
# is a limb or a company's branch ("sold its insurance arm").
OTHER_SENSE_SINGULARS = {"arm"}


def _object_word(obj: Token) -> str:
    lemma = obj.lemma_.lower()
    return "" if obj.lower_ in OTHER_SENSE_SINGULARS else lemma


# Forces of nature that kill, ravage or destroy: weather and disaster news, not an attack, however the
# tagger reads the storm's name ("Typhoon Haiyan killed more than 6,000 people", "Wildfires ravaged ...").
VIOLENT_ROOTS = {"17", "18", "19", "20"}
NATURAL_AGENTS = {"typhoon", "hurricane", "cyclone", "storm", "storms", "flood", "floods", "flooding", "earthquake",
                  "quake", "tremor", "wildfire", "wildfires", "bushfire", "bushfires", "forest-fire", "landslide",
                  "landslides", "mudslide", "mudslides", "tsunami", "drought", "heatwave", "avalanche", "tornado",
                  "monsoon", "downpour", "rain", "rains", "rainfall", "locust", "locusts", "volcano", "eruption",
                  "epidemic", "pandemic", "cholera", "ebola", "outbreak", "blizzard", "snowstorm"}


def _natural_subject(token: Token) -> bool:
    """Whether the verb's own subject (or its compound, "Typhoon Haiyan") is a force of nature."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
    if subject is None:
        return False
    words = {subject.lemma_.lower(), subject.lower_}
    words |= {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")}
    return bool(words & NATURAL_AGENTS)


def frame_fits(entry: LexiconEntry, token: Token, is_actor, is_person) -> bool:
    return frame_check(entry, token, is_actor, is_person) is None


def frame_check(entry: LexiconEntry, token: Token, is_actor, is_person) -> str | None:
    """None when every constraint of the entry's frame holds at this trigger, else the
    first constraint that failed, in words (for `accord explain`)."""
    obj = object_of(token) if entry.pos == "VERB" else None
    if entry.pos == "VERB" and entry.cameo[:2] in VIOLENT_ROOTS and _natural_subject(token):
        return "the subject is a force of nature"
    for key, values in entry.frame:
        allowed = set(values)
        if key == "obj":
            if obj is None:
                return "no object"
            if values == ("*",):
                continue
            if values == (ACTOR_OBJECT,):
                if not is_actor(obj):
                    return f"object '{obj.text}' is not an actor"
            elif values == (PERSON_OBJECT,):
                if not is_person(obj):
                    return f"object '{obj.text}' is not a person"
            elif ACTOR_OBJECT in allowed and is_actor(obj) or PERSON_OBJECT in allowed and is_person(obj):
                continue  # a list that also takes any actor or person ("obj=__ACTOR__|counterpart")
            elif _object_word(obj) not in allowed and (obj.lower_ in OTHER_SENSE_SINGULARS or obj.lower_ not in allowed) \
                    and not (
                    # "the opposition newspaper La Prensa", "the tanker Stena Impero": a name
                    # with its kind in front.
                    obj.pos_ == "PROPN" and {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"} & allowed) \
                    and not (_made_of(obj) is not None and _made_of(obj).lemma_.lower() in allowed):
                return f"object '{obj.text}' is not one of {'|'.join(values)}"
        elif key == "notobj":
            # notobj=a|b: the object is none of these ("killed hundreds of civilians", not of soldiers).
            # (For a noun, its "of" object: "the killing of hundreds of soldiers".)
            targets = [obj] if obj is not None else [] if entry.pos == "VERB" else [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in _prep_objects(c)]
            if any(t.lemma_.lower() in allowed or t.lower_ in allowed for t in targets):
                return f"object '{targets[0].text}' is one of {'|'.join(values)}"
        elif key == "objnum":
            # objnum=N: the object counts at least N ("killed more than 100 villagers").
            count = object_count(token)
            if count is None or count < int(values[0]):
                return f"the object does not count {values[0]} or more"
            # A count needs someone who does it: "more than 5,000 people were killed" is a toll.
            if entry.pos == "VERB" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in token.children) and not any(
                    c.dep_ == "agent" for c in token.children):
                return "nobody named does it (a passive with no agent)"
        elif key == "objmod" and values == (ACTOR_OBJECT,):
            # "a PKK attack", "Russia's attacks": the noun names who does it.
            head = obj if obj is not None else token
            # (Not a pronoun: "our first attack" in a match report.)
            if not any(c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON" and is_actor(c)
                       for c in head.children):
                return f"'{head.text}' has no modifier that names an actor"
        elif key == "objmod":
            head = obj if obj is not None else token
            # "opposition leader Raila Odinga": modifiers of a compound count too.
            mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")} | {
                g.lemma_.lower() for c in head.children if c.dep_ == "compound"
                for g in c.children if g.dep_ in ("amod", "compound")}
            if obj is not None and _made_of(obj) is not None:
                # "5 million euros of development aid", "officials of U.N. aid agencies"
                mods |= {c.lemma_.lower() for c in _made_of(obj).children if c.dep_ in ("amod", "compound")}
            if not mods & allowed:
                return f"'{head.text}' has no modifier {'|'.join(values)}"
        elif key == "prep":
            # "fired on Tuesday" has no "on" target: a preposition governing a date is ignored.
            children = [c for holder in _prep_holders(entry, token) for c in holder.children]
            preps = {c.lower_ for c in children if c.dep_ in ("prep", "agent", "dative")
                     and not all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
                     or c.dep_ in ("prep", "agent", "dative") and not any(g.dep_ == "pobj" for g in c.children)}
            if not preps & allowed:
                return f"no preposition {'|'.join(values)}"
        elif key == "xcomp":
            # "agree to sign", "refuse to meet": the verb governs an infinitive.
            governed = governed_infinitives(token)
            if not governed:
                return "governs no infinitive"
            if values != ("to",) and not any(c.lemma_.lower() in allowed for c in governed):
                return f"governed verb is not one of {'|'.join(values)}"
        elif key == "subj":
            # subj=plural: two or more parties act together ("Iran and Iraq met", "officials
            # from Bangladesh and Myanmar met", "both sides met"); for a noun, the subject of
            # its support verb ("French and Egyptian warships launched war games").
            # subj=a|b: the subject or one of its modifiers is one of these words
            # ("peacekeeping troops arrived").
            holder = token
            if entry.pos == "NOUN":
                holder = governing_support_verb(token)
                if holder is None:
                    return "no verb lends a subject"
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            while subject is None and holder.dep_ == "conj" and holder.head.pos_ in ("VERB", "AUX"):
                # "Rioters clashed with police and set fire to ...": a conjoined verb's subject
                holder = holder.head
                subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            while subject is None and holder.dep_ == "xcomp" and holder.head.pos_ in ("VERB", "AUX") \
                    and holder.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
                # "peacekeepers began deploying", "troops were due to land": the subject of the
                # verb governing the infinitive or gerund (not "urged Iran to ...": Iran acts).
                holder = holder.head
                subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                return "no subject"
            if values == ("plural",):
                if not _plural_parties(subject):
                    return f"subject '{subject.text}' is not two or more parties"
            elif not _subject_words(subject) & allowed:
                return f"subject '{subject.text}' is not one of {'|'.join(values)}"
        elif key == "ccomp":
            # "agreed that ...", "warned that police will no longer tolerate ...".
            clause = governed_clause(token)
            if clause is None and values != ("*",):
                # "took 20 fishermen hostage": a named word the parser reads as a clause of its own
                clause = next((c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in allowed
                               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                               and not _is_infinitive(c)), None)
            if clause is None:
                return "governs no that-clause"
            if values != ("*",) and clause.lemma_.lower() not in allowed:
                return f"clause verb '{clause.text}' is not one of {'|'.join(values)}"
        elif key == "voice" and values == ("received",):
            # voice=received: the subject receives the act from whoever "from/by/of" names
            # ("drew sharp criticism from Turkey", "came under fire from Washington").
            if received_from(entry, token) is None:
                return "no 'from', 'by' or 'of' naming who gives it"
        elif key == "voice":
            # voice=stative: "is opposed to", "is committed to"; the subject holds the position.
            if not is_stative_passive(token):
                return "not a stative passive ('is opposed to')"
        elif key == "prt":
            # "stepped down": the parser sometimes reads the particle right after the verb as advmod.
            # So it does a direction particle right after the object ("pull its forces back").
            after_obj = obj.right_edge.i + 1 if obj is not None else -1
            # And so is one read as a modifier of the object right after the verb ("set free Israeli
            # soldier Gilad Shalit": "free" as an adjective of "soldier").
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            shifted = {nxt.lower_} if nxt is not None and nxt.dep_ in ("amod", "acomp") and nxt.pos_ == "ADJ" \
                and obj is not None and nxt.head.i != token.i and nxt.i < obj.i else set()
            if not ({c.lower_ for c in token.children if c.dep_ == "prt"
                     or (c.dep_ == "advmod" and c.i == token.i + 1)
                     or (c.dep_ == "advmod" and c.i == after_obj and c.lower_ in DIRECTION_PARTICLES)} | shifted) & allowed:
                return f"no particle {'|'.join(values)}"
        elif key == "pobj":
            prep, _, first = values[0].partition(":")
            words = {first, *values[1:]}
            # pobj=with:__ACTOR__: the object of the preposition names an actor ("worked with Chile").
            # (A list may also take any actor: "pobj=to:__ACTOR__|counterpart|delegation".)
            fits = (lambda g: g.lemma_.lower() in words or ACTOR_OBJECT in words and is_actor(g))
            if not any(child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep
                       and any(fits(g) for g in _prep_objects(child))
                       for holder in _prep_holders(entry, token) for child in _preps_of(holder)):
                return f"no '{prep}' + {'|'.join(sorted(words))}"
        else:
            raise ValueError(f"unknown frame constraint {key!r} in lexicon entry {entry.label}")
    return None
