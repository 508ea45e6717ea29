"""Finding toponyms in a parsed Doc: spaCy's place entities, but also gazetteer names in any
capitalised stretch (the small model tags many places ORG or PERSON, and names such as "US
Census Bureau" or "Colorado State University" embed one), abbreviations after a town
("Springfield, Ill."), and demonyms used as modifiers ("the Japanese government").

Every match carries its *evidence*, from strong (a place entity, "in X", "Town, State") to
weak (inside a person's name); the resolver decides with the gazetteer how much evidence a
name needs: a country or a state needs little, a village with a common-word name needs a lot.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.actors.tables import word_sets
from accord.geo.gazetteer import Gazetteer, GazetteerEntry

# The word sets are data: each one's words and why are in accord/data/words/geo_detect.tsv.
WORD_SETS = word_sets("geo_detect")

STRONG, MEDIUM, WEAK = 3, 2, 1

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NON_PLACE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"}
MINOR_PRIOR = 5.0  # log10 population under ~100,000 and not a capital or region
CONNECTORS = WORD_SETS["CONNECTORS"]
LOCATIVE = WORD_SETS["LOCATIVE"]
LOCATIVE_SKIP = {"the", "central", "northern", "southern", "eastern", "western", "north", "south", "east",
                 "west", "downtown", "rural", "coastal", "neighbouring", "neighboring", "nearby", "and", ","}
NOT_ALONE = WORD_SETS["NOT_ALONE"]
FACILITY_WORDS = WORD_SETS["FACILITY_WORDS"]
ROLE_NOT_PLACE = WORD_SETS["ROLE_NOT_PLACE"]
LANDFORM_WORDS = WORD_SETS["LANDFORM_WORDS"]


@dataclass
class Mention:
    start: int        # token span
    end: int
    start_char: int
    text: str
    evidence: int
    why: str
    demonym: GazetteerEntry | None = None
    entity: str = ""      # spaCy's label of the entity the match sits in, if any
    whole_entity: bool = False
    embedded: bool = False  # part of a longer capitalised name ("New Quay RNLI", "Alder Hey Hospital")


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() is False and text.isupper())


def _line_break(doc: Doc, i: int) -> bool:
    """A line break between token i and token i+1."""
    return "\n" in doc[i].whitespace_ or "\n" in doc[i].text


def person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names ("Jordan Henderson"): alone later in the text they
    refer to the person, not to a place."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            words.update(t.text for t in ent if t.text[:1].isupper())
    for person in doc._.persons or []:
        parts = person.name.split()
        if len(parts) >= 2:
            words.update(parts)
    return words


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    ent_at: dict[int, Span] = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_at[i] = ent
    lower_words = {t.text for t in doc if t.text.islower()}
    names_of_people = person_words(doc)
    place_words = {t.text for ent in doc.ents if ent.label_ in PLACE_LABELS for t in ent}
    mentions: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        ent = ent_at.get(i)
        blocked = ent is not None and ent.label_ in NON_PLACE_LABELS and (
            token.pos_ != "PROPN" or any(t.like_num for t in ent))
        if blocked or not _capitalised(token.text) or token.is_punct:
            i += 1
            continue
        demonym = _demonym_at(doc, i, gazetteer)
        match = _longest_name(doc, i, gazetteer)
        if demonym is not None and (match is None or match <= demonym[0]):
            end, entry = demonym
            if _is_modifier(doc, i, end, gazetteer):
                mentions.append(Mention(i, end, token.idx, doc[i:end].text, MEDIUM, "demonym used as a modifier",
                                        demonym=entry, entity=ent.label_ if ent is not None else ""))
            i = end
            continue
        if match is None or token.lower_ == "the":
            i += 1  # "The Washington Post": the name starts after "The"
            continue
        end = match
        if end == i + 1 and end + 1 < n and doc[end].text == "of" and _name_word(doc, end + 1) \
                and _minor(gazetteer, token.text) and not (ent is not None and ent.label_ in PLACE_LABELS
                                                            and ent.end == end):
            # "the Line of Control": a word heading a longer "X of Y" name whose only readings are
            # small towns is a generic word, not a place; so is such a one-word tail ("Control").
            i = end + 1
            if _name_word(doc, i) and not _name_word(doc, i + 1) and _minor(gazetteer, doc[i].text):
                i += 1
            continue
        if end < n and doc[end].lower_ in LANDFORM_WORDS and doc[end].text[:1].isupper() \
                and _minor(gazetteer, doc[i:end].text):
            # ("the Swat Valley", "the Bekaa Valley" keep their district or province.)
            i = end + 1
            continue
        span = doc[i:end]
        mention = _judge(doc, span, ent_at, lower_words, names_of_people, gazetteer.demonyms, place_words)
        if mention is not None:
            mentions.append(mention)
        i = end
    _abbreviations(doc, gazetteer, mentions, ent_at)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _minor(gazetteer: Gazetteer, word: str) -> bool:
    """A word whose every gazetteer reading is a small town (no capital, region or city of note)."""
    return all(c.prior < MINOR_PRIOR for c in gazetteer.candidates(word))


def _longest_name(doc: Doc, i: int, gazetteer: Gazetteer) -> int | None:
    """End of the longest gazetteer name starting at token i, or None."""
    n = len(doc)
    best = None
    last = min(n, i + gazetteer.max_tokens)
    end = i + 1
    while end <= last:
        tail = doc[end - 1]
        if end - 1 > i and _line_break(doc, end - 2):
            break
        if end - 1 > i and tail.is_punct and tail.text not in ("-", "'s", "’s", "."):
            break
        if tail.text[:1].isupper() and (tail.text.lower() not in ("'s", "’s")):
            text = doc[i:end].text
            if gazetteer.knows(text) and not (end - i == 1 and len(text) < 3 and not text.isupper()):
                best = end
        elif tail.lower_ not in CONNECTORS and not tail.text.endswith("."):
            break
        end += 1
    return best


def _judge(doc: Doc, span: Span, ent_at: dict[int, Span], lower_words: set[str],
           names_of_people: set[str], demonyms: dict, place_words: set[str]) -> Mention | None:
    ents = {ent_at[i] for i in range(span.start, span.end) if i in ent_at}
    ent = next(iter(ents)) if len(ents) == 1 else None
    label = ent.label_ if ent is not None else ""
    whole = ent is not None and _strip_the(ent) == (span.start, span.end)
    text = span.text
    single = len(span) == 1
    first = doc[span.start]
    if first.lower_ in ROLE_NOT_PLACE:
        return None
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in ROLE_NOT_PLACE:
        return None  # "Mr Washington", "Dr Paris"
    if label in PLACE_LABELS:
        evidence, why = STRONG, f"a place entity ({label})"
    elif _after_locative(doc, span.start) and (label != "PERSON" or whole):
        evidence, why = STRONG, "a gazetteer name after a locative word"
    elif label == "PERSON" and whole and _taken_ground(doc[span.end - 1]):
        evidence, why = MEDIUM, "a gazetteer name taken by force ('captured Avdiivka')"
    elif label == "PERSON":
        if not whole:
            return None
        evidence, why = WEAK, "a gazetteer name the model took for a person"
    elif label:
        evidence, why = MEDIUM, f"a gazetteer name inside a {label} entity"
    elif first.pos_ == "PROPN" or text.isupper() or len(span) > 1:
        evidence, why = MEDIUM, "a capitalised gazetteer name"
    else:
        return None
    if single and (first.lower_ in NOT_ALONE or first.text in demonyms):
        return None
    if single and len(span) == 1 and doc[span.end:span.end + 1].text.lower() in FACILITY_WORDS and evidence < STRONG:
        return None
    if evidence < STRONG and single:
        word = first.text
        if first.is_stop or word.lower() in lower_words:
            return None
        if word in names_of_people and word not in place_words:
            return None
    embedded = not (whole and label in PLACE_LABELS) and (
        _name_word(doc, span.start - 1) or _name_word(doc, span.end))
    return Mention(span.start, span.end, span.start_char, text, evidence, why, entity=label, whole_entity=whole,
                   embedded=embedded)


TAKING_GROUND = WORD_SETS["TAKING_GROUND"]


def _taken_ground(head: Token) -> bool:
    """Whether a name is what a verb of taking ground takes, in a clause whose subject is no
    officer of the law ("rebels seized Goma", "Avdiivka was captured"; not "police captured Escobar")."""
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in TAKING_GROUND:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lemma_.lower() not in LAW_OFFICERS


LAW_OFFICERS = WORD_SETS["LAW_OFFICERS"]


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word at i that continues a name (not a sentence start, not punctuation)."""
    if i < 0 or i >= len(doc):
        return False
    tok = doc[i]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    if i + 1 < len(doc) and doc[i + 1].is_sent_start and i < doc[i].i:
        return False
    return True


