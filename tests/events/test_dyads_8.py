"""Sixth session: argument and sub-code rules found on the tuning sets.

Team-written wire-style sentences (not from the dev, held-out or blind sets).
"""

from __future__ import annotations

import pytest

from eventkit import assert_sole_dyad, dyads


@pytest.mark.parametrize("text, actor, recipient", [
    # A long object moved after the "to" phrase is still the object.
    ("Ghana handed over to Nigeria three men suspected of smuggling arms across the border.", {"GHA"}, {"NGA"}),
    ("Thai police turned over to Malaysia a woman wanted for a string of bank frauds.", {"THA"}, {"MYS"}),
])
def test_an_object_shifted_past_the_to_phrase(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "063", actor, recipient)


def test_a_shifted_phrase_that_is_no_person_codes_nothing(code_text):
    record = code_text("The coach handed over to his assistant a squad short of strikers.")
    assert not record["events"], dyads(record)


def _exact(record: dict, cameo: str, plover: str | None = None) -> dict:
    found = [e for e in record["events"] if e["cameo"][:2] == cameo[:2]]
    assert len(found) == 1, dyads(record)
    assert found[0]["cameo"] == cameo, found[0]["explanation"]
    if plover is not None:
        assert found[0]["event"] == plover
    return found[0]


@pytest.mark.parametrize("text, cameo", [
    # A meeting in a country none of its parties is from is at a third location (044) ...
    ("Kenyan and Ugandan trade ministers met in Kigali to settle a dispute over sugar quotas.", "044"),
    ("The Peruvian president met his Chilean counterpart in the Swiss resort of Davos on Wednesday.", "044"),
    ("Indonesia's foreign minister met her Vietnamese counterpart on the sidelines of a forum in Busan.", "044"),
    # ... not in one of theirs.
    ("The Peruvian president met his Chilean counterpart in Lima on Wednesday.", "040"),
])
def test_a_meeting_in_a_third_country(code_text, text, cameo):
    _exact(code_text(text), cameo, "CONSULT")


@pytest.mark.parametrize("text, cameo", [
    # Easing a curfew (0813) or emergency rule (0814) is an administrative concession: CONCEDE.
    ("Nepalese authorities lifted the curfew in Birgunj after two quiet nights.", "0813"),
    ("Police in Karachi relaxed the night curfew by three hours on Saturday.", "0813"),
    ("The Bolivian government lifted the state of emergency in Cochabamba.", "0814"),
    ("The Thai government lifted martial law in three southern provinces.", "0814"),
])
def test_eased_curfews_and_emergency_rule(code_text, text, cameo):
    _exact(code_text(text), cameo, "CONCEDE")


def test_a_mass_killing_the_shooting_led_to(code_text):
    record = code_text("Soldiers fired on a crowd of demonstrators in the Guinean capital, "
                       "killing more than 150 people.")
    assert [d[0] for d in dyads(record)] == ["202"], dyads(record)


def test_a_bombing_that_kills_many_stays_a_bombing(code_text):
    record = code_text("Two bombs exploded at a crowded railway station in Lahore, killing more than 120 people.")
    assert not any(d[0] == "202" for d in dyads(record)), dyads(record)


@pytest.mark.parametrize("text", [
    # What a report, rumour or accusation says is not told as having happened.
    "The Ghanaian foreign ministry refused to comment on reports that Accra would expel the Nigerian ambassador.",
    "Officials in Minsk dismissed rumours that Belarus had sent troops to the Polish border.",
    # An act named for its anniversary is long past.
    "Students in Seoul lit candles on the anniversary of the Gwangju massacre.",
])
def test_hearsay_and_remembrance_are_not_events(code_text, text):
    record = code_text(text)
    assert not [d for d in dyads(record) if d[0][:2] not in ("12", "11")], dyads(record)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # The subject of an aspect verb ("began deploying") is the subject its frame reads.
    ("Ghanaian peacekeepers began deploying in the Liberian capital Monrovia on Friday.", "074", {"GHA"}, {"LBR"}),
    # A force that lands to restore order or stabilise a country deploys to protect it (074).
    ("A Nigerian-led West African force landed in Liberia to restore order after weeks of looting.", "074",
     {"NGA"}, {"LBR"}),
])
def test_protective_deployments(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo", [
    # Force used, by the means the clause names: small arms 193, artillery and tanks 194, aircraft 195.
    ("Malian soldiers killed eight jihadists in a gunfight near Gao on Sunday.", "193"),
    ("Congolese troops fought M23 fighters with rifles and machine guns outside Goma.", "193"),
    # A clash with an armed group is a small-arms fight.
    ("Nigerian troops clashed with Boko Haram militants near Maiduguri, leaving six dead.", "193"),
])
def test_force_by_its_means(code_text, text, cameo):
    _exact(code_text(text), cameo, "ASSAULT")


