"""What is done in real news, round 10 (sixteenth session): classes rather than phrasings, and
false alarms of everyday words. An ultimatum needs the act it asks for ("gave Iraq 48 hours to
leave": 139), never "two hours of lessons"; a request for a loan, relief or asylum approved or
granted is the act granted (071, 075), not praise; rejecting an allegation is a denial (CAMEO
016, root 01, not coded); "dismissed X as Y" is a verdict (111); a company's unit, stake or
ranch seized (1711); a politician pelted (182); "protested that ..." (111); an actor that says
it cannot support or accept a plan refuses it (12x); a measure named as the subject of "lifted",
"suspended", "likely to be eased" is what is ended, not a sanction imposed now. Team-written
sentences; each row of the first table failed before. Sentences with the same words that tell
no such act must stay silent."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # A request for money or relief granted: the aid itself (071); for asylum (075).
    ("The World Bank approved Kenya's request for a $300m loan.", "071", {"IGOUNOWBK"}, {"KEN"}),
    ("The IMF granted Ghana's request for debt relief.", "071", {"IGOIMF"}, {"GHA"}),
    ("The Spanish government approved the Cuban dissident's request for asylum.", "075", {"ESP"}, {"CUB"}),
    # "Dismissed X as Y": a verdict on an actor's plan (111).
    ("The Italian opposition dismissed the government's budget as \"reckless\".", "111", {"ITA"}, {"ITA"}),
    ("The Kenyan opposition dismissed the finance minister as a failure.", "111", {"KEN"}, {"KEN"}),
    # A verdict on a budget or on a person (111).
    ("The Hungarian government dismissed the Austrian budget as reckless.", "111", {"HUN"}, {"AUT"}),
    # Escaped inmates or a suspect captured by police: an arrest (173).
    ("Mexican police captured the two escaped inmates near Monterrey.", "173", {"MEX"}, {"MEX"}),
    ("The fugitive was captured by Brazilian police in Sao Paulo.", "173", {"BRA"}, {"BRA"}),
    # A company's unit or subsidiary seized (1711).
    ("Venezuela seized the Spanish company's local unit.", "1711", {"VEN"}, {"ESP"}),
    # A politician pelted (182), by protesters too.
    ("The Egyptian minister was pelted by protesters in Cairo.", "182", {"EGY"}, {"EGY"}),
    ("Protesters pelted the Greek prime minister with yoghurt.", "182", {"GRC"}, {"GRC"}),
    # "Protested that ...": a complaint said (111).
    ("Chinese firms have protested that the Indian rules make imports too costly.", "111", {"CHN"}, {"IND"}),
    # A watchdog asked to act: an appeal (020).
    ("The Irish opposition asked the broadcasting watchdog to investigate the advert.", "020", {"IRL"}, None),
    # A scheme or facility supported (051), or one an actor cannot support (120).
    ("The Irish government supports the scheme.", "051", {"IRL"}, None),
    ("The Italian government says it cannot support the new facility.", "120", {"ITA"}, None),
    # "Cannot support / cannot accept" a plan: a refusal (120).
    ("The Dutch government can't support the German plan for a new tax.", "120", {"NLD"}, {"DEU"}),
    ("Iran says it cannot accept the European proposal.", "120", {"IRN"}, None),
])
def test_what_is_done_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


def test_ultimatum_with_its_infinitive_kept(code_text):
    # Coded before by the imported "give ... hours" row, which is gone: now the infinitive the
    # model hangs on the time allowed ("48 hours to leave") makes the ultimatum (139).
    assert_some_event(code_text("The United States gave Saddam Hussein 48 hours to leave Iraq."), "139",
                      {"USA"}, {"IRQ"}, exact=True)


def test_proposal_dismissed_stays_a_rejection(code_text):
    # "dismissed X as Y" is a verdict (111) except on a proposal, plan or offer: a rejection (120).
    assert_some_event(code_text("Israel dismissed the Palestinian proposal as a non-starter."), "120",
                      {"ISR"}, {"PSE"}, exact=True)


@pytest.mark.parametrize("text, not_code", [
    # Hours of lessons given are no ultimatum.
    ("The Tories plan to give every pupil three hours of music lessons a week.", "13"),
    ("The Welsh government will give each school two hours of extra sport a week.", "13"),
    # Rejecting an allegation denies it; nobody is refused anything.
    ("The Kenyan president rejected the allegation that his government had rigged the vote.", "12"),
    ("The Belgian government rejected the allegation that its troops had abused prisoners.", "12"),
    ("The Venezuelan government dismissed the accusations as lies.", "12"),
    ("Moscow rebuffed the allegations of the Estonian government.", "12"),
    # A measure that is lifted, suspended or likely to be eased is not imposed now.
    ("The US sanctions on Cuba are likely to be lifted next year, the Spanish minister said.", "16"),
    ("The EU ban on beef exports from Britain was lifted in May.", "16"),
    ("The American embargo on Libya was suspended in April.", "16"),
    # "Dismissed" a rumour or a defeat in sport and entertainment: no actor, no event.
    ("The coach dismissed the defeat as a blip.", "11"),
    ("The singer dismissed the reports as nonsense.", "11"),
    # Characters killed off in a series; a fight to overthrow God in a novel; a title recaptured.
    ("In the last episode the Russian spies were killed off by the writers.", "19"),
    ("In the novel a band of rebels fights to overthrow God.", "18"),
    ("The Kenyan runner hopes to recapture his world title in Helsinki.", "19"),
    # Meeting up with friends.
    ("The French minister's son arranged to meet up with friends from Germany.", "04"),
    # A title captured in sport.
    ("Chelsea captured the title with two games to spare.", "17"),
    # Fans pelting a referee: not a politician.
    ("Fans pelted the referee with coins after the match.", "18"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
