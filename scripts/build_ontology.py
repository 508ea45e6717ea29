#!/usr/bin/env python3
"""Build accord's event-ontology tables from the upstream reference files.

Usage (from the repository root)::

    .venv/bin/python scripts/build_ontology.py [--reference DIR] [--out DIR]

Inputs (all read-only, under ``--reference``; default ``../shared/reference``
relative to the repository root):

* ``cameo/LOOKUP-CAMEO.eventcodes.txt``  GDELT's CAMEO code -> label lookup
* ``cameo/CAMEO.goldsteinscale.txt``     GDELT's CAMEO code -> Goldstein score
* ``cameo/CAMEO.Manual.1.1b3.md``        CAMEO manual (chapter 6 code list)
* ``cameo/chapter_2_verb_codebook.md``   CAMEO verb codebook (chapter 2)
* ``CAMEO2PLOVER-2021.txt``              CAMEO -> PLOVER crosswalk (OEDA)
* ``PLOVER_MANUAL.tex``                  PLOVER manual (types, modes, contexts,
                                          scores)

Outputs (under ``--out``; default ``src/accord/data``):

* ``cameo_events.tsv``    one row per CAMEO event code
* ``plover_types.tsv``    one row per PLOVER event type
* ``plover_contexts.tsv`` one row per PLOVER context

The output is deterministic: rows are sorted, no timestamps are written, and
the same inputs always give byte-identical files.  Every repair applied to the
upstream data is listed in the tables below (NAME_FIXES, MODE_FIXES, ...) and
reported on stderr when the script runs, so the provenance of each value stays
auditable.  The run fails loudly when it meets a defect it does not know how
to repair, rather than writing a silently wrong table.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_OUT = REPO_ROOT / "src" / "accord" / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)

# Older PLOVER drafts (e.g. v0.5b1 gold data) and the CAMEO->PLOVER table in
# the manual still use some pre-2021 category names.
LEGACY_PLOVER_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# --------------------------------------------------------------------------
# Repairs to the GDELT CAMEO lookup labels.  Each entry: code -> (label, why).
# --------------------------------------------------------------------------
NAME_FIXES: dict[str, tuple[str, str]] = {
    "044": ("Meet at third location",
            "label garbled by a Mac-Roman/UTF-8 round trip of curly quotes"),
    "033": ("Express intent to provide material aid, not specified below",
            "typo 'matyerial'"),
    "0355": ("Express intent to allow international involvement (not mediation)",
             "missing 'to' (manual: 'Express intent to allow ...')"),
    "183": ("Conduct suicide, car, or other non-military bombing, not specified below",
            "abbreviation 'not spec below' expanded as in the manual"),
    "2041": ("Use chemical, biological, or radiological weapons",
             "missing space in 'radiologicalweapons'"),
}

# Codes whose GDELT label contradicts the CAMEO 1.1b3 manual *and* the
# CAMEO->PLOVER crosswalk (the GDELT labels come from an older CAMEO draft and
# no longer match their own sub-codes, e.g. 1051-1056 'Demand easing ...' sit
# under 105).  For these the label is taken from manual chapter 6.
PREFER_MANUAL_NAME: dict[str, str] = {
    "101": "GDELT 'Demand information, investigation'; children 1011-1014 are cooperation demands",
    "105": "GDELT 'Demand mediation'; children 1051-1056 are demands to yield",
    "106": "GDELT text 'Demand withdrawal' (merged into the 1056 line); crosswalk maps 106 to REQUEST/meet",
    "107": "GDELT 'Demand ceasefire'; crosswalk maps 107 to 'Demand settling of dispute'",
    "108": "GDELT 'Demand meeting, negotiation'; crosswalk maps 108 to 'Demand mediation'",
}

# OCR errors in the code numbers of CAMEO manual chapter 6.
MANUAL_CODE_FIXES = {"1883": "183"}

# --------------------------------------------------------------------------
# Repairs to the CAMEO2PLOVER crosswalk.  Modes that are not in the manual's
# mode table for that type are mapped to the manual's equivalent ('' = no
# mode).  (type, raw mode) -> (mode, why)
# --------------------------------------------------------------------------
MODE_FIXES: dict[tuple[str, str], tuple[str, str]] = {
    ("THREATEN", "ban"): ("restrict", "manual: THREATEN 'restrict' covers bans on parties/individuals"),
    ("THREATEN", "political"): ("restrict", "no 'political' mode; restrictions on freedoms are 'restrict'"),
    ("COERCE", "ban"): ("restrict", "manual: COERCE 'restrict' covers banning from political life"),
    ("ASSAULT", "assassinate"): ("targeted", "manual: 'targeted' includes (attempted) assassinations"),
    ("ASSAULT", "massacre"): ("targeted", "manual: 'targeted' includes deliberate mass killings; 'massacre' was removed"),
    ("ASSAULT", "seize"): ("destroy", "'seize' is a COERCE mode; 'Destroy property' is ASSAULT 'destroy'"),
    ("ASSAULT", "cleansing"): ("", "'cleansing' mode was removed from the manual; no replacement"),
    ("RETREAT", "return"): ("", "'return' mode is commented out in the manual"),
    ("RETREAT", "ease"): ("", "crosswalk's own note: 'ease' is no longer a mode"),
}
# A context value that slipped into the mode column.
MODE_IS_CONTEXT = {"pro_autocracy"}

# Context spellings in the crosswalk that are not in the manual's list.
CONTEXT_FIXES: dict[str, tuple[str, str]] = {
    "democracy": ("pro_democracy", "renamed in the manual's context list"),
    "humanitarian": ("human_security", "no 'humanitarian' context; closest manual context"),
}

# Sign error in the manual's score table: ACCUSE is printed as +3 while all
# its modes are negative (-2 to -3.5) and the type is verbal conflict.
SCORE_FIXES: dict[str, tuple[float, str]] = {
    "ACCUSE": (-3.0, "manual prints '3'; a dropped minus sign (all ACCUSE modes are negative)"),
}

# --------------------------------------------------------------------------
# Short descriptions, written for accord (not copied from the manual).
# --------------------------------------------------------------------------
TYPE_DESCRIPTIONS = {
    "AGREE": "Promise, offer or commit to future cooperation, including pledges to sign or ratify agreements.",
    "CONSULT": "Meetings, visits, calls, talks and negotiations between parties.",
    "SUPPORT": "Non-material, diplomatic backing: praise, endorsement, recognition, signing agreements.",
    "CONCEDE": "Verbal concessions without immediate material effect, e.g. announcing eased restrictions.",
    "COOPERATE": "Mutual material cooperation: economic, military, judicial or intelligence exchange.",
    "AID": "Material help that mainly benefits the recipient: money, arms, relief, asylum.",
    "RETREAT": "Concessions with immediate material effect: releases, withdrawals, ceasefires, access, resignations.",
    "REQUEST": "Verbal requests, demands and orders addressed to another party.",
    "ACCUSE": "Criticism, complaints, accusations, lawsuits and investigations.",
    "REJECT": "Refusals and rejections of requests, proposals or norms.",
    "THREATEN": "Warnings of serious consequences, usually verbal.",
    "PROTEST": "Collective civilian dissent: demonstrations, strikes, boycotts, blockades, riots.",
    "SANCTION": "Cutting back existing relations: breaking ties, stopping aid, expelling, convicting.",
    "MOBILIZE": "Military or police moves and alerts that stop short of using force.",
    "COERCE": "Non-violent repression and coercive uses of power: arrests, bans, curfews, seizures.",
    "ASSAULT": "Deliberate use of force that can cause serious physical harm.",
}

CONTEXT_DESCRIPTIONS = {
    "military": "state armed forces and military assistance",
    "intelligence": "state intelligence services and their activities",
    "executive": "executives, government agencies and non-elected heads of state",
    "legislative": "parliaments, legislative debate and coalition building",
    "election": "elections and electoral campaigns",
    "political_institutions": "changes to, or unusual dealings between, formal political bodies and parties",
    "pro_democracy": "democratisation processes and initiatives",
    "pro_autocracy": "autocratisation processes and initiatives",
    "economic": "trade, finance, development and macro-economic matters",
    "legal": "courts, the judiciary and national or international law",
    "reparations": "compensation for past harm",
    "human_rights": "human rights in general",
    "rights_freedoms": "civil and political rights, press freedom, freedom of assembly",
    "repression": "forceful repression by security forces",
    "human_security": "access to food, water, housing, energy and land",
    "gender": "gender and women's issues, including reproductive rights",
    "lgbt": "LGBTQ issues",
    "religion_ethnicity": "religious, ethnic, caste or language issues",
    "inequality": "unequal distribution of resources and opportunities",
    "diplomatic": "diplomacy, international or domestic",
    "territory": "territorial disputes and forced displacement",
    "peacekeeping": "peacekeeping operations",
    "health": "public health and disease",
    "asylum": "seeking or granting asylum",
    "migration": "migrants, refugees and displaced people",
    "disasters": "natural disasters and accidents",
    "natural_resource": "extraction, trade and pollution of natural resources",
    "environment": "environmental problems, policy and protest",
    "technology": "technology and high-tech industry",
    "terrorism": "terrorist groups and counter-terrorism",
    "cbrn": "chemical, biological, radiological and nuclear weapons",
    "cyber": "cyber attacks and cyber crime",
    "misinformation": "misinformation and influence operations",
    "crime": "crime and criminals in general",
    "corruption": "abuse of public office, bribery, nepotism",
    "illegal_drugs": "illegal drug production and trade",
    "trafficking": "trafficking and smuggling of people or goods",
}

QUAD_BY_NAME = {
    "VERBAL COOPERATION": 1,
    "MATERIAL COOPERATION": 2,
    "VERBAL CONFLICT": 3,
    "MATERIAL CONFLICT": 4,
}

CODE_RE = re.compile(r"^\d{2,4}$")



# Roots PLOVER leaves out that accord types itself (plover_source "accord").
ACCORD_ROOT_TYPES = {"02": "REQUEST"}

def log(msg: str) -> None:
    print(msg, file=sys.stderr)


def normalise_plover_type(name: str) -> str:
    up = name.strip().upper()
    return LEGACY_PLOVER_NAMES.get(up, up)


def parent_of(code: str) -> str | None:
    """Parent in the CAMEO hierarchy: 4-digit -> 3-digit -> 2-digit root."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


