"""Word predicates of the event coder: whether a trigger word tells an act of its sentence at all,
and what a word or its phrase says (an actor or a person, an unnamed attacker, a resignation, a
chemical agent, a to-infinitive)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.arguments import ArgumentReader
from accord.events.clauses import (
    OBLIGATION_ENTRY, condition_clause, hearsay_clause, is_mandative, judged_reason, statement_author,
)
from accord.events.entries import VIOLENT_ROOTS, LexiconEntry
from accord.events.merging import clause_subject, passive_without_agent
from accord.events.parties import NOUN_ACTOR_DEPS
from accord.events.slots import LABELLING_VERBS, STOPPING_VERBS, misread_visitor, object_of
from accord.events.syntax import FINITE_TAGS
from accord.nlp.parse_repairs.clauses import REPORTING_VERBS


def reader_is_actor(reader: ArgumentReader):
    return lambda token: bool(reader.actors_in(token))


def reader_is_person(reader: ArgumentReader):
    # The person must be the word itself, not whose it is or what it is of: "set to meet his
    # two fiscal rules", "received a precis of Lord Goldsmith's opinion" name no one met.
    return lambda token: any(a.actor.kind == "person" and a.start <= token.idx < a.end
                             for a in reader.actors_in(token))


# The word sets are data: each one's words and why are in accord/data/words/events_words.tsv.
WORD_SETS = word_sets("events_words")
CONSEQUENCE_VERBS = WORD_SETS["CONSEQUENCE_VERBS"]
PROVIDING_VERBS = WORD_SETS["PROVIDING_VERBS"]
TEXT_NOUNS = WORD_SETS["TEXT_NOUNS"]
SPEAKING_VERBS = WORD_SETS["SPEAKING_VERBS"]
CITING_VERBS = WORD_SETS["CITING_VERBS"]
TRADE_TERMS = WORD_SETS["TRADE_TERMS"]
DEAL_NOUNS = WORD_SETS["DEAL_NOUNS"]
REMEMBRANCE_NOUNS = WORD_SETS["REMEMBRANCE_NOUNS"]
SYMPATHY_NOUNS = WORD_SETS["SYMPATHY_NOUNS"]
SYMPATHY_PREPS = WORD_SETS["SYMPATHY_PREPS"]
SETTING_PREPS = WORD_SETS["SETTING_PREPS"]
FACING_VERBS = WORD_SETS["FACING_VERBS"]
SETTING_NOUNS = WORD_SETS["SETTING_NOUNS"]


ANIMAL_NOUNS = WORD_SETS["ANIMAL_NOUNS"]
PETTY_CRIMES = WORD_SETS["PETTY_CRIMES"]
ORDINARY_PERSONS = WORD_SETS["ORDINARY_PERSONS"]
ORDINARY_CRIMES = WORD_SETS["ORDINARY_CRIMES"]
DRUG_WORDS = WORD_SETS["DRUG_WORDS"]
CRIME_VICTIMS = WORD_SETS["CRIME_VICTIMS"]
TOPIC_WORKS = WORD_SETS["TOPIC_WORKS"]
BRAWL_NOUNS = WORD_SETS["BRAWL_NOUNS"]
CHARGING_VERBS = WORD_SETS["CHARGING_VERBS"]
VICTIM_NOUNS = WORD_SETS["VICTIM_NOUNS"]
CYBER_TARGETS = WORD_SETS["CYBER_TARGETS"]
HOLDING_VERBS = WORD_SETS["HOLDING_VERBS"]
SEIZING_VERBS = WORD_SETS["SEIZING_VERBS"]
KILLING_NOUNS = WORD_SETS["KILLING_NOUNS"]
SPAN_NOUNS = WORD_SETS["SPAN_NOUNS"]
WORK_NOUNS = WORD_SETS["WORK_NOUNS"]
NON_POLITICAL_POSTS = WORD_SETS["NON_POLITICAL_POSTS"]
FILMING_VERBS = WORD_SETS["FILMING_VERBS"]
DEPICTING_VERBS = WORD_SETS["DEPICTING_VERBS"]
RECORDING_NOUNS = WORD_SETS["RECORDING_NOUNS"]
RANKING_WORDS = WORD_SETS["RANKING_WORDS"]
ONGOING_PROTESTS = WORD_SETS["ONGOING_PROTESTS"]
REPORTED_ACT_PRONOUNS = WORD_SETS["REPORTED_ACT_PRONOUNS"]
LANGUAGE_NAMES = WORD_SETS["LANGUAGE_NAMES"]


ENDING_VERBS = WORD_SETS["ENDING_VERBS"]
ENDED_FIGHT_NOUNS = WORD_SETS["ENDED_FIGHT_NOUNS"]
DENYING_VERBS = WORD_SETS["DENYING_VERBS"]
ALLEGATION_NOUNS = WORD_SETS["ALLEGATION_NOUNS"]
INQUIRY_VERBS = WORD_SETS["INQUIRY_VERBS"]
INQUIRY_WORDS = INQUIRY_VERBS | {"investigation", "inquiry", "enquiry", "probe", "look", "review", "audit"}
OPTION_NOUNS = WORD_SETS["OPTION_NOUNS"]
# Verbs whose political sense a particle turns away: "all the main characters were killed off"
# (written out of a series), "arrange to meet up with friends" (a private meeting).
PARTICLE_IDIOMS = {"kill": {"off"}, "meet": {"up"}}
POLL_NOUNS = WORD_SETS["POLL_NOUNS"]
FINDING_VERBS = WORD_SETS["FINDING_VERBS"]
MEASURE_NOUNS = WORD_SETS["MEASURE_NOUNS"]


def ended_by(token: Token) -> Token | None:
    """The verb of ending (`ENDING_VERBS`) whose subject the measure noun (`MEASURE_NOUNS`) is, directly or through "is
    likely / set / expected to be lifted"; else None."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in MEASURE_NOUNS:
        return None
    verb = token.head
    for _ in range(4):
        if verb.lemma_.lower() in ENDING_VERBS:
            return verb
        nxt = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp") and c.pos_ in ("VERB", "AUX", "ADJ")),
                   None)
        if nxt is None:
            return None
        verb = nxt
    return None


