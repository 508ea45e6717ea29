"""The CAMEO codebook in wire copy, round 11 (seventeenth session): classes found by writing wire
sentences for each codebook entry. A demand or appeal to stop bombing or shelling is de-escalation
(1056, 0256); an economic blockade ended is sanctions eased (1054); a ban on a party lifted (0812);
a nuclear strike threatened (1385); armed units firing back at someone (190, not a verbal retort);
statues or shrines destroyed (1712); a party chief hosted (043); a cleric expelled (174); a firm
"in talks to buy" (046); "under investigation" (090, for fraud or bribery 091); trade, grain or
fishing deals signed (057); regret voiced over another's act (111); troops engaged in a battle
(19x); a government giving up its own plan (080) or withdrawing its reform (0832); an inquiry
into allegations (091, not an accusation); UN officials expelled (166); protests vowed (133).
Team-written sentences; each row of the first table failed before. Near-misses must stay silent
or keep their code: weighing "ways" or "options" is no inquiry, the act a party is praised "for"
is background, a road blockade to be ended stays popular dissent, a firm's plan suspended is no
political yielding."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A demand or appeal to stop an act of fighting: de-escalation (1056, 0256), not policy.
    ("Germany demanded that Turkey stop shelling Kurdish towns in northern Syria.", "1056", {"DEU"}, {"TUR"}),
    ("France urged Azerbaijan to stop bombarding Armenian villages.", "0256", {"FRA"}, {"AZE"}),
    # An economic blockade ended: sanctions eased (1054), not popular dissent.
    ("Venezuela demanded that the United States lift its economic blockade.", "1054", {"VEN"}, {"USA"}),
    # A ban on a party or movement lifted (0812).
    ("Algeria lifted the ban on the Islamic Salvation Front on Monday.", "0812", {"DZA"}, None),
    # A nuclear strike threatened (1385).
    ("Pakistan threatened a nuclear strike on India if it crossed the border.", "1385", {"PAK"}, {"IND"}),
    # Armed units firing back: force (19x), not a verbal retort.
    ("Indian troops fired back at Pakistani positions across the Line of Control.", "19", {"IND"}, {"PAK"}),
    # Statues or shrines destroyed (1712).
    ("Taliban fighters destroyed the ancient Buddha statues in Afghanistan.", "1712", {"AFGTAL"}, None),
    # A party chief hosted (043).
    ("Moscow hosted Cuba's Communist Party chief for two days of talks.", "043", {"RUS"}, {"CUB"}),
    # A cleric expelled (174).
    ("Austria expelled a Turkish imam accused of spying on worshippers.", "174", {"AUT"}, {"TUR"}),
    # A firm in talks to buy another's company: negotiation (046).
    ("Gazprom is in talks to buy Serbia's state oil company.", "046", {"RUS"}, {"SRB"}),
    # "Under investigation": an inquiry (090), for fraud or bribery 091.
    ("Peru's former president is under investigation for bribery, prosecutors said.", "091", {"PER"}, {"PER"}),
    # Deals named by their field signed (057).
    ("A fishing deal was signed by Morocco and Mauritania in Rabat.", "057", {"MAR", "MRT"}, None),
    # Regret voiced over another party's act: criticism (111), not an apology.
    ("China voiced deep regret over South Korea's decision to deploy the missile system.", "111", {"CHN"}, {"KOR"}),
    # Troops engaged in a battle: armed force (19x), not a verbal fight.
    ("Nigerian soldiers engaged in a fierce battle with Boko Haram fighters in Borno state.", "19", {"NGA"}, None),
    # A government giving up its own plan: yielding (080), not a rejection; what it faced is the scene.
    ("Faced with farmers' protests, the Polish government suspended its plan to cut diesel subsidies.",
     "080", {"POL"}, {"POL"}),
    ("Argentina's president dropped his plan to privatise the state airline after strikes.", "080", {"ARG"}, {"ARG"}),
    # An inquiry into allegations is the inquiry, not an accusation.
    ("South African police opened an inquiry into allegations of fraud at the state railway.", "091", {"ZAF"}, {"ZAF"}),
    # A government withdrawing its own reform (0832).
    ("The Greek government withdrew the controversial pension reform after a week of strikes.", "0832", {"GRC"}, {"GRC"}),
    # UN officials expelled (166).
    ("Sudan expelled two senior UN officials from Darfur.", "166", {"SDN"}, {"IGOUNO"}),
    # Protests vowed: a threat of protest (133), not political reform.
    ("Bolivia's opposition vowed to hold mass protests until the vote was repeated.", "133", {"BOL"}, {"BOL"}),
])
def test_codebook_classes_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # What stays: a politician's retort, an apology for one's own act, a road blockade to end.
    ("Britain's opposition leader fired back at his critics on Tuesday.", "111", None, None),
    ("Japan expressed regret for the collision of its coast guard vessel with a Taiwanese boat.", "055",
     {"JPN"}, None),
    ("The Chilean government demanded that truckers end their blockade of the highways.", "1052", {"CHL"}, {"CHL"}),
])
def test_codes_kept(code_text, text, code, actor, recipient):
    record = code_text(text)
    if actor is None:
        assert not any(c.startswith("19") for c, _, _ in dyads(record)), dyads(record)
    else:
        assert_some_event(record, code, actor, recipient, exact=True)


@pytest.mark.parametrize("text, not_code", [
    # Weighing ways or options is no inquiry (CAMEO 014, not coded).
    ("The Spanish government is investigating ways to cut water use in the south.", "09"),
    ("Norway is examining options for a new pension fund, the finance minister said.", "09"),
    # The act praised is background, not a second event.
    ("Sweden praised Finland for sending aid to the flood victims.", "07"),
    # Something under investigation with no party to it.
    ("The cause of the blaze is under investigation, the Greek fire service said.", "09"),
    # A firm giving up a plan is no political yielding.
    ("The airline suspended its plan to open a new route to Lisbon because of weak demand.", "08"),
    # Congratulations in sport.
    ("The coach offered his congratulations to the team after the final.", "05"),
    # Tribute paid to victims or to a person (test_idioms pins a television host).
    ("The Turkish president paid tribute to the victims of the mine disaster.", "05"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