def ancestors(code: str):
    p = parent_of(code)
    while p is not None:
        yield p
        p = parent_of(p)


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 13:
        return 3
    if 14 <= r <= 20:
        return 4
    raise ValueError(f"not a CAMEO root: {root!r}")


def fmt_score(x: float) -> str:
    return f"{x:.1f}"


# --------------------------------------------------------------------------
# CAMEO sources
# --------------------------------------------------------------------------

def read_lookup(path: Path) -> tuple[dict[str, str], dict[str, tuple[str, float | None]]]:
    """Return (names, split_out) from the GDELT lookup.

    ``split_out`` holds codes that had been glued onto another line, e.g.
    ``1056<TAB>Demand de-escalation ...106:[-5.0] Demand withdrawal``.
    """
    names: dict[str, str] = {}
    split_out: dict[str, tuple[str, float | None]] = {}
    glued = re.compile(r"^(.*?)(\d{2,4}):\[(-?\d+(?:\.\d+)?)\]\s*(.+)$")
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        code, name = line.split("\t", 1)
        code = code.strip()
        if not CODE_RE.match(code):
            raise SystemExit(f"{path.name}:{lineno}: bad code {code!r}")
        m = glued.match(name)
        if m:
            head, extra, score, extra_name = m.groups()
            split_out[extra] = (" ".join(extra_name.split()), float(score))
            log(f"  lookup: split code {extra} out of the {code} line")
            name = head
        if code in names:
            raise SystemExit(f"{path.name}:{lineno}: duplicate code {code}")
        names[code] = " ".join(name.split())
    return names, split_out