def setting_noun(token: Token) -> Token | None:
    """The noun of a phrase like "in the aftermath of X" on a verb, for X; else None."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    if noun.lemma_.lower() not in SETTING_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
            or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun


REACTION_VERBS = WORD_SETS["REACTION_VERBS"]


RISKING_VERBS = WORD_SETS["RISKING_VERBS"]
ABSTRACT_GOODS = WORD_SETS["ABSTRACT_GOODS"]


VERDICT_WORDS = WORD_SETS["VERDICT_WORDS"]


def judged_step(token: Token) -> Token | None:
    """The verdict word ("provocation", "illegal") a reported clause pins on the noun trigger that is
    its subject, else None."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.lemma_.lower() != "be" or clause.dep_ not in ("ccomp", "ROOT"):
        return None
    return next((c for c in clause.children if c.dep_ in ("attr", "acomp")
                 and c.lemma_.lower() in VERDICT_WORDS), None)


def answered_step(token: Token) -> Token | None:
    """The reaction verb whose subject is the noun this infinitive hangs on ("decision to annex
    ... drew criticism"), else None."""
    if token.pos_ != "VERB" or token.dep_ != "acl" or not is_to_infinitive(token):
        return None
    noun = token.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() not in REACTION_VERBS:
        return None
    return noun.head


def _unrealised(verb: Token) -> bool:
    """A verb told as not (yet) done: an infinitive, a modal, a negation or a condition ("to stop",
    "would halt", "did not end", "unless Belgrade halted")."""
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") or c.dep_ == "neg"
               or c.dep_ == "mark" and c.lower_ in ("if", "unless", "until") for c in verb.children)