def _strip_the(ent: Span) -> tuple[int, int]:
    start = ent.start
    if ent[0].lower_ == "the" and len(ent) > 1:
        start += 1
    end = ent.end
    if end - start > 1 and ent.doc[end - 1].text in ("'s", "’s"):
        end -= 1
    return start, end


def _after_locative(doc: Doc, start: int) -> bool:
    j = start - 1
    steps = 0
    while j >= 0 and steps < 3:
        word = doc[j].lower_
        if word in LOCATIVE:
            return True
        if word not in LOCATIVE_SKIP:
            return False
        j -= 1
        steps += 1
    return False


def _demonym_at(doc: Doc, i: int, gazetteer: Gazetteer) -> tuple[int, GazetteerEntry] | None:
    if i + 1 < len(doc):
        two = f"{doc[i].text} {doc[i + 1].text}"
        if two in gazetteer.demonyms:
            return i + 2, gazetteer.demonyms[two]
    entry = gazetteer.demonyms.get(doc[i].text)
    if entry is not None:
        return i + 1, entry
    return None


def _is_modifier(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """"the Japanese government", "German, Irish and other immigrants", "Syrian-Turkish border":
    the demonym modifies a noun. Not "an American", "were British", "speaks Spanish"."""
    word = doc[end - 1].text
    if word.endswith("s") and word[:-1] in gazetteer.demonyms and not word.endswith("ss"):
        return False  # a plural: people ("Americans"), not a place
    j = end
    steps = 0
    while j < len(doc) and steps < 8:
        tok = doc[j]
        if _line_break(doc, j - 1):
            return False
        if tok.pos_ in ("NOUN", "PROPN") and tok.text not in gazetteer.demonyms:
            return True
        if tok.text in ("-", "–", "/", "and", "or") or tok.text in gazetteer.demonyms or tok.pos_ in ("ADJ", "NUM"):
            j += 1
            steps += 1
            continue
        if tok.text == "," and j + 1 < len(doc) and (doc[j + 1].text in gazetteer.demonyms or doc[j + 1].pos_ == "ADJ"):
            j += 1
            steps += 1
            continue
        return False
    return False


def _abbreviations(doc: Doc, gazetteer: Gazetteer, mentions: list[Mention], ent_at: dict[int, Span]) -> None:
    """State abbreviations: "Ill.", "Calif." anywhere capitalised; two-letter postal codes
    ("TX", "BC") only right after "Town," or inside a place entity."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.i in taken or token.text not in gazetteer.abbreviations:
            continue
        text = token.text
        postal = text.isupper() and "." not in text
        after_town = token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].text[:1].isupper()
        in_place = token.i in ent_at and ent_at[token.i].label_ in PLACE_LABELS
        if postal and not (after_town or in_place):
            if not token.text.isupper() or token.i in ent_at and ent_at[token.i].label_ == "PERSON":
                continue
            # "BC Hydro", "FrontCounter BC": kept only if the article is about that country.
            mentions.append(Mention(token.i, token.i + 1, token.idx, text, WEAK, "a state or province abbreviation"))
            continue
        mentions.append(Mention(token.i, token.i + 1, token.idx, text, STRONG if after_town else MEDIUM,
                                "a state or province abbreviation"))
