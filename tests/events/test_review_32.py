"""The lead's mends after the thirty-second session's first review (of wt-probe37's state-agency
rules and the lead's convention on acts announced as not to be done). Each test failed on the code
the review read. Team-written sentences."""

from __future__ import annotations

import pytest

from eventkit import dyads


def asserted(record: dict) -> list[tuple[str, set[str], set[str]]]:
    return [(e["cameo"], *d[1:]) for e, d in zip(record["events"], dyads(record)) if not e["modality"]["negated"]]


# "Zionist" is Israel in state media's prose, but not inside a movement's own capitalised name.
@pytest.mark.parametrize("text", [
    "The World Zionist Organization condemned the bombing of a synagogue in Lyon.",
    "The Zionist Federation of Britain criticised the council's vote on Thursday.",
])
def test_a_movement_named_zionist_is_not_israel(code_text, text):
    record = code_text(text)
    assert not any("ISR" in actors | recipients for _, actors, recipients in dyads(record)), dyads(record)


def test_state_media_zionist_still_means_israel(code_text):
    record = code_text("Damascus condemned the Zionist air strikes on the outskirts of Aleppo.")
    assert ("111", {"SYR"}, {"ISR"}) in dyads(record)


# A lower-case compass point fits only the Koreas: lower-case "south Sudan" is a region of Sudan.
def test_lower_case_south_sudan_is_a_region_of_sudan(code_text):
    record = code_text("Rebels in south Sudan signed a truce with Khartoum in 2004.")
    assert not any("SSD" in actors | recipients for _, actors, recipients in dyads(record)), dyads(record)


def test_lower_case_south_korea_still_fits(code_text):
    record = code_text("Pyongyang accused the south Korean puppet authorities of staging war drills.")
    assert ("112", {"PRK"}, {"KOR"}) in dyads(record)


# An act announced as not to be done is a refusal only when it turns a request down or gives way.
@pytest.mark.parametrize("text", [
    "Japan said it would not provide aid under the plan.",  # a plan it follows, not one it refuses
    "India said it would not accede to the Non-Proliferation Treaty.",  # a treaty policy
])
def test_an_announced_policy_is_no_refusal(code_text, text):
    record = code_text(text)
    assert not [code for code, _, _ in asserted(record) if code.startswith("12")], dyads(record)


@pytest.mark.parametrize("text, code", [
    ("Israel said it would not accept the Jordanian proposal.", "12"),
    ("Beijing said it would not bow to pressure from Washington.", "12"),
    ("Ankara will not accept more refugees from Syria, the minister said.", "1223"),
])
def test_a_request_turned_down_or_way_not_given_is_a_refusal(code_text, text, code):
    record = code_text(text)
    assert any(c.startswith(code) for c, _, _ in asserted(record)), dyads(record)


# Whom a phrase of manner names ("in solidarity with") is an ally, not the act's target.
@pytest.mark.parametrize("text, actor", [
    ("Bolivia walked out of the summit in solidarity with Cuba.", "BOL"),
    ("Algeria closed its airspace in solidarity with Qatar.", "DZA"),
])
def test_an_ally_in_solidarity_is_no_target(code_text, text, actor):
    record = code_text(text)
    assert record["events"] and all(actors == {actor} and not recipients
                                    for _, actors, recipients in dyads(record)), dyads(record)


def test_a_target_beside_a_phrase_of_manner_is_kept(code_text):
    record = code_text("Bahrain cut diplomatic ties with Tehran in solidarity with Riyadh.")
    assert ("161", {"BHR"}, {"IRN"}) in dyads(record)


def test_cooperation_with_a_party_is_no_phrase_of_manner(code_text):
    record = code_text("Paris held out the prospect of closer defence cooperation with Canberra, including joint submarine work.")
    assert any(recipients == {"AUS"} for _, _, recipients in dyads(record)), dyads(record)


# Second review (wt-mend32, wt-fulltune32, wt-era32).

def test_a_past_clause_does_not_date_the_sentence(code_text):
    # The Yugoslav forces belong to a clause about 1999; the accusation is today's (XKX).
    record = code_text("Kosovo accused Belgrade of hiding the graves of Albanians killed by Yugoslav troops in 1998.")
    assert any(actors == {"XKX"} and recipients == {"SRB"} for code, actors, recipients in dyads(record)
               if code.startswith("112")), dyads(record)


def test_a_veteran_looks_back_on_the_era(code_text):
    # (The court's town is filed under Serbia by the older rule for breakaway places; the veteran's
    # movement is not dated by the word "KLA" before "veteran".)
    record = code_text("A court in Pristina jailed a KLA veteran for war crimes on Friday.")
    assert any("XKXKLA" in recipients for _, _, recipients in dyads(record)), dyads(record)


def test_a_cue_in_the_same_clause_still_dates_it(code_text):
    record = code_text("Yugoslav army units shelled villages in Kosovo.")
    assert any(actors == {"SRB"} for _, actors, _ in dyads(record)), dyads(record)