def why_not_an_act(token: Token, entry: LexiconEntry, reader: ArgumentReader) -> str | None:
    """Why a trigger whose frame fits tells no act of the sentence (a sentence for `accord
    explain`): what a demand asks for, a kind of person, a consequence held out, a description of
    a noun, an act remembered, a condition of another act, what a report alleges. None when it
    tells one."""
    if entry is not OBLIGATION_ENTRY and is_mandative(token):
        return f"{entry.label} fits, but '{token.text}' is what a demand asks for (a bare verb in a that-clause)"
    if entry.pos == "VERB" and token.lemma_.lower() in LABELLING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in token.children):
        # "denounced what it called flagrant interference": the speaker's name for the thing the
        # main act is about, not a second act of denouncing.
        return f"{entry.label} fits, but 'what ... {token.text}' only names the thing another act is about"
    naming = name_for_the_reported_act(token)
    if naming is not None:
        return (f"{entry.label} fits, but '{token.text}' is the name '{naming.text}' gives the act the report "
                "tells, not an act of its own")
    if entry.pos == "VERB" and _ranks_the_main_act(token):
        return f"{entry.label} fits, but '{token.text}' ranks the act the sentence has told ('making X the first to ...')"
    if entry.pos == "NOUN" and token.dep_ == "compound" and any(
            m.start <= token.head.i < m.end and (m.actor.kind == "role" or m.via == "role") for m in reader.mentions):
        # "riot police", "protest leaders": the noun names a kind of person, not an act.
        return f"{entry.label} fits, but '{token.text}' only says what kind of '{token.head.text}'"
    if entry.pos == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in CONSEQUENCE_VERBS:
        # "pull its forces out or face air strikes", "risk sanctions": a consequence held
        # out, not an act.
        return f"{entry.label} fits, but '{token.head.text} {token.text}' is a consequence held out, not an act"
    if entry.pos == "VERB" and token.lemma_.lower() in DENYING_VERBS:
        denied = object_of(token)
        if denied is not None and denied.lemma_.lower() in ALLEGATION_NOUNS:
            return f"{entry.label} fits, but '{token.text} the {denied.text}' is a denial (CAMEO 016, not coded)"
    own = own_forces_let_go(token, entry, reader)
    if own is not None:
        return (f"{entry.label} fits, but the forces '{own.text}' are the actor's own: letting them go abroad "
                "receives nobody's forces")
    if entry.pos == "VERB" and token.lemma_.lower() in INQUIRY_VERBS:
        weighed = object_of(token)
        if weighed is not None and weighed.lemma_.lower() in OPTION_NOUNS:
            return f"{entry.label} fits, but '{token.text} {weighed.text}' weighs an option (CAMEO 014, not coded)"
    if entry.pos == "NOUN" and token.lemma_.lower() in ALLEGATION_NOUNS and token.dep_ == "pobj" \
            and token.head.lower_ == "into" and (token.head.head.lemma_.lower() in INQUIRY_WORDS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_WORDS for c in token.head.head.children)):
        # "opened an inquiry into allegations of bribery": what is looked into, not an accusation made
        return f"{entry.label} fits, but '{token.text}' is what '{token.head.head.text}' looks into, not an accusation made"
    particles = PARTICLE_IDIOMS.get(token.lemma_.lower(), set()) if entry.pos == "VERB" else set()
    particle = next((c for c in token.children if c.dep_ == "prt" and c.lower_ in particles), None)
    if particle is not None:
        return f"{entry.label} fits, but '{token.text} {particle.text}' is an idiom, not the political act"
    ending = ended_by(token) if entry.pos == "NOUN" else None
    if ending is not None:
        return f"{entry.label} fits, but '{token.text}' is what '{ending.text}' ends, not imposed here"
    if entry.pos == "NOUN" and entry.cameo[:2] in VIOLENT_ROOTS and token.dep_ == "pobj" \
            and token.head.lower_ in ("to", "of") and token.head.head.lemma_.lower() in ENDED_FIGHT_NOUNS:
        # "pressing for an end to the fighting between Israel and Hezbollah": the fight to be ended.
        return f"{entry.label} fits, but '{token.text}' is what '{token.head.head.text}' would end, not a fight told"
    if entry.pos == "NOUN" and (entry.cameo[:2] in VIOLENT_ROOTS or entry.cameo[:2] == "17") \
            and token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in STOPPING_VERBS \
            and (_unrealised(token.head) or any(c.dep_ == "poss" for c in token.children)):
        # "had done nothing to stop its crackdown on dissent", "unless Belgrade halted the
        # offensive": the use of force to be stopped is named, not told. ("Ukrainian forces
        # stopped a Russian offensive": a stop in fact, by the other side, tells the fight.)
        return f"{entry.label} fits, but '{token.text}' is what '{token.head.text}' would end, not a use of force told"
    if entry.pos == "NOUN" and entry.cameo[:2] in VIOLENT_ROOTS and any(
            c.dep_ in ("nummod", "compound", "amod") and _is_year(c) for c in token.children):
        # "to deny that the 1915 killings of Armenians constituted genocide", "survivors of the 1994
        # massacres": an act of a year named before it, history recalled, not a fight told.
        return f"{entry.label} fits, but '{token.text}' is dated by a year named before it: history, not an act told"
    if _describes_a_noun(token):
        return (f"{entry.label} fits, but '{token.text}' describes '{token.head.text}' (background to the "
                "sentence's main act)")
    if entry.pos == "NOUN" and token.head.dep_ == "prep" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in REMEMBRANCE_NOUNS:
        # "ahead of the anniversary of the Tiananmen crackdown": an act remembered, long past.
        return f"{entry.label} fits, but '{token.text}' is remembered ('{token.head.head.text}'), not told"
    if entry.pos == "NOUN" and token.head.dep_ == "prep" and token.head.lower_ in SYMPATHY_PREPS \
            and token.head.head.lemma_.lower() in SYMPATHY_NOUNS:
        # "expressed his condolences over the Orlando massacre": the loss mourned, not an act told.
        return f"{entry.label} fits, but '{token.text}' is what '{token.head.head.text}' answers, not an act told"
    if entry.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS \
            and token.head.dep_ == "prep" and (token.head.head.pos_ in ("VERB", "AUX") or (
                token.head.lower_ == "since" and token.head.head.pos_ == "NOUN") or (
                token.head.head.dep_ == "npadvmod" and token.head.head.ent_type_ in ("DATE", "TIME"))):
        # (also "the first visit since the border clash": a time reckoned from an earlier act;
        # "twenty years after the invasion of Iraq, ...": a span of time reckoned from one)
        return f"{entry.label} fits, but '{token.head.text} {token.text}' sets the scene of another act, not an act told"
    if entry.pos == "VERB" and token.dep_ == "pcomp" and token.head.lower_ == "for" \
            and token.head.head.lemma_.lower() in CHARGING_VERBS:
        # "was sentenced to 18 years for killing Fortuyn": the crime a court or the police act on.
        return f"{entry.label} fits, but '{token.text}' is the crime '{token.head.head.text}' is for, not an act told"
    if entry.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in VICTIM_NOUNS:
        # "to help victims of the suicide attacks on the World Trade Center": what they suffered.
        return f"{entry.label} fits, but '{token.text}' is what the '{token.head.head.text}' suffered, not an act told"
    if entry.pos == "VERB" and token.dep_ == "advcl" and _years_from(token):
        # "Den's death came 16 years after he was shot in 1989": an act years away from the
        # clause's own, by which its time is reckoned, is background.
        return f"{entry.label} fits, but '{token.text}' is years away from the act it dates: background, not an act told"
    text = provided_by_text(token) if entry.pos == "VERB" else None
    if text is not None:
        # "the accord ... allows India to buy nuclear fuel from the United States": what a text
        # provides for, not an act of the sentence.
        return f"{entry.label} fits, but it is what the {text.text} '{token.head.text}', not an act told"
    if _voices_concern(entry) and _concern_about_a_kind(token, reader):
        # "expressed concern about schools which did not teach ...": a kind of body, no party's act.
        return f"{entry.label} fits, but the concern is about a kind of body, not a party's act"
    if _voices_concern(entry) and _concern_about_a_state(token, reader):
        # "Japan is worried about China's slowing economy", "concerned about the safety of Indian
        # nationals": a party's condition or fortune, not its act.
        return f"{entry.label} fits, but the concern is about a party's state or fortune, not its act"
    if entry.pos == "VERB" and token.lemma_.lower() == "blame" and _blames_a_circumstance(token, reader):
        # "blamed the economic crisis on falling oil prices": a cause named, no one accused.
        return f"{entry.label} fits, but '{token.text}' puts the blame on a circumstance, not on a party"
    cited = next((a for a in token.ancestors if a.lemma_.lower() in CITING_VERBS and a.tag_ == "VBG"
                  and a.dep_ in ("advcl", "xcomp", "acl", "conj")), None)
    if cited is not None:
        # "rejected Seoul's offer, citing the South's joint drills with the United States": the
        # reason given for another act, not an act told.
        return f"{entry.label} fits, but it is the reason '{cited.text}' gives for another act, not an act told"
    if entry.pos == "VERB" and token.lemma_.lower() in SPEAKING_VERBS and token.tag_ == "VBG" and token.dep_ == "advcl":
        # "Speaking to the BBC's Westminster Hour, Mr Kennedy said ...": the occasion of a statement.
        return f"{entry.label} fits, but '{token.text}' is the occasion of what is said, not a meeting"
    if entry.cameo == "0831" and entry.pos == "VERB" and any(
            g.lemma_.lower() in NON_POLITICAL_POSTS for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pobj"):
        # "Cat Deeley has resigned as host of ITV1's Saturday morning show"
        return f"{entry.label} fits, but the post left is in broadcasting or sport, not in politics"
    crime = _petty_crime_arrest(token, reader) if entry.cameo[:2] == "17" and entry.pos == "VERB" else None
    if crime is not None:
        # "Police arrested three men over the theft of a painting": police work, no party acted on.
        return f"{entry.label} fits, but it is an arrest over '{crime.text}', a common crime, of people no actor names"
    if entry.cameo[:2] in VIOLENT_ROOTS and _done_to_animals(token):
        return f"{entry.label} fits, but '{token.text}' is done to animals, not to a party"
    if entry.pos == "NOUN" and token.dep_ == "appos" and token.head.lemma_.lower() in WORK_NOUNS \
            and token.text[:1].isupper():
        # "Cent's second album, The Massacre, is released": a title.
        return f"{entry.label} fits, but '{token.text}' is the title of the {token.head.text}"
    if entry.pos == "VERB" and token.lemma_.lower() in FILMING_VERBS and any(
            g.ent_type_ == "LANGUAGE" or g.lower_ in LANGUAGE_NAMES for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj"):
        # "Kisna has been shot simultaneously in Hindi and English": filmed.
        return f"{entry.label} fits, but '{token.text}' in a language is filming, not gunfire"
    work = work_about(token) if entry.pos == "NOUN" else None
    if work is not None:
        # "An exhibition on the siege of Vienna in 1683 opened": the work's topic.
        return f"{entry.label} fits, but '{token.text}' is what the {work.text} is about, not an act told"
    shown = depicted_by(token) if entry.pos == "NOUN" else None
    if shown is not None:
        # "Dirty War ... depicts a dirty bomb attack on the City of London": a plot shown.
        return f"{entry.label} fits, but '{token.text}' is what a work '{shown.text}', not an act told"
    if entry.pos == "VERB" and token.dep_ == "pcomp" and token.head.lower_ == "without":
        # "the Kremlin said, without giving details": an act not done.
        return f"{entry.label} fits, but 'without {token.text}' tells an act not done"
    if entry.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lower_ == "ahead" and token.head.head.dep_ in ("advmod", "prep"):
        # "told reporters ahead of his trip to China next week": the time of another act.
        return f"{entry.label} fits, but 'ahead of {token.text}' sets the time of another act, not an act told"
    if entry.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with" \
            and token.head.head.lemma_.lower() in FACING_VERBS and token.head.head.dep_ in ("advcl", "acl", "ROOT") \
            and token.head.head.tag_ == "VBN":
        # "Faced with student protests, the government suspended its plan": what it faced sets the scene.
        return f"{entry.label} fits, but '{token.head.head.text} with {token.text}' sets the scene of another act"
    setting = setting_noun(token)
    if entry.pos == "NOUN" and setting is not None:
        # "imposed in the aftermath of China's crackdown", "in the wake of the attack".
        return (f"{entry.label} fits, but '{setting.head.text} the {setting.text} of {token.text}' sets the scene of "
                "another act, not an act told")
    condition = condition_clause(token)
    if condition is not None:
        # "will boycott the vote unless the president agrees to step down": the condition
        # is part of the announced act, not an event of its own.
        return f"{entry.label} fits, but it is inside the condition '{condition.text}' of another act"
    if entry.pos == "VERB" and token.lemma_.lower() in RISKING_VERBS and entry.cameo[:2] == "13":
        good = object_of(token)
        if good is not None and good.lemma_.lower() in ABSTRACT_GOODS:
            return f"{entry.label} fits, but '{token.text} the {good.text}' says what is at risk, not a threat made"
    verdict = judged_step(token) if entry.pos == "NOUN" else None
    if verdict is not None:
        return f"{entry.label} fits, but '{token.text}' is what is called '{verdict.text}', the topic of a verdict"
    reaction = answered_step(token) if entry.pos == "VERB" else None
    if reaction is not None:
        return f"{entry.label} fits, but it is the step '{reaction.text}' tells a reaction to, not an act told"
    judge = judged_reason(token) if entry.pos == "VERB" else None
    if judge is not None:
        return f"{entry.label} fits, but it is what '{judge.text}' judges (its reason), not an act the sentence tells"
    poll = polled_opinion(token)
    if poll is not None:
        return f"{entry.label} fits, but it is an opinion '{poll.text}' measured, not an act the sentence tells"
    hearsay = hearsay_clause(token)
    if hearsay is not None:
        # "declined to comment on reports that Nairobi was preparing to close its embassy":
        # what a report, rumour or accusation says is not told as having happened.
        return f"{entry.label} fits, but it is what '{hearsay.text}' reports or alleges, not an act the sentence tells"
    return None


def _voices_concern(entry: LexiconEntry) -> bool:
    """A 110 entry of concern: "expressed concern", a feeling verb ("was alarmed at") or adjective."""
    return entry.cameo == "110" and (entry.pos == "ADJ" or any(
        key == "obj" and values == ("concern",) or key == "voice" and values == ("felt",)
        for key, values in entry.frame))


def _concern_objects(verb: Token) -> list[Token]:
    """What a concern is about: the nouns (or clauses) after over/about/at/by/with on the verb or
    its object ("concern over X", "alarmed by X")."""
    obj = object_of(verb)
    return [g for h in (verb, obj) if h is not None for c in h.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("over", "about", "at", "by", "with")
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _concern_about_a_kind(verb: Token, reader: ArgumentReader) -> bool:
    """"expressed concern about schools which ...": what the concern is about names only a kind
    of body (a role word), not a country, organisation or person, nor one owned by them."""
    about = [g for g in _concern_objects(verb) if g.dep_ == "pobj"]
    if not about:
        return False
    found = [a for g in about for a in reader.actors_in(g)]
    # (a role word is read as the country of the story: "schools" in a French story is FRA "via role")
    return bool(found) and all(a.actor.kind == "role" or a.via.startswith("role") for a in found) \
        and not any(c.dep_ == "poss" for g in about for c in g.children)


ACT_NOUNS = WORD_SETS["ACT_NOUNS"]


def _concern_about_a_state(verb: Token, reader: ArgumentReader) -> bool:
    """"worried about China's slowing economy", "concerned about the safety of Indian nationals":
    what the feeling is about is a noun owned by a party (a possessive or an "of" phrase) that is
    no act of that party; a party itself ("angry at the United States") or its act ("Russia's
    decision to ...", "its missile tests") is not a state."""
    about = _concern_objects(verb)
    if any(g.dep_ == "pcomp" and g.tag_ != "VBG" for g in about):
        # "worried about what it means for them": a question weighed, no party's act (a gerund,
        # "concerned about Russia deploying troops", is one).
        return True
    about = [g for g in about if g.dep_ == "pobj"]
    if not about:
        return False
    for g in about:
        owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "in") for c in g.children)
        if not owned or g.pos_ in ("VERB", "PROPN"):
            return False
        if g.lemma_.lower() in ACT_NOUNS or any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                                                 and any(a.lower_ == "to" for a in c.children) for c in g.children):
            return False
    return True


