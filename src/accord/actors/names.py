"""Dictionary matches of country and organisation names in a Doc.

Names, aliases, demonyms, capitals and seats of government ("the Kremlin") come from the
data tables. Matching is on lower-cased tokens, with case checks afterwards so that common
words ("turkey", "chad", "us") are not read as states.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from accord.actors.tables import ActorTables, party_words, word_sets
from accord.nlp.domains import load_domain_terms, sentence_domain, story_domain

# The word sets are data: each one's words and why are in accord/data/words/actors_names.tsv.
WORD_SETS = word_sets("actors_names")

# How each kind of surface form is read when it stands for an actor.
SECTOR_BY_FORM = {"capital": "GOV", "metonym": "GOV"}


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    code: str
    name: str
    form: str  # name | alias | demonym | capital | metonym | organisation
    kind: str  # country | organisation
    sector: str | None


def spelling_variants(surface: str) -> list[str]:
    """An organisation's name as British and American copy spell it: each word of a pair in
    ``SPELLING_PAIRS`` ("organisation:organization", "co-operation:cooperation") also as its partner,
    capitalised as written ("Organisation for Security and Cooperation in Europe" for the OSCE).
    Not for a name of one word: Britain's "Labour" spelt "Labor" is the portfolio of "Labor
    Secretary Tom Perez" or Australia's and Israel's party, which the tables leave out."""
    if " " not in surface.strip():
        return [surface]
    partners = {}
    for pair in SPELLING_PAIRS:
        one, other = pair.split(":")
        partners[one], partners[other] = other, one
    variants = [""]
    for word in surface.split(" "):
        partner = partners.get(word.lower())
        forms = [word] if partner is None else [word, partner.capitalize() if word[:1].isupper() else partner]
        variants = [f"{v} {f}" if v else f for v in variants for f in forms]
    return variants


