"""Records the quote stage puts on the Doc."""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.actors.model import Actor


@dataclass
class Quote:
    """Who said what: content span, cue span, speaker mention and the resolved speaker.

    Offsets are character offsets into the Doc's text. ``content`` runs from the start of the
    first part to the end of the last; ``parts`` are the stretches actually quoted or reported
    (an interrupted quote "“We will,” he said, “stay.”" has two). ``speaker_name`` is None
    when the speaker could not be resolved to a named person (it is never guessed).
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
    parts: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [self.content]

    def covers(self, char: int) -> bool:
        """Whether the character lies in what is quoted (not in an attribution between parts)."""
        return any(start <= char < end for start, end in self.parts)
