"""Whom a reference points back to, for the argument reader: pronouns ("we" in a quote is
its speaker's state, "it"/"they" the state or body before, "he"/"she" the person before), roles
without a state ("the foreign minister" of the country named with them), and the quote or claim
a word is in.

``ReferenceReading`` is a part of ``ArgumentReader`` (it reads ``self.doc``, ``self.mentions``,
``self.quotes`` and ``self._by_token``, and calls ``self.actors_in``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accord.actors.model import Actor, ActorMention
from accord.actors.roles import roles_fit
from accord.events.argument_words import (
    BODY_ANAPHORS, FIRST_PLURAL, FIRST_SINGULAR, KIN_NOUNS, NAMED_VIA, NEW_REFERENT_DETS, OBLIGATION_MODALS,
    PLACED_SECTORS,
    OWN_STATE_NOUNS, REPORTING_VERBS, SAYING_PARTICIPLES, STATE_OFFICES, THIRD_NEUTER, TRAVEL_VERBS, bare_definite,
    qualifies_person,
)
from accord.events.places import is_country_code
from accord.events.syntax import subject_of
from accord.quotes.model import Quote

if TYPE_CHECKING:  # the argument reader imports this module
    from accord.events.arguments import ArgumentActor


class ReferenceReading:
    # -- references -------------------------------------------------------------------------
    def quote_at(self, token: Token) -> Quote | None:
        inner = [q for q in self.quotes if q.covers(token.idx)]
        return min(inner, key=lambda q: q.content[1] - q.content[0]) if inner else None

    def claim_at(self, token: Token) -> Quote | None:
        """The quote whose speaker claims this: the innermost one with a known speaker
        ("It emphasises that ..." inside Gagloev's quote is Gagloev's claim)."""
        around = sorted((q for q in self.quotes if q.covers(token.idx)), key=lambda q: q.content[1] - q.content[0])
        named = next((q for q in around if q.speaker_name), None)
        return named or (around[0] if around else None)

    def resolve_pronoun(self, token: Token) -> Actor | None:
        word = token.lower_
        quote = self.quote_at(token)
        if word in FIRST_PLURAL | FIRST_SINGULAR:
            if quote is None or quote.speaker_actor is None:
                return None
            speaker = quote.speaker_actor
            if word in FIRST_PLURAL:  # "we", "our" in a head of state's mouth: the country
                return Actor(speaker.code, speaker.sector, None, "country") if speaker.code else None
            return speaker
        if word in THIRD_NEUTER:
            teller = self._teller(token)
            if teller is not None:
                return teller
            bound = self._bound_possessive(token) or self._joint_possessive(token)
            if bound is not None:
                return bound
            carried = self._previous_subject(token) or self._first_object(token)
            if carried is not None:
                return carried
            # it / they: the most recent state, organisation or group with a code, in this
            # sentence or the one before ("Syria says it is willing to withdraw").
            groups = [m for m in self._recent(token) if m.actor.code and m.actor.kind != "person"]
            if word in ("it", "its"):
                groups = [m for m in groups if m.actor.kind in ("country", "organisation")]
                # ("the killing of a Palestinian teenager by its soldiers": a demonym qualifying a
                # person is not what "its" points back to, when a state or body is named before.)
                bodies = [m for m in groups if not qualifies_person(self.doc, m)]
                groups = bodies or groups
                # ("A spokesman for the U.N. mission in Congo said its peacekeepers ...": where a
                # named body serves is not what "its" points back to; the body is.)
                served = [m for m in groups if not self._where_body_serves(m, groups)]
                groups = served or groups
            return groups[-1].actor if groups else None
        # he / she: the most recent person before it (opening a sentence: the person who was the
        # subject of the sentence before, "Vucic met Xi in Belgrade. He thanked China ...").
        carried = self._previous_subject(token) or self._role_teller(token)
        if carried is not None:
            return carried
        persons = [m for m in self.mentions if m.actor.kind == "person" and m.end <= token.i]
        doers = self._own_doers(token)
        # ("Clinton denounced him": an object pronoun is not its own verb's doer; the person
        # before that one is meant.)
        if doers:
            names = {m.actor.name for m in persons if m.start in doers and m.actor.name}
            persons = [m for m in persons if m.start not in doers and not (m.actor.name and m.actor.name in names)]
        return persons[-1].actor if persons else None

    def _where_body_serves(self, mention: ActorMention, groups: list[ActorMention]) -> bool:
        """A country named as where a body of another named party is ("the U.N. mission in
        Congo", "NATO's force in Kosovo"): the place of the body, not a party of its own."""
        word = self.doc[mention.end - 1]
        prep = word.head
        if mention.actor.kind != "country" or word.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "NOUN":
            return False
        body = {t.i for t in prep.head.subtree} - {t.i for t in prep.subtree}
        return any(m is not mention and m.start in body and m.actor.code != mention.actor.code for m in groups)

    def _own_doers(self, token: Token) -> set[int]:
        """The words of the subject of the verb whose object ``token`` ("him", "her") is — the
        subject the verb has or shares ("painting him as …, or denouncing him")."""
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative"):
            return set()
        verb = token.head
        if verb.pos_ != "VERB":
            return set()
        subject, passive = subject_of(verb)
        if subject is None or passive:
            return set()
        return {t.i for t in subject.subtree}

    def _subject_country_before(self, token: Token) -> Actor | None:
        """The country named by the subject of the clause that reports ``token``'s clause (a
        state, or a body or person of one)."""
        verb = token.head
        clauses = []
        if verb.dep_ == "ccomp":
            clauses.append(verb.head)
        for clause in clauses:
            subject, passive = subject_of(clause)
            if subject is None or passive or subject.i == token.i:
                continue
            codes = {a.actor.code[:3] for a in self.actors_in(subject) if a.actor.code
                     and is_country_code(a.actor.code[:3])}
            if len(codes) == 1:
                return Actor(codes.pop(), None, None, "country")
            return None
        return None

    def _other_country_before(self, noun: Token) -> Actor | None:
        """"Kosovo declared independence, but Serbia refuses to recognise the country": a bare
        "the country" acted on is the one country named before it in its sentence, other than
        those of the subjects of its clause and of the clauses it hangs from (not across a
        conjoined clause with a subject of its own: Kosovo's clause is another's)."""
        doers: set[int] = set()
        node = noun
        while True:
            if node.pos_ in ("VERB", "AUX"):
                subject, _passive = subject_of(node)
                if subject is not None and noun.i not in {t.i for t in subject.subtree}:
                    # ("Russian troops who were deployed in Kazakhstan began withdrawing from the
                    # country": what a relative clause tells of the subject is not the subject.)
                    described = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
                    doers |= {t.i for t in subject.subtree} - described
                    if subject.pos_ == "PRON":
                        doers |= {i for a in self.actors_in(subject) for i in range(a.start, a.end)}
                if node.dep_ == "conj" and subject is not None:
                    break
            if node.head.i == node.i:
                break
            node = node.head
        doer_codes = {m.actor.code[:3] for m in self.mentions if m.actor.code
                      and any(i in doers for i in range(m.start, m.end))}
        sent = noun.sent
        before = {m.actor.code[:3] for m in self.mentions if sent.start <= m.start and m.end <= noun.i
                  and m.actor.code and m.actor.kind == "country" and is_country_code(m.actor.code[:3])}
        before -= doer_codes
        return Actor(before.pop(), None, None, "country") if len(before) == 1 else None

    def _conjunct_country(self, token: Token) -> Actor | None:
        """The country of the state body a role is coordinated with ("Guatemalan government and
        guerrilla representatives", "Sudanese troops and rebels"), read off the demonym in front."""
        head = token.head if token.dep_ == "conj" else None
        if head is None:
            # ("government and guerrilla representatives": the parser may coordinate the modifiers.)
            head = next((c.head for c in token.children if c.dep_ == "compound" and c.head.i == token.i
                         and any(g.dep_ == "conj" for g in c.children)), None)
            if head is None:
                return None
            first = next(c for c in token.children if c.dep_ == "compound")
            mention = self._by_token.get(first.i)
        else:
            mention = self._by_token.get(head.i)
        if mention is None or not mention.actor.code or mention.actor.kind != "country" \
                or mention.actor.sector not in STATE_OFFICES or not is_country_code(mention.actor.code[:3]):
            return None
        return Actor(mention.actor.code[:3], None, mention.actor.name, "country")

    def _reporting_state(self, token: Token) -> Actor | None:
        """The state whose body or official says what the clause of ``token`` tells ("Kenya's
        interior ministry said police had ..."), when the clause names no state of its own."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != verb.i:
            return None
        subject, passive = subject_of(verb.head)
        if subject is None or passive:
            return None
        # (A named body of a state, not a person whose country is guessed from the story.)
        found = {a.actor.code[:3] for a in self.actors_in(subject) if a.actor.code and is_country_code(a.actor.code[:3])
                 and a.actor.sector in STATE_OFFICES and a.actor.kind == "country" and a.via in NAMED_VIA | {"role"}}
        return Actor(found.pop(), None, None, "country") if len(found) == 1 else None

    def _names_a_state(self, token: Token, skip: set[int] = frozenset()) -> bool:
        """Whether the sentence of ``token`` names a state, its people or a person with a code."""
        sent = token.sent
        return any(sent.start <= m.start < sent.end and m.start not in skip and m.actor.code
                   and m.actor.kind in ("country", "person") for m in self.mentions)

    def previous_doer(self, noun: Token) -> list[ArgumentActor]:
        """"Iran seized a Greek tanker. Athens condemned the seizure": an act referred back to
        by a bare definite noun was done by the subject of the sentence before (or of the clause
        before, when the noun's clause is joined to it with a subject of its own)."""
        sent = noun.sent
        # ("the seizure as piracy": a phrase that names nobody leaves it bare.)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ in ("amod", "compound", "nummod", "poss", "appos") for c in noun.children):
            return []
        verb = noun.head
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and noun.dep_ == "dobj" \
                and any(c.dep_ == "nsubj" for c in verb.children):
            # "Sharon accused Arafat of ..., and Arafat rejected the charge": the act of the
            # clause before, in the same sentence, by its own subject.
            previous = verb.head
        elif sent.start == 0:
            return []
        else:
            previous = self.doc[sent.start - 1].sent.root
        subject, passive = subject_of(previous)
        if subject is None or passive or subject.pos_ == "PRON":
            return []
        return [a for a in self.actors_in(subject) if a.actor.code]

    def _first_object(self, token: Token) -> Actor | None:
        """"stormed the Swedish embassy and set it on fire": "it" as the object of a verb that
        shares its subject with the verb before is that verb's object."""
        verb = token.head
        if token.lower_ != "it" or token.dep_ != "dobj" or verb.dep_ != "conj" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        found = {a.actor.code: a.actor for a in self.actors_in(first) if a.actor.code} if first is not None else {}
        return next(iter(found.values())) if len(found) == 1 else None

    def _previous_subject(self, token: Token) -> Actor | None:
        """"The Malian junta ordered the French ambassador to leave. It accused France of ...":
        "it" opening a sentence as its main subject, with nobody named before it there, goes on
        with the subject of the sentence before (a state or body), not whoever was named last."""
        sent = token.sent
        if token.lower_ not in ("it", "he", "she") or token.dep_ != "nsubj" or token.head.i != sent.root.i \
                or sent.start == 0:
            return None
        # ("Armenia's prime minister met Putin. He urged ...": a titled role counts as a person.)
        kinds = ("country", "organisation")
        if any(sent.start <= m.start < token.i for m in self.mentions):
            return None
        previous = self.doc[sent.start - 1].sent.root
        subject = next((c for c in previous.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        # (Named, not guessed from the article: "unions said" in a story about a U.S. airline.)
        if token.lower_ == "it":
            found = {a.actor.code: a.actor for a in self.actors_in(subject) if a.actor.code
                     and a.actor.kind in kinds and a.via in NAMED_VIA | {"role", "demonym"}}
        else:
            # (A state's office-holder, named or by title: not any person a story names.)
            found = {a.actor.code: a.actor for a in self.actors_in(subject) if a.actor.code
                     and a.actor.sector in STATE_OFFICES and a.via in ("name", "title", "surname", "role")
                     and (a.actor.kind == "person" or (a.actor.kind == "country" and a.via == "role"))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _bound_possessive(self, token: Token) -> Actor | None:
        """"after cutting its ties with Taiwan", "Iran expanded its enrichment": "its" on the
        object of a verb is the verb's own subject (for a gerund with none, the subject of the
        clause it hangs on), when that names a state or body. Also on the object of the verb's
        own preposition: "Eritreans living in Israel demonstrated against their government"."""
        if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
            return None
        if token.head.dep_ == "dobj":
            verb = token.head.head
        elif token.head.dep_ == "pobj" and token.head.head.dep_ == "prep" \
                and token.head.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head.head
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
            clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
                and token.head.lemma_.lower() in OWN_STATE_NOUNS:
            # ("Yemen's government accused Iran of backing Houthi rebels and recalled its
            # ambassador": the subject the conjoined verb shares, for what a state has of its own;
            # not "hijacked a ship and took its crew hostage".)
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        # (Who the subject is, not where it lives: "Thousands of Eritreans living in Israel".)
        where = {t.idx for c in subject.children if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ != "of")
                 for t in c.subtree}
        found = [a.actor for a in self.actors_in(subject) if a.actor.code and a.actor.kind in ("country", "organisation")
                 and a.start not in where]
        if token.lower_ == "their" and len({a.code for a in found}) > 1:
            # ("The leaders of Armenia and Azerbaijan met in Brussels for their third encounter":
            # "their" is the parties the subject names, together, not the place named last; the
            # first stands for them, which joint actors know as their own.)
            return found[0]
        return found[0] if len(found) == 1 else None

    def _joint_possessive(self, token: Token) -> Actor | None:
        """"Sudan's and South Sudan's presidents met in Addis Ababa for talks on their disputed
        border": "their" deep in a verb's phrases, when the verb's subject names the parties of
        two or more states together (persons too), is those parties, not the place named last;
        the first stands for them, as in ``_bound_possessive``."""
        if token.lower_ != "their" or token.dep_ != "poss":
            return None
        node = token.head
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX") or node.dep_ in ("ROOT", "nsubj", "nsubjpass", "relcl", "acl", "advcl", "ccomp"):
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        found = [a.actor for a in self.actors_in(subject) if a.actor.code]
        return found[0] if len({a.code[:3] for a in found}) > 1 else None

    def _role_teller(self, token: Token) -> Actor | None:
        """"Pakistan's president warned that he would declare a state of emergency": "he" or "she"
        as the subject of what a person named only by a role (one holder, not a plural) says,
        warns or promises is that person, when no person is named before it."""
        clause = token.head
        if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
                or any(m.actor.kind == "person" and m.end <= token.i for m in self.mentions):
            return None
        subject, passive = subject_of(clause.head)
        if subject is None or passive or subject.tag_ != "NN" or subject.i > token.i:
            return None
        roles = [m for m in self.mentions if m.start <= subject.i < m.end and m.via == "role"]
        tellers = [a for a in self.actors_in(subject) if a.actor.code] if roles else []
        return tellers[0].actor if len(tellers) == 1 else None

    def _teller(self, token: Token) -> Actor | None:
        """"Colombia told Washington it would change course": the subject of a clause told to
        someone is the teller, not the hearer named just before it, when the clause says what
        the teller will do; "told Iran it must stop" (an obligation) is about the hearer."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        matrix = clause.head
        if matrix.tag_ == "VBG" and matrix.dep_ == "advcl" and matrix.lemma_.lower() in SAYING_PARTICIPLES:
            # "China rebuffed U.S. calls ..., saying it would not bow to pressure": the subject of
            # the act the participle comments on is the one speaking, not a party named in between.
            subject, passive = subject_of(matrix)
            speakers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind != "person"] \
                if subject is not None and not passive else []
            if speakers:
                return speakers[0].actor
        hearer = next((c for c in matrix.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)
        if hearer is None and matrix.lemma_.lower() in SAYING_PARTICIPLES and token.lower_ == "it":
            # "France, which has troops in Niger, said it would not recognise the junta": what a
            # state or body says it will do is its own act, whatever was named in between.
            subject, passive = subject_of(matrix)
            speakers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind in ("country", "organisation")
                        and (a.via in NAMED_VIA or (subject.lemma_.lower() in BODY_ANAPHORS and bare_definite(subject)))] \
                if subject is not None and not passive and subject.lower_ not in THIRD_NEUTER else []
            return speakers[0].actor if len({a.actor.code for a in speakers}) == 1 else None
        if hearer is None or not self.actors_in(hearer):
            return None
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children) \
                or any(c.dep_ == "xcomp" and c.lemma_.lower() == "have" for c in clause.children):
            return None
        subject, passive = subject_of(matrix)
        if subject is None or passive:
            return None
        tellers = [a for a in self.actors_in(subject) if a.actor.code and a.actor.kind != "person"]
        return tellers[0].actor if tellers else None

    def _owner_country(self, token: Token, resolved: Actor | None) -> Actor | None:
        """The country of whoever "his/her/their country" belongs to: the person or official
        named last before it (in this sentence or the one before), else the quote's speaker."""
        owner = resolved if resolved is not None and resolved.code else None
        if owner is None:
            earlier = [m for m in self._recent(token) if m.actor.code
                       and (m.actor.kind == "person" or m.actor.sector in STATE_OFFICES)]
            owner = earlier[-1].actor if earlier else None
        if owner is None:
            quote = self.quote_at(token)
            owner = quote.speaker_actor if quote is not None else None
        if owner is None or not owner.code or not is_country_code(owner.code[:3]):
            return None
        return Actor(owner.code[:3], None, None, "country")

    def _recent(self, token: Token) -> list[ActorMention]:
        """The mentions that end before ``token``, in its sentence or the one before (the reach of
        "it", "the group", "his country")."""
        sent_start = token.sent.start
        previous_start = token.doc[sent_start - 1].sent.start if sent_start > 0 else 0
        return [m for m in self.mentions if m.end <= token.i and m.start >= previous_start]

    def _last_body(self, token: Token, intergovernmental: bool | None) -> ActorMention | None:
        """The last named organisation before ``token`` (in its sentence or the one before):
        an intergovernmental one for "the alliance", a non-state one for "the group", either
        for "the organisation". A person of a body counts as naming it ("Taliban spokesman Zabiullah
        Mujahid said the group had kidnapped ...", "Hamas leader Khaled Meshaal said the movement
        ...")."""
        def fits(m: ActorMention) -> bool:
            return bool(m.actor.code) and len(m.actor.code) > 3 \
                and (intergovernmental is None or m.actor.code.startswith("IGO") == intergovernmental)
        bodies = [m for m in self._recent(token) if fits(m)]
        if not bodies:
            # ("The bloc's foreign ministers agreed to extend sanctions ..., EU diplomats said": with
            # none before it, the one such body its own sentence names after it.)
            sent = token.sent
            later = [m for m in self.mentions if token.i < m.start and m.end <= sent.end and fits(m)]
            return later[0] if len({m.actor.code for m in later}) == 1 else None
        return bodies[-1]

    def _last_group(self, token: Token) -> ActorMention | None:
        groups = [m for m in self._recent(token) if m.actor.code is None and m.actor.kind in ("role", "group")
                  and (m.actor.kind == "group" or m.actor.sector in PLACED_SECTORS)]
        return groups[-1] if groups else None

    def resolve_role(self, mention: ActorMention) -> Actor | None:
        """'the President', 'the head of state': the last person with a fitting title (not 'a
        delegation', 'an official': someone new to the story)."""
        if self.doc[mention.start].lower_ in NEW_REFERENT_DETS:
            return None
        sent = self.doc[mention.start].sent
        people = self._people_acting_on(mention)
        for earlier in reversed([m for m in self.mentions if m.end <= mention.start]):
            if earlier.actor.kind != "person":
                continue
            if roles_fit(mention.roles, earlier.roles):
                return earlier.actor
            if earlier.actor.sector and earlier.actor.sector == mention.actor.sector:
                if people and earlier.start < sent.start and (earlier.actor.code or "")[:3] not in people:
                    # ("the Armenians of Israel protested the government", sentences after a Turkish
                    # minister: the government a state's people act on is their own, not that of
                    # an office-holder met before in the article.)
                    continue
                return earlier.actor
        return None

    def _people_acting_on(self, mention: ActorMention) -> set[str]:
        """The states of the people (no state office) who are the subject of the verb a body is
        the object of ("the Armenians of Israel protested the government": ISR); empty when the
        subject is a state or its official, or names nobody of a state."""
        head = self.doc[mention.end - 1]
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif head.dep_ != "dobj":
            return set()
        subject, passive = subject_of(verb) if verb.pos_ == "VERB" else (None, False)
        if subject is None or passive:
            return set()
        found = [a.actor for a in self.actors_in(subject) if a.actor.code]
        if not found or any(a.sector in STATE_OFFICES or a.kind == "person" for a in found):
            return set()
        codes = {a.code[:3] for a in found}
        return codes if all(is_country_code(c) for c in codes) else set()

    def _apposed_nationality(self, mention: ActorMention) -> Actor | None:
        """The one country an apposition to a person's name gives by a demonym or a country's
        role ("Andrew Brunson, an American pastor"; "Jamal Ahmed, a Pakistani national"), not by a
        possessive or a place ("a critic of Russia's war", "a lawyer in Kenya")."""
        head = self.doc[mention.end - 1]
        codes: set[str] = set()
        for appos in head.children:
            if appos.dep_ != "appos":
                continue
            for word in appos.children:
                other = self._by_token.get(word.i)
                if word.dep_ in ("amod", "compound") and word.i < appos.i and other is not None \
                        and other is not mention and other.actor.code and other.actor.kind == "country" \
                        and is_country_code(other.actor.code):
                    codes.add(other.actor.code)
            if appos.lemma_.lower() in KIN_NOUNS:
                # "Patricia Smith, the mother of an American killed in Benghazi": the kin of a
                # people's member, named by its demonym, are of that people's state.
                for prep in appos.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for pobj in prep.children:
                            other = self._by_token.get(pobj.i)
                            if pobj.dep_ == "pobj" and other is not None and other.via == "demonym" \
                                    and other.actor.code and is_country_code(other.actor.code):
                                codes.add(other.actor.code)
        if len(codes) != 1:
            return None
        return Actor(next(iter(codes)), None, None, "country")

    def _counterpart_country(self, mention: ActorMention) -> Actor | None:
        """The country of an office named by its bare title ("the prime minister", "the
        chancellor") as the object of a verb (or the owner of its object: "backed the
        president's move") whose subject is one state's official: where the
        clause happens when it names a place, else the subject's own state. None for a visitor
        ("visiting", "on a visit") or when the subject names no single state."""
        head = self.doc[mention.end - 1]
        # ("urged Congress to act", "asked Parliament to approve": a legislature named by its
        # capitalised bare name, no article, is as bare as "the parliament".)
        named_house = mention.start == head.i and mention.actor.sector == "LEG" and head.text[:1].isupper() \
            and head.pos_ == "PROPN" and not head.is_sent_start
        if mention.start >= len(self.doc) or (self.doc[mention.start].lower_ != "the" and not named_house) \
                or head.i in self._resolving:
            return None
        if any(c.dep_ in ("poss", "amod", "compound", "nmod") and self._by_token.get(c.i, mention) is not mention
               for c in head.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for c in head.children):
            return None  # "the Iraqi prime minister", "the prime minister of Iraq"
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("with", "to"):
            verb = verb.head
        elif head.dep_ == "poss" and verb.dep_ == "dobj":
            # "backed the president's move", "criticised the prime minister's plan": the act
            # of the office acted on is the office's.
            verb = verb.head
        elif head.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB":
            return None
        subject, passive = subject_of(verb)
        if subject is None or passive or any(t.lower_ in ("visiting", "visit", "trip", "tour") for t in subject.subtree):
            return None
        self._resolving.add(head.i)
        try:
            found = self.actors_in(subject)
        finally:
            self._resolving.discard(head.i)
        owners = {a.actor.code for a in found
                  if a.actor.code and a.actor.sector in STATE_OFFICES and is_country_code(a.actor.code)}
        bodies = {a.actor.code: a.actor for a in found if a.actor.code and a.actor.kind == "organisation"
                  and a.actor.sector in (None, mention.actor.sector) and not is_country_code(a.actor.code[:3])}
        if not owners and len(bodies) == 1:
            # "Judges at the International Criminal Court authorised the prosecutor to ...": an
            # office of the same branch as the body its subject serves is that body's.
            body = next(iter(bodies.values()))
            return Actor(body.code, body.sector, body.name, "organisation")
        if len(owners) != 1:
            return None
        # (The office-holder is a person of their own, no repetition of the actor: "met the
        # prime minister" is a domestic consultation.)
        title = self.doc[mention.start + (not named_house):mention.end].text
        where = self.clause_place(verb) or self._destination(verb)
        if where is not None and where.code:
            return Actor(where.code, mention.actor.sector, title, "person")
        return Actor(next(iter(owners)), mention.actor.sector, title, "person")

    def _destination(self, verb: Token) -> Actor | None:
        """"flew to Yangon to press the junta": the country a visitor went to, for what the
        purpose clause of the journey does there."""
        journey = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or journey.lemma_.lower() not in TRAVEL_VERBS \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        for prep in journey.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    country = self._country_at(place)
                    if country is not None:
                        return country
        return None

    def _last_two_countries(self, before: int) -> list[Actor]:
        codes: list[Actor] = []
        for mention in reversed([m for m in self.mentions if m.end <= before]):
            code = mention.actor.code
            if code and mention.actor.kind in ("country", "person") and all(a.code != code for a in codes):
                codes.append(Actor(code, None, self._country_name(mention), "country"))
            if len(codes) == 2:
                break
        return list(reversed(codes)) if len(codes) == 2 else []

    @staticmethod
    def _country_name(mention: ActorMention) -> str | None:
        return mention.actor.name if mention.actor.kind == "country" else None
