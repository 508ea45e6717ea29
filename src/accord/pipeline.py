"""One pass over each article: spaCy's parse, then accord's stages as spaCy components.

The stages are registered as spaCy factories here, in one place, and added after the
model's own components, so ``nlp.pipe`` runs everything in batches and every result lands
on the one Doc per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

import accord.docext  # noqa: F401
from accord.actors import ActorStage
from accord.amounts import amount_stage
from accord.events.coder import EventStage
from accord.geo import PlaceStage
from accord.ingest import Article
from accord.nlp import keep_title_abbreviations, load_model
from accord.nlp.parse_repairs import repair_parses  # noqa: F401 - registers accord_parse_repairs
from accord.nlp.wire_datelines import dateline_end
from accord.quotes import QuoteStage
from accord.serialize import doc_to_record

STAGES = ("accord_actors", "accord_places", "accord_quotes", "accord_events", "accord_amounts")


class Guarded:
    """Runs a stage so that a failure on one article marks that Doc instead of ending the
    batch: the article is reported as failed and the others go on."""

    def __init__(self, name: str, stage):
        self.name = name
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        if doc._.error:
            return doc
        try:
            return self.stage(doc)
        except Exception as exc:  # noqa: BLE001 - reported per article, never silently
            doc._.error = f"internal error in {self.name}: {type(exc).__name__}: {exc}"
            return doc


@Language.component("accord_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A new line starts a new sentence: scraped pages put titles, datelines and paragraphs
    on lines of their own, and the parser otherwise runs sentences across them. A wire
    dateline that opens a line ("MOSCOW (Reuters) -") is a sentence of its own too."""
    if not len(doc):
        return doc
    text = doc.text  # rebuilt from the tokens on every access: once is enough
    line_starts = [0]
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            line_starts.append(token.i)
    for start, next_line in zip(line_starts, line_starts[1:] + [len(doc)]):
        first = doc[start]
        end = dateline_end(text[first.idx:first.idx + 120].split("\n", 1)[0])
        story = next((t for t in doc[start:next_line] if t.idx >= first.idx + end), None) if end else None
        if story is None:
            continue
        for token in doc[start + 1:story.i]:
            token.is_sent_start = False
        story.is_sent_start = True
    return doc


@Language.factory("accord_actors", assigns=["doc._.actors", "doc._.persons", "doc.ents"], requires=["doc.ents", "token.dep"])
def _make_actor_stage(nlp: Language, name: str) -> Guarded:
    return Guarded(name, ActorStage(nlp.vocab))


@Language.factory("accord_places", assigns=["doc._.places"], requires=["doc._.actors"])
def _make_place_stage(nlp: Language, name: str) -> Guarded:
    return Guarded(name, PlaceStage())


@Language.factory("accord_quotes", assigns=["doc._.quotes"], requires=["doc._.actors"])
def _make_quote_stage(nlp: Language, name: str) -> Guarded:
    return Guarded(name, QuoteStage(parse=_model_parse(nlp)))


def _model_parse(nlp: Language):
    """Parse a text with the model's own components only (the quote stage re-reads title-case
    headlines in sentence case with it)."""
    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if not name.startswith("accord_"):
                doc = component(doc)
        return doc
    return parse


@Language.factory("accord_events", assigns=["doc._.events"], requires=["doc._.actors", "doc._.quotes", "doc._.places"])
def _make_event_stage(nlp: Language, name: str) -> Guarded:
    return Guarded(name, EventStage())


@Language.factory("accord_amounts", assigns=["doc._.amounts"], requires=["doc.ents"])
def _make_amount_stage(nlp: Language, name: str) -> Guarded:
    return Guarded(name, amount_stage)


@dataclass(frozen=True)
class Options:
    """Settings shared by the library, the CLI and (later) the server."""

    batch_size: int = 16
    workers: int = 1  # processes coding articles; 0 means one per CPU core


@dataclass(frozen=True)
class Coded:
    """An article and its record, or the reason it could not be coded."""

    article: Article
    record: dict | None
    error: str | None = None


class Pipeline:
    """The spaCy pipeline with accord's stages, in this process."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.nlp = build_nlp()

    def code(self, articles: Iterable[Article]) -> Iterator[Coded]:
        """Code articles in order; one article's failure does not stop the others."""
        docs = (self._make_doc(article) for article in articles)
        for doc in self.nlp.pipe(docs, batch_size=self.options.batch_size):
            if doc._.error:
                yield Coded(doc._.article, None, doc._.error)
                continue
            try:
                yield Coded(doc._.article, doc_to_record(doc))
            except Exception as exc:  # noqa: BLE001
                yield Coded(doc._.article, None, f"internal error in serializer: {type(exc).__name__}: {exc}")

    def code_one(self, article: Article) -> dict:
        return next(self.code([article])).record

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.article = article
        return doc


def build_nlp() -> Language:
    nlp = keep_title_abbreviations(load_model())
    if "accord_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("accord_paragraphs", before="parser")
    if "accord_parse_repairs" not in nlp.pipe_names:
        nlp.add_pipe("accord_parse_repairs")  # after the lemmatizer: repairs read lemmas
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp


def code_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[Coded]:
    """Code articles in input order, in this process or in ``options.workers`` processes.

    A run too small to fill two batches is coded here: starting workers (each loads the
    model) would cost more than it saves.
    """
    from accord.parallel import code_in_workers, worker_count

    options = options or Options()
    workers = worker_count(options.workers)
    stream = iter(articles)
    head = []
    for article in stream:
        head.append(article)
        if len(head) > options.batch_size:
            break
    if workers <= 1 or len(head) <= options.batch_size:
        yield from Pipeline(options).code(_chain(head, stream))
        return
    yield from code_in_workers(_chain(head, stream), options, workers)


def _chain(head: list[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from head
    yield from rest
