"""The parties of a coded trigger: who acts and who is acted on, read from the parse.

``arguments_of`` gives the actors and recipients a lexicon entry's trigger names in its own
clause (subject, object, agent, prepositional and joint phrases, the parties of a governed act);
what the phrases around it name (a struck place, a venue, a text's authors, a mediation's sides)
is read in ``phrase_parties.py``. What the coder adds afterwards stays with it: domestic targets
and unnamed attackers in ``coder.py``, the recodes in ``recodes.py``, whom an act is aimed at
beyond its slots in ``targets.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.tables import data_dir, read_tsv, word_sets
from accord.events.argument_words import (
    AID_APPEALS, ANNOUNCING_VERBS, DECISION_NOUNS, JOINT_PREPS, NEGOTIATION_NOUNS, RECIPIENT_PREPS, REPORTING_VERBS, TAKING_PLACE_VERBS,
    asks_a_collective,
)
from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.clauses import OBLIGATION_ENTRY, obligation_speaker, statement_author
from accord.events.entries import ACTOR_OBJECT, REQUEST_ROOTS, LexiconEntry
from accord.events.indirect_parties import among_those, authors_by, participle_agents
from accord.events.merging import clause_subject, passive_without_agent
from accord.events.phrase_parties import (
    MEDIATION_HALTED, MEDIATION_OFFERS, authors_of, border_neighbour, governing_verb, mediated_parties, target_place,
    unique_actors,
)
from accord.events.slots import (OCCURRENCE_VERBS, governed_infinitives, object_of, received_from, stative_subject,
                                 that_clause_first)
from accord.events.syntax import agent_of, prepositional_objects, subject_of

# The word sets are data: each one's words and why are in accord/data/words/events_parties.tsv.
WORD_SETS = word_sets("events_parties")

NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
# Light verbs that lend their subject to an event noun ("launched an attack").
SUPPORT_VERBS = frozenset(row["lemma"] for row in read_tsv(data_dir() / "support_verbs.tsv"))
TARGET_PREPS = WORD_SETS["TARGET_PREPS"]
FRAME_RECIPIENT_PREPS = WORD_SETS["FRAME_RECIPIENT_PREPS"]
HOLDING_NOUNS = WORD_SETS["HOLDING_NOUNS"]
# Praise and verbal support: praising what was done is praising whoever did it.
PRAISES = {"050", "051", "052"}
WITNESS_VERBS = WORD_SETS["WITNESS_VERBS"]
RELATIVE_PRONOUNS = WORD_SETS["RELATIVE_PRONOUNS"]
ON_ACTS = WORD_SETS["ON_ACTS"]
TELLING_VERBS = WORD_SETS["TELLING_VERBS"]
# Expelling and deporting people: a "to" phrase says where they went, not whom it struck.
EXPULSIONS = ("174", "201")
SHARED_INFORMATION = "064"  # share intelligence or information: its "on" phrase is the topic
APOLOGY = "055"
EXPELLING_LEMMAS = WORD_SETS["EXPELLING_LEMMAS"]
def arguments_of(token: Token, entry: LexiconEntry, reader: ArgumentReader):
    """(actors, recipients, objects) of the event an entry codes at a trigger: who acts, whom it
    is aimed at, and the objects read on the way (for the aim of the act)."""
    objects: list[Token] = []
    if entry is OBLIGATION_ENTRY:
        actors, recipients = _obligation_parties(token, reader)
    elif any(key == "voice" and values == ("received",) for key, values in entry.frame):
        actors, recipients = _received_parties(token, entry, reader)
    elif entry.pos == "VERB" and _to_blame(token):
        actors, recipients = _blame_parties(token, reader)
    elif entry.pos in ("VERB", "ADJ"):
        actors, recipients = _verb_parties(token, entry, reader, objects)
    else:
        actors, recipients = _noun_parties(token, entry, reader)
    return actors, recipients, objects


def _obligation_parties(token: Token, reader: ArgumentReader) -> tuple[list[ArgumentActor], list[ArgumentActor]]:
    actors: list[ArgumentActor] = []
    recipients: list[ArgumentActor] = []
    speaker_verb = obligation_speaker(token)
    speaker, _ = subject_of(speaker_verb) if speaker_verb is not None else (None, False)
    obliged, _ = subject_of(token)
    if speaker is not None:
        actors += reader.actors_in(speaker)
    if obliged is not None:
        recipients += reader.actors_in(obliged)
    return actors, recipients


def _received_parties(token: Token, entry: LexiconEntry,
                      reader: ArgumentReader) -> tuple[list[ArgumentActor], list[ArgumentActor]]:
    actors: list[ArgumentActor] = []
    recipients: list[ArgumentActor] = []
    # "Russia's decision drew sharp criticism from Turkey": Turkey criticises; whoever the
    # subject names (or its owner) receives it.
    giver = received_from(entry, token)
    if giver is not None:
        # ("from its closest ally, the United States": the apposition names it.)
        actors += reader.actors_reached(giver) or [a for c in giver.children if c.dep_ == "appos"
                                                   for a in reader.actors_in(c)]
    subject = clause_subject(token, ("nsubj", "nsubjpass")) if entry.pos == "VERB" else None
    if entry.pos == "NOUN":
        verb = governing_verb(token)
        subject = clause_subject(verb, ("nsubj", "nsubjpass")) if verb is not None else None
    if subject is not None:
        recipients += reader.actors_in(subject) or reader.actors_reached(subject)
    return actors, recipients


def _blame_parties(token: Token, reader: ArgumentReader) -> tuple[list[ArgumentActor], list[ArgumentActor]]:
    actors: list[ArgumentActor] = []
    recipients: list[ArgumentActor] = []
    # "Abe said Russia was partly to blame for the dispute": whoever is to blame is blamed;
    # the one who says so blames.
    blamed, _ = subject_of(token.head)
    if blamed is not None:
        recipients += reader.actors_in(blamed)
    speaker = _saying_subject(token.head)
    if speaker is not None:
        actors += reader.actors_in(speaker)
    return actors, recipients


def _verb_parties(token: Token, entry: LexiconEntry, reader: ArgumentReader,
                  objects: list[Token]) -> tuple[list[ArgumentActor], list[ArgumentActor]]:
    """A verb's or stance adjective's parties: its doer, then whom its object, its prepositions
    and, failing those, its governed clauses name."""
    actors: list[ArgumentActor] = []
    subject, patient = _doer_and_patient(token, entry, reader, actors)
    recipients, holders = _object_recipients(token, entry, reader, subject, patient, objects)
    recipients = _prepositional_recipients(token, entry, reader, holders, actors, recipients)
    recipients = _fallback_recipients(token, entry, reader, actors, recipients, patient)
    actors = _reported_conjunct_doer(token, entry, reader, actors, recipients)
    return actors, recipients


def _doer_and_patient(token: Token, entry: LexiconEntry, reader: ArgumentReader,
                      actors: list[ArgumentActor]) -> tuple[Token | None, Token | None]:
    """Adds the verb's doers to ``actors``; returns its subject and the party it acts on."""
    subject, passive = subject_of(token)
    if passive and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") \
            and token.head.lemma_.lower() in WITNESS_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children):
        # "An agent was seen on camera grabbing a photographer": a gerund hung on a passive of
        # seeing or recording is in the active; the passive's subject does it. (Not any passive:
        # "acts are not faced with such costs when visiting the UK".)
        passive = False
    root = token.sent.root
    if token.dep_ == "acl" and (token.tag_ == "VBD" or token.tag_ == "VBN" and any(
            c.dep_ == "dobj" for c in token.children)) and root.pos_ in ("NOUN", "PROPN") \
            and root.i < token.head.i and root in token.ancestors:
        # "A number of Democrats in Congress who serve as superdelegates lined up behind
        # Clinton": with no finite verb left, the parser hangs the past-tense verb (or a
        # participle with an object of its own) on the last noun before it; the noun the
        # sentence starts with is its subject.
        subject, passive = root, False
    if subject is None:
        # "IGAD called on South Sudan's leaders ...": an organisation's acronym opening the
        # sentence that the small model read as an auxiliary of the verb is its subject.
        subject = next((c for c in token.children if c.dep_ in ("aux", "auxpass", "advmod", "npadvmod", "advcl", "dep")
                        and misread_acronym(c, reader)), None)
        passive = passive and subject is None
    if subject is None and token.dep_ == "acl" and token.head.lemma_.lower() in DECISION_NOUNS \
            and token.head.dep_ == "nsubjpass" and token.head.head.lemma_.lower() in ANNOUNCING_VERBS:
        # "The decision to expel four Polish diplomats was announced by the Russian foreign
        # ministry": whoever announces the decision takes it, and does what it decides.
        subject, passive = agent_of(token.head.head), False
    patient = None
    stative = entry.pos == "ADJ" or any(key == "voice" and values not in (("received",), ("passive",))
                                        for key, values in entry.frame)
    if stative and subject is None:
        subject, passive = stative_subject(token), True
    if passive and stative and subject is not None:
        # "Israel is opposed to French mediation": the subject holds the position.
        actors += reader.actors_in(subject)
    elif passive:
        agent = agent_of(token)
        if agent is not None:
            actors += reader.actors_in(agent)
        elif entry.cameo.startswith(REMOVALS) or token.lemma_.lower() == "summon":
            # "Four Russian diplomats were expelled from the Czech Republic", "the Norwegian
            # ambassador was summoned to the Israeli foreign ministry": with no "by", the state
            # they were sent away from, or summoned to, is who acted.
            actors += _removing_state(token, entry, reader, subject)
        patient = subject
    else:
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            # ("released a statement that condemned ...": the statement's author, for the
            # relative pronoun as for no subject at all.)
            subject = statement_author(token) or subject
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            # "Among those who have criticised the plans are the police chief ...": the ones named
            # after the copula did it.
            subject = among_those(token) or subject
        if subject is not None:
            actors += reader.actors_in(subject) or authors_by(subject, reader)
        patient = object_of(token)
        if patient is not None and subject is not None and patient.i == subject.i:
            patient = None  # "troops were engaged in fighting": a state, not a passive
    return subject, patient


