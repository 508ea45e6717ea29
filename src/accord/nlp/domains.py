"""Whether a sentence or a whole story is sport or entertainment news (``data/domain_terms.tsv``).

Read before any actor or event is coded: the actor stage does not take a team for its state, and
the event stage codes no event in a game report or a film review unless an office or a state body
acts in it. Both stages ask the same questions, so the answers live here, below them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from accord.actors.tables import data_dir, read_tsv, word_sets

# The word sets are data: each one's words and why are in accord/data/words/nlp_domains.tsv.
WORD_SETS = word_sets("nlp_domains")


@lru_cache(maxsize=1)
def load_domain_terms() -> dict[tuple[str, ...], str]:
    return {term_key(row["term"]): row["domain"] for row in read_tsv(data_dir() / "domain_terms.tsv")}


ARMED_SQUADS = WORD_SETS["ARMED_SQUADS"]
SCORE_RESULTS = WORD_SETS["SCORE_RESULTS"]
TALLIED_CONTESTS = WORD_SETS["TALLIED_CONTESTS"]
LABOUR_STRIKERS = WORD_SETS["LABOUR_STRIKERS"]


def sentence_domain(sent: Span, terms: dict[tuple[str, ...], str], names: set[int] = frozenset()) -> tuple[str, str] | None:
    """(domain, word) when the sentence reads as sport or entertainment news, else None.
    Words inside names (``names``: token indices of actor mentions) do not count: the Arab
    League is not a sports league."""
    # ("beat farmers with clubs", "armed with bats": a weapon named as an instrument is no sport.)
    instruments = {t.i for t in sent if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB"}
    # ("executed four convicts by firing squad", "death squads killed": no sports team.)
    armed = {t.i for t in sent if t.lemma_.lower() == "squad" and (any(
        c.dep_ in ("compound", "amod") and c.lower_ in ARMED_SQUADS for c in t.children)
        or (t.dep_ == "dobj" and t.head.lower_ == "firing"))}  # (the parser's "firing [a] squad")
    # ("workers went on strike ..., a spokesman for the strikers said": strikers of a labour strike.)
    on_strike = any(t.lemma_.lower() == "strike" and t.pos_ == "NOUN" and t.head.lower_ == "on" for t in sent)
    strikers = {t.i for t in sent if t.lemma_.lower() in LABOUR_STRIKERS} if on_strike else set()
    found = find_terms(sent, terms, skip=set(names) | instruments | armed | strikers)
    if found:
        return found[0]
    score = scoreline(sent)
    return ("sport", score) if score is not None else None


_GOALS = re.compile(r"\d{1,2}")
_SCORE = re.compile(r"(\d{1,2})-(\d{1,2})")


def scoreline(sent: Span) -> str | None:
    """The words of a game's result, a score of two small numbers hanging on a result word: "held
    on for a 1-0 win", "beat Germany 3-0", "crushed Barcelona 3-0". A vote's tally is no game's:
    "voted 13-2" and "a 5-4 ruling" hang on no result word, and "won the vote 52-48" has a
    contest of ballots for its object. A range counting a noun ("lost 10-12 policemen") hangs on
    the noun, not on the verb above it."""
    for token in sent:
        if _SCORE.fullmatch(token.text):
            start, end = token, token
        elif (_GOALS.fullmatch(token.text) and token.i + 2 < sent.end and token.nbor(1).text == "-"
              and _GOALS.fullmatch(token.nbor(2).text)):
            start, end = token, token.nbor(2)
        else:
            continue
        # (A tuple, in fixed order: a set of tokens iterates by memory address, so which of two
        # result words ("won a 3-1 victory") the explanation names would change from run to run.)
        around = (start.head, end.head)
        result = next((t for t in around if t.lemma_.lower() in SCORE_RESULTS), None)
        if result is not None and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in TALLIED_CONTESTS for c in result.children):
            return f"{sent.doc[start.i:end.i + 1].text} {result.text}"
    return None


def story_domain(doc, terms: dict[tuple[str, ...], str], names: set[int] = frozenset()) -> tuple[str, str] | None:
    """(domain, word) when the story as a whole is sport or entertainment news: its domain
    words appear in at least three sentences, or in a third of them."""
    sentences = list(doc.sents)
    hits = [found for sent in sentences if (found := sentence_domain(sent, terms, names)) is not None]
    if len(hits) >= 3 or (sentences and len(hits) * 3 >= len(sentences) and hits):
        # (Candidates in the order the story first names them, so a tie goes to the earlier one
        # whatever the hash seed: a set's order would decide it differently from run to run.)
        domain = max(dict.fromkeys(h[0] for h in hits), key=lambda d: sum(h[0] == d for h in hits))
        return domain, next(h[1] for h in hits if h[0] == domain)
    return None


def term_key(term: str) -> tuple[str, ...]:
    """A term of a word table as the lemmas it is matched by; as spaCy splits them, "kick-off" is
    three tokens."""
    return tuple(re.findall(r"[^\s-]+|-", term.lower()))


def find_terms(sent: Span, terms: dict[tuple[str, ...], str],
               skip: set[int] = frozenset()) -> list[tuple[str, str]]:
    """(label, matched words) for each term of ``terms`` in the sentence, in text order, the
    longest term first where terms overlap; tokens in ``skip`` (document indices) start none."""
    lemmas = [t.lemma_.lower() for t in sent]
    found = []
    for i in range(len(lemmas)):
        if sent.start + i in skip:
            continue
        for length in (4, 3, 2, 1):
            key = tuple(lemmas[i:i + length])
            if len(key) == length and key in terms:
                found.append((terms[key], " ".join(key)))
                break
    return found
