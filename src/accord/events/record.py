"""The record of one coded event: the trigger, the lexicon entry that fitted, the CAMEO code and
PLOVER type, who acts and who receives, the modality, and the notes that explain it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from accord.events.arguments import ArgumentActor
from accord.events.entries import LexiconEntry
from accord.events.modality import Modality
from accord.events.ontology import CameoCode


@dataclass
class Event:
    trigger: Token
    entry: LexiconEntry
    code: CameoCode
    plover: str
    actors: list[ArgumentActor]
    recipients: list[ArgumentActor]
    modality: Modality
    sentence: int
    reported_by: tuple[str | None, str] | None = None  # (speaker name, quote id)
    location: object | None = None
    notes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    generic: str = ""  # the generic code before its aim refined it ("141" for 1412), for duplicates

    def explanation(self) -> str:
        parts = [f"lexicon entry {self.entry.label} matched '{self.trigger.text}'",
                 f"→ CAMEO {self.code.code} ({self.code.name}), PLOVER {self.plover}"]
        if self.actors:
            parts.append("actor " + ", ".join(f"{a.actor.code} from '{a.text}' ({a.via})" for a in self.actors))
        if self.recipients:
            parts.append("recipient " + ", ".join(f"{a.actor.code} from '{a.text}' ({a.via})" for a in self.recipients))
        parts.extend(self.notes)
        parts.extend(self.modality.reasons)
        if self.reported_by:
            parts.append(f"reported by {self.reported_by[0] or 'an unresolved speaker'} (quote {self.reported_by[1]})")
        return "; ".join(parts)