def _object_recipients(token: Token, entry: LexiconEntry, reader: ArgumentReader, subject: Token | None,
                       patient: Token | None, objects: list[Token]) -> tuple[list[ArgumentActor], list[Token]]:
    """Whom the object names, and the words whose prepositions are read next (the verb, and the
    object when it named nobody)."""
    recipients: list[ArgumentActor] = []
    holders = [token]
    if patient is not None:
        objects.append(patient)
        named = reader.actors_in(patient) or reader.carried(patient)
        if not named and (entry.cameo[:3] in PRAISES or any(key == "objmod" and ACTOR_OBJECT in values
                                                             for key, values in entry.frame)):
            # (Only for praise, or where the frame wants the object's own actor: "praised the
            # efforts made by X"; "violated the truce declared by Moscow" is no act on Moscow.)
            named = participle_agents(patient, reader)
        if subject is not None and subject.i != patient.i and subject.i in {t.i for t in patient.subtree}:
            # (A misparse that hangs the subject inside the object: "al-Sisi played host to
            # Abbas" read as one noun phrase. The subject is no recipient.)
            inside = {t.idx for t in subject.subtree}
            named = [a for a in named if a.start not in inside]
        if named and entry.cameo[:2] in ("06", "07", "08") and all(not (a.start <= patient.idx < a.end)
                                                                  for a in named):
            # "returned the Benin Bronzes to Nigeria": a country only qualifying the thing
            # moved gives way to where it was moved.
            on_object = [r for _prep, pobj in prepositional_objects(patient, {"to"}) for r in reader.actors_in(pobj)]
            on_verb = [r for _prep, pobj in prepositional_objects(token, {"to"}) for r in reader.actors_in(pobj)]
            if on_object or on_verb:
                named = on_object  # the verb's own "to" phrase is read below
        if named and entry.cameo[:3] in ("114", "115") and all(not (a.start <= patient.idx < a.end) for a in named):
            # "launched a WTO case against Japan": the body only qualifying the complaint or
            # case is the forum it is brought to; it is aimed at whom it is against.
            on_object = [r for _prep, pobj in prepositional_objects(patient, {"against"}) for r in reader.actors_in(pobj)]
            on_verb = [r for _prep, pobj in prepositional_objects(token, {"against"}) for r in reader.actors_in(pobj)]
            if on_object or on_verb:
                named = on_object  # the verb's own "against" phrase is read below
        if named and entry.cameo[:2] in ("12", "16") and all((a.actor.code or "").startswith("IGO") for a in named):
            # "vetoed the start of EU membership talks with North Macedonia", "postponed the
            # EU's accession talks with Croatia": the bloc only qualifies the talks; they, and so
            # their blocking or halting, are with the state their "with" phrase names.
            # (Only talks the bloc itself qualifies: in "rejected a U.N. call for talks with the
            # opposition leader" the U.N. made the call, and the rejection is aimed at it.)
            partners = [r for talk in patient.subtree if talk.lemma_.lower() in NEGOTIATION_NOUNS
                        and all(talk.left_edge.idx <= a.start < talk.idx for a in named)
                        for _prep, pobj in prepositional_objects(talk, {"with"}) for r in reader.actors_in(pobj)]
            if partners and not any((p.actor.code or "").startswith("IGO") for p in partners):
                named = partners
        if named and (entry.cameo[:2] == "11" or entry.cameo[:3] in PRAISES):
            named = _without_undergoer(patient, named, reader)
        authors = authors_of(patient, reader) if entry.cameo.startswith("12") else []
        if authors:
            # "vetoed a Security Council resolution drafted by Egypt": a rejection is aimed at
            # whoever put forward what is rejected, not the body it was put to.
            named = authors
        if named:
            recipients += named
        if not named or all(a.via.startswith("pronoun") for a in named) or (
                all(a.via.endswith("possessive") for a in named)
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children)):
            # ("threw its support behind Indonesia": "its" is the owner, not whom it is behind;
            # "recalled its ambassador from Peru": "its ambassador" is the actor's own, and the
            # phrase the parser hangs on him names whom the act is aimed at.)
            holders.append(patient)
    if patient is None:
        # "pulled out of talks with Japan": the frame's own noun behind a two-word preposition
        # ("out of", "away from") is read for its phrases as an object would be.
        wanted = {(p, w) for key, values in entry.frame if key == "pobj"
                  for p, _, first in [values[0].partition(":")] for w in [first, *values[1:]]}
        holders += [g for child in token.children if child.dep_ == "prep"
                    and not any(c.dep_ == "pobj" for c in child.children)
                    for inner in child.children if inner.dep_ == "prep"
                    for g in inner.children if g.dep_ == "pobj" and (inner.lower_, g.lemma_.lower()) in wanted]
    return recipients, holders


