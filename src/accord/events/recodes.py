"""The recodes that move a matched event to another code: by its modality (a refusal, an intent,
a threat), by the words of its sentence (chemical weapons, a state's blockade, ethnic cleansing,
a meeting in a third country ...), and by the act it governs or what it asks for."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.aims import refine as refine_aim
from accord.events.arguments import ArgumentActor, ArgumentReader
from accord.events.clauses import OBLIGATION_ENTRY, has_ultimatum, obligation_speaker, refusal_code
from accord.events.entries import PLACEHOLDERS, REQUEST_ROOTS, LexiconEntry
from accord.events.frames import frame_fits
from accord.events.governed import INTENT_CODE, governed_code
from accord.events.lexicon import Lexicon
from accord.events.merging import THREAT_CODE
from accord.events.modality import Modality
from accord.events.ontology import CameoCode, Ontology
from accord.events.places import names_a_place, third_location
from accord.events.slots import governed_infinitives, stopped_gerund, stopped_supply
from accord.events.sweep_checks import backs_own
from accord.events.states import STATE_SECTORS
from accord.events.words import (
    RESIGNATION_WORDS, is_to_infinitive, names_chemical_agent, reader_is_actor, reader_is_person, traded_under,
)

# The word sets are data: each one's words and why are in accord/data/words/events_recodes.tsv.
WORD_SETS = word_sets("events_recodes")


def _recode_note(code: CameoCode, why: str) -> str:
    return f"{why}, so coded as {code.code} ({code.name})"


def recode_by_modality(token: Token, code: CameoCode, plover: str, modality: Modality, notes: list[str],
                       ontology: Ontology) -> tuple[CameoCode, str]:
    """Announced and conditional events (PLOVER manual, AGREE and THREATEN sections; CAMEO's
    "express intent" codes): future cooperation and yielding are intentions (CAMEO 03x,
    AGREE: "will release prisoners" is 0353), announced or conditional conflict is a threat
    (13x, THREATEN)."""
    if modality.negated:
        refusal = refusal_code(token, code, modality)
        if refusal is not None:
            code = ontology.cameo(refusal)
            notes.append(_recode_note(code, "a refusal or failure to cooperate"))
            # The negation is now the event's own sense: a rejection is not negated.
            modality.negated = False
            return code, code.plover
        return code, plover
    if modality.future and code.root in INTENT_CODE and has_ultimatum(token):
        code = ontology.cameo("130")
        notes.append(_recode_note(code, "announced on condition ('unless') that the other side acts"))
        return code, code.plover
    if modality.future and code.root in INTENT_CODE:
        code = ontology.cameo(INTENT_CODE.get(code.code[:4], INTENT_CODE.get(code.code[:3], INTENT_CODE[code.root])))
        notes.append(_recode_note(code, "cooperation announced for the future"))
        return code, code.plover
    if (modality.future or (modality.hypothetical and not modality.aimed)) and code.root in THREAT_CODE:
        code = ontology.cameo(THREAT_CODE.get(code.code[:4], THREAT_CODE.get(code.code[:3], THREAT_CODE[code.root])))
        notes.append(_recode_note(code, "conflict announced or conditional"))
        return code, code.plover
    return code, plover


STATE_VIAS = WORD_SETS["STATE_VIAS"]
NOUN_ASKING_VERBS = WORD_SETS["NOUN_ASKING_VERBS"]
SANCTIONS_CODE = "163"  # embargo, boycott or sanctions: typed SANCTION, not the table's COERCE
# Territory occupied or seized by armed force (CAMEO 192): typed ASSAULT as the PLOVER GSR types the
# codebook's 192 examples ("captured part of a Karen guerrilla stronghold", "retaken a strategic
# village", "mounted its long-threatened invasion": FIGHT), not the CAMEO2PLOVER table's COERCE
# 'seize'; an annexation, often by decree, keeps the table's type.
OCCUPY_CODE = "192"
DECREED = WORD_SETS["DECREED"]
CAPTURE_WORDS = WORD_SETS["CAPTURE_WORDS"]
TERRITORY = WORD_SETS["TERRITORY"]
EASED_RULE_CODES = {"0813", "0814"}  # curfew and emergency rule eased: typed CONCEDE like 081
FOREIGN_LEADER_PROTESTS = {"1411", "1451"}  # protest or riot for a change of one's own leadership
MEETING_WORDS = WORD_SETS["MEETING_WORDS"]
ENDED_BOYCOTTS = WORD_SETS["ENDED_BOYCOTTS"]
ENDING_VERBS = WORD_SETS["ENDING_VERBS"]


def _ends_boycott(token: Token) -> bool:
    """A participle clause on the verb ends or lifts a boycott, embargo or sanctions."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ENDING_VERBS
               and any(o.dep_ == "dobj" and o.lemma_.lower() in ENDED_BOYCOTTS for o in c.children)
               for c in token.children)


