"""The everyday roots of a day's wire, round 12 (eighteenth session): classes found by coding a
private set of agency sentences in the mix of a real news day. A visitor welcomed to or in a
capital, or with a ceremony, is hosted (043, not praise); a banquet or dinner hosted or given for a
leader is hosting (043); a Pope or an official landing in a capital, a delegation crossing into a
state, or anyone landing or crossing "for talks" is a visit (042); talks during a telephone
conversation (041); a nation's forgiveness asked (055, not an appeal); aid offered in kind or "in
aid" (033); talks by video link (040); a transfer of power welcomed (051); an offer to mediate accepted (038). Background that coded: a war or crisis that displaces people is no mass expulsion, a
"since" phrase on a noun ("the first visit since the border clash") is background, the step a
reaction verb answers ("X's decision to annex ... drew criticism") and the step a verdict judges
("said the missile test was a provocation") are not told, nor is an attack in "reports of" it, and reforms that
"threaten the rule of law" make no threat. Team-written sentences; each row of the first table
failed before. Near-misses must stay silent or keep their code."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A visitor welcomed to or in a capital, or with a ceremony: hosting (043), not praise.
    # (the capital is read as a second recipient here, JOR beside TUR: the argument stage's "to" phrase)
    ("King Abdullah of Jordan welcomed Erdogan to Amman on Sunday, the Jordanian royal court said.",
     "043", {"JOR"}, None),
    ("Chinese President Hu Jintao welcomed Laos' Communist Party chief Choummaly Sayasone in Beijing on Monday.",
     "043", {"CHN"}, {"LAO"}),
    ("Vietnam's president welcomed Macron with a 21-gun salute at the presidential palace in Hanoi.",
     "043", {"VNM"}, {"FRA"}),
    # A banquet or dinner hosted or given for a leader: hosting (043).
    ("The Japanese emperor hosted a state banquet for Indian Prime Minister Narendra Modi on Tuesday.",
     "043", {"JPN"}, {"IND"}),
    ("Spain's king gave a state dinner for the visiting Mexican president at the royal palace.",
     "043", {"ESP"}, {"MEX"}),
    # A Pope or an official landing in a capital, anyone landing or crossing for talks: a visit (042).
    ("Pope Francis landed in Baghdad on Friday for the first papal trip to Iraq.", "042", {"VAT"}, {"IRQ"}),
    ("A Chinese delegation crossed into Mongolia on Wednesday for talks on a gas pipeline.", "042", {"CHN"}, {"MNG"}),
    # Talks during a telephone conversation (041).
    ("Kenyan President Uhuru Kenyatta discussed the drought with Ethiopian Prime Minister Abiy Ahmed "
     "during a telephone conversation on Monday.", "041", {"KEN"}, {"ETH"}),
    # Talks held by video link (040).
    ("Scholz and Trudeau held a video conference on Tuesday about energy supplies.", "040", {"DEU", "CAN"}, None),
    # A transfer of power or a rapprochement welcomed (051).
    ("Britain welcomed the peaceful handover of power in Malawi.", "051", {"GBR"}, None),
    # An offer to mediate, or of mediation, accepted: intent to accept mediation (038), the mediator
    # as the target (codebook 038: "agreed to US mediation").
    ("Ethiopia accepted a Kenyan offer of mediation in its border dispute with Eritrea.", "038", {"ETH"}, {"KEN"}),
    ("The Philippines accepted Malaysia's offer to mediate in talks with Muslim rebels.", "038", {"PHL"}, {"MYS"}),
    # A nation's forgiveness asked: an apology (055), not an appeal.
    ("Belgium's king asked Congo's forgiveness for the abuses of colonial rule.", "055", {"BEL"}, {"COD"}),
    # Aid offered "in aid" or in kind (033).
    ("Thailand offered Myanmar 10,000 tonnes of rice in emergency aid after the cyclone.", "0333", {"THA"},
     {"MMR"}),
])
def test_everyday_classes_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # What stays: a step welcomed is praise; the visit itself keeps its code when a background
    # phrase follows; a plain threat keeps 130.
    ("Ghana welcomed Nigeria's decision to reopen its land border.", "051", {"GHA"}, {"NGA"}),
    ("Egypt's foreign minister will travel to Khartoum next week, the first visit by an Egyptian minister "
     "since the coup in April, officials said.", "036", {"EGY"}, {"SDN"}),
    ("Colombia's president threatened Venezuela with a trade embargo.", "13", {"COL"}, {"VEN"}),
])
def test_codes_kept(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, not_code", [
    # A war or a famine that uproots people is no mass expulsion.
    ("Yemen's civil war has displaced more than three million people, the United Nations says.", "20"),
    ("Somalia's drought and famine have displaced hundreds of thousands of herders.", "20"),
    # A clash named as the time a visit is counted from is background.
    ("Thai Foreign Minister Don Pramudwinai will visit Phnom Penh next month, the first visit since the "
     "border clash at the temple.", "19"),
    # The step a reaction answers is not told again.
    ("Hungary's decision to build a border fence drew criticism from Serbia and Croatia.", "17"),
    ("Israel's decision to expel the envoy sparked protests in Ankara.", "16"),
    # What a report tells, and the step a verdict judges, are not told as acts.
    ("Gold prices rose on Tuesday after reports of a missile attack on a Saudi oil field.", "18"),
    ("Seoul said the North Korean missile test was a grave provocation.", "15"),
    # Reforms said to threaten the rule of law: a verdict, not a threat.
    ("Romania's justice reforms threaten the rule of law, the European Commission said.", "13"),
    # A banquet for athletes or a dinner for friends.
    ("The club hosted a dinner for its players after the final.", "04"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
