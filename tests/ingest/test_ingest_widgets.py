import pytest

from accord.ingest.widgets import SHARE_WIDGETS, strip_share_widgets


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Talks ended today.”Мой мир", "Talks ended today.”"),  # glued, no newline
        ("Talks ended today.”«Мой мир»", "Talks ended today.”"),
        ("Talks ended today.\n\nМой мир", "Talks ended today."),  # own line
        ("Talks ended.\n«Мой мир»\nShare on Facebook\nShare on Twitter\nTweet\nEmail\nPrint\n", "Talks ended."),
        ("Talks ended.ВКонтактеОдноклассникиLiveJournalМой мир", "Talks ended."),  # glued chain
        ("Talks ended.  Share | Tweet | Email ", "Talks ended."),
        ("Talks ended.\nShare this article\nWhatsApp\nTelegram", "Talks ended."),
        ("Talks ended.\n\nshare", "Talks ended."),  # case-insensitive
    ],
)
def test_residue_removed(body: str, expected: str) -> None:
    assert strip_share_widgets(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The ministry refused to Print",  # no sentence end before the word: real text
        "He bought a Timeshare",
        "Officials said the deal would be signed on Friday.",
        "They discussed the Telegram channel.",
    ],
)
def test_real_text_untouched(body: str) -> None:
    assert strip_share_widgets(body) == body


def test_only_residue_inside_body_is_kept() -> None:
    body = "Share\nThe first line was a caption, but it is not at the end."
    assert strip_share_widgets(body) == body


def test_widget_list_is_data() -> None:
    assert "Мой мир" in SHARE_WIDGETS and "Share on Facebook" in SHARE_WIDGETS