WAR_EXIT_WORDS = WORD_SETS["WAR_EXIT_WORDS"]
STATIONED_FORCES = WORD_SETS["STATIONED_FORCES"]


def _last_forces_leave_host(token: Token, recipients: list[ArgumentActor], reader: ArgumentReader) -> bool:
    """(Convention 17.) Whether a withdrawal is a guest force's last troops leaving the
    whole country they were stationed in: a force noun of `STATIONED_FORCES` that "last" qualifies
    is the trigger's subject or object, the place left is one bare country name that is the act's
    sole recipient, and no word of `WAR_EXIT_WORDS` is in the sentence."""
    if len(recipients) != 1 or not recipients[0].actor.code:
        return False
    sentence = token.sent
    if any(t.lower_ in WAR_EXIT_WORDS or t.lemma_.lower() in WAR_EXIT_WORDS for t in sentence):
        return False
    movers = [c for c in token.children if c.dep_ in ("nsubj", "dobj") and c.lower_ in STATIONED_FORCES]
    if not any(m.lower_ == "last" for mover in movers for m in mover.children if m.dep_ == "amod"):
        return False
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
              for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ in ("from", "of")]
    if token.lemma_.lower() == "leave":
        places += [c for c in token.children if c.dep_ == "dobj" and c.lower_ not in STATIONED_FORCES]
    if len(places) != 1:
        return False
    place = places[0]
    if place.ent_type_ != "GPE" or any(c.dep_ in ("amod", "compound", "prep") for c in place.children):
        return False
    return any(m.start <= place.i < m.end and m.actor.kind == "country" and m.via in ("name", "alias")
               and m.actor.code == recipients[0].actor.code for m in reader.mentions)