class NameMatcher:
    def __init__(self, vocab: Vocab, tables: ActorTables):
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        self._entries: dict[str, tuple[str, str, str, str, str | None]] = {}
        self._cued: set[str] = set()  # keys of names in common words, read only with a cue
        tokenizer_doc = _Tokenize(vocab)
        for country in tables.countries:
            forms = [("name", country.name)]
            forms += [("alias", a) for a in country.aliases]
            forms += [("demonym", d) for d in country.demonyms]
            forms += [("capital", c) for c in country.capitals]
            forms += [("metonym", m) for m in country.metonyms]
            for form, surface in forms:
                self._add(tokenizer_doc, surface, country.code, country.name, form, "country",
                          SECTOR_BY_FORM.get(form))
        for org in tables.organisations:
            for surface in dict.fromkeys(v for written in (org.name, *org.aliases) for v in spelling_variants(written)):
                self._add(tokenizer_doc, surface, org.code, org.name, "organisation",
                          "organisation", org.sector or None)
            for surface in org.cued:
                self._cued.add(self._add(tokenizer_doc, surface, org.code, org.name, "organisation",
                                         "organisation", org.sector or None))

    def _add(self, tok, surface, code, name, form, kind, sector) -> str:
        key = f"{kind}:{code}:{form}:{surface}"
        if key not in self._entries:
            self._entries[key] = (code, name, form, kind, sector, surface)
            self._matcher.add(key, [tok(surface)])
        return key

    def __call__(self, doc: Doc) -> list[NameMatch]:
        spans = []
        for match_id, start, end in self._matcher(doc):
            key = doc.vocab.strings[match_id]
            code, name, form, kind, sector, surface = self._entries[key]
            if not _case_fits(doc[start:end].text, surface) or _stance_prefix(doc, start) \
                    or (form == "demonym" and _movement_in_a_name(doc, start, end, surface)):
                continue
            if kind == "organisation" and _other_party(doc, start, surface):
                continue
            span = doc[start:end]
            span.label_ = key
            spans.append(span)
        spans = [span for span in spans if not _backer(doc, span.end)
                 and not _continent_part(doc, span.start, self._entries[span.label_][5])]
        spans = _organisation_over_place(spans, self._entries)
        if any(span.label_ in self._cued for span in spans):
            spans = self._with_cues(doc, spans)
        matches = []
        covered = {i for span in spans for i in range(span.start, span.end)}
        # doc.ents is rebuilt per access. A "person" made only of table names ("Croatian Serbs")
        # is the model's mistake, not a person.
        # ("Sri Lanka's government": the model's PERSON may take in the possessive ending.)
        # ("The Lib Dems": nor may it take in an article; no person's name starts with "the".)
        persons = [(e.start + (doc[e.start].lower_ == "the"), _without_possessive(doc, e.end))
                   for e in doc.ents if e.label_ == "PERSON"]
        persons = [(s, e) for s, e in persons if not all(i in covered for i in range(s, e))]
        for span in filter_spans(spans):
            code, name, form, kind, sector, _ = self._entries[span.label_]
            if _inside_longer_person(persons, span.start, span.end) and not (
                    form == "demonym" and _before_royal_title(doc, span.end)):
                continue
            if form == "capital" and _end_of_compound_place_name(doc, span.start):
                continue
            if sector in PARTY_SECTORS and (_not_the_party(doc, span.start, span.end)
                                            or _end_of_longer_name(doc, span.start, span.end, covered)):
                continue
            matches.append(NameMatch(span.start, span.end, code, name, form, kind, sector))
        matches += self._led_compounds(doc, covered)
        return _parties_of_named_states(doc, sorted(matches, key=lambda m: m.start))

    def _with_cues(self, doc: Doc, spans: list) -> list:
        """The spans less the names in common words that lack their cue: "red shirts" are
        Thailand's movement in a story that names Thailand (a Thai, Bangkok) or in a sentence
        where a word of its politics governs the name or hangs on it ("red shirt protesters", "the
        red shirts rallied"; not "the red shirts pressed the opposition"), never in a sport or
        entertainment story ("the red shirts attacked down the left as Liverpool won the match")."""
        terms = load_domain_terms()
        named = {i for span in spans for i in range(span.start, span.end)}
        homes = {self._entries[span.label_][0] for span in spans
                 if span.label_ not in self._cued and self._entries[span.label_][3] == "country"}
        story = story_domain(doc, terms, named)
        kept = []
        for span in spans:
            if span.label_ in self._cued and (
                    story is not None or sentence_domain(span.sent, terms, named) is not None
                    or (self._entries[span.label_][0][:3] not in homes
                        and not any(t.lemma_.lower() in CUED_POLITICS for t in _next_words(span)))):
                continue
            kept.append(span)
        return kept

    def _led_compounds(self, doc: Doc, covered: set[int]) -> list[NameMatch]:
        """"U.S.-led", "Saudi-led" kept whole by the tokenizer: the leader named in front is
        the actor of the coalition or force it leads ("the U.S.-led coalition struck"); "U.S.-owned",
        "U.S.-flagged": the owner of what is struck or seized ("fired missiles at a U.S.-owned
        cargo ship")."""
        if not hasattr(self, "_one_word"):
            self._one_word = {}
            for code, name, form, kind, sector, surface in self._entries.values():
                if " " not in surface:
                    self._one_word.setdefault(surface.lower(), (code, name, form, kind, sector, surface))
        found = []
        for token in doc:
            if token.i in covered or "-" not in token.text[1:]:
                continue
            prefix, _, suffix = token.text.rpartition("-")
            if suffix.lower() not in LEADER_SUFFIXES | OWNER_SUFFIXES:
                continue
            entry = self._one_word.get(prefix.lower())
            if entry is None or not _case_fits(prefix, entry[5]):
                continue
            code, name, form, kind, sector, _ = entry
            found.append(NameMatch(token.i, token.i + 1, code, name, form, kind, sector))
        return found


NOT_PARTY_NEXT = WORD_SETS["NOT_PARTY_NEXT"]
PARTY_SECTORS = WORD_SETS["PARTY_SECTORS"]
CUED_POLITICS = WORD_SETS["CUED_POLITICS"]
# How a state named right before a party or an office is attached to it: "Norway's Labour Party",
# "Irish Labour", "the Germany Foreign Office".
STATE_LINKS = {"poss", "compound", "amod", "nmod"}


