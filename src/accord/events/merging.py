"""One event per act: which of the events coded in a sentence stay, and what a kept event
takes over from those it stands for ("agreed to sign", "urged Iran to release", "was shot and
wounded", "gave Belgrade an ultimatum")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accord.actors.tables import word_sets
from accord.events.argument_words import DOMESTIC_FALLBACK, by_unknown_attacker
from accord.events.entries import ABDUCTION_CODE, DISAPPROVAL_ROOT, FIGHT_ROOT
from accord.events.ontology import Ontology
from accord.events.slots import object_of
# THREAT_CODE, SETTING_PREPS, clause_subject and passive_without_agent are also imported from here
# by other stages.
from accord.events.sweep_checks import (
    EXPULSION_CODES, FORCES, INFERRED_ACTORS, INTENT_NOUNS, MASS_KILLING, ORDER_VERBS, RALLY_SUPPORT,
    RAVAGING_CODES, REJECTING_VERBS, SETTING_PREPS, SUPPORT_APPEAL, THREAT_CODE, TOPIC_VERBS, absorb,
    asked_conjunct, asked_of_recipient, attributive_visiting, clause_subject, content_of_document, criticism_of_inquiry, dyad,
    is_general, misread_main_verb, named_beats_guess, promised_party, noun_infinitive_conjunct, others_meeting,
    participle_clause, passive_without_agent, purpose_of_event_noun, received, rejected_infinitive, same_state,
    contrastive_clause, says_more, setting_clause, shared_subject, support_for_oneself, switch_of_ties,
)
from accord.events.syntax import misread_participle_root
from accord.nlp.parse_repairs.clauses import REPORTING_VERBS
from accord.nlp.parse_repairs.predicates import LABELLING_VERBS

if TYPE_CHECKING:
    from accord.events.record import Event

# The word sets are data: each one's words and why are in accord/data/words/events_merging.tsv.
WORD_SETS = word_sets("events_merging")
CARRIED_PARTIES = WORD_SETS["CARRIED_PARTIES"]

INTENT_TO_MEET = "036"
VISIT_CODES = ("042", "043")  # make a visit, host a visit
THIRD_PLACE_MEETING = "044"  # leaders meeting in a third country act together, with no recipient
COERCE_ROOT = "17"  # coercion: seizures, arrests, curbs told of one thing by conjoined verbs
REPRESSION = "175"  # use tactics of violent repression
BEATING = "182"  # physically assault (beatings)
ASSASSINATION = "186"
ATTEMPTED_ASSASSINATION = "185"
THREAT_ROOT = "13"
FIGHT_ROOTS = ("18", "19", "20")  # assault, fight, mass violence
TOLL_VERBS = WORD_SETS["TOLL_VERBS"]
FIGHT_NOUNS = WORD_SETS["FIGHT_NOUNS"]
VOWING_VERBS = WORD_SETS["VOWING_VERBS"]
GLOSSING_VERBS = WORD_SETS["GLOSSING_VERBS"]
ASIDE_VERBS = WORD_SETS["ASIDE_VERBS"]
DESCRIBING_VERBS = WORD_SETS["DESCRIBING_VERBS"]
LABEL_ASIDE_VERBS = LABELLING_VERBS | DESCRIBING_VERBS


def sweep_duplicates(events: list[Event], ontology: Ontology) -> tuple[list[Event], dict[int, str]]:
    """One event per governing chain, and why each dropped event went (its trigger's token
    index -> the reason of the first pass that dropped it). "agreed to sign a treaty": the same
    type twice, keep the governed, more specific one. "urged Iran to release the journalists",
    "threatened to walk out": the governed act is what was asked, threatened or refused, not an
    event of its own, so keep the governing one."""
    sweep = _DuplicateSweep(events, ontology)
    reasons: dict[int, str] = {}
    for step, reason in sweep.steps():
        step()
        for event in events:
            if id(event) in sweep.drop:
                reasons.setdefault(event.trigger.i, reason)
    return [e for e in events if id(e) not in sweep.drop], reasons


def _readied_by(token: Token, order: Token) -> bool:
    """Whether the act is what the order readies forces for: reached from the order verb through
    infinitives and "ready"-like complements only ("to be ready to open fire"), not a phrase of
    time or cause ("on alert after the shelling")."""
    steps = 0
    while token.i != order.i and steps < 6:
        if token.dep_ not in ("xcomp", "acomp") or token.head.i == token.i:
            return False
        token, steps = token.head, steps + 1
    return token.i == order.i and steps > 0


def _gloss_of_ties(event: Event, told: Event) -> bool:
    """"Turkey delivered drones to Somalia's army, Somali officials said, expanding a military
    partnership": a participle of ties (05, 06) after the report glosses a cooperative act (03-08)
    the report tells between the same states; it is no second act, nor the speakers' own."""
    parties = {a.actor.code[:3] for a in told.actors + told.recipients if a.actor.code}
    doers = {a.actor.code[:3] for a in event.actors if a.actor.code}
    return event.code.root in ("05", "06") and event.trigger.lemma_.lower() in GLOSSING_VERBS \
        and "03" <= told.code.root <= "08" and bool(doers) and doers <= parties


