"""A wire dateline ("MOSCOW (Reuters) -") is where a story was filed, not a party to it: the
pipeline gives it a sentence of its own, so the first sentence is coded as written."""

from __future__ import annotations

import pytest

from accord.nlp.wire_datelines import dateline_end


@pytest.mark.parametrize("line, dateline", [
    ("MOSCOW (Reuters) - Russia said on Monday ...", "MOSCOW (Reuters) - "),
    ("NAIROBI, Kenya (AP) \u2014 Police fired tear gas ...", "NAIROBI, Kenya (AP) \u2014 "),
    ("GENEVA, Jan 9 (Reuters) - Talks resumed ...", "GENEVA, Jan 9 (Reuters) - "),
    ("LA PAZ, Bolivia, Sept. 14, 2019 (AFP) -- Protesters marched ...", "LA PAZ, Bolivia, Sept. 14, 2019 (AFP) -- "),
    ("Kabul, March 3 (AFP) - Afghan officials said ...", "Kabul, March 3 (AFP) - "),
    ("Lagos (dpa) - Nigeria's army said ...", "Lagos (dpa) - "),
    ("(Reuters) - The central bank raised ...", "(Reuters) - "),
    ("RIO DE JANEIRO \u2014 Brazil's president ...", "RIO DE JANEIRO \u2014 "),
])
def test_dateline_shapes(line, dateline):
    assert line[:dateline_end(line)] == dateline


@pytest.mark.parametrize("line", [
    "US - China talks ended without a deal.",  # two actors, not a place
    "Moscow - the capital - was quiet.",  # an ordinary-case place needs a date or an agency
    "NATO-led forces entered the town.",
    "The UN - which has 193 members - met.",
    "Russia said on Monday that it would respond.",
    "WASHINGTON - the story goes on in lower case",
    "U.S. - China trade talks resumed on Monday.",  # dots do not make a short name a place
    "NATO - Russia Council met in Brussels.",  # an organisation's short name
    "OPEC - Saudi Arabia and Russia agreed to cut output.",
    "The United Nations (UN) - The body said ...",  # a bracket that names no news agency
    "Rep. Ilhan Omar (D-Minn.) - Omar said ...",
    "Apple (AAPL) - Shares fell ...",
])
def test_not_datelines(line):
    assert dateline_end(line) is None


def test_dateline_is_its_own_sentence(pipeline):
    from accord.ingest import Article

    text = "Opening line.\nBEIJING, May 2 (Reuters) - China on Friday condemned the sale of arms to Taiwan."
    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text=text)))
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Opening line.", "BEIJING, May 2 (Reuters) -",
                         "China on Friday condemned the sale of arms to Taiwan."]


def test_dateline_never_joins_two_lines(pipeline):
    from accord.ingest import Article

    text = "IRAN\nTEHRAN (Reuters) - Iran summoned the British ambassador on Sunday."
    doc = pipeline.nlp(pipeline._make_doc(Article(id="t", text=text)))
    assert [s.text.strip() for s in doc.sents] == ["IRAN", "TEHRAN (Reuters) -",
                                                   "Iran summoned the British ambassador on Sunday."]
    assert dateline_end("BREAKING NEWS") is None


def test_empty_text_passes_through(pipeline):
    from accord.pipeline import paragraph_boundaries

    assert len(paragraph_boundaries(pipeline.nlp.make_doc(""))) == 0


def dyads(record):
    return sorted((e["cameo"][:2], tuple(sorted(a["code"] for a in e["actor"])),
                   tuple(sorted(r["code"] for r in e["recipient"]))) for e in record["events"])


@pytest.mark.parametrize("text, expected", [
    # the capital of the dateline is not a second actor or a party met
    ("WASHINGTON (Reuters) - Japan's foreign minister met his Indian counterpart on Thursday.",
     [("04", ("JPN",), ("IND",))]),
    ("TEHRAN, Feb 2 (AFP) - Iran and Oman agreed on Sunday to hold talks on shipping in the Gulf.",
     [("03", ("IRN", "OMN"), ())]),
    ("ADDIS ABABA, Ethiopia (AP) \u2014 Sudanese troops attacked rebel positions near the border on Sunday.",
     [("19", ("SDN",), ("SDN",))]),
    ("PARIS \u2014 France recalled its ambassador to Algeria on Tuesday.",
     [("16", ("FRA",), ("DZA",))]),
])
def test_events_after_a_dateline(code_text, text, expected):
    assert [(c, a, r) for c, a, r in dyads(code_text(text))] == expected


def test_dateline_place_stays_a_location(code_text):
    record = code_text("ADDIS ABABA, Ethiopia (AP) \u2014 Kenya and Somalia signed a border accord on Sunday.")
    assert "Addis Ababa" in {loc["name"] for loc in record["locations"]}