def _not_the_party(doc: Doc, start: int, end: int) -> bool:
    """"Labour Day", "labour unions", "the Labour Ministry"; "the Homeland Union (Conservatives)":
    a party's name in brackets right after another name glosses that name, it is not the party
    of the table."""
    following = doc[end] if end < len(doc) else None
    if following is not None and following.lemma_.lower() in NOT_PARTY_NEXT:
        return True
    return start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
        and doc[start - 2].pos_ == "PROPN"


def _parties_of_named_states(doc: Doc, matches: list[NameMatch]) -> list[NameMatch]:
    """"Norway's Labour Party", "Canada's Conservatives", "Irish Labour", "Germany's Foreign
    Office": a party name several states' parties share, or a ministry or office of one state
    the table knows that others have too, belongs to the state named right before it and
    attached to it in the parse, not to the one the table gives."""
    out = []
    for index, match in enumerate(matches):
        before = matches[index - 1] if index else None
        if (match.sector in PARTY_SECTORS or match.form == "metonym") and before is not None \
                and before.kind == "country" and before.form in ("name", "alias", "demonym") \
                and before.code != match.code[:3] and _attached(doc, before, match):
            match = NameMatch(match.start, match.end, before.code, doc[match.start:match.end].text,
                              match.form, match.kind, match.sector)
        out.append(match)
    return out


def _attached(doc: Doc, before: NameMatch, match: NameMatch) -> bool:
    """The state's name ends right before the other name (or its possessive ending does) and
    hangs on a word of it."""
    if not (before.end == match.start or before.end + 1 == match.start and doc[before.end].tag_ == "POS"):
        return False
    last = doc[before.end - 1]
    return last.dep_ in STATE_LINKS and match.start <= last.head.i < match.end


def _without_possessive(doc: Doc, end: int) -> int:
    return end - 1 if end > 0 and doc[end - 1].tag_ == "POS" else end


class _Tokenize:
    """Tokenise table entries with a blank English tokenizer sharing the model's vocab."""

    def __init__(self, vocab: Vocab):
        from spacy.lang.en import English

        self._nlp = English(vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self._nlp.make_doc(text)


def _case_fits(found: str, surface: str) -> bool:
    # Short all-caps forms (US, UK, UN) only in capitals: "us" is a pronoun.
    if surface.isupper() and len(surface.replace(".", "")) <= 4:
        return found == surface
    # A compass point in lower case before a capitalised name is the North Korean agency's way of
    # writing the other Korea ("south Korea", "the south Korean puppet regime"): the name fits.
    # (Only the Koreas: a lower-case "south Sudan" before 2011 is a region of Sudan.)
    first, _, rest = found.partition(" ")
    if first in LOWER_COMPASS_WORDS and rest[:1].isupper() and rest.split()[0].lower() in LOWER_COMPASS_NAMES \
            and surface.lower() == found.lower():
        return True
    # Proper names must be capitalised in the text: "turkey", "chad" are words.
    return found[:1].isupper() or not surface[:1].isupper()


STANCE_PREFIXES = WORD_SETS["STANCE_PREFIXES"]
BACKER_WORDS = WORD_SETS["BACKER_WORDS"]
LEADER_SUFFIXES = WORD_SETS["LEADER_SUFFIXES"]
OWNER_SUFFIXES = WORD_SETS["OWNER_SUFFIXES"]
CONTINENT_PARTS = WORD_SETS["CONTINENT_PARTS"]
LOWER_COMPASS_WORDS = WORD_SETS["LOWER_COMPASS_WORDS"]
LOWER_COMPASS_NAMES = WORD_SETS["LOWER_COMPASS_NAMES"]
CONTINENT_FORMS = WORD_SETS["CONTINENT_FORMS"]
NEW_PLACES = WORD_SETS["NEW_PLACES"]
SPELLING_PAIRS = WORD_SETS["SPELLING_PAIRS"]


def _organisation_over_place(spans: list, entries: dict) -> list:
    """"The Hague tribunal": a state's capital or name that shares words with an organisation's
    name as long or longer is part of that name (the tribunal, not the Netherlands)."""
    bodies = [s for s in spans if entries[s.label_][3] == "organisation"]
    return [s for s in spans if entries[s.label_][3] == "organisation" or not any(
        b.start < s.end and s.start < b.end and len(b) >= len(s) for b in bodies)]


def _backer(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text in ("-", "‑") and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].lower_ in BACKER_WORDS


def _continent_part(doc: Doc, start: int, surface: str) -> bool:
    if start < 1:
        return False
    before, form = doc[start - 1].lower_, surface.lower()
    return (form in CONTINENT_FORMS and before in CONTINENT_PARTS) or (form in NEW_PLACES and before == "new")


MOVEMENT_DEMONYMS = WORD_SETS["MOVEMENT_DEMONYMS"]


def _movement_in_a_name(doc: Doc, start: int, end: int, surface: str) -> bool:
    """"The World Zionist Organization", "the Zionist Federation": a demonym that also names a
    movement is the movement's inside a capitalised name, not the state ("a Zionist air raid",
    "the Zionist regime" stay Israel)."""
    if surface.lower() not in MOVEMENT_DEMONYMS:
        return False
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start >= 1 else None
    return (after is not None and after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN")) \
        or (before is not None and before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ")
            and before.i != before.sent.start)