def read_goldstein(path: Path) -> dict[str, float]:
    scores: dict[str, float] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if not line.strip():
            continue
        code, score = line.split("\t")
        code = code.strip()
        if not CODE_RE.match(code) or code in scores:
            raise SystemExit(f"{path.name}:{lineno}: bad or duplicate code {code!r}")
        scores[code] = float(score)
    return scores


def read_manual_codes(path: Path) -> dict[str, str]:
    """Code -> label from chapter 6 ('CAMEO EVENT CODES') of the CAMEO manual."""
    text = path.read_text(encoding="utf-8")
    start = text.index("## Chapter 6")
    end = text.index("## Chapter 7", start)
    entry = re.compile(r"^(?:## |- )?(\d{2,4}):\s*(.*)$")
    codes: dict[str, str] = {}
    last: str | None = None
    for raw in text[start:end].splitlines():
        line = raw.strip()
        if not line or line.startswith("## Chapter") or line == "## CAMEO EVENT CODES":
            continue
        m = entry.match(line)
        if m:
            code, name = m.groups()
            if code in MANUAL_CODE_FIXES:
                log(f"  manual ch.6: code {code} read as {MANUAL_CODE_FIXES[code]} (OCR error)")
                code = MANUAL_CODE_FIXES[code]
            codes[code] = name
            last = code
        elif last is not None:  # label wrapped onto following lines
            codes[last] += " " + line
    out = {}
    for code, name in codes.items():
        name = re.sub(r"\bThreate n\b", "Threaten", " ".join(name.split()))
        out[code] = name.replace('"', "")
    return out


