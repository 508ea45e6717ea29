"""Sixth session, actors: phrases that named nobody with a code, found on the tuning sets.

Team-written wire-style sentences (not from the dev, held-out or blind sets).
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors.people import load_person_base
from eventkit import assert_event, assert_sole_dyad


# Well-known people who hold no office: persons.tsv rows with office "public figure".
@pytest.mark.parametrize("text, surface, code, sector", [
    ("Alexei Navalny called for a boycott of the vote.", "Alexei Navalny", "RUS", "OPP"),
    ("Jonas Savimbi rejected the peace plan on Tuesday.", "Jonas Savimbi", "AGO", "REB"),
    ("Maria Ressa was convicted of cyber libel.", "Maria Ressa", "PHL", "JRN"),
    ("Khaled Meshaal arrived in Doha for talks.", "Khaled Meshaal", "PSE", "REB"),
    # A title the model put inside the person's name is still read as the title.
    ("Archbishop Desmond Tutu condemned the killings.", "Archbishop Desmond Tutu", "ZAF", "REL"),
    ("Grand Ayatollah Ali al-Sistani urged Iraqis to stay calm.", "Ayatollah Ali al-Sistani", "IRQ", "REL"),
])
def test_public_figures_have_a_country(mentions_of, text, surface, code, sector):
    found = mentions_of(text)
    # (The small model sometimes leaves the first name out of the entity: "Navalny" alone.)
    assert any(words.endswith(surface.split()[-1]) and surface.endswith(words) and value == (code, sector)
               for words, value in found.items()), found


def test_a_title_naming_the_persons_own_group_keeps_the_group(mentions_of):
    found = mentions_of("Troops captured Shining Path founder Abimael Guzman in a Lima safe house.")
    assert found.get("Shining Path founder Abimael Guzman") == ("PERSHP", "REB"), found


def test_a_public_figure_never_holds_an_office():
    people = load_person_base()
    assert people.holder("RUS", "leader", date(2015, 1, 1)) is None or \
        people.holder("RUS", "leader", date(2015, 1, 1)).name != "Alexei Navalny"
    assert people.titled("Navalny", ("president",), date(2015, 1, 1)) is None


def test_asylum_for_a_public_figure_is_aimed_at_his_country(code_text):
    assert_sole_dyad(code_text("Ecuador granted asylum to Edward Snowden on Monday."), "075", {"ECU"}, {"USA"})


def test_calling_for_sanctions_rallies_opposition(code_text):
    # CAMEO 113's own example is a call for sanctions against a state.
    assert_sole_dyad(code_text("The European Union called for sanctions against Belarus after the crackdown."),
                     "113", {"IGOEEC"}, {"BLR"})


@pytest.mark.parametrize("text, actor, recipient", [
    # Police and prosecutors are of the place where they act, not of the foreigner they arrest.
    ("Police arrested two Chinese nationals in Sydney on Friday.", {"AUS"}, {"CHN"}),
    ("Federal agents arrested a Mexican national in Houston.", {"USA"}, {"MEX"}),
])
def test_domestic_agencies_are_placed_where_they_act(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "173", actor, recipient)


def test_a_groups_own_people_are_no_other_party(code_text):
    # The jailed leader is the group's own; the guards offered in exchange are the other party.
    record = code_text("The PKK demanded the release of its jailed leader Abdullah Ocalan in exchange for two "
                       "captured Iranian border guards.")
    assert_event(record, "105", "REQUEST", {"TURPKK"}, {"IRN"})


# Role nouns that sectors.tsv lacked: with a nationality adjective they name that state.
@pytest.mark.parametrize("text, surface, code, sector", [
    ("Their Russian captors freed the two aid workers on Sunday.", "Russian captors", "RUS", "UAF"),
    ("British guards beat the prisoners, the inquiry found.", "British guards", "GBR", "COP"),
    ("Syrian gunners shelled the ridge overnight.", "Syrian gunners", "SYR", "MIL"),
    ("French marines landed at the port.", "French marines", "FRA", "MIL"),
    ("Chinese engineers were kidnapped near the dam.", "Chinese engineers", "CHN", "CVL"),
])
def test_role_nouns_with_a_nationality(mentions_of, text, surface, code, sector):
    assert mentions_of(text).get(surface) == (code, sector), mentions_of(text)
