"""The built-in evaluations on small team-written gold files (and on ../shared when present)."""

from __future__ import annotations

import pytest

from accord.evaluation.events import evaluate_events, read_gold
from accord.evaluation.wire import evaluate_wire, read_wire
from shared_paths import FIXTURES, SHARED

EVAL = FIXTURES / "eval"
GSR = SHARED / "gold" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"


def test_gold_reader_maps_old_plover_names():
    assert [g.event for g in read_gold(EVAL / "gsr_small.json")] == ["ACCUSE", "ASSAULT", "REQUEST"]


def test_event_eval_scores_each_type(pipeline):
    result = evaluate_events(EVAL / "gsr_small.json", pipeline)
    scores = {s.label: s for s in result.scores}
    assert result.records == 3
    assert scores["ACCUSE"].tp == 1 and scores["ASSAULT"].tp == 1
    assert 0 <= result.macro_f1 <= 1 and result.source_primary >= 2 / 3


def test_wire_eval_root_and_dyad(pipeline):
    result = evaluate_wire(EVAL / "wire_small.jsonl", pipeline)
    assert result.sentences == 5 and result.quiet_sentences == 2
    assert result.root.tp >= 2 and result.root.fn + result.root.tp == 3
    # The negated recall is coded with its flag but, as in CAMEO wire coding, not scored.
    assert result.quiet_false_alarms == 0