def read_codebook_codes(path: Path) -> dict[str, str]:
    """Code -> label from the chapter 2 verb codebook (markdown tables).

    The OCR'd tables are irregular; a label is recorded only when a 'Name'
    row follows the code row.  Codes without a usable label map to ''.
    """
    row = re.compile(r"^\|\s*([A-Za-z ]+?)\s*\|\s*(.*?)\s*\|\s*$")
    codes: dict[str, str] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = row.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2)
        if key in ("cameo", "name") and CODE_RE.match(value):
            current = value
            codes.setdefault(current, "")
        elif key == "name" and current is not None and not codes[current]:
            codes[current] = " ".join(value.split())
    return codes


# --------------------------------------------------------------------------
# PLOVER sources
# --------------------------------------------------------------------------

def strip_latex(s: str) -> str:
    s = re.sub(r"(?<!\\)%.*", "", s)
    for _ in range(3):
        s = re.sub(r"\\(?:plcat|plcon|plmod|txt|ti|textit|emph|textbf|texttt|url)\{([^{}]*)\}", r"\1", s)
        s = re.sub(r"\\hyperref\[[^\]]*\]\{([^{}]*)\}", r"\1", s)
        s = re.sub(r"\\cellcolor\{[^{}]*\}", "", s)
    s = s.replace("\\_", "_").replace("---", " - ").replace("``", '"').replace("''", '"')
    return " ".join(s.split())


def read_plover_manual(path: Path):
    text = path.read_text(encoding="utf-8")

    # Event types: \section{TYPE} inside the "Event Categories" chapter.
    ev_start = text.index("\\chapter{Event Categories}")
    ev_end = text.index("\\chapter", ev_start + 10)
    chapter = text[ev_start:ev_end]
    sections = re.split(r"\\section\{([A-Z]+)\}", chapter)[1:]
    types: dict[str, dict] = {}
    for name, body in zip(sections[0::2], sections[1::2]):
        qm = re.search(r"\\subsection\{Quad category:\s*([A-Z ]+)\}", body)
        if not qm:
            raise SystemExit(f"PLOVER manual: no quad category for {name}")
        modes: list[str] = []
        tm = re.search(r"\\caption\{[^\n]*modes[^\n]*\}(.*?)\\end\{tabular\}", body, re.S)
        if tm:
            for line in tm.group(1).splitlines():
                line = line.strip()
                if not line or line.startswith("%") or "&" not in line:
                    continue
                cell = line.split("&", 1)[0].strip()
                if not cell or cell == "Name" or cell.startswith("\\"):
                    continue
                modes.append(strip_latex(cell))
        types[name] = {"quad": QUAD_BY_NAME[qm.group(1).strip()], "modes": modes}

    # Contexts: the 'General contexts' longtable.
    cm = re.search(r"\\label\{tab:general-contexts\}(.*?)\\end\{longtable\}", text, re.S)
    contexts: list[str] = []
    for line in cm.group(1).splitlines():
        line = line.strip()
        if "&" not in line or line.startswith(("\\hline", "Name", "%")):
            continue
        cell = strip_latex(line.split("&", 1)[0])
        if re.fullmatch(r"[a-z_]+", cell):
            contexts.append(cell)

    # Scores: the live (uncommented) 'conflict--cooperation scores' table.
    sm = re.search(r"^\\caption\{PLOVER conflict--cooperation scores\}(.*?)\\end\{tabular\}",
                   text, re.S | re.M)
    type_scores: dict[str, float] = {}
    mode_scores: dict[tuple[str, str], float] = {}
    for line in sm.group(1).splitlines():
        line = line.strip()
        if "&" not in line or line.startswith("\\textbf") or "CATEGORY" in line:
            continue
        cells = [strip_latex(c).rstrip("\\").strip() for c in line.split("&")]
        for label, score in zip(cells[0::2], cells[1::2]):
            if not label:
                continue
            value = float(score)
            if ":" in label:
                t, mode = (x.strip() for x in label.split(":", 1))
                mode_scores[(t.upper(), mode.lower())] = value
            else:
                type_scores[label.upper()] = value

    # CAMEO cue category -> PLOVER category ('dropped' for 01/02).
    xm = re.search(r"\\caption\{PLOVER equivalents to CAMEO cue categories\}(.*?)\\end\{tabular\}",
                   text, re.S)
    root_map: dict[str, list[str]] = {}
    for line in xm.group(1).splitlines():
        cells = [c.strip().rstrip("\\").strip() for c in line.split("&")]
        if len(cells) == 3 and CODE_RE.match(cells[0]):
            target = cells[2].split("(")[0].strip()
            root_map.setdefault(cells[0], []).append(target)

    return types, contexts, type_scores, mode_scores, root_map


