"""Whom an act is aimed at beyond its argument slots: recipients a phrase of the act names better
(a mission's host, captors, an embassy's state, an inquiry's perpetrators ...), the one other party
its clause names, the actor's own bare "government", and whether an act with no other party is
aimed at the actor's own country (its own bodies, insurgents at home)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.actors.names import BACKER_WORDS
from accord.actors.tables import data_dir, read_tsv, word_sets
from accord.events.argument_words import (
    BROKER_VERBS, MESSAGE_NOUNS, PRESSURE_NOUNS, RECIPIENT_PREPS, is_collective, occasion_words,
)
from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.entries import REQUEST_ROOTS, LexiconEntry
from accord.events.merging import DESCRIBING_VERBS, SETTING_PREPS
from accord.events.sweep_checks import contrastive_clause
from accord.events.phrase_parties import (
    border_neighbour,
    charge_phrases,
    governing_verb,
    investigated_perpetrators,
    is_background_clause,
    unique_actors,
)
from accord.events.parties import JOINT_PACT_NOUNS, RELATIVE_PRONOUNS
from accord.events.places import is_country_code, is_locative
from accord.events.placing import at_home
from accord.events.states import STATE_SECTORS, is_state, non_state_armed
from accord.events.syntax import prepositional_objects, subject_of
from accord.nlp.parse_repairs.predicates import JUDGING_VERBS, LABELLING_VERBS
from accord.events.words import is_resignation

# The word sets are data: each one's words and why are in accord/data/words/events_targets.tsv.
WORD_SETS = word_sets("events_targets")


# Halting or ending involvement in a mission (threatened, announced or done).
WITHDRAWALS = {"136", "166", "0874"}
RELEASE_CALLS = {"0253", "1053"}
# Verbs of one act causing another (data/cause_verbs.tsv): "prompting Taipei to scramble jets" drives
# someone to act (CAUSE_VERBS); "..., angering China" tells what the act stirred (REACTION_CAUSES).
_CAUSES = [(row["lemma"], row["role"]) for row in read_tsv(data_dir() / "cause_verbs.tsv")]
CAUSE_VERBS = frozenset(lemma for lemma, role in _CAUSES if role == "drives")
PEOPLE_NOUNS = WORD_SETS["PEOPLE_NOUNS"]
EMBASSY_PREPS = WORD_SETS["EMBASSY_PREPS"]
EMBASSY_NOUNS = WORD_SETS["EMBASSY_NOUNS"]
DESTINED_WORDS = WORD_SETS["DESTINED_WORDS"]
REACHING_VERBS = WORD_SETS["REACHING_VERBS"]
PARTNER_VERBS = WORD_SETS["PARTNER_VERBS"]


# Appeals, intents and demands: made in a letter, they are aimed at its addressee.
MESSAGE_ROOTS = {"02", "03", "10"}


def _addressees(token: Token, reader: ArgumentReader, own_codes: set) -> list[ArgumentActor]:
    """The parties a letter, message or note the act is made in is addressed to ("in a letter to
    the U.N. Security Council, ... appealed"), less the actor's own."""
    # (Also on the verb that governs the act: "in a message to the Kremlin, the president pledged
    # to deepen energy cooperation".)
    verbs = [token] if token.pos_ in ("VERB", "AUX") else []
    node = token
    while node.dep_ in ("dobj", "xcomp", "ccomp") and node.head.pos_ in ("VERB", "AUX") and len(verbs) < 3:
        node = node.head
        verbs.append(node)
    letters = [pobj for verb in verbs for _prep, pobj in prepositional_objects(verb, {"in", "through", "via"})
               if pobj.lemma_.lower() in MESSAGE_NOUNS]
    return unique_actors([r for letter in letters for _prep, pobj in prepositional_objects(letter, {"to"})
                          for r in reader.actors_in(pobj) if r.actor.code and r.actor.code not in own_codes])


def _sent_to_after(token: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """Whoever a "to" phrase after a handover verb names, before the next verb, wherever the
    parser hangs it ('Mexico extradited drug lord Joaquin "El Chapo" Guzman to the United States':
    the small model makes the name, with its "to", the subject of a later clause). (Past a sentence
    break the model puts at a quotation mark inside the name, but not past a full stop.)

    Not a parse repair (looked at in the twenty-ninth session): the misreading puts a sentence
    break inside the name, and the repairs (nlp.parse_repairs) mend one sentence at a time; making
    the two one sentence again would move the sentence boundaries every stage counts on (quotes,
    datelines, the sentence an actor is in), for one rare construction. So the coder reads past
    the break here, for a handover's receiver only."""
    for word in token.doc[token.i + 1:]:
        if word.pos_ in ("VERB", "AUX") or word.text in (";", ":", ".", "!", "?"):
            return []
        if word.lower_ == "to" and word.dep_ == "prep":
            return [r for pobj in word.children if pobj.dep_ == "pobj" for r in reader.actors_reached(pobj)
                    if r.actor.code]
    return []


def recipients_by_phrase(token: Token, entry: LexiconEntry, reader: ArgumentReader, actors: list[ArgumentActor],
                         recipients: list[ArgumentActor]) -> tuple[list[ArgumentActor], list[ArgumentActor] | None]:
    """The recipients when a phrase of the act names them better than its argument slots: the
    host of a mission left or joined, an ethnic group at home in the state acting on it, whoever
    did what prompted the act, the captors of people whose release is asked, the state of an
    embassy protested at, whom aid is for, whom a complaint is against, who receives someone
    handed over, whom an inquiry looks into. With them, the perpetrators an inquiry looks into
    ([] when it looks at the investigator's own side, None when the act is no inquiry)."""
    if entry.cameo in WITHDRAWALS and not any(r.actor.code and r.actor.code not in {a.actor.code for a in actors}
                                              for r in recipients):
        # "pull its soldiers out of the U.N. mission in Mali": leaving a mission is aimed at
        # the country it serves in.
        recipients = _mission_host(token, reader) or recipients
    if entry.cameo.startswith(("0334", "074", "154", "0874")) and recipients \
            and all(r.actor.code and r.actor.code.startswith("IGO") for r in recipients):
        # "will send 1,000 troops to reinforce U.N. peacekeepers in Bosnia": joining or
        # reinforcing a mission is aimed at the country it serves in, not at its organisation.
        recipients = _mission_host(token, reader) or recipients
    own_codes = {a.actor.code for a in actors}
    if entry.cameo[:2] >= "15" and entry.cameo[:3] != "174" \
            and len({a.actor.code for a in actors if a.actor.code}) == 1:
        # "Serbian police arrested 30 ethnic Albanians", "Bhutan expelled thousands of ethnic
        # Nepalis": an ethnic minority a state's forces act on, named with no place, lives in
        # that state; it is not the state of its people's name. (Deportees are sent to another
        # state: "deported ethnic Uighurs to China".)
        home = next(a.actor for a in actors if a.actor.code)
        sent_to = [pobj for holder in [token] + [c for c in token.children if c.dep_ == "advmod"]
                   for _prep, pobj in prepositional_objects(holder, {"to", "into"})]
        if is_state(home.code) and not sent_to:
            recipients = [at_home(r, home.code) if r.via == "group, by its people's state"
                          and (r.text.lower().startswith("ethnic ")
                               or r.text.lower().split()[-1] in PEOPLE_NOUNS) else r for r in recipients]
    if not any(r.actor.code and r.actor.code not in own_codes for r in recipients) \
            and token.dep_ == "xcomp" and token.head.lemma_.lower() in CAUSE_VERBS and token.head.dep_ == "advcl":
        # "Chinese warships sailed through the strait, prompting Taipei to scramble jets": the
        # act prompted answers whoever did what prompted it.
        cause_subject, _passive = subject_of(token.head.head)
        if cause_subject is not None:
            answered = [a for a in reader.actors_in(cause_subject) if a.actor.code not in own_codes]
            recipients = answered or recipients
    if entry.cameo in RELEASE_CALLS or (entry.cameo[:2] in REQUEST_ROOTS and _frees_someone(token)):
        # "demanded the release of a British aid worker detained in Iran", "the return of
        # fishermen held by Algerian coastguards": a call to free someone is aimed at
        # whoever holds them.
        recipients = _captors(token, reader) or recipients
    if entry.cameo[:2] in REQUEST_ROOTS:
        # "demanded the extradition of a former lawmaker from Austria": a call for someone to be
        # handed over "from" a state is aimed at the state that holds them, not at whoever the
        # person's nationality names.
        recipients = _extradited_from(token, reader, own_codes) or recipients
    if entry.cameo[:2] in MESSAGE_ROOTS:
        # "In a letter to the Security Council, the ministry appealed for observers along the border
        # with Azerbaijan": whom the letter is addressed to is whom the appeal, promise or demand
        # made in it is aimed at, before any party the thing asked for names.
        addressees = _addressees(token, reader, own_codes)
        if addressees:
            recipients = addressees
    if entry.cameo[:2] == "14":
        # "demonstrated outside the U.S. embassy in Moscow against the NATO bombing of
        # Yugoslavia": a protest at a state's embassy is aimed at that state.
        holders = [token] + ([token.head] if token.dep_ == "dobj" else [])  # "staged a rally outside"
        owners = [r for holder in holders for _prep, pobj in prepositional_objects(holder, EMBASSY_PREPS)
                  if pobj.lemma_.lower() in EMBASSY_NOUNS for r in reader.actors_in(pobj)
                  if r.actor.code and r.actor.code not in {a.actor.code for a in actors}]
        if owners:
            recipients = unique_actors(owners)
    if entry.cameo.startswith("07") and token.pos_ == "VERB":
        # "the first shipment of U.S. weapons for the Bosnian army arrived at the Croatian
        # port of Ploce": aid whose subject says whom it is for goes to them, not to the place.
        subject, _passive = subject_of(token)
        meant = [r for word in (subject.subtree if subject is not None else [])
                 if word.dep_ == "prep" and word.lower_ == "for"
                 for pobj in word.children if pobj.dep_ == "pobj" for r in reader.actors_reached(pobj)
                 if r.actor.code and r.actor.code not in {a.actor.code for a in actors}]
        if meant:
            recipients = unique_actors(meant)
    if entry.cameo.startswith("086") and token.pos_ == "VERB":
        # "allowed a convoy of Red Cross trucks to reach the ethnic Armenians of Karabakh": aid let
        # through goes to whom it is to reach, not to whose trucks carry it.
        # (The parser may hang "to reach" on the cargo's participle: "trucks loaded with food to reach".)
        reached = [r for clause in token.subtree if clause.pos_ == "VERB" and clause.lemma_.lower() in REACHING_VERBS
                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                   and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                   for obj in clause.children if obj.dep_ == "dobj" for r in reader.actors_reached(obj)
                   if r.actor.code and r.actor.code not in own_codes]
        if reached:
            recipients = unique_actors(reached)
    if entry.cameo[:2] == "11" and entry.pos == "NOUN" and token.dep_ == "dobj":
        # "lodged a complaint with the WTO against China": whom a complaint or lawsuit is
        # against is its target; the body it is lodged with is where it goes.
        against = [r for _prep, pobj in prepositional_objects(token.head, {"against"})
                   for r in reader.actors_in(pobj) if r.actor.code and r.actor.code not in {a.actor.code for a in actors}]
        if against:
            recipients = unique_actors(against)
    if entry.cameo.startswith("063") or entry.cameo == "0313":
        # "extradited a Russian businessman to the United States", "surrendered a Bosnian Croat
        # general indicted for war crimes to the U.N. tribunal": the one handed over is no
        # party; whoever receives him is (also when a court approves or a state agrees to
        # the extradition: 0313 towards the receiving state).
        receivers = [r for word in token.subtree if word.dep_ == "prep" and word.lower_ == "to"
                     for pobj in word.children if pobj.dep_ == "pobj" for r in reader.actors_reached(pobj)
                     if r.actor.code]
        if not receivers and token.pos_ == "VERB":
            receivers = _sent_to_after(token, reader)
        if receivers:
            recipients = receivers
    if entry.cameo.startswith("171") and token.pos_ == "VERB" \
            and not any(r.actor.code and r.actor.code not in own_codes for r in recipients):
        # "seized a freighter carrying 50 tonnes of weapons that Israel said were bound for the
        # Palestinian Authority": a seizure with no other party is aimed at whom the cargo was for.
        meant = [r for word in token.subtree if word.lower_ in DESTINED_WORDS
                 for _prep, pobj in prepositional_objects(word, {"for"}) for r in reader.actors_reached(pobj)
                 if r.actor.code and r.actor.code not in own_codes]
        if meant:
            recipients = unique_actors(meant)
    if entry.cameo.startswith("09"):
        # "opened an investigation into the downing of an Iranian airliner by the USS
        # Vincennes": an inquiry is aimed at whoever did what it looks into, not its victims;
        # when nobody is named, at the investigator's own side.
        perpetrators = investigated_perpetrators(token, reader)
        if perpetrators and {p.actor.code for p in perpetrators} <= {a.actor.code for a in actors}:
            # "investigated the killing of a teenager by its soldiers": its own side.
            perpetrators = []
        if perpetrators:
            recipients = perpetrators
    else:
        perpetrators = None
    return recipients, perpetrators


EXTRADITION_NOUNS = WORD_SETS["EXTRADITION_NOUNS"]


def _extradited_from(token: Token, reader: ArgumentReader, own_codes: set) -> list[ArgumentActor]:
    """The parties named "from" by an extradition the act asks for, on the noun or on whom it is
    "of" ("the extradition of a former Ukrainian lawmaker from Austria"), less the actor's own."""
    holders = []
    for word in token.subtree:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in EXTRADITION_NOUNS:
            continue
        handed = [pobj for _prep, pobj in prepositional_objects(word, {"of"})]
        for holder in [word] + handed:
            holders += [r for _prep, pobj in prepositional_objects(holder, {"from"}) for r in reader.actors_in(pobj)
                        if r.actor.code and r.actor.code not in own_codes]
    return unique_actors(holders)


MISSION_NOUNS = WORD_SETS["MISSION_NOUNS"]


def _mission_host(token: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    for word in token.subtree:
        if word.dep_ in ("pobj", "dobj") and word.lemma_.lower() in MISSION_NOUNS:
            found = [r for _prep, pobj in prepositional_objects(word, {"in"}) for r in reader.actors_in(pobj)
                     if r.actor.code]
            if found:
                return found
    return []


FREEING_NOUNS = WORD_SETS["FREEING_NOUNS"]


def _frees_someone(token: Token) -> bool:
    """The act asks for people to be freed: "the release/return of X" in what it governs."""
    return any(word.lemma_.lower() in FREEING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of"
                                                           for c in word.children)
               for word in token.subtree)


CAPTIVITY_VERBS = WORD_SETS["CAPTIVITY_VERBS"]
CAPTURING_OPERATIONS = WORD_SETS["CAPTURING_OPERATIONS"]


def _captors(token: Token, reader: ArgumentReader) -> list[ArgumentActor]:
    """Who holds the people a call for release names: the agent of "held by X", else the
    country of "detained in X"."""
    for word in token.subtree:
        if word.dep_ in ("acl", "relcl") and word.lemma_.lower() in CAPTIVITY_VERBS:
            by = [r for c in word.children if c.dep_ == "agent" for pobj in c.children if pobj.dep_ == "pobj"
                  for r in reader.actors_in(pobj)]
            where = [r for _prep, pobj in prepositional_objects(word, {"in"}) for r in reader.actors_in(pobj)]
            # "soldiers captured during the Croatian offensive": whoever the operation names.
            during = [r for _prep, pobj in prepositional_objects(word, {"during", "in"})
                      if pobj.lemma_.lower() in CAPTURING_OPERATIONS
                      for c in pobj.children if c.dep_ in ("amod", "compound", "poss") for r in reader.actors_in(c)]
            if by or where or during:
                return by or where or during
    return []


BARE_GOVERNMENTS = WORD_SETS["BARE_GOVERNMENTS"]


def bare_government(token: Token, reader: ArgumentReader) -> Token | None:
    """A "the government" of the trigger's sentence that the actor tables left without a country."""
    sent = token.sent
    for mention in reader.mentions:
        if sent.start <= mention.start < sent.end and mention.actor.code is None and mention.actor.sector == "GOV":
            head = reader.doc[mention.end - 1]
            if head.lemma_.lower() in BARE_GOVERNMENTS and mention.end - mention.start <= 2 \
                    and not any(c.dep_ == "poss" for c in head.children):
                return head
    return None


CHARGED_VERBS = WORD_SETS["CHARGED_VERBS"]
# Verbs that name an act in a "what X called ..." clause: naming, describing and judging verbs.
NAMING_VERBS = LABELLING_VERBS | DESCRIBING_VERBS | JUDGING_VERBS


# Participles that tell what an act stirred in others ("..., prompting / angering ..."): whom
# they name is no party to the act (cause_verbs.tsv, role "stirs").
REACTION_CAUSES = frozenset(lemma for lemma, role in _CAUSES if role == "stirs")
STANCE_NOUNS = WORD_SETS["STANCE_NOUNS"]
STANCE_PREPS = WORD_SETS["STANCE_PREPS"]
# Verbs of a third party's part in a deal or meeting ("a truce brokered by Qatar"): a go-between's
# verbs and the other parts it plays.
THIRD_PARTY_ROLES = WORD_SETS["THIRD_PARTY_ROLES"]
FLIGHT_VERBS = WORD_SETS["FLIGHT_VERBS"]
FLIGHT_PREPS = WORD_SETS["FLIGHT_PREPS"]
BROKERING_VERBS = BROKER_VERBS | THIRD_PARTY_ROLES


def one_other_party(token: Token, entry: LexiconEntry, actors: list[ArgumentActor],
                    reader: ArgumentReader, *, own_clause: bool = False) -> ArgumentActor | None:
    """The one country or organisation other than the actor that the act's clause names (for an
    event noun, its verb's clause), leaving out an attached report ("..., the Kremlin said") and,
    for talk and diplomacy, a venue ("held talks in Geneva"). None when there are several.
    With ``own_clause`` (the caller's: the act's own addressee is a role it could not place), not
    a party of an adverbial clause with a subject of its own, nor a business: "After Toyota closed
    its plant, the IMF urged the government to cut taxes" names no government of Japan."""
    head = token
    if token.pos_ not in ("VERB", "AUX"):
        head = governing_verb(token) or token
    doc = reader.doc
    skip = {t.i for t in doc if any(a.start <= t.idx < a.end for a in actors)}
    if own_clause:
        skip |= {t.i for c in head.children if c.dep_ == "advcl" and c.i != token.i
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        skip |= {i for m in reader.mentions if m.actor.sector == "BUS" for i in range(m.start, m.end)}
    for child in head.children:
        if child.dep_ == "parataxis" or (child.dep_ == "advcl" and child.tag_ == "VBG"
                                         and child.lemma_.lower() in REACTION_CAUSES and child.i != token.i
                                         and not any(c.dep_ == "xcomp" for c in child.children)):
            # ("bombed the airport, prompting condemnation from France", "visited the shrine,
            # angering China": whom the act stirred is no party to it. One it drove to act may
            # be: "sailed through the strait, prompting Taipei to scramble jets".)
            skip |= {t.i for t in child.subtree}
    skip |= relative_descriptions(head)
    # ("declared a truce as talks with the government got under way in New Delhi": a clause of
    # its own the parser hangs on a noun of the act is its setting, and names no party.)
    skip |= {t.i for c in head.subtree if c.head.pos_ in ("NOUN", "PROPN")
             and c.i != token.i and token not in c.subtree and is_background_clause(c) for t in c.subtree}
    for word in head.subtree:
        if word.lemma_.lower() in NAMING_VERBS and word.i != head.i and any(
                c.dep_ in ("dobj", "oprd") and c.lower_ == "what" for c in word.children):
            # ("in what the United Nations called ethnic cleansing": whoever names the act is
            # quoted, not a party to it.)
            skip |= {t.i for t in word.subtree}
    if entry.cameo[:2] < "06":
        skip |= {i for p in reader.places if is_locative(doc, p) for i in range(p.start, p.end)}
    for word in head.subtree:
        if word.dep_ == "prep" and word.lower_ in SETTING_PREPS and word.head.i == head.i and entry.cameo[:2] >= "14":
            # ("executed thousands of men after overrunning the U.N. safe area": the setting.)
            skip |= {t.i for t in word.subtree}
    skip |= earlier_doing(head)
    # ("sentenced 12 people on charges of forming a cell with links to Iran": the same.)
    skip |= charge_phrases(head)
    for word in head.subtree:
        if word.dep_ == "acl" and word.tag_ == "VBN" and word.lemma_.lower() in CHARGED_VERBS and word.i != token.i:
            # ("executed a man convicted of spying for Israel": whom the condemned was charged with
            # serving is no party to the act.)
            skip |= {t.i for t in word.subtree}
    partner_verb = head.lemma_.lower() in PARTNER_VERBS
    for word in head.subtree:
        if word.dep_ != "prep" or word.lower_ != "with":
            continue
        partner = partner_verb and word.head.i == head.i and word.i > 0 and word.nbor(-1).lower_ != ","
        if not partner and any(
                c.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in c.children) for c in word.children):
            # ("signed an agreement ..., with EU foreign policy chief Javier Solana looking on": who
            # looks on is the circumstance, no party; but a partner verb's own "with" names the
            # partner: "pledged to cooperate with Moroccan prosecutors investigating the bombing".)
            skip |= {t.i for t in word.subtree}
    if entry.cameo[:2] < "07":
        # ("signed a power-sharing deal, mediated by Burkina Faso", "met rebels backed by Rwanda":
        # who brokered the deal or backs those met does another act, and is no party to this one.)
        # (Not a supplier: "agreed to pay more for gas supplied by Turkmenistan" deals with it.)
        skip |= {t.i for word in head.subtree if word.tag_ == "VBN" and word.dep_ in ("acl", "advcl")
                 and word.lemma_.lower() in BROKERING_VERBS and word.i != token.i
                 for c in word.children if c.dep_ == "agent" for t in c.subtree}
    if entry.cameo[:2] >= "17":
        # ("seized the town of Bunagana on the border with Uganda": the neighbour is no party.)
        skip |= {t.i for word in head.subtree if word.dep_ == "pobj" for t in border_neighbour(word)}
        # ("shelled villages in Chin state, forcing residents to flee into India": where those
        # driven out flee to is no party to the act.)
        skip |= {t.i for word in head.subtree if word.i != head.i and word.lemma_.lower() in FLIGHT_VERBS
                 and word.dep_ in ("xcomp", "advcl", "conj", "acl")
                 for c in word.children if c.dep_ == "prep" and c.lower_ in FLIGHT_PREPS for t in c.subtree}
    subject, passive = subject_of(head) if head.i == token.i else (None, True)
    if subject is not None and not passive and token.i not in {t.i for t in subject.subtree}:
        # ("Syrian government forces backed by Russian air power captured the town": a participle
        # describing the actor names its backers, no party to the act.)
        skip |= {t.i for word in subject.subtree if word.dep_ == "acl" and word.tag_ == "VBN" and word.i != head.i
                 and head.i not in {x.i for x in word.subtree} for t in word.subtree}
    skip |= occasion_words(head, token)
    # ("under pressure from Washington, blocked ASML from shipping machines to Chinese customers":
    # who pressed for the act is no party to it.)
    skip |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "under"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PRESSURE_NOUNS for t in c.subtree}
    skip |= whereabouts_clauses(head)
    # ("condemned the test, while France called for calm": whoever acts in a clause told in
    # contrast is no party to the main act.)
    skip |= {t.i for clause in head.children if contrastive_clause(clause) for t in clause.subtree}
    skip |= policy_topics(head)
    # ("Moscow-backed separatists shot down a Ukrainian plane": the backer named before "-backed"
    # is no party to what those it backs do.)
    skip |= {t.i for t in head.subtree if t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2011")
             and not t.whitespace_ and not doc[t.i + 1].whitespace_ and doc[t.i + 2].lower_ in BACKER_WORDS}
    parties = reader.parties_in({t.i for t in head.subtree}, skip)
    own = actors[0].actor.code or ""
    parties.pop(own, None)
    kin = parties.get(own[:3]) if is_country_code(own[:3]) and own[:3] != own else None
    if kin is not None and any(m.actor.kind == "person" and doc[m.start].idx == kin.start for m in reader.mentions):
        del parties[own[:3]]  # "the PKK ... its jailed leader Ocalan": the group's own person is no other party
    return next(iter(parties.values())) if len(parties) == 1 else None


def policy_topics(head: Token) -> set[int]:
    """The words naming whom a policy or stance is about ("over his government's policy towards
    Russia", "protested Berlin's stance on Greece"): the country a line is held towards is no party
    to the act about the line; whoever holds it (or the actor's own leaders) may be."""
    return {t.i for word in head.subtree if word.dep_ == "prep" and word.lower_ in STANCE_PREPS
            and word.head.lemma_.lower() in STANCE_NOUNS and word.head.i != head.i for t in word.subtree}


def whereabouts_clauses(verb: Token) -> set[int]:
    """The words of a "while"/"as" clause that only says where someone was ("seized power while
    the prime minister was in New York"): the place is where a person happened to be, no party."""
    return {t.i for clause in verb.children if clause.dep_ == "advcl" and clause.lemma_.lower() == "be"
            and any(c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in clause.children)
            and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for c in clause.children)
            and not any(c.dep_ in ("acomp", "attr", "dobj") for c in clause.children)
            for t in clause.subtree}