def _blames_a_circumstance(verb: Token, reader: ArgumentReader) -> bool:
    """"blamed the crisis on falling oil prices": what is blamed and what it is blamed on name no
    party (not "blamed the attack on al-Shabaab", "blamed Kenya for the crisis")."""
    obj = object_of(verb)
    if obj is None:
        return False
    # (the "on" phrase may hang on the object: "blamed [the recession on falling prices]")
    on = [g for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
          for g in c.children if g.dep_ == "pobj"]
    if not on or reader.actors_in(obj):
        return False
    return not any(reader.actors_in(g) or any(reader.actors_in(t) for t in g.subtree) for g in on)


def provided_by_text(verb: Token) -> Token | None:
    """The agreement, law or resolution whose provision the verb is ("the accord allows India to
    buy nuclear fuel", "the law requires firms to report"), or None."""
    head = verb.head
    if verb.dep_ == "relcl" and head.lemma_.lower() in TEXT_NOUNS and _text_is_the_doer(verb):
        # "signed a security agreement under which Kurdish groups will be disarmed", "a
        # resolution that would extend the arms embargo": what the text provides for.
        return head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in PROVIDING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in TEXT_NOUNS), None)


def _text_is_the_doer(verb: Token) -> bool:
    """A relative clause on a text noun that tells what the text would do or provides: its subject
    is the relative pronoun with a modal ("a resolution that would extend ...") or it is done
    "under which" the
    text ("a deal under which Ethiopia will export power"); not an act done to the text ("the
    ceasefire they signed in August")."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "shall", "'ll", "'d")
            for c in verb.children):
        # (only what it would do: "adopted a resolution that condemned the attack" is the
        # adopters' condemnation)
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
        g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children)


def polled_opinion(token: Token) -> Token | None:
    """The poll or survey whose finding the trigger's clause is ("polls show most Israelis
    support a negotiated settlement"; "..., according to a survey"), or None."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        if clause.dep_ == "ccomp" and head.lemma_.lower() in FINDING_VERBS:
            poll = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS), None)
            if poll is not None:
                return poll
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"):
            for poll in (t for t in prep.subtree if t.dep_ == "pobj" and t.lemma_.lower() in POLL_NOUNS):
                return poll
        if clause.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            break
    return None


