"""The words of what a request, protest or rejection asks for: CAMEO's parallel aims.

Word lists (lemmas and forms) for the aims :func:`accord.events.aims.aim_of` reads -- a change in
leadership, of policy, rights, institutions, the release of persons or property, the easing of
sanctions, access for outsiders, de-escalation, talks, mediation, aid, reparations -- in the order
they are tried (`AIMS_IN_ORDER`), and the nouns that make a rejection one of a request.
"""

from __future__ import annotations

from accord.actors.tables import word_sets



# The word sets are data: each one's words and why are in accord/data/words/aim_words.tsv.
WORD_SETS = word_sets("aim_words")
LEADERSHIP = WORD_SETS["LEADERSHIP"]
RIGHTS = WORD_SETS["RIGHTS"]
ELECTIONS = WORD_SETS["ELECTIONS"]
INSTITUTIONS = WORD_SETS["INSTITUTIONS"]
SELF_RULE = WORD_SETS["SELF_RULE"]
SANCTION_WORDS = WORD_SETS["SANCTION_WORDS"]
EASING = WORD_SETS["EASING"]
RELEASE = WORD_SETS["RELEASE"]
INFORMATION = WORD_SETS["INFORMATION"]
INVOLVEMENT = WORD_SETS["INVOLVEMENT"]
CEASEFIRE = WORD_SETS["CEASEFIRE"]
OUTSIDERS = WORD_SETS["OUTSIDERS"]
HANDING = WORD_SETS["HANDING"]
WANTED = WORD_SETS["WANTED"]
WANTED_BY = WORD_SETS["WANTED_BY"]
HELD_LAND = WORD_SETS["HELD_LAND"]
OWN_PEOPLE = WORD_SETS["OWN_PEOPLE"]
FOREIGN = WORD_SETS["FOREIGN"]
EASED_TRADE = WORD_SETS["EASED_TRADE"]
ADMINISTRATIVE = WORD_SETS["ADMINISTRATIVE"]
DISSENT = WORD_SETS["DISSENT"]
ARMED_STRIKE = WORD_SETS["ARMED_STRIKE"]
FIGHTING = WORD_SETS["FIGHTING"]
HALTS = WORD_SETS["HALTS"]
TRUCES = WORD_SETS["TRUCES"]
BREACHES = WORD_SETS["BREACHES"]
PROTECTING = WORD_SETS["PROTECTING"]
DEPLOYING = WORD_SETS["DEPLOYING"]
PROTECTORS = WORD_SETS["PROTECTORS"]
TALK_OPENERS = WORD_SETS["TALK_OPENERS"]
SETTLING = WORD_SETS["SETTLING"]
FIGHTING_VERBS = WORD_SETS["FIGHTING_VERBS"]
ECONOMIC_BLOCKADE = WORD_SETS["ECONOMIC_BLOCKADE"]
MILITARY_BLOCKADE = WORD_SETS["MILITARY_BLOCKADE"]
DEESCALATION = WORD_SETS["DEESCALATION"]
TALKS = WORD_SETS["TALKS"]
MEDIATION = WORD_SETS["MEDIATION"]
PEACE = WORD_SETS["PEACE"]
POLICY = WORD_SETS["POLICY"]
LAW_CHANGING = WORD_SETS["LAW_CHANGING"]
MILITARY_AID = WORD_SETS["MILITARY_AID"]
RELIEF_GOODS = WORD_SETS["RELIEF_GOODS"]
AID = WORD_SETS["AID"]
ECONOMIC = WORD_SETS["ECONOMIC"]
TRADE_BARRIERS = WORD_SETS["TRADE_BARRIERS"]
JUDICIAL = WORD_SETS["JUDICIAL"]


APOLOGY = WORD_SETS["APOLOGY"]
REPARATIONS = WORD_SETS["REPARATIONS"]
AIMS_IN_ORDER = (
    ("leadership", LEADERSHIP), ("rights", RIGHTS), ("institutions", INSTITUTIONS), ("institutions", SELF_RULE),
    ("leadership", ELECTIONS),
    ("release", RELEASE),
    ("information", INFORMATION), ("involvement", INVOLVEMENT), ("deescalation", CEASEFIRE), ("talks", TALKS),
    ("peace", PEACE), ("policy", POLICY), ("military_aid", MILITARY_AID), ("reparations", REPARATIONS),
    ("aid", AID), ("judicial", JUDICIAL), ("economic", ECONOMIC), ("support", {"support"}),
    ("reform", {"reform", "reforms", "democratisation", "democratization", "liberalisation", "liberalization"}),
    ("yield", {"cede", "surrender", "relinquish", "concession", "concessions"}),
    ("cooperation", {"joint", "cooperation", "alliance"}),
)
YIELD_VERBS = WORD_SETS["YIELD_VERBS"]
PROTEST_AIMS = WORD_SETS["PROTEST_AIMS"]
SUPPORT = WORD_SETS["SUPPORT"]


POLICY_TARGETS = WORD_SETS["POLICY_TARGETS"]
VENUE_MEETINGS = WORD_SETS["VENUE_MEETINGS"]
PROTESTED_RELEASES = WORD_SETS["PROTESTED_RELEASES"]

OCCASION_MARKS = WORD_SETS["OCCASION_MARKS"]
PROTEST_NOUNS = WORD_SETS["PROTEST_NOUNS"]
PURPOSE_PARTICIPLES = WORD_SETS["PURPOSE_PARTICIPLES"]
TIME_PREPS = WORD_SETS["TIME_PREPS"]
TEAMS = WORD_SETS["TEAMS"]
LAWMAKING_VERBS = WORD_SETS["LAWMAKING_VERBS"]
PAY = WORD_SETS["PAY"]

REQUEST_NOUNS = WORD_SETS["REQUEST_NOUNS"]
