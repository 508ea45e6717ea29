"""Who acts and who receives, step by step, once a trigger's frame fits: the rules `EventStage`
(coder.py) applies after the argument slots — an actor left unnamed (an unknown attacker, people
where unrest broke out or of the country it befell, a state's own forces, the authorities where an
arrest or a verdict happened), the recipients beyond the slots and a domestic target, and where the
parties are put. Each step reads and changes one `PartyRecord`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.actors.model import Actor
from accord.actors.tables import word_sets
from accord.events.aim_words import TALKS
from accord.events.aims import ASKING_NOUNS
from accord.events.argument_words import (
    BROKER_VERBS, DOMESTIC_FALLBACK, JOINT_PREPS, PLACE_DEMONYM, UNIDENTIFIED_ATTACKER, spoken_about,
)
from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.entries import ACTOR_OBJECT, REQUEST_ROOTS, VIOLENT_ROOTS
from accord.events.homes import ARTICLE_SECTORS
from accord.events.merging import passive_without_agent
from accord.events.parties import EXPULSIONS, arguments_of
from accord.events.phrase_parties import (
    charge_phrases, places_coordinated_from, target_is_destination, target_place, unique_actors, venue_offsets,
)
from accord.events.places import (
    act_location, front_line_party, is_country_code, locative_country, nationwide, place_country,
)
from accord.events.placing import TRANSNATIONAL, based_in, placed_groups, under_parent
from accord.events.slots import OCCURRENCE_VERBS
from accord.events.states import NON_STATE_ARMED, STATE_SECTORS, foreign_armed_group, is_state, non_state_armed
from accord.events.syntax import prepositional_objects, subject_of
from accord.events.targets import (
    DEMOBILISING, aimed_at_own, bare_government, collective_party, earlier_doing, insurgents_at_home,
    one_other_party, recipients_by_phrase, relative_descriptions,
)
from accord.events.words import author_unnamed, is_resignation, told_by_noun
from accord.events.modality import INTENT_VERBS

# The word sets are data: each one's words and why are in accord/data/words/events_dyad_steps.tsv.
WORD_SETS = word_sets("events_dyad_steps")

OWN_POSSESSIVES = {f"pronoun '{word}'" for word in ("its", "their", "Its", "Their")}


PUBLIC_FIGURES = WORD_SETS["PUBLIC_FIGURES"]


@dataclass
class PartyRecord:
    """Who acts and who receives while `EventStage._code` decides it, as each of its steps leaves
    them: the actors, the recipients kept and those named (before the actor's own were dropped),
    the trigger's objects, the perpetrators an inquiry names (None when it is no inquiry), the
    actors' codes and person names, whether the act is in the actor's own place, and the actor
    whose country is the target of a domestic event."""
    actors: list[ArgumentActor]
    recipients: list[ArgumentActor]
    named_recipients: list[ArgumentActor]
    objects: list[Token]
    perpetrators: list[ArgumentActor] | None
    actor_codes: set[str]
    actor_names: set[str | None]
    own_place: bool = False
    domestic: ArgumentActor | None = None


# The steps of EventStage._code, in the order it takes them. Each reads and changes the parties
# (`PartyRecord`) as the one long method did with its local variables.

def slot_parties(token: Token, entry, reader: ArgumentReader) -> PartyRecord:
    """Who the argument slots name: the actors with a code, the recipients named (less the
    actor's own people, ground and word, a topic of talks, a venue) and those kept (less the actor
    again)."""
    actors, recipients, objects = arguments_of(token, entry, reader)
    recipients, perpetrators = recipients_by_phrase(token, entry, reader, actors, recipients)
    actors = unique_actors([a for a in actors if a.actor.code])
    actor_codes = {a.actor.code for a in actors}
    same = {(a.actor.code, a.actor.sector) for a in actors}
    state_side = {(a.actor.code, None) for a in actors if a.actor.sector in STATE_SECTORS}
    # "its troops", "their classmates": the actor's own people are not a recipient.
    # ("Czechia and Albania upgraded their ties": joint actors' own "their" is not a recipient.)
    # ("withdrew from the Bosnian town": the actor's own country as a place is not a target.)
    joint_own = (OWN_POSSESSIVES if len(actor_codes) > 1 else set()) | {PLACE_DEMONYM}
    # ("Eritreans demonstrated against their government": people protest against their own
    # state, which is a recipient.)
    own_state_protested = entry.cameo[:2] == "14" and not any(a.actor.sector in STATE_SECTORS for a in actors)
    named_recipients = [r for r in recipients if r.actor.code
                        and not ((r.via.endswith("possessive") or r.via in joint_own)
                                 and r.actor.code in actor_codes
                                 and not (own_state_protested and r.actor.sector in STATE_SECTORS))
                        and not (r.via.startswith("role, in a") and r.actor.sector in STATE_SECTORS
                                 and (r.actor.code, None) in same | state_side)]
    if entry.cameo[:2] == "04" and len(actor_codes) >= 2 and objects:
        # "Japan and South Korea discussed North Korea's missile programme": what two parties
        # talk about is their topic, not a party to the talks.
        # ("mediated talks between Israel and Hamas", "held talks with China": those are parties.)
        parties = {t.idx for obj in objects for p, pobj in prepositional_objects(obj, {"with"} | JOINT_PREPS)
                   for t in pobj.subtree}
        topic = {t.idx for obj in objects for t in obj.subtree} - parties
        named_recipients = [r for r in named_recipients if r.start not in topic]
    if "03" <= entry.cameo[:2] <= "08":
        # "signed an EU-brokered deal with Serbia", "agreed to an Egyptian-mediated truce": who
        # brokered what the parties agree on is no party to it.
        brokers = {t.idx for word in token.subtree if word.dep_ == "amod" and word.tag_ in ("VBN", "VBD")
                   and word.lemma_.lower() in BROKER_VERBS for t in word.subtree if t.i < word.i}
        named_recipients = [r for r in named_recipients if r.start not in brokers]
    if entry.cameo[:2] == "15":
        # "Iran massed Revolutionary Guards along its frontier": a force of the actor's own state
        # that is moved or put on alert is what is shown, not whom the show is aimed at.
        moved = {t.idx for obj in objects for t in obj.subtree}
        own = {a.actor.code[:3] for a in actors}
        named_recipients = [r for r in named_recipients if not (r.start in moved and len(r.actor.code) > 3
                                                                 and r.actor.code[:3] in own)]
    if entry.cameo[:2] < "06":
        # "met on the Indonesian island of Bali", "met on the margins of an SCO gathering",
        # "held talks at a U.N. post": where talks and diplomacy happen is no party to them.
        venue = venue_offsets(token)
        named_recipients = [r for r in named_recipients if r.via != PLACE_DEMONYM and r.start not in venue]
    # Same country, another body ("Palestinian police ... Palestinian armed groups") is a
    # domestic event; the same actor again is not a recipient.
    actor_names = {a.actor.name for a in actors if a.actor.kind == "person"}
    # ("A Dutch court found the Dutch state liable": a court acting on its own state is no
    # repetition of the actor; the state is the recipient.)
    courts_on_own_state = bool(actors) and all(a.actor.sector == "JUD" for a in actors)
    # ("The Dalai Lama accused China of genocide in Tibet": a cleric, dissident or opposition
    # figure the tables give a state acts on that state, named as such.)
    figures_on_own_state = bool(actors) and all(a.actor.kind == "person" and a.actor.sector in PUBLIC_FIGURES
                                                for a in actors)
    # ("A mob hacked to death ten people in Naivasha": a crowd and the people it struck, both
    # placed only by the sentence's country, are two parties of that country, not one told twice.)
    placed_doers = entry.cameo[:2] in VIOLENT_ROOTS and bool(actors) \
        and all(a.via.startswith("role, in a") for a in actors)
    doer_starts = {a.start for a in actors}
    # ("Georgian police closed the pass to Abkhazia", undated or dated before 2008: a region its
    # era files under the actor's own state, accord.actors.eras, is still the party acted on, at
    # home, as "Kosovo Albanian rebels attacked a police station in Pristina" in 1998 is SRB on SRB.)
    era_filed = {token.doc[i].idx for i in token.doc._.era_codes or {}}
    recipients = unique_actors([r for r in named_recipients
                          if (r.actor.kind == "person" and r.actor.name not in actor_names)
                          or r.start in era_filed
                          or (placed_doers and r.via.startswith("role") and r.start not in doer_starts)
                          or _another_office(token, r, actors)
                          or ((r.actor.code, r.actor.sector) not in same
                              and not (r.actor.code in actor_codes and r.actor.sector is None
                                       and not courts_on_own_state
                                       and not (figures_on_own_state and r.actor.kind == "country")))])
    return PartyRecord(actors, recipients, named_recipients, objects, perpetrators, actor_codes, actor_names)


def _another_office(token: Token, recipient: ArgumentActor, actors: list[ArgumentActor]) -> bool:
    """"Michael Howard would not back the Home Secretary's plans", "The Home Office criticised the
    Foreign Office": an office or body named by its own title (a metonym of its state) is another
    party than a person or another such body acting on it, so the act is a domestic one (the
    state's code on both sides). Not the state named as such ("Russia ... integration with
    Russia"), nor the same body named again, nor an office told to do something ("Obama ordered
    the Pentagon to withdraw all troops from Iraq": the act it is told to do is the event)."""
    if recipient.via != "metonym" or not actors or any(c.dep_ == "xcomp" for c in token.children):
        return False
    return all(not (a.start <= recipient.start < a.end or recipient.start <= a.start < recipient.end)
               and (a.actor.kind == "person" or (a.via == "metonym" and a.text.lower() != recipient.text.lower()))
               for a in actors)


def act_told_by_noun(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> str | None:
    """Why a violent verb with no actor codes nothing: a noun tells the act."""
    if not who.actors and entry.pos == "VERB" and entry.cameo[:3] in VIOLENCE_BY_UNKNOWN \
            and told_by_noun(token, reader) is not None:
        # "Two soldiers were wounded in a PKK attack": the attack noun is the event.
        return f"{entry.label} fits, but the act is told by '{told_by_noun(token, reader).text}'"
    return None


def _only_threatened_or_meant(token: Token) -> bool:
    """"rebels threatened to shell the town", "militants vowed to attack": the infinitive is an act
    threatened or intended, not one done by an unknown attacker."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in THREATENED_OR_MEANT


def unknown_attacker(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.actors and entry.cameo[:3] in VIOLENCE_BY_UNKNOWN and author_unnamed(token) \
            and not _only_threatened_or_meant(token):
        # "A roadside bomb killed three soldiers near Samarra": CAMEO codes the unknown
        # attacker as an unidentified armed force (UAF) of the country where it struck.
        where = place_country(token, reader, [r for r in who.recipients if r.actor.code])
        if where is not None:
            who.actors = [ArgumentActor(Actor(where[0], "UAF", None, "country"), token.idx,
                                        token.idx + len(token), token.text, f"{UNIDENTIFIED_ATTACKER} in {where[1]}")]


def people_where_unrest_broke_out(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.actors and entry.cameo[:2] == "14" and entry.pos == "NOUN" and token.dep_ == "nsubj" \
            and token.head.lemma_.lower() in OCCURRENCE_VERBS:
        # "Riots broke out in Dakar", "protests erupted across Iran": unrest that breaks out
        # with nobody named is of ordinary people where it happens.
        where = reader.clause_place(token.head) or reader.clause_place(token)
        if where is not None:
            who.actors = [ArgumentActor(Actor(where.code, "CVL", where.name, "country"), token.idx,
                                        token.idx + len(token), token.text, f"people of {where.name or where.code}, "
                                        "where it broke out")]
            who.actor_codes = {where.code}
    elif not who.actors and entry.cameo[:2] == "14" and entry.pos == "NOUN":
        # "Algeria suffered a weekend of violent protests", "India has been hit by protests",
        # "strikes paralysed France": unrest a country undergoes, with nobody named, is of its
        # own people.
        struck = _country_struck_by(token, reader)
        if struck is not None:
            who.actors = [ArgumentActor(Actor(struck.actor.code, "CVL", struck.actor.name, "country"), token.idx,
                                        token.idx + len(token), token.text,
                                        f"people of {struck.text}, which it struck")]
            who.actor_codes = {struck.actor.code}


UNDERGOING_VERBS = WORD_SETS["UNDERGOING_VERBS"]
STRIKING_VERBS = WORD_SETS["STRIKING_VERBS"]
SPELL_NOUNS = WORD_SETS["SPELL_NOUNS"]


def _country_struck_by(noun: Token, reader: ArgumentReader) -> ArgumentActor | None:
    """The state a protest noun befalls: the subject of "suffered"/"saw" whose object it is, the
    subject of "was hit by"/"was rocked by" whose agent it is, the object of "rocked"/"swept" whose
    subject it is; only a state or place named as such (not a company, a person or a body)."""
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SPELL_NOUNS:
        head = head.head.head  # "a weekend of violent protests"
    verb = head.head
    lemma = verb.lemma_.lower()
    if any(p.lower_ == "from" for h in (noun, verb) for p in h.children if p.dep_ == "prep"):
        return None  # ("saw protests from Japanese nationalists": whose they are is said)
    party = None
    subject, passive = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else (None, False)
    if head.dep_ in ("dobj", "obj") and lemma in UNDERGOING_VERBS and not passive:
        party = subject
    elif head.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in STRIKING_VERBS:
        party, passive = subject_of(verb.head)
        party = party if passive else None
    elif head.dep_ == "nsubj" and lemma in STRIKING_VERBS:
        party = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if party is None:
        return None
    found = [a for a in reader.actors_in(party) if a.actor.code and a.actor.sector is None
             and a.actor.kind == "country" and is_country_code(a.actor.code)]
    return found[0] if len({a.actor.code for a in found}) == 1 else None


def forces_own_state(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.actors and entry.cameo[:2] == "15" and passive_without_agent(token):
        # "French police and soldiers were placed on maximum alert": forces put on alert,
        # mobilised or deployed are moved by their own state.
        placed, _passive = subject_of(token)
        forces = [r for r in (reader.actors_in(placed) if placed is not None else [])
                  if r.actor.code and r.actor.sector in STATE_SECTORS]
        if forces:
            own = forces[0].actor
            who.actors = [ArgumentActor(Actor(own.code, "GOV", None, "country"), token.idx, token.idx + len(token),
                                        token.text, f"the state of '{forces[0].text}'")]
            who.actor_codes = {own.code}
            who.recipients = [r for r in who.recipients if r.actor.code != own.code]
            who.named_recipients = [r for r in who.named_recipients if r.actor.code != own.code]


def authorities_where_it_happened(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.actors and (entry.cameo[:3] in STATE_ACTS_BY_UNNAMED or _released_from_custody(token, entry)) \
            and passive_without_agent(token):
        # "A US national has been put under investigation in Italy", "was arrested in
        # Lebanon", "were convicted of fraud": arrests, investigations and convictions are acts
        # of the state where they happen.
        where = locative_country(token, reader, expel=entry.cameo[:3] == "174")
        # (In text order, not a set's: the name the explanation gives must not depend on the hash seed.)
        parties = [(r.actor.code, r.actor.name) for r in who.recipients if r.actor.code and r.actor.sector
                   and r.actor.sector != "CVL"]
        told = None
        if entry.cameo[:3] in COURT_RULINGS:
            # A verdict by the convicted party's own state only for office-holders and politicians
            # ("Imran Khan was convicted of ..."): "two Australian journalists were convicted of
            # espionage" were most likely tried abroad.
            parties = [(r.actor.code, r.actor.name) for r in who.recipients if r.actor.code
                       and (r.actor.sector in POLITICAL_PARTY_SECTORS or r.actor.kind == "person")]
        if where is None and len({code for code, _ in parties}) == 1:
            # "Opposition leaders were barred from running": their own state did it.
            where = parties[0]
            told = f"authorities of {where[0]}, the state of '{where[1] or where[0]}'"
        # Only when whoever undergoes it is a party: a foreigner or a named body ("a US
        # national", "opposition activists"), not any person arrested after a brawl.
        # (A verdict or a release only on a party this sentence names, and never on a court:
        # "if they are found guilty at the Court of Arbitration for Sport" is where a verdict
        # would be given, and "they" were named before.)
        undergoing = who.recipients if entry.cameo[:3] in STATE_ACTS_BY_UNNAMED - COURT_RULINGS \
            else [r for r in who.recipients if not r.via.startswith("pronoun") and r.actor.sector != "JUD"]
        if where is not None and any(r.actor.code and (r.actor.code != where[0]
                                                       or r.actor.sector not in (None, "CVL"))
                                     for r in undergoing):
            who.actors = [_authorities(where[0], entry, token, told or f"authorities of {where[1]}, where it happened")]
            # The place itself ("expelled from Papua New Guinea") is the actor, not a party.
            who.recipients = [r for r in who.recipients if r.actor.code != where[0] or r.actor.sector]


def _authorities(code: str, entry, token: Token, why: str) -> ArgumentActor:
    """The unnamed authorities of a state as the actor of an arrest, trial or other state act at
    ``token``: police for arrests (17), the courts for rulings, else the government."""
    sector = "COP" if entry.cameo[:2] == "17" else "JUD" if entry.cameo[:3] in COURT_RULINGS else "GOV"
    return ArgumentActor(Actor(code, sector, None, "country"), token.idx, token.idx + len(token), token.text, why)


def authorities_of_the_article(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """"Paul Dwyer was sentenced to 12 years", "Four protesters have been charged with trespass",
    read inside an article about one country: a person or group the tables do not know, arrested,
    charged, tried or sentenced with no agent and no place named, is dealt with by that country's
    authorities, and is taken for one of its people (the country the rest of the article is about,
    `ArgumentReader.article_context`; never for a sentence read alone)."""
    if who.actors or entry.cameo[:3] not in STATE_ACTS_BY_UNNAMED or not passive_without_agent(token):
        return
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return
    mention = next((m for m in reader.mentions if m.start <= subject.i < m.end), None)
    if mention is None and subject.pos_ in ("NOUN", "ADJ", "NUM"):
        # "An aide to a former mayor has been indicted", "a few, including the activists Zhou Lan
        # and Wu Feng, were convicted": a word no table knows, told by the person or people it is
        # tied to, stands for them.
        inside = {t.i for t in subject.subtree if t.i > subject.i}
        mention = next((m for m in reader.mentions if m.start in inside and (
            m.actor.kind == "person" or m.actor.sector in ARTICLE_SECTORS)), None)
    if mention is None or mention.actor.code or not (mention.actor.kind == "person"
                                                     or mention.actor.sector in ARTICLE_SECTORS):
        return
    if locative_country(token, reader, expel=entry.cameo[:3] == "174") is not None:
        return
    # (A local court report names towns and states, and no office: the places are enough here.)
    home = reader.article_context(subject, places_suffice=True)
    # (A group of no country of its own may already be the article's people: "protesters".)
    if home is None or any(r.actor.code != home.code for r in who.recipients):
        return
    who.actors = [_authorities(home.code, entry, token, f"authorities of {home.code}, the country of the article")]
    if who.recipients:
        return
    words = reader.doc[mention.start:mention.end]
    who.recipients = who.named_recipients = [
        ArgumentActor(Actor(home.code, mention.actor.sector, None, "country"), words.start_char, words.end_char,
                      words.text, f"{words.text}, in a {home.code} article")]


def _released_from_custody(token: Token, entry) -> bool:
    """"was released from house arrest", "were freed from prison": a release from the state's own
    custody (not from captivity, where kidnappers may have held them)."""
    return entry.cameo.startswith("084") and any(pobj.lemma_.lower() in CUSTODY_NOUNS
                                                 for _prep, pobj in prepositional_objects(token, {"from"}))


VERDICT_ROOTS = ("05", "10", "11", "12", "13")  # praise, demands, disapproval, rejection, threats


def words_about_dropped(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """A verdict on someone's words is aimed at who said them, not at whom the words are about:
    "his remarks about President Putin met a frosty reception from Merkel" is not aimed at
    Russia. Recipients named only in what words are "about" are dropped."""
    if entry.cameo[:2] not in VERDICT_ROOTS:
        return

    def about(party: ArgumentActor) -> bool:
        span = reader.doc.char_span(party.start, party.end, alignment_mode="expand")
        return span is not None and spoken_about(span.root)

    who.recipients = [r for r in who.recipients if not about(r)]
    who.named_recipients = [r for r in who.named_recipients if not about(r)]


BROKERING_PARTICIPLES = WORD_SETS["BROKERING_PARTICIPLES"]


def brokers_dropped(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """"Sudan's army and the RSF broke a U.S.- and Saudi-brokered truce": who is named
    in a participle modifier of a thing as having brokered, mediated or sponsored it made the
    thing; an act done to the thing is not aimed at them. Recipients named only there are
    dropped (not when the modifier is on the trigger itself: "the Saudi-brokered talks")."""

    def broker(party: ArgumentActor) -> bool:
        span = reader.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None:
            return False
        word = span.root
        if word.dep_ not in ("npadvmod", "compound", "nmod", "amod", "advmod"):
            return False
        participle = word.head
        if participle.lemma_.lower() not in BROKERING_PARTICIPLES or participle.i < word.i \
                or participle.tag_ not in ("VBN", "VBD") or participle == token:
            return False
        thing = next((a for a in participle.ancestors if a.pos_ in ("NOUN", "PROPN")), None)
        return thing is not None and thing != token and thing.i > participle.i and thing.head == token

    who.recipients = [r for r in who.recipients if not broker(r)]
    who.named_recipients = [r for r in who.named_recipients if not broker(r)]


OFFERING_VERBS = WORD_SETS["OFFERING_VERBS"]


def mediator_rebuffed(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """"India rejected any third-party mediation on Kashmir after U.S. President Donald
    Trump offered to help settle the dispute": a rejection of mediation (126) with no one named in
    its slots is aimed at whoever a clause of time or cause on it says offered it."""
    if not entry.cameo.startswith("126") or who.recipients or who.named_recipients:
        return
    own = {a.actor.code[:3] for a in who.actors if a.actor.code}
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in OFFERING_VERBS:
            continue
        offerers = [r for c in clause.children if c.dep_ == "nsubj" for r in reader.actors_in(c)
                    if r.actor.code and r.actor.code[:3] not in own]
        if offerers:
            who.recipients = who.named_recipients = offerers[:1]
            return


DETAINING_PARTICIPLES = WORD_SETS["DETAINING_PARTICIPLES"]


def detainer_protested(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """"About 1,500 Palestinian prisoners held by Israel refused food": prisoners who
    protest, with no one else named, protest against whoever the participle on them says holds
    them (a hunger strike over detention is aimed at the detaining state)."""
    if entry.cameo[:2] != "14" or who.recipients or who.named_recipients:
        return
    subject, passive = subject_of(token)
    if subject is None or passive:
        return
    own = {a.actor.code[:3] for a in who.actors if a.actor.code}
    for clause in subject.subtree:  # ("Dozens of detainees held by Morocco": through the quantity)
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in DETAINING_PARTICIPLES:
            continue
        holders = [r for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                   for r in reader.actors_in(g) if r.actor.code and r.actor.code[:3] not in own]
        if holders:
            who.recipients = who.named_recipients = holders[:1]
            return


def own_ground_dropped(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """Named recipients that are the joint actors themselves, or the actor's own ground or word,
    are dropped."""
    if who.named_recipients and not who.recipients:
        joint = len(who.actor_codes) >= 2 and {r.actor.code for r in who.named_recipients} <= who.actor_codes
        own_ground = all((r.actor.sector is None and r.via.startswith(OWN_GROUND_VIAS))
                         or r.via.startswith("pronoun")
                         or (r.actor.kind == "person" and r.actor.name in who.actor_names)
                         for r in who.named_recipients)
        # An entry that needs an actor as object ("berated his team-mates") has none then.
        needs_actor = any(values == (ACTOR_OBJECT,) for key, values in entry.frame if key == "obj")
        if joint or (own_ground and not needs_actor):
            # "Czechia and Albania upgraded their ties": a joint act, nobody else receives.
            # "confiscated weapons from Palestinian groups", "withdrew from the Bosnian
            # town": the actor's own country is named as the place or people, not a party;
            # "reneged on his commitment": the actor's own word.
            who.named_recipients = []


def show_of_force_meant(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if entry.cameo[:2] == "15" and all(r.actor.code[:3] in {c[:3] for c in who.actor_codes} for r in who.recipients):
        # "sent a carrier to the Gulf to bolster U.S. forces as a deterrent against Iran": a show
        # of force is aimed at whom it is meant to deter or warn, not at the actor's own forces.
        meant = [r for r in reader.meant_for(token) if r.actor.code and r.actor.code not in who.actor_codes]
        if meant:
            who.recipients = who.named_recipients = meant


VENUE_PREPS = WORD_SETS["VENUE_PREPS"]


def unless_talks_topic(token: Token, entry, target: ArgumentActor | None) -> ArgumentActor | None:
    """A party found for a consultation beyond its slots (the place aimed at, the clause's other
    party), or None when it is named in what the talks are about: "resumed talks on restarting oil
    exports through Turkey" is no consultation with Turkey, nor is Turkey where the talks are held."""
    if target is not None and entry.cameo[:2] == "04" and _in_talks_topic(token, target):
        return None
    return target


def _in_talks_topic(token: Token, target: ArgumentActor) -> bool:
    """Whether a party is named in a prepositional phrase of the talks noun (the object "talks",
    "negotiations", "dialogue", or the trigger noun itself): what the talks are about, not one side
    of them. A body to be joined stays a party ("talks on joining the European Union")."""
    if target.actor.kind != "country" or target.actor.code.startswith("IGO"):
        return False
    nouns = [token] if token.pos_ in ("NOUN", "PROPN") else \
        [c for c in token.children if c.dep_ in ("dobj", "obj")]
    nouns = [n for n in nouns if n.lemma_.lower() in TALKS or n.lower_ in TALKS]
    # (Not the parties of the talks, wherever the parser hangs them: "brokered talks on sharing
    # oil revenues between Sudan and South Sudan".)
    parties = {t.i for noun in nouns for w in noun.subtree for _p, pobj in prepositional_objects(w, {"with"} | JOINT_PREPS)
               for t in pobj.subtree}
    # (Only its phrases: in "in talks to buy Serbia's state oil company" the seller is a party.
    # Nor where it is held: the host of "the Balkan summit in Sofia" is left to the venue rules.)
    topic = {t.i for noun in nouns for prep in noun.children if prep.dep_ == "prep"
             and prep.lower_ not in VENUE_PREPS for t in prep.subtree}
    return any(token.doc[i].idx == target.start for i in topic - parties)


# Arrests and detentions: an embassy they happen in is where, not whose (phrase_parties.target_place).
ARRESTS = "173"


def place_aimed_at(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """With nobody else named, the country of the place the act is aimed at (or the actor's own
    country, the act done at home)."""
    guessed = bool(who.recipients) and all(r.via.startswith("role, in a") and r.actor.code in who.actor_codes
                                           for r in who.recipients)
    # (Peacekeepers of a state and of the force they serve in land for both: "the first Ugandan
    # peacekeepers of the African Union force landed in Mogadishu" are aimed at Somalia.)
    peacekeepers = entry.cameo.startswith(PEACEKEEPING) and len({a.actor.code[:3] for a in who.actors
                                                                  if not a.actor.code.startswith("IGO")}) == 1
    if (not who.recipients or guessed) and (len({a.actor.code for a in who.actors}) == 1 or peacekeepers):
        # (Victims known only by the sentence's one country, which is the attacker's own,
        # "Palestinian bombers killed 23 people ... in Tel Aviv", are where it struck.)
        # "delivered food to the city of El Fasher", "drills around Taiwan", "massed troops
        # along the border with Ukraine": the country of the place the act is aimed at.
        # (Joint acts have no target: "held talks in Baghdad" is where, not whom.)
        # A visit's "in" names the host too ("arrived in Hanoi for a state visit").
        # So does an easing's ("lifted the curfew in Montenegro") and material help's
        # ("invested $2 billion in Egypt").
        target = target_place(token, reader, conflict=entry.cameo[:2] >= "14" or entry.cameo[:3] in PLACED_AID
                              or entry.cameo.startswith(("042", "06", "07") + DOMESTIC_BY_STATE),
                              away=entry.cameo.startswith(WITHDRAWING), neighbour=entry.cameo[:2] < "17",
                              missions=not entry.cameo.startswith(ARRESTS))
        if target is not None and entry.cameo.startswith(EXPULSIONS) and target.via.startswith("place ") \
                and target_is_destination(token, target):
            target = None  # "expelled a bishop to Rome": where they were sent
        target = unless_talks_topic(token, entry, target)
        if target is not None and target.actor.code not in who.actor_codes and collective_party(token) is not None:
            # "World powers and Iran resumed talks in Geneva", "accused Western powers of hypocrisy
            # over Kosovo": the other party is there, though it has no code; no place stands in.
            target = None
        if target is not None and target.actor.code not in who.actor_codes:
            who.recipients = [target] + [p for p in places_coordinated_from(target, reader,
                                                                            between=entry.cameo[:2] < "14")
                                         if p.actor.code not in who.actor_codes | {target.actor.code}]
        elif entry.cameo[:2] == "15":
            # "put its army on alert after Russian troops massed in Belarus": a show of
            # force answers whoever acted in the clause that gave the reason; the state's own
            # rebels too ("after Chechen fighters crossed into Dagestan").
            who.recipients = [r for r in reader.reason_actors(token, who.actor_codes)
                              if r.actor.code not in who.actor_codes or r.actor.sector == "REB"]
        who.own_place = target is not None and target.actor.code in who.actor_codes
    elif not who.recipients and who.objects and entry.cameo[:2] in VIOLENT_ROOTS \
            and len({a.actor.code[:3] for a in who.actors if a.actor.code}) >= 2 and not traded(token):
        # "Mozambican and Rwandan troops retook the port town of Mocimboa da Praia from
        # insurgents": force used by the forces of several states on something (a town,
        # positions, fighters) is aimed at the country where it struck, also when that is one of
        # theirs (the others fight there on its side). (Sides that clash with each other act on
        # nothing: "Armenian and Azerbaijani forces clashed near the border" has no target, nor
        # have sides that trade fire: "exchanged fire in Kashmir".)
        target = target_place(token, reader, conflict=True, away=False, neighbour=False,
                              missions=not entry.cameo.startswith(ARRESTS))
        if target is not None:
            who.recipients = [target]
        who.own_place = False
    else:
        who.own_place = False
    if not who.own_place and not who.recipients and nationwide(token):
        # "deployed 45,000 police officers across the country", "a nationwide curfew": the
        # actor's own country, though no place is named
        who.own_place = True


RECIPROCAL_VERBS = WORD_SETS["RECIPROCAL_VERBS"]


def traded(token: Token) -> bool:
    """Whether the act is one sides trade with each other ("exchanged fire", "traded heavy shelling":
    the trigger or the verb whose object it is)."""
    verb = token.head if token.dep_ in ("dobj", "obj") else token
    return verb.lemma_.lower() in RECIPROCAL_VERBS


def front_line(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if (entry.cameo[:2] >= "15" or entry.cameo.startswith("087")) \
            and not any(r.actor.code not in who.actor_codes for r in who.recipients):
        # "rushed troops to the Line of Control", "shelled posts across the line of contact",
        # "pulled back artillery from the line of contact": a front line named without either
        # state is aimed at its other side.
        front = front_line_party(token, who.actor_codes)
        if front is not None:
            side, words = front
            who.recipients = who.named_recipients = [ArgumentActor(Actor(side, None, None, "country"), words.idx,
                                                                   words.idx + len(words), words.text,
                                                                   f"the other side of '{words.text}'")]
            who.own_place = False


def own_government(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.recipients and not who.named_recipients and len(who.actor_codes) == 1 \
            and entry.cameo[:2] in ("10", "13", "14") \
            and all(a.actor.sector not in STATE_SECTORS for a in who.actors) and is_state(next(iter(who.actor_codes))):
        # "Thousands of Israelis demonstrated ..., demanding that the government secure a deal",
        # "settler leaders threatened disobedience if the government went ahead": people who
        # protest, demand or threaten are aimed at "the government" their sentence names,
        # their own, before any other party of the sentence.
        home = next(iter(who.actor_codes))
        government = bare_government(token, reader)
        if government is not None:
            who.recipients = [ArgumentActor(Actor(home, "GOV", None, "country"), government.idx,
                                            government.idx + len(government), government.text,
                                            f"'{government.text}', the actor's own ({home})")]
        elif entry.cameo[:2] == "14":
            # "Thousands marched in Kiev demanding that Yanukovich sign the agreement with the
            # EU": a protest is aimed at whom its demand is made of, when that is the
            # protesters' own state, not at a party the demanded act names.
            demanded = demanded_of_own(token, reader, home)
            if demanded is not None:
                who.recipients = [demanded]


DEMANDING_LEMMAS = WORD_SETS["DEMANDING_LEMMAS"]


def demanded_of_own(token: Token, reader: ArgumentReader, home: str) -> ArgumentActor | None:
    """The party of the protesters' own state (``home``) that a participle of demand attached to
    the protest names as the one to act: the subject of its that-clause ("demanding that
    President X sign ...") or the one urged ("urging the prime minister to resign")."""
    for child in token.children:
        if child.dep_ not in ("advcl", "xcomp", "conj") or child.lemma_.lower() not in DEMANDING_LEMMAS \
                or child.tag_ != "VBG":
            continue
        heads = [subject_of(c)[0] for c in child.children if c.dep_ == "ccomp"]
        heads += [c for c in child.children if c.dep_ in ("dobj", "obj")
                  and any(g.dep_ == "xcomp" for g in child.children)]
        heads += [pobj for _p, pobj in prepositional_objects(child, {"on", "upon"})]
        for head in heads:
            if head is None:
                continue
            found = [r for r in reader.actors_in(head) if r.actor.code]
            if found and all(r.actor.code[:3] == home for r in found) and any(
                    r.actor.sector in STATE_SECTORS or r.actor.kind == "country" for r in found):
                return found[0]
    return None


ADDRESSING_VERBS = WORD_SETS["ADDRESSING_VERBS"]


def party_warned(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """"Poland warned Belarus that it would close all border crossings": an act announced in the
    that-clause of a warning, with no party of its own, is aimed at the party warned (the warning
    verb's object), when that party is not the actor itself."""
    if who.recipients or who.named_recipients or token.dep_ != "ccomp":
        return
    head = token.head
    if head.lemma_.lower() not in ADDRESSING_VERBS or head.pos_ != "VERB" or token.i < head.i:
        # ("militiamen killed hundreds of villagers, survivors told U.N. officials": a clause
        # before its teller is the report's content; whom it was told to is no party.)
        return
    for child in head.children:
        if child.dep_ in ("dobj", "dative"):
            warned = [r for r in reader.actors_in(child)
                      if r.actor.code and r.actor.code[:3] not in {c[:3] for c in who.actor_codes}]
            if warned:
                who.recipients = who.named_recipients = warned
            return


def other_party_of_clause(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if not who.recipients and not who.named_recipients and len(who.actor_codes) == 1 and entry.cameo[:2] != "17":
        # (Repression without a named party stays domestic: "barred women from
        # working for the United Nations" is aimed at the women, not the UN.)
        # Nobody found in the argument slots, but the act's clause names one other party
        # ("backed down after a standoff with Washington", "gave Kyiv an ultimatum", "spoke by
        # telephone with Russian President Vladimir Putin"): CAMEO's target is that one.
        if entry.cameo.startswith(LEADERSHIP_CHANGE) and any(is_resignation(t) for t in token.subtree):
            # ("agreed to step down under a deal negotiated by former U.S. President Jimmy Carter":
            # whoever leaves office leaves it at home, whatever other party the clause names.)
            return
        # (Bound to the act's own clause when whom an appeal or demand addresses is a role it could
        # not place; not a show of force's own troops: "put its forces on alert after ...".)
        unplaced = entry.cameo[:2] in REQUEST_ROOTS and any(
            m.actor.code is None and m.start <= obj.i < m.end for obj in who.objects for m in reader.mentions)
        other = unless_talks_topic(token, entry, one_other_party(token, entry, who.actors, reader,
                                                                 own_clause=unplaced))
        asker = _unplaced_asker(token, other, reader) if other is not None else None
        own = who.actors[0].actor.code[:3] if who.actors and who.actors[0].actor.code else ""
        if asker is not None and is_country_code(own):
            # The call rejected is of a body at home ("the opposition"): the actor's own country.
            span = reader.doc[asker.start:asker.end]
            other = ArgumentActor(Actor(own, asker.actor.sector, None, "country"), span.start_char, span.end_char,
                                  span.text, f"role at home, whose call it is (not '{other.text}', named in its phrase)")
        if other is not None and collective_party(token) is None:
            # (Not in place of a party with no code: "the international community must do more
            # ..., Straw said after talks with Sudan's president".)
            who.recipients = [other]


def _unplaced_asker(token: Token, other: ArgumentActor, reader: ArgumentReader):
    """"rejected opposition calls for her resignation over a phone call with Cambodia's Hun Sen":
    the object is a call, demand or request whose askers are named only by a role with no state
    (the opposition, lawmakers, protesters); a party named in a phrase of that object (what the
    call is over or about) is no side of the act. The askers' mention, when so."""
    asked = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if asked is None or asked.lemma_.lower() not in ASKING_NOUNS:
        return None
    phrase = {t.idx for prep in asked.children if prep.dep_ == "prep" for t in prep.subtree}
    if other.start not in phrase:
        return None
    return next((m for m in reader.mentions if m.actor.kind == "role" and not m.actor.code
                 and any(m.start <= c.i < m.end for c in asked.children
                         if c.dep_ in ("compound", "amod", "poss", "nsubj"))), None)


def disarmed(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if entry.cameo.startswith(DEMOBILISING) and non_state_armed(who.actors):
        # "guerrillas handed over their weapons to U.N. observers": rebels who disarm yield to
        # their own state; monitors who take the weapons are no party to it.
        who.recipients = [r for r in who.recipients if not r.actor.code.startswith("IGO")]
        who.named_recipients = [r for r in who.named_recipients if not r.actor.code.startswith("IGO")]


def domestic_target(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """With no other party named, an act aimed at the actor's own country (`who.domestic`)."""
    who.domestic = None
    by_state = who.own_place and entry.cameo.startswith(DOMESTIC_BY_STATE + VIOLENT_ROOTS) \
        and is_state(who.actors[0].actor.code)
    if not who.recipients and not who.named_recipients and len({a.actor.code for a in who.actors}) == 1 \
            and (entry.cameo[:2] in DOMESTIC_ROOTS or by_state or insurgents_at_home(entry, who.actors, reader, token)
                 or _court_verdict_at_home(token, entry, reader, who)
                 or (entry.cameo.startswith(YIELDING_CODES + DIRECTED_CODES) and is_state(who.actors[0].actor.code)
                     and reader.sentence_codes(token, earlier_doing(token) | relative_descriptions(token))
                     <= {who.actors[0].actor.code}
                     and (entry.cameo.startswith(YIELDING_CODES) or aimed_at_own(token, who.actors, reader)))):
        # Protest, repression, a show of force or an assassination with no other party
        # named is domestic: CAMEO codes the country itself as the target.
        who.domestic = who.actors[0]
    elif not who.recipients and not who.named_recipients and entry.cameo[:2] in VIOLENT_ROOTS \
            and len({a.actor.code for a in who.actors}) >= 2 and len({a.actor.code[:3] for a in who.actors}) == 1:
        # "fighting erupted between the Sudanese army and the RSF": two sides of one country
        # fight a civil war, aimed at that country.
        who.domestic = who.actors[0]
    elif not who.recipients and not who.named_recipients and entry.cameo[:2] in ("04", "05", "18", "19", "20") \
            and len({a.actor.code[:3] for a in who.actors}) == 1 \
            and any(a.actor.sector in STATE_SECTORS for a in who.actors) \
            and any(a.actor.sector in NON_STATE_ARMED | {"OPP"} for a in who.actors):
        # "Guatemalan government and guerrilla representatives sat down for negotiations": a
        # state and its own insurgents or opposition acting together are one country's affair.
        who.domestic = who.actors[0]
    elif not who.recipients and not who.named_recipients and entry.cameo[:2] == "04" and len(who.actors) == 1 \
            and _from_two_bodies_of_one_state(token, who.actors[0], reader):
        # "Negotiators from Baghdad and the Kurdistan Regional Government resumed talks": two
        # bodies of one state talking with each other are that country's affair.
        who.domestic = who.actors[0]
    if who.perpetrators == [] and who.actors:
        # An inquiry into an incident that names no doer looks at the investigator's own side.
        who.recipients, who.named_recipients, who.domestic = [], [], who.actors[0]


def _from_two_bodies_of_one_state(token: Token, actor: ArgumentActor, reader: ArgumentReader) -> bool:
    """Whether the actor is a role placed by a "from"/"of" phrase that coordinates two or more
    parties, all of the actor's own country ("officials from Khartoum and the southern regional
    government")."""
    span = token.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not actor.via.startswith("role"):
        return False
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            members = [pobj] + [c for c in pobj.children if c.dep_ == "conj"]
            codes = [{a.actor.code[:3] for a in reader.actors_in(m) if a.actor.code} for m in members]
            if len(members) >= 2 and all(c == {actor.actor.code[:3]} for c in codes):
                return True
    return False


def _court_verdict_at_home(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> bool:
    """"A Turkish court sentenced a pro-Kurdish politician to ten years": a court's verdict on
    someone of no named country, in a sentence naming no other, is passed at home. So is one the
    state itself passes ("Bahrain sentenced 12 people to death on charges of forming a cell with
    links to Iran": whom the charge names is left aside)."""
    return entry.cameo.startswith(VERDICTS) \
        and all(a.actor.sector == "JUD" or a.actor.sector is None and a.actor.kind == "country" for a in who.actors) \
        and is_state(who.actors[0].actor.code) \
        and reader.sentence_codes(token, earlier_doing(token) | relative_descriptions(token) | charge_phrases(token)) \
        <= {who.actors[0].actor.code}


def own_forces_or_people(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """A state's forces or officials acting on a people, forces or office of their own country:
    the first one named is the recipient."""
    if who.named_recipients and not who.recipients and len(who.actor_codes) < 2 and all(
            r.via == "demonym" for r in who.named_recipients) \
            and all(a.actor.sector in STATE_SECTORS for a in who.actors):
        # "Myanmar's military drove the Rohingya out": a state's forces acting on a people of
        # their own country is a domestic event.
        who.recipients = [who.named_recipients[0]]
    if who.named_recipients and not who.recipients and len(who.actor_codes) == 1 \
            and entry.cameo[:2] in ("17", "18", "19", "20") \
            and all(a.actor.sector in STATE_SECTORS for a in who.actors) \
            and all(r.via == "role" and r.actor.sector and r.start not in {a.start for a in who.actors}
                    for r in who.named_recipients):
        # "Ethiopian troops launched an offensive against Tigrayan forces": a state's forces
        # fighting forces of their own country is a civil war, aimed at that country.
        who.recipients = [who.named_recipients[0]]
    if who.named_recipients and not who.recipients and len(who.actor_codes) == 1 and entry.cameo[:2] == "04" \
            and all(a.actor.sector in STATE_SECTORS for a in who.actors) \
            and all(r.via.startswith("role") and r.actor.sector in STATE_SECTORS | {"OPP"}
                    and not any(a.start <= r.start < a.end for a in who.actors) for r in who.named_recipients):
        # "India's prime minister met the chief minister of Jammu and Kashmir": a state's
        # official consulting another office of the same state is a domestic consultation.
        who.recipients = [who.named_recipients[0]]


def trade_partners(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if who.named_recipients and not who.recipients and entry.cameo[:2] == "16":
        # "imposed a ban on U.S. trade and investment with Iran": the actor's own country
        # only says whose trade is cut; the "with" party deeper in the phrase is the target.
        # (The parser may hang the "with" phrase of a noun's object on its light verb.)
        words = list(token.subtree) + (list(token.head.children) if token.dep_ == "dobj" else [])
        # ("banned all U.S. trade with and investment in Iran": a stake "in" a country is with it.)
        partners = [r for word in words if word.dep_ == "prep" and word.head.i != token.i
                    and (word.lower_ in ("with", "to", "from")
                         or (word.lower_ == "in" and word.head.lemma_.lower() in STAKE_NOUNS))
                    for pobj in word.children if pobj.dep_ == "pobj"
                    for r in reader.actors_in(pobj) if r.actor.code and r.actor.code not in who.actor_codes]
        if partners:
            who.recipients = who.named_recipients = unique_actors(partners)


def show_in_own_capital(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    if who.named_recipients and not who.recipients and len(who.actor_codes) == 1 and entry.cameo[:2] == "15" \
            and (who.own_place or all(r.via == "capital" for r in who.named_recipients)) \
            and is_state(next(iter(who.actor_codes))):
        # "paraded missiles through Pyongyang to mark the party's anniversary": a state's show
        # of force in its own capital or country, naming only its own bodies, is domestic.
        who.recipients = [who.named_recipients[0]]


def one_acts_on_other(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """Two actors and nobody else: one country's two sides, or a telephone call's two parties;
    the first named acts on the second."""
    if not who.recipients and entry.cameo[:2] < "14" and len(who.actors) >= 2 \
            and len({a.actor.code[:3] for a in who.actors}) == 1 and len({a.actor.sector for a in who.actors}) > 1:
        # "Russian negotiators and Chechen separatist envoys sat down for talks": two sides of
        # one country talking or agreeing is a domestic event between them. (Fighting between
        # them is aimed at the country: see the civil-conflict rule.)
        who.actors, who.recipients = who.actors[:1], who.actors[1:2]
    if not who.recipients and not who.named_recipients and entry.cameo.startswith(TELEPHONE_CALL) \
            and len(who.actors) == 2 and len({a.actor.code for a in who.actors}) == 2:
        # "The Turkish and Greek prime ministers discussed migration in a phone call": a call
        # has a caller and a called; wire coding reads the first named as the caller.
        who.actors, who.recipients = who.actors[:1], who.actors[1:2]


# Driving a people out (CAMEO 201 expulsion, 203 ethnic cleansing) and the words by
# which a sentence names where they were driven to.
DRIVING_OUT = ("203",)
DESTINATION_PREPS = ("into", "to", "across", "toward", "towards")


def _destination(token: Token, arg: ArgumentActor) -> bool:
    """Whether ``arg`` is named only as where the act's people were driven ("into Bangladesh"):
    the object of a preposition of direction hung on the act's verb."""
    span = token.doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "conj", "appos") and head.head is not head:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in DESTINATION_PREPS:
        return False
    # (also where the model hangs it on the phrase before: "from their homes into Croatia")
    return prep.head == token or prep.head.dep_ == "pobj" and prep.head.head.head == token


def home_target(token: Token, who: PartyRecord, code) -> None:
    """The target of a domestic event: the actor's country (none for a nuclear test; at home for
    the police's alert)."""
    if code.code == "2042" and token.lemma_.lower() in NUCLEAR_TESTS:
        # "Pakistan exploded five nuclear devices, answering India's tests": a test blast is
        # aimed at nobody; whatever it answers is its reason.
        who.recipients, who.domestic = [], None
    if who.domestic is None and not who.recipients and code.code.startswith(POLICE_POSTURE) and len(who.actors) == 1 \
            and is_state(who.actors[0].actor.code):
        # "Spain raised its terror alert level", "called up police reservists": the police's
        # alert or mobilisation is at home (as every tuning gold codes it).
        who.domestic = who.actors[0]
    if who.domestic is None and not who.recipients and code.code.startswith(REFORM_INTENT) and len(who.actors) == 1 \
            and is_state(who.actors[0].actor.code):
        # "Saied promised to put a new constitution to a referendum": a reform promised with no
        # one else named is promised at home, also when only the words of what is promised made
        # the code one of reform (030 -> 0344), after the domestic step had looked at the entry.
        who.domestic = who.actors[0]
    if who.domestic is None and code.code == "0831" and is_resignation(token) and len(who.actors) == 1 \
            and is_state(who.actors[0].actor.code) \
            and all(r.actor.code and r.actor.code[:3] != who.actors[0].actor.code[:3] for r in who.recipients):
        # "quit as president in an email sent from Singapore": a leader leaves office at
        # home; a place the clause names (where the letter was sent from, where he fled) is no party.
        who.domestic = who.actors[0]
    if who.domestic is None and code.code in DRIVING_OUT and len(who.actors) == 1 and is_state(who.actors[0].actor.code) \
            and who.recipients and all(_destination(token, r) for r in who.recipients):
        # "drove 600,000 Rohingya from their villages into Bangladesh": the country a
        # people is driven into is where they flee to, not whom the act is aimed at; with no
        # other party the people are the actor's own (the bench's ethnic cleansing at home).
        who.domestic = who.actors[0]
    if who.domestic is not None:
        home = who.domestic.actor.code
        if len(home) > 3 and not home.startswith(("IGO", "NGO", "IMG", "MNC")):
            home = home[:3]  # "FARC fighters" (COLFAR) act in Colombia (COL)
        who.recipients = [ArgumentActor(Actor(home, None, None, "country"), who.domestic.start,
                                        who.domestic.end, who.domestic.text, DOMESTIC_FALLBACK)]


def parties_placed(token: Token, entry, reader: ArgumentReader, who: PartyRecord) -> None:
    """Where the parties are put: a transnational group where the act is, an armed group a state
    strikes where the strike is, a breakaway region under its parent state."""
    if any(a.actor.code.startswith(TRANSNATIONAL) for a in who.actors + who.recipients if a.actor.code):
        # "Islamic State militants massacred Yazidi men around Sinjar": a transnational armed
        # group is coded by the country where the sentence puts its act (CAMEO's practice for
        # non-state groups; the wire gold: "Islamic State in Sinjar" is IRQ).
        where = place_country(token, reader, [])
        if where is not None and is_country_code(where[0]):
            who.actors = placed_groups(who.actors, where)
            who.recipients = placed_groups(who.recipients, where)
    if entry.cameo[:2] in VIOLENT_ROOTS and any(foreign_armed_group(r) for r in who.recipients) \
            and who.actors \
            and all(is_state(a.actor.code) and a.actor.sector not in NON_STATE_ARMED for a in who.actors):
        # "Turkish warplanes bombed PKK hideouts in northern Iraq", "Pakistani troops killed 12
        # Taliban fighters in North Waziristan": an armed group a state strikes is coded by where
        # the strike puts it (the country it is based in or fights in), not by its name.
        where = act_location(token, reader)
        if where is not None and is_country_code(where[0]):
            who.recipients = unique_actors([based_in(r, where) if foreign_armed_group(r) else r
                                            for r in who.recipients])
    # "sent police into Kosovo": a breakaway region named as a place is filed under the state
    # it broke away from (`breakaway_regions.tsv`), as the CAMEO-era wire coders do; named as
    # a party ("talks with Kosovo") or by its people it keeps its code.
    who.actors, who.recipients = (under_parent(who.actors, token.doc, who.recipients),
                                  under_parent(who.recipients, token.doc, who.actors))


# Acts of violence whose author may go unnamed (bombings, killings, shelling); blockades and
# closures need a named actor ("heavy snow closed roads" is not an attack).
THREATENED_OR_MEANT = INTENT_VERBS | {"threaten"}
VIOLENCE_BY_UNKNOWN = {"180", "181", "182", "183", "184", "185", "186", "190", "193", "194", "195", "196",
                       "200", "201", "202", "203", "204"}
# Acts only a state does, when the text names nobody: arrests, expulsions, investigations.
STATE_ACTS_BY_UNNAMED = {"172", "173", "174", "090", "091", "092", "093", "094", "075", "116"}
# Verdicts and sentences ("was convicted of", "were found guilty", "was sentenced to"): a court's.
COURT_RULINGS = {"116"}
POLITICAL_PARTY_SECTORS = WORD_SETS["POLITICAL_PARTY_SECTORS"]
CUSTODY_NOUNS = WORD_SETS["CUSTODY_NOUNS"]
STAKE_NOUNS = WORD_SETS["STAKE_NOUNS"]
# A recipient that only names the actor's own country as a place or people ("Palestinian
# armed groups", "the Bosnian town"), or refers back to it ("warned that it would"), is not a
# party to the act. (A capital stands for the government, so it is not in this list.)
OWN_GROUND_VIAS = ("demonym", "place ")
# Peacekeepers "arrived in Bosnia", a minister "arrived in Damascus on a visit": the place where
# protection goes, or the host of a visit, is the recipient.
PLACED_AID = {"074", "0743", "042"}
PEACEKEEPING = "074"


NUCLEAR_TESTS = WORD_SETS["NUCLEAR_TESTS"]


# Withdrawals, whose "out of"/"from" phrase names where they leave.
WITHDRAWING = ("0874", "166", "087")
TELEPHONE_CALL = "041"  # discuss by telephone: the first named is read as the caller


# Protest, repression, assault and mass violence with nobody else named are domestic, whatever
# else the sentence names ("executed thousands of Muslim men after overrunning the U.N. safe
# area", "expelled hundreds of thousands of Albanians to neighbouring Albania").
DOMESTIC_ROOTS = {"14", "17", "18", "20"}
# Acts that are always done to someone: yielding and the intent to yield or reform, inquiries,
# demands, disapproval, rejection, threats, fighting and mass violence. With nobody named and no
# other country in the sentence, they are aimed at the actor's own people (CAMEO's domestic
# coding: "Sri Lanka lifted a nationwide curfew", "Kenya's opposition demanded the disbandment
# of the electoral commission"). Cooperation, consultation and aid are not: with nobody named
# they stay without a target.
YIELDING_CODES = ("034", "035", "08", "09")
# The intent to reform (codebook 034x: leadership, policy, rights, institutions).
REFORM_INTENT = "034"
# Leaving office or promising to: the intent to change leadership, a leader stepping down.
LEADERSHIP_CHANGE = ("0341", "0831")
# A court's verdict: finding guilty or liable, sentencing.
VERDICTS = ("116",)
# Demands, disapproval, rejection, threats and mass violence only when they are seen to be aimed
# at the actor's own people or bodies ("warned that police would not tolerate ..."): "Beijing is
# opposed to foreign mediation" is aimed at nobody in particular. (Fighting is left out: "villages
# were shelled by Armenian artillery" says nothing of whose villages.)
DIRECTED_CODES = ("10", "11", "12", "13", "20")
# Raising the police's alert or mobilising police is done at home, whatever else the sentence
# names ("Belgium raised its terrorism alert to the highest level", "called up police reservists").
POLICE_POSTURE = ("151", "153")
# A state easing restrictions, yielding or investigating in one of its own places, with no other
# party named, acts on its own country too ("lifted the state of emergency in Darfur").
DOMESTIC_BY_STATE = ("081", "082", "083", "084", "09", "15")
# Violence (18-20) is added to these in the code: "the Sudanese army shelled the city of
# Omdurman" is fighting in its own country, a domestic event.