def test_an_undated_text_is_one_era(code_text):
    # The office-holder of the first sentence dates the second, which has no cue of its own.
    record = code_text("President of Abkhazia Aslan Bzhania met Russian Foreign Minister Sergei Lavrov in Sochi. "
                       "Abkhazia signed a trade agreement with Russia on Friday.")
    assert {code[:3] for _, actors, _ in dyads(record) for code in actors} == {"XAB"}, dyads(record)


@pytest.mark.parametrize("text", [
    "Moscow demanded that Canadian reporter Anne Moss leave the country within two days.",
    "Belarus ordered the Lithuanian minister to leave the country.",
])
def test_others_told_to_leave_the_country_are_no_fall_of_a_ruler(code_text, text):
    record = code_text(text)
    assert not any(code.startswith("1041") for code, _, _ in dyads(record)), dyads(record)


def test_a_dictator_told_to_leave_the_country_still_falls(code_text):
    record = code_text("Washington demanded that the dictator leave the country within 72 hours.")
    assert any(code.startswith("104") for code, _, _ in dyads(record)), dyads(record)


def test_a_purpose_before_the_rejection_is_not_what_was_asked(code_text):
    record = code_text("To secure a truce, Hezbollah rejected Israel's demand.")
    assert [code for code, _, _ in dyads(record)] == ["120"], dyads(record)


def test_aid_to_a_peacekeeping_mission_stopped_is_still_aid(code_text):
    record = code_text("Britain suspended military aid to the African Union peacekeeping mission in Sudan.")
    assert any(code.startswith("1622") for code, _, _ in dyads(record)), dyads(record)


def test_a_courts_seat_is_not_the_state_that_tries(code_text):
    record = code_text("Croatia pledged to hand over the general for trial in The Hague.")
    assert not any("NLD" in recipients for _, _, recipients in dyads(record)), dyads(record)


@pytest.mark.parametrize("text", [
    "Arsenal's red shirts pressed the opposition all afternoon.",
    "The yellow shirts led by their captain held the opposition to a draw.",
])
def test_coloured_shirts_in_a_sport_sentence_are_no_movement(code_text, text):
    record = code_text(text)
    assert not any(code[:3] == "THA" for _, actors, recipients in dyads(record) for code in actors | recipients), dyads(record)


def test_red_shirt_protesters_are_still_the_movement(code_text):
    record = code_text("Thousands of red shirt protesters rallied outside parliament on Sunday.")
    assert any("THAUDD" in actors for _, actors, _ in dyads(record)), dyads(record)


# Third review (wt-prec32, wt-dev32).

def test_a_spokesman_with_a_noun_title_still_denies(code_text):
    record = code_text("On Tuesday, a navy spokesman denied that Russian ships had shelled the port.")
    assert all(e["modality"]["negated"] for e in record["events"]), dyads(record)


@pytest.mark.parametrize("text, code", [
    ("Ankara will send troops to Azerbaijan, as analysts had predicted, the Turkish president said on Friday.", "1"),
    ("Opposition critics said they would stage a rally in Minsk on Sunday.", "1"),
])
def test_an_aside_or_a_partys_own_plan_is_no_guess(code_text, text, code):
    record = code_text(text)
    assert asserted(record), dyads(record)


def test_an_analysts_guess_is_still_no_act(code_text):
    record = code_text("Analysts believe Turkey could strike Kurdish positions in Syria.")
    assert not asserted(record), dyads(record)


def test_a_past_act_inferred_is_no_forecast(code_text):
    record = code_text("Islamic Jihad is likely to have carried out the attack on the Israeli patrol, officials said.")
    assert any(code.startswith("19") for code, _, _ in asserted(record)), dyads(record)


def test_a_plan_a_named_party_tells_is_no_forecast(code_text):
    record = code_text("Kenyan troops are expected to withdraw from Somalia next month, Nairobi said.")
    assert asserted(record), dyads(record)


def test_a_plan_nobody_named_tells_is_still_a_forecast(code_text):
    record = code_text("The Indian prime minister is expected to visit Tokyo next month.")
    assert not asserted(record), dyads(record)


def test_soldiers_at_a_foreign_base_are_not_the_host_country(code_text):
    record = code_text("Soldiers at the American base in Okinawa fired on protesters.")
    assert not any("JPN" in actors for _, actors, _ in dyads(record)), dyads(record)


def test_chess_as_a_metaphor_is_no_sport(code_text):
    record = code_text("In a game of geopolitical chess, China deployed warships near Taiwan.")
    assert record["events"], dyads(record)


def test_diplomats_and_their_families_are_diplomats(code_text):
    record = code_text("Poland expelled 12 Belarusian diplomats and their families.")
    assert [code for code, _, _ in asserted(record)] == ["161"], dyads(record)