def _without_undergoer(act: Token, named: list[ArgumentActor], reader: ArgumentReader) -> list[ArgumentActor]:
    """"condemned the NATO bombing of Yugoslavia", "praised India's release of Pakistani
    fishermen", "criticised the arrest of Russian journalists by Latvian police": of an act whose
    doer its own modifier, possessive or "by" phrase names, the party its "of" phrase names
    underwent it, and criticism or praise of the act is aimed at the doer only."""
    if act.pos_ != "NOUN" or any(a.start <= act.idx < a.end for a in named):
        return named  # (a role or body named by the object itself is whom it is aimed at)
    undergoing = {t.idx for prep in act.children if prep.dep_ == "prep" and prep.lower_ == "of" for t in prep.subtree}
    agents = [a for _, pobj in prepositional_objects(act, {"by"}) for a in reader.actors_reached(pobj)]
    if agents and all(a.start in undergoing for a in named):
        return agents
    doers = [a for a in named if a.start not in undergoing]
    if doers and len(doers) < len(named) and all(a.end <= act.idx for a in doers):
        return doers
    return named


VENUE_NOUNS = WORD_SETS["VENUE_NOUNS"]
REASON_NOUNS = WORD_SETS["REASON_NOUNS"]


def _goods_preps(entry: LexiconEntry) -> set[str]:
    """The prepositions of what is given, in a frame whose object is the one it is given to
    ("provided Ukraine with weapons against Russian drones": "with" names the goods, and a party
    it mentions is none of the act's)."""
    if not any(key == "obj" and ACTOR_OBJECT in values for key, values in entry.frame):
        return set()
    return {values[0].partition(":")[0] for key, values in entry.frame
            if key == "pobj" and ACTOR_OBJECT not in values[0].partition(":")[2:] + values[1:]}


