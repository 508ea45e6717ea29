"""What is done in real news, round 6 (thirteenth session): a peacekeeping force accepted or
welcomed (0861), forces joined (060), a mediation, sales or cooperation put on hold (165, 163, 160), work shunned or stayed away from (143), a visitor shunned (160), a bare "give" of
something that is no aid asked for (access: 0255; time or guarantees: 020), the efforts or steps
"made by" a party praised or appreciated (051), and what a statement "in which it ..." says (its
author's act). Team-written sentences; each row of the first table failed before. Sentences with
the same words that tell no act, or another act, must stay as they are."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A peacekeeping force (mission, troops) accepted or welcomed: peacekeepers received (0861).
    # The sender named on the force is the recipient, not the place it is sent to.
    ("Chad accepted an African Union peacekeeping force on its eastern border.", "0861", {"TCD"}, {"IGOAFU"}),
    ("Sudan accepted the UN peacekeeping troops in Darfur.", "0861", {"SDN"}, {"IGOUNO"}),
    ("Somalia welcomed the Kenyan peacekeeping troops.", "0861", {"SOM"}, {"KEN"}),
    ("The Malian government welcomed a United Nations peacekeeping force in the north.", "0861", {"MLI"},
     {"IGOUNO"}),
    # Work or classes shunned, or stayed away from: a strike (143, codebook example "shunned work").
    ("Palestinian workers shunned work on Tuesday.", "143", {"PSE"}, None),
    ("Greek teachers stayed away from classes on Monday in a dispute over pay.", "143", {"GRC"}, None),
    # Shunning a visiting leader reduces relations (160), not a refusal of a request (120).
    ("The Hungarian prime minister shunned the Ukrainian president during his trip to Brussels.", "160",
     {"HUN"}, {"UKR"}),
    # An appeal to "give" access is for international involvement (0255); to give time or
    # guarantees, a plain appeal (020), not an appeal for aid (023).
    ("The European Union urged Russia to give inspectors full access to the site.", "0255", {"IGOEEC"},
     {"RUS"}),
    ("The United Nations urged Israel to give more time for negotiations.", "020", {"IGOUNO"}, {"ISR"}),
    ("Germany asked Poland to give guarantees on the rule of law.", "020", {"DEU"}, {"POL"}),
    # The efforts or steps "made by" / "taken by" a party, praised or appreciated (051).
    ("Beijing appreciates the efforts made by Pakistan to ease tensions.", "051", {"CHN"}, {"PAK"}),
    ("The Kenyan president appreciated the contribution made by Uganda to the regional force.", "051", {"KEN"},
     {"UGA"}),
    # What a statement or letter "in which it ..." says is its author's act.
    ("Russia's Foreign Ministry issued a statement in which it condemned the Israeli strike.", "111", {"RUS"},
     {"ISR"}),
    ("Iran published a letter in which it accused Saudi Arabia of funding terrorism.", "112", {"IRN"}, {"SAU"}),
    # Forces joined (the idiom) is cooperation (060), not a peacekeeping force joined (074).
    ("Britain and France joined forces to fight the smugglers.", "060", {"GBR", "FRA"}, None),
    ("Turkey joined forces with the Syrian rebels against the Kurds.", "060", {"TUR"}, None),
    # Put "on hold" or "on ice": a mediation (165), sales (163), cooperation (160).
    ("Egypt put its mediation between Israel and Hamas on hold.", "165", {"EGY"}, None),
    ("Germany put arms sales to Saudi Arabia on hold.", "163", {"DEU"}, {"SAU"}),
    ("Japan put its security cooperation with South Korea on ice.", "160", {"JPN"}, {"KOR"}),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=True)


@pytest.mark.parametrize("text, code", [
    # Aid asked for stays aid; giving up stays yielding or de-escalation.
    ("Kenya urged donors to give more food to the refugees.", "0233"),
    ("France urged Iran to give up its nuclear programme.", "025"),
    ("The United States urged the Syrian rebels to give up their weapons.", "0256"),
    # The deployment of peacekeepers accepted was already 0861; refugees taken in are aid (073,
    # codebook 075: "opening of borders to masses of refugees should be coded as 073").
    ("Lebanon accepted the deployment of thousands of additional U.N. peacekeepers in the south.", "0861"),
    ("Turkey has taken in three million Syrian refugees.", "073"),
    # A peacekeeping force that names no sender is left to the other words of the sentence.
    ("Indonesia accepted a peacekeeping force in the province, bowing to pressure from the United Nations.", "08"),
    # Snubbing a proposal stays a rejection.
    ("Pyongyang snubbed Seoul's proposal for a summit of the two leaders.", "12"),
    # A peacekeeping force joined is still peacekeeping (074), not the idiom "joined forces".
    ("Fiji joined the UN peacekeeping force in Lebanon.", "074"),
])
def test_nearby_codes_unchanged(code_text, text, code):
    record = code_text(text)
    assert any(e["cameo"].startswith(code) for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text", [
    # Fans shunning a stadium, a coach praising the effort his players made: no political act.
    "The fans shunned the stadium after the defeat.",
    "The coach appreciated the effort made by the players on Saturday.",
    "The striker stayed away from training on Monday with a knee injury.",
    # "put on hold" of a deal in business; a bare "give" of a chance in sport.
    "The club put the transfer talks on hold.",
    "The manager urged the club to give young players a chance.",
])
def test_same_words_elsewhere_stay_uncoded(code_text, text):
    assert code_text(text)["events"] == [], dyads(code_text(text))