def test_wire_eval_reads_sentences_by_offset(pipeline, tmp_path):
    # Real sentences whose text stays outside the repository are given by article and offsets.
    result = evaluate_wire(EVAL / "wire_offsets.jsonl", pipeline)
    assert result.sentences == 2 and result.quiet_sentences == 1
    assert (result.root.tp, result.root.fp, result.root.fn) == (1, 0, 0)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "Y1", "doc": "missing.txt", "start": 0, "end": 5, "events": []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: article not found"):
        read_wire(bad)
    bad.write_text(f'{{"id": "Y2", "doc": "{EVAL / "wire_article.txt"}", "start": 0, "end": 9999, "events": []}}\n',
                   encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: offsets 0..9999 outside wire_article.txt"):
        read_wire(bad)


def test_wire_eval_in_article_reads_the_sentence_with_what_came_before(pipeline):
    # "The head of state" is Kenya's president only for a reader of the sentence before it.
    alone = evaluate_wire(EVAL / "wire_context.jsonl", pipeline)
    assert (alone.root.tp, alone.root.fn) == (0, 1)
    whole = evaluate_wire(EVAL / "wire_context.jsonl", pipeline, in_article=True)
    assert (whole.root.tp, whole.root.fp, whole.root.fn) == (1, 0, 0)
    # The visit told in the sentence before is not scored against this line.
    assert whole.quiet_false_alarms == 0 and whole.sentences == 1


def test_wire_eval_reads_an_article_of_an_xml_collection(tmp_path):
    # GeoWebNews keeps its articles in one XML file; a line names the file and the article.
    (tmp_path / "news.xml").write_text(
        '<?xml version="1.0" ?><articles><article file="0"><text>Nothing here.</text></article>'
        '<article file="7"><text>Spain &amp; Morocco signed a fisheries pact. Talks go on.</text></article>'
        '</articles>', encoding="utf-8")
    gold = tmp_path / "set.jsonl"
    gold.write_text('{"id": "G1", "doc": "news.xml", "article": "7", "start": 0, "end": 40, "events": []}\n'
                    '{"id": "G2", "doc": "news.xml", "article": "3", "start": 0, "end": 5, "events": []}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: no article '3' in news.xml"):
        read_wire(gold)
    gold.write_text(gold.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert read_wire(gold)[0]["text"] == "Spain & Morocco signed a fisheries pact."


def test_wire_eval_leaves_out_negated_events(code_text):
    record = code_text("Hungary has not recalled its ambassador from Moscow despite the dispute.")
    assert [e["modality"]["negated"] for e in record["events"]] == [True]


@pytest.mark.shared
@pytest.mark.skipif(not GSR.is_file(), reason=f"PLOVER gold standard records not found at {GSR}")
def test_plover_gold_standard_baseline(pipeline):
    # A floor under the dev-set figures (see docs/evaluation.md for the measured values);
    # it catches regressions, not the target.
    result = evaluate_events(GSR, pipeline)
    assert result.macro_f1 >= 0.88
    assert result.source_any >= 0.94
    assert result.source_primary >= 0.85


@pytest.mark.parametrize("name, floor", [
    ("wire_heldout_b.jsonl", 0.87),  # blind held-out set B: 0.896 (0.886 before the eighth session)
    ("wire_heldout_c.jsonl", 0.77),  # blind held-out set C (its aggregate was consulted): 0.797
    ("wire_heldout_d.jsonl", 0.84),  # blind held-out set D: 0.866 (0.862 before the eighth session)
    ("wire_heldout_e.jsonl", 0.81),  # blind held-out set E: 0.836 (0.828 before the eighth session)
    ("wire_heldout_f.jsonl", 0.72),  # blind held-out set F (1990-2008 wire): 0.745 (0.737 before the ninth session)
    ("wire_heldout_g.jsonl", 0.89),  # blind held-out set G (typical 2000-2020 wire): 0.915 (0.909)
    ("wire_heldout_h.jsonl", 0.85),  # blind held-out set H (typical 1995-2020 wire): 0.870 (0.866)
    ("wire_heldout_i.jsonl", 0.84),  # blind held-out set I (typical 1995-2022 wire, tenth batch): 0.865 (0.857)
    ("wire_heldout_j.jsonl", 0.80),  # blind held-out set J (typical 1990-2024 wire, eleventh batch): 0.821 (first sight 0.817)
    ("wire_heldout_k.jsonl", 0.79),  # blind held-out set K (natural root frequencies, twelfth batch): 0.812 (first sight 0.809)
    ("wire_heldout.jsonl", 0.96),    # first held-out set, looked at by mechanism: 0.981 (eighth session; 0.973)
    ("wire_dev.jsonl", 0.97),        # tuning set: 0.985 (0.980)
    ("wire_dev_2.jsonl", 0.96),      # tuning set: 0.977 (0.969)
    ("wire_dev_3.jsonl", 0.90),      # tuning set: 0.924 (0.912)
    ("wire_dev_4.jsonl", 0.96),      # tuning set: 0.984 (0.975)
    ("wire_dev_5.jsonl", 0.92),      # tuning set: 0.935 (0.928)
    ("wire_dev_6.jsonl", 0.92),      # tuning set: 0.934 (0.927)
    ("wire_dev_7.jsonl", 0.96),      # tuning set (ninth batch): 0.981 (0.973)
    ("wire_dev_8.jsonl", 0.95),      # tuning set (tenth batch): 0.971 (0.952)
    ("wire_dev_9.jsonl", 0.92),      # tuning set (eleventh batch): 0.947 (0.865 when written)
    ("wire_dev_10.jsonl", 0.92),     # tuning set (twelfth batch): 0.948 (0.883 when written)
    ("wire_dev_11.jsonl", 0.82),     # tuning set (eighteenth batch): 0.843 (0.836 when written)
    ("wire_dev_12.jsonl", 0.91),     # tuning set (nineteenth batch): 0.944 (0.857 when written)
    ("wire_dev_13.jsonl", 0.85),     # tuning set (twentieth batch): 0.870 when written (session 25)
    ("wire_dev_14.jsonl", 0.92),     # tuning set (twenty-first batch): 0.947 when written (first sight, session 26)
    ("wire_dev_15.jsonl", 0.83),     # tuning set (twenty-second batch): 0.860 when written (first sight, session 27)
    ("wire_dev_16.jsonl", 0.83),     # tuning set (twenty-third batch, 1998-2016 wire): 0.863 when written (first sight, session 29)
    ("wire_dev_17.jsonl", 0.78),     # tuning set (twenty-fourth batch, 1990-2010 wire): 0.814 when written (first sight, base 88a48a7)
    ("wire_dev_18.jsonl", 0.84),     # tuning set (twenty-fifth batch, 2000-2020 wire away from the big dyads): 0.875 when written (first sight, base fcd3ceb)
    ("wire_dev_19.jsonl", 0.80),     # tuning set (twenty-sixth batch, 1979-1995 wire): 0.834 when written (first sight, base 4bd960e)
    ("wire_dev_20.jsonl", 0.69),     # tuning set (twenty-seventh batch, 1995-2025 economic statecraft): 0.720 when written (first sight, base 26c2776)
    ("wire_dev_21.jsonl", 0.75),     # tuning set (twenty-eighth batch, 2003-2024 security and force): 0.783 when written (first sight, base 1a20b19)
    ("wire_dev_22.jsonl", 0.85),     # tuning set (twenty-ninth batch, 2008-2024 news day's mix): 0.880 when written (first sight, base 1d3c3b2)
    ("wire_dev_23.jsonl", 0.76),     # tuning set (thirtieth batch, 1993-2024 Russia and its neighbours, body sentences): 0.789 when written (first sight, base 3fbf10e)
    # Fresh held-out sets, written blind in sessions 19-29 and after and read only as figures (first sight
    # on the code of their day): floors a little under what sessions 22 and 24 measured.
    ("wire_heldout_l.jsonl", 0.87),  # 0.892
    ("wire_heldout_m.jsonl", 0.86),  # 0.881
    ("wire_heldout_n.jsonl", 0.84),  # 0.862
    ("wire_heldout_o.jsonl", 0.81),  # 0.836
    ("wire_heldout_p.jsonl", 0.80),  # 0.825
    ("wire_heldout_q.jsonl", 0.88),  # 0.902 (first sight)
    ("wire_heldout_r.jsonl", 0.81),  # 0.834 (0.819 at first sight, session 24)
    ("wire_heldout_s.jsonl", 0.89),  # 0.913 (first sight, session 25)
    ("wire_heldout_t.jsonl", 0.88),  # 0.905 (first sight, session 26)
    ("wire_heldout_u.jsonl", 0.89),  # 0.917 (first sight, session 27)
    ("wire_heldout_v.jsonl", 0.83),  # 0.867 (first sight, session 29; 1998-2016 wire)
    ("wire_heldout_w.jsonl", 0.80),  # 0.831 (first sight, base 88a48a7; 1990-2010 wire)
    ("wire_heldout_x.jsonl", 0.81),  # 0.849 (first sight, base fcd3ceb; 2000-2020 wire away from the big dyads)
    ("wire_heldout_y.jsonl", 0.86),  # 0.895 (first sight, base 4bd960e; 1979-1995 wire)
    ("wire_heldout_z.jsonl", 0.65),  # 0.683 (first sight, base 26c2776; 1995-2025 economic statecraft and IOs)
    ("wire_heldout_aa.jsonl", 0.79), # 0.819 (first sight, base 1a20b19; 2003-2024 security and the use of force)
    ("wire_heldout_ab.jsonl", 0.85), # 0.883 (first sight, base 1d3c3b2; 2008-2024 in an ordinary news day's mix)
    ("wire_heldout_ac.jsonl", 0.75), # 0.781 (first sight, base 3fbf10e; 1993-2024 Russia and its neighbours, body sentences)
])
def test_wire_sentences_floor(pipeline, name, floor):
    # Floors under the measured root-code + dyad F1 of the team-written wire sets
    # (bench/data/*.md), so a regression on wire text fails the build; the targets are in
    # docs/evaluation.md.
    from shared_paths import REPO

    result = evaluate_wire(REPO / "bench" / "data" / name, pipeline)
    assert result.failures == []  # an internal error is a bug, not a quiet sentence
    assert result.root.f1 >= floor
    # P has 200 sentences, many of them quiet body text: 5 false alarms measured in session 22.
    # dev_20 (twenty-seventh batch) is full of company and market near-misses: 5 at first sight.
    # AC (thirtieth batch) has 18 quiet body sentences full of past figures and hopes: 6 at first sight.
    quiet_cap = {"wire_heldout_p.jsonl": 6, "wire_dev_20.jsonl": 5, "wire_heldout_ac.jsonl": 7}.get(name, 4)
    assert result.quiet_false_alarms <= quiet_cap

REAL_SOURCES = {
    "PolNeAR": SHARED / "gold" / "polnear" / "train" / "text",
    "GeoWebNews": SHARED / "gold" / "geo" / "GWN.xml",
    "BBC 2005": SHARED / "corpus" / "bbc-2005",
}


def _real_set(name: str, source: str, floor: float):
    path = REAL_SOURCES[source]
    return pytest.param(name, floor, id=name, marks=pytest.mark.skipif(
        not path.exists(), reason=f"{source} articles not found at {path} (../shared absent)"))


@pytest.mark.shared
@pytest.mark.parametrize("name, floor", [
    # Floors a few points under the root-code + dyad F1 measured in session 15 (first sight in
    # brackets); the *_heldout sets are blind and only ever read as these aggregate figures.
    _real_set("real_dev.jsonl", "PolNeAR", 0.74),          # tuning: 0.802 (0.264)
    _real_set("real_heldout.jsonl", "PolNeAR", 0.44),      # blind: 0.479 (0.314)
    _real_set("real_dev_2.jsonl", "GeoWebNews", 0.58),     # tuning: 0.638
    _real_set("real_heldout_2.jsonl", "GeoWebNews", 0.34), # blind: 0.385
    _real_set("real_dev_3.jsonl", "BBC 2005", 0.42),       # tuning: 0.536 (0.301)
    _real_set("real_heldout_3.jsonl", "BBC 2005", 0.26),   # blind: 0.306 (0.224)
    _real_set("real_dev_4.jsonl", "BBC 2005", 0.21),       # tuning: 0.274 (0.252)
    _real_set("real_heldout_4.jsonl", "BBC 2005", 0.25),   # blind: 0.298 (0.298)
])
def test_real_sentences_floor(pipeline, name, floor):
    # Floors under root-code + dyad F1 on real news sentences (bench/data/README.md), whose
    # text is read from ../shared by article and offsets.
    from shared_paths import REPO

    result = evaluate_wire(REPO / "bench" / "data" / name, pipeline)
    assert result.failures == []  # an internal error is a bug, not a quiet sentence
    assert result.root.f1 >= floor


def test_wire_eval_lists_lines_it_could_not_code(pipeline):
    # An internal error loses the whole article; the evaluation must say so instead of scoring
    # the line as a sentence where accord found nothing (the thirty-fourth session's lesson: a
    # crash on actors without a code lowered figures silently).
    from dataclasses import replace

    class LosesOne:
        def code(self, articles):
            for n, coded in enumerate(pipeline.code(articles)):
                yield replace(coded, record=None, error="internal error in accord_events: lost") if n == 1 else coded

    whole = evaluate_wire(EVAL / "wire_small.jsonl", pipeline)
    lost = evaluate_wire(EVAL / "wire_small.jsonl", LosesOne())
    assert whole.failures == []
    assert len(lost.failures) == 1 and lost.failures[0].endswith("internal error in accord_events: lost")
    assert lost.as_dict()["failed_lines"] == 1
