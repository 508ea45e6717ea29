"""Deaths and damage nobody inflicted: disasters, accidents and disease.

The violence frames (roots 18-20) code "were killed", "were wounded", "destroyed" with nobody
named as an unidentified attacker of the country where it happened (CAMEO's convention for
"a roadside bomb killed three soldiers"). Wire copy tells many more deaths that no attacker
caused: "were killed when a bus plunged into a ravine", "died in floods", "after an earthquake
sent waves into the coast". Such a sentence names the mishap and no weapon or armed body; it
reports no event between political actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.argument_words import by_unknown_attacker

VIOLENT_ROOTS = ("18", "19", "20")
# Nouns and verbs that name a natural disaster, an accident or an illness as the cause.
MISHAP_WORDS = {
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "flood", "flooding", "floodwater", "deluge",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "monsoon", "rain", "rainfall", "downpour",
    "landslide", "mudslide", "landslip", "avalanche", "eruption", "volcano", "heatwave", "drought",
    "blizzard", "snowstorm", "lightning", "wildfire", "bushfire", "crash", "collision", "accident",
    "derailment", "stampede", "crush", "capsize", "plunge", "collide", "derail", "drown", "overturn",
    "outbreak", "epidemic", "pandemic", "disease", "virus", "cholera", "malaria", "ebola", "flu",
    "influenza", "overdose", "famine", "starvation", "collapse", "colliery", "leak", "blaze", "inferno",
}
# Any of these and a weapon or an armed hand may be at work after all ("a car bomb crashed into").
ARMED_WORDS = {
    "bomb", "bomber", "bombing", "gunman", "militant", "rebel", "insurgent", "guerrilla", "militia", "fighter",
    "attack", "attacker", "assailant", "gun", "gunfire", "rifle", "shoot", "shooting", "shot", "missile", "rocket",
    "shell", "shelling", "mortar", "grenade", "explosive", "airstrike", "strike", "raid", "terrorist", "terrorism",
    "suicide", "stab", "knife", "machete", "arson", "ambush", "sniper", "war", "clash", "massacre", "mob", "murder",
    "sabotage", "hijack", "hijacker", "force",
}
# (Soldiers, troops, military jets and drones are left out: they are as often the victims or the
# vehicles of an accident, "ten soldiers were killed when a military helicopter crashed"; so is
# police, for "police said" is how an accident is reported.)


def mishap_cause(token: Token, code: str, actors: list) -> Token | None:
    """The word naming a disaster, accident or illness behind a violent act with no named
    doer ("killed in floods"), or None. ``actors`` are the coder's ArgumentActors."""
    if not code.startswith(VIOLENT_ROOTS) or not actors:
        return None
    if not all(by_unknown_attacker(a) for a in actors):
        return None  # somebody named did it: "troops killed ..."
    # (The trigger counts as a weapon word too: "an airstrike caused a building to collapse".)
    if any(t.lemma_.lower() in ARMED_WORDS for t in token.sent):
        return None
    return next((t for t in token.sent if t.i != token.i and t.lemma_.lower() in MISHAP_WORDS), None)