def relative_descriptions(head: Token) -> set[int]:
    """The words of relative clauses with a subject of their own inside the phrase of ``head``
    ("against a law that critics say is modelled on Russian legislation", "vetoed a media law that
    critics said targeted a U.S.-owned broadcaster"): they describe a thing, and the countries
    they name are no party to the act. Not what an agreement itself does ("revoked a military
    agreement that allowed U.S. troops to operate on its soil"): whom a pact lets or binds is
    its other party."""
    return {t.i for word in head.subtree if word.dep_ == "relcl" and word.head.i != head.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
            and not _said_of_a_pact(word) for t in word.subtree}


def _said_of_a_pact(clause: Token) -> bool:
    """Whether a relative clause tells what an agreement does: its head a pact noun and its
    subject the relative pronoun ("an agreement that allowed ...", "the pact which gave ...")."""
    return clause.head.lemma_.lower() in JOINT_PACT_NOUNS and any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def earlier_doing(verb: Token) -> set[int]:
    """The words of a gerund phrase of time hung on the verb ("pardoned an opposition leader, a
    day after meeting a U.S. diplomat"): what the actor did before is the setting, and whom it
    met then is no party to this act."""
    found: set[int] = set()
    for word in verb.subtree:
        if word.dep_ == "prep" and word.lower_ in SETTING_PREPS \
                and (word.head.i == verb.i or (word.head.dep_ == "npadvmod" and word.head.head.i == verb.i)) \
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in word.children):
            found |= {t.i for t in word.subtree}
    return found


