import pytest

from accord.amounts import parse_number


@pytest.mark.parametrize("text, value", [
    ("about 130", 130), ("1,200", 1200), ("2.5 million", 2_500_000), ("two", 2), ("$3bn", 3e9), ("dozens", 24),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_amount_counts_its_noun(code_text):
    record = code_text("About 130 agreements have been signed between Russia and Belarus.")
    (amount,) = [a for a in record["amounts"] if a["value"] == 130]
    assert amount["unit"] == "agreement"
    assert record["text"][amount["start"]:amount["end"]] == amount["text"]