def _prepositional_recipients(token: Token, entry: LexiconEntry, reader: ArgumentReader, holders: list[Token],
                              actors: list[ArgumentActor],
                              recipients: list[ArgumentActor]) -> list[ArgumentActor]:
    """Whom the prepositions of the verb (and object) name; joint parties ("between X and Y") join
    ``actors`` when no doer was found."""
    forum, against = [], []
    asked_of = entry.cameo[:2] in REQUEST_ROOTS and any(
        reader.actors_reached(pobj) for holder in holders for _, pobj in prepositional_objects(holder, {"from"}))
    apologised_to = entry.cameo.startswith(APOLOGY) and any(
        reader.actors_reached(pobj) for holder in holders for _, pobj in prepositional_objects(holder, {"to"}))
    for holder in holders:
        # ("rejected calls by Kofi Annan": the object's "by" names its author.)
        preps = RECIPIENT_PREPS if holder is token else RECIPIENT_PREPS | {"by"}
        # ("a blast tore through a bus carrying pilgrims": a preposition the frame asks for.)
        # (And a stance adjective's own preposition: "critical of Russia", "scathing about".)
        preps = preps | {w for key, values in entry.frame if key == "prep" for w in values
                         if w in FRAME_RECIPIENT_PREPS or entry.pos == "ADJ"}
        # (So does a "pobj=" one that names an actor: "lined up behind Clinton".)
        preps = preps | {values[0].partition(":")[0] for key, values in entry.frame
                         if key == "pobj" and ACTOR_OBJECT in values[0].partition(":")[2:] + values[1:]
                         and values[0].partition(":")[0] in FRAME_RECIPIENT_PREPS}
        if holder.lemma_.lower() in HOLDING_NOUNS or holder is token and any(
                c.dep_ == "dobj" and c.lemma_.lower() in HOLDING_NOUNS for c in token.children):
            # "took control of a Greek tanker": what is taken is the tanker (the parser may hang
            # the phrase on the verb).
            preps = preps | {"of"}
        if entry.cameo.startswith(EXPULSIONS):
            preps = preps - {"to", "into"}  # "expelled a bishop to Rome": where they were sent
        if entry.cameo.startswith(SHARED_INFORMATION):
            preps = preps - {"on"}  # "passed intelligence on Iranian troop movements to Iraq": what it is about
        preps = preps - _goods_preps(entry)
        for prep, pobj in prepositional_objects(holder, preps):
            if entry.cameo[:2] >= "17" and border_neighbour(pobj):
                continue  # "seized the town on the border with Uganda": where, not against whom
            if prep == "with" and absolute_clause(pobj):
                continue  # "signed the accord, with Bahrain following suit": a circumstance, no party
            if prep == "for" and asked_of:
                continue  # "demanded an apology from Washington for a NATO raid": asked of Washington only
            if prep == "for" and apologised_to:
                continue  # "apologised to Rwanda for the failure of Belgian troops": what it is for, not to whom
            reached = reader.actors_reached(pobj)
            if prep == "for" and recipients and any(key == "obj" and ACTOR_OBJECT in values for key, values in entry.frame):
                # "praised Baghdad for the liberation of Mosul from Islamic State": with the one
                # praised named as the object, "for" gives the reason, whoever it names.
                reached = []
            if prep == "for" and pobj.lemma_.lower() in NEGOTIATION_NOUNS and not reader.actors_in(pobj):
                # "arrived in Tehran for talks on the Syrian conflict": what the talks are on is
                # their topic, not whom the visit is to.
                reached = []
            if prep == "at" and entry.cameo[:2] < "14" and not any(
                    key == "prep" and "at" in values for key, values in entry.frame):
                # ("lashed out at Washington": a frame that asks for "at" names its target.)
                # "signed an agreement at the White House": a building or capital standing
                # for its government is where a cooperative act happened, not its party.
                reached = [r for r in reached if r.via not in ("metonym", "capital")]
                if len({a.actor.code for a in actors if a.actor.code}) > 1:
                    # "the Indonesian and Portuguese foreign ministers signed an agreement at the
                    # United Nations": for two parties acting together, a body "at" which they
                    # act is where they did it, not a third party.
                    reached = [r for r in reached if r.via != "organisation"]
            if prep == "from" and recipients and (entry.cameo.startswith(EXPULSIONS)
                                                  or token.lemma_.lower() in EXPELLING_LEMMAS):
                # "expelled four Spanish activists from Laayoune", "expelled two British
                # diplomats from Moscow": a capital they are sent out of is where, when the
                # object already names whom.
                reached = [r for r in reached if r.via not in ("metonym", "capital")]
            if prep == "at" and recipients and not any(key == "prep" and "at" in values for key, values in entry.frame):
                # "sued Croatia at the European Court of Justice", "defended Myanmar's handling of
                # the crisis at the U.N. Human Rights Council": with whom already named, an
                # international court or council after "at" is where the act was done, not a
                # second party (as the tuning gold has "filed a case against X at the ICJ").
                reached = [r for r in reached if not (r.actor.code or "").startswith("IGO")]
            if pobj.head.i > 0 and token.doc[pobj.head.i - 1].lemma_.lower() in REASON_NOUNS \
                    and pobj.head.i - 1 != token.i:
                # "recalled its ambassador from Peru in protest at the arrest of Chilean
                # fishermen": the parser hangs the reason's "at" on the verb; the actor's own
                # people it names are why, not whom the act is aimed at.
                own = {a.actor.code for a in actors if a.actor.code}
                reached = [r for r in reached if r.actor.code not in own]
            if prep == "at" and recipients and pobj.lemma_.lower() in VENUE_NOUNS:
                # "was detained by Georgian police at Tbilisi airport": with whom already named,
                # a capital naming the airport or square is where, not a second target.
                reached = [r for r in reached if r.via not in ("metonym", "capital")]
            recipients += reached
            _sort_forum(prep, pobj, reached, forum, against, reader)
        for prep, pobj in prepositional_objects(holder, JOINT_PREPS):
            # "agreements were signed between X and Y": X and Y act together; "Norway
            # mediated between X and Y", "Egypt hosted talks between X and Y": the one
            # who acts is the subject, X and Y receive.
            joint = reader.actors_in(pobj)
            (recipients if actors else actors).extend(joint)
    recipients = _without_forum(recipients, forum, against, entry)
    if entry.cameo.startswith(RALLYING_SUPPORT):
        # "rallied support among Pacific leaders for Taiwan's bid": those among whom support is
        # rallied are its audience; whom it is "for" (which the parser hangs on the audience)
        # is the one it is rallied on behalf of.
        audience = [among for holder in holders for _, among in prepositional_objects(holder, JOINT_PREPS)]
        behalf = [a for holder in holders + audience for _, pobj in prepositional_objects(holder, {"for"})
                  for a in reader.actors_reached(pobj) if a.actor.code not in {b.actor.code for b in actors}]
        if behalf:
            recipients = behalf
    if entry.cameo[:3] in MEDIATION_OFFERS | MEDIATION_HALTED:
        # (The sides named go before a place or topic: "in any future negotiations on the
        # withdrawal of foreign troops from Afghanistan".)
        # (A side that is also read as the actor means the parse went wrong: left alone.)
        sides = mediated_parties(token, entry, reader)
        if sides and not {s.actor.code for s in sides} & {a.actor.code for a in actors}:
            recipients = sides
    return recipients


