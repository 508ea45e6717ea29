import pytest

from accord.ingest.language import detect_language, normalize_declared, resolve_language

RUSSIAN = (
    "Абхазия и Россия во вторник подписали в Сухуме торговое соглашение, которое снижает "
    "пошлины на цитрусовые и строительные материалы."
)
FRENCH = (
    "L'Abkhazie et la Russie ont signé mardi à Soukhoumi un accord commercial qui réduit "
    "les droits de douane sur les agrumes et les matériaux de construction."
)
ENGLISH = "Abkhazia and Russia signed a trade accord in Sukhum on Tuesday, the ministry said."


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (RUSSIAN, "ru"), (FRENCH, "fr")])
def test_detect(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_short_ascii_text_defaults_to_english() -> None:
    assert detect_language("Hello") == "en"  # the raw classifier says Breton
    assert detect_language("12:00 — 3:1") == "en"  # no letters at all


@pytest.mark.parametrize("text", ["Russia and Georgia held talks.", "Venezuela and Guyana met in Brazil."])
def test_unsure_latin_text_is_english(text: str) -> None:
    # Mostly names: the raw classifier calls these Estonian and Shona, with low confidence.
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "code"), [
    ("Die Regierung hat die Gespräche mit Moskau abgesagt.", "de"),
    ("El gobierno suspendió el tratado con Estados Unidos.", "es"),
    ("Hallitus keskeytti neuvottelut Venäjän kanssa.", "fi"),
])
def test_short_foreign_sentences_stay_foreign(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_short_non_ascii_text_is_classified() -> None:
    assert detect_language("Привет, мир") != "en"


@pytest.mark.parametrize(("tag", "code"), [("en", "en"), ("EN-gb", "en"), ("ru_RU", "ru"), ("eng", "en"),
                                           ("rus", "ru"), ("", None), ("english!", None), (None, None), (3, None)])
def test_normalize_declared(tag: object, code: str | None) -> None:
    assert normalize_declared(tag) == code


def test_declared_language_wins() -> None:
    assert resolve_language("en", RUSSIAN) == "en"
    assert resolve_language(None, RUSSIAN) == "ru"
    assert resolve_language("not a tag!", ENGLISH) == "en"
