"""What is done in wire body sentences, round 13 (nineteenth session): classes found by coding a
private set of agency body sentences (background first clauses, attribution tails, paraphrased
quotes) in the mix of a real news day. Concern voiced or raised over, about or at an actor's act
is disapproval (110; concern over a situation names no one and stays silent); an assurance given
to a named party that something will or will not happen is intent (030); a fine (the small model
lemmatises "fined" as "fin") is an administrative sanction (172); talking or speaking to a leader,
an official or a named person is a consultation (040), to reporters nothing; "visiting" before a
named person says who he is (no visit of his); a surprise stop in a capital is a visit (042);
soldiers sent to train an army are military aid (072, 0332 when announced). Background that
coded: what "citing" gives as the reason for another act, an act done "without", a trip "ahead
of" which something is said. Team-written sentences; each row of the first table failed before.
Near-misses must stay silent or keep their code."""

from __future__ import annotations

import pytest

from eventkit import assert_some_event, dyads


@pytest.mark.parametrize("text, code, actor, recipient", [
    # Concern voiced over, about or at an actor's act: disapproval (110).
    ("The Dutch foreign ministry expressed concern over Turkey's decision to detain two reporters, "
     "a spokesman said on Friday.", "110", {"NLD"}, {"TUR"}),
    ("Sweden has voiced concern about Poland's new abortion law, the foreign minister told parliament.",
     "110", {"SWE"}, {"POL"}),
    ("Australia raised concerns at Indonesia's treatment of West Papuan activists during the talks.",
     "110", {"AUS"}, {"IDN"}),
    # An assurance given to a named party: intent to cooperate (030).
    ("Kazakhstan's president assured Russia that his country would never host foreign military bases, "
     "the Kremlin said.", "03", {"KAZ"}, {"RUS"}),
    ("The Pentagon chief reassured the Philippines that Washington would not abandon its ally in the "
     "South China Sea.", "03", {"USA"}, {"PHL"}),
    # A fine imposed by a court or a regulator: an administrative sanction (172).
    ("A court in Moscow fined the independent newspaper 500,000 roubles for its coverage of the protests, "
     "its editor said.", "172", {"RUS"}, {"RUS"}),
    ("A Kenyan court fined the opposition leader for contempt on Tuesday.", "172", {"KEN"}, {"KEN"}),
    # Talking or speaking to a leader, an official or a named person (040).
    ("Modi talked to visiting Japanese Prime Minister Shinzo Abe about the high-speed rail project, "
     "officials said.", "040", {"IND"}, {"JPN"}),
    ("The Kenyan foreign minister spoke to his Somali counterpart about the border attacks on Sunday.",
     "040", {"KEN"}, {"SOM"}),
    # A stop made in a capital: a visit (042).
    ("The Indian prime minister made a surprise stop in Kabul on Friday, inaugurating a new parliament "
     "building.", "042", {"IND"}, {"AFG"}),
    # Soldiers sent to train another country's army: military aid, announced (0332).
    ("Italy will send 200 soldiers to Niger to train the country's army, the defence ministry said.",
     "0332", {"ITA"}, {"NER"}),
])
def test_body_classes_coded(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, code, actor, recipient", [
    # What stays: grave concern keeps 110; a rejection that cites a reason keeps its code.
    ("Greece voiced grave concern over Turkish naval exercises in the Aegean.", "110", {"GRC"}, None),
    ("North Korea rejected Seoul's offer of talks on family reunions, citing the South's joint "
     "military drills with the United States.", "12", {"PRK"}, {"KOR"}),
    ("Putin discussed the gas dispute with Ukrainian President Viktor Yushchenko by telephone, "
     "the Kremlin said, without giving details.", "041", {"RUS"}, {"UKR"}),
    # A cause blamed on a party is still an accusation.
    ("Islamabad blamed the bombing on India's intelligence agency, the foreign ministry said.", "11",
     {"PAK"}, {"IND"}),
])
def test_codes_kept(code_text, text, code, actor, recipient):
    assert_some_event(code_text(text), code, actor, recipient, exact=len(code) > 2)


@pytest.mark.parametrize("text, not_code", [
    # Concern over a situation or a player names no one.
    ("Officials expressed concern over the humanitarian situation in the camps near the border.", "11"),
    ("The coach expressed concern over the fitness of his captain ahead of the final.", "11"),
    ("The French education minister expressed concern about schools that do not teach civics, "
     "speaking in Paris.", "11"),
    # Talking to reporters, assuring the public: no party.
    ("Blair talked to reporters in Downing Street after the cabinet meeting.", "04"),
    ("The finance minister assured reporters that the economy would recover by the end of the year.", "03"),
    # "Visiting" before a named person: who he is, no visit of the host's.
    ("Modi talked to visiting Japanese Prime Minister Shinzo Abe about the high-speed rail project.", "042"),
    # The reason cited, an act not done, a trip ahead of which something is said.
    ("North Korea rejected Seoul's offer of talks on family reunions, citing the South's joint "
     "military drills with the United States.", "06"),
    ("Putin discussed the gas dispute with Ukrainian President Viktor Yushchenko by telephone, "
     "the Kremlin said, without giving details.", "06"),
    ("The U.S. Treasury secretary said the yuan was undervalued, speaking to reporters ahead of his "
     "trip to China next week.", "04"),
    # What an agreement allows, a statement of fact "assured", the occasion of a statement, a
    # cause blamed with no party.
    ("The pact, which Ankara and Baghdad signed in 2009, allows Turkey to pump water from the Tigris "
     "into Iraq, officials said.", "06"),
    ("Speaking to the BBC on Sunday, the Irish foreign minister said the talks would resume in March.", "04"),
    ("The Argentine president blamed the recession on falling soybean prices in a televised address.", "11"),
])
def test_near_misses_stay_silent(code_text, text, not_code):
    assert not any(code.startswith(not_code) for code, _, _ in dyads(code_text(text))), dyads(code_text(text))