def _opens_noun_phrase(participle: Token) -> bool:
    """Whether a participle before its noun stands after the noun's determiner, possessive or
    count, or opens the object of a preposition ("the release of jailed activist X")."""
    before = participle.doc[participle.i - 1]
    if before.dep_ in ("det", "poss", "nummod") and before.head.i == participle.head.i:
        return True
    noun = participle.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # ("meet detained student leader Min Ko Naing": the name heads it)
    if before.i == noun.head.i and noun.dep_ in ("dobj", "obj") and noun.left_edge.i == participle.i:
        return True  # ("to meet detained opposition leader X": it opens the verb's object)
    return before.dep_ == "prep" and any(c.dep_ == "pobj" and c.left_edge.i == participle.i for c in before.children)


def name_for_the_reported_act(token: Token) -> Token | None:
    """"..., the Libyan government said, calling the raid an attempt to kill the leader",
    "..., the president said, calling it an unparalleled victory": a naming participle on a
    verb of saying whose object is the act the report tells ("it", "the raid") gives that act a
    name; neither the naming verb nor the noun it pins on (nor that noun's infinitive) tells a
    second act. The participle, else None. (A naming participle on an act, "condemned the
    attack, calling it barbaric", is left alone.)"""
    node = token.head if token.dep_ == "acl" and token.head.dep_ == "oprd" else token  # "an attempt to kill"
    if node.dep_ == "oprd" and node.pos_ == "NOUN":
        verb = node.head
    elif token.pos_ == "VERB":
        verb = token
    else:
        return None
    if verb.lemma_.lower() not in LABELLING_VERBS or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or verb.head.lemma_.lower() not in REPORTING_VERBS or not any(c.dep_ == "oprd" for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if named is None or not (named.lower_ in REPORTED_ACT_PRONOUNS or named.lemma_.lower() in ACT_NOUNS):
        return None
    return verb


def _ranks_the_main_act(token: Token) -> bool:
    """"handed over four jets to Ukraine, ..., making Poland the first NATO member to send jets
    to Kyiv": an infinitive on "the first (only) X" under a participle "making" comments on the
    act already told; it is no second act."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    ranked = [c for c in token.children if c.dep_ == "nsubj"] + ([token.head] if token.dep_ == "acl" else [])
    if not any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for r in ranked for c in r.children):
        return False
    maker = token.head if token.dep_ != "acl" else token.head.head
    return maker.lemma_.lower() == "make" and maker.dep_ == "advcl" and maker.tag_ == "VBG"


def _subject_became_first(clause: Token) -> bool:
    """"Modi became the first Indian leader to visit Poland in 45 years": the infinitive on what
    the subject became tells the subject's own act, not background about some other noun."""
    ranked = clause.head
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and ranked.dep_ == "attr" \
        and ranked.head.lemma_.lower() in ("become", "be") \
        and any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in ranked.children)


