"""Tests for accord.events.ontology and the generated ontology tables."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from accord.events.ontology import (
    CameoCode,
    Ontology,
    load_ontology,
    normalise_plover_type,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_REFERENCE = REPO.parent / "shared" / "reference"

PLOVER_16 = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


# ---- loading -------------------------------------------------------------

def test_load_is_cached(onto):
    assert load_ontology() is onto


def test_counts(onto):
    codes = onto.codes()
    assert 300 <= len(codes) <= 330
    assert len(codes) == len(set(codes)) == len(onto)
    assert len(onto.roots()) == 20
    assert onto.roots() == tuple(f"{i:02d}" for i in range(1, 21))
    assert len(onto.plover_types()) == 16
    assert set(onto.plover_types()) == PLOVER_16
    assert len(onto.contexts()) >= 30


def test_codes_are_sorted_strings_with_existing_parents(onto):
    codes = onto.codes()
    assert list(codes) == sorted(codes)
    for code in codes:
        assert code.isdigit() and 2 <= len(code) <= 4
        rec = onto.cameo(code)
        assert rec.root == code[:2]
        if rec.parent is not None:
            assert onto.is_valid(rec.parent), code


def test_cameo_code_is_frozen(onto):
    rec = onto.cameo("057")
    assert isinstance(rec, CameoCode)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.name = "x"  # type: ignore[misc]


# ---- spot values ----------------------------------------------------------

def test_sign_formal_agreement(onto):
    rec = onto.cameo("057")
    assert rec.name == "Sign formal agreement"
    assert rec.goldstein == 8.0
    assert rec.quad_class == 1
    assert rec.root == "05"
    assert rec.plover == "SUPPORT"
    assert rec.plover_context == ("diplomatic",)


def test_conventional_military_force(onto):
    rec = onto.cameo("190")
    assert rec.quad_class == 4
    assert rec.goldstein == -10.0
    assert rec.plover == "ASSAULT"
    assert rec.plover_context == ("military",)


def test_044_name_repaired(onto):
    rec = onto.cameo("044")
    assert rec.name == "Meet at third location"
    assert rec.name.isascii()
    assert rec.plover == "CONSULT" and rec.plover_mode == "third-party"


def test_106_split_out_of_1056(onto):
    assert onto.is_valid("106")
    rec106 = onto.cameo("106")
    assert rec106.goldstein == -5.0 and rec106.goldstein_source == "table"
    assert rec106.plover == "REQUEST" and rec106.plover_mode == "meet"
    rec1056 = onto.cameo("1056")
    assert rec1056.name == "Demand de-escalation of military engagement"
    assert "106" not in rec1056.name and "[" not in rec1056.name
    assert rec1056.goldstein == -5.0
    assert (rec1056.plover, rec1056.plover_mode, rec1056.plover_context) == (
        "REQUEST", "yield", ("military",))


def test_all_names_clean(onto):
    for rec in onto:
        assert rec.name and rec.name == rec.name.strip(), rec.code
        assert rec.name.isascii(), rec.code
        assert "  " not in rec.name, rec.code


def test_codes_only_in_the_manual_are_present(onto):
    for code in ("155", "176", "1834", "1951", "1952", "1213", "1214"):
        assert onto.is_valid(code), code


@pytest.mark.parametrize("root,quad", [
    ("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4),
])
def test_quad_class_by_root(onto, root, quad):
    for rec in onto:
        if rec.root == root:
            assert rec.quad_class == quad, rec.code


def test_goldstein_range_and_source(onto):
    for rec in onto:
        assert -10.0 <= rec.goldstein <= 10.0
        assert rec.goldstein_source in {"table", "parent"}


# ---- PLOVER mapping ----------------------------------------------------------

def test_every_plover_type_is_one_of_16(onto):
    for rec in onto:
        if rec.plover_source == "dropped":
            assert rec.plover == "" and rec.root in {"01", "02"}, rec.code
        else:
            assert rec.plover in PLOVER_16, rec.code


def test_only_root_01_is_dropped(onto):
    dropped = {rec.root for rec in onto if rec.plover_source == "dropped"}
    assert dropped == {"01"}
    # Appeals (02), which PLOVER leaves out, are typed REQUEST by accord and say so.
    assert {rec.plover for rec in onto if rec.root == "02"} == {"REQUEST"}
    assert {rec.plover_source for rec in onto if rec.root == "02"} == {"accord"}


def test_modes_and_contexts_are_from_the_manual(onto):
    contexts = set(onto.contexts())
    for rec in onto:
        if rec.plover_mode:
            assert rec.plover_mode in onto.plover_modes(rec.plover), rec.code
        assert set(rec.plover_context) <= contexts, rec.code
        assert rec.plover_source in {"table", "parent", "root", "dropped", "accord"}


def test_yield_root_is_split(onto):
    assert onto.cameo("082").plover == "CONCEDE"
    assert onto.cameo("0841").plover == "RETREAT"
    assert onto.cameo("0841").plover_mode == "release"


def test_parent_fallback(onto):
    # 1951 is absent from both the Goldstein table and the crosswalk.
    rec = onto.cameo("1951")
    parent = onto.cameo("195")
    assert rec.goldstein == parent.goldstein
    assert rec.goldstein_source == "parent"
    assert rec.plover == parent.plover == "ASSAULT"
    assert rec.plover_context == parent.plover_context
    assert rec.plover_source == "parent"
    assert rec.plover_mode == ""  # modes are not inherited
    # 155 inherits from its root's header line in the crosswalk.
    rec155 = onto.cameo("155")
    assert rec155.plover == "MOBILIZE" and rec155.plover_source == "root"
    assert rec155.goldstein == onto.cameo("15").goldstein
    # Codes in the tables are marked as such.
    assert onto.cameo("057").goldstein_source == "table"
    assert onto.cameo("057").plover_source == "table"


def test_plover_modes(onto):
    assert onto.plover_modes("CONSULT") == ("visit", "third-party", "multilateral", "phone")
    assert onto.plover_modes("AGREE") == ()
    assert "targeted" in onto.plover_modes("assault")
    assert onto.plover_modes("FIGHT") == onto.plover_modes("ASSAULT")
    assert onto.plover_modes("REQUEST") == onto.plover_modes("REJECT")
    with pytest.raises(KeyError, match="unknown PLOVER event type"):
        onto.plover_modes("GOSSIP")


def test_plover_type_details(onto):
    assault = onto.plover_type("ASSAULT")
    assert assault.quad_class == 4
    assert assault.score == -9.0
    assert assault.mode_scores["unconventional"] == -10.0
    assert onto.plover_type("AGREE").quad_class == 1
    assert onto.plover_type("ACCUSE").score < 0
    assert "military" in onto.contexts()
    assert onto.context_description("cbrn")


# ---- errors and helpers ----------------------------------------------------------

def test_unknown_code(onto):
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        onto.cameo("999")
    with pytest.raises(KeyError, match="leading zeros"):
        onto.cameo(42)  # type: ignore[arg-type]
    assert not onto.is_valid("999")
    assert not onto.is_valid(42)
    assert onto.is_valid("042")
    assert onto.cameo(" 042 ").code == "042"


@pytest.mark.parametrize("raw,expected", [
    ("DEMAND", "REQUEST"),
    ("disapprove", "ACCUSE"),
    ("Investigate", "ACCUSE"),
    ("FIGHT", "ASSAULT"),
    (" consult ", "CONSULT"),
    ("assault", "ASSAULT"),
    ("whatever", "WHATEVER"),
])
def test_normalise_plover_type(raw, expected):
    assert normalise_plover_type(raw) == expected


# ---- reproducibility (needs ../shared) ----------------------------------------

@pytest.mark.shared
@pytest.mark.skipif(not SHARED_REFERENCE.is_dir(), reason="../shared/reference not present")
def test_tables_match_a_fresh_build(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_ontology.py"),
         "--reference", str(SHARED_REFERENCE), "--out", str(tmp_path)],
        check=True, capture_output=True,
    )
    data = REPO / "src" / "accord" / "data"
    for name in ("cameo_events.tsv", "plover_types.tsv", "plover_contexts.tsv"):
        assert (tmp_path / name).read_bytes() == (data / name).read_bytes(), name
