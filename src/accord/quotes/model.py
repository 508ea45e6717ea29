"""Records the quote stage puts on the Doc."""

from __future__ import annotations

from dataclasses import dataclass

from accord.actors.model import Actor


@dataclass
class Quote:
    """Who said what: content span, cue span, speaker mention and the resolved speaker.

    Offsets are character offsets into the Doc's text. ``speaker_name`` is None when the
    speaker could not be resolved to a named person (it is never guessed).
    """

    id: str
    type: str  # "direct" | "indirect"
    content: tuple[int, int]
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    speaker_name: str | None = None
    speaker_actor: Actor | None = None
    reported_by: str | None = None  # id of the quote this one is nested in
    explanation: str = ""

    def covers(self, char: int) -> bool:
        return self.content[0] <= char < self.content[1]