@pytest.mark.parametrize("text, actor, recipient", [
    # A front line named without either state is aimed at its other side.
    ("Pakistan moved two more brigades to the Line of Control on Monday.", {"PAK"}, {"IND"}),
    ("China rushed troops and tanks to the Line of Actual Control in Ladakh.", {"CHN"}, {"IND"}),
    # (So is a pullback from it.)
    ("Armenia pulled its tanks back from the line of contact on Sunday.", {"ARM"}, {"AZE"}),
])
def test_a_front_line_names_the_other_side(code_text, text, actor, recipient):
    record = code_text(text)
    assert len(record["events"]) == 1, dyads(record)
    assert dyads(record)[0][1:] == (actor, recipient)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Rallying others to back a third party is on behalf of that party (053), one event.
    ("Hungary lobbied other EU governments to back Serbia's bid for membership.", "053", {"HUN"}, {"SRB"}),
    # Pressing others to join sanctions against a third party rallies opposition against it (113).
    ("Britain stepped up pressure on its Gulf allies to join a trade boycott of Syria.", "113", {"GBR"}, {"SYR"}),
])
def test_rallying_others_for_or_against_a_third_party(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


def test_what_an_accusation_alleges_is_not_an_event(code_text):
    record = code_text("Kenya accused Somalia of sheltering militants and seeking weapons from abroad.")
    assert [d[0][:2] for d in dyads(record)] == ["11"], dyads(record)


@pytest.mark.parametrize("text, code", [
    # "it" in what a participle reports is the subject of the act the participle comments on,
    # not a state named in between ...
    ("Turkey dismissed Greek protests over the drilling ship, saying it would send warships to escort it.", "TUR"),
    ("Iraq turned down a Kuwaiti request for talks, insisting it had no prisoners of war.", "IRQ"),
    # ... while a plain "it" is still the state named last.
    ("Kenya welcomed the deal and said it would reopen the border.", "KEN"),
])
def test_it_in_a_reporting_participle_is_the_speaker(pipeline, text, code):
    from accord.events.arguments import ArgumentReader

    doc = pipeline.nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "it")
    assert ArgumentReader(doc).resolve_pronoun(pronoun).code == code


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A religious sect or cult is a group, placed where it acts.
    ("Members of a doomsday cult released sarin gas in a crowded shopping arcade in Osaka.", "2041",
     {"JPN"}, {"JPN"}),
    # A state's show of force through its own capital is domestic.
    ("Iran paraded ballistic missiles through Tehran to mark the anniversary of the revolution.", "150",
     {"IRN"}, {"IRN"}),
    # Training another state's troops is military cooperation (062); its police, police assistance (072).
    ("British instructors began training Kenyan soldiers in bomb disposal near Nanyuki.", "062", {"GBR"}, {"KEN"}),
    ("Italian carabinieri trained Iraqi police officers at a camp near Nasiriyah.", "072", {"ITA"}, {"IRQ"}),
])
def test_sects_parades_and_training(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)


@pytest.mark.parametrize("text, cameo", [
    # An investigation that names no kind of wrong takes its kind from who investigates.
    ("Dutch prosecutors opened an investigation into the shipping company's Iranian partners.", "091"),
    ("Police in Oslo are investigating the crew of a Russian trawler.", "091"),
    ("A U.N. human rights team began looking into reports from villages in Darfur.", "092"),
    # Aid given, by its kind.
    ("Japan sent a convoy of trucks carrying food and medicine to flood-hit Bangladesh.", "073"),
    # Reparations demanded or turned down are economic aid.
    ("Namibia demanded that Germany pay reparations for the colonial-era massacres.", "1031"),
    ("Japan rejected South Korea's demand for compensation for wartime forced labour.", "1221"),
])
def test_investigations_aid_and_reparations_by_kind(code_text, text, cameo):
    _exact(code_text(text), cameo)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # A transnational armed group is coded by the country where the sentence puts its act.
    ("Islamic State militants killed more than 300 villagers near Mosul.", "202", {"IRQ"}, {"IRQ"}),
    ("Mindanao police freed two hostages held by Abu Sayyaf gunmen on the island of Jolo.", "08", {"PHL"},
     {"PHL"}),
])
def test_a_transnational_group_is_placed_where_it_acts(code_text, text, cameo, actor, recipient):
    record = code_text(text)
    assert [d[1:] for d in dyads(record) if d[0].startswith(cameo)] == [(actor, recipient)], dyads(record)