def recode_by_words(token: Token, code: CameoCode, actors: list[ArgumentActor], recipients: list[ArgumentActor],
                    reader: ArgumentReader, lexicon: Lexicon, ontology: Ontology, notes: list[str]) -> CameoCode:
    """The code the sentence's words move a matched act to: an attack with chemical agents, asking
    others to punish a third party, a road blocked by a state, expulsions named ethnic cleansing,
    a meeting in a third country; and the PLOVER type of sanctions, resignations and eased rule."""
    if code.root in ("18", "19") and names_chemical_agent(token):
        # "fired rockets loaded with sarin gas", "dropped chlorine-filled barrel bombs": an
        # attack with chemical agents is the use of chemical weapons (CAMEO 2041).
        code = ontology.cameo("2041")
        notes.append("an attack with chemical agents: coded 2041")
    if code.root in REQUEST_ROOTS and (_asks_to_punish(token, reader, lexicon)
                                       or (recipients and _asks_for_punishing_noun(token, reader, lexicon))):
        # "urged European governments to join its trade embargo against Iran": asking others
        # to sanction a third party rallies opposition against it (CAMEO 113), even when the
        # others have no code of their own.
        code = ontology.cameo("113")
        notes.append("asks others to punish a third party: coded 113")
    if code.code == RALLY_CODE and _asks_backing_for_own(token, actors, reader):
        # "urged the crown prince to back his peace formula", "asked Kenya to back its autonomy
        # plan": asking others to back the actor's own plan or bid is an appeal for policy support
        # (022); rallying them behind a third party's bid stays 053.
        code = ontology.cameo("022")
        notes.append("asks backing for its own plan or bid: coded 022")
    if code.code == "144" and all(a.actor.kind != "person" and (a.actor.sector in STATE_SECTORS or (
            a.actor.sector is None and a.via in STATE_VIAS)) for a in actors):
        # "Azerbaijan blocked the only road to ...": a state closing a road blockades it;
        # protesters block roads (144).
        code = ontology.cameo("191")
        notes.append("a road blocked by a state or its forces is a blockade (191)")
    if code.code == "0874" and _last_forces_leave_host(token, recipients, reader):
        # "France pulled its last soldiers out of Mali", "the last Cuban troops left Angola": a
        # force stationed in a country ends its stay there. The codebook's note to 166 keeps 0874
        # for hostile forces yielding ground and gives guests' withdrawals 166 (convention 17).
        code = ontology.cameo("166")
        notes.append("the last of a force stationed in a country leave it, no word of war: coded 166")
    if code.code == "071" and any(a.actor.sector == "BUS" for a in actors):
        # "Rosneft received $6bn in credits from China's CNPC": a company's loan is commerce
        # (061, economic cooperation), not economic aid.
        code = ontology.cameo("061")
        notes.append("money lent or given by a company: coded 061")
    if code.root in ("06", "07") and stopped_gerund(token):
        # "stopped supplying gas to Spain", "halted selling arms to Taiwan": a supply or aid that
        # is stopped is reduced (16x), not cooperation told; what is given names the sub-code
        # (oil and gas 160, arms 1622 by the table of sub-code words).
        code = ontology.cameo(STOPPED_CODES.get(code.code, STOPPED_RELATIONS))
        notes.append(f"'{token.head.text} {token.text}': the cooperation is stopped, coded {code.code}")
    deal = traded_under(token) if code.root == "07" else None
    if deal is not None:
        # "began supplying wheat to Afghanistan under a barter deal": goods supplied under a
        # trade deal are sold or swapped, economic cooperation (061), not aid.
        code = ontology.cameo("061")
        notes.append(f"supplied under a trade {deal.text} ('{deal.left_edge.text} ... {deal.text}'): coded 061")
    if code.code == "0872" and _ends_boycott(token):
        # "reopened its airspace and land border to Qatar, ending a boycott of three years": the
        # closure eased was an economic boycott (085), not a military blockade.
        code = ontology.cameo("085")
        notes.append("the reopening ends a boycott or embargo: coded 085")
    if code.code == SANCTIONS_CODE:
        # PLOVER manual, SANCTION modes: "International (political or economic) sanctions are
        # coded as 'discontinue'"; the CAMEO2PLOVER table's COERCE 'restrict' is for curbs at home.
        code = replace(code, plover="SANCTION", plover_mode="discontinue")
    if code.code == "190" and _takes_ground(token):
        # "captured the village of Novomykhailivka", "retook the town", "invaded Kuwait": the
        # codebook's 192 ("occupy or seize control of a territory using armed forces")
        code = ontology.cameo(OCCUPY_CODE)
        notes.append("ground taken by force: coded 192")
    if code.code == OCCUPY_CODE and token.lemma_.lower() not in DECREED:
        code = replace(code, plover=ontology.cameo("190").plover, plover_mode="")
    if code.code in ("200", "201") and any(t.lower_ == "cleansing" for t in token.sent):
        # "drove 700,000 Rohingya out ... in what the U.N. called ethnic cleansing": an
        # expulsion the sentence names ethnic cleansing is 203.
        code = ontology.cameo("203")
        notes.append("named ethnic cleansing in its sentence: coded 203")
    if code.code == "0831" and token.lemma_.lower() in RESIGNATION_WORDS:
        # A resignation is a change in leadership (CAMEO 0831) that PLOVER types RETREAT
        # (relinquishing office), like 084, not the crosswalk's CONCEDE.
        held = ontology.cameo("084")
        code = replace(code, plover=held.plover, plover_mode=held.plover_mode)
    if code.code in EASED_RULE_CODES:
        # Easing a curfew (0813) or emergency rule (0814) is an administrative concession:
        # CONCEDE like 081, as the PLOVER manual and gold records have it (the table: RETREAT).
        code = replace(code, plover=ontology.cameo("081").plover, plover_mode="")
    if code.code == "161" and token.lemma_.lower() in EXPELLING and _expels_others_too(token):
        # "expelled 25 Soviet diplomats, journalists and trade officials as spies": people of several
        # callings sent out are individuals expelled (174), not a cut of diplomatic ties.
        code = ontology.cameo("174")
        notes.append("diplomats expelled with people of other callings: coded 174")
    if code.code == "174" and _cuts_ties_too(token):
        # "expelled an Iraqi diplomat and closed the embassy's cultural office": one diplomat sent
        # out (174) along with another cut of ties is a reduction of relations (161).
        code = ontology.cameo("161")
        notes.append("an expulsion told with another cut of ties: coded 161")
    if code.code == "040" and token.lemma_.lower() in MEETING_WORDS and _meets_to_negotiate(token):
        # "met the guerrilla leaders for the first peace talks", "met in Washington for a new
        # round of the peace talks": a meeting held for negotiations is negotiation (046), wherever
        # it is held.
        code = ontology.cameo("046")
        notes.append("met for negotiations: coded 046")
    if code.code == "040" and token.lemma_.lower() in MEETING_WORDS:
        venue = third_location(token, actors + recipients, reader)
        if venue is not None:
            # "met in Khartoum", "met on the sidelines of a summit in Sochi": a meeting in a
            # country none of its parties is from is a meeting at a third location (044).
            code = ontology.cameo("044")
            notes.append(f"met in '{venue}', the country of none of its parties: coded 044")
    return code


