"""Who acts when accord reads the whole article: a surname the article named in full earlier, a
rank the model put inside a name, and offices named bare ("ministers", "the government") in an
article about one country. Each mechanism needs the article: read alone, a sentence keeps what
it says by itself. Team-written articles, about several countries."""

from __future__ import annotations

import pytest


def _events(record: dict, word: str | None = None) -> list[tuple[str, list[str], list[str]]]:
    return [(e["cameo"], [a["code"] for a in e["actor"]], [a["code"] for a in e["recipient"]])
            for e in record["events"]
            if not e["modality"]["negated"] and (word is None or e["trigger"]["text"] == word)]


# -- a surname the article named in full earlier ------------------------------------------------

BROWN_IN_GHANA = (
    "Brown heads to Ghana on debt tour\n\n"
    "Chancellor Gordon Brown has arrived in Accra for three days of talks on debt relief.\n\n"
    "Mr Brown praised President John Kufuor for his efforts against corruption.\n\n"
    "He will fly on to Nigeria at the weekend."
)


def test_headline_surname_takes_the_full_name_met_later(code_text):
    # The headline's bare "Brown" is of no country until "Chancellor Gordon Brown" says who he is.
    record = code_text(BROWN_IN_GHANA)
    praise = [e for e in _events(record) if e[0].startswith("05")]
    assert praise and all(actors == ["GBR"] for _code, actors, _targets in praise)
    assert any(targets == ["GHA"] for _code, _actors, targets in praise)


BROWN_IN_WASHINGTON = (
    "Chancellor Gordon Brown flew to Washington on Monday for talks on aid to Africa.\n\n"
    "Mr Brown praised President George Bush for doubling American aid to the continent.\n\n"
    "The two men will meet again at the G8 summit in July."
)


def test_mr_surname_keeps_the_earlier_full_name_beside_another_country(code_text):
    # Beside only Americans, "Mr Brown" alone could be an American Brown; the article said who.
    record = code_text(BROWN_IN_WASHINGTON)
    praise = [e for e in _events(record) if e[0].startswith("05")]
    assert ("051", ["GBR"], ["USA"]) in praise


def test_mr_surname_alone_is_read_by_its_sentence(code_text):
    # Read alone, nothing earlier names him: the sentence's other actors decide, as before.
    record = code_text("Mr Brown praised President George Bush for doubling American aid to the continent.")
    assert all(actors != ["GBR"] for _code, actors, _targets in _events(record))


def test_a_different_person_of_the_same_surname_is_not_linked(code_text):
    # A bare "Kennedy" is linked to the earlier "Charles Kennedy", not to a Kennedy never named.
    record = code_text(
        "Liberal Democrat leader Charles Kennedy attacked the government over student fees.\n\n"
        "Mr Kennedy accused Prime Minister Tony Blair of breaking his promises to students.")
    assert ("112", ["GBR"], ["GBR"]) in _events(record)


# -- a rank inside a name -------------------------------------------------------------------------

def test_rank_inside_a_name_is_the_person_named_before(code_text):
    record = code_text(
        "Pakistan's President Pervez Musharraf arrived in Kabul on Tuesday.\n\n"
        "Gen Musharraf praised Afghan President Hamid Karzai for his stand against the militants.")
    assert ("051", ["PAK"], ["AFG"]) in _events(record)


def test_rank_inside_a_name_alone_uses_the_persons_table(code_text):
    record = code_text("Gen Musharraf praised Afghan President Hamid Karzai for his stand against the militants.")
    assert ("051", ["PAK"], ["AFG"]) in _events(record)


# -- offices named bare in an article about one country ------------------------------------------

SCHOOLS = (
    "Blair defends school reforms\n\n"
    "Tony Blair has defended his plans for city academies against critics in the Labour party.\n\n"
    "The Conservatives said the plans would not raise standards in Cardiff or Leeds.\n\n"
    "Teachers' unions accused ministers of ignoring the evidence."
)


def test_bare_offices_take_the_country_of_the_rest_of_the_article(code_text):
    record = code_text(SCHOOLS)
    accusations = [e for e in _events(record) if e[0] == "112"]
    assert accusations and all(actors and set(actors) == {"GBR"} and targets == ["GBR"]
                               for _code, actors, targets in accusations)


def test_bare_offices_alone_have_no_country(code_text):
    # Read alone, the sentence says nothing of whose ministers these are.
    record = code_text("Teachers' unions accused ministers of ignoring the evidence.")
    assert not any("GBR" in actors + targets for _code, actors, targets in _events(record))


def test_an_article_about_two_countries_gives_no_country(code_text):
    record = code_text(
        "French President Jacques Chirac met German Chancellor Gerhard Schroeder in Berlin.\n\n"
        "Chirac praised Schroeder's labour reforms.\n\n"
        "Schroeder thanked France for its support.\n\n"
        "Unions accused ministers of ignoring workers.")
    assert not any(actors or targets for _code, actors, targets in _events(record, "accused"))


def test_another_country_named_in_the_sentence_keeps_the_article_country_out(code_text):
    # The article is British, but this sentence names a French spokesman: his ministers may be
    # France's, and the rest of the article does not decide.
    record = code_text(SCHOOLS.replace(
        "Teachers' unions accused ministers of ignoring the evidence.",
        "A spokesman for Jacques Chirac accused ministers of ignoring the evidence."))
    assert not any(targets == ["GBR"] for code, _actors, targets in _events(record) if code == "112")


def test_the_article_country_needs_more_than_one_other_sentence(code_text):
    # One sentence before is too little to say what the article is about.
    record = code_text("Tony Blair visited a school in Leeds.\n\n"
                       "Teachers' unions accused ministers of ignoring the evidence.")
    assert not any(code == "112" for code, _actors, _targets in _events(record))


# -- what the lead owns (merging.py): a clause of time read against the whole article -----------

def test_setting_clause_is_not_merged_into_another_sentences_act(code_text):
    # The merging passes run over one sentence's events at a time (coder).
    text = ("Greek farmers blocked the main border crossing with Bulgaria on Monday.\n\n"
            "The price of bread rose sharply after Bulgaria recalled its ambassador from Athens.")
    alone = _events(code_text(text.split("\n\n")[1]), "recalled")
    assert alone and _events(code_text(text), "recalled") == alone


def test_a_body_named_by_sector_is_not_of_a_foreign_person_met_sentences_before(code_text):
    # The last office-holder met is Greek, but this sentence names Cyprus and no Greek: "the
    # government" the farmers there criticise is not Greece's by his title alone.
    record = code_text(
        "Greek Prime Minister Costas Simitis opened a new terminal at Athens airport on Monday.\n\n"
        "He praised the builders for finishing early.\n\n"
        "In Cyprus, farmers criticised the government over water prices.")
    assert not any("GRC" in targets for _code, _actors, targets in _events(record, "criticised"))


def test_a_foreign_namesake_named_later_keeps_his_own_country(code_text):
    # "Senator Sherrod Brown" is not the chancellor the article named first: a different full
    # name, with a title of his own.
    record = code_text(
        "Chancellor Gordon Brown flew to Washington on Monday for talks on aid to Africa.\n\n"
        "Mr Brown praised the World Bank for its support.\n\n"
        "Senator Sherrod Brown of Ohio criticised the British plan for debt relief.")
    assert ("051", ["GBR"], ["IGOUNOWBK"]) in _events(record)
    assert [actors for _code, actors, _targets in _events(record, "criticised")] == [["USA"]]