def test_an_obligation_put_on_nobody_is_no_demand(code_text):
    record = code_text("The Italian prime minister said on Monday that Europe must learn to stand on its own feet.")
    assert not record["events"], dyads(record)


@pytest.mark.parametrize("text, actor, recipient", [
    # A show of force answers the one party a phrase of time or cause names.
    ("Georgia put its army on high alert after a clash with Russian troops on the border.", {"GEO"}, {"RUS"}),
    ("Thailand put its border units on alert amid a build-up of Cambodian troops.", {"THA"}, {"KHM"}),
])
def test_a_show_of_force_answers_the_party_of_its_reason(code_text, text, actor, recipient):
    assert_sole_dyad(code_text(text), "15", actor, recipient)


@pytest.mark.parametrize("text, cameo, plover", [
    # A resignation is a change in leadership (0831), typed RETREAT as PLOVER types giving up office.
    ("Peru's prime minister resigned on Tuesday after weeks of street protests.", "0831", "RETREAT"),
    ("The Malian president stepped down and handed power to a transitional council.", "0831", "RETREAT"),
    # Announced, it is an intent to change leadership (0341); promised reforms keep their aim.
    ("Kyrgyzstan's president promised to step down once a new constitution is adopted.", "0341", "AGREE"),
    # An expulsion its sentence calls ethnic cleansing is 203.
    ("Militiamen drove thousands of ethnic Masalit out of El Geneina in what monitors called ethnic cleansing.",
     "203", "ASSAULT"),
])
def test_resignations_and_ethnic_cleansing(code_text, text, cameo, plover):
    _exact(code_text(text), cameo, plover)


@pytest.mark.parametrize("text, cameo", [
    # Backing asked for: an appeal for policy support (022), a demand for it (102).
    ("Serbia demanded that Greece openly back its position on Kosovo.", "102"),
    ("Armenia's foreign minister asked Paris to use its influence to build support for Armenian membership.",
     "022"),
])
def test_support_asked_for(code_text, text, cameo):
    _exact(code_text(text), cameo)


@pytest.mark.parametrize("text, cameo", [
    # Administrative sanctions threatened, by their kind (1321-1324).
    ("Ecuador's government threatened to declare a state of emergency if the strike went on.", "1324"),
    ("Bangladeshi authorities threatened to reimpose the curfew if the riots resumed.", "1323"),
    # Withdrawing one's troops threatened: halting international involvement (136).
    ("Germany threatened to pull its soldiers out of Mali if the junta hired foreign mercenaries.", "136"),
    # Political reform, material cooperation and giving something up, asked for or refused.
    ("Caracas rebuffed Madrid's calls for democratic reforms in Venezuela.", "123"),
    ("Serbia turned down a Croatian proposal for joint border patrols.", "121"),
    ("Azerbaijan rejected Armenia's demand that it cede the disputed villages.", "124"),
    # A protest against a reform is still about policy.
    ("Thousands of Greeks marched in Athens against the government's pension reform.", "1412"),
])
def test_threats_and_requests_by_their_aim(code_text, text, cameo):
    _exact(code_text(text), cameo)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # Whoever names the act in a "what X called ..." clause is quoted, not a party.
    ("Sudanese militias drove thousands of Masalit out of El Geneina in what Human Rights Watch called "
     "a campaign of terror.", "20", {"SDN"}, {"SDN"}),
    # A conjoined act on what belongs to the first act's object is that act.
    ("Gunmen hijacked a Liberian-flagged tanker off the coast of Nigeria and took its crew hostage.", "181",
     {"NGA"}, {"LBR"}),
    # A passive with no agent told by its "when" clause is that clause's act.
    ("Three Malian soldiers were killed when a roadside bomb hit their convoy near Gao.", "183", {"MLI"}, {"MLI"}),
])
def test_one_event_with_its_party(code_text, text, cameo, actor, recipient):
    assert_sole_dyad(code_text(text), cameo, actor, recipient)
