"""Who: countries, organisations, persons and sectors named in an article."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

import accord.docext  # noqa: F401  (registers the Doc extensions)
from accord.actors.eras import era_coded, load_era_table
from accord.actors.mentions import RoleMatcher, build_mentions
from accord.actors.model import Actor, ActorMention, Person
from accord.actors.names import NameMatch, NameMatcher
from accord.actors.people import as_date, load_person_base
from accord.actors.tables import ActorTables, load_actor_tables

__all__ = ["Actor", "ActorMention", "ActorStage", "Person", "load_actor_tables"]


class ActorStage:
    """Finds actor mentions and sets ``doc._.actors`` (text order) and ``doc._.persons``.

    It also corrects the model's entity labels where the tables know better: a dictionary
    country is a GPE (or NORP for a demonym), a known person's surname is a PERSON.
    """

    def __init__(self, vocab: Vocab, tables: ActorTables | None = None, data: Path | None = None):
        self.tables = tables or load_actor_tables(data)
        self.names = NameMatcher(vocab, self.tables)
        self.groups = self.tables.group_forms()
        self.roles = RoleMatcher({**{form: g.sector for form, g in self.groups.items()}, **self.tables.sectors})
        self.people = load_person_base(data)
        self.eras = load_era_table(data)

    def __call__(self, doc: Doc) -> Doc:
        names = self.names(doc)
        roles = self.roles(doc)
        on = as_date(getattr(doc._.article, "date", None))
        mentions, persons = build_mentions(doc, names, roles, self.people, on, self.groups)
        mentions = era_coded(doc, mentions, self.eras, self.people, on)
        doc._.actors = mentions
        doc._.persons = persons
        _correct_entities(doc, names, mentions)
        return doc


_LABEL_BY_FORM = {"demonym": "NORP", "organisation": "ORG", "metonym": "FAC"}


def _correct_entities(doc: Doc, names: list[NameMatch], mentions: list[ActorMention]) -> None:
    fixed = []
    for match in names:
        label = _LABEL_BY_FORM.get(match.form, "GPE")
        fixed.append(Span(doc, match.start, match.end, label=label))
    for mention in mentions:
        if mention.via == "surname":
            fixed.append(Span(doc, mention.start, mention.end, label="PERSON"))
        elif mention.name_start is not None:
            # The name part of "Kazakh President Kassym-Jomart Tokayev".
            fixed.append(Span(doc, mention.name_start, mention.end, label="PERSON"))
    keep = [ent for ent in doc.ents if not any(ent.start < f.end and f.start < ent.end for f in fixed)]
    doc.ents = filter_spans(keep + fixed)