def depicted_by(token: Token) -> Token | None:
    """The verb by which a film, book or show depicts the act a noun names ("the drama depicts a
    terrorist attack on London", "a series portraying a coup"): a plot, not an act of the
    sentence. A recording showing an act ("a video depicting the killing of a hostage") is
    evidence of a real act and is kept."""
    node = token
    while node.dep_ in ("pobj", "prep", "compound", "conj") and node.head.i != node.i:
        node = node.head  # ("depicts the aftermath of a bomb attack")
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in DEPICTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "acl" and subject is None:
        subject = verb.head
    if subject is not None and subject.lemma_.lower() in RECORDING_NOUNS:
        return None
    return verb


def work_about(token: Token) -> Token | None:
    """The work whose "about" or "on" phrase names the act a noun names ("an exhibition on the
    Ottoman siege of Vienna", "a film about the invasion of Iraq"): its topic, not an act told."""
    node = token
    while node.dep_ in ("pobj", "compound", "conj") and node.head.i != node.i:
        prep = node.head
        if node.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("about", "on") \
                and prep.head.lemma_.lower() in TOPIC_WORKS:
            return prep.head
        if node.dep_ == "pobj":
            if prep.dep_ != "prep" or prep.lower_ != "of":
                return None
            node = prep.head  # ("a film about the aftermath of the siege")
        else:
            node = node.head
    return None


def _describes_a_noun(token: Token) -> bool:
    """"freed 20 schoolgirls kidnapped by Boko Haram", "released two women it had held": a past
    participle or relative clause describing a noun of a sentence with a main verb of its own
    tells what had already happened (CAMEO codes the main act). A headline without a verb
    ("Three soldiers killed in ambush") keeps it."""
    root = token.sent.root
    if root.pos_ not in ("VERB", "AUX") and not any(
            c.dep_ == "acl" and c.tag_ in FINITE_TAGS for c in root.children):
        # (A finite verb the parser hung on its subject as a clause is still the main verb:
        # "X's foreign minister called on ...", rooted at "minister".)
        return False
    if token.dep_ == "amod" and token.tag_ in ("VBN", "VBG") and token.head.pos_ in ("NOUN", "PROPN") \
            and token.i < token.head.i != root.i and token.i > 0 and _opens_noun_phrase(token):
        # "the parents of the kidnapped schoolgirls", "a jailed dissident", "rescued 20 kidnapped
        # students", "the release of jailed activist X": a participle before its noun says what
        # had happened to it; a present one what it is doing ("talked to visiting Australian
        # Prime Minister John Howard": the visit is who he is, the talk is the act).
        return True
    if misread_visitor(token):
        return True  # "talked to visiting Prime Minister John Howard": who he is, not an act
    for node in [token, *token.ancestors]:  # ("soldiers killed by Russian shelling": all of it)
        if node.i == root.i:
            return False
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and node.head.i != root.i:
            # (and a pronoun: "the families of those killed in the massacre")
            return True
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != root.i \
                and not (node.i == token.i and statement_author(node) is not None) \
                and not (node.i == token.i and _subject_became_first(node)) \
                and not _still_on_strike(token, node):
            # ("issued a statement in which it condemned ...": what the text says is its author's act)
            return True
    return False


