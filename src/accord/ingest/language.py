"""Decide which language an article is in (ISO 639-1), so non-English input can be skipped.

py3langid ships its model inside the wheel, so this works offline. A language the input
declares itself (JSON ``language``, HTML ``lang``) wins over detection: publishers know
their own language better than a character n-gram model does on a short text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters the classifier is close to guessing (it calls "Hello" Breton).
SHORT_TEXT_LETTERS = 20
# Below this probability the classifier is unsure; a short Latin-script sentence of names and a
# few English words ("Russia and Georgia held talks.") can come out Estonian at 0.18 while a
# sentence in another language comes out at 0.95 or more.
CONFIDENT = 0.5
# Only this much text is classified: the language is settled long before, and huge
# documents would otherwise cost time for nothing.
_SAMPLE_CHARS = 5_000
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language.

    Short texts (fewer than SHORT_TEXT_LETTERS letters) are called English when nearly all
    their letters are ASCII, since the classifier is unreliable there and accord's input is
    English news, and so is mostly-ASCII text the classifier is unsure about (below CONFIDENT); short texts in another script still go to the classifier, which tells
    scripts apart reliably. A text with no letters at all is called English too: there is
    no evidence it is anything else and it will fail or be ignored downstream on its own.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "en"
    latin = sum(1 for ch in letters if ch.isascii()) / len(letters) >= 0.9
    if len(letters) < SHORT_TEXT_LETTERS and latin:
        return "en"
    code, probability = _identifier().classify(sample)
    if probability < CONFIDENT and latin:
        return "en"  # unsure on Latin-script text: accord's input is English news
    return str(code)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's bundled model, giving probabilities that sum to one over its languages."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
