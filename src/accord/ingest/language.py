"""Decide which language an article is in (ISO 639-1), so non-English input can be skipped.

py3langid ships its model inside the wheel, so this works offline. A language the input
declares itself (JSON ``language``, HTML ``lang``) wins over detection: publishers know
their own language better than a character n-gram model does on a short text.
"""

from __future__ import annotations

import re

import py3langid

# Below this many letters the classifier is close to guessing (it calls "Hello" Breton).
SHORT_TEXT_LETTERS = 20
# Only this much text is classified: the language is settled long before, and huge
# documents would otherwise cost time for nothing.
_SAMPLE_CHARS = 5_000
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language.

    Short texts (fewer than SHORT_TEXT_LETTERS letters) are called English when nearly all
    their letters are ASCII, since the classifier is unreliable there and accord's input is
    English news; short texts in another script still go to the classifier, which tells
    scripts apart reliably. A text with no letters at all is called English too: there is
    no evidence it is anything else and it will fail or be ignored downstream on its own.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "en"
    if len(letters) < SHORT_TEXT_LETTERS:
        ascii_letters = sum(1 for ch in letters if ch.isascii())
        if ascii_letters / len(letters) >= 0.9:
            return "en"
    code, _score = py3langid.classify(sample)
    return str(code)


def normalize_declared(tag: object) -> str | None:
    """Turn a declared language tag ("en", "EN-gb", "eng") into ISO 639-1, or None if unusable."""
    if not isinstance(tag, str):
        return None
    tag = tag.strip()
    if not _LANG_TAG.fullmatch(tag):
        return None
    primary = re.split(r"[-_]", tag)[0].lower()
    if len(primary) == 2:
        return primary
    # Three-letter codes ("eng", "rus"): map through pycountry, a project dependency.
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        return None
    found = pycountry.languages.get(alpha_3=primary)
    code = getattr(found, "alpha_2", None) if found is not None else None
    return code.lower() if isinstance(code, str) else None


def resolve_language(declared: object, text: str) -> str:
    """The article's language: the declared one when usable, else the detected one."""
    return normalize_declared(declared) or detect_language(text)