EXPELLING = WORD_SETS["EXPELLING"]
DIPLOMATS = WORD_SETS["DIPLOMATS"]
OTHER_CALLINGS = WORD_SETS["OTHER_CALLINGS"]


def _expels_others_too(verb: Token) -> bool:
    """The verb's object lists diplomats with people of other callings ("25 diplomats, journalists
    and trade officials")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        lemmas = {m.lemma_.lower() for m in _conjuncts(obj) if m.pos_ == "NOUN"}
        if lemmas & DIPLOMATS and lemmas & OTHER_CALLINGS:  # (not "diplomats and their families")
            return True
    return False


def _conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it ("diplomats, journalists and officials")."""
    return [token] + [t for c in token.children if c.dep_ == "conj" for t in _conjuncts(c)]


NEGOTIATION_KINDS = WORD_SETS["NEGOTIATION_KINDS"]
NEGOTIATION_NOUNS = WORD_SETS["NEGOTIATION_NOUNS"]


def _meets_to_negotiate(verb: Token) -> bool:
    """The verb's "for" phrase names negotiations: "for peace talks", "for negotiations", "for a
    new round of the ceasefire talks" (talks of a kind negotiated, or negotiations named as such),
    not "for talks" alone, "for lunch" or "for a round of golf"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() == "round":  # "for a new round of (the) peace talks"
                noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), noun)
            lemma = noun.lemma_.lower()
            kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
            if lemma in NEGOTIATION_NOUNS or lemma == "talk" and kinds & NEGOTIATION_KINDS:
                return True
    return False


TIES_CUTTING_VERBS = WORD_SETS["TIES_CUTTING_VERBS"]
# Material cooperation (06) or aid (07) stopped: CAMEO 162 and its kinds for aid (the tuning gold's
# "halted deliveries of F-35 parts" 1622, military cooperation suspended 1622); 160 for the rest.
STOPPED_CODES = {"062": "1622", "070": "162", "071": "1621", "072": "1622", "073": "1623", "074": "1661"}
STOPPED_RELATIONS = "160"


RALLY_CODE = "053"  # rally support on behalf of
ENDORSING_VERBS = WORD_SETS["ENDORSING_VERBS"]


def recode_foreign_leader_protest(code: CameoCode, actors: list[ArgumentActor], recipients: list[ArgumentActor],
                                  ontology: Ontology, notes: list[str]) -> CameoCode:
    """"Pakistanis protested in Karachi against President Bush": a protest or riot against another
    state's leader is no bid to change the protesters' own leadership (what 1411 and 1451 code),
    so it keeps its generic code. (Every coded recipient is of another country than every coded
    actor; "Indonesians protested against President Suharto" keeps 1411.)"""
    if code.code not in FOREIGN_LEADER_PROTESTS:
        return code
    own = {a.actor.code[:3] for a in actors if a.actor.code}
    others = {r.actor.code[:3] for r in recipients if r.actor.code}
    if not own or not others or own & others:
        return code
    code = ontology.cameo(code.code[:3])
    notes.append(f"a protest against a foreign leader, not for a change of leadership: coded {code.code}")
    return code


def _asks_backing_for_own(token: Token, actors: list[ArgumentActor], reader: ArgumentReader) -> bool:
    """Whether the verb asks its object to back something whose owner is the actor itself: a
    governed "back"/"support" whose object is the actor's own (``sweep_checks.backs_own``)."""
    own = {a.actor.code[:3] for a in actors if a.actor.code}
    for verb in governed_infinitives(token):
        if verb.lemma_.lower() not in ENDORSING_VERBS:
            continue
        backed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if backed is not None and backs_own(backed, own, reader):
            return True
    return False


def _cuts_ties_too(token: Token) -> bool:
    """Whether an expulsion is coordinated with another cut of ties by the same subject
    ("expelled a diplomat and closed the embassy", "recalled its ambassador and expelled ...")."""
    if token.lemma_.lower() != "expel":
        return False
    partners = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        partners.append(token.head)
    return any(p.pos_ == "VERB" and p.lemma_.lower() in TIES_CUTTING_VERBS for p in partners)