JOINT_PACT_NOUNS = WORD_SETS["JOINT_PACT_NOUNS"]


# Codes whose persons handed over may be sent "for trial in" a state: intents and promises, judicial
# cooperation given (06), rejections (12) and demands (10).
TRIAL_ROOTS = ("03", "06", "10", "12")


def _fallback_recipients(token: Token, entry: LexiconEntry, reader: ArgumentReader, actors: list[ArgumentActor],
                         recipients: list[ArgumentActor], patient: Token | None) -> list[ArgumentActor]:
    """With no recipient yet: whom a governed infinitive or clause, a hearer told, or the act the
    object refers back to names."""
    if not recipients and entry.cameo.startswith(AID_APPEALS) and asks_a_collective(token):
        # "called on donor countries to help Syrian refugees": those asked for aid are the target,
        # though they have no code; those the aid would help are not. (Asked to punish a third
        # party, world powers are not the target, the third party is: "urged world powers to impose
        # sanctions on Iran" is 113 against Iran.)
        return recipients
    if not recipients and token.pos_ == "VERB" and entry.cameo[:2] in TRIAL_ROOTS:
        # "handed over the suspects for trial in Belgium": the states that would try them.
        own = {a.actor.code for a in actors}
        recipients += [r for r in reader.trying_states(token) if r.actor.code not in own]
    if not recipients and (any(key == "xcomp" for key, _ in entry.frame) or entry.cameo[:2] == "03"):
        # "threatened to annihilate South Korea": whoever the governed act is aimed at
        # ("promised to democratize Serbia": not the actor's own country).
        own = {a.actor.code for a in actors}
        for governed in governed_infinitives(token):
            # ("refused to hand over the suspects for trial in Scotland or the United States": the
            # states that would try them, before whatever the suspects' phrase names.)
            aimed = [object_of(governed)] + [pobj for _, pobj in prepositional_objects(governed, RECIPIENT_PREPS)]
            recipients += [r for r in reader.trying_states(governed) if r.actor.code not in own] or [
                r for head in aimed if head is not None for r in reader.actors_in(head) if r.actor.code not in own]
            if not recipients and entry.cameo[:2] in ("13", "03"):
                # "threatened to launch an operation in northern Syria": where it would strike;
                # "pledged to bankroll reconstruction in the Gaza Strip": where the help goes.
                place = target_place(governed, reader, conflict=True)
                if place is not None and place.actor.code not in own:
                    recipients.append(place)
    if not recipients:
        # "China demanded that the United States stop ...", "X warned that Y would ...":
        # whoever the clause is about receives the demand or warning.
        # ("Washington is reacting to it: Washington has said that a response by Russia would ...":
        # of two clauses hung on the verb, the one "that" opens is what was said.)
        clause = that_clause_first([c for c in token.children if c.dep_ == "ccomp"])
        # ("called for his rivals to drop out": the subject of a "for ... to" clause.)
        clause = clause or next((c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.i > token.i
                                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        if clause is not None:
            about, _ = subject_of(clause)
            if about is not None:
                recipients += reader.actors_in(about)
            own = {a.actor.code for a in actors if a.actor.code}
            if own and recipients and {r.actor.code for r in recipients} <= own:
                # "warned that Moscow could resort to nuclear weapons if Ukraine attacked
                # Crimea": the clause is about the actor itself; whom it is aimed at is the
                # one its condition names.
                recipients = [r for c in clause.children if c.dep_ == "advcl" and any(
                              m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children)
                              for subject in [subject_of(c)[0]] if subject is not None
                              for r in reader.actors_in(subject) if r.actor.code not in own] or recipients
            if own and recipients and {r.actor.code for r in recipients} <= own and entry.cameo[:2] in ("03", "13"):
                # "The EU will send monitors to Georgia, EU ministers agreed": the clause tells the
                # actor's own act; it is aimed at whom that act is ("to Georgia"). (Only for an
                # intent: a demand that the actor's own leader resign, or a court finding its own
                # state liable, stays at home. A threat of the actor's own act is aimed alike:
                # "warned that Tehran would respond forcefully to any Israeli attack".)
                aimed = [object_of(clause)] + [pobj for _, pobj in prepositional_objects(clause, RECIPIENT_PREPS)]
                recipients = [r for head in aimed if head is not None for r in reader.actors_in(head)
                              if r.actor.code not in own] or recipients
    if not recipients and token.dep_ == "ccomp" and token.head.lemma_.lower() in TELLING_VERBS:
        # "Chile told Bolivia it would reopen the crossing": what is told is aimed at the hearer.
        hearer = next((c for c in token.head.children if c.dep_ in ("dobj", "dative") and c.i < token.i), None)
        if hearer is not None:
            recipients += reader.actors_in(hearer)
    if not recipients and any(key == "answers" for key, _ in entry.frame):
        recipients += _proposers(token, reader)
    if not recipients:
        recipients += reader.governed_recipients(token, actors)  # "threatened to impose tariffs on Mexico"
    if not recipients and patient is not None and entry.cameo[:2] in ("10", "11", "12", "13", "14") \
            and patient.lemma_.lower() in ACT_NOUNS:
        # "Iran seized a Greek tanker. Athens condemned the seizure as piracy": the act the
        # sentence before told is aimed at by whoever did it.
        own = {a.actor.code for a in actors}
        recipients += [r for r in reader.previous_doer(patient) if r.actor.code not in own]
    return recipients


def _proposers(token: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """Who put forward what a bare refusal answers: "Obama had proposed a tax, but the Republicans
    refused" (the subject of the verb it is conjoined to); "was asked by Seoul to halt the tests
    but refused" (that verb's "by" agent)."""
    offer = token.head if token.dep_ == "conj" else None
    if offer is None:
        return []
    subject, passive = subject_of(offer)
    who = agent_of(offer) if passive else subject
    return reader.actors_in(who) if who is not None else []


def _reported_conjunct_doer(token: Token, entry: LexiconEntry, reader: ArgumentReader, actors: list[ArgumentActor],
                            recipients: list[ArgumentActor]) -> list[ArgumentActor]:
    speaker = _reporter_of_conjunct(token)
    if speaker is not None and actors and recipients and \
            {a.actor.code[:3] for a in actors if a.actor.code} \
            <= {r.actor.code[:3] for r in recipients if r.actor.code}:
        # "Moon said China was responsible … and called for Beijing's cooperation": a verb
        # conjoined inside a reported clause, which would make a state act on itself, goes
        # with the clause that reports ("said … and called"); its doer is the speaker.
        told = reader.actors_in(speaker)
        if told and not {a.actor.code[:3] for a in told if a.actor.code} & \
                {r.actor.code[:3] for r in recipients if r.actor.code}:
            actors = told
    elif speaker is not None and not actors and entry.cameo[:2] < "14" and conjunct_subject_is_thing(token):
        # "Putin forecast that the economy would rebound and praised efforts by Kerry": a
        # verbal act conjoined inside a reported clause whose subject is a thing ("the
        # economy") and names no party goes with the clause that reports.
        actors = [a for a in reader.actors_in(speaker) if a.actor.code]
    return actors


def _noun_parties(token: Token, entry: LexiconEntry,
                  reader: ArgumentReader) -> tuple[list[ArgumentActor], list[ArgumentActor]]:
    actors: list[ArgumentActor] = []
    recipients: list[ArgumentActor] = []
    for child in token.children:
        if child.dep_ in NOUN_ACTOR_DEPS:
            actors += reader.actors_in(child)
    if not actors and entry.cameo[:2] >= "14":
        # "the killing of 29 worshippers by a Jewish settler": the noun's "by" names who did it.
        actors += [a for _prep, pobj in prepositional_objects(token, {"by"}) for a in reader.actors_in(pobj)]
    if not actors and token.dep_ in ("dobj", "obj") and misread_acronym(token.head, reader):
        # "ECOWAS imposed sanctions on Guinea": the acronym read as the verb (or a modifier
        # governing the object) whose object the act is; the organisation imposes them.
        actors += reader.actors_in(token.head)
    if not actors and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" \
            and token.head.lemma_.lower() in TAKING_PLACE_VERBS:
        # "A visit by Chinese President Hu Jintao to Washington was confirmed by the White
        # House": the act the sentence is about, told as its subject, is done by its "by" phrase
        # (as by its owner: "Hu Jintao's visit ... was confirmed"), when the verb says it takes
        # place ("was cancelled", "was condemned" do not). A person of no known country is no
        # actor here ("A visit by Rice to Damascus": not Syria's).
        actors += [a for _prep, pobj in prepositional_objects(token, {"by"}) for a in reader.actors_in(pobj)
                   if not a.via.startswith("person, in a")]
    if not actors and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ANNOUNCING_VERBS \
            and not any(c.dep_ == "poss" for c in token.children):
        # "The expulsion of four Polish diplomats was announced by the Russian foreign ministry":
        # whoever announces the act did it.
        agent = agent_of(token.head)
        if agent is not None:
            actors += reader.actors_in(agent)
    if token.dep_ == "pobj" and token.head.lower_ == "in" and passive_without_agent(token.head.head):
        # "two soldiers were wounded in a PKK attack": whoever the verb's subject names.
        patient = next(c for c in token.head.head.children if c.dep_ == "nsubjpass")
        recipients += reader.actors_in(patient)
    noun_holders = [token]
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in OCCURRENCE_VERBS:
        noun_holders.append(token.head)  # "fighting erupted between the army and the RSF"
    # "the signing of a trade agreement between Canada and Ecuador": the parties of what the act
    # is of act in it.
    noun_holders += [pobj for _prep, pobj in prepositional_objects(token, {"of"})
                     if pobj.lemma_.lower() in JOINT_PACT_NOUNS]
    for prep, pobj in (pair for holder in noun_holders for pair in prepositional_objects(holder, JOINT_PREPS)):
        actors += reader.actors_in(pobj)
    forum, against = [], []
    for prep, pobj in prepositional_objects(token, RECIPIENT_PREPS | {"of"}):
        # "criticism of Libya", "the release of prisoners": "of" names who undergoes it.
        reached = reader.actors_reached(pobj)
        recipients.extend(reached)
        _sort_forum(prep, pobj, reached, forum, against, reader)
    recipients = _without_forum(recipients, forum, against, entry)
    if not recipients and entry.cameo[:2] >= "14" and token.dep_ in ("dobj", "obj") \
            and token.head.lemma_.lower() in SUPPORT_VERBS:
        # "opened an offensive on UNITA-held towns", "staged a protest against the decree": the
        # parser hangs the noun's target on its support verb, after the noun.
        recipients += [a for _prep, pobj in prepositional_objects(token.head, TARGET_PREPS) if pobj.i > token.i
                       for a in reader.actors_reached(pobj)]
    if not actors:
        # "Israel launched an attack on Gaza": a support verb lends its subject; a verb
        # that talks about the event ("condemned the strikes") does not.
        verb = governing_verb(token)
        if verb is not None and verb.lemma_.lower() in SUPPORT_VERBS:
            subject, passive = subject_of(verb)
            if subject is not None and not passive and subject.i != token.i:
                actors += reader.actors_in(subject)
    if not actors:
        actors += _engaged_in(token, reader)
    if not actors:
        actors += _claimed_by(token, reader)
    if not actors and token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB" \
            and token.head.head.lemma_.lower() in ANSWERING_VERBS:
        # "Israel responded with artillery fire on villages in southern Lebanon": the one who
        # answers does what it answers with.
        subject, passive = subject_of(token.head.head)
        if subject is None and token.head.head.dep_ == "conj":
            subject, passive = subject_of(token.head.head.head)
        if subject is not None and not passive:
            actors += reader.actors_in(subject)
    if not recipients:
        verb = governing_verb(token)
        if verb is not None and verb.lemma_.lower() in SUPPORT_VERBS:
            recipients += reader.governed_recipients(verb, actors)  # "opened an inquiry into X by Y"
    return actors, recipients


CLAIMING_VERBS = WORD_SETS["CLAIMING_VERBS"]


def _claimed_by(noun: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """"Jaish-e-Mohammed claimed responsibility for a car bombing": who claims an attack is its
    doer (the subject of the verb whose "responsibility for" names it)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in ("responsibility", "credit"):
        return []
    verb = prep.head.head
    if prep.head.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING_VERBS:
        return []
    subject, passive = subject_of(verb)
    return [a for a in reader.actors_in(subject) if a.actor.code] if subject is not None and not passive else []


# Rallying support on behalf of someone (CAMEO 053).
RALLYING_SUPPORT = "053"
AGENDA_NOUNS = WORD_SETS["AGENDA_NOUNS"]


def absolute_clause(pobj: Token) -> bool:
    """Whether a "with" phrase is a clause of its own ("with Bahrain following suit", "with EU
    envoys looking on"): a participle in it has a subject, or it puts something on the agenda
    ("with a railway linking Uzbekistan to Pakistani ports high on the agenda", "with a trade
    deal on the table")."""
    if any(word.lemma_.lower() in AGENDA_NOUNS and word.head.dep_ == "prep" and word.head.lower_ in ("on", "atop")
           and word.head.head.i != pobj.head.i for word in pobj.subtree if word.i != pobj.i):
        return True
    if any(prep.dep_ == "prep" and (prep.lower_, word.lemma_.lower()) in _PRESIDING
           for prep in pobj.children for word in prep.children if word.dep_ == "pobj"):
        return True  # "with U.S. mediator Chester Crocker in the chair", "with Norway as mediator"
    return any(word.tag_ in ("VBG", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
               for word in pobj.subtree) or any(c.dep_ in ("nsubj", "nsubjpass") for c in pobj.children)


PRESIDING_PLACES = WORD_SETS["PRESIDING_PLACES"]
PRESIDING_ROLES = WORD_SETS["PRESIDING_ROLES"]
_PRESIDING = {("in", w) for w in PRESIDING_PLACES} | {("as", w) for w in PRESIDING_ROLES}
ANSWERING_VERBS = WORD_SETS["ANSWERING_VERBS"]


ENGAGED_IN_VERBS = WORD_SETS["ENGAGED_IN_VERBS"]


def _engaged_in(noun: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """Whoever is "in" an act the noun tells: "Turkey is in talks with Iraq" (the subject of the
    verb the "in" phrase hangs on, active or passive)."""
    prep = noun.head
    # (and "on" a strike: "Cuban dissident X, who has been on hunger strike for four months")
    if noun.dep_ != "pobj" or prep.dep_ != "prep" \
            or not (prep.lower_ == "in" or prep.lower_ == "on" and noun.lemma_.lower() in ON_ACTS):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ENGAGED_IN_VERBS:
        return []
    subject, _passive = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # ("X, who has been on hunger strike": the one the clause describes)
    return reader.actors_in(subject) if subject is not None and subject.i != noun.i else []


def misread_acronym(word: Token, reader: ArgumentReader) -> bool:
    """An all-capital organisation's name opening the sentence that the small model took for a
    verb, an auxiliary or an adjective ("ECOWAS imposed ...", "IGAD called on ..."), which names
    an actor."""
    return word.i == word.sent.start and word.pos_ in ("VERB", "AUX", "ADJ") and word.text.isupper() \
        and len(word.text) >= 3 and word.text.isalpha() and bool(reader.actors_in(word))


def _to_blame(token: Token) -> bool:
    """"X is to blame": the infinitive of "blame" as the complement of "be"."""
    return token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ == "dobj" for c in token.children)


def _saying_subject(clause: Token) -> Token | None:
    """The subject of the saying verb whose reported clause ``clause`` is, else None."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS | {"insist", "argue", "claim"}:
        return None
    subject, passive = subject_of(clause.head)
    return None if subject is None or passive else subject


def conjunct_subject_is_thing(token: Token) -> bool:
    """The verb ``token`` is conjoined to has a subject that is a common noun with no person or
    party word in it ("the slumping economy would rebound and praised ...")."""
    first = token.head
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "" \
        and not any(t.ent_type_ or t.pos_ in ("PROPN", "PRON") for t in subject.subtree)


def _reporter_of_conjunct(token: Token) -> Token | None:
    """The subject of the saying verb when ``token`` is a verb with no subject of its own,
    conjoined to a verb of a clause that verb reports ("said China was to blame … and
    called"), else None."""
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    head = token.head
    for _ in range(4):
        if head.dep_ == "ccomp":
            break
        if head.dep_ not in ("xcomp", "conj", "acomp") or head.head.i == head.i:
            return None
        head = head.head
    else:
        return None
    saying = head.head
    if saying.lemma_.lower() not in REPORTING_VERBS | {"accuse", "charge", "claim", "insist", "argue", "forecast",
                                                        "predict"}:
        return None
    subject, passive = subject_of(saying)
    return None if subject is None or passive else subject


# Expelling, ordering out, deporting or summoning someone: in the passive with no "by", the
# state they were sent from or summoned to acts.
REMOVALS = ("161", "166", "174", "201", "114")
LEAVING_VERBS = WORD_SETS["LEAVING_VERBS"]


def _removing_state(token: Token, entry: LexiconEntry, reader: ArgumentReader, patient: Token | None):
    """The state a passive expulsion names as where from ("were expelled from Albania", "were
    ordered to leave Russia"), or a summons as where to ("was summoned to the Israeli foreign
    ministry"); none that is the patient's own."""
    own = {a.actor.code for a in reader.actors_in(patient)} if patient is not None else set()
    heads: list[Token] = []
    if entry.cameo.startswith("114") or token.lemma_.lower() == "summon":
        heads += [pobj for _prep, pobj in prepositional_objects(token, {"to"})]
        if patient is not None and not heads:
            # "The Turkish ambassador in Stockholm was summoned": the state an envoy is posted
            # to summons him.
            heads += [pobj for _prep, pobj in prepositional_objects(patient, {"in", "to"})]
    else:
        heads += [pobj for _prep, pobj in prepositional_objects(token, {"from"})]
        heads += [obj for clause in token.children if clause.dep_ == "xcomp" and clause.lemma_.lower() in LEAVING_VERBS
                  for obj in clause.children if obj.dep_ == "dobj"]
    found = [a for head in heads for a in reader.actors_in(head)
             if a.actor.code and a.actor.kind in ("country", "organisation") and a.actor.code not in own
             and a.via not in ("pronoun", )]
    return unique_actors(found)


ACT_NOUNS = WORD_SETS["ACT_NOUNS"]
# Words for a frontier: "on the border with Uganda" names the neighbour, not the party.


def _sort_forum(prep: str, pobj: Token, reached: list[ArgumentActor], forum: list, against: list,
                reader: ArgumentReader) -> None:
    """Note who a prepositional object names as the party acted against, or as the forum an act
    is put to ("with the Security Council", whose own "against Morocco" the parser may hang on it)."""
    if prep == "against":
        against += reached
    elif prep in ("with", "to", "before", "at"):
        forum += reached
        for _inner_prep, inner in prepositional_objects(pobj, {"against"}):
            against += [r for r in reader.actors_in(inner) if not any(r.actor == f.actor for f in reached)]


def _without_forum(recipients: list[ArgumentActor], forum: list[ArgumentActor], against: list[ArgumentActor],
                   entry: LexiconEntry) -> list[ArgumentActor]:
    """"filed a complaint with the Security Council against Morocco": a demand, complaint,
    rejection or threat is aimed at whom it is against; the body it is lodged with is the forum."""
    if against and forum and "10" <= entry.cameo[:2] <= "13":
        return unique_actors([r for r in recipients if not any(r is f for f in forum)] + against)
    return recipients

