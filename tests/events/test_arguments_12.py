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
    # A partner in sport named by apposition is no party.
    "Nadal beat his old rival in the final, Federer.",
])
def test_not_events(code_text, text):
    assert code_text(text)["events"] == []