def _takes_ground(token: Token) -> bool:
    """Whether a verb of taking (or "invasion") has ground as what it takes: a word of territory
    (or a part "of" one) or a place or country the parser or the place stage names."""
    if token.lemma_.lower() not in CAPTURE_WORDS and token.lower_ not in CAPTURE_WORDS:
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        taken = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    else:
        taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for thing in taken:
        # (or an apposition that says what it is: "seized Goma, the largest city in eastern Congo")
        parts = [thing] + [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"] \
            + [c for c in thing.children if c.dep_ == "appos"]
        for part in parts:
            # (a town the tagger takes for a person is still one: "retook Kherson")
            if part.lemma_.lower() in TERRITORY or part.ent_type_ in ("GPE", "LOC", "FAC") or names_a_place(part):
                return True
    return False


def _asks_to_punish(token: Token, reader: ArgumentReader, lexicon: Lexicon) -> bool:
    """Whether the act asks others to sanction someone: an infinitive it governs is a lexicon verb of 16x."""
    is_actor, is_person = reader_is_actor(reader), reader_is_person(reader)
    # ("stepped up pressure on its allies to join a boycott of Iran": the infinitive may hang
    # on the verb's object.)
    governed = governed_infinitives(token) + [c for o in token.children if o.dep_ == "dobj"
                                              for c in o.children if c.dep_ == "acl" and is_to_infinitive(c)]
    # The entry that would code the infinitive decides, not any entry of its word ("to call off
    # planned protests" is 082, though "call off a visit" is 161).
    for verb in governed:
        if stopped_supply(verb):
            continue  # ("urged Moscow to stop arms deliveries to Syria": an appeal to the supplier)
        entry = next((e for e in lexicon.candidates(verb) if frame_fits(e, verb, is_actor, is_person)), None)
        if entry is not None and entry.cameo.startswith("16"):
            return True
    return False


def _asks_for_punishing_noun(token: Token, reader: ArgumentReader, lexicon: Lexicon) -> bool:
    """Whether what the act asks for is named by a noun of 16x: "called for the suspension of
    cooperation with the United States", "demanded a cut in aid to the junta" (the nominal of
    "urged ... to suspend cooperation with", which `_asks_to_punish` reads)."""
    is_actor, is_person = reader_is_actor(reader), reader_is_person(reader)
    asked = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    asked += [c for c in token.children if c.dep_ == "dobj" and token.lemma_.lower() in NOUN_ASKING_VERBS]
    for noun in asked:
        if noun.pos_ != "NOUN":
            continue
        entry = next((e for e in lexicon.candidates(noun) if frame_fits(e, noun, is_actor, is_person)), None)
        if entry is not None and entry.cameo.startswith("16"):
            return True
    return False


def recode_by_governed_act(token: Token, entry: LexiconEntry, code: CameoCode, plover: str, reader: ArgumentReader,
                           lexicon: Lexicon, ontology: Ontology, notes: list[str]) -> CameoCode:
    """The sub-code of an appeal, demand, refusal, promise, threat or protest from the act it
    governs (accord.events.governed) or from the words of what it asks for (accord.events.aims),
    when the sub-code keeps the PLOVER type."""
    # (An obligation reads what its speaker asks for: "demanded that Maduro step down".)
    asker = obligation_speaker(token) if entry is OBLIGATION_ENTRY else None
    # The act governed says what is asked, refused, promised or threatened; for a threat it
    # goes before the aim words ("threatened to stage a general strike" is no threat of force).
    loose = all(values in PLACEHOLDERS for _, values in entry.frame)
    governed = governed_code(code.code, asker if asker is not None else token, lexicon,
                             reader_is_actor(reader), reader_is_person(reader), loose)
    specific = governed if governed is not None and code.root == "13" else \
        refine_aim(code.code, asker if asker is not None else token)
    if specific is not None and specific != code.code and ontology.cameo(specific).plover == plover:
        code = ontology.cameo(specific)
        how = "accord.events.governed" if specific == governed else "accord.events.aims"
        notes.append(_recode_note(code, f"what is asked, refused, promised, threatened or protested ({how})"))
    elif governed is not None and ontology.cameo(governed).plover == plover:
        code = ontology.cameo(governed)
        notes.append(_recode_note(code, "what is asked, refused, promised or threatened (accord.events.governed)"))
    return code
