"""Remove share-widget residue ("Мой мир", "Share on Facebook", ...) from the end of a body.

Scrapers often capture the row of social buttons under an article as text. It sits at the
very end, either on its own lines or glued straight onto the last sentence with no newline
("...today.”Мой мир"). Left in, it pollutes the text every later stage analyses.
"""

from __future__ import annotations

# The button captions we recognise, matched case-insensitively. Longer captions come first
# so "Share on Facebook" is peeled as one unit rather than leaving "Share on".
SHARE_WIDGETS: tuple[str, ...] = (
    "Share this article",
    "Share on Facebook",
    "Share on Twitter",
    "Share on LinkedIn",
    "Share on WhatsApp",
    "Share on Telegram",
    "Share on X",
    "Одноклассники",
    "Share via Email",
    "LiveJournal",
    "ВКонтакте",
    "Поделиться",
    "Copy link",
    "Pinterest",
    "Facebook",
    "Telegram",
    "WhatsApp",
    "LinkedIn",
    "Мой мир",
    "Twitter",
    "E-mail",
    "Reddit",
    "Viber",
    "Share",
    "Tweet",
    "Email",
    "Print",
    "VK",
)

# Each caption may appear bare or wrapped in quotes, e.g. «Мой мир».
_QUOTES = (("«", "»"), ('"', '"'), ("“", "”"), ("'", "'"))
_FORMS: tuple[str, ...] = tuple(
    sorted(
        {w.lower() for w in SHARE_WIDGETS}
        | {f"{o}{w}{c}".lower() for w in SHARE_WIDGETS for o, c in _QUOTES},
        key=len,
        reverse=True,
    )
)
# Characters that may separate buttons in a captured row.
_SEPARATORS = " \t\u00a0|·•/"
# A glued caption is only residue if the text before it has finished its sentence;
# otherwise "...the court ordered them to Print" would lose a real word.
_SENTENCE_END = ".!?…\"”»’')]"


def strip_share_widgets(body: str) -> str:
    """Return ``body`` without trailing share-widget lines or glued widget captions."""
    lines = body.rstrip().split("\n")
    while lines:
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            break
        kept = _peel_line(lines[-1])
        if kept is None:
            break  # the last line is real text: we are done
        if kept.strip():
            lines[-1] = kept.rstrip()
            break  # captions were glued to real text; nothing further up is residue
        lines.pop()  # the whole line was buttons; look at the line above too
    return "\n".join(lines).rstrip()


def _peel_line(line: str) -> str | None:
    """Strip widget captions from the end of one line.

    Returns what remains (possibly empty), or None when the line does not end in residue.
    """
    end = len(line.rstrip())
    cut: int | None = None
    while True:
        pos = end
        while pos > 0 and line[pos - 1] in _SEPARATORS:
            pos -= 1
        form = _caption_ending_at(line, pos)
        if form is None:
            break
        end = pos - len(form)
        cut = end
    if cut is None:
        return None
    rest = line[:cut].rstrip(_SEPARATORS)
    if rest and rest[-1] not in _SENTENCE_END:
        return None
    return rest


def _caption_ending_at(line: str, pos: int) -> str | None:
    tail = line[max(0, pos - len(_FORMS[0])) : pos].lower()
    # No word-boundary test here: buttons are often glued to each other
    # ("ВКонтактеОдноклассники"). "Timeshare" is protected by the sentence-end rule instead.
    for form in _FORMS:
        if tail.endswith(form):
            return form
    return None