def _stance_prefix(doc: Doc, start: int) -> bool:
    # "pro-EU demonstrators", "anti-Russian protests": a stance, not the state or body acting.
    if start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-", "pan-"):
        return True
    return start >= 2 and doc[start - 1].text in ("-", "‑") and doc[start - 2].lower_ in STANCE_PREFIXES \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def _end_of_longer_name(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    """"Japan's Liberal Democratic Party", "Egypt's National Democratic Party": a word of party
    names bound to a party's name from the left makes it another, longer name, not the table's
    party ("House Democrats" and a place's branch, "the Florida Democratic Party", stay)."""
    if start < 1:
        return False
    before = doc[start - 1]
    return before.text[:1].isupper() and before.lower_ in PARTY_NAME_WORDS and before.i not in covered \
        and before.dep_ in ("compound", "amod") and start <= before.head.i < end


PLACE_NAME_PARTICLES = WORD_SETS["PLACE_NAME_PARTICLES"]


def _end_of_compound_place_name(doc: Doc, start: int) -> bool:
    """"Mocimboa da Praia", a town in Mozambique: a capital's name after a particle that follows a
    capitalised word ends another, longer place name and is not that capital (nor its government)."""
    return start >= 2 and doc[start - 1].lower_ in PLACE_NAME_PARTICLES and doc[start - 1].text.islower() \
        and doc[start - 2].text[:1].isupper()


ROYAL_TITLE_WORDS = WORD_SETS["ROYAL_TITLE_WORDS"]


def _before_royal_title(doc: Doc, end: int) -> bool:
    """"Thai King Bhumibol", "Saudi Crown Prince Sultan": the demonym is the title's, not the name's."""
    return end + 1 < len(doc) and doc[end].lower_ in ROYAL_TITLE_WORDS and doc[end].text[:1].isupper()


def _inside_longer_person(persons: list[tuple[int, int]], start: int, end: int) -> bool:
    # "Michael Jordan" is a person, not the country; "Jordan" alone stays a country.
    return any(p_start <= start and end <= p_end and (p_end - p_start) > (end - start) for p_start, p_end in persons)


PARTY_MEMBER_LEADS = WORD_SETS["PARTY_MEMBER_LEADS"]


PARTY_NAME_WORDS = WORD_SETS["PARTY_NAME_WORDS"]


def _other_party(doc: Doc, start: int, surface: str) -> bool:
    """"Social Democrats", "Sweden Democrats", "Liberal Democrats": a party-member word after a
    capitalised word is the end of another party's name, not the one party_words.tsv means."""
    if surface.lower() not in party_words() or start < 1:
        return False
    before = doc[start - 1]
    return before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ") and before.lower_ not in PARTY_MEMBER_LEADS


def _next_words(span) -> list:
    """The words that govern a name or hang on it: its head and the head's head (the verb of
    "red shirt protesters rallied"), and its own dependents."""
    root = span.root
    return [root.head, root.head.head, *root.children]
