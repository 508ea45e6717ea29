from datetime import datetime, timedelta, timezone

import pytest

from accord.ingest.datelines import parse_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thu, 28/12/2023 - 16:00", datetime(2023, 12, 28, 16, 0)),
        ("28.12.2023 16:00", datetime(2023, 12, 28, 16, 0)),
        ("December 28, 2023", datetime(2023, 12, 28)),
        ("28 December 2023", datetime(2023, 12, 28)),
        ("2023-12-28T16:00:00Z", datetime(2023, 12, 28, 16, 0, tzinfo=timezone.utc)),
        ("2023-12-28T16:00:00+03:00", datetime(2023, 12, 28, 16, 0, tzinfo=timezone(timedelta(hours=3)))),
        ("2023-12-28", datetime(2023, 12, 28)),
        ("  Thursday, December 28, 2023 at 4:00 pm  ", datetime(2023, 12, 28, 16, 0)),
        ("Dec. 28, 2023", datetime(2023, 12, 28)),
        ("28 Dec 2023, 16:00", datetime(2023, 12, 28, 16, 0)),
        ("05/03/2024", datetime(2024, 3, 5)),  # day-first
        ("12/28/2023", datetime(2023, 12, 28)),  # day-first impossible: month-first fallback
    ],
)
def test_dateline_shapes(line: str, expected: datetime) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "31/02/2023",  # no such day
        "28/12/2023 25:00",
        "Officials met on 28 December 2023 in Tskhinval.",  # a sentence, not a dateline
        "Mayday 5, 2023",
        "2023-13-45",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None
