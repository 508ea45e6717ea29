"""The PolNeAR scorer on hand-made gold (no model needed)."""

from __future__ import annotations

from accord.evaluation.quotes import GoldArticle, GoldAttribution, QuoteScorer

TEXT = "Ana said “Ben told us the road is shut.” Later, Carla said the bridge was open."


def span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def record(content: str, mention: str, reported_by: str | None = None) -> dict:
    s, e = span(content)
    ms, me = span(mention)
    return {"content": {"text": content, "start": s, "end": e}, "parts": [{"start": s, "end": e}],
            "speaker": {"mention": {"text": mention, "start": ms, "end": me}}, "reported_by": reported_by}


def gold() -> GoldArticle:
    return GoldArticle("a", TEXT, [
        GoldAttribution([span("Ben told us the road is shut.")], [span("Ana")], [span("said")]),
        GoldAttribution([span("the bridge was open")], [span("Carla")], [span("said")]),
    ])


def test_nested_quotes_are_not_scored_against_a_univocal_gold():
    scorer = QuoteScorer()
    scorer.add(gold(), [record("Ben told us the road is shut.", "Ana"),
                        record("the road is shut", "Ben", reported_by="q1"),
                        record("the bridge was open", "Carla")])
    result = scorer.result()
    assert (result.partial.tp, result.partial.fp, result.partial.fn) == (2, 0, 0)
    assert result.speaker_accuracy == 1.0


def test_an_unnested_extra_quote_is_a_false_positive():
    scorer = QuoteScorer()
    scorer.add(gold(), [record("Ben told us the road is shut.", "Ana"), record("the road is shut", "Ben")])
    result = scorer.result()
    assert (result.partial.tp, result.partial.fp, result.partial.fn) == (1, 1, 1)


def test_no_source_on_both_sides_is_wrong_strictly_and_right_leniently():
    sourceless = GoldArticle("b", TEXT, [GoldAttribution([span("the bridge was open")], [], [span("said")])])
    quote = record("the bridge was open", "Carla")
    quote["speaker"]["mention"] = None
    scorer = QuoteScorer()
    scorer.add(sourceless, [quote])
    result = scorer.result()
    assert result.partial.tp == 1
    assert result.speaker_accuracy == 0.0 and result.lenient_speaker_accuracy == 1.0
    # a mention where the gold has none is wrong either way
    scorer = QuoteScorer()
    scorer.add(sourceless, [record("the bridge was open", "Carla")])
    assert scorer.result().lenient_speaker_accuracy == 0.0