def aimed_at_own(token: Token, actors: list[ArgumentActor], reader: ArgumentReader) -> bool:
    """Whether the act names some other body, group or place of the actor's own country: the
    actor itself is a body inside its state (an opposition, a party, rebels), or the words the
    trigger governs name one ("accused a former finance minister", "in Lima")."""
    own = actors[0].actor.code
    if any(a.actor.sector and a.actor.sector not in STATE_SECTORS for a in actors):
        return True
    span = {t.i for t in token.subtree}
    if any(is_resignation(t) for t in token.subtree if t.i != token.i):
        return True  # "rejected calls to step down": the calls come from its own people
    taken = {t.i for t in reader.doc if any(a.start <= t.idx < a.end for a in actors)}
    for mention in reader.mentions:
        if mention.start in span and mention.start not in taken \
                and (mention.actor.code is None or mention.actor.code[:3] == own):
            return True
    return any(p.start in span and p.start not in taken and p.entry.country == own for p in reader.places)


DEMOBILISING = "0873"  # demobilise, disarm, hand in weapons


def insurgents_at_home(entry: LexiconEntry, actors: list[ArgumentActor], reader: ArgumentReader,
                       token: Token) -> bool:
    """"Rival armed factions fought in Tripoli", "FARC fighters handed in their weapons": rebels,
    militias and other non-state groups fighting or laying down arms in their own country, with
    no other party named, act in a civil conflict: CAMEO codes the country as the target."""
    if not entry.cameo.startswith(("19", "20", "087")):
        return False
    if not non_state_armed(actors):
        return False
    home = actors[0].actor.code[:3]
    if entry.cameo.startswith(DEMOBILISING):
        # "UNITA rebels began assembling to be disarmed under the Lusaka accord, U.N. officials
        # said": laying down arms is yielding to the group's own state wherever it is told, and
        # the U.N. that watches it is no other party.
        return all(code[:3] == home or code.startswith("IGO") or code in {a.actor.code for a in actors}
                   for code in reader.sentence_codes(token))
    if entry.cameo.startswith("087"):
        # "FARC rebels declared a unilateral ceasefire as peace talks opened in Havana": a truce
        # rebels declare with no party named is offered to their own state; what a clause of
        # its own says around it (where the talks are, what the army said) names no other side.
        background = _background_clauses(token)
        return all(code[:3] == home or code.startswith("IGO") or code in {a.actor.code for a in actors}
                   for code in reader.sentence_codes(token, background))
    sent = token.sent
    # (Only where the sentence places it at home: "fired a missile at a ship in the Red Sea" is not.)
    at_home = any(sent.start <= p.start < sent.end and p.entry.country == home for p in reader.places)
    return at_home and reader.sentence_codes(token) <= {home} | {a.actor.code for a in actors}


