"""The sub-code of an appeal, demand, refusal, promise or threat from the act it governs.

CAMEO's verbal roots mirror the material ones: an appeal, a demand, a refusal, a promise and a
threat each have a code for every kind of act asked for, refused, promised or threatened
("urged Japan to send food aid" is an appeal for humanitarian aid, 0233; "threatened to close
the strait" a threat of blockade, 1381). When neither the lexicon entry nor the aim words
(:mod:`accord.events.aims`) give the sub-code, the governed act -- the infinitive or
that-clause, or the noun after "for" ("called for the release of …") -- is looked up in the
event lexicon as if it were an event of its own, and its code picks the sub-code. Only a code
that narrows the one found is taken ("020" → "0233", "023" → "0233"), never a sibling of a
sub-code the lexicon chose.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.aims import refine
from accord.events.frames import frame_check
from accord.events.lexicon import Lexicon
from accord.events.merging import THREAT_CODE

# The word sets are data: each one's words and why are in accord/data/words/events_governed.tsv.
WORD_SETS = word_sets("events_governed")

# Cooperation announced for the future is an intention (PLOVER: code it AGREE); CAMEO has an
# "express intent to ..." code for each cooperative root.
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
               "045": "039", "046": "036", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "071": "0331", "072": "0332", "073": "0333", "074": "0334", "081": "0351", "082": "0352",
               "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
               "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}

# Code prefix of the governed act → the sub-code, for each verbal root (longest prefix first);
# promises and threats share the tables used when an act itself is announced or threatened.
# The demand codes 105-108 are left out: the codebook and the lookup number them differently.
ASKED = {
    "02": {"05": "022", "06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
           "07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
           "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
           "08": "025", "081": "0251", "082": "0252", "084": "0253", "085": "0254", "086": "0255",
           "087": "0256", "04": "026", "045": "028"},
    "03": INTENT_CODE,
    "10": {"09": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014", "05": "102",
           "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
           "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
           "081": "1051", "082": "1052", "084": "1053", "085": "1054", "086": "1055", "087": "1056"},
    "12": {"06": "121", "061": "1211", "062": "1212",
           "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
           "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
           "08": "124", "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245",
           "087": "1246", "04": "125"},
    "13": THREAT_CODE,
}


OWN_ACTS = WORD_SETS["OWN_ACTS"]


RETALIATING = WORD_SETS["RETALIATING"]


# Codes the codebook defines by what they leave out, and the codes that say more: a non-force
# threat "not specified below" (131) by any non-force threat below it (aid, sanctions or ties
# 1311-1313, administrative sanctions 132x, dissent, negotiations, mediation, involvement 133-136);
# a threat to halt international involvement "(non-mediation)" (136) by halting a mediation (135).
SPECIFIED_BELOW = {"131": ("131", "132", "133", "134", "135", "136"), "136": ("135",)}


def narrows(general: str, specific: str) -> bool:
    """Whether ``specific`` says more than ``general`` without contradicting it: the generic code
    of the root ("020", "130"), a code that ``specific`` falls under ("023" → "0233"), or a code
    defined by what it leaves out (``SPECIFIED_BELOW``: "131" → "1321")."""
    if specific == general or len(specific) < len(general) or specific[:2] != general[:2]:
        return False
    return (len(general) == 3 and general.endswith("0")) or specific.startswith(general) \
        or specific.startswith(SPECIFIED_BELOW.get(general, ()))


def governed_acts(token: Token) -> list[Token]:
    """The words naming what the trigger asks, refuses, promises or threatens."""
    acts = []
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            acts.append(child)
        elif child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and token.lemma_.lower() not in OWN_ACTS:
            acts.append(child)  # "appealed to Washington to lift sanctions", parsed as a purpose clause
        elif child.dep_ == "prep" and child.lower_ == "for":
            acts += [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]  # "called for the release of"
        elif child.dep_ == "dobj" and child.pos_ == "NOUN" and token.pos_ in ("VERB", "AUX"):
            acts.append(child)  # "demanded the release of", "threatened retaliation"
    return acts


def governed_code(code: str, token: Token, lexicon: Lexicon, is_actor, is_person, loose: bool = False) -> str | None:
    """The sub-code the governed act gives ``code``, or None. ``loose``: the code came from an
    entry whose frame names no words ("threaten" + any infinitive: 138), so any code of the
    same root that the governed act gives is more telling ("threatened to stage a general
    strike" is a threat of protest, 133)."""
    table = ASKED.get(code[:2])
    if table is None:
        return None
    from accord.events.recodes import _takes_ground as takes_ground  # (recodes imports this module)
    fallback = None
    acts = governed_acts(token)
    if code[:2] == "13":
        # what the threatened act is for, after the act itself: "threatened to send troops into
        # northern Syria to seize the town" is a threat of occupation (1382), not of force (138)
        acts += [g for act in acts if act.pos_ in ("VERB", "AUX") for g in act.children
                 if g.dep_ == "advcl" and g.i > act.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in g.children)]
    for act in acts:
        if code[:2] == "13" and act.lemma_.lower() in RETALIATING:
            continue  # "threatened to retaliate": force not specified (138), not a conventional attack
        for entry in lexicon.candidates(act):
            if frame_check(entry, act, is_actor, is_person) is not None:
                continue
            # the act's own sub-code first: "lift its ban on seafood imports" eases an embargo (085)
            inner = refine(entry.cameo, act) or entry.cameo
            if inner == "190" and code[:2] == "13" and takes_ground(act):
                inner = "192"  # "to seize the border town", "to capture the capital": a threat of occupation
            specific = next((table[inner[:n]] for n in (4, 3, 2) if inner[:n] in table), None)
            if fallback is not None:
                if specific is not None and narrows(fallback, specific):
                    return specific  # the purpose names the kind of force (1381-1385)
            elif specific is not None and (narrows(code, specific) or loose and specific[:2] == code[:2]
                                           and specific != code):
                if specific == "138" and code[:2] == "13":
                    fallback = specific  # force in general: a purpose clause may say which (1382)
                    break
                return specific
            break  # the first entry that fits says what the act is
    return fallback