def _still_on_strike(token: Token, clause: Token) -> bool:
    """"Cuban dissident X, who has been on hunger strike for four months to demand ..., was
    rushed to hospital": a relative clause that says its noun is, or has been until now, "on"
    a strike tells a protest still going on, an act of the news, not a past one."""
    if token.dep_ != "pobj" or token.head.lower_ != "on" or token.head.head.i != clause.i \
            or clause.lemma_.lower() != "be" or token.lemma_.lower() not in ONGOING_PROTESTS:
        return False
    past = clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)
    return not past and not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)


def told_by_noun(verb: Token, reader: ArgumentReader) -> Token | None:
    """"were wounded in a PKK attack", "killed in an Israeli air strike": the noun in an "in"
    phrase of a passive verb, when a modifier names who did it."""
    if not passive_without_agent(verb):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and any(c.dep_ in NOUN_ACTOR_DEPS and reader.actors_in(c)
                                               for c in noun.children):
                    return noun
    return None


WEAPON_NOUNS = WORD_SETS["WEAPON_NOUNS"]
ARMING_VERBS = WORD_SETS["ARMING_VERBS"]
ARMAMENT_WORDS = WORD_SETS["ARMAMENT_WORDS"]
SERIES_NOUNS = WORD_SETS["SERIES_NOUNS"]
FACTION_NOUNS = WORD_SETS["FACTION_NOUNS"]


def own_forces_let_go(token: Token, entry: LexiconEntry, reader: ArgumentReader) -> Token | None:
    """The forces a deployment allowed is "of", when they are only the allower's own ("The German
    parliament allowed the deployment of German troops to Mali", "... of its troops in Chad"):
    receiving a deployment (0861) is of another party's forces ("Khartoum allowed the deployment
    of African Union troops")."""
    if entry.cameo != RECEIVED_DEPLOYMENT or entry.pos != "VERB":
        return None
    deployment, subject = object_of(token), clause_subject(token)
    if deployment is None or subject is None:
        return None
    forces = next((g for c in deployment.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
    if forces is None:
        return None
    own = {a.actor.code[:3] for a in reader.actors_in(subject) if a.actor.code}
    theirs = {a.actor.code[:3] for a in reader.actors_in(forces) if a.actor.code}
    return forces if own and theirs and theirs <= own else None


RECEIVED_DEPLOYMENT = "0861"


def author_unnamed(token: Token) -> bool:
    subject = clause_subject(token)
    if subject is None or token.pos_ not in ("VERB", "AUX"):
        return True  # a passive without agent, or an event noun
    if subject.lemma_.lower() in SERIES_NOUNS:
        # "a series of bombs exploded", "a wave of attacks hit": what the series is of.
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    if subject.lemma_.lower() in FACTION_NOUNS:
        # "terrorist elements kidnapped", "a militant cell attacked": the faction's kind names them.
        subject = next((c for c in subject.children if c.dep_ in ("amod", "compound")
                        and c.lemma_.lower() in WEAPON_NOUNS), subject)
    return subject.lemma_.lower() in WEAPON_NOUNS or subject.lower_ in WEAPON_NOUNS or armed_by_participle(subject)


def armed_by_participle(subject: Token) -> bool:
    """"a woman strapped with explosives", "a man wearing an explosive vest", "a youth carrying a
    grenade": someone unnamed told only by the arms a participle gives them is an unknown attacker,
    as "a suicide bomber" is (not "a woman wounded in the attack": no arming verb)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in ARMING_VERBS
               and any(t.lemma_.lower() in ARMAMENT_WORDS or t.lower_ in ARMAMENT_WORDS for t in c.subtree)
               for c in subject.children)


RESIGNATION_WORDS = WORD_SETS["RESIGNATION_WORDS"]


def is_resignation(word: Token) -> bool:
    """"resign", "abdicate", "quit", "step down", "stand down"."""
    lemma = word.lemma_.lower()
    if lemma in ("step", "stand"):
        return any(c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in word.children)
    return lemma in RESIGNATION_WORDS


CHEMICAL_WORDS = WORD_SETS["CHEMICAL_WORDS"]


def names_chemical_agent(token: Token) -> bool:
    """Whether the words the trigger governs (or, for a noun, its own phrase) name a chemical
    agent as what was used: "with sarin gas", "chlorine-filled barrel bombs", "nerve agents"."""
    words = {t.lower_ for t in token.subtree}
    return bool(words & CHEMICAL_WORDS) and bool(words & {"gas", "agent", "agents", "weapon", "weapons", "bomb",
                                                          "bombs", "shell", "shells", "rocket", "rockets",
                                                          "munition", "munitions", "sarin", "chlorine-filled"})


def is_to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _petty_crime_arrest(verb: Token, reader: ArgumentReader) -> Token | None:
    """The crime, when the verb arrests, detains or jails ordinary people with no actor named on
    them over ("over", "for", "in connection with") a common crime: one against property, a fraud,
    a drug offence, the killing of an ordinary person. Or the drugs, when police seize a haul of
    them ("seized 14 tonnes of amphetamines")."""
    lemma = verb.lemma_.lower()
    if lemma in SEIZING_VERBS:
        haul = object_of(verb)
        if haul is None:
            return None
        goods = [haul] + [g for c in haul.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
        span = {t.i for t in haul.subtree}
        if any(m.start in span for m in verb.doc._.actors if m.actor.code):
            return None  # ("seized two tonnes of cocaine bound for Spain": a party abroad is named)
        return next((g for g in goods if _names_drugs(g)), None)
    if lemma not in HOLDING_VERBS:
        return None
    held = object_of(verb)
    if held is None or held.lemma_.lower() not in ORDINARY_PERSONS \
            or any(a.actor.code for a in reader.actors_in(held)):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "for", "in")]
    # ("jailed a woman for six years for selling heroin": the reason hung on the term.)
    preps += [c for p in preps if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"
              for c in g.children if c.dep_ == "prep" and c.lower_ == "for"]
    for prep in preps:
        reason = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if reason is not None and prep.lower_ == "in" and reason.lower_ == "connection":
            reason = next((g for c in reason.children if c.dep_ == "prep" and c.lower_ == "with"
                           for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if reason is not None and _common_crime(reason, reader):
            return reason
    return None


ARMED_DOERS = WORD_SETS["ARMED_DOERS"]


def private_crime(token: Token, reader: ArgumentReader) -> Token | None:
    """The words that make a violent act by an attacker nobody names a common crime: a victim
    with no party or role of its own who is an ordinary person or a criminal ("the killing of a
    drug dealer"), or a private fight as the scene ("stabbed to death in a bar brawl")."""
    if token.pos_ == "NOUN":
        victim = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
    else:
        doer = clause_subject(token)
        if doer is not None and doer.lemma_.lower() in ARMED_DOERS:
            return None  # "Soldiers raped dozens of women": armed men of a force, not a private crime
        victim = object_of(token) or next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if victim is not None and victim.lemma_.lower() in CRIME_VICTIMS \
            and not any(a.actor.code for a in reader.actors_in(victim)):
        return victim
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in BRAWL_NOUNS), None)


def _years_from(verb: Token) -> bool:
    """The clause is introduced by "after", "before" or "since" with a span of years or decades
    ("16 years after he was shot", "two decades before ...")."""
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in verb.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_NOUNS
               and any(n.dep_ == "nummod" or n.lower_ in ("many", "several", "few") for n in c.children)
               for c in verb.children)