@dataclass
class CrosswalkEntry:
    plover: str
    mode: str
    contexts: tuple[str, ...]
    line: int
    notes: list[str] = field(default_factory=list)


def read_crosswalk(path: Path) -> dict[str, CrosswalkEntry]:
    entries: dict[str, CrosswalkEntry] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("~"):
            continue
        code, _, rest = line.partition(":")
        code = code.strip()
        if not CODE_RE.match(code):
            raise SystemExit(f"{path.name}:{lineno}: cannot parse {raw!r}")
        parts = [p.strip() for p in rest.split(",")]
        parts += [""] * (3 - len(parts))
        plover = normalise_plover_type(parts[0])
        mode = parts[1].lower()
        contexts = tuple(c.strip() for c in parts[2].split(";") if c.strip())
        entry = CrosswalkEntry(plover, mode, contexts, lineno)
        if code in entries:
            old = entries[code]
            same = (old.plover, old.mode, old.contexts) == (plover, mode, contexts)
            log(f"  crosswalk: code {code} listed again on line {lineno} "
                f"({'identical, ignored' if same else f'conflicts with line {old.line}; first kept'})")
            continue
        entries[code] = entry
    return entries


def repair_crosswalk(entries: dict[str, CrosswalkEntry], types: dict[str, dict],
                     contexts: list[str]) -> None:
    for code, e in sorted(entries.items()):
        if e.plover not in PLOVER_TYPES:
            raise SystemExit(f"crosswalk {code}: unknown PLOVER type {e.plover!r}")
        if e.mode in MODE_IS_CONTEXT:
            log(f"  crosswalk {code}: '{e.mode}' is a context, moved out of the mode column")
            e.contexts = e.contexts + (e.mode,)
            e.mode = ""
        if e.mode and e.mode not in types[e.plover]["modes"]:
            key = (e.plover, e.mode)
            if key not in MODE_FIXES:
                raise SystemExit(f"crosswalk {code}: mode {e.mode!r} not in manual for {e.plover}")
            new, why = MODE_FIXES[key]
            log(f"  crosswalk {code}: mode {e.plover}/{e.mode} -> {new or '(none)'}: {why}")
            e.mode = new
        fixed = []
        for c in e.contexts:
            if c not in contexts:
                if c not in CONTEXT_FIXES:
                    raise SystemExit(f"crosswalk {code}: context {c!r} not in manual")
                new, why = CONTEXT_FIXES[c]
                log(f"  crosswalk {code}: context {c} -> {new}: {why}")
                c = new
            if c not in fixed:
                fixed.append(c)
        e.contexts = tuple(fixed)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

HEADER_SOURCES = [
    "Sources:",
    "  CAMEO codes, labels and Goldstein scores: GDELT lookup tables",
    "    LOOKUP-CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt (factual data),",
    "    checked against the CAMEO manual 1.1b3 (Gerner, Schrodt, Yilmaz et al.).",
    "  PLOVER types, modes, contexts, scores and the CAMEO->PLOVER crosswalk:",
    "    openeventdata/PLOVER (PLOVER_MANUAL.tex, CAMEO2PLOVER-2021.txt),",
    "    (c) Open Event Data Alliance, CC BY-SA 4.0.",
    "Generated by scripts/build_ontology.py; do not edit by hand. See docs/ontology.md.",
]