def _background_clauses(token: Token) -> set[int]:
    """The words of the finite clauses of its sentence with a subordinating word and a subject
    of their own ("as peace talks opened in Havana", "though the army said ..."), other than the
    one the trigger is in."""
    return {w.i for clause in token.sent if clause.i != token.i and token not in clause.subtree
            and is_background_clause(clause) for w in clause.subtree}


# The phrases of a slot that may hold a collective: its conjuncts, and who a request or charge in
# it is from ("calls from the international community", "a demand by world powers").
_SLOT_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "obj")


def collective_party(token: Token) -> Token | None:
    """A group of states without a code in a slot of the act ("World powers and Iran resumed
    talks", "accused Western powers of hypocrisy", "rejected calls from the international
    community", "the international community must do more"): a party the act has, though it
    cannot be coded, so no place or other party of the clause is guessed in its stead."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    holders = [token] + ([verb] if verb is not None and verb.i != token.i else [])
    heads: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _SLOT_DEPS:
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | {"by"}:
                heads += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "agent":
                heads += [g for g in child.children if g.dep_ == "pobj"]
    for head in list(heads):
        heads += [c for c in head.conjuncts]
        heads += [g for p, g in prepositional_objects(head, {"from", "by"})]
    return next((h for h in heads if is_collective(h)), None)