def private_hacking(token: Token, code: str, actors: list, recipients: list) -> bool:
    """An attack on computers ("attacked the computer systems of a supermarket chain") by people
    the story's context alone places, on businesses only: a crime, not a state's or a group's act."""
    if not actors or not all(a.via.startswith(("role, in a", "person, in a")) for a in actors):
        return False
    if not recipients or any(r.actor.sector != "BUS" for r in recipients):
        return False  # ("Muslim hackers ... defaced nearly 3,000 Danish Web sites": no firm named)
    target = object_of(token) if token.pos_ == "VERB" else None
    return code.startswith("176") or (code[:2] in ("18", "19") and target is not None
                                       and target.lemma_.lower() in CYBER_TARGETS)


def _names_drugs(word: Token) -> bool:
    """The word is a drug, or a noun a drug word qualifies ("drug smuggling", "a cocaine haul")."""
    return word.lower_ in DRUG_WORDS or word.lemma_.lower() in DRUG_WORDS or any(
        c.dep_ in ("compound", "amod") and c.lower_ in DRUG_WORDS for c in word.children)


def _common_crime(reason: Token, reader: ArgumentReader) -> bool:
    """A crime of no political cause: "over the theft of a painting", "for fraud", "for smuggling
    cocaine", "over the killing of a drug dealer"."""
    words = {reason.lower_, reason.lemma_.lower()}
    if words & (PETTY_CRIMES | ORDINARY_CRIMES) or _names_drugs(reason):
        return True
    if reason.pos_ == "VERB":  # ("for smuggling cocaine", "for selling heroin")
        return any(c.dep_ == "dobj" and _names_drugs(c) for c in reason.children)
    if reason.lemma_.lower() in KILLING_NOUNS:
        victim = next((g for c in reason.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        # (A victim with a party of its own is left to be read: "the killing of a Japanese tourist".)
        return victim is not None and victim.lemma_.lower() in CRIME_VICTIMS \
            and not any(a.actor.code for a in reader.actors_in(victim))
    return False


def _done_to_animals(token: Token) -> bool:
    """The act's object, or the passive's subject, is an animal (or a list of them)."""
    patient = object_of(token) if token.pos_ == "VERB" else None
    if patient is None and token.pos_ == "VERB":
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if patient is None and token.pos_ == "NOUN":
        patient = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
    return patient is not None and patient.lemma_.lower() in ANIMAL_NOUNS


def traded_under(token: Token) -> Token | None:
    """The trade deal goods are supplied under ("began supplying wheat to Afghanistan under a
    barter deal", "delivered fuel through a commercial contract", "as part of an export
    agreement"), or None."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("under", "through", "as"):
            continue
        for deal in prep.children:
            if deal.dep_ == "pobj" and deal.lemma_.lower() == "part":
                deal = next((g for p in deal.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"), deal)
            if deal.lemma_.lower() in DEAL_NOUNS and any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in TRADE_TERMS for c in deal.children):
                return deal
    return None


def _is_year(token: Token) -> bool:
    """A year written as four digits ("1915", "2006"), which the tagger may read as a number."""
    return token.i < token.head.i and len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("18", "19", "20")
