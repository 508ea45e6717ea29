"""Quote extraction and speaker attribution on team-written paragraphs."""

from __future__ import annotations

import unicodedata

import pytest

from accord.quotes.marks import find_marked_quotes


def plain(name: str | None) -> str | None:
    """The name without accents (the actor tables may spell "Inácio")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() if name else name


def speakers(record: dict) -> list[tuple[str, str | None, str]]:
    return [(q["type"], q["speaker"]["name"], q["content"]["text"]) for q in record["quotes"]]


@pytest.mark.parametrize("text, parts", [
    ("He said “we stay” and left.", [["we stay"]]),
    ("Она сказала «нет» вчера. Then «yes».", [["нет"], ["yes"]]),
    ('The minister said "we will not give in" on Monday.', [["we will not give in"]]),
    ("Russia’s envoy said “don’t worry” today.", [["don’t worry"]]),
    ("“First paragraph goes on\n\n“and ends here,” she said.", [["First paragraph goes on", "and ends here,"]]),
    ("“Part one,” the President said. - Part two.”", [["Part one,", "Part two."]]),
])
def test_quote_marks(text, parts):
    found = [[text[s:e] for s, e in q.parts] for q in find_marked_quotes(text)]
    assert found == parts


def test_unbalanced_marks_do_not_give_up():
    text = "“This never closes. And the article goes on.\n\nA new paragraph without marks."
    quotes = find_marked_quotes(text)
    assert len(quotes) == 1 and text[quotes[0].start:quotes[0].end].startswith("This never closes")


def test_speaker_after_quote_and_title_reference(code_text):
    text = ("Kazakh President Kassym-Jomart Tokayev met reporters in Astana on Friday.\n\n"
            "“Our partnership with China is strong,” the head of state said.")
    (quote,) = [q for q in code_text(text)["quotes"] if q["type"] == "direct"]
    assert quote["speaker"]["name"] == "Kassym-Jomart Tokayev"
    assert quote["speaker"]["mention"]["text"] == "the head of state"
    assert quote["speaker"]["actor"]["code"] == "KAZ"
    assert quote["cue"]["text"] == "said"


def test_title_skips_people_named_inside_quotes(code_text):
    text = ("Armenian Prime Minister Nikol Pashinyan spoke in Yerevan.\n\n"
            "“As President Emmanuel Macron told me, peace needs patience,” the prime minister said.")
    direct = [q for q in code_text(text)["quotes"] if q["type"] == "direct"]
    assert direct[0]["speaker"]["name"] == "Nikol Pashinyan"


def test_speaker_before_quote(code_text):
    record = code_text("Lithuanian Foreign Minister Gabrielius Landsbergis said: “We will not be intimidated.”")
    direct = [q for q in record["quotes"] if q["type"] == "direct"]
    assert direct[0]["speaker"]["name"] == "Gabrielius Landsbergis"


def test_interrupted_quote_is_one_quote(code_text):
    record = code_text("Chilean President Gabriel Boric spoke. “We will,” he said, “stay the course.”")
    direct = [q for q in record["quotes"] if q["type"] == "direct"]
    assert len(direct) == 1
    assert [p["text"] for p in direct[0]["parts"]] == ["We will,", "stay the course."]
    assert direct[0]["speaker"]["name"] == "Gabriel Boric"


def test_floating_quote_continues_previous_speaker(code_text):
    # A quotation with no cue in the next paragraph continues the same attribution (one quote,
    # one more part), as PolNeAR annotates it.
    text = ("“The talks were useful,” Norwegian Foreign Minister Espen Barth Eide said.\n\n"
            "“We expect a second round in spring.”")
    direct = [q for q in code_text(text)["quotes"] if q["type"] == "direct"]
    assert len(direct) == 1
    assert direct[0]["speaker"]["name"] == "Espen Barth Eide"
    assert [p["text"] for p in direct[0]["parts"]] == ["The talks were useful,", "We expect a second round in spring."]


def test_indirect_speech_and_according_to(code_text):
    text = ("Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Monday.\n\n"
            "Lula noted that trade between Brazil and Angola had doubled in five years.\n\n"
            "According to him, both countries want closer ties in energy and farming.")
    indirect = [q for q in code_text(text)["quotes"] if q["type"] == "indirect"]
    assert len(indirect) == 2
    assert all(plain(q["speaker"]["name"]) == "Luiz Inacio Lula da Silva" for q in indirect)
    assert indirect[1]["speaker"]["mention"]["text"] == "him"


def test_nested_attribution_inside_a_quote(code_text):
    text = ("Serbian President Aleksandar Vucic spoke in Belgrade.\n\n"
            "“As noted by Chinese President Xi Jinping during our talks, the friendship of our peoples "
            "is unbreakable,” the President said.")
    quotes = code_text(text)["quotes"]
    outer = next(q for q in quotes if q["type"] == "direct")
    inner = next(q for q in quotes if q["type"] == "indirect")
    assert plain(outer["speaker"]["name"]) == "Aleksandar Vucic"
    assert inner["speaker"]["name"] == "Xi Jinping"
    assert inner["reported_by"] == outer["id"]


def test_unresolvable_speaker_is_not_guessed(code_text):
    record = code_text("“Nobody told us anything,” a resident said.")
    (quote,) = record["quotes"]
    assert quote["speaker"]["name"] is None
    assert quote["speaker"]["mention"]["text"] == "a resident"