def write_tsv(path: Path, title: str, columns: list[str], rows: list[list[str]],
              extra_notes: list[str] = ()) -> None:
    lines = [f"# {title}"] + [f"# {s}" for s in HEADER_SOURCES] + [f"# {s}" for s in extra_notes]
    lines.append("\t".join(columns))
    for r in rows:
        for cell in r:
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"bad cell {cell!r}")
        lines.append("\t".join(r))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(f"wrote {path} ({len(rows)} rows)")


def build(reference: Path, out: Path) -> None:
    cameo_dir = reference / "cameo"
    log("reading sources ...")
    lookup, split_out = read_lookup(cameo_dir / "LOOKUP-CAMEO.eventcodes.txt")
    goldstein = read_goldstein(cameo_dir / "CAMEO.goldsteinscale.txt")
    manual = read_manual_codes(cameo_dir / "CAMEO.Manual.1.1b3.md")
    codebook = read_codebook_codes(cameo_dir / "chapter_2_verb_codebook.md")
    types, contexts, type_scores, mode_scores, root_map = read_plover_manual(reference / "PLOVER_MANUAL.tex")
    crosswalk = read_crosswalk(reference / "CAMEO2PLOVER-2021.txt")

    if sorted(types) != sorted(PLOVER_TYPES):
        raise SystemExit(f"PLOVER manual types differ: {sorted(types)}")
    missing_desc = set(contexts) ^ set(CONTEXT_DESCRIPTIONS)
    if missing_desc:
        raise SystemExit(f"context list changed: {sorted(missing_desc)}")

    # ---- CAMEO names ----
    names: dict[str, str] = {}
    provenance: dict[str, str] = {}
    for code, name in lookup.items():
        names[code], provenance[code] = name, "lookup"
    for code, (name, score) in split_out.items():
        if code in names:
            raise SystemExit(f"split-out code {code} also has its own line")
        names[code], provenance[code] = name, "lookup (split)"
        if score is not None and goldstein.get(code) not in (None, score):
            log(f"  WARNING: split-out {code} score {score} != Goldstein table {goldstein[code]}")
    for code, (name, why) in NAME_FIXES.items():
        log(f"  name {code}: {names.get(code)!r} -> {name!r} ({why})")
        names[code] = name
    for code, why in PREFER_MANUAL_NAME.items():
        log(f"  name {code}: {names.get(code)!r} -> manual {manual[code]!r} ({why})")
        names[code], provenance[code] = manual[code], "manual"
    for code in sorted(set(manual) - set(names)):
        names[code], provenance[code] = manual[code], "manual ch.6"
        log(f"  code {code} only in CAMEO manual ch.6: added ({manual[code]!r})")
    for code in sorted(set(codebook) - set(names)):
        if not codebook[code]:
            raise SystemExit(f"code {code} only in verb codebook and has no label")
        names[code], provenance[code] = codebook[code], "manual ch.2"
        log(f"  code {code} only in CAMEO verb codebook ch.2: added ({codebook[code]!r})")
    for code, name in names.items():
        if not name.isascii():
            raise SystemExit(f"code {code}: non-ASCII label {name!r} needs a NAME_FIXES entry")
        for anc in ancestors(code):
            if anc not in names:
                raise SystemExit(f"code {code}: ancestor {anc} missing")
    for code in sorted(set(goldstein) - set(names)):
        raise SystemExit(f"Goldstein table has unknown code {code}")
    for code in sorted(set(crosswalk) - set(names)):
        raise SystemExit(f"crosswalk has unknown code {code}")

    # ---- PLOVER crosswalk ----
    repair_crosswalk(crosswalk, types, contexts)
    dropped_roots = {r for r, targets in root_map.items() if targets == ["dropped"]}
    for root, targets in sorted(root_map.items()):
        mapped = sorted({normalise_plover_type(t) for t in targets if t != "dropped"})
        have = crosswalk.get(root)
        if have is None and root not in dropped_roots:
            log(f"  WARNING: root {root} has no crosswalk header line")
        elif have is not None and have.plover not in mapped:
            log(f"  note: root {root} crosswalk {have.plover} vs manual table {mapped}")

    rows = []
    for code in sorted(names):
        root = code[:2]
        # Goldstein
        if code in goldstein:
            g, g_src = goldstein[code], "table"
        else:
            anc = next(a for a in ancestors(code) if a in goldstein)
            g, g_src = goldstein[anc], "parent"
            log(f"  goldstein {code}: from {anc} ({g})")
        # PLOVER
        if root in ACCORD_ROOT_TYPES:
            # PLOVER drops CAMEO 02 (appeals); accord keeps them as REQUEST, which the manual
            # defines as "requests, demands and orders". Marked so it is never taken for the source.
            p, mode, ctx, p_src = ACCORD_ROOT_TYPES[root], "", (), "accord"
        elif root in dropped_roots:
            p, mode, ctx, p_src = "", "", (), "dropped"
        elif code in crosswalk:
            e = crosswalk[code]
            p, mode, ctx, p_src = e.plover, e.mode, e.contexts, "table"
        else:
            anc = next(a for a in ancestors(code) if a in crosswalk)
            e = crosswalk[anc]
            # The type and context carry over; a mode is specific to the
            # parent's wording, so it is not inherited.
            p, mode, ctx = e.plover, "", e.contexts
            p_src = "root" if len(anc) == 2 else "parent"
            log(f"  plover {code}: inherited {p} from {anc} ({p_src})")
        rows.append([code, names[code], fmt_score(g), g_src, str(quad_class(root)), root,
                     p, mode, "|".join(ctx), p_src])

    out.mkdir(parents=True, exist_ok=True)
    write_tsv(
        out / "cameo_events.tsv",
        "accord CAMEO event codes with Goldstein scores, QuadClass and PLOVER mapping",
        ["code", "name", "goldstein", "goldstein_source", "quad_class", "root",
         "plover", "plover_mode", "plover_context", "plover_source"],
        rows,
        [
            "goldstein_source: table = GDELT Goldstein table; parent = nearest ancestor's score.",
            "quad_class: from the root (01-05=1, 06-08=2, 09-13=3, 14-20=4).",
            "plover_source: table = crosswalk line; parent/root = inherited type and context",
            "  (no mode); dropped = CAMEO 01/02, which PLOVER does not code.",
            "plover_context: '|'-separated.",
        ],
    )

    # ---- PLOVER types ----
    hints: dict[str, set[str]] = {t: set() for t in PLOVER_TYPES}
    for r in rows:
        if r[6]:
            hints[r[6]].update(c for c in r[8].split("|") if c)
    for (t, m) in sorted(mode_scores):
        if m not in types[t]["modes"]:
            log(f"  WARNING: score table mode {t}: {m} not in the {t} mode table")
    type_rows = []
    for t in PLOVER_TYPES:
        score = type_scores[t]
        if t in SCORE_FIXES:
            new, why = SCORE_FIXES[t]
            log(f"  score {t}: {score} -> {new} ({why})")
            score = new
        ms = "|".join(f"{m}={fmt_score(mode_scores[(t, m)])}"
                      for m in types[t]["modes"] if (t, m) in mode_scores)
        type_rows.append([t, TYPE_DESCRIPTIONS[t], "|".join(types[t]["modes"]),
                          "|".join(sorted(hints[t])), str(types[t]["quad"]),
                          fmt_score(score), ms])
    write_tsv(
        out / "plover_types.tsv",
        "accord PLOVER event types (manual order)",
        ["type", "description", "modes", "contexts_hint", "quad_class", "score", "mode_scores"],
        type_rows,
        [
            "modes: the type's mode table in the PLOVER manual, '|'-separated.",
            "contexts_hint: contexts the CAMEO->PLOVER crosswalk uses with this type.",
            "quad_class: the type's 'Quad category' in the manual (1-4).",
            "score / mode_scores: PLOVER conflict-cooperation scores from the manual.",
            "Descriptions are accord's own summaries.",
        ],
    )

    write_tsv(
        out / "plover_contexts.tsv",
        "accord PLOVER contexts (manual order)",
        ["context", "description"],
        [[c, CONTEXT_DESCRIPTIONS[c]] for c in contexts],
        ["Descriptions are accord's own summaries."],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                    help="directory with the reference files (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)
    if not args.reference.is_dir():
        ap.error(f"reference directory not found: {args.reference}")
    build(args.reference, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