def _report_of_aside(participle: Token) -> Token | None:
    """The verb of saying a participle is set off after ("..., police said, blaming ..."), or None."""
    report = participle.head
    set_off = participle.dep_ == "advcl" or (participle.dep_ == "xcomp" and participle.i > 0
                                             and participle.doc[participle.i - 1].text == ",")
    if not set_off or participle.tag_ != "VBG" or report.lemma_.lower() not in REPORTING_VERBS:
        return None
    return report


class _DuplicateSweep:
    """The passes of `sweep_duplicates`, in order, over one sentence's events: each marks
    events to drop (by id) and may hand what a dropped event told to the one that stays."""

    def __init__(self, events: list[Event], ontology: Ontology):
        self.events = events
        self.ontology = ontology
        self.triggers = {e.trigger.i: e for e in events}
        self.drop: set[int] = set()
        # Events that switch ties (cut one state, recognise another): never a mere topic.
        self.switched: set[int] = set()

    def steps(self) -> list[tuple]:
        """The passes in order, each with why it drops an event, as `accord explain` says it
        ("coded, then merged: ...")."""
        return [
            (self._alerts_ordered, "what forces ordered onto alert are to be ready for, not an act yet"),
            (self._orders_to_own_forces, "an order to the actor's own forces is the act ordered"),
            (self._settings, "the setting (a clause of time or cause) of the main act"),
            (self._participles, "a participle telling the purpose or manner of the main act"),
            (self._governed_clauses, "one event per governing chain (asked, threatened, refused or agreed to)"),
            (self._restated_by_report_participle, "a participle after the report restating the act reported"),
            (self._visitors_named, "'visiting' names the visitors a verb takes, not a visit"),
            (self._rejected_infinitives, "what a rejected call asked, not an act of its own"),
            (self._topics_of_acts, "the topic of another act (condemned, accused of, refused)"),
            (self._event_noun_subjects, "an event noun and the verb it is the subject of telling one act"),
            (self._coordinated_one_act, "two coordinated verbs telling one act"),
            (self._passives_told_by_when, "an agentless passive told by its 'when' clause"),
            (self._conjoined_on_what_it_took, "a conjoined act on what the first act took"),
            (self._ravaging_in_expulsion, "property destroyed in the course of an expulsion"),
            (self._protests_turned_violent, "a clash in the course of a protest"),
            (self._harm_in_repression, "a participle or a conjoined beating telling what a violent repression did"),
            (self._topics_weighed, "a proposal only weighed or studied"),
            (self._meetings_on_a_visit, "a meeting planned on a visit the sentence tells"),
            (self._told_twice_without_target, "the same act by the same actor told twice"),
            (self._tolls_of_the_fight, "the dead of a fight the sentence tells"),
        ]

    def _alerts_ordered(self) -> None:
        events, drop = self.events, self.drop
        for event in events:
            # "ordered its artillery units to be ready to open fire": forces put on alert (152);
            # the fire they are to be ready to open is what the alert is for, not a threat of its own.
            if not event.code.code.startswith("152") or event.trigger.lemma_.lower() not in ORDER_VERBS:
                continue
            for other in events:
                if other is not event and _readied_by(other.trigger, event.trigger):
                    drop.add(id(other))

    def _orders_to_own_forces(self) -> None:
        events, drop = self.events, self.drop
        for event in events:
            if id(event) in drop or event.code.code.startswith("152"):
                continue
            # "Japan ordered its forces to be ready to shoot down debris": an order to one's own
            # forces is the act ordered, done by whoever ordered it.
            obj = object_of(event.trigger) if event.trigger.lemma_.lower() in ORDER_VERBS else None
            if obj is None:
                continue
            ordered = [other for other in events if other is not event
                       and other.trigger.i in {t.i for t in event.trigger.subtree} and other.trigger.i != obj.i]
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
            # ("Israel's defence minister ordered the army to ease restrictions": "the army" the
            # act's doer is read as is the orderer's own, when both are one state.)
            # (Not "ordered the U.S. military to leave": a named state's forces are that state's.)
            own = own or (obj.lower_ in FORCES and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
                          and all(c.dep_ in ("det", "prep") for c in obj.children)
                          and any(same_state(event, other) for other in ordered))
            if own and ordered:
                drop.add(id(event))

    def _settings(self) -> None:
        events, drop, switched = self.events, self.drop, self.switched
        # "imposed a curfew as student protests spiralled into clashes": what a clause of time or
        # cause ("as", "after", "when") tells is the setting of the main act, not a second event.
        for event in events:
            setting = setting_clause(event.trigger)
            if setting is not None and switch_of_ties(event, setting, events):
                # "established relations with China after cutting its ties with Taiwan": a state that
                # switches its recognition does both acts; the cut is no mere setting.
                switched.add(id(event))
                continue
            if setting is not None and any(other is not event and id(other) not in drop
                                           and other.trigger.i not in {t.i for t in setting.subtree}
                                           for other in events):
                drop.add(id(event))

    def _participles(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "held a rally in Bangkok, calling for reforms", "made a trip to Brazil, hoping to mend
        # relations": a participle after the main act tells its purpose or manner (CAMEO codes the
        # main act), unless it is someone else's answer ("drawing condemnation from Belgrade").
        for event in events:
            if misread_participle_root(event.trigger) and any(
                    other is not event and other.trigger.head.i == event.trigger.i and other.trigger.dep_ == "dep"
                    for other in events):
                # "French and German leaders, meeting in Berlin, agreed to set up a fund" read with the
                # participle as main verb: it tells the occasion of the act, as it would between commas.
                drop.add(id(event))
                continue
            clause = participle_clause(event.trigger)
            misread = misread_main_verb(event.trigger)
            if clause is None and misread is not None and misread.i in triggers \
                    and id(triggers[misread.i]) not in drop \
                    and triggers[misread.i] is not event and not received(event):
                # "Albania's opposition boycotted parliament, demanding ...", read as one noun phrase:
                # the participle still tells the purpose of the verb taken for a modifier.
                drop.add(id(event))
                continue
            if clause is None and purpose_of_event_noun(event.trigger, triggers):
                # "began a hunger strike to demand the resignation of the president": an infinitive
                # hung on the verb of an event noun tells the purpose of that act, not a second one.
                drop.add(id(event))
                continue
            if clause is None or received(event):
                continue
            main = clause.head
            mains = {main.i} | ({main.head.i} if main.dep_ == "conj" else set())  # ("called up ... and sent")
            # ("carried out a campaign of ethnic cleansing, expelling ...": the event noun of the object.)
            mains |= {t.i for c in main.children if c.dep_ == "dobj" for t in c.subtree}
            kept = [other for other in events
                    if other is not event and id(other) not in drop and other.trigger.i in mains]
            if kept and event.code.code == MASS_KILLING and all(other.code.root in ("17", "19") for other in kept):
                # "troops fired on protesters, killing hundreds": a mass killing the main act led to
                # is the event (CAMEO 202), not the shooting or repression that caused it.
                drop.update(id(other) for other in kept)
                event.notes.append("the mass killing a " + kept[0].code.code + " act led to: coded 202")
                if kept[0].recipients and all(r.via.startswith("domestic") for r in event.recipients):
                    # ("warplanes struck a funeral hall in Sanaa, killing 140 people": the people
                    # killed are whom the strike hit.)
                    event.recipients = list(kept[0].recipients)
            elif kept and event.code.code.startswith(EXPULSION_CODES) and all(
                    other.code.code.startswith(RAVAGING_CODES) for other in kept):
                # "torched Serb villages, driving out the remaining population": the expulsion the
                # burning served is the event (CAMEO 20x), not the property destroyed on the way.
                drop.update(id(other) for other in kept)
                event.notes.append("the expulsion a " + kept[0].code.code + " act served: coded " + event.code.code)
            elif kept:
                drop.add(id(event))
                if clause.tag_ == "VB" and event.trigger.i == clause.i and len(kept) == 1 and kept[0].recipients \
                        and (kept[0].code.root == "02" or kept[0].code.code == "113"):
                    # "called on its EU partners on Thursday to impose sanctions on Belarus": an
                    # infinitive cut off from an appeal by an inserted phrase is still what is
                    # asked, and tells the appeal what the governed act would (sweep_checks.absorb).
                    absorb(kept[0], event, self.ontology)
                elif clause.tag_ == "VB" and len(kept) == 1 and not kept[0].recipients and event.recipients \
                        and kept[0].code.code != THIRD_PLACE_MEETING \
                        and not any(r.via.startswith("domestic") for r in event.recipients) \
                        and not {r.actor.code for r in event.recipients} & {a.actor.code for a in kept[0].actors}:
                    # "pledged $1 billion to help rebuild Lebanon": the purpose names whom the act is for.
                    kept[0].recipients = list(event.recipients)
                elif len(kept) == 1 and named_beats_guess(kept[0], event):
                    kept[0].recipients = list(event.recipients)

    def _governed_clauses(self) -> None:
        events, triggers, drop, ontology = self.events, self.triggers, self.drop, self.ontology
        for event in events:
            node = event.trigger
            # "urged Venezuela to show flexibility and make concessions": a verb conjoined inside
            # the governed clause (with no subject of its own) is part of what is asked too.
            first = node
            while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
                first = first.head
            if first is not node and first.dep_ in ("xcomp", "ccomp") and not self._speaker_acts_again(event, first):
                node = first
            conditional = False
            while node.dep_ in ("xcomp", "ccomp", "advcl") and node.head.i != node.i \
                    and not contrastive_clause(node):
                # ("criticised the budget, while the Liberal Democrats said it was misguided": a second
                # party's act told in contrast is governed by nothing.)
                clause = node.dep_
                # "threatened to expel the inspectors if the United States imposed sanctions": the
                # condition is not an event of its own (it names the threat's target instead).
                conditional = conditional or (clause == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children))
                node = node.head
                outer = triggers.get(node.i)
                if outer is None and clause == "advcl":
                    # "staged military drills around Taiwan, deploying warships": the event noun a
                    # light verb carries stands for its clause.
                    outer = next((triggers[c.i] for c in node.children if c.dep_ == "dobj" and c.i in triggers), None)
                if outer is not None and id(outer) in drop and first is not event.trigger and node.i == first.head.i:
                    # "agreed to restore relations and reopen the border": the governing verb gave way
                    # to the first act it governs; a verb conjoined with that act is the same
                    # agreement (or demand, or refusal) told on, not a second event.
                    kept = triggers.get(first.i)
                    if kept is not None and kept is not event and id(kept) not in drop \
                            and kept.plover == event.plover and same_state(kept, event):
                        drop.add(id(event))
                        break
                if outer is None or id(outer) in drop:
                    continue
                if conditional:
                    drop.add(id(event))
                    break
                if clause == "xcomp" and node.lemma_.lower() in REJECTING_VERBS:
                    # "rebuffed U.S. calls to free dissidents and to open a dialogue": a verb of rejecting
                    # takes no infinitive; one the parser hangs on it is what the rejected call asked.
                    drop.add(id(event))
                    absorb(outer, event, ontology)
                    break
                if outer.plover == event.plover and outer.code.code == RALLY_SUPPORT and clause == "xcomp":
                    # "lobbied Muslim governments to support the Turkish Cypriots": the support asked
                    # of others is what the rallying is for, not an act of its own; whom it supports
                    # is whom the rallying is on behalf of (CAMEO 053), not those lobbied.
                    drop.add(id(event))
                    if support_for_oneself(outer, event):
                        # "urged France and Britain to recognise a Palestinian state", "urged Germany to
                        # back its plan": support asked for the asker itself is an appeal for policy
                        # support (CAMEO 022) to those asked, not rallying on a third party's behalf.
                        outer.code = ontology.cameo(SUPPORT_APPEAL)
                        outer.plover = outer.code.plover
                        outer.notes.append(f"the support asked is for the asker itself: coded {SUPPORT_APPEAL}")
                    elif event.recipients:
                        outer.recipients = list(event.recipients)
                elif outer.plover == event.plover and clause == "xcomp" and asked_of_recipient(outer, event):
                    # "urged the United Nations to press Israel to withdraw": what the UN is urged
                    # to do is part of the appeal, not the UN's act; the appeal keeps its dyad and
                    # takes the more specific code.
                    drop.add(id(event))
                    if outer.code.code == outer.code.root + "0" and event.code.root == outer.code.root \
                            and event.code.code != outer.code.code:
                        outer.code = event.code
                        outer.notes.append(f"what it asks for is specific: coded {event.code.code}")
                elif outer.plover == event.plover and clause != "advcl" and others_meeting(outer, event):
                    # "offered to mediate and host talks between Russia and Ukraine": talks of two
                    # others are what the offer is about, not the offerer's own act; the offer keeps
                    # its actor, and those who would talk receive it.
                    drop.add(id(event))
                    if not outer.recipients:
                        outer.recipients = list(event.actors)
                elif outer.plover == event.plover:
                    # "agreed to sign": the governed act is the more specific; "opened fire,
                    # killing one": a participial or purpose clause repeats the act.
                    drop.add(id(event) if clause == "advcl" else id(outer))
                    if clause != "advcl" and says_more(outer.code.code, event.code.code):
                        # "agreed to allow a multinational force into East Timor": the agreement's
                        # entry named what is allowed (0355) where the governed verb's did not (035).
                        event.code = outer.code
                        event.notes.append(f"'{outer.trigger.text}' names the kind: coded {outer.code.code}")
                    if clause == "advcl" and named_beats_guess(outer, event):
                        outer.recipients = list(event.recipients)
                    told = promised_party(outer, event) if clause != "advcl" else []
                    if told:
                        event.recipients = told
                        event.notes.append(f"for whom '{outer.trigger.text}' was told to: "
                                           + ", ".join(r.actor.code for r in told))
                    if clause != "advcl" and event.actors \
                            and all(a.via.startswith(INFERRED_ACTORS) for a in event.actors):
                        # "Beijing warned the legislators that the legislature would be dissolved": the
                        # authorities guessed for a passive with no agent are whoever announces it.
                        event.actors = list(outer.actors)
                    if clause == "advcl" and outer.recipients and event.recipients \
                            and all(r.actor.sector == "JUD" for r in outer.recipients):
                        # "filed a case at the International Court of Justice accusing Israel": the
                        # court is where the case goes; the participle names whom it is against.
                        outer.recipients = list(event.recipients)
                elif clause != "advcl":
                    drop.add(id(event))
                    absorb(outer, event, ontology)

    def _visitors_named(self) -> None:
        for event in self.events:
            if attributive_visiting(event.trigger):
                self.drop.add(id(event))

    def _restated_by_report_participle(self) -> None:
        events, drop = self.events, self.drop
        # "The United States refused to lift sanctions, a spokesman said, rejecting Tehran's
        # demand": a participle hung on the verb of saying, not on the act, restates the act the
        # report tells when it is of the same kind and by the same state; it keeps the act's dyad.
        for event in events:
            trigger = event.trigger
            report = trigger.head
            # (The parser may hang it as an xcomp; the comma before it still sets it off.)
            set_off = trigger.dep_ == "advcl" or (trigger.dep_ == "xcomp" and trigger.i > 0
                                                  and trigger.doc[trigger.i - 1].text == ",")
            if id(event) in drop or not set_off or trigger.tag_ != "VBG" \
                    or report.lemma_.lower() not in REPORTING_VERBS or report.i in self.triggers:
                continue
            reported = {t.i for c in report.children if c.dep_ == "ccomp" for t in c.subtree}
            told = [other for other in events if other is not event and id(other) not in drop
                    and (other.code.root == event.code.root and same_state(other, event) or _gloss_of_ties(event, other))
                    and other.trigger.i in reported]
            if not told and event.code.root == THREAT_ROOT and trigger.lemma_.lower() in VOWING_VERBS \
                    and not event.recipients:
                # "..., a Taliban spokesman said, vowing retaliation": a vow tacked on to the report
                # of another act is the speaker's aside, which the wire coders leave uncoded.
                told = [other for other in events if other is not event and id(other) not in drop
                        and other.trigger.i in reported]
            if not told and trigger.lemma_.lower() in ASIDE_VERBS:
                # "..., police said, blaming the rebels", "..., the minister said, thanking
                # Washington": the speaker's comment on the act the report tells, which the wire
                # coders leave uncoded; so is what a naming aside names ("calling the raid an
                # attempt to kill him").
                told = [other for other in events if other is not event and id(other) not in drop
                        and other.trigger.i in reported]
                if told:
                    drop.add(id(event))
                continue
            if told:
                drop.add(id(event))
                if not told[0].recipients and event.recipients:
                    told[0].recipients = list(event.recipients)
        for event in events:
            # What a naming aside names is no act either: "..., the government said, calling the
            # raid an attempt to kill the leader" (whether or not the aside itself is coded).
            aside = next((a for a in event.trigger.ancestors if a.lemma_.lower() in LABEL_ASIDE_VERBS), None)
            if aside is None or id(event) in drop or _report_of_aside(aside) is None:
                continue
            if not any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in aside.children):
                continue  # ("..., calling on Hamas to free the hostages": an appeal, not a name)
            report = _report_of_aside(aside)
            reported = {t.i for c in report.children if c.dep_ == "ccomp" for t in c.subtree}
            if any(other is not event and id(other) not in drop and other.trigger.i in reported for other in events):
                drop.add(id(event))

    def _speaker_acts_again(self, event: Event, clause: Token) -> bool:
        """"Moon said China was responsible ... and called for Beijing's cooperation": a verb
        conjoined inside a reported clause that the party rules gave to the speaker (its doer is
        the reporting event's) is the speaker's second act, not part of what was said."""
        outer = self.triggers.get(clause.head.i) if clause.dep_ == "ccomp" else None
        if outer is None or outer is event:
            return False
        # (The same words, not just the same state: "complained that Sanders had ignored her
        # call and instead attacked his rival" is still what she complained of.)
        doers = {(a.start, a.end) for a in event.actors}
        return bool(doers) and doers == {(a.start, a.end) for a in outer.actors}

    def _rejected_infinitives(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "rebuffed British calls to free detained activists and to start a dialogue": the parser
        # may coordinate the second infinitive with the verb of rejecting, or with its object; it is
        # still what the rejected call asked.
        for event in events:
            rejecting = rejected_infinitive(event.trigger)
            if rejecting is not None and rejecting.i in triggers and triggers[rejecting.i] is not event \
                    and id(triggers[rejecting.i]) not in drop:
                drop.add(id(event))

    def _topics_of_acts(self) -> None:
        events, triggers, drop, switched = self.events, self.triggers, self.drop, self.switched
        # "condemned Houthi attacks on shipping", "accused Ukraine of attacking the plant", "refused
        # Ukraine's request for missiles": an event named inside what another event is about is
        # its topic, not a second event. Coordinated acts ("torched buildings and clashed with
        # police") stay separate events, unless both are inside what is asked ("rejected Russia's
        # demand that it halt its expansion and pull forces back").
        for event in events:
            if id(event) in drop or id(event) in switched:
                continue
            node = event.trigger
            described = False  # the path passes through a clause that describes a noun
            means = False  # ... or through "by" + gerund: how the act was done ("violated the truce by shelling")
            intent = None  # ... or through an intention noun's infinitive ("signalled its readiness to resume talks")
            # ("rejected Thai calls to free Suu Kyi and to open a dialogue": the second infinitive of
            # a noun is inside what the noun asks, as the first is.)
            while node.head.i != node.i and (node.dep_ not in ("conj", "nsubj", "nsubjpass", "csubj")
                                             or noun_infinitive_conjunct(node) or asked_conjunct(node)) \
                    and not (node.dep_ == "advcl" and node.tag_ == "VBG" and received(event)) \
                    and not contrastive_clause(node):
                # ("accused Uganda of arming the rebels, whereas Tanzania urged both sides to talk":
                # a second party's act told in contrast is no topic of the first.)
                # ("raided the offices, drawing condemnation from Belgrade": the reaction it drew is
                # an act of its own, by someone else.)
                described = described or node.dep_ in ("acl", "relcl")
                if node.dep_ == "acl" and node.head.lemma_.lower() in INTENT_NOUNS and node.head.dep_ == "dobj" \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                    intent = node.head
                means = means or (node.dep_ == "pcomp" and node.head.lower_ == "by")
                node = node.head
                outer = triggers.get(node.i)
                if outer is not None and id(outer) in drop:
                    # ("held talks with the Houthi leader on a prisoner exchange": the light verb gave
                    # way to its noun; what the talks are on is the noun's topic.)
                    outer = next((triggers[c.i] for c in node.children if c.dep_ == "dobj" and c.i in triggers
                                  and id(triggers[c.i]) not in drop and triggers[c.i].plover == outer.plover), outer)
                if outer is not None and id(outer) not in drop and outer is not event \
                        and content_of_document(event, outer):
                    # "adopted a resolution rejecting Kosovo's declaration of independence": what the
                    # resolution or statement says is the act; adopting or issuing it only carries it.
                    drop.add(id(outer))
                    break
                if outer is not None and id(outer) not in drop and outer is not event:
                    # The same kind of act by the same actor said twice ("reiterated its demand for
                    # compensation"): the inner, more specific one stays; "Egypt hosted talks between
                    # Israel and Jordan" is Egypt's act; "hanged a protester convicted of attacking
                    # the police": what describes the victim is not the act.
                    outer_codes = {a.actor.code for a in outer.actors}
                    # (An attacker inferred for an unnamed act is nobody's act: "vowed to retaliate for
                    # the strike on its consulate".)
                    inner_codes = {a.actor.code for a in event.actors if not by_unknown_attacker(a)}
                    same_act = outer.plover == event.plover and outer_codes <= inner_codes and not described \
                        and not means and not criticism_of_inquiry(outer, event)
                    # "was gravely wounded in an assassination attempt": the attack named in a passive
                    # verb's "in" phrase is the act, told more exactly than by the verb.
                    same_act = same_act or (outer.plover == event.plover and event.trigger.dep_ == "pobj"
                                            and event.trigger.head.lower_ == "in"
                                            and event.trigger.head.head.i == outer.trigger.i
                                            and passive_without_agent(outer.trigger))
                    if same_act and outer.code.code == ASSASSINATION and event.code.root == outer.code.root \
                            and event.code.code != ATTEMPTED_ASSASSINATION:
                        # "the president was killed by a suicide bomber": the killing of a leader is
                        # the assassination (186), whatever the means its agent names (1831).
                        same_act = False
                    # ("took 240 hostages in their assault on southern Israel": the abduction the verb
                    # tells is the act; the fighting it was part of only frames it.)
                    same_act = same_act and not (outer.code.code.startswith(ABDUCTION_CODE)
                                                 and event.code.root == FIGHT_ROOT)
                    before = event.trigger.doc[event.trigger.i - 1] if event.trigger.i > 0 else None
                    if event.trigger.dep_ == "amod" and event.trigger.tag_ in ("VBD", "VBN") \
                            and node.i == event.trigger.head.i and outer.plover == event.plover \
                            and before is not None and before.dep_ not in ("det", "poss", "amod", "advmod") \
                            and any(not by_unknown_attacker(a) for a in event.actors):
                        # ("Jordan, which borders Syria, hosted talks between ...": the small model reads
                        # the finite verb as a modifier of its object; the verb governs the noun.)
                        noun_codes = {a.actor.code for a in outer.actors
                                      if not by_unknown_attacker(a)}
                        drop.add(id(event) if {a.actor.code for a in event.actors} <= noun_codes else id(outer))
                        break
                    if intent is not None and intent.head.i == outer.trigger.i and outer.code.root == "03" \
                            and event.code.root == "03" and event.code.code != outer.code.code \
                            and len(event.code.code) >= len(outer.code.code):
                        # "signalled its readiness to resume talks", "expressed willingness to free the
                        # sailors": the verb only says that an intention was shown; the intention
                        # noun's infinitive says which (036, 0353), so its code is the event's.
                        outer.notes.append(f"the intention shown is to {event.trigger.text}: coded {event.code.code}")
                        outer.code, outer.plover = event.code, event.plover
                        # (Whom the intended act names is whom the intention concerns: "voiced
                        # readiness to host talks between Russia and Ukraine".)
                        if event.recipients and not {r.actor.code for r in event.recipients} & outer_codes:
                            outer.recipients = list(event.recipients)
                    drop.add(id(outer) if same_act else id(event))
                    if not same_act and outer.code.root == DISAPPROVAL_ROOT and outer.recipients \
                            and all(r.via == DOMESTIC_FALLBACK for r in outer.recipients) and event.recipients and not any(r.via == DOMESTIC_FALLBACK for r in event.recipients) \
                            and not {r.actor.code for r in event.recipients} & outer_codes:
                        # "criticised the measures, saying: 'I am opposed to any detention ... even in
                        # Britain'": the topic names whom a verdict is aimed at; the actor's own country
                        # was only taken for want of another party. (Not an inquiry into one's own
                        # deed: "opened an investigation into the killing of a Pakistani journalist".)
                        outer.recipients = list(event.recipients)
                    if means and not outer.recipients:
                        outer.recipients = event.recipients  # "broke the truce by shelling Armenian villages"
                    if same_act and not event.recipients:
                        # "gave Belgrade an ultimatum": the noun's event keeps whom the verb named.
                        event.recipients = outer.recipients
                    break

    def _event_noun_subjects(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "Israeli air strikes killed 30 people": the verb whose subject is itself an event
        # noun repeats that event; the noun is the more specific one, and takes the verb's target.
        for event in events:
            subject = clause_subject(event.trigger, ("nsubj", "nsubjpass"))
            noun_event = triggers.get(subject.i) if subject is not None else None
            if subject is None:
                # "A roadside bomb killed two soldiers and wounded several others": a verb conjoined
                # to one whose subject is the event noun tells the same act, as the first verb does.
                subject = shared_subject(event.trigger)
                noun_event = triggers.get(subject.i) if subject is not None else None
                if noun_event is not None and noun_event.plover != event.plover:
                    noun_event = None
            if noun_event is not None and noun_event is not event and id(noun_event) not in drop \
                    and id(event) not in drop and noun_event.plover != event.plover and subject.dep_ == "nsubjpass":
                # "Argentina's call for talks was rejected by Britain": the act answered is what the
                # answer is about, as in "Britain rejected Argentina's call for talks".
                drop.add(id(noun_event))
                continue
            if noun_event is not None and noun_event is not event and id(noun_event) not in drop \
                    and noun_event.plover == event.plover:
                # The verb's named victims beat a target read off a place ("a roadside bombing near
                # Samarra killed a U.S. soldier").
                if not noun_event.recipients or (event.recipients and all(
                        r.via.startswith(("place ", "domestic")) for r in noun_event.recipients)):
                    noun_event.recipients = event.recipients
                drop.add(id(event))

    def _coordinated_one_act(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "was shot and wounded", "attacked and killed": two coordinated verbs telling one act of
        # the same kind to the same party; the general code (190) gives way to the specific (186).
        for event in events:
            head = triggers.get(event.trigger.head.i) if event.trigger.dep_ == "conj" else None
            if head is None or id(head) in drop or id(event) in drop or head.plover != event.plover:
                continue
            if dyad(head) != dyad(event):
                continue
            if "summon" in (head.trigger.lemma_.lower(), event.trigger.lemma_.lower()):
                # "condemned Sweden ... and summoned its charge d'affaires": a summons is an act
                # of its own (110) beside the words of disapproval (111).
                continue
            if head.code.code != event.code.code and (head.code.code.startswith(event.code.code)
                                                      or event.code.code.startswith(head.code.code)):
                # "dissolved the opposition party and banned its leaders from politics": the same act
                # told by its kind (172) and its sub-kind (1722) is one event, the specific one.
                drop.add(id(event) if len(event.code.code) < len(head.code.code) else id(head))
                continue
            if head.code.code == event.code.code:
                # "expelled an Iraqi diplomat and closed the Iraqi embassy's cultural office": the
                # same code on the same parties twice is one event of the wire's list.
                drop.add(id(event))
                continue
            if is_general(head.code.code) == is_general(event.code.code):
                continue
            drop.add(id(event) if is_general(event.code.code) else id(head))

    def _passives_told_by_when(self) -> None:
        events, drop = self.events, self.drop
        # "Two soldiers were killed when a roadside bomb struck their patrol": a passive with no agent
        # whose "when" clause tells an act of the same type by someone is told by that act.
        for event in events:
            if id(event) in drop or not passive_without_agent(event.trigger):
                continue
            clauses = [c for c in event.trigger.children if c.dep_ == "advcl"
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)]
            told = [other for other in events if other is not event and id(other) not in drop
                    and other.plover == event.plover
                    and any(other.trigger.i in {t.i for t in c.subtree} for c in clauses)]
            if told:
                drop.add(id(event))

    def _conjoined_on_what_it_took(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "hijacked a Maltese-flagged carrier and took its crew hostage": a conjoined act of the same
        # code by the same actor on what belongs to the first act's object ("its crew") is that act.
        # ("seized five fishing trawlers and detained their crews", "raided the radio station and took
        # it off the air": a coerced thing and what is its own, or the thing again, under another code
        # of the same root, is one act of the wire's list too.)
        for event in events:
            head = triggers.get(event.trigger.head.i) if event.trigger.dep_ == "conj" else None
            if head is None or id(head) in drop or id(event) in drop or dyad(head)[0] != dyad(event)[0]:
                continue
            same_code = head.code.code == event.code.code
            if not (same_code and dyad(head) != dyad(event)
                    or not same_code and head.code.code[:2] == event.code.code[:2] == COERCE_ROOT):
                continue
            obj = object_of(event.trigger)
            owned = obj is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
            # (Under another code only what a seized thing carries: "banned the party and arrested
            # its leaders" is two acts, a ban and arrests.)
            if obj is not None and (owned and (same_code or obj.lemma_.lower() in CARRIED_PARTIES)
                                    or not same_code and obj.lower_ == "it"):
                drop.add(id(event))

    def _ravaging_in_expulsion(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "drove thousands of villagers out of their homes and torched their villages": property
        # destroyed by the same actor in a conjoined verb is part of the expulsion (CAMEO 20x).
        for event in events:
            head = triggers.get(event.trigger.head.i) if event.trigger.dep_ == "conj" else None
            if head is None or id(head) in drop or id(event) in drop or dyad(head)[0] != dyad(event)[0]:
                continue
            if head.code.code.startswith(EXPULSION_CODES) and event.code.code.startswith(RAVAGING_CODES):
                drop.add(id(event))

    def _protests_turned_violent(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "stormed supermarkets and clashed with police in protest at ...": a clash conjoined to a
        # protest by the same crowd is the protest turning violent (CAMEO 145), not a second act.
        for event in events:
            if id(event) in drop or event.trigger.dep_ != "conj":
                continue
            head = triggers.get(event.trigger.head.i)
            if head is None or id(head) in drop or dyad(head)[0] != dyad(event)[0]:
                continue
            pair = {head.code.root: head, event.code.root: event}
            clash, protest = pair.get("19"), pair.get("14")
            if clash is not None and protest is not None and clash.code.code == "190":
                drop.add(id(clash))
            # ("stormed the Swedish embassy and set it on fire": arson or wrecking by the crowd that
            # stormed it is the same riot.)
            wrecking = next((e for e in (head, event) if e.code.code in ("180", "1712")), None)
            if wrecking is not None and protest is not None and protest.code.code.startswith("145"):
                drop.add(id(wrecking))

    def _harm_in_repression(self) -> None:
        events, drop = self.events, self.drop
        # "fired tear gas at marchers, killing three", "cracked down on protesters, killing 20 and
        # detaining 1,000": what a participle in the clause of a violent repression (175) says the
        # same forces did is the repression's toll, not a second act.
        for event in events:
            if id(event) in drop or event.code.code != REPRESSION:
                continue
            inside = {t.i for t in event.trigger.subtree}
            for other in events:
                if other is event or id(other) in drop or other.trigger.i not in inside \
                        or other.code.root not in ("17", "18", "19") or other.code.code == REPRESSION:
                    continue
                verb = other.trigger
                while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.i in inside:
                    verb = verb.head  # ("killing 20 and detaining 1,000")
                if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "conj", "xcomp") \
                        and dyad(other)[0] == dyad(event)[0]:
                    drop.add(id(other))
                elif other.code.code.startswith(BEATING) and other.trigger.dep_ == "conj" \
                        and other.trigger.head.i == event.trigger.i \
                        and dyad(other)[0] == dyad(event)[0]:
                    # "riot police fired tear gas and beat opposition supporters with batons": a
                    # beating told beside the repression of the same crowd is part of it.
                    drop.add(id(other))

    def _topics_weighed(self) -> None:
        events, triggers, drop = self.events, self.triggers, self.drop
        # "Egypt's foreign ministry said it was studying a Sudanese proposal to share data", "where the
        # two discussed reconciliation between rival factions": what is discussed, studied or weighed
        # is a topic, not an act the sentence tells.
        for event in events:
            if id(event) in drop:
                continue
            node = event.trigger
            while node.head.i != node.i and node.dep_ not in ("conj", "nsubj", "nsubjpass", "csubj", "ccomp"):
                # ("is mulling sending warships", "considered imposing sanctions": the gerund is what
                # is weighed, not an act done.)
                if (node.dep_ == "dobj" or (node.dep_ == "xcomp" and node.tag_ == "VBG")) \
                        and node.head.lemma_.lower() in TOPIC_VERBS and node.head.i not in triggers:
                    drop.add(id(event))
                    break
                node = node.head

    def _meetings_on_a_visit(self) -> None:
        events, drop = self.events, self.drop
        # "arrived in Kyiv on an unannounced visit and was due to meet President Zelenskiy": the
        # meeting a visitor is to hold with its hosts is part of the visit (042) or of the hosting
        # (043), not an intent to meet (036) of its own.
        for event in events:
            if id(event) in drop or event.code.code != INTENT_TO_MEET or not event.recipients:
                continue
            if any(other is not event and id(other) not in drop and other.code.code in VISIT_CODES
                   and dyad(other) == dyad(event) for other in events):
                drop.add(id(event))

    def _told_twice_without_target(self) -> None:
        events, drop = self.events, self.drop
        # "found Guzman guilty of treason and sentenced him to life": the same act by the same actor
        # told twice, once with whom it struck and once without, is one event.
        for event in events:
            if id(event) in drop or event.recipients:
                continue
            if any(other is not event and id(other) not in drop and other.recipients
                   and other.sentence == event.sentence
                   and other.code.code == event.code.code and dyad(other)[0] == dyad(event)[0] for other in events):
                drop.add(id(event))

    def _tolls_of_the_fight(self) -> None:
        events, drop = self.events, self.drop
        # "rebels clashed with troops ..., and 27 people died in the fighting": those who died in
        # "the" fighting died in the fight the sentence has told; they did not fight on their own.
        fights = [e for e in events if id(e) not in drop and e.code.root in FIGHT_ROOTS
                  and e.trigger.lemma_.lower() not in TOLL_VERBS]
        if not fights:
            return
        for event in events:
            if id(event) in drop or event.trigger.lemma_.lower() not in TOLL_VERBS:
                continue
            if any(prep.dep_ == "prep" and prep.lower_ == "in" and pobj.dep_ == "pobj"
                   and pobj.lemma_.lower() in FIGHT_NOUNS and any(d.dep_ == "det" and d.lower_ == "the"
                                                                   for d in pobj.children)
                   for prep in event.trigger.children for pobj in prep.children):
                drop.add(id(event))
