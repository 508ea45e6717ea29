"""Who acts and who receives in real news, round 4 (twelfth session): a lawmaker acted on in
national politics, an object pronoun that is not its own verb's doer, a verb conjoined inside a
reported clause that belongs to the clause that reports, and a noun of relation whose
apposition names the party. Team-written sentences; each positive row failed before."""

from __future__ import annotations

import pytest

from eventkit import assert_dyad, codes


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Lawmakers acted on by a politician of one country, with no state named: of that country
    # (also beside a town of the same country).
    ("Obama urged senators to pass the budget before the recess.", "020", {"USA"}, {"USA"}),
    ("Earlier, Hillary Clinton called on lawmakers to close the Orlando gap in the gun law.", "020",
     {"USA"}, {"USA"}),
    # An object pronoun is not its own verb's doer: "Warren denounced him" is about Trump.
    ("Trump met Senator Warren on Monday, and Warren later denounced him as a liar.", "111", {"USA"}, {"USA"}),
    # A noun of relation with an apposition: the apposition is the party, the state on the
    # noun is whose ally it is.
    ("Egypt imposed sanctions on a close Russian partner in Africa, Sudan.", "163", {"EGY"}, {"SDN"}),
    ("Riyadh imposed a trade embargo on a fellow American ally in the region, Qatar.", "163", {"SAU"}, {"QAT"}),
])
def test_arguments_of_real_news(code_text, text, cameo, actor, recipient):
    assert_dyad(code_text(text), cameo, actor, recipient)


def test_conjunct_of_reported_clause_goes_with_the_speaker(code_text):
    # "said Russia was to blame … and called for Moscow's help": Russia does not ask itself;
    # the speaker does.
    events = code_text("At talks in Tokyo, Japanese Prime Minister Abe said Russia was partly to blame "
                       "for the dispute and called for Moscow's help in resolving it.")["events"]
    appeals = [e for e in events if e["cameo"].startswith("02")]
    assert appeals, events
    assert (codes(appeals[0]["actor"]), codes(appeals[0]["recipient"])) == ({"JPN"}, {"RUS"})


@pytest.mark.parametrize("text, actor, recipient", [
    # Whoever "is to blame" is blamed, by whoever says so.
    ("Turkey said Greece was to blame for the crisis.", {"TUR"}, {"GRC"}),
    ("The Kenyan government said Somalia was partly to blame for the attacks.", {"KEN"}, {"SOM"}),
])
def test_to_blame(code_text, text, actor, recipient):
    assert_dyad(code_text(text), "112", actor, recipient)


@pytest.mark.parametrize("text", [
    "Trump attacked his rival in the primary on Tuesday.",
    "Senator Warren said that Trump had attacked his rival in the primary.",
    # (A campaign that follows a person's name names no other state.)
    "A teacher complained at a press conference, which the Trump campaign had called, that Warren had "
    "ignored her letter and instead attacked her rival in the Democratic primary.",
])
def test_politician_s_rival_at_home(code_text, text):
    # A politician's rival, in a sentence that names no state, is of the politician's country.
    assert_dyad(code_text(text), "111", {"USA"}, {"USA"})


def test_reported_conjunct_kept_when_not_self_directed(code_text):
    # A verb conjoined inside a reported clause that does not turn a state on itself stays
    # the clause's own: Russia, not the speaker, urges Ukraine.
    events = code_text("Macron said Russia had withdrawn its troops and urged Ukraine to negotiate.")["events"]
    appeals = [e for e in events if e["cameo"].startswith("02")]
    assert appeals, events
    assert codes(appeals[0]["actor"]) == {"RUS"}


@pytest.mark.parametrize("text", [
    # Fans acted on by a sportsman are no party.
    "Federer thanked the fans in Paris.",
    # A partner in sport named by apposition is no party, nor a sportsman's rival.
    "Nadal beat his old rival in the final, Federer.",
    "Nadal criticised his rival after the final.",
])
def test_not_events(code_text, text):
    assert code_text(text)["events"] == []
